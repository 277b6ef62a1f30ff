"""The answers for particular kinds of question: an overview, a comparison or a question asked
of several organisations, and the n-th line of a numbered list that is not a strategy's items.

Each takes what it needs (the catalog, the retriever, the intent) and returns its answer without
the notes on old documents; `Answerer` decides which one a question gets and adds those notes,
so the route stays readable in one place.
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from bot.answer.compose import CitationList, compose_goals, compose_passages, quoted_line, source_intro
from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer
from bot.answer.units import body, elements, own_heading
from prompts import render
from retrieval.catalog import Catalog
from retrieval.query import QueryIntent, QuestionKind
from strategy.schema import chunk_meta
from strategy.vocabulary import label_of


def numbered_line(catalog: Catalog, intent: QueryIntent) -> Answer | None:
    """The n-th principle (value, indsats …) of a strategy that lists them without making them
    its items: a line "Princip 3: …", or the 3rd item of a list led in by "… principper …:"."""
    if intent.item_label is None or intent.pejlemaerke is None:
        return None
    label = label_of(intent.item_label, "item")
    if label is None:
        return None
    forms = "|".join(re.escape(f) for f in label.forms)
    numbered = re.compile(rf"^(?:{forms})\s+(?:nr\.?\s*)?{intent.pejlemaerke}\b", re.I)
    lead = re.compile(rf"\b(?:{forms})\b[^.!?]{{0,80}}:\s*$", re.I)
    anywhere = re.compile(rf"\b(?:{forms})\b", re.I)
    candidates = [d for d in catalog.documents if intent.organisation in (None, chunk_meta(d).organisation)
                  and anywhere.search(d.page_content)]  # a hundred municipalities: read only these
    any_number = re.compile(rf"^(?:{forms})\s+(?:nr\.?\s*)?(\d{{1,2}})\b", re.I)
    seen: set[int] = set()  # the numbers the documents do give this label ("Princip 1" … "Princip 6")
    for doc in sorted(candidates, key=lambda d: (chunk_meta(d).source, chunk_meta(d).chunk_index)):
        units = elements(body(doc))
        seen |= {int(m.group(1)) for e in units for m in [any_number.match(e.text)] if m}
        found = next((e for e in units if numbered.match(e.text)), None)
        if found is None:
            leads = [e for e in units if e.role == "lead" and lead.search(e.text)]
            items = [e for e in units if leads and e.role == "item" and e.block == leads[0].block]
            seen |= set(range(1, len(items) + 1))
            found = items[intent.pejlemaerke - 1] if len(items) >= intent.pejlemaerke else None
            if found is not None:
                citations = CitationList()
                text = f"{source_intro(doc, intent.language)}\n{quoted_line(doc, leads[0].text, citations)}\n" \
                       f"{quoted_line(doc, found.text, citations)}"
                return Answer(ANSWERED, text, citations.citations, intent.language)
            continue
        citations = CitationList()
        text = f"{source_intro(doc, intent.language)}\n{quoted_line(doc, found.text, citations)}"
        return Answer(ANSWERED, text, citations.citations, intent.language)
    parts = labelled_parts(catalog, intent)
    if parts is not None:  # "princip 3" where the principles are headings under "Principper"
        seen |= set(range(1, len(parts[1]) + 1))
        if intent.pejlemaerke <= len(parts[1]):
            doc = parts[1][intent.pejlemaerke - 1]
            name = own_heading(doc)
            citations = CitationList()
            first = _opening(doc, name)
            text = "\n".join([source_intro(doc, intent.language)] + [quoted_line(doc, t, citations)
                                                                      for t in (name, first) if t])
            return Answer(ANSWERED, text, citations.citations, intent.language)
    if intent.organisation and seen:  # "princip 9" where the strategy numbers its principles 1–6
        return Answer(NO_ANSWER, render("no_such_numbered", intent.language, organisation=intent.organisation,
                                        label=label.name, number=intent.pejlemaerke,
                                        numbers=", ".join(str(n) for n in sorted(seen))), language=intent.language)
    return None


def labelled_parts(catalog: Catalog, intent: QueryIntent) -> tuple[Document, list[Document]] | None:
    """A section headed by the label ("Principper", "Vores værdier") and the first chunk of each
    section under it ("Lighed i sundhed", …): how a strategy lists parts it does not number."""
    label = label_of(intent.item_label or "", "item")
    if label is None:
        return None
    heading = re.compile(rf"^(?:\w+\s+){{0,3}}(?:{'|'.join(re.escape(f) for f in label.forms)})$", re.I)
    chunks = sorted((d for d in catalog.documents if intent.organisation in (None, chunk_meta(d).organisation)),
                    key=lambda d: (chunk_meta(d).source, chunk_meta(d).chunk_index))
    from retrieval.text import terms

    asked = set(terms(intent.text))
    firsts: dict[tuple[str, str], Document] = {}  # each section's first chunk, in reading order
    for doc in chunks:
        firsts.setdefault((chunk_meta(doc).source, chunk_meta(doc).section), doc)
    found: list[tuple[int, int, Document, list[Document]]] = []
    for (source, path), parent in firsts.items():
        if not heading.match(path.split(" › ")[-1].strip()):
            continue
        depth = path.count(" › ") + 1
        parts = {section: doc for (own, section), doc in firsts.items() if own == source
                 and section.startswith(path + " › ") and section.count(" › ") == depth}
        if len(parts) >= 2:  # several "Principper" (one per pejlemærke): the one the question names
            found.append((len(asked & set(terms(path))), -len(found), parent, list(parts.values())))
    return max(found)[2:] if found else None


def _opening(doc: Document, heading: str) -> str:
    """The first sentence (or list item) of a part, after its heading."""
    return next((e.text for e in elements(body(doc)) if e.text != heading), "")


def listed_parts(catalog: Catalog, intent: QueryIntent) -> Answer | None:
    """ "Hvilke principper bygger politikken på?" where each principle is a heading under
    "Principper": the lead-in, then each principle by its heading and first sentence, cited."""
    found = labelled_parts(catalog, intent)
    if found is None:
        return None
    parent, parts = found
    citations = CitationList()
    lines = [source_intro(parent, intent.language)]
    lead = next((e.text for e in elements(body(parent)) if e.text != own_heading(parent)), None)
    if lead:
        lines.append(quoted_line(parent, lead, citations))
    for doc in parts:
        name = own_heading(doc) or chunk_meta(doc).segment
        first = _opening(doc, name)
        line = f"• {name} [{citations.cite(doc, name)}]" if own_heading(doc) else f"• {name}"
        lines.append(line + (f" – {quoted_line(doc, first, citations)}" if first else ""))
    return Answer(ANSWERED, "\n".join(lines), citations.citations, intent.language)


def passages(catalog: Catalog, intent: QueryIntent, hits: list[Document], citations: CitationList,
             limit: int = 4) -> str:
    """The quoted answer by the question's kind: a fact question's quotes hold what it asks for;
    an overview without a topic of its own opens with the vision or kerneopgave and the
    strategy's top-level items."""
    weights = catalog.question_weights(intent.search_text, intent.team)
    if intent.kind == QuestionKind.TEAM:
        return compose_passages(weights, hits, intent.language, citations, limit=limit,
                                wants=frozenset({"commitment"}))
    if intent.kind == QuestionKind.OVERVIEW and hits and not _topic(catalog, intent, hits[0]):
        overview = _overview(catalog, intent, hits[0], citations)
        if overview:
            return overview
    return compose_passages(weights, hits, intent.language, citations, limit=limit, wants=intent.wants)


