"""/healthz tells the truth: a broken state database or store is a 503 naming it, and `serve`
says at start, in Danish, what is wrong and how to fix it, without a traceback."""

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.fixtures.serve import ROOT, free_port, start_serve


def _health(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def served(corpus_data, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(corpus_data, data)
    url, process, health = start_serve(data, {})
    assert health["status"] == "ok" and health["problems"] == []
    yield url, data
    process.terminate()
    process.wait(timeout=10)


def test_a_state_database_corrupted_or_deleted_while_serving_is_503(served):
    url, data = served
    state = data / "strategibot.sqlite3"
    state.write_bytes(b"this is not a database" * 500)
    status, health = _health(url)
    assert status == 503 and health["status"] == "error"
    assert any("databasen" in p and "mv " in p for p in health["problems"]), health
    state.unlink()
    status, health = _health(url)
    assert status == 503 and any("mangler" in p and "strategibot.sqlite3" in p for p in health["problems"])


def test_a_store_deleted_while_serving_is_503(served):
    url, data = served
    shutil.rmtree(data / "chroma")
    status, health = _health(url)
    assert status == 503 and any(p.startswith("vidensbasen") and "ingest" in p for p in health["problems"])


def test_serve_refuses_a_corrupt_state_database_in_danish_without_a_traceback(corpus_data, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(corpus_data, data)
    (data / "strategibot.sqlite3").write_bytes(b"garbage" * 1000)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(free_port()),
                             "--data", str(data)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 1
    assert "tilstandsdatabasen" in result.stderr and "Sådan retter du det" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_serve_on_an_empty_data_dir_says_so_and_is_not_healthy(tmp_path):
    url, process, health = start_serve(tmp_path / "tom", {}, healthy=False)
    try:
        assert health["status_code"] == 503
        assert any(p.startswith("vidensbasen er tom") and "ingest" in p for p in health["problems"])
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0]
    assert "Bemærk: vidensbasen" in output


def _post(url: str, path: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(f"{url}{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_web_chat_with_a_broken_state_database_says_so_with_a_503_not_a_500(served):
    url, data = served
    assert _post(url, "/api/ask", {"question": "Hvad er pejlemærke 3 i Norddjurs?"})[0] == 200
    state = data / "strategibot.sqlite3"
    state.write_bytes(b"this is not a database" * 500)
    for path, body in (("/api/ask", {"question": "Hvad er pejlemærke 2 i Odder?"}),
                       ("/api/feedback", {"id": 1, "rating": 1})):
        status, reply = _post(url, path, body)
        assert status == 503 and "database" in reply["error"], (path, status, reply)
    state.unlink()
    status, reply = _post(url, "/api/ask", {"question": "Hvad er pejlemærke 2 i Odder?"})
    assert status == 503 and "database" in reply["error"]
