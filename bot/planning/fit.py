""""Hvordan passer vores arbejde ind?": each of a team's tasks mapped to the pejlemærke (and
målsætning) it supports, cited, and the pejlemærker the tasks do not touch named."""

from __future__ import annotations

import re

from bot.answer.compose import CitationList, best_sentences
from bot.answer.model import ANSWERED, Answer
from prompts import render
from retrieval.hybrid import dense
from retrieval.query import QueryIntent
from retrieval.text import terms
from strategy.schema import chunk_meta, item_name
from strategy.vocabulary import capitalised, plural

# A task is linked to a pejlemærke when a passage of it is this similar and shares a word with the
# task: short task phrases get middling similarities to anything, so words must back the link.
MIN_SIMILARITY = 0.82


def split_tasks(text: str) -> list[str]:
    """Tasks after the colon, one a line or separated by ';' (or ',' when there is nothing else)."""
    tail = text.split(":", 1)[1] if ":" in text else ""
    parts = re.split(r"\n|;", tail) if re.search(r"\n|;", tail) else tail.split(",")
    return [p.strip(" -•*.\t") for p in parts if len(p.strip(" -•*.\t")) > 2]


def fit(core, organisation: str, tasks: list[str], language: str) -> Answer:
    catalog = core.catalog
    goals = catalog.pejlemaerker(organisation).get(organisation, {})
    citations = CitationList()
    label = catalog.item_label(organisation)  # "pejlemærke", "tema", "indsatsområde" …
    items = plural(label)
    lines = [render("fit_heading", language, organisation=organisation, items=items)]
    touched: set[int] = set()
    for task in tasks:
        hits = [h for h in core.retriever.search(QueryIntent(task, language, organisation), k=12)
                if chunk_meta(h).item]
        task_terms = set(terms(task))
        hits = [h for h in hits if dense(h) >= MIN_SIMILARITY
                and task_terms & set(terms(h.page_content[chunk_meta(h).body_start:]))]
        if not hits:
            lines.append(render("fit_no_match", language, task=task, item=label))
            continue
        best = hits[0]
        number = chunk_meta(best).number("pejlemaerke") or 0  # every hit left has an item
        touched.add(number)
        same = [h for h in hits if chunk_meta(h).number("pejlemaerke") == number]
        quoted = best_sentences(catalog.question_weights(task), same, limit=1, per_doc=1)
        line = render("fit_task", language, task=task, item=item_name(chunk_meta(best).item, number),
                      title=goals.get(number, ""))
        if quoted:
            doc, sentence = quoted[0]
            line += f": «{sentence}» [{citations.cite(doc, sentence)}]"
        lines.append(line)
    untouched = [f"{n} {t}" for n, t in sorted(goals.items()) if n not in touched]
    lines.append("")
    lines.append(render("fit_untouched", language, items=capitalised(items),
                        listing="; ".join(untouched)) if untouched
                 else render("fit_all_touched", language, items=items))
    return Answer(ANSWERED, "\n".join(lines), citations.citations, language)
