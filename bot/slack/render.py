"""Answer → Block Kit, within Slack's limits (3,000 characters a text, 150 a header, 50 blocks a
message).

`clarify` and `no_answer` open with a label so they do not look like an answer; each citation
gets a context line (organisation · title · section · page, linked at the page when the URL is
known) and its quoted passage. Every text from a template or a document goes through `mrkdwn`,
so a "<navn>" in the help or a "<!channel>" in a source stays text. A reply given as structured
content (the introduktion, an action plan) is built as blocks, headings as header blocks or bold
lines and tables as one readable line a row, never sent as its Markdown.
"""

from __future__ import annotations

from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer
from bot.documents import documents_text as shared_documents_text
from prompts import render

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
BLOCK_LIMIT = 50


def mrkdwn(text: str) -> str:
    """Slack's three control characters escaped, so a source's '<!channel>' stays text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int = SECTION_LIMIT) -> str:
    """`text` (already escaped) cut to `limit` characters at a word, never inside an `&lt;`."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    entity = cut.rfind("&")
    if entity >= 0 and ";" not in cut[entity:]:
        cut = cut[:entity]
    word = cut.rsplit(" ", 1)[0]
    return (word if len(word) > limit // 2 else cut) + "…"


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Pieces of at most `limit` characters, cut at paragraphs, then lines, then words."""
    pieces: list[str] = []
    current = ""
    for separator_piece in _units(text, limit):
        candidate = f"{current}\n{separator_piece}" if current else separator_piece
        if len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = separator_piece
    if current:
        pieces.append(current)
    return pieces or [""]


def _units(text: str, limit: int) -> list[str]:
    units = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            units.append(line[:cut])
            line = line[cut:].lstrip()
        units.append(line)
    return units


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text)}]}


def _label(name: str, language: str) -> str:
    return mrkdwn(render(name, language))


def citation_blocks(answer: Answer) -> list[dict]:
    blocks = []
    for n, c in enumerate(answer.citations, 1):
        title = f"<{c.link()}|{mrkdwn(c.title)}>" if c.link() else mrkdwn(c.title)
        parts = [mrkdwn(c.organisation), title, mrkdwn(c.section)]
        if c.page:
            parts.append(_label_page(answer.language, c.page))
        blocks.append(_context(f"*[{n}]* " + " · ".join(p for p in parts if p)))
        quote = mrkdwn(c.text)
        if len(quote) > SECTION_LIMIT - 100:
            quote = quote[:SECTION_LIMIT - 101].rsplit(" ", 1)[0] + " …"
        blocks.append(_section("\n".join(f"> {line}" for line in quote.split("\n"))))
    return blocks


def _label_page(language: str, page: int) -> str:
    return mrkdwn(render("page", language, page=page))


def content_blocks(content: list[dict]) -> list[dict]:
    """Structured content (heading, paragraph, quote, list, table; see
    bot.planning.action_plan.to_blocks) as Block Kit: the first heading a header block, the others
    bold lines; a table as its column names, then one line a filled row ("Ansvarlig: Anne ·
    Status: i gang"), since Slack has no table a message can hold."""
    blocks: list[dict] = []
    for item in content:
        kind = item.get("type")
        if kind == "heading" and item.get("level", 1) <= 1 and not blocks:
            blocks.append({"type": "header", "text": {"type": "plain_text", "text": _plain_clip(item["text"]),
                                                      "emoji": True}})
            continue
        if kind == "heading":
            text = f"*{mrkdwn(item['text'])}*"
        elif kind == "quote":
            text = "\n".join(f"> {line}" for line in mrkdwn(item["text"]).split("\n"))
        elif kind == "list":
            text = "\n".join(f"• {mrkdwn(entry)}" for entry in item["items"])
        elif kind == "table":
            columns = item["columns"]
            lines = [" · ".join(f"*{mrkdwn(c)}*" for c in columns)]
            lines += ["• " + " · ".join(f"{mrkdwn(c)}: {mrkdwn(v)}" for c, v in zip(columns, row) if v.strip())
                      for row in item["rows"] if any(v.strip() for v in row)]
            text = "\n".join(lines)
        else:
            text = mrkdwn(item.get("text", ""))
        blocks.extend(_section(piece) for piece in split_text(text) if piece.strip())
    return blocks


def _plain_clip(text: str) -> str:
    return text if len(text) <= HEADER_LIMIT else text[:HEADER_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def feedback_actions(answer_id: int, language: str) -> dict:
    """👍/👎; the block id carries the answer's language, so the thanks is in it too."""
    return {"type": "actions", "block_id": f"feedback-{answer_id}-{language}", "elements": [
        {"type": "button", "action_id": "feedback_up", "value": str(answer_id),
         "text": {"type": "plain_text", "text": _plain_clip(render("button_up", language)), "emoji": True}},
        {"type": "button", "action_id": "feedback_down", "value": str(answer_id),
         "text": {"type": "plain_text", "text": _plain_clip(render("button_down", language)),
                  "emoji": True}}]}


def answer_messages(answer: Answer, answer_id: int | None = None, header: str = "",
                    content: list[dict] | None = None) -> list[dict]:
    """One or more messages ({text, blocks}); the feedback buttons close the last one. With
    `content` (the reply as structured content) the blocks are built from it, and the answer's
    notes (which organisation, an old document) follow as context lines."""
    blocks: list[dict] = []
    if answer.status == CLARIFY:
        blocks.append(_context(_label("label_clarify", answer.language)))
    elif answer.status == NO_ANSWER:
        blocks.append(_context(_label("label_no_answer", answer.language)))
    if header:
        blocks.append(_context(header))
    if answer.question:  # which one is meant, before the answers it follows, not under them
        blocks.extend(_section(piece) for piece in split_text(f"*{mrkdwn(answer.question)}*"))
    if content:
        blocks.extend(content_blocks(content))
        blocks.extend(_context(mrkdwn(note)) for note in answer.notes)
    else:
        blocks.extend(_section(piece) for piece in split_text(mrkdwn(answer.body_text())))
    if answer.citations:
        blocks.append({"type": "divider"})
        blocks.append(_context(f"*{_label('sources_heading', answer.language)}*"))
        blocks.extend(citation_blocks(answer))
    if answer_id is not None and answer.status in (ANSWERED, CLARIFY):
        blocks.append(feedback_actions(answer_id, answer.language))
    # the notification text is mrkdwn too, and for structured content its opening words, not Markdown
    lead = answer.question or " ".join(item.get("text", "") for item in (content or [])[:2]) or answer.text
    fallback = clip(mrkdwn(lead), 300)
    messages: list[dict] = []
    for start in range(0, len(blocks), BLOCK_LIMIT):
        messages.append({"text": fallback if not messages else "…", "blocks": blocks[start:start + BLOCK_LIMIT]})
    return messages


def text_blocks(text: str) -> list[dict]:
    return [_section(piece) for piece in split_text(text)]


def documents_text(catalog, language: str, organisation: str | None = None) -> str:
    """`/strategi kilder [organisation]` and App Home: the shared listing in Slack's mrkdwn."""
    return shared_documents_text(catalog, language, bold=lambda t: f"*{t}*",
                                 link=lambda url, title: f"<{url}|{title}>", escape=mrkdwn,
                                 organisation=organisation)


def reply_messages(reply, header: str = "") -> list[dict]:
    """The assistant's reply as Slack messages: an answer with its sources and 👍/👎, or a reply
    about the bot or the asker (hjælp, kilder, profil) as plain text, `kilder` with its links."""
    if not reply.personal:
        return answer_messages(reply.answer, reply.answer_id, header, reply.blocks)
    listing = reply.listing
    body = documents_text(listing.catalog, reply.answer.language, listing.organisation) if listing \
        else mrkdwn(reply.answer.text)
    fallback = clip(body, 300)
    return [{"text": fallback, "blocks": ([_context(header)] if header else []) + text_blocks(body)}]


def home_view(catalog, language: str = "da") -> dict:
    from bot.commands import help_text
    from bot.message import Surface

    blocks = text_blocks(mrkdwn(help_text(Surface.SLACK, language))) + [{"type": "divider"}] \
        + text_blocks(documents_text(catalog, language))
    return {"type": "home", "blocks": blocks[:100]}
