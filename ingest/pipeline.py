"""Ingest files into the store: load → repair → structure → chunk → embed → write.

Unchanged files are recognised by their hash before they are parsed, so a re-ingest of the same
corpus costs almost nothing. A changed file's new chunks are written before its old ones are
deleted, so a reader never finds the document missing.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunk import INGEST_VERSION, chunk_document
from ingest.load import SUPPORTED, load
from ingest.metadata import complete_meta
from ingest.model import Chunk, IngestError, StructuredDocument
from ingest.repair import repair_blocks
from ingest.structure import structure
from retrieval.store import DocumentManifest, stored_documents

EMBED_BATCH = 16


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0


def discover(paths: list[Path]) -> tuple[list[Path], list[IngestError]]:
    """Files to ingest: the paths given, and supported files below any directory given."""
    files, errors = [], []
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                name = found.name
                if (found.is_file() and found.suffix.lower() in SUPPORTED
                        and not name.startswith((".", "README")) and ".meta." not in name):
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


def prepare(path: Path, source: str, data: bytes, organisation: str | None) -> list[Chunk]:
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
    return chunk_document(StructuredDocument(document, sections, pejlemaerker, repaired))


class Ingestor:
    def __init__(self, vectorstore, embeddings, organisation: str | None = None, manifest=None):
        self.vectorstore = vectorstore
        self.embeddings = embeddings
        self.organisation = organisation
        self.manifest = manifest or DocumentManifest.of(vectorstore)

    def run(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """One file at a time (load, embed, write), so an interrupted ingest keeps what it finished
        and memory stays that of one document; one progress bar over the bytes of all files."""
        from tqdm import tqdm

        started = time.perf_counter()
        report = IngestReport()
        files, report.failed = discover(paths)
        existing = stored_documents(self.vectorstore)
        sizes = {path: path.stat().st_size for path in files if path.exists()}
        before = getattr(self.embeddings, "computed", 0)
        with tqdm(total=sum(sizes.values()), desc="Indlæser", unit="B", unit_scale=True,
                  disable=not progress, bar_format="{desc} {percentage:3.0f}% |{bar}| "
                                                   "{elapsed}, ca. {remaining} tilbage") as bar:
            for number, path in enumerate(files, start=1):
                bar.set_description_str(f"Indlæser fil {number}/{len(files)}", refresh=False)
                self._ingest_file(path, existing, report)
                bar.update(sizes.get(path, 0))
        report.embedded = getattr(self.embeddings, "computed", 0) - before
        if prune:
            for source, entry in existing.items():
                if not Path(source).exists():
                    self.vectorstore.delete(ids=entry["ids"])
                    self.manifest.forget(source)
                    report.pruned.append(source)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_file(self, path: Path, existing: dict[str, dict], report: IngestReport) -> None:
        import hashlib

        source = source_name(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.failed.append(IngestError(path, f"kan ikke læses ({exc.strerror})"))
            return
        doc_hash = hashlib.sha256(data).hexdigest()
        known = existing.get(source)
        if known and known["doc_hash"] == doc_hash and known["ingest_version"] == INGEST_VERSION:
            report.unchanged.append(source)
            return
        try:
            chunks = prepare(path, source, data, self.organisation)
        except IngestError as exc:
            report.failed.append(exc)
            return
        for start in range(0, len(chunks), EMBED_BATCH):  # batches the model likes; writing hits the cache
            self.embeddings.embed_documents([c.text for c in chunks[start:start + EMBED_BATCH]])
        written = time.time()  # readers keep a document's newest version (see Catalog)
        self.vectorstore.add_texts([c.text for c in chunks],
                                   [{**c.metadata, "ingested_at": written} for c in chunks],
                                   ids=[c.id for c in chunks])
        new_ids = {c.id for c in chunks}
        old = [i for i in (known or {}).get("ids", []) if i not in new_ids]
        if old:
            self.vectorstore.delete(ids=old)
        self.manifest.record(source, doc_hash, INGEST_VERSION, written, len(chunks))
        (report.replaced if known else report.added).append(source)
        report.chunks += len(chunks)
