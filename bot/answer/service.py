"""Wires the core together from settings: store, catalog, retriever, optional chat model."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from bot.answer.answerer import Answerer
from retrieval.catalog import Catalog
from retrieval.embeddings import make_embeddings
from retrieval.hybrid import HybridRetriever
from retrieval.store import DocumentManifest, open_vectorstore


@dataclass
class Core:
    settings: object
    embeddings: object
    vectorstore: object
    catalog: Catalog
    retriever: HybridRetriever
    answerer: Answerer

    def for_access(self, groups) -> "Core":
        """The core as a surface with these access groups sees it (public documents always)."""
        from ingest.model import PUBLIC

        root = getattr(self, "_root", None) or self
        access = frozenset({PUBLIC, *(g.lower() for g in groups or ())})
        views = root.__dict__.setdefault("_views", {})
        if access not in views:
            catalog = root.catalog.view(access)
            retriever = root.retriever.model_copy(update={"catalog": catalog, "access": access})
            answerer = copy.copy(root.answerer)
            answerer.retriever, answerer.catalog = retriever, catalog
            view = replace(root, catalog=catalog, retriever=retriever, answerer=answerer)
            view._root, view.access = root, access
            views[access] = view
        return views[access]

    def reload(self) -> None:
        """Re-read the store after an ingest, so new documents are answered from at once."""
        root = getattr(self, "_root", None) or self
        views = root.__dict__.get("_views", {})
        root._views = {}
        seen, now = root.__dict__.get("_manifest"), DocumentManifest.of(self.vectorstore).read()
        if seen and now:  # only the documents whose manifest entry changed are read again
            changed = {s for s in seen.keys() | now.keys() if seen.get(s) != now.get(s)}
            root.catalog = root.catalog.with_sources(self.vectorstore, changed)
        else:
            root.catalog = Catalog.from_vectorstore(self.vectorstore, root.catalog._tokens)
        root._manifest = now
        root.retriever.catalog = root.catalog
        root.answerer.catalog = root.catalog
        for access, view in views.items():  # surfaces hold their views: refresh them in place
            fresh = root.for_access(access)
            view.catalog, view.retriever, view.answerer = fresh.catalog, fresh.retriever, fresh.answerer
            root._views[access] = view

    def store_signature(self):
        """What is in the store, cheaply compared: the document manifest (one record per document),
        or, for a store written before there was one, (source, file hash, written) of every chunk."""
        manifest = DocumentManifest.of(self.vectorstore).read()
        if manifest:
            return manifest
        got = self.vectorstore.get(include=["metadatas"])
        return frozenset((m["source"], m.get("doc_hash"), m.get("ingested_at")) for m in got["metadatas"])


def build_core(settings, organisation: str | None = None, chat_model=None) -> Core:
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
    # What callers get sees public documents only; `for_access` opens restricted sets deliberately.
    core = Core(settings, embeddings, vectorstore, catalog, retriever, answerer)
    core._manifest = manifest
    return core.for_access(())
