"""Malformed requests to the web chat's JSON endpoints get a 400 with a Danish message, never a
500, over HTTP against the real `serve`; nothing of a refused request is stored."""

import json
import shutil
import urllib.error
import urllib.request

import pytest

from tests.fixtures.serve import start_serve


@pytest.fixture(scope="module")
def server(corpus_data, tmp_path_factory):
    data = tmp_path_factory.mktemp("requests") / "data"
    shutil.copytree(corpus_data, data)
    url, process, _ = start_serve(data, {})
    yield url, data
    process.terminate()
    process.wait(timeout=10)


def post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


@pytest.mark.parametrize("body", [
    b"[1, 2]", b'"Hvad er pejlemaerke 2?"', b"null", b"{", b"\xff\xfe", b"{}",
    json.dumps({"question": {"text": "hej"}}).encode(), json.dumps({"question": "hej", "organisation": {"a": 1}}).encode(),
    json.dumps({"question": "hej", "user": ["x"]}).encode(), b"[" * 50_000 + b"]" * 50_000,
    json.dumps({"question": "x" * 1_000_000}).encode(),
])
def test_a_malformed_question_is_a_400_with_a_danish_message(server, body):
    url, _ = server
    status, reply = post(f"{url}/api/ask", body)
    assert status == 400 and reply["error"]


@pytest.mark.parametrize("body", [b"[]", b"{}", b'{"id": "x", "rating": 1}', b'{"id": 1, "rating": "op"}',
                                  b'{"id": 1, "rating": 0}', b"not json",
                                  b'{"id": 1180591620717411303424, "rating": 1}'])  # 2**70: past a database integer
def test_a_malformed_rating_is_a_400(server, body):
    url, _ = server
    status, reply = post(f"{url}/api/feedback", body)
    assert status == 400 and reply["error"]


def test_refused_questions_are_not_stored(server):
    url, data = server
    state = data / "strategibot.sqlite3"
    post(f"{url}/api/ask", json.dumps({"question": "Hvad er visionen i Viborg?", "user": "u"}).encode())
    before = state.stat().st_size
    for _ in range(5):
        post(f"{url}/api/ask", json.dumps({"question": "x" * 1_000_000, "user": "u"}).encode())
    after = state.stat().st_size
    assert after - before < 100_000


def test_a_wellformed_question_is_still_answered(server):
    url, _ = server
    status, reply = post(f"{url}/api/ask", json.dumps({"question": "Hvad er pejlemærke 2 i Odder?"}).encode())
    assert status == 200 and reply["status"] == "answered"
