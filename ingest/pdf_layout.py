"""A PDF page's text as lines in reading order, each with its size, boldness and column.

A PDF holds positioned runs of glyphs, not lines or paragraphs: a line is the runs at one
height, and a two-column page must be read a column at a time or its sentences interleave.
Font size and boldness are kept because they are all a PDF says about headings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ingest.model import IngestError


@dataclass
class _Piece:
    x: float
    y: float
    size: float
    text: str
    bold: bool
    width: float

    @property
    def end(self) -> float:
        return self.x + self.width


@dataclass
class Line:
    page: int
    y: float
    size: float
    text: str
    bold: bool = False
    column_start: bool = False  # the first line of a column: never joined to the line before
    column: int = 0  # 1 or 2 in a two-column region, 0 for a line across the page


_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,_ ]bd\b|bd$", re.I)


class _FontInfo:
    """Boldness and text widths of the page's fonts (widths from pypdf's font metrics, else an
    estimate of half an em a character)."""

    def __init__(self):
        self.cache: dict[int, tuple[bool, object]] = {}

    def get(self, font_dict) -> tuple[bool, object]:
        key = id(font_dict)
        if key not in self.cache:
            bold, font = False, None
            if font_dict is not None:
                try:
                    name = str(font_dict.get("/BaseFont", ""))
                    descriptor = font_dict.get("/FontDescriptor")
                    if descriptor is None and "/DescendantFonts" in font_dict:
                        descendant = font_dict["/DescendantFonts"][0].get_object()
                        descriptor = descendant.get("/FontDescriptor")
                    weight = flags = 0
                    if descriptor is not None:
                        descriptor = descriptor.get_object()
                        weight = float(descriptor.get("/FontWeight", 0) or 0)
                        flags = int(descriptor.get("/Flags", 0) or 0)
                    bold = bool(_BOLD_FONT.search(name.split("+")[-1])) or weight >= 600 \
                        or bool(flags & (1 << 18))
                except Exception:
                    bold = False
                try:
                    from pypdf.generic._font import Font

                    font = _Widths(Font.from_font_resource(font_dict))
                except Exception:
                    font = None
            self.cache[key] = (bold, font)
        return self.cache[key]

    def width(self, font, text: str, size: float) -> float:
        if font is not None:
            try:
                width = font.width(text) / 1000 * size
                if width > 0:
                    return width
            except Exception:
                pass
        return len(text) * size * 0.5


class _Widths:
    """Widths of a font's characters in thousandths of an em, looked up by the text's characters.

    pypdf keys a font's widths by the character codes in the content stream, which for an
    embedded subset font (fpdf2's, Word's) are glyph numbers, not the letters they show: "a" may
    be code 4 and code "a" another glyph or none. Looking text up directly gives wrong widths
    (mostly the 600 default), so a full column line seemed to run into the next column; the
    font's own code-to-text map turns each character back into its code first."""

    def __init__(self, font):
        self.widths = font.character_widths
        self.default = self.widths.get("default", 500) or 500
        shown = {code: text for code, text in (font.character_map or {}).items()
                 if isinstance(code, str) and isinstance(text, str)}
        self.codes = {text: code for code, text in shown.items() if len(text) == 1}
        self.other = {code for code, text in shown.items() if text != code}  # codes of other letters

    def width(self, text: str) -> float:
        total = 0.0
        for char in text:
            code = self.codes.get(char, None if char in self.other else char)
            total += self.widths.get(code, self.default) if code is not None else self.default
        return total


def page_lines(path: Path, number: int, page) -> list[Line]:
    """Lines of a page in reading order with their height, font size and boldness, from pypdf's
    text visitor. Two columns are read one after the other, not merged line by line."""
    pieces: list[_Piece] = []
    fonts = _FontInfo()

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[3] or 1) * (cm[3] or 1)
        size = abs(font_size * scale)
        bold, font = fonts.get(font_dict)
        clean = text.strip("\n")
        pieces.append(_Piece(x, round(y, 1), size, clean, bold,
                             fonts.width(font, clean, abs(font_size * (tm[0] or 1) * (cm[0] or 1)))))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:
        raise IngestError(path, f"side {number} kan ikke læses ({type(exc).__name__})") from None
    rows: dict[float, list[_Piece]] = {}
    for piece in pieces:
        rows.setdefault(piece.y, []).append(piece)
    ordered = [sorted(rows[y], key=lambda p: p.x) for y in sorted(rows, reverse=True)]
    try:
        box = page.mediabox
        left, width = float(box.left), float(box.width)
    except Exception:
        left, width = 0.0, 0.0
    split = _column_split(ordered, left, width) if width else None
    lines: list[Line] = []
    if split is None:
        for row in ordered:
            _add_line(lines, number, row)
        return lines
    region: list[list[_Piece]] = []

    def flush_region():
        first = True
        for column, side in ((1, lambda p: p.x < split - 1), (2, lambda p: p.x >= split - 1)):
            start = len(lines)
            for row in region:
                _add_line(lines, number, [p for p in row if side(p)], column)
            if len(lines) > start and not first:
                lines[start].column_start = True
            first = False
        region.clear()

    right_starts = [(p.y, p.size) for row in ordered for p in _column_starts(row, split)]
    for row in ordered:
        if _spans(row, split, right_starts):
            flush_region()
            _add_line(lines, number, row)
        else:
            region.append(row)
    flush_region()
    return lines


