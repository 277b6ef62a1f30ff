"""Plain text, and the decoding the HTML and Markdown readers share with it.

A text file says nothing of its encoding or structure: Windows exports still arrive in cp1252,
and whether a line break ends a paragraph depends on how the file was written.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import Block, IngestError


def decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(path, "indeholder binære data og ligner ikke en tekstfil")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def paragraphs_to_blocks(text: str, page: int | None = None) -> list[Block]:
    """Blank lines separate paragraphs; line breaks inside one are kept for the structure stage.

    A text without blank lines that writes one paragraph per line (lines far longer than a
    hard-wrapped text's) is read a block per line, not as one block of the whole file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = re.split(r"\n[ \t]*\n", text)
    if len(paragraphs) == 1 and _one_paragraph_per_line(text):
        paragraphs = text.split("\n")
    return [Block(text=para.strip("\n"), page=page) for para in paragraphs if para.strip()]


def _one_paragraph_per_line(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    # a hard-wrapped text keeps every line under ~110 characters; an export that writes a
    # paragraph a line has many far longer, between its short headings
    return len(lines) > 1 and sum(len(ln) > 120 for ln in lines) >= max(2, 0.15 * len(lines))


def text_blocks(path: Path, data: bytes) -> list[Block]:
    text = decode(path, data)
    pages = text.split("\f")
    if len(pages) == 1:
        return paragraphs_to_blocks(text)
    return [b for n, page in enumerate(pages, 1) for b in paragraphs_to_blocks(page, n)]
