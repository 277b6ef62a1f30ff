"""The vector store: LangChain's Chroma, on disk in the data directory or on a Chroma server.

One collection per embedding model (its name is in the collection name), so switching models
starts a fresh collection instead of mixing vectors that cannot be compared.
"""

from __future__ import annotations

import re
from pathlib import Path

from langchain_chroma import Chroma

from strategy.store import DocumentManifest, StoredDocument, stored_documents

__all__ = ["DocumentManifest", "StoredDocument", "chroma_client", "collection_name", "open_vectorstore",
           "stored_documents"]


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
