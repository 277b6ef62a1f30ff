"""The offline answer: the best sentences of the retrieved passages, quoted as written.

Nothing is paraphrased, so every sentence a user reads can be found word for word at its
citation. Only the framing (introductions, headings, notes) comes from `prompts/`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from langchain_core.documents import Document

from bot.answer.model import Citation
from ingest.model import Period
from prompts import render
from retrieval.text import terms

def body(doc: Document) -> str:
    return doc.page_content[doc.metadata.get("body_start", 0):]


# Abbreviations a period does not end a sentence after ("ca. 40", "bl.a. Odder", "jf. § 85").
_ABBREVIATIONS = frozenset("""ca bl.a f.eks jf nr kr pkt mio mia inkl evt dvs osv m.m m.fl pga iht kl stk s
mv vedr ift ifm hhv tlf ang el mht ekskl gl max min dr pt p.t t.o.m f.o.m o.l o.a jvf fhv""".split())
# ... of which these also end sentences, when a capitalised word follows ("13 mio. kr. Det ...").
_MAY_END = frozenset("kr osv m.m m.fl mv o.l".split())
_BREAK = re.compile(r"[.!?…][\"”»’)]*(?=\s+[\"“«(]?[A-ZÆØÅ0-9])")
_MARKER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[A-Z]\d{1,2}|\(\w{1,3}\)|"
                     r"[–\-•*·▪●◦►➢✓])(?=\s)")


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """Where the sentences of one line start and end; a period after an abbreviation or a list
    number ("1. Flere ...", "ca. 40") does not end one."""
    spans, start = [], 0
    for match in _BREAK.finditer(line):
        end = match.end()
        if line[match.start()] == ".":
            token = line[:match.start()].rsplit(None, 1)[-1].lstrip("(\"“«").lower() if line[:match.start()].strip() else ""
            following = line[end:].lstrip()[:1]
            if token in _ABBREVIATIONS and not (token in _MAY_END and following.isalpha() and following.isupper()):
                continue
            indent = len(line) - len(line.lstrip())
            marker = _MARKER.match(line, indent)
            if marker and marker.end() == match.start() + 1:
                continue  # "1. Flere ...": the list number, not a sentence
            if len(token) == 1 and token.isalpha() and line[match.start() - 1].isupper():
                continue  # an initial: "H. C. Andersen"
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        piece = line[s:e]
        s, e = s + len(piece) - len(piece.lstrip()), e - len(piece) + len(piece.rstrip())
        if e > s:
            out.append((s, e))
    return out


def _keep(sentence: str) -> bool:
    return len(sentence) > 8 and bool(re.search(r"[a-zæøå]{3}", sentence))


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        for s, e in _sentence_spans(line):
            if _keep(line[s:e]):
                out.append(line[s:e])
    return out


_TABLE_CELL = " · "  # the chunk stage joins a table row's cells with this
_COUNT_WORDS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
                "elleve": 11, "tolv": 12}
MAX_UNIT = 900  # characters: a longer list or table is quoted as its lead-in and the items asked for


@dataclass
class Element:
    """One scorable piece of a passage: a sentence, a list item or a table row, where it is in the
    body, and its block: a lead-in with its items, a table with its header row."""
    start: int
    end: int
    text: str
    role: str = "sentence"  # sentence; lead (a lead-in, a table's header row); item (a list item, a row)
    block: int | None = None


def elements(text: str) -> list[Element]:
    """The body's sentences, list items and table rows, in order: a line ending in ":" leads the
    item lines that follow it; a table's first row heads its rows."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    out: list[Element] = []

    def add(i: int, role: str, block: int | None) -> None:
        start, line = lines[i]
        lead = len(line) - len(line.lstrip())
        out.append(Element(start + lead, start + len(line.rstrip()), line.strip(), role, block))

    def add_table(i: int, rows: int, block: int) -> None:
        header = not any(e.block == block and _TABLE_CELL in e.text for e in out)
        for n in range(i, i + rows):
            if lines[n][1].strip():
                add(n, "lead" if header else "item", block)
                header = False

    i, blocks = 0, 0
    while i < len(lines):
        start, line = lines[i]
        if not line.strip():
            i += 1
            continue
        rows = _table_rows(lines, i)
        if rows:
            blocks += 1
            add_table(i, rows, blocks)
            i += rows
            continue
        items = _items_after(lines, i) if line.rstrip().endswith(":") else 0
        table = _table_rows(lines, i + 1) if line.rstrip().endswith(":") and not items else 0
        block = None
        if items or table:
            blocks += 1
            block = blocks
        spans = _sentence_spans(line)
        for n, (s, e) in enumerate(spans):
            last = n == len(spans) - 1
            out.append(Element(start + s, start + e, line[s:e], "lead" if last and block else "sentence",
                               block if last else None))
        i += 1
        if items:
            for n in range(i, i + items):
                if lines[n][1].strip():
                    add(n, "item", block)
            i += items
        elif table:
            add_table(i, table, block)
            i += table
    return out