def _add_line(lines: list[Line], number: int, row: list[_Piece], column: int = 0) -> None:
    if not row:
        return
    text = re.sub(r"\s+", " ", " ".join(p.text.strip("\n") for p in row)).strip()
    if not text:
        return
    spoken = [p for p in row if p.text.strip()]
    lines.append(Line(number, row[0].y, max(p.size for p in row), text,
                       bool(spoken) and all(p.bold for p in spoken), column=column))


def _column_starts(row: list[_Piece], split: float) -> list[_Piece]:
    """The row's pieces that begin a line of the right column: at or past the split and apart
    from the piece before them (not the next word of a line that runs across the page)."""
    return [piece for before, piece in zip([None] + row, row) if piece.x >= split - 1
            and (before is None or before.x < split - 1 and piece.x - before.end >= piece.size * 0.8)]


def _spans(row: list[_Piece], split: float, right_starts: list[tuple[float, float]]) -> bool:
    """Whether a row is one line across both columns (a title, a closing line), which ends the
    two-column region above it, rather than a line of the left column.

    A text's width is only estimated from its font, so running past the split is not enough: the
    line must reach clearly into the right column (or go on there word by word), no line of the
    right column may start on it, and none may sit at its height either, for a line cannot run
    through the other column's text. Taking a left-column line for a spanning one cuts the page
    in two there, and the right column's text above it is then read before the left column's
    text below it."""
    if _column_starts(row, split):
        return False
    size = max(p.size for p in row)
    reaches = any(p.x < split - 1 and p.end > split + 2 * p.size for p in row) or any(
        before.x < split - 1 <= piece.x for before, piece in zip(row, row[1:]))
    if not reaches:
        return False
    y = row[0].y
    return not any(abs(other - y) < 0.8 * max(size, other_size) for other, other_size in right_starts)


def _column_split(rows: list[list[_Piece]], left: float, width: float) -> float | None:
    """The x where a second column starts, if the page has two: many lines start at one x near
    the middle of the page, after a gap, and few lines run across it."""
    if len(rows) < 4:
        return None
    starts: Counter = Counter()
    for row in rows:
        for before, piece in zip([None] + row, row):
            if not left + 0.25 * width <= piece.x <= left + 0.75 * width:
                continue
            if before is not None and piece.x - before.end < piece.size * 0.8:
                continue  # the next word of the same line, not a column's start
            starts[round(piece.x / 2)] += 1
    if not starts:
        return None
    bucket, _ = max(starts.items(), key=lambda kv: kv[1] + starts.get(kv[0] - 1, 0) + starts.get(kv[0] + 1, 0))
    split = min(p.x for row in rows for p in row if abs(p.x / 2 - bucket) <= 1.5)
    at = [i for i, row in enumerate(rows) if any(abs(p.x - split) <= 3 for p in row)]
    crosses = [any(p.x < split - 1 and p.end > split + 1 for p in row) for row in rows]
    if at and sum(crosses) <= 0.15 * len(rows):
        # Hardly a line runs across the page (a title, a closing line): its text is set in
        # columns, though the right one may be only a few lines (the end of a text that flowed
        # over, a signature). The left column must be a long one of text, filling its width,
        # not a table's first column beside its second, and few lines may run across where the
        # right column has text.
        span = range(at[0], at[-1] + 1)
        column_rows = [row for row, across in zip(rows, crosses)
                       if not across and any(p.x < split - 1 for p in row)]
        if len(column_rows) >= max(8, 2 * len(at)) and sum(crosses[i] for i in span) <= 0.3 * len(span):
            left_start = min(p.x for row in column_rows for p in row if p.x < split - 1)
            ends = sorted(max(p.end for p in row if p.x < split - 1) for row in column_rows)
            # Lists, headings and paragraph ends are short lines in a column too: a quarter of
            # its lines reaching most of the way across is enough.
            if (ends[(3 * len(ends)) // 4] - left_start) / max(split - left_start, 1) >= 0.6:
                return split
    at_split, crossing = len(at), sum(crosses)
    if at_split < max(3, 0.2 * len(rows)) or crossing > 0.3 * len(rows):
        return None
    # Text columns are filled to their width; a table's short cells are not (read it row by row).
    left_pieces = [p for row in rows for p in row if p.x < split - 1]
    right_rows = [rows[i] for i in at]
    if not left_pieces:
        return None
    left_start = min(p.x for p in left_pieces)
    left_ends = sorted(max(p.end for p in row if p.x < split - 1) for row in rows
                       if any(p.x < split - 1 for p in row))
    fill = (left_ends[len(left_ends) // 2] - left_start) / max(split - left_start, 1)
    right_ends = sorted(max(p.end for p in row) for row in right_rows)
    right_fill = (right_ends[len(right_ends) // 2] - split) / max(left + width - split, 1)
    if fill < 0.6 or right_fill < 0.45:
        return None
    return split
