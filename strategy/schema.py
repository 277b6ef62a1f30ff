"""A chunk's metadata as one typed value, and the only place its store keys are spelled.

Ingest builds a `ChunkMeta` for every chunk and writes `to_store()`; retrieval reads the store's
flat dict back with `from_store()`, and the answerer reads attributes (`chunk_meta(doc).section`)
instead of string keys, so a misspelt key is a type error rather than a silent default. The store
format itself (flat keys, scalars only, 0 for unknown) is Chroma's limit, kept unchanged here so
an existing store needs no re-ingest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from strategy.vocabulary import capitalised

PUBLIC = "offentlig"  # the access group every surface sees
SEPARATOR = " › "  # between the headings of a section path, as the chunk header writes it


@dataclass(frozen=True)
class Period:
    start: int | None = None
    end: int | None = None

    def label(self) -> str:
        """"2023–2027", "2020", or "" when unknown (0 in the store also means unknown)."""
        if not self.start:
            return ""
        if not self.end or self.end == self.start:
            return str(self.start)
        return f"{self.start}–{self.end}"


@dataclass(frozen=True)
class Item:
    """The strategy's numbered item a chunk belongs to: pejlemærke 2, tema B, indsatsområde IV."""

    number: int  # its place: spor B is 2
    title: str = ""
    label: str = ""  # as the document calls its items ("tema"); "" when not known
    code: str = ""  # as written ("B", "IV"); "" when not known
    goals: tuple[str, ...] = ()  # the numbers of all the item's goals ("2.1", "2.2")

    @property
    def name(self) -> str:
        """ "Tema 3", "Spor B", "Pejlemærke 2": the item as its own document names it."""
        return item_name(self, self.number)


def item_name(item: Item | None, number: int) -> str:
    """The item's name; "Pejlemærke 3" for a number whose document is not at hand."""
    label = (item.label if item else "") or "pejlemærke"
    return f"{capitalised(label)} {(item.code if item else '') or number}"


