"""Decide what kind of answer a question gets, then compose it.

`answered` when the documents cover it, `clarify` when it fits several organisations and names
none (answered for each, then the question back), `no_answer` when they do not cover it, saying
what they do cover. The retriever, catalog and (optional) chat model are passed in. `answer` is
the one place that decides the route; whether a question is in scope at all is `scope`, and the
answers to an overview, a comparison and a numbered line are `kinds`.
"""

from __future__ import annotations

import re
import unicodedata

from langchain_core.documents import Document

from bot.answer.compose import CitationList, compose_goals, compose_pejlemaerke
from bot.answer.kinds import VISION, clarify, listed_parts, numbered_line, passages, per_organisation
from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer, Question
from bot.answer.scope import MIN_SIMILARITY, in_scope
from bot.answer.units import body, holds
from prompts import render
from retrieval.catalog import GENERIC_LABELS, Catalog
from retrieval.query import QueryIntent, QuestionKind, detect_language, parse_query
from strategy.schema import chunk_meta
from strategy.vocabulary import plural

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
        if intent.pejlemaerke is None and not intent.overview and not VISION.search(text):
            named = self.catalog.find_pejlemaerke(text, intent.organisation) or (
                self.catalog.find_item_by_topic(text, intent.organisation)
                if intent.kind == QuestionKind.OVERVIEW else None)  # "X og mental sundhed – i korte træk?"
            if named:
                intent.organisation, intent.pejlemaerke = named
        if intent.goal_place and intent.pejlemaerke is None:
            named = self.catalog.find_item_by_topic(text, intent.organisation)
            if named:  # "mål 2 under målområdet om borgere på kanten": that item's goal N.2
                intent.organisation, intent.pejlemaerke = named
                intent.maalsaetning, intent.overview = f"{named[1]}.{intent.goal_place}", False
        if intent.team and intent.pejlemaerke is None and intent.organisation:
            named = self.catalog.find_item_for_workplace(intent.team, intent.organisation)
            if named:  # "Jeg arbejder på et plejecenter" where an item is "Et værdigt liv på plejecentrene"
                intent.pejlemaerke = named[1]
        if intent.item_label not in GENERIC_LABELS \
                and not self.catalog.uses_label(intent.item_label, intent.organisation):
            # "princip 3" or "hvilke principper" where principles are not the numbered items: the
            # line that numbers it ("Princip 3: …", the 3rd under "Fire principper gælder:"), else search
            listed = numbered_line(self.catalog, intent) if intent.pejlemaerke is not None \
                else listed_parts(self.catalog, intent) if intent.overview else None
            if listed is not None:
                return self._finish(listed)
            intent.pejlemaerke = intent.maalsaetning = intent.item_label = None
            intent.overview = False
        if intent.pejlemaerke is not None:
            return self._pejlemaerke(intent)
        if intent.overview and self.catalog.goals(intent.organisation):
            return self._goals(intent)
        hits = self.retriever.search(intent)
        if not in_scope(self.catalog, intent, hits, self.min_similarity):
            return self._no_answer(intent)
        if intent.kind == QuestionKind.COMPARE:
            shown = intent.organisations[:MAX_SHOWN]
            return self._finish(per_organisation(self.catalog, self.retriever, intent, shown, compare=True))
        organisations = list(dict.fromkeys(chunk_meta(h).organisation for h in hits[:3]))
        if intent.organisation is None and len(organisations) > 1 and _SINGULAR.search(text):
            return self._finish(per_organisation(self.catalog, self.retriever, intent, organisations))
        return self._compose(intent, hits)

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
        text = passages(self.catalog, intent, hits, citations)
        if "money" in intent.wants and not any(self._states_amount(c) for c in citations.citations):
            # "Hvad koster en plads pr. døgn?": sentences about the place are no price
            return self._no_answer(intent)
        return self._finish(Answer(ANSWERED, text, citations.citations, intent.language, notes or []))

    def _states_amount(self, citation) -> bool:
        """An amount in the quote, or a table row's figure where its passage gives the unit (a
        "(mio. kr.)" caption)."""
        if holds(citation.text, {"money"}):
            return True
        chunk = self.catalog.by_id.get(citation.chunk_id)
        return chunk is not None and " · " in citation.text and bool(re.search(r"\d", citation.text)) \
            and holds(body(chunk), {"money"})

    def _pejlemaerke(self, intent: QueryIntent) -> Answer:
        """A pejlemærke is answered per strategy that has it: two strategies of one municipality
        may both have a pejlemærke 3, and those are two different things."""
        assert intent.pejlemaerke is not None  # routed here only when the question names one
        catalog = self.catalog
        known = catalog.pejlemaerker(intent.organisation)
        having = catalog.strategies_with(intent.pejlemaerke, intent.organisation, intent.item_label)
        if intent.maalsaetning:
            goals = {s.source: {g for d in catalog.chunks_of(s.organisation, intent.pejlemaerke, source=s.source)
                                for item in [chunk_meta(d).item] if item for g in item.goals}
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
        having, others = self._best(intent, having, lambda d: chunk_meta(d).source, lambda s: s.source,
                                    distinct=lambda s: s.pejlemaerker.get(intent.pejlemaerke, ""))
        citations = CitationList()
        parts = []
        for strategy in having:
            ranked = self.retriever.search(QueryIntent(intent.text, intent.language, strategy.organisation,
                                                       intent.pejlemaerke, intent.maalsaetning), k=12)
            docs = [d for d in ranked if chunk_meta(d).number("pejlemaerke") == intent.pejlemaerke
                    and chunk_meta(d).source == strategy.source]
            seen = {chunk_meta(d).id for d in docs}
            # the rest of the pejlemærke too: its own words, målsætninger and principper
            docs += [d for d in catalog.chunks_of(strategy.organisation, intent.pejlemaerke, source=strategy.source)
                     if chunk_meta(d).id not in seen]
            if docs:
                parts.append(compose_pejlemaerke(intent.text, catalog.question_weights(intent.search_text, intent.team),
                                                 intent.pejlemaerke, docs, intent.language, citations,
                                                 intent.maalsaetning,
                                                 frozenset({"commitment"}) if intent.team else frozenset()))
        status, question = ANSWERED, ""
        if len(having) > 1:
            status = CLARIFY
            names = [s.organisation for s in having]
            labels = names if len(set(names)) == len(names) else [f"{s.organisation}: «{s.title}»" for s in having]
            question = clarify(intent.language, labels, organisations if others else 0)
            parts.append(question)
        return self._finish(Answer(status, "\n\n".join(parts), citations.citations, intent.language,
                                   question=question))

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
            goals = {org: entries for org, entries in goals.items() if entries[0][0] == "pejlemaerke"
                     and self.catalog.item_label(org) != "mål"} or goals  # "Mål 1–4" as items: goals still
        shown, others = self._best(intent, list(goals), lambda d: chunk_meta(d).organisation)
        goals = {org: goals[org] for org in shown}
        citations = CitationList()
        parts = [compose_goals([(key, n, title, self.catalog.first_chunk(org, n, key))
                                for key, n, title in entries], intent.language, citations)
                 for org, entries in goals.items()]
        status, question = ANSWERED, ""
        if len(goals) > 1:
            status = CLARIFY
            question = clarify(intent.language, list(goals), len(shown) + others if others else 0)
            parts.append(question)
        return self._finish(Answer(status, "\n\n".join(parts), citations.citations, intent.language,
                                   question=question))

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


def _same_style(a: str, b: str) -> bool:
    """ "2a" and "2d", "1.2" and "1.7", "A1" and "A5": numbered the same way."""
    def shape(code: str) -> str:
        return re.sub(r"[a-zæøå]", "a", re.sub(r"[A-ZÆØÅ]", "A", re.sub(r"\d+", "9", code)))

    return shape(a) == shape(b)
