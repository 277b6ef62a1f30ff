"""What a question asks for beyond its words: an organisation, a pejlemærke, a målsætning, a language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.text import fold

_PEJLEMAERKE = re.compile(r"\bpejlem(?:æ|ae|a|e)rke(?:t|r|rne)?\s*(?:nr\.?\s*)?(\d{1,2})\b", re.I)
_MAALSAETNING = re.compile(r"\b(?:m(?:å|aa|a)ls(?:æ|ae)tning(?:en|er)?\s*)?(\d{1,2})\.(\d{1,2})\b", re.I)
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
    short = re.sub(r"\s+kommune$", "", name, flags=re.I)
    return {fold(name), fold(short)}


def find_organisation(text: str, organisations: list[str]) -> str | None:
    folded = fold(text)
    for organisation in organisations:
        for alias in organisation_aliases(organisation):
            if re.search(rf"\b{re.escape(alias)}", folded):
                return organisation
    return None


def match_organisation(name: str | None, organisations: list[str]) -> str | None:
    """The stored organisation a user-given name (flag or setting) refers to."""
    if not name:
        return None
    return find_organisation(name, organisations) or next(
        (o for o in organisations if fold(o).startswith(fold(name))), None)


def parse_query(text: str, organisations: list[str], organisation: str | None = None) -> QueryIntent:
    intent = QueryIntent(text=text, language=detect_language(text))
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
    return intent
