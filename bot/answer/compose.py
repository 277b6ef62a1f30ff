"""The offline answer: the best sentences of the retrieved passages, quoted as written.

Nothing is paraphrased, so every sentence a user reads can be found word for word at its
citation. Only the framing (introductions, headings, notes) comes from `prompts/`. What a quote
is and which ones answer best is `units`; `body`, `sentences` and `best_sentences` are named here
too, for the modules that import them from here.
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from bot.answer.model import Citation
from bot.answer.units import best_sentences, body, elements, own_heading, sentences
from ingest.furniture import fold_heading
from prompts import render
from retrieval.text import terms
from strategy.schema import ChunkMeta, chunk_meta, item_name as _item_name
from strategy.vocabulary import goal_line

__all__ = ["CitationList", "best_sentences", "body", "compose_goals", "compose_passages", "compose_pejlemaerke",
           "goals_in", "item_name", "quoted_line", "sentences", "source_intro"]


class CitationList:
    """Numbers citations in the order the answer uses them. A citation is one stretch of one chunk:
    quotes close together share it, a quote far from the others of its chunk gets its own number,
    so a citation's text never balloons to everything between two distant quotes."""

    MAX_GAP = 200  # characters between two quotes of a chunk that still share one citation

    def __init__(self):
        self.citations: list[Citation] = []
        self._spans: dict[str, list[list[int]]] = {}  # chunk → [citation index, start, end]
        self._docs: dict[str, Document] = {}

    def _new(self, doc: Document, text: str) -> int:
        m = chunk_meta(doc)
        self.citations.append(Citation(
            organisation=m.organisation, title=m.title, section=m.section, page=m.page, source=m.source,
            text=text, url=m.url, chunk_id=m.id))
        return len(self.citations) - 1

    def cite(self, doc: Document, quote: str) -> int:
        chunk_id = chunk_meta(doc).id
        self._docs.setdefault(chunk_id, doc)
        text = body(self._docs[chunk_id])
        spans = self._spans.setdefault(chunk_id, [])
        at = text.find(quote)
        if at < 0:  # not in the body (a heading): the chunk's citation, or one holding the quote
            if spans:
                return spans[0][0] + 1
            spans.append([self._new(doc, quote), -1, -1])
            return spans[-1][0] + 1
        end = at + len(quote)
        for span in spans:
            index, start, stop = span
            if start < 0 or (at <= stop + self.MAX_GAP and end >= start - self.MAX_GAP):
                span[1], span[2] = (at, end) if start < 0 else (min(start, at), max(stop, end))
                self.citations[index].text = _span(text, span[1], span[2])
                return index + 1
        spans.append([self._new(doc, _span(text, at, end)), at, end])
        return spans[-1][0] + 1


def _span(text: str, start: int, end: int) -> str:
    """The exact stretch of the passage from `start` to `end`, without the spaces at its ends."""
    return text[start:end].strip()

def source_intro(doc: Document, language: str) -> str:
    m = chunk_meta(doc)
    label = m.period.label()
    period = f" ({label})" if label else ""
    return render("source_intro", language, organisation=m.organisation, title=m.title, period=period)


def compose_passages(weights: dict[str, float], docs: list[Document], language: str,
                     citations: CitationList, limit: int = 4, wants: frozenset[str] = frozenset()) -> str:
    """Quoted units grouped by document, each group introduced by its source."""
    lines: list[str] = []
    current_source = None
    for doc, quote in best_sentences(weights, docs, limit=limit, wants=wants):
        if chunk_meta(doc).source != current_source:
            current_source = chunk_meta(doc).source
            lines.append(("\n" if lines else "") + source_intro(doc, language))
        lines.append(quoted_line(doc, quote, citations))
    return "\n".join(lines)


def quoted_line(doc: Document, quote: str, citations: CitationList) -> str:
    """«unit» [n]; a unit in pieces is each piece with its own citation, joined by " … "."""
    pieces = getattr(quote, "pieces", ()) or (quote,)
    return " … ".join(f"«{_bare(piece)}» [{citations.cite(doc, piece)}]" for piece in pieces)


def _bare(sentence: str) -> str:
    return sentence.strip("”“\"«» ")


def item_name(meta: ChunkMeta | None, number: int) -> str:
    """ "Tema 3", "Spor B", "Pejlemærke 2": the item as its own document names it."""
    return _item_name(meta.item if meta else None, number)


def _own_list(doc: Document, used: set[str]) -> list[str]:
    """The first lead-in with two or more items in an item's own section, lead-in first; each
    quoted line is added to `used`."""
    units = elements(body(doc))
    for lead in (u for u in units if u.role == "lead" and u.block is not None):
        items = [u.text for u in units if u.block == lead.block and u.role == "item"]
        if len(items) >= 2 and "|" not in lead.text:
            used.update([lead.text, *items])
            return [lead.text, *items[:12]]
    return []


def goals_in(doc: Document) -> list[tuple[str, str]]:
    """(number, line) of the item's goals this chunk holds, the line as written in the chunk."""
    return list(chunk_meta(doc).goal_lines)


