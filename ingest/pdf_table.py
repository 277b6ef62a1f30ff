"""Columns or a table: what the text in slots side by side is, and a table's rows.

Slots side by side are text columns (or boxes of a slide) when each holds running text, and
each is read top to bottom, one after the other. They are a table when a slot of short cells
(codes, figures, names) keeps step with its neighbours, line for line down the whole stretch:
then a row's cells belong together and are read across, a tab between them, as the DOCX and
HTML readers write a table row. Two columns of running text on the same line grid keep step
too, which is why running text decides first; so do signatures side by side, each a name over
its title, read one after the other.

A table's cells are separate runs of text, and a cell may wrap over lines: its lines are kept
in its cell, whether the other cells of the row stand beside its first line (top-aligned), its
middle (centred, fpdf2's default) or its last, so a row's values come out together. A slot
of "1." or "•" beside text is a list's hanging markers, not a table's first column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ingest.furniture import PERSON, ROLE
from ingest.pdf_layout import Line, Piece

_MARKER = re.compile(r"^(?:[•·▪‣◦●○■□*–—-]|\(?\d{1,2}[.)]|\(?[a-zæøå][.)]|[ivx]{1,4}[.)])$", re.I)
_SAME_LINE = 1.5  # points: runs of text this close in height stand on one line


@dataclass
class Slot:
    """The pieces of one slot (a column's or a cell's x-range), one list per row of the stretch."""
    rows: list[list[Piece]]

    def lines(self) -> list[tuple[float, float, str]]:
        """(height, font size, text) of the rows with text in this slot, top to bottom."""
        return [(row[0].y, max(p.size for p in row), _text(row)) for row in self.rows if _text(row)]


def _text(pieces: list[Piece]) -> str:
    return " ".join(" ".join(p.text.split()) for p in pieces if p.text.strip())


def _continues(text: str, above: tuple[float, float, str] | None, y: float, size: float) -> bool:
    """A line that goes on with the line above it in its slot: one line's height below it and
    starting in lower case, as a wrapped sentence does."""
    return (above is not None and text[:1].islower()
            and above[0] - y <= 1.6 * max(size, above[1]))


def prose(slot: Slot) -> bool:
    """Running text: lines of several words, or lines that go on from the line above. A
    table's column of codes, figures or names has neither."""
    lines = slot.lines()
    if len(lines) < 2:
        return False
    words = sorted(len(text.split()) for _, _, text in lines)
    if words[len(words) // 2] >= 4:
        return True
    wrapped = sum(_continues(text, above, y, size)
                  for above, (y, size, text) in zip([None, *lines], lines))
    return wrapped >= 2 and wrapped * 4 >= len(lines)


def _in_step(a: Slot, b: Slot) -> bool:
    """Two neighbouring slots keep step as a table's columns do: most lines of the one with
    fewer lines stand on a line of the other, and they run down most of the other's height (a
    short column beside the start of a long one is the end of a text that flowed over)."""
    first, second = a.lines(), b.lines()
    if not first or not second:
        return False
    fewer, more = sorted((first, second), key=len)
    beside = sum(1 for y, _, _ in fewer if any(abs(y - other) <= _SAME_LINE for other, _, _ in more))
    height = more[0][0] - more[-1][0]
    return beside * 2 >= len(fewer) and fewer[0][0] - fewer[-1][0] >= 0.5 * height


def column_groups(slots: list[Slot]) -> list[tuple[str, list[int]]]:
    """The slots as ("column", [i]) to read one by one, or ("table", [i, j, …]) to read across:
    neighbours keeping step, one of them not running text."""
    running = [prose(slot) for slot in slots]
    if all(running):
        return [("column", [i]) for i in range(len(slots))]
    groups: list[list[int]] = []
    for i in range(len(slots)):
        if i and _in_step(slots[i - 1], slots[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[tuple[str, list[int]]] = []
    for group in groups:
        if len(group) >= 2 and not all(running[i] for i in group) \
                and not all(_signature(slots[i]) for i in group):
            out.append(("table", group))
        else:
            out.extend(("column", [i]) for i in group)
    return out


def _signature(slot: Slot) -> bool:
    """A name over its title ("Jens Ole Vestergaard" / "Formand for …"): signatures side by
    side keep step like a table's columns, but each is read as a whole."""
    texts = [text for _, _, text in slot.lines()]
    return len(texts) <= 5 and any(PERSON.match(a) and ROLE.search(b) for a, b in zip(texts, texts[1:]))


def is_marker_column(slot: Slot, text: Slot) -> bool:
    """A slot whose lines beside the next slot's are list markers ("1.", "a)", "•"): a list's
    hanging numbers, not a table's cells. Its lines with nothing beside them (the end of a
    paragraph above the list) do not count."""
    beside = [y for y, _, _ in text.lines()]
    markers = [t for y, _, t in slot.lines() if any(abs(y - other) <= _SAME_LINE for other in beside)]
    return len(markers) >= 2 and all(_MARKER.match(t) for t in markers)


@dataclass
class _Row:
    y: float
    size: float
    bold: bool
    cells: list[str]  # one per slot, "" where the slot is empty


def _visual_rows(rows: list[list[Piece]], splits: list[float]) -> list[_Row]:
    edges = [float("-inf"), *splits, float("inf")]
    out: list[_Row] = []
    for row in rows:
        cells = [_text([p for p in row if a <= p.x < b]) for a, b in zip(edges, edges[1:])]
        size, bold = max(p.size for p in row), all(p.bold for p in row)
        if out and out[-1].y - row[0].y <= _SAME_LINE:  # a baseline a point off: the same line
            previous = out[-1]
            previous.cells = [" ".join(filter(None, pair)) for pair in zip(previous.cells, cells)]
            previous.size, previous.bold = max(previous.size, size), previous.bold and bold
        else:
            out.append(_Row(row[0].y, size, bold, cells))
    return out


def _anchors(rows: list[_Row]) -> list[int]:
    """Rows where a table row begins: two cells or more that do not go on from the line above."""
    found = []
    last: dict[int, tuple[float, float, str]] = {}
    for i, row in enumerate(rows):
        starts = 0
        for slot, text in enumerate(row.cells):
            if text:
                if not _continues(text, last.get(slot), row.y, row.size):
                    starts += 1
                last[slot] = (row.y, row.size, text)
        if starts >= 2:
            found.append(i)
    return found


def table_lines(rows: list[list[Piece]], find_splits: Callable[[list[list[Piece]]], list[float]]
                ) -> tuple[list[list[Piece]], list[Line]]:
    """The rows before the table (its caption), and the table as Lines: one a table row, its
    cells joined by tabs; a row with one cell only (a note under the table) is a plain line."""
    splits = find_splits(rows)
    table = _visual_rows(rows, splits) if splits else []
    anchors = _anchors(table)
    if not anchors:
        return rows, []
    first = table[anchors[0]]
    # Lines above the first row belong to it only as a centred cell's first lines: just above
    # it, in slots it leaves empty. Anything else above is a caption, read before the table.
    top = first
    for row in reversed(table[:anchors[0]]):
        if top.y - row.y > 1.6 * max(top.size, row.size) or any(
                c and first.cells[s] for s, c in enumerate(row.cells)):
            break
        top = row
    start = next(i for i, row in enumerate(rows) if row[0].y <= top.y + _SAME_LINE)
    lead, body = rows[:start], rows[start:]
    splits = find_splits(body) or splits
    table = _visual_rows(body, splits)
    anchors = _anchors(table)
    if not anchors:
        return rows, []
    return lead, _rows_to_lines(table, anchors)


def _rows_to_lines(table: list[_Row], anchors: list[int]) -> list[Line]:
    """Each line of the table joined to the row it belongs to: the row above it, or the row
    below when it is nearer to that and stands in slots the row leaves empty or goes on with in
    lower case (a centred or bottom-aligned cell's first lines). Past the last row, a line after
    a wider gap than the table's rows have is not the table's (a note or source under it) and
    stays a line of its own."""
    gaps = [a.y - b.y for a, b in zip(table, table[1:])]
    step = min(gaps) if gaps else 0.0
    owner = list(range(len(table)))
    for i in range(len(table)):
        if i in anchors:
            continue
        above = max((a for a in anchors if a < i), default=None)
        below = min((a for a in anchors if a > i), default=None)
        owner[i] = above if above is not None else below if below is not None else i  # i: set again below
        if below is not None and above is not None:
            mine, theirs = table[i].cells, table[below].cells
            goes_on = any(c and theirs[s][:1].islower() for s, c in enumerate(mine))
            free = all(not c or not theirs[s] or theirs[s][:1].islower() for s, c in enumerate(mine))
            to_below, to_above = table[i].y - table[below].y, table[above].y - table[i].y
            if free and (to_below < to_above or goes_on and to_below <= to_above):
                owner[i] = below
        if below is None and (owner[i - 1] != owner[i] or table[i - 1].y - table[i].y > 1.5 * step):
            owner[i] = i  # past the table
    lines: list[Line] = []
    for head in sorted(set(owner)):
        members = [table[i] for i in range(len(table)) if owner[i] == head]
        cells = [" ".join(filter(None, column)) for column in zip(*(m.cells for m in members))]
        cells = [c for c in cells if c]
        if cells:
            lines.append(Line(0, table[head].y, max(m.size for m in members), "\t".join(cells),
                              all(m.bold for m in members), table=len(cells) > 1))
    return lines