@dataclass(frozen=True)
class ChunkMeta:
    """Where a chunk comes from (organisation, document, section, page) and what it holds."""

    organisation: str = ""
    title: str = ""
    area: str = ""
    kind: str = ""  # the document's kind: strategi, virksomhedsplan, handleplan, politik …
    year: int | None = None
    period: Period = field(default_factory=Period)
    url: str = ""
    access: str = PUBLIC
    source: str = ""  # the document's identity in the store: its path as ingested
    doc_hash: str = ""
    ingest_version: str = ""
    section_path: tuple[str, ...] = ()
    section_kind: str = "text"  # text | maalsaetninger | noegleord | principper | indsatser | om
    page: int | None = None
    body_start: int = 0  # where the text after the chunk's header starts
    chunk_index: int = 0  # its place in the document
    content_hash: str = ""
    item: Item | None = None
    goal_lines: tuple[tuple[str, str], ...] = ()  # (number, line as written) of the item's goals here
    goal_numbers: tuple[str, ...] = ()  # every goal number written in the chunk ("2.3")
    maal: int | None = None  # a virksomhedsplan's numbered "MÅL 1: …" heading the chunk is under
    maal_title: str = ""
    ingested_at: float = 0.0  # when the document was written; a reader keeps the newest
    id: str = ""  # the chunk's id in the store (known once read back)

    @property
    def section(self) -> str:
        """The section path as one line: "Pejlemærke 2: … › Målsætninger"."""
        return SEPARATOR.join(self.section_path)

    @property
    def segment(self) -> str:
        """The innermost heading of the section path ("" for none)."""
        return self.section_path[-1] if self.section_path else ""

    @property
    def depth(self) -> int:
        """How far below the document's top level the section is (0: a top-level heading)."""
        return self.section.count("›")

    def number(self, key: str) -> int | None:
        """The chunk's number under `key`: "pejlemaerke" (its item) or "maal" (its MÅL heading)."""
        if key == "pejlemaerke":
            return self.item.number if self.item else None
        return self.maal if key == "maal" else None

    def to_store(self) -> dict[str, str | int | float]:
        """Flat scalars, as Chroma stores metadata; keys a chunk does not have are left out."""
        out: dict[str, str | int | float] = {
            "organisation": self.organisation, "title": self.title, "area": self.area,
            "doc_kind": self.kind, "year": self.year or 0,
            "period_start": self.period.start or 0, "period_end": self.period.end or 0,
            "url": self.url, "access": self.access, "source": self.source, "doc_hash": self.doc_hash,
            "ingest_version": self.ingest_version, "section": self.section, "section_kind": self.section_kind,
            "page": self.page or 0, "body_start": self.body_start, "chunk_index": self.chunk_index,
            "content_hash": self.content_hash,
        }
        if self.item is not None:
            out["pejlemaerke"] = self.item.number
            out["pejlemaerke_title"] = self.item.title
            out["pejlemaerke_maalsaetninger"] = ",".join(self.item.goals)
            if self.item.label:
                out["pejlemaerke_label"] = self.item.label
            if self.item.code:
                out["pejlemaerke_code"] = self.item.code
            if self.goal_lines:
                out["goals"] = json.dumps([list(pair) for pair in self.goal_lines], ensure_ascii=False)
        if self.goal_numbers:
            out["maalsaetninger"] = ",".join(self.goal_numbers)
        if self.maal is not None:
            out["maal"], out["maal_title"] = self.maal, self.maal_title
        if self.ingested_at:
            out["ingested_at"] = self.ingested_at
        return out

    @classmethod
    def from_store(cls, stored: Mapping[str, Any]) -> ChunkMeta:
        """The metadata of a stored chunk (with its "id" when the reader added it). Missing keys
        take the defaults, so a store written by older code, or a test's few keys, still reads."""
        get = stored.get
        item = None
        if get("pejlemaerke"):
            item = Item(int(stored["pejlemaerke"]), get("pejlemaerke_title") or "", get("pejlemaerke_label") or "",
                        get("pejlemaerke_code") or "", _split(get("pejlemaerke_maalsaetninger")))
        raw_goals = get("goals")
        section = get("section") or ""
        return cls(
            organisation=get("organisation") or "", title=get("title") or "", area=get("area") or "",
            kind=get("doc_kind") or "", year=get("year") or None,
            period=Period(get("period_start") or None, get("period_end") or None),
            url=get("url") or "", access=get("access", PUBLIC), source=get("source") or "",
            doc_hash=get("doc_hash") or "", ingest_version=get("ingest_version") or "",
            section_path=tuple(section.split(SEPARATOR)) if section else (),
            section_kind=get("section_kind") or "text", page=get("page") or None,
            body_start=get("body_start") or 0, chunk_index=get("chunk_index") or 0,
            content_hash=get("content_hash") or "", item=item,
            goal_lines=tuple((str(n), str(line)) for n, line in json.loads(raw_goals)) if raw_goals else (),
            goal_numbers=_split(get("maalsaetninger")),
            maal=get("maal") or None, maal_title=get("maal_title") or "",
            ingested_at=get("ingested_at") or 0.0, id=get("id") or "")


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(part for part in (joined or "").split(",") if part)


class HasMetadata(Protocol):
    metadata: dict[str, Any]


_CACHE_KEY = "_chunk_meta"  # not a store key: the parsed value, kept beside the dict it came from


def chunk_meta(doc: HasMetadata) -> ChunkMeta:
    """A retrieved document's metadata, typed. LangChain's `Document.metadata` stays the dict
    LangChain defines; the parsed value is kept in it, so each chunk is parsed once however often
    the answer reads it, and a hit copied from the catalog's document carries it along. (So the
    dict is not to be changed once read; nothing does, but the retriever's scores.)"""
    cached = doc.metadata.get(_CACHE_KEY)
    if cached is None:
        cached = doc.metadata[_CACHE_KEY] = ChunkMeta.from_store(doc.metadata)
    return cached


def store_fields(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata as the store has it: without the reader's id and parsed value."""
    return {k: v for k, v in metadata.items() if k not in ("id", _CACHE_KEY)}
