"""The store's own records, which ingest writes and retrieval reads: which documents the store
holds, in which version. Duck-typed on LangChain's vector store and Chroma's client, so neither
ingest nor this package needs retrieval's Chroma setup (`retrieval/store.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class StoredDocument:
    """A document in the store: its file hash and ingest version (None when its chunks disagree),
    and its chunks' ids."""

    doc_hash: str | None
    ingest_version: str | None
    ids: list[str] = field(default_factory=list)


def stored_documents(vectorstore: Any) -> dict[str, StoredDocument]:
    """source → what the store holds of it, for every document in the store.

    A document whose chunks carry more than one file hash or ingest version was caught midway
    through a replacement (the process was killed between writing the new chunks and deleting
    the old); its hash is reported as None so the next ingest replaces it whole.
    """
    docs: dict[str, StoredDocument] = {}
    result = vectorstore.get(include=["metadatas"])
    for chunk_id, meta in zip(result["ids"], result["metadatas"]):
        entry = docs.setdefault(meta["source"], StoredDocument(meta.get("doc_hash"), meta.get("ingest_version")))
        if (entry.doc_hash, entry.ingest_version) != (meta.get("doc_hash"), meta.get("ingest_version")):
            entry.doc_hash = None
        entry.ids.append(chunk_id)
    return docs


class DocumentManifest:
    """One small record per document beside the chunks: (file hash, ingest version, written, chunks).

    It lets a serving process see that the store changed, and which documents, by reading a few
    hundred records instead of the metadata of every chunk. Ingest writes it after the chunks, so
    a reader that sees a new record also finds its chunks.
    """

    def __init__(self, client: Any, name: str):
        self._collection = client.get_or_create_collection(f"{name}-dokumenter"[:63],
                                                           embedding_function=None)

    @classmethod
    def of(cls, vectorstore: Any) -> DocumentManifest:
        return cls(vectorstore._client, vectorstore._collection.name)

    def read(self) -> dict[str, dict]:
        got = self._collection.get(include=["metadatas"])
        return dict(zip(got["ids"], got["metadatas"]))

    def record(self, source: str, doc_hash: str, ingest_version: str, written: float, chunks: int) -> None:
        self._collection.upsert(ids=[source], embeddings=[[0.0]], metadatas=[{
            "doc_hash": doc_hash, "ingest_version": ingest_version, "ingested_at": written,
            "chunks": chunks}])

    def forget(self, source: str) -> None:
        self._collection.delete(ids=[source])


def store_signature(vectorstore: Any) -> dict[str, dict] | frozenset[tuple]:
    """What is in the store, cheaply compared: the document manifest (one record per document),
    or, for a store written before there was one, (source, file hash, written) of every chunk."""
    manifest = DocumentManifest.of(vectorstore).read()
    if manifest:
        return manifest
    got = vectorstore.get(include=["metadatas"])
    return frozenset((m["source"], m.get("doc_hash"), m.get("ingested_at")) for m in got["metadatas"])
