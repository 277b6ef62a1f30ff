"""The bot's state, the same tests against SQLite and a real PostgreSQL server: records kept,
events claimed once across workers, a failed answer's claim given back, old databases migrated."""

import sqlite3
import threading
import time
from types import SimpleNamespace

import pytest

from bot.database import STALE_CLAIM, WORKSPACE, Database


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    """A database URL for one test: a file in tmp_path, or a fresh database on the session's server."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def db(url, tmp_path):
    return Database(tmp_path / "state.sqlite3", url)


def _answer(text="Svar", status="answered"):
    citation = SimpleNamespace(as_json=lambda: {"organisation": "Odder Kommune", "title": "Plan"})
    return SimpleNamespace(text=text, status=status, citations=[citation])


def test_records_round_trip(db):
    first = db.record_answer("slack", "C1", "U1", "Hvad er pejlemærke 3?", _answer())
    second = db.record_answer("web", "", "web-1", "kilder", _answer("Liste"), command="kilder")
    assert second > first
    assert db.rate(first, -1) and not db.rate(999999, 1)
    rows = db.feedback()
    assert [(r["surface"], r["user"], r["rating"], r["command"]) for r in rows] == \
        [("slack", "U1", -1, None), ("web", "web-1", None, "kilder")]
    assert rows[0]["citations"] == [{"organisation": "Odder Kommune", "title": "Plan"}]
    db.set_organisation("slack", "C1", "Odder Kommune", "UADMIN")
    db.set_organisation("slack", "C1", "Viborg Kommune", "UADMIN")  # set again: replaced
    db.set_organisation("slack", WORKSPACE, "Norddjurs Kommune", "UADMIN")
    assert db.organisation("slack", "C1") == "Viborg Kommune" and db.organisation("teams", "C1") is None
    assert db.organisation("slack", WORKSPACE) == "Norddjurs Kommune"
    db.set_profile("slack", "U1", "Odder Kommune", "leder")
    db.set_profile("slack", "U1", None, "sygeplejerske")
    assert db.profile("slack", "U1")["description"] == "sygeplejerske" and db.profile("web", "U1") is None
    db.add_turn("slack", "C1", "1.1", "U1", "Hvad er pejlemærke 3?", "Odder Kommune", "named", ["a", "b"])
    db.add_turn("slack", "C1", "1.1", "U1", "Og 4?", None, None, [])
    assert db.last_turn("slack", "C1", "1.1")["question"] == "Og 4?"
    assert db.last_turn("slack", "C1", "1.1", newer_than=time.time() + 60) is None
    assert db.delete_user("U1") == 4 and db.profile("slack", "U1") is None
    assert db.delete_profile("slack", "nobody") is False
    assert db.problem() is None


def test_purge_drops_what_is_past_retention(db):
    db.record_answer("slack", "C1", "U1", "gammelt", _answer())
    db.add_turn("slack", "C1", "", "U1", "gammelt", None, None, [])
    assert db.purge(30) == 0
    assert db.purge(-1) == 2 and db.feedback() == []


def test_a_claim_is_won_once_and_given_back_when_the_answer_failed(db):
    assert db.claim("slack", ["Ev1", "message:C1:1.1"])
    assert not db.claim("slack", ["Ev1"])  # the same event again
    assert not db.claim("slack", ["Ev2", "message:C1:1.1"])  # the same message under another id
    assert db.claim("slack", ["Ev2"])  # ... which kept nothing of Ev2 when it lost
    assert db.claim("teams", ["Ev1"])  # surfaces are apart
    db.release("slack", ["Ev1", "message:C1:1.1"])  # the Web API was down: the retry may answer
    assert db.claim("slack", ["Ev1", "message:C1:1.1"])
    db.done("slack", ["Ev1", "message:C1:1.1"])
    db.release("slack", ["Ev1"])  # done is done: a late release does not reopen it
    assert not db.claim("slack", ["Ev1"])
    assert db.first_time("web", "x") and not db.first_time("web", "x")


def test_a_claim_left_by_a_dead_worker_can_be_taken_again(db):
    from sqlalchemy import update

    from bot.database import event_table

    assert db.claim("slack", ["EvDead"])
    with db.engine.begin() as connection:  # the worker died STALE_CLAIM seconds ago
        connection.execute(update(event_table).values(seen=time.time() - STALE_CLAIM - 1))
    assert db.claim("slack", ["EvDead"])
    db.done("slack", ["EvDead"])
    with db.engine.begin() as connection:  # a finished answer is never taken again, however old
        connection.execute(update(event_table).values(seen=time.time() - STALE_CLAIM - 1))
    assert not db.claim("slack", ["EvDead"])


def test_many_workers_claiming_one_event_at_once_one_wins(url, tmp_path):
    """Separate Database objects (separate connection pools, as in separate serve processes)."""
    workers = [Database(tmp_path / "state.sqlite3", url) for _ in range(8)]
    won, start = [], threading.Barrier(len(workers))

    def claim(database):
        start.wait()
        if database.claim("slack", ["EvRace", "message:C1:9.9"]):
            won.append(database)

    threads = [threading.Thread(target=claim, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1


def test_a_database_from_before_sqlalchemy_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:
        old.executescript("""
            CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL, surface TEXT,
                channel TEXT, user TEXT, question TEXT, answer TEXT, status TEXT, citations TEXT,
                rating INTEGER, rated REAL);
            CREATE TABLE processed_event (surface TEXT, event_id TEXT, seen REAL, PRIMARY KEY (surface, event_id));
            CREATE TABLE thread_question (surface TEXT, thread TEXT, question TEXT);
            INSERT INTO feedback (created, surface, channel, user, question, answer, status, citations)
                VALUES (1.0, 'slack', 'C1', 'U1', 'gammelt spørgsmål', 'svar', 'answered', '[]');
            INSERT INTO processed_event VALUES ('slack', 'EvOld', 1.0);
        """)
    db = Database(path)
    assert [r["question"] for r in db.feedback()] == ["gammelt spørgsmål"]
    assert not db.claim("slack", ["EvOld"])  # answered before the upgrade: still answered
    with sqlite3.connect(path) as migrated:
        tables = {row[0] for row in migrated.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "thread_question" not in tables and "profile" in tables


def test_a_postgresql_server_that_is_not_there_is_named(tmp_path):
    from tests.fixtures.serve import free_port

    with pytest.raises(Exception) as error:
        Database(tmp_path / "x", f"postgresql://postgres@127.0.0.1:{free_port()}/none")
    assert "connect" in str(error.value).lower()
