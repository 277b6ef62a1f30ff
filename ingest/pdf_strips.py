"""White strips down a stretch of a PDF page's rows: the gutters between columns, boxes and
table cells, and the rows that run across them.

A gutter is found where rows keep text on both sides of an x-range that few rows cover; which
of them is a page's layout and which lies inside one column is pdf_regions's decision. Widths
come from the fonts (pdf_layout), so a line ends where it is drawn; where a line pokes a little
into a gutter, the gutter's clearest part is taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.pdf_layout import Piece

Row = list[Piece]  # the pieces at one height, left to right


def segments(row: Row, gap: float = 0.8) -> list[list[Piece]]:
    """A row's runs of text: pieces less than `gap` ems apart are words of one line; a wider
    gap separates a column's line from the next column's, or one cell from the next."""
    runs: list[list[Piece]] = []
    for piece in row:
        if runs and piece.x - max(p.end for p in runs[-1]) < gap * max(piece.size, runs[-1][-1].size):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return runs


@dataclass
class Strip:
    """A vertical white strip: `split` lies in its clearest part, `blockers` are the rows running
    across there, `straddlers` the rows with text on both sides of it."""
    split: float
    blockers: frozenset[int]
    straddlers: frozenset[int]
    kept: int  # rows in the stretches beside it with text on both sides


def strips(rows: list[Row], gap: float = 0.8) -> list[Strip]:
    """The white strips with text on both sides (_both_sides). A row runs across a strip where
    one of its runs of text covers it; the rows that keep to its sides must not be cut one by
    one by the rows that run across (that is a table or list inside one column, not a gutter).
    Where lines poke a little into a strip, its clearest part counts."""
    spans = [[(run[0].x, max(p.end for p in run)) for run in segments(row, gap)] for row in rows]
    sizes = sorted(p.size for row in rows for p in row)
    size = sizes[len(sizes) // 2]
    words = {i for i, row in enumerate(rows) if _word_spaced(row, gap)}
    bounds = sorted({x for row in spans for span in row for x in span})
    cuts: list[_Cut | None] = []
    for low, high in zip(bounds, bounds[1:]):
        x = (low + high) / 2
        across = frozenset(i for i, row in enumerate(spans) if any(a < x < b for a, b in row))
        beside = [row for i, row in enumerate(spans) if i not in across]
        left = sum(1 for row in beside if any(b <= x for _, b in row))
        right = sum(1 for row in beside if any(a >= x for a, _ in row))
        cuts.append((low, high, across) if _both_sides(left, right, not across) else None)
    found: list[Strip] = []
    run: list[_Cut] = []
    for cut in cuts + [None]:
        if cut is not None:
            run.append(cut)
            continue
        for low, high, clearest in _one_gutter(_clearest(_plateaus(run, gap * size / 2)), spans):
            split = (low + high) / 2
            # Justified lines set word by word whose word spaces line up for a few lines are no
            # table among the lines crossing there: they keep to no side of a crossed strip.
            apart = [i for i in range(len(rows)) if i not in clearest and not (clearest and i in words)]
            lefts = {i for i in apart if any(b <= split for _, b in spans[i])}
            rights = {i for i in apart if any(a >= split for a, _ in spans[i])}
            kept = _kept_apart(clearest, lefts, rights, len(rows))
            if kept:
                found.append(Strip(split, clearest, frozenset(lefts & rights), kept))
        run = []
    return found


def _both_sides(left: int, right: int, clear: bool) -> bool:
    """Text on both sides of a strip: two rows each or, where no row runs across it, one row
    beside four or more (the last line of a text that flowed over to the top of the next column,
    a label beside a column; not a page number by the ragged ends of a column's lines)."""
    return min(left, right) >= 2 or (clear and min(left, right) >= 1 and max(left, right) >= 4)


_Cut = tuple[float, float, frozenset[int]]  # an x-range of white, and the rows crossing it


def _plateaus(run: list[_Cut], width: float) -> list[_Cut]:
    """The run's stretches crossed by the same rows, those at least `width` wide; narrower ones
    are where a line ends just short of a gutter."""
    out: list[_Cut] = []
    for low, high, across in run:
        if out and out[-1][2] == across and out[-1][1] == low:
            out[-1] = (out[-1][0], high, across)
        else:
            out.append((low, high, across))
    return [cut for cut in out if cut[1] - cut[0] >= width]


def _word_spaced(row: Row, gap: float) -> bool:
    """A line set word by word and justified wide: two or more gaps between its pieces as wide
    as between columns, all of one width (its word spaces)."""
    size = max(p.size for p in row)
    wide = [b.x - a.end for a, b in zip(row, row[1:]) if b.x - a.end >= gap * size]
    return len(wide) >= 2 and max(wide) <= 1.35 * min(wide)


def _clearest(run: list[_Cut]) -> list[_Cut]:
    """The clearest stretches of a run of white: where fewer rows cross than on either side
    (two gutters with a column between them, if the column's lines vary in length, make one
    run with two clearest stretches). Each as its widest part, with the rows crossing there."""
    out = []
    counts = [len(c[2]) for c in run]
    i = 0
    while i < len(run):
        j = i
        while j + 1 < len(run) and counts[j + 1] == counts[i]:
            j += 1
        if (i == 0 or counts[i - 1] > counts[i]) and (j + 1 == len(run) or counts[j + 1] > counts[i]):
            out.append(max(run[i:j + 1], key=lambda c: c[1] - c[0]))
        i = j + 1
    return out


def _one_gutter(parts: list[_Cut], spans: list[list[tuple[float, float]]]) -> list[_Cut]:
    """Clearest stretches with no text between them are one gutter a line pokes into: the rows
    running across it are those crossing all of them, and its clearest part the widest."""
    out: list[_Cut] = []
    for part in parts:
        if out and not any(out[-1][1] <= a and b <= part[0] for row in spans for a, b in row):
            wider = max(out[-1], part, key=lambda c: c[1] - c[0])
            out[-1] = (wider[0], wider[1], out[-1][2] & part[2])
        else:
            out.append(part)
    return out


def _kept_apart(across: frozenset[int], left: set[int], right: set[int], count: int) -> int:
    """The rows that run across a strip cut the others into stretches, which must stand on their
    own: text on both sides in two rows or more (a table between paragraphs, columns under a
    title), or on one side only (a short line of a paragraph). Lines of uneven length in one
    column cut the rows beside them into scraps instead, a row or two with text either side.
    Returns the rows of the stretches that stand, 0 where the strip is no gutter."""
    scraps = kept = 0
    stretch: list[int] = []
    for i in range(count + 1):
        if i < count and i not in across:
            stretch.append(i)
            continue
        on_left, on_right = len(left.intersection(stretch)), len(right.intersection(stretch))
        if _both_sides(on_left, on_right, not across):
            kept += len(stretch)
        elif on_left and on_right:
            scraps += len(stretch)
        stretch = []
    if across and kept < 3:
        return 0  # two lines whose word spaces happen to line up, not a table among paragraphs
    return kept if scraps * 4 <= kept + scraps else 0