def _topic(catalog: Catalog, intent: QueryIntent, top: Document) -> set[str]:
    """What an overview question asks about beyond the strategy as a whole ("mental sundhed"
    in "Sølund og mental sundhed – hvad er planen i korte træk?")."""
    from retrieval.text import terms

    general = set(terms(" ".join([chunk_meta(top).title, chunk_meta(top).organisation,
                                  *catalog.organisations])))
    general |= set(terms(_OVERVIEW_WORDS))
    # "børne og unge strategi" names "Børne- og ungestrategi": parts of the title's words are general
    return {t for t in catalog.known_terms(intent.search_text) if not _general(t, general)}


def _general(term: str, general: set[str]) -> bool:
    """A word of the title or the organisation, or a part of one ("unge" of "ungestrategi"), or
    its sector ("ældreområdet" beside "Ældre- og værdighedspolitik")."""
    if term in general or (len(term) >= 3 and any(term in g for g in general)):
        return True
    sector = re.match(r"(\w{3,}?)e?omr(?:a|aa)d", term)
    if sector is None:
        return False
    stem = sector.group(1)
    return any(g.startswith(stem) or stem.startswith(g) for g in general if len(g) >= 3)


def _overview(catalog: Catalog, intent: QueryIntent, top: Document, citations: CitationList) -> str:
    """The vision or kerneopgave sentence of the best-matching strategy, then its top-level
    items, each cited."""
    from retrieval.text import terms

    source = chunk_meta(top).source
    chunks = sorted((d for d in catalog.by_id.values() if chunk_meta(d).source == source),
                    key=lambda d: chunk_meta(d).chunk_index)
    vision = [d for d in chunks if VISION.search(chunk_meta(d).segment) and body(d).strip()]
    lines = [source_intro(top, intent.language)]
    asked = set(terms(intent.search_text))  # "kerneopgaven" asks for the kerneopgave, not the vision
    vision.sort(key=lambda d: not asked & set(terms(chunk_meta(d).segment)))
    named = [d for d in vision if asked & set(terms(chunk_meta(d).segment))]
    for doc in named[:2] or vision[:1]:  # the vision is what its section says first; both if both asked
        first = next((e for e in elements(body(doc)) if len(e.text) > 8 and e.text != own_heading(doc)), None)
        if first:
            text, heading = body(doc), own_heading(doc)
            # "Kerneopgave" over its sentence: the heading says what the sentence is, so it is quoted too
            whole = heading and text[len(heading):first.start].strip() == "" and text.startswith(heading)
            lines.append(quoted_line(doc, text[:first.end] if whole else first.text, citations))
    organisation = chunk_meta(top).organisation
    goals = catalog.goals(organisation).get(organisation, [])
    if goals:
        listing = compose_goals([(key, n, title, catalog.first_chunk(organisation, n, key))
                                 for key, n, title in goals], intent.language, citations)
        lines += listing.split("\n")[1:]  # its source line is the one above
    if len(lines) == 1:
        return ""
    if not vision:  # no vision or kerneopgave section: what the best passages say, after the items
        more = compose_passages(catalog.question_weights(intent.search_text), [top], intent.language,
                                citations, limit=2)
        lines += more.split("\n")[1:]
    return "\n".join(lines)


