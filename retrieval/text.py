"""Matching form of Danish text: lower case, stemmed, æ/ø/å folded to what OCR leaves of them.

Users see repaired text; matching uses this folded form, so "malsaetning", "målsætningerne" and
"maalsaetning" meet, and so does whatever the repair stage could not put back.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-zæøåéü0-9]+(?:\.[0-9]+)?")
STOPWORDS = set("""
og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil
blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under
have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver
hendes været thi jer sådan vores jeg kan hvordan hvilke hvilken hvem hvorfor the a an of to and in
is are what how which who for on about our we do does with this that it be can you your
""".split())


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("danish")


def fold(text: str) -> str:
    return (text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
            .replace("aa", "a").replace("é", "e"))


@lru_cache(maxsize=50_000)
def _term(word: str) -> str:
    # Stemmed twice: Snowball's Danish stemmer takes "nettobudgettet" to "nettobudget" but
    # "nettobudget" to "nettobudg"; a second pass brings both forms to the same stem.
    stemmer = _stemmer()
    return fold(stemmer.stemWord(stemmer.stemWord(word)))


def terms(text: str, keep_stopwords: bool = False) -> list[str]:
    """Stemmed, folded words of `text`, for BM25 and for comparing a question with a passage."""
    words = _WORD.findall(text.lower())
    return [_term(w) for w in words if keep_stopwords or (w not in STOPWORDS and len(w) > 1)]
