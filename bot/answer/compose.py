"""The offline answer: the best sentences of the retrieved passages, quoted as written.

Nothing is paraphrased, so every sentence a user reads can be found word for word at its
citation. Only the framing (introductions, headings, notes) comes from `prompts/`.
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from bot.answer.model import Citation
from ingest.model import Period
from prompts import render
from retrieval.text import terms

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-ZÆØÅ0-9\"”“«–-]|\s*$)|$)", re.M)


def body(doc: Document) -> str:
    return doc.page_content[doc.metadata.get("body_start", 0):]


def sentences(text: str) -> list[str]:
    out = []
    for match in _SENTENCE.finditer(text):
        s = match.group(0).strip()
        if len(s) > 8 and re.search(r"[a-zæøå]{3}", s):
            out.append(s)
    return out


def coverage(weights: dict[str, float], words: set[str]) -> float:
    """The share of the question's weight (rare words weigh most) that `words` cover."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in words) / total if total else 0.0


class CitationList:
    """Numbers citations in the order the answer uses them; one number per chunk."""

    def __init__(self):
        self.citations: list[Citation] = []
        self._index: dict[str, int] = {}
        self._quotes: dict[str, list[str]] = {}
        self._docs: dict[str, Document] = {}

    def cite(self, doc: Document, quote: str) -> int:
        chunk_id = doc.metadata["id"]
        if chunk_id not in self._index:
            m = doc.metadata
            self._index[chunk_id] = len(self.citations) + 1
            self.citations.append(Citation(
                organisation=m["organisation"], title=m["title"], section=m.get("section", ""),
                page=m.get("page") or None, source=m["source"], text="", url=m.get("url", ""),
                chunk_id=chunk_id))
            self._docs[chunk_id] = doc
            self._quotes[chunk_id] = []
        self._quotes[chunk_id].append(quote)
        citation = self.citations[self._index[chunk_id] - 1]
        citation.text = _span(body(self._docs[chunk_id]), self._quotes[chunk_id])
        return self._index[chunk_id]


def _span(text: str, quotes: list[str]) -> str:
    """The exact stretch of the passage from the first quoted sentence to the last."""
    positions = [(text.find(q), text.find(q) + len(q)) for q in quotes if q in text]
    if not positions:
        return " ".join(quotes)
    return text[min(p[0] for p in positions):max(p[1] for p in positions)].strip()


def best_sentences(weights: dict[str, float], docs: list[Document], limit: int = 4,
                   per_doc: int = 2, exclude: set[str] = frozenset()) -> list[tuple[Document, str]]:
    """The sentences that answer best: the question's rare words they hold, and the passage's rank.

    A short section's heading often carries the words its one sentence lacks ("Fælles
    kerneopgave" above "Vi understøtter borgeren i ..."), so the heading counts at half weight.
    """
    scored = []
    named_ranks = set()
    for rank, doc in enumerate(docs):
        heading = set(terms(doc.metadata.get("section", "").split("›")[-1]))
        # A section the question names in full ("Hvilke tværgående indsatsområder ...?") is the
        # answer as a whole: its sentences are quoted in their own order, lists included.
        named = bool(heading) and heading <= weights.keys() and coverage(weights, heading) >= 0.5
        if named:
            named_ranks.add(rank)
        for position, sentence in enumerate(sentences(body(doc))):
            if sentence in exclude:
                continue
            if named:
                score = 1.0 + coverage(weights, heading) + 0.25 / (1 + rank) - 0.01 * position
            else:
                words = set(terms(sentence))
                prose = 0.1 if sentence.endswith((".", "!", "?")) and len(sentence.split()) >= 8 else 0
                score = (coverage(weights, words) + 0.5 * coverage(weights, heading - words)
                         + 0.25 / (1 + rank) + 0.02 / (1 + position) + prose)
            scored.append((score, rank, position, doc, sentence))
    best = max((s[0] for s in scored), default=0.0)
    chosen, per = [], {}
    for score, rank, position, doc, sentence in sorted(scored, key=lambda s: -s[0]):
        if score < 0.5 * best:
            break  # a quote with little of the question in it is noise, not support
        if per.get(rank, 0) >= (limit if rank in named_ranks else per_doc):
            continue
        per[rank] = per.get(rank, 0) + 1
        chosen.append((rank, position, doc, sentence))
        if len(chosen) >= limit:
            break
    return [(doc, sentence) for _, _, doc, sentence in sorted(chosen, key=lambda c: (c[0], c[1]))]


