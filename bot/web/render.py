"""The answer as the web page lays it out: a clarify answer's question first, then the answer's
paragraphs, then its notes (which organisation, an old document) apart from them.

A `clarify` answer is composed as the answers for each organisation and then the question which
one is meant (`Answer.question`); on a page that question would sit under a long text, so it is
shown first.
The notes were appended to the text's end; they are taken off it here so the page can show them
as notes. Everything stays text: the page puts it in with text nodes only.
"""

from __future__ import annotations

import re

from bot.answer.model import Answer


def answer_parts(answer: Answer) -> dict:
    """{"lead": the clarify question or None, "paragraphs": [...], "notes": [...]}."""
    body = answer.body_text().rstrip()
    for note in reversed(answer.notes):
        if body.endswith(note):
            body = body[: -len(note)].rstrip()
    paragraphs = [p for p in re.split(r"\n{2,}", body) if p.strip()]
    lead = answer.question or None
    return {"lead": lead, "paragraphs": paragraphs, "notes": list(answer.notes)}
