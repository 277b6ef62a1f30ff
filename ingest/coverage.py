"""How much of a document's text reached its chunks: every loader line, once, in order.

Structure and chunking rewrite text on purpose (wrapped lines joined, a marker put before a list
item, a heading moved into the section path), and each rewrite is a chance to lose a line without
a word: an empty section dropped, a table-of-contents line skipped, a list number stripped. A
reader then gets an answer that is wrong by omission, which is the hardest kind to notice. So the
ingest measures, per document, whether every line the loader extracted can still be found in the
chunks, and names the ones that cannot.

Only whitespace is normalised: list markers, numbers and punctuation are part of what a line
says ("1.1", "a)", "Mål 2"), so a line that lost them counts as lost. Lines are compared as whole
words, so the line "1." is not found inside "1.1". Lines are looked for in reading order with a
cursor that only moves forward, so a line that occurs twice in the document cannot be found
twice at the same place, and a line found only earlier than the text before it is reported as
moved rather than counted. A heading counts when it names the section of a later chunk (its
path), since that is where the chunker puts it.

The walk uses an index from each word to its positions, so a line that is nowhere in the chunks
is rejected at once; a 2 MB document is measured in a fraction of a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from ingest.model import Block, Chunk

REPORTED = 20  # lines named per list; `lines - covered` counts them all
_SLACK = 3  # words a chunk may put between two lines: "–" before a list item, "·" between cells
_CELL = "·"  # the chunk stage joins a table row's cells with it; a text table had spaces there
_LINE_BREAK = re.compile(r"[\n\r\t\f\v]")  # a tab separates table cells: each cell is a line


@dataclass
class Coverage:
    lines: int = 0  # non-empty loader lines (table cells count one each)
    covered: int = 0  # in a chunk's body, or a heading in a chunk's section path
    missing: list[str] = field(default_factory=list)  # in no chunk (the first REPORTED)
    duplicated: list[str] = field(default_factory=list)  # in the bodies once more than loaded
    out_of_order: list[str] = field(default_factory=list)  # covered, but only before the text
    # that precedes it: moved by structure (a goal number printed apart put back with its goal)

    @property
    def ratio(self) -> float:
        return self.covered / self.lines if self.lines else 1.0

    @property
    def lost(self) -> int:
        """Lines in no chunk (`missing` names only the first REPORTED)."""
        return self.lines - self.covered

    def summary(self) -> str:
        """"97,5 % (2 mangler: "1. Flere …", …)" in the ingest report's Danish."""
        text = f"{self.ratio * 100:.1f}".replace(".", ",") + " %"
        notes = []
        if self.lost:
            notes.append(f"{self.lost} mangler: "
                         + ", ".join(f"\"{_short(m)}\"" for m in self.missing[:3]))
        if self.out_of_order:
            notes.append(f"{len(self.out_of_order)} flyttet: "
                         + ", ".join(f"\"{_short(m)}\"" for m in self.out_of_order[:3]))
        if self.duplicated:
            notes.append(f"{len(self.duplicated)} gentaget: "
                         + ", ".join(f"\"{_short(m)}\"" for m in self.duplicated[:3]))
        return f"{text} ({'; '.join(notes)})" if notes else text


def _words(line: str) -> tuple[str, ...]:
    """A line's words; the chunk stage's cell separator is no word (a text table had spaces)."""
    return tuple(w for w in line.split() if w != _CELL)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def loader_lines(blocks: list[Block]) -> list[tuple[str, ...]]:
    """Each non-empty line (or table cell) of the blocks as its words; a rule drawn with dashes or
    equals signs (a plain text's heading underline, "------") holds no text to lose."""
    return [words for block in blocks for raw in _LINE_BREAK.split(block.text)
            if (words := _words(raw)) and not _RULE.match(raw.strip())]


_RULE = re.compile(r"^[-=~_*#.·]{3,}$")


def _body(chunk: Chunk) -> str:
    return chunk.text[chunk.meta.body_start:]


def _path(chunk: Chunk) -> list[str]:
    return [s for s in chunk.meta.section_path if s.strip()]