def compose_goals(organisation_goals: list[tuple[str, int, str, Document | None]], language: str,
                  citations: CitationList) -> str:
    """A strategy's numbered goals, one line each: the heading, and a pejlemærke's motto."""
    first = next(doc for *_, doc in organisation_goals if doc is not None)
    lines = [source_intro(first, language)]
    for key, number, title, doc in organisation_goals:
        heading = f"{item_name(chunk_meta(doc) if doc else None, number)}: {title}" if key == "pejlemaerke" else title
        if doc is None:
            lines.append(f"• {heading}")
            continue
        own = own_heading(doc)
        motto = [s for s in sentences(body(doc)) if s != own][:1] if key == "pejlemaerke" else []
        if own:
            citations.cite(doc, own)  # the item's heading as written is part of what is cited
        if motto:
            lines.append(f"• {heading} – «{_bare(motto[0])}» [{citations.cite(doc, motto[0])}]")
        elif own:
            lines.append(f"• {heading} [{citations.cite(doc, own)}]")
        else:  # the heading itself is the quoted text
            lines.append(f"• {heading} [{citations.cite(doc, chunk_meta(doc).segment)}]")
    return "\n".join(lines)


def compose_pejlemaerke(question: str, weights: dict[str, float], number: int, docs: list[Document],
                        language: str, citations: CitationList, maalsaetning: str | None = None,
                        wants: frozenset[str] = frozenset()) -> str:
    """A pejlemærke in its own words, then its målsætninger, then what it asks of the reader: for a
    team question (`weights` weigh the team's words most, `wants` asks for commitments) the
    item's sentences most about that team's work."""
    depth = min((chunk_meta(d).depth for d in docs), default=0)
    heading = sorted((d for d in docs if chunk_meta(d).depth == depth),
                     key=lambda d: chunk_meta(d).chunk_index)  # the item's own section
    goals = sorted((d for d in docs if goals_in(d)), key=lambda d: chunk_meta(d).chunk_index)
    rest = [d for d in docs if d not in heading and d not in goals]
    first = (heading or goals or rest)[0]
    item = chunk_meta(first).item
    title = item.title if item else ""
    lines = [source_intro(first, language)]
    used: set[str] = set()
    lead = f"{item_name(chunk_meta(first), number)}: {title}"
    if heading:
        own = own_heading(heading[0])
        if own:
            used.add(own)
            citations.cite(heading[0], own)  # the item's heading as written is part of what is cited
        motto = [s for s in sentences(body(heading[0])) if s != own and " · " not in s  # no table row, no list item
                 and not s.lstrip().startswith(("•", "–", "-", "*"))
                 and fold_heading(s) != fold_heading(title)][:1]  # a listed item's line is its title
        if motto:
            used.add(motto[0])
            lead += f" – «{_bare(motto[0])}» [{citations.cite(heading[0], motto[0])}]"
    if heading and own and not motto:  # the heading is the quote: say where it stands
        lead += f" [{citations.cite(heading[0], own)}]"
    lines.append(lead)
    principles: dict[str, Document] = {}  # without målsætninger a strategy states principper under each item
    for doc in sorted(docs, key=lambda d: chunk_meta(d).chunk_index):
        path = chunk_meta(doc).section_path
        if chunk_meta(doc).section_kind == "principper" and len(path) >= 3:
            principles.setdefault(path[-1], doc)
    if principles and not goals:
        lines.append("")
        lines.append(render("principper_heading", language))
        for principle, doc in principles.items():
            lines.append(f"• {principle} [{citations.cite(doc, principle)}]")
    if heading and not goals and not principles and not wants:  # a team question picks its own
        listed = _own_list(heading[0], used)
        if listed:  # "Det sætter vi i gang: a) … b) …": what the item holds, as its goals would be
            lines.append("")
            lines += [f"«{_bare(listed[0])}» [{citations.cite(heading[0], listed[0])}]"]
            lines += [f"• {_bare(item)} [{citations.cite(heading[0], item)}]" for item in listed[1:]]
    if goals:
        lines.append("")
        lines.append(render("maalsaetninger_heading", language))
        for goal in goals:
            for code, line in goals_in(goal):
                if maalsaetning in (None, code) and line not in used:
                    used.add(line)
                    shown = line if line.lstrip().startswith(code) or code in line[:12] \
                        or goal_line().match(line.lstrip()) or re.match(r"\s*\d{1,2}[.)]\s", line) \
                        else f"{code} {line}"
                    lines.append(f"• {shown} [{citations.cite(goal, line)}]")
    used |= {line for doc in docs for _, line in goals_in(doc)}  # other goals are not description
    label_words = set(terms((item.label if item else "") or "pejlemærke"))
    asked = set(terms(question)) - label_words  # "pejlemærke 2" names no part in "Om pejlemærket"
    for doc in sorted(rest, key=lambda d: chunk_meta(d).chunk_index):
        segment = set(terms(chunk_meta(doc).segment)) - label_words
        if chunk_meta(doc).depth > depth and segment and segment <= asked:
            # a part of the item the question names ("hvilke indsatser er der under mål 3?"): all of it
            lines += ["", chunk_meta(doc).segment + ":"]
            for unit in [e.text for e in elements(body(doc)) if e.text != own_heading(doc)][:10]:
                used.add(unit)
                lines.append(f"• {_bare(unit)} [{citations.cite(doc, unit)}]")
    extra = best_sentences(weights, rest or heading or goals, limit=3, per_doc=1, exclude=used, wants=wants)
    if extra:
        lines.append("")
        personal = re.search(r"\b(vi|vores|jeg|team\w*|we|our|my)\b", question, re.I)
        lines.append(render("team_heading", language) if personal else
                     render("more_heading", language, item=_lower_first(item_name(chunk_meta(first), number))))
        for doc, sentence in extra:
            lines.append(f"«{_bare(sentence)}» [{citations.cite(doc, sentence)}]")
    return "\n".join(lines)


def _lower_first(name: str) -> str:
    """ "Fokusområde C" inside a sentence: "fokusområde C", the code as written."""
    return name[:1].lower() + name[1:]
