"""Onboarding: the core task, the pejlemærker one line each, the principles, where to read more.

Everything quoted is cited, so a new hire can check it and read on in the document itself. The
introduction is built as structured content (heading, quotes, lists; the shape of
`bot.planning.action_plan.to_blocks`), so each surface shows it natively; its text is the same
content as plain lines, for the terminal and `ask --json`.
"""

from __future__ import annotations

from langchain_core.documents import Document

from bot.answer.compose import CitationList, best_sentences, compose_goals
from bot.answer.model import ANSWERED, Answer
from prompts import render
from retrieval.query import QueryIntent
from strategy.schema import chunk_meta
from strategy.vocabulary import capitalised, plural


def onboarding(core, organisation: str, language: str) -> tuple[Answer, list[dict]]:
    """The introduction as an answer and as structured content."""
    catalog = core.catalog
    citations = CitationList()
    blocks: list[dict] = [{"type": "heading", "level": 1,
                           "text": render("intro_heading", language, organisation=organisation)}]
    hits = [h for h in core.retriever.search(QueryIntent("Hvad er kerneopgaven?", language, organisation), k=8)
            if chunk_meta(h).section_kind != "noegleord"]  # a keyword list is no description
    core_task = [(doc, sentence) for doc, sentence in
                 best_sentences(catalog.question_weights("kerneopgave"), hits, limit=2, per_doc=1)
                 if "kerneopgave" in sentence.lower() or "kerneopgave" in chunk_meta(doc).section.lower()]
    if core_task:
        blocks.append(_heading(render("intro_core_task", language)))
        blocks += [{"type": "quote", "text": f"«{sentence}» [{citations.cite(doc, sentence)}]"}
                   for doc, sentence in core_task]
    goals = catalog.goals(organisation).get(organisation)
    if goals:
        listing = compose_goals([(key, n, title, catalog.first_chunk(organisation, n, key))
                                 for key, n, title in goals], language, citations)
        items = plural(catalog.item_label(organisation))
        blocks.append(_heading(render("intro_goals", language,
                                      items=capitalised(items) if language == "da" else items)))
        blocks.append(_list(line for line in listing.split("\n")[1:]))
    principles: dict[str, Document] = {}
    for doc in sorted(catalog.documents, key=lambda d: chunk_meta(d).chunk_index):
        meta = chunk_meta(doc)
        path = meta.section_path
        if meta.organisation == organisation and meta.section_kind == "principper" and len(path) >= 3:
            principles.setdefault(path[-1], doc)
    if principles:
        blocks.append(_heading(render("intro_principles", language)))
        blocks.append(_list(f"{name} [{citations.cite(doc, name)}]" for name, doc in principles.items()))
    documents = catalog.listing().get(organisation, [])
    blocks.append(_heading(render("intro_read_more", language)))
    blocks.append(_list(f"{info.title}" + (f" ({info.period_label()})" if info.period_label() else "")
                        + f": {info.url or info.source}" for info in documents))
    return Answer(ANSWERED, plain_text(blocks), citations.citations, language), blocks


def _heading(text: str) -> dict:
    """A part's heading; its template ends in ":" to read as a lead-in in plain text."""
    return {"type": "heading", "level": 2, "text": text.rstrip(": ")}


def _list(lines) -> dict:
    return {"type": "list", "items": [line.removeprefix("• ") for line in lines]}


def plain_text(blocks: list[dict]) -> str:
    """The content as plain text: the title, then each part as its heading ending in ":" and its
    lines (quotes as they are, list items after "• ")."""
    parts: list[list[str]] = []
    for block in blocks:
        if block["type"] == "heading":
            parts.append([block["text"] + (":" if block["level"] > 1 else "")])
        elif block["type"] == "list":
            parts[-1] += [f"• {item}" for item in block["items"]]
        else:
            parts[-1].append(block["text"])
    return "\n\n".join("\n".join(lines) for lines in parts)