class _Text:
    """The chunk bodies as one stream of words, with an index from word to positions."""

    def __init__(self, chunks: list[Chunk]):
        self.words: list[str] = []
        self.starts: list[int] = []  # where each chunk's body begins in `words`
        line_starts, line_ends = set(), set()  # the chunks' own lines, as word positions
        for chunk in chunks:
            self.starts.append(len(self.words))
            for line in _body(chunk).split("\n"):
                words = list(_words(line))
                if words:
                    line_starts.add(len(self.words))
                    self.words.extend(words)
                    line_ends.add(len(self.words))
        self.line_starts, self.line_ends = line_starts, line_ends
        self._index: dict[str, list[int]] | None = None
        self.used = bytearray(len(self.words))
        # headings: each distinct path segment, with the chunks whose path holds it
        self.segments: dict[tuple[str, ...], list[int]] = {}
        for number, chunk in enumerate(chunks):
            for segment in _path(chunk):
                chunks_of = self.segments.setdefault(tuple(segment.split()), [])
                if not chunks_of or chunks_of[-1] != number:
                    chunks_of.append(number)

    @property
    def index(self) -> dict[str, list[int]]:
        """Word → its positions; built only once a line is not where the last one ended."""
        if self._index is None:
            index: defaultdict[str, list[int]] = defaultdict(list)
            for position, word in enumerate(self.words):
                index[word].append(position)
            self._index = dict(index)
        return self._index

    def near(self, line: tuple[str, ...], lo: int) -> int | None:
        """`line` at `lo` or a few words on: where the next line nearly always is."""
        words, n, as_list = self.words, len(line), list(line)
        for start in range(lo, min(lo + _SLACK + 1, len(words))):
            if words[start] == line[0] and words[start:start + n] == as_list:
                return start
        return None

    def find(self, line: tuple[str, ...], lo: int, hi: int | None = None,
             unused: bool = False) -> int | None:
        """The first position in [lo, hi) where the stream holds `line` word for word."""
        rarest: list[int] = []
        offset = 0
        for i, word in enumerate(line):
            positions = self.index.get(word)
            if positions is None:
                return None
            if not i or len(positions) < len(rarest):
                rarest, offset = positions, i
        n, words, first = len(line), self.words, line[0]
        hi = len(words) if hi is None else hi
        for k in range(bisect_left(rarest, lo + offset), len(rarest)):
            start = rarest[k] - offset
            if start + n > hi:
                return None
            if words[start] == first and tuple(words[start:start + n]) == line and not (
                    unused and self.used.find(1, start, start + n) != -1):
                return start
        return None

    def heading(self, line: tuple[str, ...], first_chunk: int) -> int | None:
        """The first chunk from `first_chunk` on with `line` as a heading of its section path."""
        chunks_of = self.segments.get(line)
        if not chunks_of:
            return None
        k = bisect_left(chunks_of, first_chunk)
        return chunks_of[k] if k < len(chunks_of) else None


_HEADING_LINES = 6  # the most lines a heading is wrapped over


def _units(blocks: list[Block], segments) -> list[tuple[tuple[str, ...], int]]:
    """The lines to look for, with how many loader lines each stands for. Lines of a block that
    structure joined into one heading ("Fundamentet\npoa plads" → "Fundamentet poa plads") are
    looked for together, since the section path names them only as a whole."""
    heads = {segment[:k] for segment in segments for k in range(1, len(segment) + 1)}
    units = []
    for block in blocks:
        lines = [words for raw in _LINE_BREAK.split(block.text)
                 if (words := _words(raw)) and not _RULE.match(raw.strip())]
        i = 0
        while i < len(lines):
            joined, run, candidate = lines[i], 1, lines[i]
            for j in range(i + 1, min(i + _HEADING_LINES, len(lines))):
                if candidate not in heads:
                    break
                candidate += lines[j]
                if candidate in segments:
                    joined, run = candidate, j + 1 - i
            units.append((joined, run))
            i += run
    return units


def measure(blocks: list[Block], chunks: list[Chunk]) -> Coverage:
    """Which of the blocks' lines (after repair: what structure receives) are in `chunks`."""
    text = _Text(chunks)
    units = _units(blocks, text.segments)
    lines = [words for words, _ in units]
    coverage = Coverage(lines=sum(weight for _, weight in units))
    cursor = 0
    deferred: list[int] = []

    def place(i: int) -> tuple[int, int] | None:
        """Where line i goes next: (position, words consumed), or None."""
        line = lines[i]
        body = text.near(line, cursor)
        if body is None:
            body = text.find(line, cursor)
        whole = body is not None and body in text.line_starts and body + len(line) in text.line_ends
        if body is not None and body - cursor <= _SLACK and whole:
            return body, len(line)  # the usual case: the next words of the chunks
        first = bisect_left(text.starts, cursor)  # chunks not yet entered
        chunk = text.heading(line, first) if first < len(text.starts) else None
        path = text.starts[chunk] if chunk is not None else None
        # a heading "Helhed og sammenhængskraft" opens its section; the same words starting the
        # section's first sentence are that sentence's, unless the heading is its own text
        if path is not None and (body is None or path < body or (path == body and not whole)):
            return path, 0
        return (body, len(line)) if body is not None else None

    for i, line in enumerate(lines):
        found = place(i)
        if found is not None and found[0] - cursor > _SLACK and i + 1 < len(lines):
            # a far jump is believed only when the next line is not in between: else this line's
            # own place is gone and a later copy of its words would swallow the text between
            if text.find(lines[i + 1], cursor, found[0]) is not None:
                found = None
        if found is None:
            deferred.append(i)
            continue
        position, size = found
        text.used[position:position + size] = b"\x01" * size
        cursor = position + size
        coverage.covered += units[i][1]

    for i in deferred:
        line = lines[i]
        at = text.find(line, 0, unused=True)  # not a path: a heading's path is shared,
        if at is not None:  # so it has no earlier place of its own
            text.used[at:at + len(line)] = b"\x01" * len(line)
            coverage.covered += units[i][1]
            coverage.out_of_order.append(" ".join(line))
        elif len(coverage.missing) < REPORTED:
            coverage.missing.append(" ".join(line))

    # what is left unused in the bodies is the chunker's own text ("–", "·") or a line twice
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in lines:
        by_first.setdefault(line[0], set()).add(line)
    words, used = text.words, text.used
    position = used.find(0)
    while position != -1 and len(coverage.duplicated) < REPORTED:
        for line in sorted(by_first.get(words[position], ()), key=len, reverse=True):
            end = position + len(line)
            if tuple(words[position:end]) == line and used.find(1, position, end) == -1:
                coverage.duplicated.append(" ".join(line))
                used[position:end] = b"\x01" * len(line)
                break
        position = used.find(0, position + 1)
    return coverage
