"""What a rendered page shows a reader, shared by the readers of every format.

A Word list, an HTML <ol> and a PDF show the same numbers and the same bold short titles; reading
them with one set of rules keeps a document's structure the same whichever format it came in.
"""

from __future__ import annotations

import re

BULLET_MARKER = "–"
TERMINAL = ".!?;,:"  # a line ending so is a sentence or a lead-in, not a heading


def short_title(text: str) -> bool:
    """Shaped like a title: a few words, not a sentence or a lead-in, starting as a title does."""
    return (len(text.split()) <= 12 and len(text) <= 120 and text[-1] not in TERMINAL
            and not text[0].islower() and re.search(r"[^\W\d_]{2}", text) is not None)


def bold_marks_headings(bold: int, bold_sentences: int, plain: int, total: int) -> bool:
    """Whether short bold lines are headings: bold is an exception (few bold lines among all), or
    (a slide, a brochure, a short document with many titles) hardly any running text is bold."""
    return bold <= max(3, total // 3) or bold_sentences * 4 < plain


def _alpha(n: int, upper: bool) -> str:
    letter = chr(ord("A" if upper else "a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int, upper: bool) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out.upper() if upper else out


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        return _alpha(max(n, 1), fmt == "upperLetter")
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(max(n, 1), fmt == "upperRoman")
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
