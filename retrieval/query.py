"""What a question asks for beyond its words: an organisation, a pejlemærke, a målsætning, a language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path

from retrieval.text import fold
from strategy import vocabulary

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
    pejlemaerke: int | None = None  # a numbered item, whatever its label: pejlemærke, tema, spor …
    maalsaetning: str | None = None  # a goal under it: "2.3", "2b", "A2"
    item_label: str | None = None  # the label the question used ("tema"), when it named an item
    search_text: str = ""  # what is searched: the question, plus Danish terms for an English one
    overview: bool = False  # asks for the list of pejlemærker (or mål), not one of them
    kind: "QuestionKind | None" = None  # what sort of answer it asks for (question_kind)
    wants: frozenset = frozenset()  # a fact question's target: number, money, date, duration, person
    goal_place: int | None = None  # "mål 2" with no item number: the 2nd goal of an item named otherwise
    organisations: list = field(default_factory=list)  # every organisation the question names
    team: str = ""  # a team question's words for the asker's team ; its work's words (team_words)

    def __post_init__(self):
        self.search_text = self.search_text or self.text


class QuestionKind(str, Enum):
    """What sort of answer a question asks for: a fact (a number, an amount, a date, a name), an
    overview of a strategy (its vision or kerneopgave and its top-level items), a comparison of
    two named organisations, what a strategy means for the asker's team, or anything else."""
    FACT = "fact"
    OVERVIEW = "overview"
    COMPARE = "compare"
    TEAM = "team"
    OTHER = "other"


# A fact question, and what its answer holds; Danish and English.
_FACT_WANTS = [
    # a price (a place per day, a rate) is one figure the strategy either states or not: unlike
    # "hvor mange penge er der afsat", no other amount answers it
    (re.compile(r"\b(?:koste[rt]?|pris(?:en)?|takst\w*|cost\w*|price\w*)\b", re.I), "price"),
    (re.compile(r"\b(?:hvor\s+mange\s+(?:penge|kroner|millioner)|hvor\s+meget\s+(?:koster|afsætter|afsat|bruger)|"
                r"hvad\s+koster|hvor\s+stort?\s+(?:er\s+)?(?:budget|beløb|pulje)\w*|budget\w*|how\s+much\s+money|"
                r"hvor\s+meget\s+(?:\w+\s+){0,4}(?:i\s+)?(?:tilskud|støtte|penge)|pris(?:en)?|takst\w*|"
                r"what\s+does\s+.{1,40}\s+cost)", re.I), "money"),
    (re.compile(r"\b(?:hvor\s+mange|hvor\s+meget|hvor\s+stor\w*|hvor\s+høj\w*|hvor\s+lav\w*|hvilken\s+andel|"
                r"hvor\s+mange\s+procent|hvad\s+er\s+målet\s+for|how\s+many|how\s+much|what\s+share|"
                r"what\s+percentage|what\s+is\s+the\s+target)\b", re.I), "number"),
    (re.compile(r"\b(?:hvornår|hvilket\s+år|hvilken\s+dato|hvor\s+ofte|when|what\s+year|which\s+year|"
                r"how\s+often)\b", re.I), "date"),
    (re.compile(r"\b(?:hvor\s+lang\s+tid|hvor\s+længe|hvor\s+hurtigt|how\s+long|how\s+quickly|how\s+soon)\b",
                re.I), "duration"),
    (re.compile(r"\b(?:hvem|hvad\s+hedder\s+(?:formand|borgmester|chef|direktør|leder)\w*|who)\b", re.I), "person"),
]
_OVERVIEW_KIND = re.compile(
    r"\b(?:kort\s+fortalt|helt\s+kort|i\s+korte\s+træk|i\s+korte\s+traek|overblik|kort\s+sagt|"
    r"hvad\s+går\s+(?:\w+\s+){0,3}ud\s+på|hvad\s+handler\s+(?:\w+\s+){0,3}om|visionen?|kerneopgave\w*|formålet|"
    r"in\s+short|in\s+brief|overview|summar\w+|what\s+is\s+.{1,60}\s+about|vision|core\s+task|"
    r"what\s+does\s+.{1,40}\s+want\s+to\s+achieve)", re.I)
_COMPARE = re.compile(r"\b(?:sammenlign\w*|adskiller|forskel\w*|ligner|til\s+forskel\s+fra|i\s+forhold\s+til|"
                      r"compare\w*|differ\w*|difference\w*|versus|vs\.?)\b", re.I)


