"""The bot's own records, in SQLite in the data directory: feedback, channel settings, profiles,
conversations.

Kept apart from the vector store: these are facts about conversations, not about documents, and
every chat surface (Slack, Teams, web) shares them, told apart by `surface`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL, surface TEXT, channel TEXT, user TEXT,
    question TEXT, answer TEXT, status TEXT, citations TEXT, rating INTEGER, rated REAL, command TEXT);
CREATE TABLE IF NOT EXISTS channel_organisation (
    surface TEXT, channel TEXT, organisation TEXT, set_by TEXT, updated REAL,
    PRIMARY KEY (surface, channel));
CREATE TABLE IF NOT EXISTS processed_event (surface TEXT, event_id TEXT, seen REAL,
    PRIMARY KEY (surface, event_id));
CREATE TABLE IF NOT EXISTS profile (surface TEXT, user TEXT, organisation TEXT, description TEXT,
    updated REAL, PRIMARY KEY (surface, user));
CREATE TABLE IF NOT EXISTS conversation_turn (
    id INTEGER PRIMARY KEY AUTOINCREMENT, surface TEXT, conversation TEXT, thread TEXT, user TEXT,
    created REAL, question TEXT, organisation TEXT, reason TEXT, items TEXT);
CREATE INDEX IF NOT EXISTS conversation_turn_key ON conversation_turn (surface, conversation, thread, id);
DROP TABLE IF EXISTS thread_question;
"""
WORKSPACE = "*"  # the channel key of a workspace-wide default organisation