def source_intro(doc: Document, language: str) -> str:
    m = doc.metadata
    label = Period(m.get("period_start"), m.get("period_end")).label()
    period = f" ({label})" if label else ""
    return render("source_intro", language, organisation=m["organisation"], title=m["title"],
                  period=period)


def compose_passages(weights: dict[str, float], docs: list[Document], language: str,
                     citations: CitationList, limit: int = 4) -> str:
    """Quoted sentences grouped by document, each group introduced by its source."""
    lines: list[str] = []
    current_source = None
    for doc, sentence in best_sentences(weights, docs, limit=limit):
        if doc.metadata["source"] != current_source:
            current_source = doc.metadata["source"]
            lines.append(("\n" if lines else "") + source_intro(doc, language))
        lines.append(f"«{_bare(sentence)}» [{citations.cite(doc, sentence)}]")
    return "\n".join(lines)


def _bare(sentence: str) -> str:
    return sentence.strip("”“\"«» ")


def compose_goals(organisation_goals: list[tuple[str, int, str, Document | None]], language: str,
                  citations: CitationList) -> str:
    """A strategy's numbered goals, one line each: the heading, and a pejlemærke's motto."""
    first = next(doc for *_, doc in organisation_goals if doc is not None)
    lines = [source_intro(first, language)]
    for key, number, title, doc in organisation_goals:
        heading = f"Pejlemærke {number}: {title}" if key == "pejlemaerke" else title
        if doc is None:
            lines.append(f"• {heading}")
            continue
        motto = sentences(body(doc))[:1] if key == "pejlemaerke" else []
        if motto:
            lines.append(f"• {heading} – «{_bare(motto[0])}» [{citations.cite(doc, motto[0])}]")
        else:  # the heading itself is the quoted text
            lines.append(f"• {heading} [{citations.cite(doc, doc.metadata['section'].split(' › ')[-1])}]")
    return "\n".join(lines)


def compose_pejlemaerke(question: str, weights: dict[str, float], number: int, docs: list[Document],
                        language: str, citations: CitationList, maalsaetning: str | None = None) -> str:
    """A pejlemærke in its own words, then its målsætninger, then what it asks of the reader."""
    heading = sorted((d for d in docs if "›" not in d.metadata.get("section", "")),
                     key=lambda d: d.metadata.get("chunk_index", 0))
    goals = [d for d in docs if d.metadata.get("section_kind") == "maalsaetninger"]
    rest = [d for d in docs if d not in heading and d not in goals]
    first = (heading or goals or rest)[0]
    title = first.metadata.get("pejlemaerke_title", "")
    lines = [source_intro(first, language)]
    used: set[str] = set()
    lead = f"Pejlemærke {number}: {title}"
    if heading:
        motto = sentences(body(heading[0]))[:1]
        if motto:
            used.add(motto[0])
            lead += f" – «{_bare(motto[0])}» [{citations.cite(heading[0], motto[0])}]"
    lines.append(lead)
    principles = {}  # a strategy without målsætninger states principper under each pejlemærke
    for doc in sorted(docs, key=lambda d: d.metadata.get("chunk_index", 0)):
        path = doc.metadata.get("section", "").split(" › ")
        if doc.metadata.get("section_kind") == "principper" and len(path) >= 3:
            principles.setdefault(path[-1], doc)
    if principles and not goals:
        lines.append("")
        lines.append(render("principper_heading", language))
        for principle, doc in principles.items():
            lines.append(f"• {principle} [{citations.cite(doc, principle)}]")
    if goals:
        lines.append("")
        lines.append(render("maalsaetninger_heading", language))
        for goal in goals:
            for line in body(goal).split("\n"):
                wanted = rf"^{re.escape(maalsaetning)}\s" if maalsaetning else rf"^{number}\.\d+\s"
                if re.match(wanted, line.strip()):
                    used.add(line.strip())
                    lines.append(f"• {line.strip()} [{citations.cite(goal, line.strip())}]")
    extra = best_sentences(weights, rest or heading, limit=3, per_doc=1, exclude=used)
    if extra:
        lines.append("")
        personal = re.search(r"\b(vi|vores|jeg|team\w*|we|our|my)\b", question, re.I)
        lines.append(render("team_heading" if personal else "more_heading", language))
        for doc, sentence in extra:
            lines.append(f"«{_bare(sentence)}» [{citations.cite(doc, sentence)}]")
    return "\n".join(lines)
