"""Onboarding: the core task, the pejlemærker one line each, the principles, where to read more.

Everything quoted is cited, so a new hire can check it and read on in the document itself.
"""

from __future__ import annotations

from langchain_core.documents import Document

from bot.answer.compose import CitationList, best_sentences, compose_goals
from bot.answer.model import ANSWERED, Answer
from prompts import render
from retrieval.query import QueryIntent
from strategy.schema import chunk_meta
from strategy.vocabulary import capitalised, plural


def onboarding(core, organisation: str, language: str) -> Answer:
    catalog = core.catalog
    citations = CitationList()
    parts = [f"**{render('intro_heading', language, organisation=organisation)}**"]
    hits = [h for h in core.retriever.search(QueryIntent("Hvad er kerneopgaven?", language, organisation), k=8)
            if chunk_meta(h).section_kind != "noegleord"]  # a keyword list is no description
    core_task = [(doc, sentence) for doc, sentence in
                 best_sentences(catalog.question_weights("kerneopgave"), hits, limit=2, per_doc=1)
                 if "kerneopgave" in sentence.lower() or "kerneopgave" in chunk_meta(doc).section.lower()]
    if core_task:
        parts.append(render("intro_core_task", language) + "\n" + "\n".join(
            f"«{sentence}» [{citations.cite(doc, sentence)}]" for doc, sentence in core_task))
    goals = catalog.goals(organisation).get(organisation)
    if goals:
        listing = compose_goals([(key, n, title, catalog.first_chunk(organisation, n, key))
                                 for key, n, title in goals], language, citations)
        items = plural(catalog.item_label(organisation))
        parts.append(render("intro_goals", language, items=capitalised(items) if language == "da" else items)
                     + "\n" + listing.split("\n", 1)[1])
    principles: dict[str, Document] = {}
    for doc in sorted(catalog.documents, key=lambda d: chunk_meta(d).chunk_index):
        meta = chunk_meta(doc)
        path = meta.section_path
        if meta.organisation == organisation and meta.section_kind == "principper" and len(path) >= 3:
            principles.setdefault(path[-1], doc)
    if principles:
        parts.append(render("intro_principles", language) + "\n" + "\n".join(
            f"• {name} [{citations.cite(doc, name)}]" for name, doc in principles.items()))
    documents = catalog.listing().get(organisation, [])
    parts.append(render("intro_read_more", language) + "\n" + "\n".join(
        f"• {info.title}" + (f" ({info.period_label()})" if info.period_label() else "")
        + f": {info.url or info.source}" for info in documents))
    return Answer(ANSWERED, "\n\n".join(parts), citations.citations, language)
