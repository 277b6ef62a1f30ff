"""The core's contract with every chat surface: a `Question` in, an `Answer` out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """What kind of reply an answer is. A `str` underneath, so JSON output, the database and the
    logs keep the plain words ("answered", "clarify", "no_answer")."""

    ANSWERED = "answered"
    CLARIFY = "clarify"  # the question needs one more thing (which organisation, which item)
    NO_ANSWER = "no_answer"  # refused: out of scope, or nothing in the documents


ANSWERED, CLARIFY, NO_ANSWER = Status.ANSWERED, Status.CLARIFY, Status.NO_ANSWER


@dataclass
class Question:
    text: str
    organisation: str | None = None  # from the caller: a flag, a channel setting, a team profile
    context: str = ""  # the earlier question of a thread, for follow-ups


@dataclass
class Citation:
    organisation: str
    title: str
    section: str
    page: int | None
    source: str
    text: str  # the exact passage (repaired text) the answer relies on
    url: str = ""
    chunk_id: str = ""

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("url")
        data.pop("chunk_id")
        return data

    def link(self) -> str:
        """The source's URL at the cited page, when the URL is known."""
        if not self.url:
            return ""
        return f"{self.url}#page={self.page}" if self.page else self.url


@dataclass
class Answer:
    status: Status
    text: str
    citations: list[Citation] = field(default_factory=list)
    language: str = "da"
    notes: list[str] = field(default_factory=list)
    # Written by a language model (not only quoted): a surface that can says so (Teams' AI label).
    generated: bool = False
    # A clarify answer's question back ("Hvilken mener du: …?"): the end of `text`, since that is
    # how it reads in a terminal; the chat surfaces show it first, before the answers it follows.
    question: str = ""

    def body_text(self) -> str:
        """`text` without the clarify question, for a surface that shows the question first."""
        return self.text.replace(f"\n\n{self.question}", "", 1) if self.question else self.text

    def as_json(self) -> dict:
        return {"status": self.status, "answer": self.text,
                "citations": [c.as_json() for c in self.citations]}