def _table_rows(lines: list[tuple[int, str]], i: int) -> int:
    """How many lines from `i` form a table: two or more rows with cells (a short line between
    rows, such as a sub-heading, belongs to it)."""
    rows, n, last = 0, i, i
    while n < len(lines):
        line = lines[n][1].strip()
        if _TABLE_CELL in line:
            rows += 1
            last = n + 1
        elif rows == 0 or not line or len(line) > 40 or line.endswith((".", ":")):
            break
        n += 1
    return last - i if rows >= 2 else 0


def _items_after(lines: list[tuple[int, str]], i: int) -> int:
    """How many lines after a lead-in ending in ":" are its items: lines with a list marker, short
    lines, or one-sentence lines in the style of the first item; at most as many as the lead-in
    names ("De fem fokusområder er:")."""
    wanted = None
    for word in re.findall(r"\w+", lines[i][1].lower()):
        if word in _COUNT_WORDS or (word.isdigit() and 1 < int(word) <= 20):
            wanted = _COUNT_WORDS.get(word) or int(word)
    count, first = 0, None
    for _, line in lines[i + 1:]:
        text = line.strip()
        if not text or _TABLE_CELL in text:
            break
        marked = bool(_MARKER.match(text))
        one = len(_sentence_spans(text)) == 1
        if first is None:
            if not (marked or len(text) <= 80 or one):
                break
            first = (marked, text[:1].islower())
        elif not marked and len(text) > 60 and (first[0] or text[:1].islower() != first[1] or not one):
            break
        count += 1
        if wanted and count >= wanted:
            break
    return count


class Quote(str):
    """A quoted unit as one string; `pieces` are its exact stretches of the passage when a long list
    or table is quoted as its lead-in (or header row) and the item apart."""
    pieces: tuple[str, ...] = ()

    @classmethod
    def of(cls, *pieces: str) -> "Quote":
        quote = cls(pieces[-1])
        quote.pieces = pieces
        return quote


# What a fact question asks for, and how a sentence holds it.
_HOLDS = {
    "number": re.compile(r"\d|\b(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve|halvdelen|hver\s+\w+)\b"
                         r"|\b(?:procent|halveret|fordoblet)\b", re.I),
    "money": re.compile(r"\d[\d.,]*\s*(?:kr\b|kroner|mio|mia|mill)|\b(?:budget\w*|kr\.)", re.I),
    "date": re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|"
                       r"september|oktober|november|december)\b|\b(?:januar|februar|marts|april|maj|juni|juli|"
                       r"august|september|oktober|november|december|foråret|efteråret|hvert\s+(?:år|halve|andet))\b",
                       re.I),
    "duration": re.compile(r"\b\d+\s*(?:uger?|dage?|døgn|måneder?|år|timer?|minutter)\b|\b(?:inden for|senest|"
                           r"op til)\b|\b(?:to|tre|fire|fem|seks|otte|ti|tolv)\s+(?:uger|dage|måneder|år|timer)\b",
                           re.I),
    "person": re.compile(r"(?<![.:!?]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+\s+(?:[A-ZÆØÅ]\.\s+)?[A-ZÆØÅ][a-zæøå]+\b|"
                         r"\b(?:formand|borgmester|\w*chef|direktør|leder|ledes|ansvarlig)\b"),
    # a team question's quote is a concrete commitment: what is offered, how much, by when
    "commitment": re.compile(r"\d|\b(?:tilbyd\w*|tilbydes|mindst|senest|inden\s+for|hver[t]?\s+(?:år|uge|måned)|"
                             r"alle|får|skal|sikre\w*|indfør\w*|etabler\w*|udbred\w*|uddanne\w*)\b", re.I),
}


