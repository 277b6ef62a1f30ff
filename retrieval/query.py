"""What a question asks for beyond its words: an organisation, a pejlemærke, a målsætning, a language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from retrieval.text import fold

_PEJLEMAERKE = re.compile(r"\bpejlem(?:æ|ae|a|e)rke(?:t|r|rne)?\s*(?:nr\.?\s*)?(\d{1,2})\b", re.I)
_MAALSAETNING = re.compile(r"\b(?:m(?:å|aa|a)ls(?:æ|ae)tning(?:en|er)?\s*)?(\d{1,2})\.(\d{1,2})\b", re.I)
# Asking for the list of a strategy's goals rather than one of them.
_OVERVIEW = re.compile(r"\b(pejlem(?:æ|ae|a)rker(?:ne)?|politiske\s+m(?:å|aa|a)l|m(?:å|aa|a)lene|"
                       r"hvilke\s+m(?:å|aa|a)l|guiding\s+goals|(?:which|what)\s+(?:are\s+the\s+)?goals)\b", re.I)
_EN_WORDS = {"the", "what", "how", "which", "who", "is", "are", "does", "do", "our", "about",
             "of", "and", "in", "for", "with", "strategy", "goal", "goals", "team", "can"}
_DA_WORDS = {"hvad", "hvordan", "hvilke", "hvem", "er", "og", "i", "på", "vores", "om", "til",
             "af", "kan", "det", "den", "de", "med", "for", "jeg", "vi", "som", "at", "der"}


@dataclass
class QueryIntent:
    text: str
    language: str = "da"
    organisation: str | None = None
    pejlemaerke: int | None = None
    maalsaetning: str | None = None
    search_text: str = ""  # what is searched: the question, plus Danish terms for an English one
    overview: bool = False  # asks for the list of pejlemærker (or mål), not one of them

    def __post_init__(self):
        self.search_text = self.search_text or self.text


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[re.Pattern, str]]:
    lines = (Path(__file__).with_name("glossary_en_da.txt").read_text(encoding="utf-8").splitlines())
    pairs = [tuple(part.strip() for part in line.split("=", 1)) for line in lines
             if "=" in line and not line.startswith("#")]
    pairs.sort(key=lambda p: -len(p[0]))  # "core task" before "task"
    return [(re.compile(rf"\b{re.escape(en)}\b", re.I), da) for en, da in pairs]


def danish_terms(text: str) -> str:
    """The Danish strategy terms an English question's words stand for ("core task" → kerneopgave)."""
    found = []
    for pattern, danish in _glossary():
        if pattern.search(text):
            found.append(danish)
            text = pattern.sub(" ", text)
    return " ".join(found)


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zæøå]+", text.lower())
    if re.search(r"[æøå]", text.lower()):
        return "da"
    english = sum(w in _EN_WORDS for w in words)
    danish = sum(w in _DA_WORDS for w in words)
    return "en" if english > danish else "da"


def organisation_aliases(organisation: str) -> set[str]:
    """"Norddjurs Kommune" is asked about as "Norddjurs", "norddjurs kommune" or "Norddjurs'"."""
    name = organisation.split(",")[0].strip()
    short = re.sub(r"\s+kommune$|^region\s+", "", name, flags=re.I)
    return {fold(name), fold(short)}


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")
_GENITIVE = ("", "s")


class OrganisationNames(list):
    """The organisations in the store, and how a question names one of them.

    With a hundred municipalities some names are also ordinary words ("vejen", "skive") or the
    start of one ("Vejle" in "vejledning"). So a name counts as a whole word, in the genitive
    ("Viborgs") or as the first part of a compound whose rest is a word ("Rudersdalmodellen");
    and a name the documents themselves use as an ordinary word (`ordinary`) must be written with
    a capital letter or followed by "kommune".
    """

    def __init__(self, names=(), ordinary=()):
        super().__init__(names)
        self.ordinary = frozenset(ordinary)
        self._aliases = sorted(((alias.split(), organisation) for organisation in self
                                for alias in organisation_aliases(organisation)),
                               key=lambda pair: -len(pair[0]))  # "region midtjylland" before "region"
        self.name_terms = frozenset(t for tokens, _ in self._aliases for t in tokens)
        _word_part("modellen")  # loads the word list now, not during the first question
        self._by_start: dict[str, list[tuple[list[str], str]]] = {}  # a word's first letters → names
        for tokens, organisation in self._aliases:
            self._by_start.setdefault(tokens[0][:3], []).append((tokens, organisation))

    def find(self, text: str) -> str | None:
        words = [(m.group(), fold(m.group())) for m in _NAME_WORD.finditer(text)]
        folded = [f for _, f in words]
        for i in range(len(words)):
            for tokens, organisation in self._by_start.get(folded[i][:3], ()):
                end = i + len(tokens) - 1
                if end >= len(words) or folded[i:end] != tokens[:-1] \
                        or not folded[end].startswith(tokens[-1]):
                    continue
                rest = folded[end][len(tokens[-1]):]
                if rest not in _GENITIVE and not _word_part(rest):
                    continue
                if " ".join(tokens) in self.ordinary and not words[i][0][:1].isupper() \
                        and folded[end + 1:end + 2] not in (["kommune"], ["kommunes"]):
                    continue
                return organisation
        return None


@lru_cache(maxsize=4096)
def _word_part(rest: str) -> bool:
    """Whether what follows a name in a compound is a word of its own ("modellen", "fjord")."""
    from wordfreq import zipf_frequency

    return len(rest) >= 4 and zipf_frequency(rest, "da") >= 2.5


def find_organisation(text: str, organisations: list[str]) -> str | None:
    names = organisations if isinstance(organisations, OrganisationNames) else _names(tuple(organisations))
    return names.find(text)


@lru_cache(maxsize=16)
def _names(organisations: tuple[str, ...]) -> OrganisationNames:
    return OrganisationNames(organisations)


def match_organisation(name: str | None, organisations: list[str]) -> str | None:
    """The stored organisation a user-given name (flag or setting) refers to."""
    if not name:
        return None
    return find_organisation(name, organisations) or next(
        (o for o in organisations if fold(o).startswith(fold(name))), None)


def parse_query(text: str, organisations: list[str], organisation: str | None = None) -> QueryIntent:
    intent = QueryIntent(text=text, language=detect_language(text))
    if intent.language == "en":
        intent.search_text = f"{text} {danish_terms(text)}".strip()
    intent.organisation = match_organisation(organisation, organisations) if organisation \
        else find_organisation(text, organisations)
    pm = _PEJLEMAERKE.search(text)
    if pm:
        intent.pejlemaerke = int(pm.group(1))
    goal = _MAALSAETNING.search(text)
    if goal:  # "målsætning 2.3", or a bare "2.3"
        intent.maalsaetning = f"{int(goal.group(1))}.{int(goal.group(2))}"
    if intent.maalsaetning and intent.pejlemaerke is None:
        intent.pejlemaerke = int(intent.maalsaetning.split(".")[0])
    intent.overview = intent.pejlemaerke is None and bool(_OVERVIEW.search(text))
    return intent
