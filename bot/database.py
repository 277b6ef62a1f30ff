"""The bot's own records through SQLAlchemy: feedback, channel settings, profiles, conversations
and the events already answered.

Kept apart from the vector store: these are facts about conversations, not about documents, and
every chat surface (Slack, Teams, web) shares them, told apart by `surface`. SQLite in the data
directory by default; PostgreSQL (`DATABASE_URL`, psycopg 3) lets several `serve` workers share
them, and then "answered once" must hold across processes: an event is claimed by inserting its
key under a unique constraint (INSERT … ON CONFLICT DO NOTHING), which only one worker can win.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    inspect,
    select,
    text,
    update,
)

WORKSPACE = "*"  # the channel key of a workspace-wide default organisation
PENDING, DONE = "pending", "done"
STALE_CLAIM = 300.0  # seconds after which a claim whose worker never finished may be taken again

metadata = MetaData()
feedback_table = Table(
    "feedback", metadata, Column("id", Integer, primary_key=True, autoincrement=True), Column("created", Float),
    Column("surface", Text), Column("channel", Text), Column("user", Text), Column("question", Text),
    Column("answer", Text), Column("status", Text), Column("citations", Text), Column("rating", Integer),
    Column("rated", Float), Column("command", Text))
channel_table = Table(
    "channel_organisation", metadata, Column("surface", String(32), primary_key=True),
    Column("channel", String(255), primary_key=True), Column("organisation", Text), Column("set_by", Text),
    Column("updated", Float))
event_table = Table(
    "processed_event", metadata, Column("surface", String(32), primary_key=True),
    Column("event_id", String(512), primary_key=True), Column("seen", Float), Column("state", String(16)))
profile_table = Table(
    "profile", metadata, Column("surface", String(32), primary_key=True), Column("user", String(255), primary_key=True),
    Column("organisation", Text), Column("description", Text), Column("updated", Float))
ended_session_table = Table(  # web sessions signed out before they expired: their cookies no longer count
    "ended_session", metadata, Column("session", String(64), primary_key=True), Column("ended", Float))
turn_table = Table(
    "conversation_turn", metadata, Column("id", Integer, primary_key=True, autoincrement=True),
    Column("surface", String(32)), Column("conversation", String(512)), Column("thread", String(512)),
    Column("user", Text), Column("created", Float), Column("question", Text), Column("organisation", Text),
    Column("reason", Text), Column("items", Text),
    Index("conversation_turn_key", "surface", "conversation", "thread", "id"))


def database_url(url: str | None, path: Path) -> str:
    """SQLAlchemy's URL: DATABASE_URL with psycopg 3 as PostgreSQL's driver, else SQLite at `path`."""
    if not url:
        return f"sqlite:///{path}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class Database:
    def __init__(self, path: Path, url: str | None = None):
        self.path = Path(path)
        self.url = database_url(url, self.path)
        self.sqlite = self.url.startswith("sqlite")
        if self.sqlite:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(self.url, connect_args={"check_same_thread": False, "timeout": 30})

            @event.listens_for(self.engine, "connect")
            def _busy(connection, _):  # several processes on one file wait for each other's writes
                connection.execute("PRAGMA busy_timeout = 30000")
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
        self._migrate()

    def _migrate(self) -> None:
        """Tables created when missing; columns added since a database was made are added to it."""
        metadata.create_all(self.engine)
        existing = inspect(self.engine)
        with self.engine.begin() as db:
            if "command" not in {c["name"] for c in existing.get_columns("feedback")}:
                db.execute(text("ALTER TABLE feedback ADD COLUMN command TEXT"))
            if "state" not in {c["name"] for c in existing.get_columns("processed_event")}:
                db.execute(text("ALTER TABLE processed_event ADD COLUMN state TEXT"))  # old rows: done
            if "thread_question" in existing.get_table_names():  # a thread's first question is now its turns
                db.execute(text("DROP TABLE thread_question"))

    def _insert(self, table):
        if self.sqlite:
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        return insert(table)

    def problem(self) -> str | None:
        """What is wrong with the database, in Danish, or None: for /healthz."""
        if self.sqlite and not self.path.exists():
            return f"databasen {self.path} mangler"
        try:
            with self.engine.connect() as db:
                if self.sqlite:
                    result = db.execute(text("PRAGMA quick_check")).scalar()
                    if result != "ok":
                        return f"databasen {self.path} er beskadiget: {result}"
                for table in metadata.sorted_tables:
                    db.execute(select(table).limit(1)).all()
        except Exception as error:
            return f"databasen kan ikke læses: {type(error).__name__}: {str(error).splitlines()[0][:200]}"
        return None

    # -- answered once ---------------------------------------------------------------------------

    def first_time(self, surface: str, event_id: str) -> bool:
        """True once per event: a retried delivery of the same event is recognised."""
        if not self.claim(surface, [event_id]):
            return False
        self.done(surface, [event_id])
        return True

    def claim(self, surface: str, keys: list[str]) -> bool:
        """True when this caller may answer: every key (event id, channel + message ts, trigger id)
        was unseen, or only claimed by a worker that never finished. On False nothing is kept."""
        now, taken = time.time(), []  # type: float, list[str]
        with self.engine.begin() as db:
            for key in dict.fromkeys(k for k in keys if k):
                won = db.execute(self._insert(event_table).values(surface=surface, event_id=key, seen=now,
                                                                  state=PENDING).on_conflict_do_nothing()
                                 .returning(event_table.c.event_id)).first() is not None
                if not won:  # a claim left behind by a worker that died may be taken again
                    won = db.execute(update(event_table).where(
                        event_table.c.surface == surface, event_table.c.event_id == key,
                        event_table.c.state == PENDING, event_table.c.seen < now - STALE_CLAIM).values(seen=now)
                        .returning(event_table.c.event_id)).first() is not None
                if not won:
                    for mine in taken:
                        db.execute(delete(event_table).where(event_table.c.surface == surface,
                                                             event_table.c.event_id == mine))
                    return False
                taken.append(key)
        return True

    def done(self, surface: str, keys: list[str]) -> None:
        """The answer was posted: later deliveries of these keys are dropped."""
        with self.engine.begin() as db:
            db.execute(update(event_table).where(event_table.c.surface == surface,
                                                 event_table.c.event_id.in_([k for k in keys if k]))
                       .values(state=DONE, seen=time.time()))

    def release(self, surface: str, keys: list[str]) -> None:
        """Answering failed: a retried delivery may claim these keys again and be answered."""
        with self.engine.begin() as db:
            db.execute(delete(event_table).where(event_table.c.surface == surface,
                                                 event_table.c.event_id.in_([k for k in keys if k]),
                                                 event_table.c.state == PENDING))

    # -- feedback ----------------------------------------------------------------------------------

    def record_answer(self, surface: str, channel: str, user: str, question: str, answer,
                      command: str | None = None) -> int:
        """One exchange, for 👍/👎 and the owners' report; `command` (handleplan, introduktion, …)
        marks a reply to a command, which the report does not count as a question."""
        with self.engine.begin() as db:
            result = db.execute(feedback_table.insert().values(
                created=time.time(), surface=surface, channel=channel, user=user, question=question,
                answer=answer.text, status=answer.status, command=command,
                citations=json.dumps([c.as_json() for c in answer.citations], ensure_ascii=False)))
            return int(result.inserted_primary_key[0])  # type: ignore[index]  # always set after an INSERT

    def rate(self, answer_id: int, rating: int) -> bool:
        with self.engine.begin() as db:
            return db.execute(update(feedback_table).where(feedback_table.c.id == answer_id)
                              .values(rating=rating, rated=time.time())).rowcount == 1

    def feedback(self) -> list[dict]:
        keys = ("id", "surface", "channel", "user", "question", "answer", "status", "citations", "rating",
                "created", "command")
        with self.engine.connect() as db:
            rows = db.execute(select(*(feedback_table.c[k] for k in keys)).order_by(feedback_table.c.id)).all()
        return [dict(zip(keys, row)) | {"citations": json.loads(row[7])} for row in rows]

    def feedback_since(self, start: float, end: float) -> list[dict]:
        return [row for row in self.feedback() if start <= row["created"] < end]

    # -- places and people -------------------------------------------------------------------------

    def _upsert(self, table, keys: tuple[str, ...], **values) -> None:
        statement = self._insert(table).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=list(keys), set_={k: v for k, v in values.items() if k not in keys})
        with self.engine.begin() as db:
            db.execute(statement)

    def set_organisation(self, surface: str, channel: str, organisation: str, user: str) -> None:
        self._upsert(channel_table, ("surface", "channel"), surface=surface, channel=channel,
                     organisation=organisation, set_by=user, updated=time.time())

    def organisation(self, surface: str, channel: str) -> str | None:
        """The organisation an admin tied `channel` (or WORKSPACE, for the default) to."""
        with self.engine.connect() as db:
            return db.execute(select(channel_table.c.organisation).where(
                channel_table.c.surface == surface, channel_table.c.channel == channel)).scalar()

    def set_profile(self, surface: str, user: str, organisation: str | None, description: str) -> None:
        self._upsert(profile_table, ("surface", "user"), surface=surface, user=user, organisation=organisation,
                     description=description, updated=time.time())

    def profile(self, surface: str, user: str) -> dict | None:
        with self.engine.connect() as db:
            row = db.execute(select(profile_table.c.organisation, profile_table.c.description,
                                    profile_table.c.updated).where(profile_table.c.surface == surface,
                                                                   profile_table.c.user == user)).first()
        return {"organisation": row[0], "description": row[1], "updated": row[2]} if row else None

    def delete_profile(self, surface: str, user: str) -> bool:
        with self.engine.begin() as db:
            return db.execute(delete(profile_table).where(profile_table.c.surface == surface,
                                                          profile_table.c.user == user)).rowcount == 1

    # -- retention ---------------------------------------------------------------------------------

    def purge(self, older_than_days: float) -> int:
        """Delete questions, answers, feedback and thread questions older than the retention
        period: questions may hold personal data about citizens. Returns the rows deleted."""
        cutoff = time.time() - older_than_days * 86400
        with self.engine.begin() as db:
            deleted = db.execute(delete(feedback_table).where(feedback_table.c.created < cutoff)).rowcount
            deleted += db.execute(delete(turn_table).where(turn_table.c.created < cutoff)).rowcount
            db.execute(delete(event_table).where(event_table.c.seen < cutoff))
            db.execute(delete(ended_session_table).where(ended_session_table.c.ended < cutoff))
        return deleted

    def end_session(self, session: str) -> None:
        """A signed-out web session: its cookie, even a copy of it, is refused from now on, on every
        worker sharing this database (the cookie itself is signed, not stored, so it cannot be deleted)."""
        with self.engine.begin() as db:
            db.execute(self._insert(ended_session_table).values(session=session, ended=time.time())
                       .on_conflict_do_nothing())

    def session_ended(self, session: str) -> bool:
        with self.engine.connect() as db:
            return db.execute(select(ended_session_table.c.session)
                              .where(ended_session_table.c.session == session)).first() is not None

    def delete_user(self, user: str) -> int:
        """Everything stored about one user, on every surface: their questions, ratings and profile."""
        with self.engine.begin() as db:
            return sum(db.execute(delete(table).where(table.c.user == user)).rowcount
                       for table in (feedback_table, profile_table, turn_table))

    # -- conversations -----------------------------------------------------------------------------

    def add_turn(self, surface: str, conversation: str, thread: str, user: str, question: str,
                 organisation: str | None, reason: str | None, items: list[str]) -> None:
        """One question of a conversation, as it stands on its own, for the next to follow up."""
        with self.engine.begin() as db:
            db.execute(turn_table.insert().values(
                surface=surface, conversation=conversation, thread=thread, user=user, created=time.time(),
                question=question, organisation=organisation, reason=reason,
                items=json.dumps(items, ensure_ascii=False)))

    def last_turn(self, surface: str, conversation: str, thread: str, newer_than: float = 0.0) -> dict | None:
        c = turn_table.c
        with self.engine.connect() as db:
            row = db.execute(select(c.question, c.organisation, c.reason, c["items"], c.created).where(
                c.surface == surface, c.conversation == conversation, c.thread == thread,
                c.created >= newer_than).order_by(c.id.desc()).limit(1)).first()
        if row is None:
            return None
        question, organisation, reason, items, created = row
        return {"question": question, "organisation": organisation, "reason": reason, "items": json.loads(items),
                "created": created}

    def rate_once(self, answer_id: int, surface: str, user: str, rating: int) -> str:
        """A rating by the one who got the answer, once: "ok", "rated" (already rated) or
        "unknown" (no such answer for this user on this surface). One UPDATE decides, so two
        workers cannot both rate it."""
        mine = (feedback_table.c.id == answer_id) & (feedback_table.c.surface == surface) \
            & (feedback_table.c.user == user)
        with self.engine.begin() as db:
            if db.execute(update(feedback_table).where(mine & feedback_table.c.rating.is_(None))
                          .values(rating=rating, rated=time.time())).rowcount:
                return "ok"
            found = db.execute(select(feedback_table.c.id).where(mine)).first()
            return "rated" if found else "unknown"
