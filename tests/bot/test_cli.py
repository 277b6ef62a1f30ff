"""The `ask` contract other tools rely on, through the real command."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"organisation", "title", "section", "page", "source", "text"}


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}


def test_json_lines_in_order_flushed_after_each(corpus_data):
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json", "-", "--data", str(corpus_data)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(), cwd=ROOT)
    try:
        proc.stdin.write("Hvad er pejlemærke 2 i Odder?\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # arrives while stdin is still open
        proc.stdin.write("Hvem vandt fodboldkampen i går?\n" + "x" * 10_000 + "\n")
        proc.stdin.close()
        rest = [json.loads(line) for line in proc.stdout]
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == 0, proc.stderr.read()
    assert first["status"] == "answered" and first["citations"]
    assert all(set(c) == KEYS for c in first["citations"])
    assert {c["organisation"] for c in first["citations"]} == {"Odder Kommune"}
    assert [r["status"] for r in rest] == ["no_answer", "clarify"]
    assert "for langt" in rest[1]["answer"]


def test_readable_answer_with_sources(corpus_data):
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "Hvad er kerneopgaven?", "--organisation",
                             "Viborg", "--data", str(corpus_data)], capture_output=True, text=True,
                            env=_env(), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Kilder:" in result.stdout and "Viborg Kommune" in result.stdout
    assert "Odder" not in result.stdout


def test_empty_store_says_what_to_do(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "Hvad er pejlemærke 1?", "--data",
                             str(tmp_path)], capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert result.returncode == 2 and "ingest" in result.stderr and "Traceback" not in result.stderr
