"""Wires the core together from settings: store, catalog, retriever, optional chat model."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer.answerer import Answerer
from retrieval.catalog import Catalog
from retrieval.embeddings import make_embeddings
from retrieval.hybrid import HybridRetriever
from retrieval.store import open_vectorstore


@dataclass
class Core:
    settings: object
    embeddings: object
    vectorstore: object
    catalog: Catalog
    retriever: HybridRetriever
    answerer: Answerer

    def features(self, database):
        """The commands every surface offers (profile, introduktion, handleplan, ...) on this core."""
        from bot.commands import Features

        generator = self.answerer.generator
        return Features(self, database, generator.chat_model if generator is not None else None,
                        getattr(self.settings, "log_questions", False))

    def reload(self) -> None:
        """Re-read the store after an ingest, so new documents are answered from at once."""
        self.catalog = Catalog.from_vectorstore(self.vectorstore)
        self.retriever.catalog = self.catalog
        self.answerer.catalog = self.catalog


def build_core(settings, organisation: str | None = None, chat_model=None) -> Core:
    embeddings = make_embeddings(settings)
    vectorstore = open_vectorstore(settings, embeddings)
    catalog = Catalog.from_vectorstore(vectorstore)
    retriever = HybridRetriever(vectorstore=vectorstore, catalog=catalog, k=settings.top_k,
                                organisation=organisation)
    generator = None
    if chat_model is not None or settings.llm_enabled:
        from bot.answer.generate import Generator, make_chat_model

        generator = Generator(chat_model or make_chat_model(settings))
    answerer = Answerer(retriever, catalog, generator, settings.max_question_chars,
                        settings.min_similarity)
    return Core(settings, embeddings, vectorstore, catalog, retriever, answerer)
