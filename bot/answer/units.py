"""A passage as quotable units, and which of them answer a question best.

A unit is what the answer may quote word for word: a sentence (a period after a Danish
abbreviation or a list number does not end one), a list with its lead-in, or a table row with
its header row. Kept apart from `compose`, which frames the chosen units with sources and
citations, so the rules for where a quote starts and ends live in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from langchain_core.documents import Document

from ingest.furniture import PERSON, ROLE
from retrieval.text import terms
from strategy.schema import chunk_meta


def body(doc: Document) -> str:
    return doc.page_content[chunk_meta(doc).body_start:]


# Abbreviations a period does not end a sentence after ("ca. 40", "bl.a. Odder", "jf. § 85").
ABBREVIATIONS = frozenset("""ca bl.a f.eks jf nr kr pkt mio mia inkl evt dvs osv m.m m.fl pga iht kl stk s
mv vedr ift ifm hhv tlf ang el mht ekskl gl max min dr pt p.t t.o.m f.o.m o.l o.a jvf fhv iflg fx pr""".split())
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
            before = line[:match.start()]
            token = before.rsplit(None, 1)[-1].lstrip("(\"“«").lower() if before.strip() else ""
            following = line[end:].lstrip()[:1]
            if token in ABBREVIATIONS and not (token in _MAY_END and following.isalpha() and following.isupper()):
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
    return len(sentence) > 8 and bool(re.search(r"[a-zæøå]{3}", sentence)) and not _FURNITURE.search(sentence)


# a contents line's leader, "2 / 5", a web page's breadcrumb ("Forside › Politikker › …")
_FURNITURE = re.compile(r"\.{5,}|…{3,}|^\s*\d+\s*/\s*\d+\s*$|^(?:[^›»>\n]{1,40}\s[›»>]\s){2,}[^›»>\n]{1,60}$")

# What a fact question asks for, most specific first: "hvor mange penge" wants the amount, and any
# number would do for "number" alone.
_SPECIFIC = ("money", "duration", "date", "person", "number")


def specific_want(wants) -> set[str]:
    return next(({w} for w in _SPECIFIC if w in wants), set())


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

    def add_table(i: int, rows: int, block: int | None) -> None:
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
        if i + 1 < len(lines) and PERSON.match(line.strip()) and ROLE.search(lines[i + 1][1]) \
                and len(lines[i + 1][1]) < 90:  # "Marianne Fog" over "Formand for …": one signature
            blocks += 1
            add(i, "lead", blocks)
            add(i + 1, "item", blocks)
            i += 2
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


FACT_BONUS = 0.15  # a fact question's quote holds what it asks for: the amount, not a neighbour
FACT_FLOOR = 0.3  # and when none of the best quotes does, one that does and scores this share of the best


def best_sentences(weights: dict[str, float], docs: list[Document], limit: int = 4,
                   per_doc: int = 2, exclude: set[str] | frozenset[str] = frozenset(),
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
    fact_want = specific_want(wants)
    for rank, doc in enumerate(docs):
        running_header = doc.page_content.split("\n", 1)[0]  # "Region X · Sundhedsstrategi": no answer
        heading = set(terms(chunk_meta(doc).segment))
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
        leads: dict[int | None, set[str]] = {}
        for e in units:
            if e.role == "lead":
                leads.setdefault(e.block, set()).update(terms(e.text))
        for position, e in enumerate(units):
            if not _keep(e.text) or e.text in exclude or e.text == running_header \
                    or (e.role == "lead" and _TABLE_CELL in e.text):
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
            scored.append((score, rank, position, bool(fact_want) and holds(e.text, fact_want)
                           and e.text != running_header))
    best = max((s[0] for s in scored), default=0.0)
    chosen: list[tuple[int, int]] = []  # (rank, position)
    per: dict[int, int] = {}
    for score, rank, position, _ in sorted(scored, key=lambda s: -s[0]):
        if score < 0.5 * best:
            break  # a quote with little of the question in it is noise, not support
        if per.get(rank, 0) >= (limit if rank in named_ranks else per_doc):
            continue
        per[rank] = per.get(rank, 0) + 1
        chosen.append((rank, position))
        if len(chosen) >= limit:
            break
    held = {(rank, position) for _, rank, position, fact in scored if fact}
    if held and not held & set(chosen) and "price" not in wants:
        # "Hvor mange penge er der sat af?" is answered by the sentence with the amount ("en pulje
        # på 48 mio. kr."), though its words are not the question's: the best such unit is quoted too
        fact = max((s for s in scored if (s[1], s[2]) in held), key=lambda s: s[0])
        if fact[0] >= FACT_FLOOR * best:
            chosen = chosen[:limit - 1] + [(fact[1], fact[2])]
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


def own_heading(doc: Document) -> str:
    """The chunk's first line when it is its section's heading (ingest puts it there)."""
    first = body(doc).split("\n", 1)[0].strip()
    segment = chunk_meta(doc).segment
    return first if first and first.rstrip(":").strip() == segment.strip() else ""
