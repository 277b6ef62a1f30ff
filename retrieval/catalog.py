"""Everything in the store that is not a vector: chunks, documents, pejlemærker, and a BM25 index.

Built once when the bot starts (and again after an ingest), never per question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from langchain_core.documents import Document

from retrieval.query import OrganisationNames
from retrieval.text import fold, terms
from strategy.schema import Period, chunk_meta, store_fields
from strategy.vocabulary import same_label

_LOWER_WORD = re.compile(r"(?<![\w.@/-])[a-zæøå]+(?![\w@/-]|\.\w)")  # not in addresses
STRATEGY_KINDS = {"strategi", "virksomhedsplan", "handleplan", "politik"}
# What staff call any strategy's numbered parts, whatever the strategy calls them.
GENERIC_LABELS = (None, "pejlemærke", "punkt")


@dataclass
class DocumentInfo:
    source: str
    organisation: str
    title: str
    area: str
    kind: str
    year: int
    period_start: int
    period_end: int
    url: str
    chunks: int = 0
    superseded_by: str = ""
    pejlemaerker: dict[int, str] = field(default_factory=dict)
    maal: dict[int, str] = field(default_factory=dict)  # numbered "MÅL 1: ..." headings
    item_labels: dict[int, str] = field(default_factory=dict)  # number → "tema", "spor" …

    def period_label(self) -> str:
        return Period(self.period_start, self.period_end).label()

    def is_old(self, today: dt.date | None = None) -> bool:
        year = (today or dt.date.today()).year
        return bool(self.period_end) and self.period_end < year - 1


def _ordinary_names(sources, documents) -> set[str]:
    """Organisation names the documents also use as ordinary, lower-case words ("vejen")."""
    from retrieval.query import organisation_aliases

    names = {a for info in sources for a in organisation_aliases(info.organisation) if " " not in a}
    words: set[str] = set()
    for doc in documents:
        words.update(_LOWER_WORD.findall(doc.page_content))
    return {fold(w) for w in words} & names


# A team question's words: the team's and the question's own topic weigh double, the words of the
# team's work (retrieval/workplaces_da.txt) as usual, the framing's a fifth.
TEAM_WEIGHT = 2.0
TEAM_FRAMING_WEIGHT = 0.2
TEAM_DOMAIN_WITH_TOPIC = 0.3
_TEAM_FRAMING = ("arbejde arbejder arbejdet betyder betyde betydning vide vigtigt vigtig siger laver gør "
                 "team teamet plan planen virksomhedsplan virksomhedsplanen understøtte bidrage hjælpe "
                 "lige startet ny ansat hverdag daglige opgaver mit vores os pejlemærke pejlemærket tema "
                 "fokusområde indsatsområde spor mål målsætning målsætninger delmål kommune kommunal kommunalt "
                 "kommunale")


@lru_cache(maxsize=1)
def _team_framing() -> frozenset[str]:
    return frozenset(terms(_TEAM_FRAMING))


def _framing(term: str) -> bool:
    return term in _team_framing() or "politik" in term or "strategi" in term


class Catalog:
    def __init__(self, ids: list[str], texts: list[str], metadatas: list[dict],
                 tokens: dict[int, list[str]] | None = None):
        # A document being replaced has its new chunks written before the old ones are deleted;
        # a snapshot taken in between holds both, so only the newest write of each source is kept.
        read = [Document(page_content=t, metadata={**m, "id": i}) for i, t, m in zip(ids, texts, metadatas)]
        newest: dict[str, float] = {}
        for doc in read:
            meta = chunk_meta(doc)
            newest[meta.source] = max(newest.get(meta.source, 0.0), meta.ingested_at)
        self.documents = [d for d in read if chunk_meta(d).ingested_at == newest[chunk_meta(d).source]]
        self.by_id = {chunk_meta(d).id: d for d in self.documents}
        self.hides_documents = False  # a view for some access groups, with documents left out
        self.ids_by_organisation: dict[str, set[str]] = {}
        self._numbered: dict[tuple[str, str, int], list[Document]] = {}  # (organisation, key, number)
        for doc in self.documents:
            meta = chunk_meta(doc)
            self.ids_by_organisation.setdefault(meta.organisation, set()).add(meta.id)
            for key in ("pejlemaerke", "maal"):
                number = meta.number(key)
                if number:
                    self._numbered.setdefault((meta.organisation, key, number), []).append(doc)
        self.sources: dict[str, DocumentInfo] = {}
        for doc in self.documents:
            meta = chunk_meta(doc)
            info = self.sources.setdefault(meta.source, DocumentInfo(
                meta.source, meta.organisation, meta.title, meta.area, meta.kind, meta.year or 0,
                meta.period.start or 0, meta.period.end or 0, meta.url))
            info.chunks += 1
            if meta.item:
                info.pejlemaerker[meta.item.number] = meta.item.title
                info.item_labels[meta.item.number] = meta.item.label or "pejlemærke"
            if meta.maal:
                info.maal[meta.maal] = meta.maal_title
        self._mark_superseded()
        # Stemming every chunk is most of the build; a rebuild after an ingest reuses the terms of
        # unchanged chunks, keyed by their text.
        old = tokens or {}
        self._tokens = {hash(d.page_content): old.get(hash(d.page_content)) or terms(d.page_content)
                        for d in self.documents}
        frequency: dict[str, int] = {}
        for doc in self.documents:
            for term in set(self._tokens[hash(doc.page_content)]):
                frequency[term] = frequency.get(term, 0) + 1
        n = max(len(self.documents), 1)
        self.idf = {t: float(np.log(1 + (n - f + 0.5) / (f + 0.5))) for t, f in frequency.items()}
        self.organisations = OrganisationNames(sorted({i.organisation for i in self.sources.values()}),
                                               _ordinary_names(self.sources.values(), self.documents))
        self._bm25 = None
        if self.documents:
            import logging

            import bm25s

            logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets DEBUG on import
            self._bm25 = bm25s.BM25()
            self._bm25.index([self._tokens[hash(d.page_content)] or ["_"] for d in self.documents],
                             show_progress=False)

    @property
    def tokens(self) -> dict[int, list[str]]:
        """Each chunk's indexed terms by its text's hash: a rebuild reuses them for unchanged chunks."""
        return self._tokens

    def view(self, access: frozenset[str]) -> "Catalog":
        """The catalog as a surface with these access groups sees it: restricted documents it may
        not see are not in it at all, so no listing, structure lookup or search can reach them."""
        if not hasattr(self, "_views"):
            self._views: dict[frozenset[str], Catalog] = {}
        if access not in self._views:
            keep = [d for d in self.documents if chunk_meta(d).access in access]
            if len(keep) == len(self.documents):
                self._views[access] = self
            else:
                view = Catalog([chunk_meta(d).id for d in keep], [d.page_content for d in keep],
                               [store_fields(d.metadata) for d in keep], self._tokens)
                view.hides_documents = True
                self._views[access] = view
        return self._views[access]

    @classmethod
    def from_vectorstore(cls, vectorstore, tokens: dict | None = None) -> "Catalog":
        got = vectorstore.get(include=["documents", "metadatas"])
        return cls(got["ids"], got["documents"], got["metadatas"], tokens)

    def with_sources(self, vectorstore, sources: set[str]) -> "Catalog":
        """This catalog with these documents re-read from the store (changed, added or gone):
        after an ingest only what changed is read and stemmed again."""
        if not sources:
            return self
        keep = [d for d in self.documents if chunk_meta(d).source not in sources]
        got = vectorstore.get(where={"source": {"$in": sorted(sources)}}, include=["documents", "metadatas"])
        return Catalog([chunk_meta(d).id for d in keep] + got["ids"],
                       [d.page_content for d in keep] + got["documents"],
                       [store_fields(d.metadata) for d in keep] + got["metadatas"],
                       self._tokens)

    def _mark_superseded(self) -> None:
        """An older strategy of the same organisation and area is superseded by the newer one."""
        for info in self.sources.values():
            if info.kind not in STRATEGY_KINDS:
                continue
            newer = [o for o in self.sources.values() if o is not info and o.kind in STRATEGY_KINDS
                     and o.organisation == info.organisation and o.area == info.area
                     and (o.period_start or o.year) > (info.period_start or info.year)]
            if newer:
                latest = max(newer, key=lambda o: o.period_start or o.year)
                info.superseded_by = f"{latest.title} ({latest.period_label() or latest.year})"

    def listing(self) -> dict[str, list[DocumentInfo]]:
        """organisation → its documents by title: what `kilder` and the home pages show."""
        return {org: sorted((i for i in self.sources.values() if i.organisation == org), key=lambda i: i.title)
                for org in self.organisations}

    def bm25_scores(self, query: str) -> np.ndarray:
        scores = np.zeros(len(self.documents), dtype=np.float32)
        query_terms = [t for t in terms(query) if t in self._bm25.vocab_dict] if self._bm25 else []
        if query_terms and self._bm25 is not None:
            scores = np.asarray(self._bm25.get_scores(query_terms), dtype=np.float32)
        return scores

    def question_weights(self, question: str, team: str = "") -> dict[str, float]:
        """The question's indexed words, weighted by rarity; organisation names left out, since
        they choose the documents rather than the sentences. A team question's `team` words (the
        team, and its work's words: QueryIntent.team) weigh most, and the words that only frame it
        ("hvad betyder politikken for mit arbejde") least."""
        names = self.name_terms()
        weights = {t: self.idf[t] for t in terms(question) if t in self.idf and t not in names}
        if team:  # "own words ; domain words" (team_words)
            own, domain = (set(terms(part)) for part in team.partition(";")[::2])
            topic = self._team_topic(weights, own, domain)
            for t in weights:
                if _framing(t):
                    weights[t] *= TEAM_FRAMING_WEIGHT
                elif t in own or t in topic:
                    weights[t] *= TEAM_WEIGHT
            for t in own - names:
                if t in self.idf:
                    weights[t] = TEAM_WEIGHT * self.idf[t]
            for t in domain - own - topic - names:  # the team's work, less when the question has a topic
                if t in self.idf:
                    weights[t] = self.idf[t] * (TEAM_DOMAIN_WITH_TOPIC if topic else 1.0)
        return weights

    def team_search_words(self, question: str, team: str) -> list[str]:
        """What a team question also searches with: its team's words the documents know, and the
        words of that team's work unless the question asks about something of its own ("Jeg
        arbejder på et bosted. Hvad siger strategien om pårørende?" searches for pårørende)."""
        own, _, domain = team.partition(";")
        weights = {t: 1.0 for t in terms(question) if t in self.idf and t not in self.name_terms()}
        topic = self._team_topic(weights, set(terms(own)), set(terms(domain)))
        words = own.split() + ([] if topic else domain.split())
        return [w for w in words if self.known_terms(w)]

    @staticmethod
    def _team_topic(weights: dict[str, float], own: set[str], domain: set[str]) -> set[str]:
        """A team question's words that are neither the team, its work, nor the framing."""
        return {t for t in weights if t not in own and t not in domain and not _framing(t)}

    def name_terms(self) -> frozenset[str]:
        """The stemmed words of the organisations' names: they choose documents, not sentences."""
        if not hasattr(self, "_names"):
            self._names = frozenset(term for name in self.organisations.name_terms for term in terms(name))
        return self._names

    def has_term(self, term: str, organisation: str | None = None) -> bool:
        """A term of the documents (of the organisation, when one is given), or a part of one of
        their compounds ("bosted" in "bostedet")."""
        if organisation is None:
            vocab = self._bm25.vocab_dict if self._bm25 else {}
        else:
            if not hasattr(self, "_organisation_terms"):
                self._organisation_terms: dict[str, set[str]] = {}
            if organisation not in self._organisation_terms:
                self._organisation_terms[organisation] = {
                    t for d in self.documents if chunk_meta(d).organisation == organisation
                    for t in self._tokens[hash(d.page_content)]}
            vocab = self._organisation_terms[organisation]
        if term in vocab:
            return True
        return len(term) >= 5 and any(term in word for word in vocab if len(word) > len(term))

    def known_terms(self, query: str) -> list[str]:
        """The question's words that occur anywhere in the indexed documents."""
        if not self._bm25:
            return []
        return [t for t in terms(query) if t in self._bm25.vocab_dict]

    def first_chunk(self, organisation: str, number: int, key: str = "pejlemaerke") -> Document | None:
        """The chunk that opens a pejlemærke's (or mål's) section: its title, and motto if any."""
        found = self._numbered.get((organisation, key, number), [])
        return min(found, key=lambda d: (chunk_meta(d).depth if key == "pejlemaerke" else 0,
                                         chunk_meta(d).chunk_index), default=None)

    def chunks_of(self, organisation: str, number: int, key: str = "pejlemaerke",
                  source: str | None = None) -> list[Document]:
        """The chunks of a numbered goal; of one document only when `source` is given, since two
        strategies of one organisation may both have a pejlemærke 3."""
        return [d for d in self._numbered.get((organisation, key, number), [])
                if source in (None, chunk_meta(d).source)]

    def find_pejlemaerke(self, text: str, organisation: str | None) -> tuple[str, int] | None:
        """A pejlemærke the question names by its title ("økonomisk bæredygtighed"), if just one."""
        from retrieval.text import fold

        folded = fold(text)
        found = {(org, number) for org, numbers in self.pejlemaerker(organisation).items()
                 for number, title in numbers.items()
                 if len(title.split()) >= 2 and fold(title) in folded}
        return found.pop() if len(found) == 1 else None

    def find_item_by_topic(self, text: str, organisation: str | None) -> tuple[str, int] | None:
        """The one item whose title the question's words mostly cover ("Sølund og mental sundhed"
        for "Mental sundhed og trivsel"): two of its title words or more, and two thirds of them."""
        asked = set(terms(text)) - self.name_terms()
        scored = []
        for org, numbers in self.pejlemaerker(organisation).items():
            for number, title in numbers.items():
                own = set(terms(title))
                shared = own & asked
                if len(shared) >= 2 and 3 * len(shared) >= 2 * len(own):
                    scored.append((len(shared) / len(own), org, number))
        scored.sort(reverse=True)
        if len(scored) == 1 or (len(scored) > 1 and scored[0][0] > scored[1][0]):
            return scored[0][1], scored[0][2]
        return None

    def find_item_for_workplace(self, team: str, organisation: str | None) -> tuple[str, int] | None:
        """The one item whose title names the asker's workplace ("Et værdigt liv på plejecentrene"
        for "Jeg arbejder på et plejecenter"): what the strategy says to them, by its own heading."""
        own = set(terms(team.split(";")[0])) - self.name_terms()
        def names(title: str) -> bool:  # "plejecent" and "plejecentr": one word, stemmed apart
            return any(a.startswith(b) or b.startswith(a) for a in own for b in terms(title)
                       if min(len(a), len(b)) >= 5)

        found = [(org, number) for org, numbers in self.pejlemaerker(organisation).items()
                 for number, title in numbers.items() if names(title)]
        return found[0] if len(found) == 1 else None

    def goals(self, organisation: str | None) -> dict[str, list[tuple[str, int, str]]]:
        """organisation → its numbered goals as (metadata key, number, title): pejlemærker, else mål."""
        out: dict[str, list[tuple[str, int, str]]] = {}
        for info in self.sources.values():
            if organisation not in (None, info.organisation):
                continue
            key, goals = ("pejlemaerke", info.pejlemaerker) if info.pejlemaerker else ("maal", info.maal)
            if goals and info.organisation not in out:
                out[info.organisation] = [(key, n, t) for n, t in sorted(goals.items())]
        return out

    def strategies_with(self, number: int, organisation: str | None, label: str | None = None) -> list[DocumentInfo]:
        """The documents that have an item with this number, of one organisation or all: those
        that call it what the question called it ("tema 3"); for "pejlemærke 3" or "handleplan 3"
        any item 3, since staff say pejlemærke (or punkt) for whatever their strategy numbers."""
        having = [info for info in self.sources.values() if number in info.pejlemaerker
                  and organisation in (None, info.organisation)]
        named = [i for i in having if same_label(i.item_labels.get(number), label)]
        return named or (having if label in GENERIC_LABELS else [])

    def uses_label(self, label: str, organisation: str | None) -> bool:
        """Whether any strategy (of the organisation) numbers its items with this label."""
        return any(same_label(label, own) for info in self.sources.values() for own in info.item_labels.values()
                   if organisation in (None, info.organisation))

    def item_label(self, organisation: str) -> str:
        """What the organisation's strategy calls its items: "pejlemærke", "tema" …"""
        labels = [label for info in self.sources.values() if info.organisation == organisation
                  for label in info.item_labels.values()]
        return max(set(labels), key=labels.count) if labels else "pejlemærke"

    def pejlemaerker(self, organisation: str | None) -> dict[str, dict[int, str]]:
        """organisation → {number: title} of the pejlemærker it has."""
        out: dict[str, dict[int, str]] = {}
        for info in self.sources.values():
            if info.pejlemaerker and (organisation is None or info.organisation == organisation):
                out.setdefault(info.organisation, {}).update(info.pejlemaerker)
        return out
