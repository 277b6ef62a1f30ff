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
