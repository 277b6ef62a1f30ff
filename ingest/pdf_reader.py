"""PDF files: pages read with pypdf, their lines grouped into headings and paragraphs.

A PDF has no paragraphs or headings, only lines; the gaps between them and their font sizes
and weights are what a reader goes by, and so does this reader.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from ingest.model import Block, IngestError
from ingest.pdf_layout import Line, page_lines
from ingest.visual_cues import bold_marks_headings, short_title


def pdf_blocks(path: Path, data: bytes) -> list[Block]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "PDF'en er krypteret med adgangskode")
        pages = list(reader.pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"PDF'en er beskadiget og kan ikke læses ({exc})") from None
    except Exception as exc:  # pypdf may raise anything on a mangled file; the reason still helps
        raise IngestError(path, f"PDF'en kan ikke læses ({type(exc).__name__})") from None
    lines: list[Line] = []
    for number, page in enumerate(pages, 1):
        lines.extend(page_lines(path, number, page))
    return _pdf_lines_to_blocks(lines)


def _pdf_lines_to_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into paragraphs by vertical gaps; a larger font than the body marks a heading,
    and so does a short line all in bold where running text is not set in bold. A heading wrapped
    over several lines (a narrow column's) is one heading, its lines joined with a space."""
    if not lines:
        return []
    body = Counter(round(line.size) for line in lines).most_common(1)[0][0]
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y]
    line_gap = sorted(gaps)[len(gaps) // 2] if gaps else body * 1.2
    bold = [line for line in lines if line.bold and not line.table]
    bold_is_rare = bold_marks_headings(len(bold), sum(1 for line in bold if not short_title(line.text)),
                                       sum(1 for line in lines if not line.bold and not line.table), len(lines))
    top = _top_level_size(lines, body)
    blocks: list[Block] = []
    previous: Line | None = None
    previous_heading = False
    for index, line in enumerate(lines):
        text = line.text
        after = lines[index + 1] if index + 1 < len(lines) else None
        if line.table:  # a table row: its cells, as the DOCX and HTML readers give them
            blocks.append(Block(text, line.page, "table_row"))
            previous, previous_heading = line, True  # what follows starts a block of its own
            continue
        large = line.size >= body * 1.15
        if previous_heading and blocks[-1].kind == "heading" and previous is not None \
                and _wraps_heading(previous, line) and (
                large or (bold_is_rare and line.bold and short_title(f"{blocks[-1].text} {text}"))):
            blocks[-1].text += " " + text
            previous = line
            continue
        # a bold line whose sentence goes on, lower case, on the next line is a bold paragraph
        # (a vision set in bold), not a heading over it
        goes_on = after is not None and _wraps_heading(line, after) and after.text[:1].islower()
        bold_heading = bold_is_rare and line.bold and short_title(text) and not goes_on
        heading = large or bold_heading
        new_block = (previous is None or line.page != previous.page or heading or previous_heading
                     or line.column_start or line.y > previous.y
                     or previous.y - line.y > line_gap * 1.4)
        if new_block:
            level = 1 if line.size >= top else 2 if large else None
            blocks.append(Block(text, line.page, "heading" if heading else "paragraph", level))
        else:
            blocks[-1].text += "\n" + text
        previous, previous_heading = line, heading
    return blocks


def _top_level_size(lines: list[Line], body: float) -> float:
    """The smallest size of a top-level heading: half again the body text, and a heading a
    hair smaller than the smallest such (a poster's 15 pt box titles, the 14 pt section headings
    after them) is of the same level, never nested under it."""
    sizes = [line.size for line in lines if not line.table and line.size >= body * 1.5]
    return max(body * 1.15, min(sizes) / 1.1) if sizes else body * 1.5


def _wraps_heading(above: Line, line: Line) -> bool:
    """`line` may go on with the heading line `above`: the same page, column, size and weight,
    one ordinary line below it, and `above` does not end a sentence or lead in to something."""
    return (line.page == above.page and line.column == above.column and not line.column_start
            and abs(line.size - above.size) <= 0.5 and line.bold == above.bold
            and 0 < above.y - line.y <= 1.7 * max(line.size, above.size)  # a large title's leading
            and above.text[-1] not in ".:!?")