def holds(text: str, wants) -> bool:
    """Whether `text` holds what a fact question asks for (a number, an amount, a date, a name)."""
    text = _MARKER.sub("", text.lstrip(), count=1) if _MARKER.match(text.lstrip()) else text
    text = re.sub(r"^\s*(?:mål|målsætning)?\s*\d+\.\d+\s", "", text, flags=re.I)
    return any(_HOLDS[w].search(text) for w in wants if w in _HOLDS)


def coverage(weights: dict[str, float], words: set[str]) -> float:
    """The share of the question's weight (rare words weigh most) that `words` cover."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in words) / total if total else 0.0


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
        m = doc.metadata
        self.citations.append(Citation(
            organisation=m["organisation"], title=m["title"], section=m.get("section", ""),
            page=m.get("page") or None, source=m["source"], text=text, url=m.get("url", ""),
            chunk_id=m["id"]))
        return len(self.citations) - 1

    def cite(self, doc: Document, quote: str) -> int:
        chunk_id = doc.metadata["id"]
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


FACT_BONUS = 0.15  # a fact question's quote holds what it asks for: the amount, not a neighbour


def best_sentences(weights: dict[str, float], docs: list[Document], limit: int = 4,
                   per_doc: int = 2, exclude: set[str] = frozenset(),
                   wants: frozenset[str] = frozenset()) -> list[tuple[Document, str]]:
    """The units that answer best: a sentence, or a lead-in with its items, or a table row with its
    header row; chosen by the question's rare words their sentences, items and rows hold, and the
    passage's rank. `wants` (from a fact question: number, money, date, duration, person) prefers
    the sentence that holds it.

    A short section's heading often carries the words its one sentence lacks ("Fælles
    kerneopgave" above "Vi understøtter borgeren i ..."), so the heading counts at half weight, as
    a list's lead-in does for its items.
    """
    scored = []
    named_ranks = set()
    parsed = []
    for rank, doc in enumerate(docs):
        heading = set(terms(doc.metadata.get("section", "").split("›")[-1]))
        # A section the question names in full ("Hvilke tværgående indsatsområder ...?") is the
        # answer as a whole: its sentences are quoted in their own order, lists included.
        named = bool(heading) and heading <= weights.keys() and coverage(weights, heading) >= 0.5
        if named:
            named_ranks.add(rank)
        units = elements(body(doc))
        own = own_heading(doc)
        if own and not own.endswith(":"):  # the section's own heading names it; it answers nothing
            units = [e for e in units if e.text != own]
        parsed.append(units)
        leads: dict[int, set[str]] = {}
        for e in units:
            if e.role == "lead":
                leads.setdefault(e.block, set()).update(terms(e.text))
        for position, e in enumerate(units):
            if not _keep(e.text) or e.text in exclude or (e.role == "lead" and _TABLE_CELL in e.text):
                continue  # a table's header row is quoted with its rows, not for itself
            if named:
                score = 1.0 + coverage(weights, heading) + 0.25 / (1 + rank) - 0.01 * position
            else:
                words = set(terms(e.text))
                context = heading | leads.get(e.block, set()) if e.role == "item" else heading
                prose = 0.1 if e.text.endswith((".", "!", "?")) and len(e.text.split()) >= 8 else 0
                score = (coverage(weights, words) + 0.5 * coverage(weights, context - words)
                         + 0.25 / (1 + rank) + 0.02 / (1 + position) + prose)
                if wants and (holds(e.text, wants) or ("commitment" in wants and e.role == "item")):
                    score += FACT_BONUS  # a list's items are what a strategy commits to
            scored.append((score, rank, position))
    best = max((s[0] for s in scored), default=0.0)
    chosen, per = [], {}
    for score, rank, position in sorted(scored, key=lambda s: -s[0]):
        if score < 0.5 * best:
            break  # a quote with little of the question in it is noise, not support
        if per.get(rank, 0) >= (limit if rank in named_ranks else per_doc):
            continue
        per[rank] = per.get(rank, 0) + 1
        chosen.append((rank, position))
        if len(chosen) >= limit:
            break
    out = []
    for rank in sorted({r for r, _ in chosen}):
        positions = sorted(p for r, p in chosen if r == rank)
        out += [(position, docs[rank], quote) for position, quote in
                _units(body(docs[rank]), parsed[rank], positions, whole=rank in named_ranks)]
    return [(doc, quote) for _, doc, quote in out]


def _units(text: str, units: list[Element], positions: list[int], whole: bool) -> list[tuple[int, Quote]]:
    """The chosen sentences, items and rows as quotable units, in the passage's order: an item or
    row with its block's lead-in or header row and the items before it (the whole block when the
    lead-in was chosen), as one exact stretch of the passage; a long block as the lead-in and the
    item apart."""
    out, done = [], set()
    for position in positions:
        e = units[position]
        if e.block is None:
            out.append((position, Quote.of(e.text)))
            continue
        if e.block in done:
            continue
        done.add(e.block)
        block = [u for u in units if u.block == e.block]
        leads = [u for u in block if u.role == "lead"]
        picked = [units[p] for p in positions if units[p].block == e.block]
        whole_block = whole or any(u.role == "lead" for u in picked)
        last = len(block) - 1 if whole_block else max(block.index(u) for u in picked)
        while whole_block and last > 0 and block[last].end - block[0].start > 2 * MAX_UNIT:
            last -= 1
        start, end = block[0].start, block[last].end
        if whole_block or end - start <= MAX_UNIT or not leads:
            out.append((units.index(block[0]), Quote.of(text[start:end])))
        else:  # the lead-in (and header row), then each chosen item apart
            head = text[leads[0].start:leads[-1].end]
            out.append((units.index(block[0]), Quote.of(head, *[u.text for u in picked])))
    return out


def source_intro(doc: Document, language: str) -> str:
    m = doc.metadata
    label = Period(m.get("period_start"), m.get("period_end")).label()
    period = f" ({label})" if label else ""
    return render("source_intro", language, organisation=m["organisation"], title=m["title"],
                  period=period)


def compose_passages(weights: dict[str, float], docs: list[Document], language: str,
                     citations: CitationList, limit: int = 4, wants: frozenset[str] = frozenset()) -> str:
    """Quoted units grouped by document, each group introduced by its source."""
    lines: list[str] = []
    current_source = None
    for doc, quote in best_sentences(weights, docs, limit=limit, wants=wants):
        if doc.metadata["source"] != current_source:
            current_source = doc.metadata["source"]
            lines.append(("\n" if lines else "") + source_intro(doc, language))
        lines.append(quoted_line(doc, quote, citations))
    return "\n".join(lines)


def quoted_line(doc: Document, quote: str, citations: CitationList) -> str:
    """«unit» [n]; a unit in pieces is each piece with its own citation, joined by " … "."""
    pieces = getattr(quote, "pieces", ()) or (quote,)
    return " … ".join(f"«{_bare(piece)}» [{citations.cite(doc, piece)}]" for piece in pieces)


def _bare(sentence: str) -> str:
    return sentence.strip("”“\"«» ")


def item_name(meta: dict, number: int) -> str:
    """ "Tema 3", "Spor B", "Pejlemærke 2": the item as its own document names it."""
    label = meta.get("pejlemaerke_label") or "pejlemærke"
    return f"{label[:1].upper()}{label[1:]} {meta.get('pejlemaerke_code') or number}"


def own_heading(doc: Document) -> str:
    """The chunk's first line when it is its section's heading (ingest puts it there)."""
    first = body(doc).split("\n", 1)[0].strip()
    segment = doc.metadata.get("section", "").split(" › ")[-1]
    return first if first and first.rstrip(":").strip() == segment.strip() else ""


def goals_in(doc: Document) -> list[tuple[str, str]]:
    """(number, line) of the item's goals this chunk holds, the line as written in the chunk."""
    raw = doc.metadata.get("goals")
    return [tuple(pair) for pair in json.loads(raw)] if raw else []


