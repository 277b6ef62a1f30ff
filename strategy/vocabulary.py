"""The words strategies use for their parts, read from `vocabulary.txt`.

One municipality has pejlemærker, the next temaer, spor or sigtelinjer; the structure stage, the
question parser and the answers must agree on all of them, so they read one file. A label found
in a document is kept as written ("Tema 3"), and questions may use any label for the same item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12}
# How an item is numbered: 3, B, IV (a letter or roman numeral only in capitals).
CODE = r"(?:\d{1,2}(?!\d)|[A-HJ-UWYZÆØÅ](?![\w])|[IVX]{1,4}(?![\w]))"
# How a goal under an item is numbered: 2.3, 2b, A2, 1.2.3 is not (that is a document's section).
GOAL_CODE = (r"(?:\d{1,2}\.\d{1,2}(?!\.\d)|(?-i:[IVX]{1,4})\.\d{1,2}(?!\.\d)|(?-i:[A-H])\.\d{1,2}(?!\.\d)"
             r"|\d{1,2}[a-h](?![\w])"
             r"|[A-H]\d{1,2}(?![\w]))")


@dataclass(frozen=True)
class Label:
    level: str  # item | goal | part
    name: str  # the singular as a heading writes it: "fokusområde"
    forms: tuple[str, ...]  # every form, singular first


def _fold(text: str) -> str:
    return text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")


def _pattern(form: str) -> str:
    """A form matched with or without æ/ø/å (OCR damage, English keyboards) and any spacing."""
    out = []
    for ch in form:
        out.append({"æ": "(?:æ|ae|a|e)", "ø": "(?:ø|oe|o|g)", "å": "(?:å|aa|a)",
                    " ": r"\s+", "-": r"-?"}.get(ch, re.escape(ch)))
    return "".join(out)


@lru_cache(maxsize=1)
def labels() -> tuple[Label, ...]:
    found = []
    for line in Path(__file__).with_name("vocabulary.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or parts[0] not in ("item", "goal", "part"):
            raise ValueError(f"vocabulary.txt: a line must be 'item|goal|part | label | forms': {line!r}")
        forms = (parts[1], *[f.strip() for f in parts[2].split(",") if f.strip()])
        found.append(Label(parts[0], parts[1], forms))
    return tuple(found)


def by_level(level: str) -> tuple[Label, ...]:
    return tuple(label for label in labels() if label.level == level)


def alternation(level: str, plural: bool | None = None) -> str:
    """Longest form first, so "strategisk spor" wins over "spor"."""
    forms: list[str] = []
    for label in by_level(level):
        chosen = label.forms if plural is None else (label.forms[1:] if plural else label.forms[:1])
        forms.extend(chosen)
    return "|".join(_pattern(f) for f in sorted(set(forms), key=len, reverse=True))


def label_of(word: str, level: str | None = None) -> Label | None:
    """The label a written form belongs to ("Temaer" → tema); None when it is no label."""
    folded = re.sub(r"\s+", " ", _fold(word.strip()))
    for label in labels():
        if level in (None, label.level) and any(_fold(f) == folded for f in label.forms):
            return label
    for label in labels():  # OCR or typed without æ/ø/å: "fokusomrade", "pejlemaerke"
        if level in (None, label.level) and any(re.fullmatch(_pattern(f), word.strip(), re.I)
                                                for f in label.forms):
            return label
    return None


def capitalised(word: str) -> str:
    """ "tema" → "Tema", "indsatsområder" → "Indsatsområder": a label opening a line."""
    return word[:1].upper() + word[1:]


def same_label(a: str | None, b: str | None) -> bool:
    """ "spor" asks for a "strategisk spor", "mål 2" for a "politisk mål 2": one family."""
    if not a or not b:
        return False
    return a == b or a.split()[-1] == b.split()[-1]


def plural(name: str) -> str:
    """ "tema" → "temaer", for sentences such as "Fjordby har 5 temaer"."""
    label = label_of(name)
    return label.forms[1] if label and len(label.forms) > 1 else name


def code_number(code: str) -> int | None:
    """The position a code stands for: "3" → 3, "B" → 2, "IV" → 4."""
    code = code.strip().rstrip(".")
    if code.isdigit():
        return int(code)
    if code in ROMAN:
        return ROMAN[code]
    if len(code) == 1 and code.isalpha() and code.isupper():
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(code) + 1 if code in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" else None
    return None


@lru_cache(maxsize=1)
def item_heading() -> re.Pattern:
    """ "Tema 3: Tilgængelighed og bolig", "Strategisk spor B – Nære fællesskaber", "Sigtelinje 4"."""
    return re.compile(rf"^(?P<label>{alternation('item', plural=False)})\s+(?:nr\.\s*)?"
                      rf"(?P<code>{CODE})\s*(?:[:.\-–)]\s*)?(?P<title>.*)$", re.I | re.S)


@lru_cache(maxsize=1)
def goal_line() -> re.Pattern:
    """ "Mål 1.1 Alle borgere …", "Delmål 2b: …", "2.3 …", "A2 …": a goal with its own number."""
    # a bare number is a goal's only after a goal word: "Mål 2: …" under an item is its goal 2
    return re.compile(rf"^(?:(?P<label>{alternation('goal')})\s+)?"
                      rf"(?P<code>{GOAL_CODE}|(?(label)\d{{1,2}}(?![\d.,]\d)|(?!)))\.?"
                      rf"\s*(?:[:.\-–)]\s*)?(?=\S)(?P<text>.*)$", re.I | re.S)


@lru_cache(maxsize=1)
def list_lead_in() -> re.Pattern:
    """ "De fem fokusområder er:", "De ni pejlemærker lyder:", "Politikken har fire temaer:"."""
    return re.compile(rf"\b(?P<label>{alternation('item', plural=True)})\b[^.!?]{{0,60}}:\s*$", re.I)


@lru_cache(maxsize=1)
def goal_lead_in() -> re.Pattern:
    """ "Vi har fire målsætninger for fokusområde 1:", "Delmål:": a list of goals follows."""
    return re.compile(rf"\b(?:{alternation('goal')})\b[^.!?]{{0,60}}:\s*$", re.I)


@lru_cache(maxsize=1)
def question_item() -> re.Pattern:
    """An item a question names: "tema 3", "spor B", "indsatsområde II", "pejlemærket nr. 2"."""
    forms = alternation("item")
    return re.compile(rf"\b(?P<label>{forms})\s*(?:nr\.?\s*)?(?P<code>\d{{1,2}}\b|(?-i:[A-HJ-Z])(?![\w.])|"
                      rf"(?<=\s)(?-i:[a-h])(?![\w.])(?!\s+(?:og|er|i)\b)|"  # "punkt c", never "ledetråde"
                      rf"(?-i:[IVX]{{1,4}})\b)", re.I)


@lru_cache(maxsize=1)
def question_goal() -> re.Pattern:
    """A goal a question names: "mål 3.2", "delmål 2b", "målsætning A2", or a bare "2.3"."""
    forms = alternation("goal")
    return re.compile(rf"(?:\b(?:{forms})\s*(?P<code>\d{{1,2}}\.\d{{1,2}}|\d{{1,2}}[a-h]|(?-i:[A-H])\d{{1,2}})\b)"
                      rf"|(?<![\d.])(?P<bare>\d{{1,2}}\.\d{{1,2}})(?![\d.]\d)", re.I)


@lru_cache(maxsize=1)
def question_items_plural() -> re.Pattern:
    """Asking for the list of a strategy's items: "hvilke temaer", "fokusområderne"."""
    return re.compile(rf"\b(?P<label>{alternation('item', plural=True)})\b", re.I)
