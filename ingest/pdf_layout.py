"""A PDF page's text as lines in reading order, each with its size, boldness and column.

A PDF holds positioned runs of glyphs, not lines or paragraphs: a line is the runs at one
height, and columns, boxes side by side and tables must be told apart (pdf_regions, pdf_table)
or their sentences interleave. Font size and boldness are kept because they are all a PDF
says about headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.model import IngestError


@dataclass
class Piece:
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
    column: int = 0  # which column or box of the page the line is in; 0 for a line across it
    table: bool = False  # a table row: its cells are joined by tabs


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
                    weight, flags = 0.0, 0
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
    text visitor. Columns and boxes are read one after the other, tables row by row."""
    from ingest.pdf_regions import Reader  # it builds on this module's Piece and Line

    pieces: list[Piece] = []
    fonts = _FontInfo()

    def visit(text, cm, tm, font_dict, font_size):
        # pypdf puts the space it infers before a run into the run's text; the run's position is
        # its first glyph's, so the space is dropped and not counted in its width
        clean = " ".join(text.split())
        if not clean:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[3] or 1) * (cm[3] or 1)
        size = abs(font_size * scale)
        bold, font = fonts.get(font_dict)
        width = fonts.width(font, text.strip(), abs(font_size * (tm[0] or 1) * (cm[0] or 1)))
        pieces.append(Piece(x, round(y, 1), size, clean, bold, width))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:
        raise IngestError(path, f"side {number} kan ikke læses ({type(exc).__name__})") from None
    rows: dict[float, list[Piece]] = {}
    for piece in pieces:
        rows.setdefault(piece.y, []).append(piece)
    reader = Reader(number)
    reader.read([sorted(rows[y], key=lambda p: p.x) for y in sorted(rows, reverse=True)])
    return reader.lines
