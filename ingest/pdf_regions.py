"""The reading order of a page's rows: text columns, boxes side by side, and tables.

A page is cut the way a reader's eye takes it apart (a recursive X–Y cut), each stretch of rows
cut again on its own, so a page may hold a title, three boxes and a table under them:
- at a large blank band between rows, where the text either side is laid out differently;
- where one layout stands right on another (boxes over a table): rows of the one above cross
  the gutters of the one below;
- at rows running across a gutter (pdf_strips) that most rows keep to: a title, a caption, a
  closing line, each read where it stands;
- down the gutters running clear through a stretch: the text either side is read apart, as
  columns or boxes one after the other, or as a table row by row (pdf_table decides which).
"""

from __future__ import annotations

from ingest.pdf_layout import Line
from ingest.pdf_strips import Row, Strip, segments, strips
from ingest.pdf_table import Slot, column_groups, is_marker_column, table_lines

_MAX_DEPTH = 12

def _blank_bands(rows: list[Row]) -> list[list[Row]]:
    """The rows in stretches cut at blank bands of more than two and a half lines of the larger
    font either side, joined again where neither stretch has a line across the other's gutters
    and the lines of one start where the other's do: two columns with a blank across both, or a
    column going on below the end of the other, are still read column by column; boxes above
    a table, or a page number under columns, are not."""
    stretches = [[rows[0]]]
    for above, below in zip(rows, rows[1:]):
        size = max(p.size for p in above + below)
        if above[0].y - below[0].y > 2.5 * size:
            stretches.append([])
        stretches[-1].append(below)
    joined = [stretches[0]]
    for stretch in stretches[1:]:
        if _fit(joined[-1], stretch) and _fit(stretch, joined[-1]) and (
                _aligned(joined[-1], stretch) or _aligned(stretch, joined[-1])):
            joined[-1] = joined[-1] + stretch
        else:
            joined.append(stretch)
    return joined


def _aligned(layout: list[Row], other: list[Row]) -> bool:
    """Every line of `other` starts where a run of text of `layout` starts: it goes on in one
    of its columns (a footer centred under two columns does not)."""
    starts = [run[0].x for row in layout for run in segments(row)]
    return all(any(abs(row[0].x - x) <= 2 for x in starts) for row in other)


def _fit(layout: list[Row], other: list[Row]) -> bool:
    """No line of `other` runs across a gutter of `layout`."""
    splits = [s.split for s in strips(layout) if not s.blockers]
    return not any(_crosses(row, x) for row in other for x in splits)


class Reader:
    """Lines of one page in reading order; `column` numbers the column or box a line is in."""

    def __init__(self, page: int):
        self.page = page
        self.lines: list[Line] = []
        self.columns = 0
        self.fresh = False  # the next line starts a column: never joined to the line before

    def read(self, rows: list[Row], column: int = 0, depth: int = 0) -> None:
        rows = [row for row in rows if row]
        if not rows:
            return
        if len(rows) == 1 or depth > _MAX_DEPTH:
            self.plain(rows, column)
            return
        stretches = _blank_bands(rows)
        if len(stretches) > 1:
            for band in stretches:
                self.read(band, column, depth + 1)
            return
        found = strips(rows)
        cut = _stacked(rows, found)
        if cut:
            self.read(rows[:cut], column, depth + 1)
            self.read(rows[cut:], column, depth + 1)
            return
        blocked = _spanning(found)
        if blocked:
            stretch: list[Row] = []
            for i, row in enumerate(rows):
                if i in blocked:
                    self.read(stretch, column, depth + 1)
                    stretch = []
                    self.plain([row], column)
                else:
                    stretch.append(row)
            self.read(stretch, column, depth + 1)
            return
        free = sorted(s.split for s in found if not s.blockers)
        if not free:
            self.plain(rows, column)
            return
        self.side_by_side(rows, free, column, depth)

    def side_by_side(self, rows: list[Row], splits: list[float], column: int, depth: int) -> None:
        """Rows with white strips down all of them: each group of slots is a column to read on
        its own, or a table to read row by row."""
        edges = [float("-inf"), *splits, float("inf")]
        slots = [Slot([[p for p in row if a <= p.x < b] for row in rows])
                 for a, b in zip(edges, edges[1:])]
        groups = column_groups(slots)
        for number, (kind, members) in enumerate(groups):
            part = [[p for i in members for p in slots[i].rows[r]] for r in range(len(rows))]
            if number:
                self.fresh = True
            if kind == "table" and len(members) == 2 and is_marker_column(*(slots[i] for i in members)):
                self.plain(part, column)  # "1." or "•" hanging before its text: a list
            elif kind == "table":
                self.table(part, column)
            else:
                self.columns += 1
                self.read(part, self.columns, depth + 1)
        self.fresh = True

    def table(self, rows: list[Row], column: int) -> None:
        """A table's caption as lines, then its rows; its cells are told apart by gaps as narrow
        as a quarter em, where every row keeps apart (a right-aligned figure beside a name)."""
        rows = [row for row in rows if row]
        lead, body = table_lines(rows, lambda part: sorted(s.split for s in strips(part, 0.25)
                                                           if not s.blockers))
        self.plain(lead, column)
        for line in body:
            line.page, line.column, line.column_start = self.page, column, self.fresh
            self.fresh = False
            self.lines.append(line)

    def plain(self, rows: list[Row], column: int) -> None:
        for row in rows:
            text = " ".join(" ".join(p.text.split()) for p in row if p.text.strip())
            if not text:
                continue
            self.lines.append(Line(self.page, row[0].y, max(p.size for p in row), text,
                                   all(p.bold for p in row), self.fresh, column))
            self.fresh = False