def question_kind(text: str, organisations: list[str] | None = None) -> tuple[QuestionKind, frozenset[str]]:
    """The question's kind, and for a fact question what its answer holds ("Hvor mange millioner
    ...?" → money and number). Two named organisations make a comparison whatever the words; a
    question about what the strategy means for the asker's own work ("Jeg er sundhedsplejerske ...
    hvad betyder politikken for mit arbejde?") is a team question unless it asks for a fact."""
    if organisations and len(organisations) > 1:
        return QuestionKind.COMPARE, frozenset()
    wants = frozenset(want for pattern, want in _FACT_WANTS if pattern.search(text))
    if wants:
        return QuestionKind.FACT, wants
    if _TEAM.search(text):
        return QuestionKind.TEAM, frozenset()
    if _OVERVIEW_KIND.search(text):
        return QuestionKind.OVERVIEW, frozenset()
    return QuestionKind.OTHER, frozenset()


# A question about the asker's own work: who they are or where they work, or what it means for them.
_TEAM = re.compile(r"\b(?:jeg|vi)\s+(?:er|arbejder|sidder|starter|startede|har\s+arbejdet)\s+(?!i\s+tvivl)|"
                   r"\b(?:mit|mine|min|vores|vort)\s+(?:arbejde|opgaver|hverdag|daglige|team\w*|afdeling\w*|"
                   r"enhed\w*|faggruppe|fag|praksis)\b|\b(?:for|til)\s+(?:os|mig)\b|\bteam\b|"
                   r"\b(?:i\s+am\s+a|i\s+work|we\s+work|we\s+are\s+a|our\s+(?:team|work|unit)|my\s+(?:work|team))\b",
                   re.I)
# Where the asker says who they are: the words that follow, up to the end of the clause.
_TEAM_PHRASE = re.compile(r"\b(?:jeg|vi)\s+(?:er|arbejder|sidder|starter|startede|har\s+arbejdet)\b([^.?!–—,;:]*)|"
                          r"\b(?:mit|min|vores|vort)\s+([^\W\d_]+)", re.I)
# Words around the team's name that do not name it ("Vi er et team af lærere i udskolingen").
_TEAM_FILLER = frozenset("""
en et i på som med af ved hos inden for til om fra og lige netop nu nyt ny nye nyansat ansat ansatte startet
begyndt arbejder arbejde arbejdet team teams kommune kommunen kommunes kommunalt kommunale kommunal den det de
her der sammen mange flere alle hele os mig vi jeg selv område området del gruppe gruppen stilling job
arbejdsplads arbejdspladsen faggruppe fag praksis hverdag daglige opgaver
""".split())
# The generic end of a team's compound name: "bostøtteteamet" is also about "bostøtte".
_TEAM_TAIL = re.compile(r"(?:team(?:et|s)?|gruppe(?:n)?|afdeling(?:en)?|enhed(?:en)?|personale(?:t)?|"
                        r"medarbejder(?:e|ne)?|funktion(?:en)?)$")


@lru_cache(maxsize=1)
def _workplaces() -> list[tuple[tuple[str, ...], str]]:
    """(folded names, domain words) of retrieval/workplaces_da.txt."""
    out = []
    for line in Path(__file__).with_name("workplaces_da.txt").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            names, words = line.split("=", 1)
            out.append((tuple(fold(n.strip()) for n in names.split(",") if n.strip()),
                        " ".join(w.strip() for w in words.split(",") if w.strip())))
    return out


def team_words(text: str) -> str:
    """The words by which a team question names the asker's team or profession ("sundhedsplejerske",
    "lærere udskolingen"), the word they are made from ("bostøtteteam" → bostøtte, "sundhedsplejerske"
    → sundhedspleje), and the words of that team's work from retrieval/workplaces_da.txt
    ("børnehave" → dagtilbud, børn, sprogvurdering ...): "own words ; domain words" (" ; " when
    the question names no team)."""
    words: list[str] = []
    for match in _TEAM_PHRASE.finditer(text):
        phrase = match.group(1) if match.group(1) is not None else match.group(2)
        for word in re.findall(r"[^\W\d_][\w-]*", phrase):
            low = word.lower()
            if low in _TEAM_FILLER or len(low) < 3 or re.search(r"politik|strategi|plan", low):
                continue
            words.append(low)
            stem = _TEAM_TAIL.sub("", low)
            if stem != low and len(stem) >= 4:
                words.append(stem)
            if re.search(r"erske[rn]?e?$", low):  # the profession of a field: sygeplejerske → sygepleje
                words.append(re.sub(r"rske[rn]?e?$", "", low))
    domain = []
    for word in map(fold, words):
        for names, related in _workplaces():
            if any(word.startswith(n) or (len(n) >= 5 and n in word) for n in names) and related not in domain:
                domain.append(related)
    words = list(dict.fromkeys(words))
    domain = [w for w in dict.fromkeys(" ".join(domain).split()) if w not in words]
    return f"{' '.join(words)} ; {' '.join(domain)}"


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[re.Pattern, str]]:
    lines = (Path(__file__).with_name("glossary_en_da.txt").read_text(encoding="utf-8").splitlines())
    pairs = [tuple(part.strip() for part in line.split("=", 1)) for line in lines
             if "=" in line and not line.startswith("#")]
    pairs.sort(key=lambda p: -len(p[0]))  # "core task" before "task"
    # a regular plural ("targets", "committees") is the same term; irregular ones have their own line
    return [(re.compile(rf"\b{re.escape(en)}(?:s|es)?\b", re.I), da) for en, da in pairs]


