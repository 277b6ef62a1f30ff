"""The vector store: LangChain's Chroma, on disk in the data directory or on a Chroma server.

One collection per embedding model (its name is in the collection name), so switching models
starts a fresh collection instead of mixing vectors that cannot be compared.
"""

from __future__ import annotations

import re
from pathlib import Path

from langchain_chroma import Chroma


def collection_name(model_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", model_name.lower()).strip("-")
    return f"strategibot-{slug}"[:63].rstrip("-")


def chroma_client(settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    quiet = ChromaSettings(anonymized_telemetry=False)  # no network here, and none wanted
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                   settings=quiet)
    path = Path(settings.data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=quiet)


def open_vectorstore(settings, embeddings, client=None) -> Chroma:
    return Chroma(collection_name=collection_name(embeddings.model_name),
                  embedding_function=embeddings, client=client or chroma_client(settings),
                  collection_metadata={"hnsw:space": "cosine"})


def stored_documents(vectorstore: Chroma) -> dict[str, dict]:
    """source → {doc_hash, ingest_version, ids} for every document in the store.

    A document whose chunks carry more than one file hash or ingest version was caught midway
    through a replacement (the process was killed between writing the new chunks and deleting
    the old); its hash is reported as None so the next ingest replaces it whole.
    """
    docs: dict[str, dict] = {}
    result = vectorstore.get(include=["metadatas"])
    for chunk_id, meta in zip(result["ids"], result["metadatas"]):
        entry = docs.setdefault(meta["source"], {"doc_hash": meta.get("doc_hash"),
                                                 "ingest_version": meta.get("ingest_version"),
                                                 "ids": []})
        if (entry["doc_hash"], entry["ingest_version"]) != (meta.get("doc_hash"), meta.get("ingest_version")):
            entry["doc_hash"] = None
        entry["ids"].append(chunk_id)
    return docs


class DocumentManifest:
    """One small record per document beside the chunks: (file hash, ingest version, written, chunks).

    It lets a serving process see that the store changed, and which documents, by reading a few
    hundred records instead of the metadata of every chunk. Ingest writes it after the chunks, so
    a reader that sees a new record also finds its chunks.
    """

    def __init__(self, client, name: str):
        self._collection = client.get_or_create_collection(f"{name}-dokumenter"[:63],
                                                           embedding_function=None)

    @classmethod
    def of(cls, vectorstore: Chroma) -> "DocumentManifest":
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
