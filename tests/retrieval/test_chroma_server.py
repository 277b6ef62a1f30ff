"""The store and retrieval against a real Chroma server (`chroma run` on loopback), the set-up for
more than one `serve` worker: ingest through the server, and answer from a second process."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ingest_and_answer_through_a_chroma_server(chroma_server, corpus_data, tmp_path):
    from bot.answer import Question
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    data = tmp_path / "data"  # no chroma/ folder here: the vectors live in the server
    data.mkdir()
    shutil.copy(corpus_data / "embedding-cache.sqlite3", data)  # the session's embeddings, by content
    settings = load_settings(data_dir=data, chroma_host="127.0.0.1", chroma_port=chroma_server)
    core = build_core(settings)
    report = Ingestor(core.vectorstore, core.embeddings).run([ROOT / "corpus"])
    assert len(report.added) == 5 and not report.failed and report.embedded == 0
    assert not (data / "chroma").exists()
    core.reload()
    answer = core.answerer.answer(Question("Hvad er målsætning 2.3 i Norddjurs?"))
    assert answer.status == "answered" and "2.3 Vores serviceniveau er tydeligt" in answer.text
    # a second worker process reads the same store through the server
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server)}
    other = subprocess.run([sys.executable, "-m", "bot", "ask", "Hvad er HandiLeg?", "--data", str(tmp_path / "w2")],
                           capture_output=True, text=True, env=env, cwd=ROOT)
    assert other.returncode == 0 and "Rudersdal Kommune" in other.stdout
    assert Ingestor(core.vectorstore, core.embeddings).run([ROOT / "corpus"]).unchanged


def test_serve_picks_up_an_ingest_made_while_it_runs(chroma_server, corpus_data, tmp_path):
    import json

    from tests.fixtures.serve import start_serve

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(corpus_data / "embedding-cache.sqlite3", data)
    env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server), "STRATEGIBOT_RELOAD_SECONDS": "0.5"}
    url, process, _ = start_serve(data, env)
    try:
        docs = tmp_path / "docs"
        docs.mkdir()
        (docs / "plan.md").write_text("# Demensplan for Aby Kommune 2026\n\nAby Kommune åbner et demenscafé-"
                                      "netværk i alle lokalområder, så pårørende kan mødes.\n", encoding="utf-8")
        ingest = subprocess.run([sys.executable, "-m", "bot", "ingest", str(docs), "--data", str(data)],
                                capture_output=True, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT), **env})
        assert ingest.returncode == 0, ingest.stderr
        deadline = time.time() + 20
        while True:
            request = urllib.request.Request(f"{url}/api/ask", method="POST",
                                             headers={"Content-Type": "application/json"},
                                             data=json.dumps({"question": "Hvad er demenscafé-netværket i Aby?"}).encode())
            reply = json.loads(urllib.request.urlopen(request, timeout=30).read())
            if any(c["organisation"] == "Aby Kommune" for c in reply["citations"]) or time.time() > deadline:
                break
            time.sleep(0.5)
        assert any(c["organisation"] == "Aby Kommune" for c in reply["citations"])
    finally:
        process.terminate()
        process.wait(timeout=10)
