"""Danish OCR repair: put back æ, ø and å that a scan lost ("faelles", "pa", "understgtte").

A word is changed only when a variant made by known OCR confusions is a far more common Danish
word (wordfreq) than the word as written, so correct words stay as they are. Danish writes
compounds as one word, and most strategy vocabulary ("opgaveløsningen") is not in any frequency
list, so a variant also counts as a word when it splits into two common ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.model import Block

# What a scan turned æ, ø, å (and a few letters) into, and what to try instead.
_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "aee": ("æ",), "eae": ("æ",), "ae": ("æ",), "aa": ("å",), "oe": ("ø",), "ze": ("æ",),
    "ee": ("æ",), "az": ("æ",), "&a": ("å",), "gg": ("g",),
    "a": ("å", "æ", "ø"), "e": ("ø", "æ"), "o": ("ø",), "g": ("ø",), "d": ("å",),
    "z": ("æ", "ø"), "§": ("å",), "8": ("å",), "&": ("å",), "3": ("å",),
}
_ENDINGS = ("", "r", "n", "t", "s", "e", "en", "er", "et", "ne", "rne", "erne", "ets", "ens", "ernes")
_INFLECTIONS = ("r", "n", "t", "s", "e", "en", "er", "et", "ne", "rne", "erne", "ede", "ende", "de")
_MAX_EDITS = 3
_MARGIN = 1.0  # a variant must be ten times as common as the word as written
_COMPOUND_PENALTY = 1.0
_TOKEN = re.compile(r"(?<!\S)\|(?=\s)|[A-Za-zÆØÅæøåéü§&|][A-Za-zÆØÅæøåéü§&38]*(?:[A-Za-zÆØÅæøåéü§]|(?<=[a-z])[38&])|[A-Za-zÆØÅæøå]")
_SUSPECT = set("§&38z|")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    import math
    from pathlib import Path

    lexicon = {w: math.log10(f) + 9 for w, f in get_frequency_dict("da").items() if w.isalpha()}
    listed = Path(__file__).with_name("strategy_words.txt").read_text(encoding="utf-8")
    for stem in (line.strip() for line in listed.splitlines()):
        if stem and not stem.startswith("#"):
            for ending in _ENDINGS:
                lexicon[stem + ending] = max(lexicon.get(stem + ending, 0), 5.0)
    return lexicon


def _known(word: str) -> float | None:
    """How common `word` is (zipf), as itself or as a compound of two common words."""
    lex = _lexicon()
    if word in lex:
        return lex[word]
    for ending in _INFLECTIONS:  # "motiverer" is "motivere" + r; "bestræbelsen" a form of "bestræbelser"
        if word.endswith(ending):
            base = word[: -len(ending)]
            # other endings only on a long stem: "afsa" + t is not "afsat", nor "gø" + e "gør"
            others = ("", *_INFLECTIONS) if len(base) >= 6 else ("",)
            forms = [lex[base + other] for other in others if lex.get(base + other, 0) >= 3.0]
            if forms:
                return max(forms) - 0.5
    best = None
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if lex.get(left, 0) < 3.0:
            continue
        for tail in (right, right[1:] if right[0] in "se" and i < len(word) - 3 else None):
            if tail and lex.get(tail, 0) >= 3.0:
                score = min(lex[left], lex[tail]) - _COMPOUND_PENALTY
                best = score if best is None or score > best else best
    return best


def _variants(word: str):
    """Every spelling reachable with up to _MAX_EDITS confusion replacements."""
    results = {word: 0.0}
    frontier = [(word, 0, 0.0, 0)]
    while frontier:
        current, start, cost, edits = frontier.pop()
        if edits >= _MAX_EDITS:
            continue
        for i in range(start, len(current)):
            for source, targets in _CONFUSIONS.items():
                if current.startswith(source, i):
                    for rank, target in enumerate(targets):
                        candidate = current[:i] + target + current[i + len(source):]
                        step = cost + 0.1 + 0.15 * rank  # the usual confusion of a letter first
                        if candidate not in results or results[candidate] > step:
                            results[candidate] = step
                            frontier.append((candidate, i + len(target), step, edits + 1))
    return results


@lru_cache(maxsize=100_000)
def repair_word(word: str) -> str:
    """The repaired spelling of one lower-case OCR'd word, or the word itself."""
    if len(word) > 30 or not word.isascii() and not set(word) & _SUSPECT:
        return word
    original = _known(word)
    suspect = bool(set(word) & _SUSPECT)
    direct = word in _lexicon()  # a compound guess is weaker evidence than a listed word
    floor = (original if original is not None else 0.0) + (_MARGIN if direct and not suspect else 0)
    best, best_score = word, floor
    for candidate, cost in _variants(word).items():
        if candidate == word or set(candidate) & _SUSPECT:
            continue
        score = _known(candidate)
        if score is not None and candidate not in _lexicon():
            score -= 0.5  # one compound guess over another needs a clear lead
        if score is not None and score - cost > best_score:
            best, best_score = candidate, score - cost
    if best == word and original is None and word.startswith("i") and word[1:2] not in "aeiouyn":
        # "Igse" is "løse": a capital I read for an l, then the rest as usual
        fixed = repair_word("l" + word[1:])
        if _known(fixed) is not None:
            return fixed
    return best


