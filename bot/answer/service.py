"""Wires the core together from settings: store, catalog, retriever, optional chat model.

What a question is answered from (catalog, retriever, answerer) is one immutable `Snapshot` of
the store. `serve` re-reads the store in a background thread while questions are answered in
others, so a reload builds a new snapshot aside and swaps it in with one assignment, under a
lock that also guards the per-access views: a question sees the old store or the new, never a
catalog of one and a retriever of the other.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field

from langchain_chroma import Chroma

from bot.answer.answerer import Answerer
from bot.settings import Settings
from retrieval.catalog import Catalog
from retrieval.embeddings import CachedEmbeddings, make_embeddings
from retrieval.hybrid import HybridRetriever
from retrieval.store import DocumentManifest, open_vectorstore
from strategy.schema import PUBLIC
from strategy.store import store_signature


@dataclass(frozen=True)
class Snapshot:
    """One reading of the store, and the retriever and answerer over it."""

    catalog: Catalog
    retriever: HybridRetriever
    answerer: Answerer

    def view(self, access: frozenset[str]) -> Snapshot:
        """The snapshot as a surface with these access groups sees it."""
        catalog = self.catalog.view(access)
        retriever = self.retriever.model_copy(update={"catalog": catalog, "access": access})
        answerer = copy.copy(self.answerer)
        answerer.retriever, answerer.catalog = retriever, catalog
        return Snapshot(catalog, retriever, answerer)


@dataclass(frozen=True)
class _Reading:
    """The store as last read: every document's snapshot, the manifest it was read at, and the
    views made from it so far (filled under the lock, dropped with the reading)."""

    snapshot: Snapshot
    manifest: dict[str, dict]
    views: dict[frozenset[str], Snapshot] = field(default_factory=dict)


class _Shared:
    """What a core and all its views share: the current reading and the lock that replaces it."""

    def __init__(self, reading: _Reading):
        self.lock = threading.Lock()
        self.reading = reading

    def view(self, access: frozenset[str] | None) -> Snapshot:
        reading = self.reading  # one read: the whole question uses this reading
        if access is None:
            return reading.snapshot
        found = reading.views.get(access)
        if found is None:
            with self.lock:
                found = reading.views.get(access)
                if found is None:
                    found = reading.views[access] = reading.snapshot.view(access)
        return found


class Core:
    """The store and what answers from it, as seen with one set of access groups (`access`;
    None: every document, for ingest and admin)."""

    def __init__(self, settings: Settings, embeddings: CachedEmbeddings, vectorstore: Chroma,
                 shared: _Shared, access: frozenset[str] | None = None):
        self.settings = settings
        self.embeddings = embeddings
        self.vectorstore = vectorstore
        self.access = access
        self._shared = shared

    def snapshot(self) -> Snapshot:
        """Catalog, retriever and answerer of one reading: take this once to use them together."""
        return self._shared.view(self.access)

    @property
    def catalog(self) -> Catalog:
        return self.snapshot().catalog

    @property
    def retriever(self) -> HybridRetriever:
        return self.snapshot().retriever

    @property
    def answerer(self) -> Answerer:
        return self.snapshot().answerer

    def for_access(self, groups) -> Core:
        """The core as a surface with these access groups sees it (public documents always)."""
        access = frozenset({PUBLIC, *(g.lower() for g in groups or ())})
        return Core(self.settings, self.embeddings, self.vectorstore, self._shared, access)

    def reload(self) -> None:
        """Re-read the store after an ingest, so new documents are answered from at once."""
        shared = self._shared
        with shared.lock:
            old = shared.reading
            now = DocumentManifest.of(self.vectorstore).read()
            if old.manifest and now:  # only the documents whose manifest entry changed are read again
                changed = {s for s in old.manifest.keys() | now.keys() if old.manifest.get(s) != now.get(s)}
                catalog = old.snapshot.catalog.with_sources(self.vectorstore, changed)
            else:
                catalog = Catalog.from_vectorstore(self.vectorstore, old.snapshot.catalog.tokens)
            retriever = old.snapshot.retriever.model_copy(update={"catalog": catalog})
            answerer = copy.copy(old.snapshot.answerer)
            answerer.retriever, answerer.catalog = retriever, catalog
            shared.reading = _Reading(Snapshot(catalog, retriever, answerer), now)

    def store_signature(self):
        """What is in the store, cheaply compared (see `strategy.store.store_signature`)."""
        return store_signature(self.vectorstore)


def build_core(settings: Settings, organisation: str | None = None, chat_model=None) -> Core:
    embeddings = make_embeddings(settings)
    vectorstore = open_vectorstore(settings, embeddings)
    manifest = DocumentManifest.of(vectorstore).read()  # before the chunks: a later change is seen
    catalog = Catalog.from_vectorstore(vectorstore)
    retriever = HybridRetriever(vectorstore=vectorstore, catalog=catalog, k=settings.top_k,
                                organisation=organisation)
    generator = None
    if chat_model is not None or settings.llm_enabled:
        from bot.answer.generate import Generator, make_chat_model

        hosts = frozenset(h.strip() for h in (settings.link_hosts or "").split(",") if h.strip())
        generator = Generator(chat_model or make_chat_model(settings), link_hosts=hosts)
    answerer = Answerer(retriever, catalog, generator, settings.max_question_chars,
                        settings.min_similarity)
    shared = _Shared(_Reading(Snapshot(catalog, retriever, answerer), manifest))
    # What callers get sees public documents only; `for_access` opens restricted sets deliberately.
    return Core(settings, embeddings, vectorstore, shared).for_access(())