class Database:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.executescript(_SCHEMA)  # a thread's first question (thread_question) is now its turns
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(feedback)")}
        if "command" not in columns:  # a database from before commands were told apart from questions
            self._db.execute("ALTER TABLE feedback ADD COLUMN command TEXT")
        self._lock = threading.Lock()

    def _run(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock, self._db:
            return self._db.execute(sql, params).fetchall()

    def first_time(self, surface: str, event_id: str) -> bool:
        """True once per event: a retried delivery of the same event is recognised."""
        with self._lock, self._db:
            cursor = self._db.execute("INSERT OR IGNORE INTO processed_event VALUES (?, ?, ?)",
                                      (surface, event_id, time.time()))
            return cursor.rowcount == 1

    def record_answer(self, surface: str, channel: str, user: str, question: str, answer,
                      command: str | None = None) -> int:
        """One exchange, for 👍/👎 and the owners' report; `command` (handleplan, introduktion, …)
        marks a reply to a command, which the report does not count as a question."""
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO feedback (created, surface, channel, user, question, answer, status, citations,"
                " command) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), surface, channel, user, question, answer.text, answer.status,
                 json.dumps([c.as_json() for c in answer.citations], ensure_ascii=False), command))
            return int(cursor.lastrowid or 0)  # always set after an INSERT

    def rate(self, answer_id: int, rating: int) -> bool:
        with self._lock, self._db:
            cursor = self._db.execute("UPDATE feedback SET rating = ?, rated = ? WHERE id = ?",
                                      (rating, time.time(), answer_id))
            return cursor.rowcount == 1

    def feedback(self) -> list[dict]:
        rows = self._run("SELECT id, surface, channel, user, question, answer, status, citations, rating,"
                         " created, command FROM feedback ORDER BY id")
        keys = ("id", "surface", "channel", "user", "question", "answer", "status", "citations", "rating",
                "created", "command")
        return [dict(zip(keys, row)) | {"citations": json.loads(row[7])} for row in rows]

    def set_organisation(self, surface: str, channel: str, organisation: str, user: str) -> None:
        self._run("INSERT OR REPLACE INTO channel_organisation VALUES (?, ?, ?, ?, ?)",
                  (surface, channel, organisation, user, time.time()))

    def organisation(self, surface: str, channel: str) -> str | None:
        """The organisation an admin tied `channel` (or WORKSPACE, for the default) to."""
        rows = self._run("SELECT organisation FROM channel_organisation WHERE surface = ? AND channel = ?",
                         (surface, channel))
        return rows[0][0] if rows else None

    def set_profile(self, surface: str, user: str, organisation: str | None, description: str) -> None:
        self._run("INSERT OR REPLACE INTO profile VALUES (?, ?, ?, ?, ?)",
                  (surface, user, organisation, description, time.time()))

    def profile(self, surface: str, user: str) -> dict | None:
        rows = self._run("SELECT organisation, description, updated FROM profile WHERE surface = ? AND user = ?",
                         (surface, user))
        return {"organisation": rows[0][0], "description": rows[0][1], "updated": rows[0][2]} if rows else None

    def delete_profile(self, surface: str, user: str) -> bool:
        with self._lock, self._db:
            return self._db.execute("DELETE FROM profile WHERE surface = ? AND user = ?",
                                    (surface, user)).rowcount == 1

    def feedback_since(self, start: float, end: float) -> list[dict]:
        return [row for row in self.feedback() if start <= row["created"] < end]

    def purge(self, older_than_days: float) -> int:
        """Delete questions, answers, feedback and thread questions older than the retention
        period: questions may hold personal data about citizens. Returns the rows deleted."""
        cutoff = time.time() - older_than_days * 86400
        with self._lock, self._db:
            deleted = self._db.execute("DELETE FROM feedback WHERE created < ?", (cutoff,)).rowcount
            deleted += self._db.execute("DELETE FROM conversation_turn WHERE created < ?", (cutoff,)).rowcount
            self._db.execute("DELETE FROM processed_event WHERE seen < ?", (cutoff,))
        return deleted

    def delete_user(self, user: str) -> int:
        """Everything stored about one user, on every surface: their questions, ratings and profile."""
        with self._lock, self._db:
            deleted = self._db.execute("DELETE FROM feedback WHERE user = ?", (user,)).rowcount
            deleted += self._db.execute("DELETE FROM profile WHERE user = ?", (user,)).rowcount
            deleted += self._db.execute("DELETE FROM conversation_turn WHERE user = ?", (user,)).rowcount
        return deleted

    def add_turn(self, surface: str, conversation: str, thread: str, user: str, question: str,
                 organisation: str | None, reason: str | None, items: list[str]) -> None:
        """One question of a conversation, as it stands on its own, for the next to follow up."""
        self._run("INSERT INTO conversation_turn (surface, conversation, thread, user, created, question,"
                  " organisation, reason, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (surface, conversation, thread, user, time.time(), question, organisation, reason,
                   json.dumps(items, ensure_ascii=False)))

    def last_turn(self, surface: str, conversation: str, thread: str, newer_than: float = 0.0) -> dict | None:
        rows = self._run("SELECT question, organisation, reason, items, created FROM conversation_turn"
                         " WHERE surface = ? AND conversation = ? AND thread = ? AND created >= ?"
                         " ORDER BY id DESC LIMIT 1", (surface, conversation, thread, newer_than))
        if not rows:
            return None
        question, organisation, reason, items, created = rows[0]
        return {"question": question, "organisation": organisation, "reason": reason, "items": json.loads(items),
                "created": created}

    def rate_once(self, answer_id: int, surface: str, user: str, rating: int) -> str:
        """A rating by the one who got the answer, once: "ok", "rated" (already rated) or
        "unknown" (no such answer for this user on this surface)."""
        with self._lock, self._db:
            if self._db.execute("UPDATE feedback SET rating = ?, rated = ? WHERE id = ? AND surface = ? AND user = ?"
                                " AND rating IS NULL", (rating, time.time(), answer_id, surface, user)).rowcount:
                return "ok"
            found = self._db.execute("SELECT 1 FROM feedback WHERE id = ? AND surface = ? AND user = ?",
                                     (answer_id, surface, user)).fetchall()
            return "rated" if found else "unknown"
