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
_TOKEN = re.compile(r"(?<!\S)\|(?=\s)"
                    r"|[A-Za-zÆØÅæøåéü§&|][A-Za-zÆØÅæøåéü§&38]*(?:[A-Za-zÆØÅæøåéü§]|(?<=[a-z])[38&])"
                    r"|[A-Za-zÆØÅæøå]")
_SUSPECT = set("§&38z|")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    import math
    from pathlib import Path

    from wordfreq import get_frequency_dict

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
    original = _known(word)
    if len(word) > 30 or not word.isascii() and not set(word) & _SUSPECT and original is not None:
        return word  # a word with æ/ø/å is repaired only when it is no word ("målsatninger")
    suspect = bool(set(word) & _SUSPECT)
    direct = word in _lexicon()  # a compound guess is weaker evidence than a listed word
    floor = (original if original is not None else 0.0) + (_MARGIN if direct and not suspect else 0)
    best, best_score = word, floor
    for candidate, cost in _variants(word).items():
        if candidate == word or set(candidate) & _SUSPECT:
            continue
        if re.search("[æøåéü]", word) and candidate not in _lexicon():
            continue  # a word with æ/ø/å only becomes a listed word, never a guessed compound
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


# Words a lost "å" leaves that are two Danish words: the neighbours decide (repair runs only in an
# OCR'd document, so a clean "malet" (painted) or "maden" (the food) is never read here).
_VERB_AFTER = r"(?:er|var|være|bliver|blev|skal|skulle|kan|kunne|vil|ville|må|ma)"
_PASSIVE_BEFORE = r"(?:er|var|blev|bliver|blive|har|havde|være|været|nymalet|ikke)"
_IN_CONTEXT: list[tuple[re.Pattern, object]] = [
    # "når malet er nået", "vil malet være at …": the goal; "huset er malet" stays painted
    (re.compile(rf"(?:\b(\w+)\s+)?\b([Mm])alet(?=\s+{_VERB_AFTER}\b)"),
     lambda m: m.group(0) if m.group(1) and re.fullmatch(_PASSIVE_BEFORE, m.group(1), re.I)
     else m.group(0)[:-5] + m.group(2) + "ålet"),
    (re.compile(r"\b((?:[Nn]år|[Nn]ar|[Mm]od|[Tt]il|[Ff]or|[Oo]m|[Ii]mod)\s+)([Mm])alet\b(?!\s+(?:hus|træ|glas|billede)\w*)"),
     r"\1\2ålet"),
    # "på maden, hvorpå vi …", "på maden vi …": the way, not the food
    (re.compile(r"\b([Mm])aden(?=,?\s+hvorp(?:å|a|d)\b)"), r"\1åden"),
    (re.compile(r"\b([Pp]å\s+)([Mm])aden(?=,?\s+(?:som|vi|man|de|du|der|I|hvor|at)\b)"), r"\1\2åden"),
    # "at satte retning": after "at" the infinitive
    (re.compile(r"\b([Aa]t\s+)([Ss])atte\b"), r"\1\2ætte"),
]
# Not Danish in any context: what a scan made of "på".
_NEVER_WORDS = {"pad": "på", "poa": "på", "pd": "på"}


def repair_text(text: str, own_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Repair every word of `text` (links left as they are); returns the text and words changed.

    `own_words` are the document's own words with æ/ø/å ("Rønnede"): a word that is no listed
    word ("Ronnede") takes the spelling the document itself uses elsewhere.
    """
    parts = _URL.split(text)
    changed = 0
    for i in range(0, len(parts), 2):
        parts[i], n = _repair_words(parts[i], own_words)
        for pattern, replacement in _IN_CONTEXT:
            before = parts[i]
            parts[i] = pattern.sub(replacement, before)
            n += sum(a != b for a, b in zip(before.split(), parts[i].split()))
        changed += n
    return "".join(parts), changed


def _own_spelling(word: str, own_words: frozenset[str]) -> str | None:
    """The document's own spelling of a word that is not listed as written ("ronnede" → "rønnede")."""
    if not own_words or word in _lexicon() or len(word) < 4:
        return None
    for candidate in sorted(_variants(word), key=len):
        if candidate != word and candidate in own_words:
            return candidate
    return None


def _repair_words(text: str, own_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    changed = 0

    def fix(match: re.Match) -> str:
        nonlocal changed
        token = match.group(0)
        if token == "|":
            return "I"
        if token.isupper() and len(token) > 1 and not set(token) & _SUSPECT:
            return token  # abbreviations: OMU, KL, OLFA
        word = token.lstrip("|")  # a stray bar the scan put before a word goes
        repaired = _NEVER_WORDS.get(word.lower()) or repair_word(word.lower())
        if repaired == word.lower():
            repaired = _own_spelling(word.lower(), own_words) or repaired
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
    blocks = _join_split_words(blocks)
    own_words = frozenset(w.lower() for b in blocks for w in re.findall(r"[A-Za-zÆØÅæøå]+", b.text)
                          if re.search("[æøåÆØÅ]", w))
    total = 0
    for block in blocks:
        block.text, changed = repair_text(block.text, own_words)
        total += changed
    return blocks, total


def _join_split_words(blocks: list[Block]) -> list[Block]:
    """A word split at a line end with a blank line after ("le-" / "delse på") is one word again."""
    joined: list[Block] = []
    for block in blocks:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.kind == block.kind == "paragraph"
                and re.search(r"[a-zæøå]-$", prev.text) and re.match(r"[a-zæøå]{2}", block.text)
                and not re.match(r"(?:og|eller)\b", block.text)):
            prev.text = prev.text[:-1] + block.text
        else:
            joined.append(block)
    return joined