def danish_terms(text: str) -> str:
    """The Danish strategy terms an English question's words stand for ("core task" → kerneopgave)."""
    found: list[str] = []
    spans: list[tuple[int, int, str]] = []
    for pattern, danish in _glossary():
        for match in pattern.finditer(text):
            if not any(a < match.end() and match.start() < b for a, b, _ in spans):
                spans.append((match.start(), match.end(), danish))
        if pattern.search(text):
            found.append(danish)
            text = pattern.sub(lambda m: " " * len(m.group()), text)  # keep positions for compounds
    # Danish writes as one word what English writes as two: "dementia friends" → demens + ven →
    # "demensven" (as in "demensvenner"), "treatment centre" → "behandlingscenter".
    spans.sort()
    for (_, end, first), (start, _, second) in zip(spans, spans[1:]):
        if not text[end:start].strip() and " " not in first and " " not in second:
            found.append(first + second)
            found.append(first + "s" + second)
    return " ".join(found)


def detect_language(text: str) -> str:
    # a Danish term quoted in an English question ("'skæve boliger'", "(tvangsfikseringer)") is a name
    text = re.sub(r"['‘’\"“”«»][^'‘’\"“”«»]{1,60}['‘’\"“”«»]|\([^()]{1,60}\)", " ", text)
    words = re.findall(r"[a-zæøå]+", text.lower())
    # æ, ø or å make it Danish, except in a name within an English sentence ("Sølund's", "Rønnede")
    named = {m.group().lower() for m in re.finditer(r"(?<=[\w,;:'’)] )[A-ZÆØÅ][\wæøå]*", text)}
    if any(re.search(r"[æøå]", w) for w in set(words) - {n for w in named for n in re.findall(r"[a-zæøå]+", w)}):
        return "da"
    english = sum(w in _EN_WORDS for w in words)
    danish = sum(w in _DA_WORDS for w in words)
    return "en" if english > danish else "da"


# Other names of an organisation, by its folded short name: the nominative of a name the official
# one puts in the genitive ("Københavns Kommune"), English names, and older spellings.
_COPENHAGEN = ("København", "Københavns", "Københavns Kommune", "København Kommune",
               "Copenhagen", "City of Copenhagen", "Copenhagen Municipality")
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "kobenhavns": _COPENHAGEN,
    "kobenhavn": _COPENHAGEN,
    "arhus": ("Aarhus", "Århus", "Aarhus Municipality"),
    "helsingor": ("Helsingør", "Elsinore"),
    "hovedstaden": ("Region Hovedstaden", "Hovedstadsregionen", "Capital Region",
                    "Capital Region of Denmark"),
    "midtjylland": ("Region Midtjylland", "Region Midt", "Central Denmark Region",
                    "Central Region Denmark"),
    "syddanmark": ("Region Syddanmark", "Region of Southern Denmark", "Southern Denmark Region"),
    "sjaelland": ("Region Sjælland", "Region Zealand"),
    "nordjylland": ("Region Nordjylland", "North Denmark Region", "Northern Jutland Region"),
}

_ENGLISH_NAME_WORDS = frozenset({"city", "of", "capital", "central", "north", "northern", "southern",
                                 "denmark", "municipality", "jutland"})


def organisation_aliases(organisation: str) -> set[str]:
    """How a question names an organisation, folded: "Norddjurs Kommune" is asked about as
    "Norddjurs", "norddjurs kommune" or "Norddjurs'"; "Københavns Kommune" as "København" or
    "Copenhagen"; "Region Midtjylland" as "Midtjylland" or "Central Denmark Region".

    The genitive ("Norddjurs'", "Midtjyllands") and compounds are matched by OrganisationNames.
    "ø" is also written "oe" ("Soelund"); fold already reads "aa" as "å" and "ae" as "æ".
    """
    name = organisation.split(",")[0].strip()
    short = re.sub(r"\s+kommunes?$|^region\s+", "", name, flags=re.I).strip()
    names = {name, short, *_OTHER_NAMES.get(fold(short), ())}
    if re.search(r"\s+kommune$", name, flags=re.I):
        names.add(f"{short} Kommune")
    aliases = {fold(n) for n in names if n}
    aliases |= {fold(n.replace("ø", "oe").replace("Ø", "Oe")) for n in names if "ø" in n.lower()}
    return aliases


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
        # the words of names, left out of a question's weights; not the English names' common words
        self.name_terms = frozenset(t for tokens, _ in self._aliases for t in tokens) - _ENGLISH_NAME_WORDS
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