def _spanning(found: list[Strip]) -> set[int]:
    """The rows to read on their own, cutting the rest into stretches: those running across a
    strip, unless most of them have text on both sides of another strip (then the strip they
    cross lies inside a column or a table cell, and they are that column's lines). A row that
    runs across one strip and has text on both sides of another (a table's row across a list's
    hanging markers, a footer with its page number) is not cut out for it. Where a strip runs
    clear down the whole page, one crossed by more rows than keep to its sides is a table or a
    list inside one of the columns, found when that column is read."""
    blocked: set[int] = set()
    clear = any(not s.blockers for s in found)
    for strip in found:
        if not strip.blockers or (clear and len(strip.blockers) > strip.kept):
            continue
        beside = _beside(found, strip)
        if len(strip.blockers & beside) * 2 <= len(strip.blockers):
            blocked |= strip.blockers - beside
    return blocked


def _stacked(rows: list[Row], found: list[Strip]) -> int | None:
    """Where one layout stands right on top of another (boxes over a table): a gutter of the
    layout below is crossed by rows that are mostly lines of the layout above (they have text
    on both sides of its gutters). The cut goes below the last of them, past the lines that go
    on in the columns above (a gutter going on across the cut with the text right of it starting
    at the same place), and not where the rows below all keep to one column of the layout above
    (a small table at the end of one column)."""
    for strip in found:
        if not strip.blockers or len(strip.blockers & _beside(found, strip)) * 2 <= len(strip.blockers):
            continue  # crossed by spanning rows (a title), or by nothing: no layout above it
        last = max(strip.blockers)
        below = sorted(i for i in strip.straddlers if i > last)
        if len(below) < 2:
            continue
        for k in range(last + 1, below[0] + 1):
            if not any(_same_start(rows[:k], rows[k:], s.split) for s in found if s is not strip) \
                    and not _inside_column(rows[:k], rows[k:]):
                return k
    return None


def _inside_column(upper: list[Row], lower: list[Row]) -> bool:
    """All rows of `lower` keep to one side of a gutter of `upper`."""
    for gutter in strips(upper):
        if gutter.blockers:
            continue
        if all(max(p.end for p in row) <= gutter.split for row in lower) or \
                all(row[0].x >= gutter.split for row in lower):
            return True
    return False


def _beside(found: list[Strip], strip: Strip) -> set[int]:
    return set().union(*(s.straddlers for s in found if s is not strip))


def _crosses(row: Row, x: float) -> bool:
    return any(run[0].x < x < max(p.end for p in run) for run in segments(row))


def _same_start(upper: list[Row], lower: list[Row], split: float) -> bool:
    """The text right of `split` starts at the same x above and below: one column going on."""
    def start(part: list[Row]) -> float | None:
        xs = [run[0].x for row in part if not _crosses(row, split)
              for run in segments(row) if run[0].x >= split]
        return min(xs) if xs else None

    a, b = start(upper), start(lower)
    return a is not None and b is not None and abs(a - b) <= 2
