"""Ingest files into the store: load → repair → structure → chunk → embed → write.

Unchanged files are recognised by their hash before they are parsed, so a re-ingest of the same
corpus costs almost nothing. A changed file's new chunks are written before its old ones are
deleted, so a reader never finds the document missing.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.chunk import INGEST_VERSION, chunk_document
from ingest.coverage import Coverage, measure
from ingest.load import SUPPORTED, load
from ingest.metadata import complete_meta, sidecar_path
from ingest.model import Chunk, IngestError, StructuredDocument
from ingest.repair import repair_blocks
from ingest.structure import structure
from strategy.store import DocumentManifest, StoredDocument, stored_documents

EMBED_BATCH = 16


@dataclass
class DocumentReport:
    """What one document became: a user checks here that nothing was lost on the way."""

    source: str
    sections: int
    chunks: int
    coverage: Coverage


@dataclass
class Skipped:
    path: str
    reason: str  # Danish, for the user


@dataclass
class IngestReport:
    documents: list[DocumentReport] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # left out on purpose, each named
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0


def discover(paths: list[Path], skipped: list[Skipped] | None = None) -> tuple[list[Path], list[IngestError]]:
    """Files to ingest: the paths given, and supported files below any directory given. What a
    folder holds and is left out (hidden files, other formats, links out of the folder) is named
    in `skipped`, so a user can see that a spreadsheet of goals was not read."""
    files, errors = [], []
    skipped = skipped if skipped is not None else []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            for found in sorted(path.rglob("*")):
                name = found.name
                if not found.is_file() or ".meta." in name or name.startswith("README") \
                        or any(part.startswith(".") for part in found.relative_to(path).parts[:-1]):
                    continue
                if name.startswith("."):
                    skipped.append(Skipped(str(found), "skjult fil"))
                elif found.is_symlink() and not found.resolve().is_relative_to(root):
                    skipped.append(Skipped(str(found), "genvej til en fil uden for mappen"))
                elif found.suffix.lower() not in SUPPORTED:
                    skipped.append(Skipped(str(found), f"formatet '{found.suffix.lower() or name}' "
                                                       "læses ikke"))
                else:
                    files.append(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(IngestError(path, "findes ikke"))
    return files, errors


def source_name(path: Path) -> str:
    """The path as the store knows it: relative to the working directory where it can be."""
    try:
        return os.path.relpath(path.resolve(), Path.cwd())
    except ValueError:
        return str(path.resolve())


def prepare(path: Path, source: str, data: bytes, organisation: str | None) -> tuple[list[Chunk], DocumentReport]:
    document = load(path, source=source, data=data)
    blocks, repaired = repair_blocks(document.blocks, force=document.meta.ocr)
    sections, pejlemaerker, first_heading = structure(blocks)
    if not sections:
        raise IngestError(path, "ingen tekstafsnit fundet")
    text = "\n".join(b.text for s in sections for b in s.blocks)
    complete_meta(document.meta, text, path.name, first_heading, organisation)
    if not document.meta.organisation:
        raise IngestError(path, "organisationen kan ikke ses af teksten; angiv --organisation "
                                "eller en metadatafil")
    chunks = chunk_document(StructuredDocument(document, sections, pejlemaerker, repaired))
    return chunks, DocumentReport(source, len(sections), len(chunks), measure(blocks, chunks))


class Ingestor:
    def __init__(self, vectorstore, embeddings, organisation: str | None = None, manifest=None,
                 access_groups: frozenset[str] | None = None):
        self.vectorstore = vectorstore
        self.embeddings = embeddings
        self.organisation = organisation
        self.manifest = manifest or DocumentManifest.of(vectorstore)
        self.access_groups = access_groups  # the groups access values must name (None: any)

    def run(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """One file at a time (load, embed, write), so an interrupted ingest keeps what it finished
        and memory stays that of one document; one progress bar over the bytes of all files."""
        from tqdm import tqdm

        started = time.perf_counter()
        report = IngestReport()
        files, report.failed = discover(paths, report.skipped)
        existing = stored_documents(self.vectorstore)
        sizes = {path: path.stat().st_size for path in files if path.exists()}
        before = getattr(self.embeddings, "computed", 0)
        with tqdm(total=sum(sizes.values()), desc="Indlæser", unit="B", unit_scale=True,
                  disable=not progress, bar_format="{desc} {percentage:3.0f}% |{bar}| "
                                                   "{elapsed}, ca. {remaining} tilbage") as bar:
            for number, path in enumerate(files, start=1):
                bar.set_description_str(f"Indlæser fil {number}/{len(files)}", refresh=False)
                size = sizes.get(path, 0)
                # A big file is mostly embedding (2 MB of text is ~2,800 chunks): the bar moves with
                # each batch, so a long wait shows its progress and time left instead of a stall.
                moved = self._ingest_file(path, existing, report,
                                          lambda share, size=size: bar.update(size * share))
                bar.update(size * (1 - moved))
        report.embedded = getattr(self.embeddings, "computed", 0) - before
        if prune:
            for source, entry in existing.items():
                if not Path(source).exists():
                    self.vectorstore.delete(ids=entry.ids)
                    self.manifest.forget(source)
                    report.pruned.append(source)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_file(self, path: Path, existing: dict[str, StoredDocument], report: IngestReport,
                     advance=lambda share: None) -> float:
        """Ingest one file; `advance(share)` is told as each share of its embedding is done.
        Returns the share reported that way, so the caller can account for the rest."""
        import hashlib

        source = source_name(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.failed.append(IngestError(path, f"kan ikke læses ({exc.strerror})"))
            return 0.0
        # the metadata file and the organisation given are part of what was ingested: a document
        # whose access or organisation changed is ingested again though its own bytes did not
        side = sidecar_path(path)
        try:
            meta = side.read_bytes() if side.exists() else b""
        except OSError:
            meta = b""  # read_meta says what is wrong with it
        if self.access_groups:
            from ingest.metadata import check_access, read_meta

            try:
                check_access(path, read_meta(path), self.access_groups)
            except IngestError as exc:
                report.failed.append(exc)
                return 0.0
        doc_hash = hashlib.sha256(data + b"\0" + meta + b"\0" + (self.organisation or "").encode()).hexdigest()
        known = existing.get(source)
        if known and known.doc_hash == doc_hash and known.ingest_version == INGEST_VERSION:
            report.unchanged.append(source)
            return 0.0
        try:
            chunks, document = prepare(path, source, data, self.organisation)
        except IngestError as exc:
            report.failed.append(exc)
            return 0.0
        moved = 0.9  # embedding is nearly all of a file's time; writing is the rest
        for start in range(0, len(chunks), EMBED_BATCH):  # batches the model likes; writing hits the cache
            batch = chunks[start:start + EMBED_BATCH]
            self.embeddings.embed_documents([c.text for c in batch])
            advance(moved * len(batch) / len(chunks))
        written = time.time()  # readers keep a document's newest version (see Catalog)
        self.vectorstore.add_texts([c.text for c in chunks],
                                   [replace(c.meta, ingested_at=written, doc_hash=doc_hash).to_store() for c in chunks],
                                   ids=[c.id for c in chunks])
        new_ids = {c.id for c in chunks}
        old = [i for i in (known.ids if known else []) if i not in new_ids]
        if old:
            self.vectorstore.delete(ids=old)
        self.manifest.record(source, doc_hash, INGEST_VERSION, written, len(chunks))
        (report.replaced if known else report.added).append(source)
        report.documents.append(document)
        report.chunks += len(chunks)
        return moved