def find_organisations(text: str, organisations: list[str]) -> list[str]:
    """Every organisation the text names, in the order named ("Odders og Norddjurs' strategier"),
    each once; `find` gives only the first."""
    names = organisations if isinstance(organisations, OrganisationNames) else _names(tuple(organisations))
    words = list(_NAME_WORD.finditer(text))
    found: list[str] = []
    for i, word in enumerate(words):  # a name is at most a few words, and starts at a word
        window = text[word.start():words[min(i + 3, len(words) - 1)].end()]
        organisation = names.find(window)
        if organisation and organisation not in found:
            found.append(organisation)
    return found


@lru_cache(maxsize=16)
def _names(organisations: tuple[str, ...]) -> OrganisationNames:
    return OrganisationNames(organisations)


def match_organisation(name: str | None, organisations: list[str]) -> str | None:
    """The stored organisation a user-given name (flag or setting) refers to."""
    if not name:
        return None
    return find_organisation(name, organisations) or next(
        (o for o in organisations if fold(o).startswith(fold(name))), None)


_GOAL_WORDS = "|".join(sorted((label.forms[0] for label in vocabulary.by_level("goal")), key=len, reverse=True))
_GOAL_PLACE = re.compile(rf"\b(?:{_GOAL_WORDS})\s+(?:nr\.?\s*)?(?P<place>\d{{1,2}})\b(?![.,]\d)", re.I)


_ORDINALS = ("første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende")


@lru_cache(maxsize=1)
def _ordinal_item() -> re.Pattern:
    """ "den anden prioritet", "det fjerde område", "det andet tema": an item by its place; a plain
    "område" or "punkt" stands for whatever the strategy calls its items."""
    forms = vocabulary.alternation("item")
    return re.compile(rf"\b(?:den|det)\s+(?P<ord>{'|'.join(_ORDINALS)}|andet)\s+(?P<label>{forms}|område|indsats)\b",
                      re.I)


def parse_query(text: str, organisations: list[str], organisation: str | None = None) -> QueryIntent:
    intent = QueryIntent(text=text, language=detect_language(text))
    if intent.language == "en":
        intent.search_text = f"{text} {danish_terms(text)}".strip()
    intent.organisation = match_organisation(organisation, organisations) if organisation \
        else find_organisation(text, organisations)
    item = vocabulary.question_item().search(text)
    if item and vocabulary.code_number(item.group("code").upper()):
        intent.pejlemaerke = vocabulary.code_number(item.group("code").upper())
        label = vocabulary.label_of(item.group("label"), "item")
        intent.item_label = label.name if label else None  # always a label: the pattern is made of them
    ordinal = None if intent.pejlemaerke else _ordinal_item().search(text)
    if ordinal:  # "den anden prioritet", "det fjerde område": the item by its place
        intent.pejlemaerke = _ORDINALS.index(ordinal.group("ord").lower()) + 1 if ordinal.group("ord").lower() \
            in _ORDINALS else 2
        label = vocabulary.label_of(ordinal.group("label"), "item")
        intent.item_label = label.name if label else None
    goal = vocabulary.question_goal().search(text)
    if goal:  # "målsætning 2.3", "delmål 2b", "mål A2", or a bare "2.3"
        code = goal.group("code") or goal.group("bare")
        intent.maalsaetning = re.sub(r"^(\d+)\.(\d+)$", lambda m: f"{int(m[1])}.{int(m[2])}", code)
        intent.maalsaetning = intent.maalsaetning[:1].upper() + intent.maalsaetning[1:] \
            if intent.maalsaetning[:1].isalpha() else intent.maalsaetning.lower()
    place = None if goal or intent.pejlemaerke else _GOAL_PLACE.search(text)
    if place:  # "mål 2 under målområdet om borgere på kanten": which item, the answerer finds
        intent.goal_place = int(place.group("place"))
    if intent.maalsaetning and intent.pejlemaerke is None:
        lead = re.match(r"\d+|[A-Z]", intent.maalsaetning)  # a goal code opens with its item's: 2.3, A2
        intent.pejlemaerke = vocabulary.code_number(lead.group()) if lead else None
    intent.organisations = find_organisations(text, organisations) if not organisation else []
    intent.kind, intent.wants = question_kind(text, intent.organisations)
    if intent.kind == QuestionKind.TEAM:
        intent.team = team_words(text)
    plural = vocabulary.question_items_plural().search(text)
    intent.overview = intent.pejlemaerke is None and bool(_OVERVIEW.search(text) or plural)
    if intent.overview and plural and not _OVERVIEW.search(text):
        label = vocabulary.label_of(plural.group("label"), "item")
        intent.item_label = label.name if label else None  # "hvilke temaer"
    return intent
