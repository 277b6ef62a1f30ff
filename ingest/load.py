"""Load a file into blocks in reading order, keeping page numbers where the format has them.

Every failure becomes an `IngestError` with a Danish reason, so the CLI can name the file, go on
with the others and leave the store as it was.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from ingest.metadata import read_meta
from ingest.model import Block, IngestError, LoadedDocument

SUPPORTED = {".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".html", ".htm"}


def load(path: Path, source: str | None = None, data: bytes | None = None) -> LoadedDocument:
    """Read `path` (or `data`, already read) and return its blocks and metadata."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(path, f"ukendt format '{suffix or path.name}' (understøttet: "
                                f"{', '.join(sorted(SUPPORTED))})")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(path, f"kan ikke læses ({exc.strerror or exc})") from None
    if not data.strip():
        raise IngestError(path, "filen er tom")
    reader = {".pdf": _pdf_blocks, ".docx": _docx_blocks, ".html": _html_blocks,
              ".htm": _html_blocks, ".md": _markdown_blocks, ".markdown": _markdown_blocks}
    blocks = reader.get(suffix, _text_blocks)(path, data)
    if not any(b.text.strip() for b in blocks):
        raise IngestError(path, "ingen tekst fundet (er det en scannet PDF uden tekstlag?)")
    return LoadedDocument(source=source or str(path), file_hash=hashlib.sha256(data).hexdigest(),
                          blocks=blocks, meta=read_meta(path), format=suffix.lstrip("."))


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(path, "indeholder binære data og ligner ikke en tekstfil")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def paragraphs_to_blocks(text: str, page: int | None = None) -> list[Block]:
    """Blank lines separate paragraphs; line breaks inside one are kept for the structure stage."""
    blocks = []
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        if para.strip():
            blocks.append(Block(text=para.strip("\n"), page=page))
    return blocks


def _text_blocks(path: Path, data: bytes) -> list[Block]:
    text = _decode(path, data)
    pages = text.split("\f")
    if len(pages) == 1:
        return paragraphs_to_blocks(text)
    return [b for n, page in enumerate(pages, 1) for b in paragraphs_to_blocks(page, n)]


def _html_blocks(path: Path, data: bytes) -> list[Block]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(path, data), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    blocks = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre"]):
        if el.name in ("p", "li") and el.find_parent(["li", "tr"]) is not None:
            continue  # counted with its list item or table row
        if el.name == "tr":
            cells = [c.get_text(" ", strip=True) for c in el.find_all(["td", "th"])]
            text, kind, level = "\t".join(c for c in cells if c), "table_row", None
        elif el.name.startswith("h"):
            text, kind, level = el.get_text(" ", strip=True), "heading", int(el.name[1])
        else:
            text, kind, level = el.get_text(" ", strip=True), \
                ("list_item" if el.name == "li" else "paragraph"), None
        if text:
            blocks.append(Block(text=text, kind=kind, heading_level=level))
    return blocks


def _markdown_blocks(path: Path, data: bytes) -> list[Block]:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(_decode(path, data))
    return _html_blocks(path, html.encode("utf-8"))


_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.I)


def _docx_blocks(path: Path, data: bytes) -> list[Block]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(path, "ikke et gyldigt Word-dokument (.docx er en ZIP-fil; denne er ikke)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise IngestError(path, "en ZIP-fil, men ikke et Word-dokument (word/document.xml mangler)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise IngestError(path, f"Word-dokumentet er beskadiget ({type(exc).__name__})") from None
    blocks: list[Block] = []
    page = 1
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            xml = item._p.xml
            if "<w:pageBreakBefore" in xml and blocks:
                page += 1
            text = item.text.strip()
            style = (item.style.name if item.style is not None else "") or ""
            match = _HEADING_STYLE.match(style)
            if text:
                if match or style.lower() == "title":
                    blocks.append(Block(text, page, "heading", int(match.group(1)) if match else 1))
                elif "list" in style.lower():
                    blocks.append(Block(text, page, "list_item"))
                else:
                    blocks.append(Block(text, page))
            page += xml.count('w:type="page"')
        elif isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    value = cell.text.strip()
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    blocks.append(Block("\t".join(cells), page, "table_row"))
    return blocks


def _pdf_blocks(path: Path, data: bytes) -> list[Block]:
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
    lines: list[tuple[int, float, float, str]] = []  # page, y, font size, text
    for number, page in enumerate(pages, 1):
        lines.extend(_pdf_lines(path, number, page))
    return _pdf_lines_to_blocks(lines)


def _pdf_lines(path: Path, number: int, page) -> list[tuple[int, float, float, str]]:
    """Lines of a page with their height on the page and font size, from pypdf's text visitor."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            scale = (tm[3] or 1) * (cm[3] or 1)
            pieces.append((round(tm[5] * (cm[3] or 1) + cm[5], 1), abs(font_size * scale), text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:
        raise IngestError(path, f"side {number} kan ikke læses ({type(exc).__name__})") from None
    merged: dict[float, list[tuple[float, str]]] = {}
    for y, size, text in pieces:
        merged.setdefault(y, []).append((size, text))
    lines = []
    for y in sorted(merged, reverse=True):
        parts = merged[y]
        text = " ".join(t.strip("\n") for _, t in parts).strip()
        text = re.sub(r"\s+", " ", text)
        if text:
            lines.append((number, y, max(s for s, _ in parts), text))
    return lines


def _pdf_lines_to_blocks(lines: list[tuple[int, float, float, str]]) -> list[Block]:
    """Group lines into paragraphs by vertical gaps; a larger font than the body marks a heading."""
    if not lines:
        return []
    body = Counter(round(size) for _, _, size, _ in lines).most_common(1)[0][0]
    gaps = [a[1] - b[1] for a, b in zip(lines, lines[1:]) if a[0] == b[0] and a[1] > b[1]]
    line_gap = sorted(gaps)[len(gaps) // 2] if gaps else body * 1.2
    blocks: list[Block] = []
    previous = None
    for page, y, size, text in lines:
        heading = size >= body * 1.15
        new_block = (previous is None or page != previous[0] or heading or previous[2]
                     or previous[1] - y > line_gap * 1.4)
        if new_block:
            blocks.append(Block(text, page, "heading" if heading else "paragraph",
                                1 if size >= body * 1.5 else 2 if heading else None))
        else:
            blocks[-1].text += "\n" + text
        previous = (page, y, heading)
    return blocks