def _match_case(original: str, repaired: str) -> str:
    if original.isupper() and len(original) > 1:
        return repaired.upper()
    if original[0].isupper():
        return repaired[0].upper() + repaired[1:]
    return repaired


_URL = re.compile(r"(https?://\S+|www\.\S+|\S+@\S+)")


def repair_text(text: str) -> tuple[str, int]:
    """Repair every word of `text` (links left as they are); returns the text and words changed."""
    parts = _URL.split(text)
    changed = 0
    for i in range(0, len(parts), 2):
        parts[i], n = _repair_words(parts[i])
        changed += n
    return "".join(parts), changed


def _repair_words(text: str) -> tuple[str, int]:
    changed = 0

    def fix(match: re.Match) -> str:
        nonlocal changed
        token = match.group(0)
        if token == "|":
            return "I"
        if token.isupper() and len(token) > 1 and not set(token) & _SUSPECT:
            return token  # abbreviations: OMU, KL, OLFA
        word = token.lstrip("|")  # a stray bar the scan put before a word goes
        repaired = repair_word(word.lower())
        if repaired == word.lower() and word == token:
            return token
        changed += 1
        if word.startswith("I") and repaired.startswith("l"):
            return repaired  # the capital was an OCR'd lower-case l ("Igse" → "løse")
        return _match_case(word, repaired)

    return _TOKEN.sub(fix, text), changed


def join_hyphenated(text: str) -> str:
    """Join words split at a line end ("medar-\\nbejdere"), not lists like "over- og under-"."""
    return re.sub(r"(\w)-\n\s*(?!og\b|eller\b)([a-zæøå])", r"\1\2", text)


def needs_repair(blocks: list[Block], sample: int = 4000) -> bool:
    """Whether the text looks OCR'd without æ/ø/å: many words that repair to common Danish ones."""
    words = [w for b in blocks for w in re.findall(r"[A-Za-zÆØÅæøå§]+", b.text)][:sample]
    if len(words) < 20:
        return False
    letters = sum(len(w) for w in words)
    nordic = sum(w.count(c) for w in words for c in "æøåÆØÅ")
    changed = sum(1 for w in words if repair_word(w.lower()) != w.lower())
    return changed / len(words) > 0.03 or (nordic / max(letters, 1) < 0.002 and changed > 5)


def repair_blocks(blocks: list[Block], force: bool | None = None) -> tuple[list[Block], int]:
    """Repair the blocks of one document when it needs it (or `force` says so)."""
    for block in blocks:
        block.text = join_hyphenated(block.text)
    if force is False or (force is None and not needs_repair(blocks)):
        return blocks, 0
    total = 0
    for block in blocks:
        block.text, changed = repair_text(block.text)
        total += changed
    return blocks, total