def compose_goals(organisation_goals: list[tuple[str, int, str, Document | None]], language: str,
                  citations: CitationList) -> str:
    """A strategy's numbered goals, one line each: the heading, and a pejlemærke's motto."""
    first = next(doc for *_, doc in organisation_goals if doc is not None)
    lines = [source_intro(first, language)]
    for key, number, title, doc in organisation_goals:
        heading = f"{item_name(doc.metadata if doc else {}, number)}: {title}" if key == "pejlemaerke" else title
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
            lines.append(f"• {heading} [{citations.cite(doc, doc.metadata['section'].split(' › ')[-1])}]")
    return "\n".join(lines)


def compose_pejlemaerke(question: str, weights: dict[str, float], number: int, docs: list[Document],
                        language: str, citations: CitationList, maalsaetning: str | None = None,
                        wants: frozenset[str] = frozenset()) -> str:
    """A pejlemærke in its own words, then its målsætninger, then what it asks of the reader: for a
    team question (`weights` weigh the team's words most, `wants` asks for commitments) the
    item's sentences most about that team's work."""
    depth = min((d.metadata.get("section", "").count("›") for d in docs), default=0)
    heading = sorted((d for d in docs if d.metadata.get("section", "").count("›") == depth),
                     key=lambda d: d.metadata.get("chunk_index", 0))  # the item's own section
    goals = sorted((d for d in docs if goals_in(d)), key=lambda d: d.metadata.get("chunk_index", 0))
    rest = [d for d in docs if d not in heading and d not in goals]
    first = (heading or goals or rest)[0]
    title = first.metadata.get("pejlemaerke_title", "")
    lines = [source_intro(first, language)]
    used: set[str] = set()
    lead = f"{item_name(first.metadata, number)}: {title}"
    if heading:
        own = own_heading(heading[0])
        if own:
            used.add(own)
            citations.cite(heading[0], own)  # the item's heading as written is part of what is cited
        motto = [s for s in sentences(body(heading[0])) if s != own][:1]
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
            for code, line in goals_in(goal):
                if maalsaetning in (None, code) and line not in used:
                    used.add(line)
                    shown = line if line.lstrip().startswith(code) or code in line[:12] else f"{code} {line}"
                    lines.append(f"• {shown} [{citations.cite(goal, line)}]")
    used |= {line for doc in docs for _, line in goals_in(doc)}  # other goals are not description
    label_words = set(terms(first.metadata.get("pejlemaerke_label") or "pejlemærke"))
    asked = set(terms(question)) - label_words  # "pejlemærke 2" names no part in "Om pejlemærket"
    for doc in sorted(rest, key=lambda d: d.metadata.get("chunk_index", 0)):
        segment = set(terms(doc.metadata.get("section", "").split(" › ")[-1])) - label_words
        if doc.metadata.get("section", "").count("›") > depth and segment and segment <= asked:
            # a part of the item the question names ("hvilke indsatser er der under mål 3?"): all of it
            lines += ["", doc.metadata["section"].split(" › ")[-1] + ":"]
            for unit in [e.text for e in elements(body(doc)) if e.text != own_heading(doc)][:10]:
                used.add(unit)
                lines.append(f"• {_bare(unit)} [{citations.cite(doc, unit)}]")
    extra = best_sentences(weights, rest or heading or goals, limit=3, per_doc=1, exclude=used, wants=wants)
    if extra:
        lines.append("")
        personal = re.search(r"\b(vi|vores|jeg|team\w*|we|our|my)\b", question, re.I)
        lines.append(render("team_heading", language) if personal else
                     render("more_heading", language, item=item_name(first.metadata, number).lower()))
        for doc, sentence in extra:
            lines.append(f"«{_bare(sentence)}» [{citations.cite(doc, sentence)}]")
    return "\n".join(lines)
