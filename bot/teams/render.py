"""Answer → a Teams message: the answer once, as the message's markdown text with [n] markers that
the message's citation entity turns into Teams citations, and an Adaptive Card with what the
text does not hold: the status label, each source (organisation · title · section · page) with
its whole quoted passage, and 👍/👎.

Why the answer is in the text and not in the card: Teams resolves a citation entity against the
[n] markers of the activity's *text* (Microsoft's "Bot messages with AI-generated content"), so
an answer moved into the card would lose its citations, and an answer in both is read twice.
The card therefore never repeats the answer.

Text from documents is escaped for Teams markdown (`*`, `_`, `[`, `<`, `#` … cannot format or
link anything), keeping only the bot's own [n] markers; in the card it sits in RichTextBlock
TextRuns, which Adaptive Cards do not read as markdown at all. A reply given as structured
content (the introduktion, an action plan) is written as markdown headings-as-bold, lists and
one line a table row, never as its raw Markdown. A generated answer carries Teams' AI label
(`additionalType: ["AIGeneratedContent"]` on the message entity); a quoted one does not.
"""

from __future__ import annotations

import re

from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer
from prompts import render

CARD = "application/vnd.microsoft.card.adaptive"
ABSTRACT_LIMIT = 160  # Teams shows at most this much of a citation's passage in its pop-up
NAME_LIMIT = 80
AI_GENERATED = "AIGeneratedContent"
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_BULLET = re.compile(r"^(\s*)([-+])(?=\s)", re.M)
_NUMBERED = re.compile(r"^(\s*\d+)([.)])(?=\s)", re.M)
_MARKER = re.compile(r"\\\[(\d+)\\\]")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def escape(text: str) -> str:
    """`text` as literal Teams markdown: markdown characters backslash-escaped, a line that would
    open a list or a quote kept as text; the [n] citation markers stay markers."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\1\\\2", text))
    return _MARKER.sub(r"[\1]", text)


def content_markdown(content: list[dict]) -> str:
    """Structured content (see bot.planning.action_plan.to_blocks) as Teams markdown: headings as
    bold lines, quotes, bullet lists, and a table as its column names then one line a filled row,
    since Teams' chat markdown has no tables."""
    parts = []
    for item in content:
        kind = item.get("type")
        if kind == "heading":
            parts.append(f"**{escape(item['text'])}**")
        elif kind == "quote":
            parts.append("\n".join(f"> {escape(line)}" for line in item["text"].split("\n")))
        elif kind == "list":
            parts.append("\n".join(f"- {escape(entry)}" for entry in item["items"]))
        elif kind == "table":
            columns = item["columns"]
            lines = [" · ".join(f"**{escape(c)}**" for c in columns)]
            lines += ["- " + " · ".join(f"{escape(c)}: {escape(v)}" for c, v in zip(columns, row) if v.strip())
                      for row in item["rows"] if any(v.strip() for v in row)]
            parts.append("\n".join(lines))
        elif item.get("text", "").strip():
            parts.append(escape(item["text"]))
    return "\n\n".join(parts)


def answer_markdown(answer: Answer, content: list[dict] | None = None) -> str:
    """The message text: the answer (or its structured content, then its notes), escaped."""
    if not content:  # a clarify answer's question first, before the answers it follows
        return "\n\n".join(([f"**{escape(answer.question)}**"] if answer.question else [])
                           + [escape(answer.body_text())])
    return "\n\n".join([content_markdown(content)] + [escape(note) for note in answer.notes])


def citation_entity(answer: Answer):
    from microsoft_agents.activity.entity.ai_entity import AIEntity, ClientCitation, ClientCitationAppearance

    citations = []
    for n, c in enumerate(answer.citations, 1):
        keywords = [k for k in (c.organisation, c.section.split(" › ")[0]) if k][:3]
        citations.append(ClientCitation(position=n, appearance=ClientCitationAppearance(
            name=_clip(f"{c.title} · {c.section}", NAME_LIMIT), abstract=_clip(c.text, ABSTRACT_LIMIT),
            url=c.link() or None, keywords=[_clip(k, 28) for k in keywords])))
    extra = {"additional_type": [AI_GENERATED]} if answer.generated else {}
    return AIEntity(citation=citations or None, **extra)


def _runs(text: str, **style) -> dict:
    """Text shown exactly as written: a RichTextBlock's TextRun is never read as markdown."""
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": text, **style}]}


def card(answer: Answer, answer_id: int | None) -> dict | None:
    """The card beside the text: label, sources and 👍/👎; None when it would hold nothing."""
    body: list[dict] = []
    if answer.status == CLARIFY:
        body.append({"type": "TextBlock", "text": render("label_clarify", answer.language).split(" ", 1)[1],
                     "weight": "Bolder", "color": "Warning", "wrap": True})
    elif answer.status == NO_ANSWER:
        body.append({"type": "TextBlock", "text": render("label_no_answer", answer.language).split(" ", 1)[1],
                     "weight": "Bolder", "color": "Attention", "wrap": True})
    if answer.citations:
        body.append({"type": "TextBlock", "text": render("sources_heading", answer.language),
                     "weight": "Bolder", "separator": bool(body), "spacing": "Medium", "wrap": True})
    for n, c in enumerate(answer.citations, 1):
        where = [c.organisation, c.title, c.section]
        if c.page:
            where.append(render("page", answer.language, page=c.page))
        items = [_runs(f"[{n}] " + " · ".join(w for w in where if w), isSubtle=True, size="Small"),
                 _runs(f"«{c.text}»")]
        container: dict[str, object] = {"type": "Container", "items": items, "spacing": "Small"}
        if c.link():
            container["selectAction"] = {"type": "Action.OpenUrl", "url": c.link()}
        body.append(container)
    result = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5", "body": body}
    if answer_id is not None and answer.status in (ANSWERED, CLARIFY):
        result["actions"] = [
            {"type": "Action.Submit", "title": render(name, answer.language),
             "data": {"strategibot": "feedback", "answer_id": answer_id, "rating": rating,
                      "language": answer.language}}
            for name, rating in (("button_up", 1), ("button_down", -1))]
    return result if body or "actions" in result else None


def answer_activity(answer: Answer, answer_id: int | None, content: list[dict] | None = None):
    from microsoft_agents.activity import Activity, ActivityTypes, Attachment

    attachment = card(answer, answer_id)
    activity = Activity(type=ActivityTypes.message, text=answer_markdown(answer, content), text_format="markdown",
                        attachments=[Attachment(content_type=CARD, content=attachment)] if attachment else [])
    if answer.citations or answer.generated:
        activity.entities = [citation_entity(answer)]
    return activity
