"""Load a file into blocks in reading order, keeping page numbers where the format has them.

Every failure becomes an `IngestError` with a Danish reason, so the CLI can name the file, go on
with the others and leave the store as it was. Each format has its own reader module; this one
only chooses among them, so the rest of ingest depends on `load` and not on how a format is read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.docx_reader import docx_blocks
from ingest.html_reader import html_blocks, markdown_blocks
from ingest.metadata import read_meta
from ingest.model import Block, IngestError, LoadedDocument
from ingest.pdf_reader import pdf_blocks
from ingest.text_reader import paragraphs_to_blocks, text_blocks

__all__ = ["SUPPORTED", "Block", "IngestError", "LoadedDocument", "load", "paragraphs_to_blocks"]

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
    reader = {".pdf": pdf_blocks, ".docx": docx_blocks, ".html": html_blocks,
              ".htm": html_blocks, ".md": markdown_blocks, ".markdown": markdown_blocks}
    blocks = reader.get(suffix, text_blocks)(path, data)
    if not any(b.text.strip() for b in blocks):
        raise IngestError(path, "ingen tekst fundet (er det en scannet PDF uden tekstlag?)")
    return LoadedDocument(source=source or str(path), file_hash=hashlib.sha256(data).hexdigest(),
                          blocks=blocks, meta=read_meta(path), format=suffix.lstrip("."))
