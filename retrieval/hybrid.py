"""Hybrid retrieval as a LangChain retriever: dense (Chroma) and BM25, fused by reciprocal rank.

Filters are applied inside retrieval: an organisation filter goes into the Chroma query and the
BM25 candidates, so a passage of another organisation can never be ranked in. Numbers the
question names ("pejlemærke 3", "målsætning 2.3") lift the chunks whose structure carries them.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from retrieval.catalog import Catalog
from retrieval.query import QueryIntent, parse_query
from strategy.schema import ChunkMeta, chunk_meta

RRF_K = 60
log = logging.getLogger(__name__)


class HybridRetriever(BaseRetriever):
    vectorstore: Any
    catalog: Catalog
    k: int = 6
    candidates: int = 30
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    structure_boost: float = 0.05
    organisation: str | None = None
    access: frozenset[str] | None = None  # None: every document (ingest, admin); else these groups

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return self.search(parse_query(query, self.catalog.organisations, self.organisation))

    def search(self, intent: QueryIntent, k: int | None = None) -> list[Document]:
        k = k or self.k
        catalog = self.catalog
        allowed = catalog.ids_by_organisation.get(intent.organisation, set()) \
            if intent.organisation else None
        fused: dict[str, float] = {}
        dense_scores: dict[str, float] = {}
        filters: list[dict[str, Any]] = [{"organisation": intent.organisation}] if intent.organisation else []
        if self.access is not None and catalog.hides_documents:
            # Only a view that leaves documents out needs the filter (it costs Chroma a pre-filter
            # pass); without it, hits outside the catalog are dropped below all the same.
            filters.append({"access": {"$in": sorted(self.access)}})
        where = filters[0] if len(filters) == 1 else {"$and": filters} if filters else None
        # Dense similarities are always computed: the answerer judges scope by them, even when
        # the ranking itself is set to leave dense out.
        try:
            hits = self.vectorstore.similarity_search_with_score(
                intent.search_text, k=min(self.candidates, len(catalog.documents)) or 1, filter=where)
        except Exception:  # a store another process changed under us, a server away: BM25 still answers
            log.exception("dense search failed; answering from keyword search alone")
            hits = []
        hits = [(doc, distance) for doc, distance in hits if (doc.id or chunk_meta(doc).id) in catalog.by_id]
        for rank, (doc, distance) in enumerate(hits):
            chunk_id = doc.id or chunk_meta(doc).id
            dense_scores[chunk_id] = 1 - float(distance)
            if self.dense_weight:
                fused[chunk_id] = fused.get(chunk_id, 0) + self.dense_weight / (RRF_K + rank)
        if self.bm25_weight:
            scores = catalog.bm25_scores(intent.search_text)
            order = np.argsort(-scores)
            rank = 0
            for index in order:
                if scores[index] <= 0 or rank >= self.candidates:
                    break
                chunk_id = chunk_meta(catalog.documents[index]).id
                if allowed is not None and chunk_id not in allowed:
                    continue
                fused[chunk_id] = fused.get(chunk_id, 0) + self.bm25_weight / (RRF_K + rank)
                rank += 1
        for chunk_id in list(fused):
            meta = chunk_meta(catalog.by_id[chunk_id]) if chunk_id in catalog.by_id else ChunkMeta()
            fused[chunk_id] += self.structure_boost * _structure_match(intent, meta)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        out = []
        for chunk_id, score in ranked:
            doc = catalog.by_id.get(chunk_id)
            if doc is not None:
                out.append(Document(page_content=doc.page_content, metadata={
                    **doc.metadata, "score": score, "dense": dense_scores.get(chunk_id, 0.0)}))
        if out and not any(dense(d) for d in out):  # BM25-only ranking: best similarity
            out[0].metadata["dense"] = max(dense_scores.values(), default=0.0)
        return out


def dense(hit: Document) -> float:
    """A hit's cosine similarity to the question (0 when dense search did not find it)."""
    return hit.metadata.get("dense", 0.0)


def _structure_match(intent: QueryIntent, meta: ChunkMeta) -> float:
    """1 for the chunk holding the named målsætning, less for the rest of the named pejlemærke."""
    if intent.maalsaetning and intent.maalsaetning in meta.goal_numbers:
        return 1.0
    if intent.pejlemaerke and meta.number("pejlemaerke") == intent.pejlemaerke:
        return 0.6 if meta.section_kind == "maalsaetninger" or meta.depth == 0 else 0.4
    return 0.0
