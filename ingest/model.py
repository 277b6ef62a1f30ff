"""Plain data passed between the ingest stages: load → repair → structure → chunk.

Each stage takes one of these and returns the next, so a stage can be tested on its own and a
municipality can swap one (say, a better PDF loader) without touching the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from strategy.schema import PUBLIC, ChunkMeta, Period
from strategy.vocabulary import capitalised

__all__ = ["PUBLIC", "Period", "ChunkMeta", "IngestError", "Block", "DocumentMeta", "LoadedDocument",
           "Maalsaetning", "Pejlemaerke", "Section", "StructuredDocument", "Chunk"]


class IngestError(Exception):
    """A file that cannot be ingested; the message is a short Danish reason for the user."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Block:
    """One paragraph, heading, list item or table row, in reading order, with its page."""

    text: str
    page: int | None = None
    kind: str = "paragraph"  # paragraph | heading | list_item | table_row
    heading_level: int | None = None  # known for DOCX/HTML/Markdown/PDF font sizes, else inferred


@dataclass
class DocumentMeta:
    organisation: str = ""
    title: str = ""
    area: str = ""
    kind: str = ""
    year: int | None = None
    period: Period = field(default_factory=Period)
    url: str = ""
    ocr: bool | None = None  # None: let the repair stage decide from the text
    access: str = PUBLIC  # who may see it: "offentlig", or a restricted set such as "ledelse"


@dataclass
class LoadedDocument:
    source: str  # path as given (relative where possible); the document's identity in the store
    file_hash: str
    blocks: list[Block]
    meta: DocumentMeta
    format: str = ""


@dataclass
class Maalsaetning:
    number: str  # "2.3"
    text: str
    page: int | None = None


@dataclass
class Pejlemaerke:
    """A strategy's numbered top-level item, whatever the document calls it (see vocabulary.txt):
    a pejlemærke, tema, fokusområde, spor … `number` is its place (spor B is 2), `code` as written."""

    number: int
    title: str
    motto: str = ""
    maalsaetninger: list[Maalsaetning] = field(default_factory=list)
    label: str = "pejlemærke"
    code: str = ""

    def __post_init__(self):
        self.code = self.code or str(self.number)

    @property
    def heading(self) -> str:
        """ "Tema 3", "Spor B": how the document itself names the item."""
        return f"{capitalised(self.label)} {self.code}"


@dataclass
class Section:
    path: tuple[str, ...]
    blocks: list[Block]
    pejlemaerke: int | None = None
    kind: str = "text"  # text | maalsaetninger | noegleord | principper | indsatser | om

    @property
    def page(self) -> int | None:
        return next((b.page for b in self.blocks if b.page is not None), None)


@dataclass
class StructuredDocument:
    document: LoadedDocument
    sections: list[Section]
    pejlemaerker: list[Pejlemaerke] = field(default_factory=list)
    repaired_words: int = 0


@dataclass
class Chunk:
    id: str
    text: str
    meta: ChunkMeta