def per_organisation(catalog: Catalog, retriever, intent: QueryIntent, organisations: list[str],
                     compare: bool = False) -> Answer:
    """The question answered for each organisation, each with its own search and citations;
    a comparison of named organisations is answered side by side, else it asks which one."""
    citations = CitationList()
    parts = []
    for organisation in organisations:
        scoped = QueryIntent(intent.text, intent.language, organisation, search_text=intent.search_text,
                             kind=QuestionKind.OVERVIEW if compare else intent.kind, wants=intent.wants)
        hits = retriever.search(scoped, k=6 if compare else 3)
        if hits:
            parts.append(passages(catalog, scoped, hits, citations, limit=3 if compare else 2))
    if compare:
        return Answer(ANSWERED, "\n\n".join(parts), citations.citations, intent.language)
    question = clarify(intent.language, organisations, 0)
    parts.append(question)
    return Answer(CLARIFY, "\n\n".join(parts), citations.citations, intent.language, question=question)


# Words of an overview question that name no topic of its own ("kort fortalt, hvad vil ... med strategien?").
_OVERVIEW_WORDS = ("kort fortalt overblik hurtigt korte træk sagt helt kort hvad går ud på handler vision visionen "
                   "kerneopgave kerneopgaven formål formålet strategi strategien strategier politik politikken "
                   "plan planen "
                   "vil ønsker opnå sammenlign adskiller forskel forskellen strategy about vision core task overview "
                   "summary short want achieve compare differ "
                   # asking words: "giv mig et hurtigt overblik", "kan du fortælle kort om …"
                   "giv give giver fortæl fortælle beskriv beskrive opsummer opsummere resumé resume hurtig hurtigt "
                   "kan du vil gerne mig os lige tak hovedpunkter vigtigste essensen indhold indeholder "
                   "tell me brief quick quickly main points please describe")
VISION = re.compile(r"\b(vision\w*|kerneopgave\w*|formål\w*|mission\w*|målsætning for|overordnet mål)", re.I)


def clarify(language: str, shown: list[str], organisations: int) -> str:
    """Which one is meant; `organisations` counts all that fit when more fit than are shown."""
    if organisations:
        return render("clarify_many", language, count=organisations, organisations=", ".join(shown))
    return render("clarify_which", language, organisations=_join(shown, language))


def _join(names: list[str], language: str) -> str:
    """ "A, B eller C" / "A, B or C": the conjunction from the language's template."""
    return render("join_or", language, rest=", ".join(names[:-1]), last=names[-1]) if len(names) > 1 else names[0]
