"""Questions may hold personal data about citizens: they are kept for the retention period only,
and one user's data can be deleted on request."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bot.answer.model import Answer
from bot.database import Database

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "STRATEGIBOT_RETENTION_DAYS": "30"})


def test_retention_and_deleting_a_users_data(tmp_path):
    db = Database(tmp_path / "strategibot.sqlite3")
    old = db.record_answer("slack", "C1", "U1", "Min nabo Jens på Skovvej 3 har brug for hjælp", Answer("answered", "…"))
    db.record_answer("slack", "C1", "U1", "Hvad er pejlemærke 3?", Answer("answered", "…"))
    db.record_answer("teams", "T1", "U2", "Hvad er HandiLeg?", Answer("answered", "…"))
    db.set_profile("slack", "U1", "Norddjurs Kommune", "leder af bostøtten")
    with sqlite3.connect(tmp_path / "strategibot.sqlite3") as raw:  # 40 days ago
        raw.execute("UPDATE feedback SET created = ? WHERE id = ?", (time.time() - 40 * 86400, old))
    result = _cli("ryd", "--data", str(tmp_path))
    assert result.returncode == 0 and "1 rækker ældre end 30 dage slettet" in result.stdout
    assert [r["question"] for r in db.feedback()] == ["Hvad er pejlemærke 3?", "Hvad er HandiLeg?"]
    result = _cli("slet-bruger", "U1", "--data", str(tmp_path))
    assert result.returncode == 0 and "2 rækker om U1 slettet" in result.stdout
    assert [r["user"] for r in db.feedback()] == ["U2"] and db.profile("slack", "U1") is None


def test_logs_are_json_and_hold_no_question_text_unless_asked(core, tmp_path, caplog):
    import json
    import logging

    from bot.assistant import Assistant
    from bot.logs import JsonFormatter
    from bot.message import Message, Surface

    question = "Borgeren Jens Hansen, cpr 010101-1234, spørger: hvad er HandiLeg?"
    with caplog.at_level(logging.INFO, logger="bot.assistant"):
        Assistant(core, Database(tmp_path / "a.sqlite3")).handle(Message(Surface.WEB, question, "u1"))
    lines = [JsonFormatter().format(r) for r in caplog.records if r.name == "bot.assistant"]
    entry = json.loads(lines[-1])
    assert entry["event"] == "answered" and entry["status"] == "answered" and entry["citations"] >= 1
    assert "Jens" not in "".join(lines) and "010101" not in "".join(lines)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="bot.assistant"):
        Assistant(core, Database(tmp_path / "b.sqlite3"), log_questions=True).handle(
            Message(Surface.WEB, question, "u1"))
    assert json.loads(JsonFormatter().format(caplog.records[-1]))["question"] == question
    secret = logging.LogRecord("x", logging.ERROR, "", 0, "token xoxb-123-abc and Bearer eyJ.abc", None, None)
    assert "xoxb" not in JsonFormatter().format(secret) and "eyJ" not in JsonFormatter().format(secret)
