"""Follow-ups, read against the conversation's previous turn, the same way on every surface.

People chat: after "Hvad er pejlemærke 2 i Odder?" they write "og hvad med Norddjurs?", "hvilke
principper hører til?" or "uddyb punkt 2", which mean nothing on their own. `resolve` turns such a
message into something the answerer can take:

- a message naming only an organisation re-asks the previous question for it;
- "punkt 2" (or "det andet punkt") asks about the second item the previous answer listed;
- a message that points back ("hører til", "hvad betyder det?", "uddyb", "hvorfor?") is asked
  together with the previous question (`Question.context`);
- anything else is a question of its own, which keeps an organisation the conversation named.

Only the words decide, so what happens can be explained: no model guesses at what was meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.message import Reason
from prompts import render
from retrieval.query import find_organisations, organisation_aliases
from retrieval.text import STOPWORDS, fold
from strategy import vocabulary

# A chat without threads (a direct message, a Teams chat) never ends; after a quiet working day
# its last question is no longer what the next message is about.
CONTEXT_HOURS = 8.0
MAX_STANDALONE = 600  # characters of a chain of follow-ups kept as the next turn's context

_WORD = re.compile(r"[^\W\d_][\w-]*")
# Words that ask nothing of their own: "og hvad med Norddjurs?", "samme for Viborg", "and what about Odder?"
_FILLER = frozenset("""
og men så hvad hvordan med i for hos om samme spørgsmål gælder det der også nu end ved på kommune kommunes
region regionen then and but what how about with in for at the same question there also is it so ok okay
""".split())
# Words that ask for more of the same: "uddyb", "fortæl mere", "hvorfor?", "tell me more"
_MORE = frozenset("""
uddyb uddybe forklar forklare fortæl mere lidt flere detaljer nærmere eksempel eksempler gerne tak kan du så
ok okay elaborate explain tell me more detail details example examples please why hvorfor then
""".split())
_ELABORATE = re.compile(r"^(?:og\s+|and\s+)?(?:kan\s+du\s+|could\s+you\s+|can\s+you\s+)?(?:uddyb\w*|forklar\w*|"
                        r"fortæl\s+mere|mere\s+om|flere\s+detaljer|giv\s+(?:mig\s+)?et\s+eksempel|hvorfor|"
                        r"hvordan\s+det|elaborate|explain|tell\s+me\s+more|more\s+(?:about|on|detail)|"
                        r"give\s+(?:me\s+)?an\s+example|why|how\s+so)\b", re.I)
_POINTS_BACK = re.compile(
    r"\bhører\s+(?:til|med|under)\b|\bheraf\b|\bhertil\b|\bdertil\b|\bherom\b|\bderom\b|"
    r"\b(?:betyder|indebærer|handler|gælder)\s+(?:det|den|dette|denne|de)\b|"
    r"\b(?:det|den|dem|dette|denne|disse)\s*[?.!]*$|"
    r"\bbelong\w*\b|\b(?:does|do|is|are)\s+(?:it|that|this|they)\b|\b(?:it|them|that|this|those|these)\s*[?.!]*$",
    re.I)
_NUMBER_WORDS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
                 "ni": 9, "ti": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORDINALS = {"første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
             "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10, "first": 1, "second": 2, "third": 3,
             "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_POINT = re.compile(r"\b(?:punkt(?:et)?|nr\.?|nummer|point|item|bullet|number)\s*(\d{1,2}|" + "|".join(_NUMBER_WORDS)
                    + r")\b|\b(" + "|".join(_ORDINALS) + r")\s+(?:punkt|point|item|bullet|one)\b", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[•\-–*]|\d{1,2}[.)])\s+(.+)$")
_MARKERS = re.compile(r"\s*(?:\[\d+\]\s*)+$")


@dataclass
class Turn:
    """A conversation's previous question, as it stands on its own, and what it was answered for."""
    question: str
    organisation: str | None = None
    reason: Reason | None = None
    items: list[str] = field(default_factory=list)  # what the answer listed, for "punkt 2"
    created: float = 0.0


@dataclass
class Resolved:
    text: str  # the question (or command) to answer
    context: str = ""  # the previous question it follows up, for the answerer
    organisation: str | None = None  # named by the follow-up, or carried over from the conversation
    reason: Reason | None = None
    missing_item: int | None = None  # "punkt 7" after an answer that listed fewer: how many it had

    @property
    def standalone(self) -> str:
        """What the next turn follows up: the question with what it followed up, if it did."""
        if not self.context:
            return self.text
        joined = f"{self.context} {self.text}"
        return joined if len(joined) <= MAX_STANDALONE else self.context


def resolve(text: str, previous: Turn | None, organisations, language: str) -> Resolved:
    if previous is None:
        return Resolved(text)
    named = find_organisations(text, organisations)
    item = vocabulary.question_item().search(text)
    # "punkt 2" names the strategy's item 2 on its own, but after an answer that listed points it
    # is that answer's second point, unless the question names an organisation of its own
    listed_point = item is not None and item.group("label").lower().startswith("punkt") \
        and bool(previous.items) and not named
    own_subject = bool((item and not listed_point) or vocabulary.question_goal().search(text))
    if len(named) == 1 and not own_subject and _only(text, named[0], _FILLER):
        again = replace_organisation(previous.question, previous.organisation, named[0])
        return Resolved(again or previous.question, organisation=named[0], reason=Reason.NAMED)
    point = None if own_subject else _point(text)
    if point is not None and previous.items:
        if point > len(previous.items):
            return Resolved(text, missing_item=len(previous.items))
        return Resolved(item_question(previous.items[point - 1], language), "", *_carried(previous))
    if not own_subject and (_POINTS_BACK.search(text) or (
            not named and (_ELABORATE.match(text) and len(_WORD.findall(text)) <= 4 or _only(text, None, _MORE)))):
        if len(named) == 1:  # "og hvilke principper hører til i Norddjurs?"
            context = replace_organisation(previous.question, previous.organisation, named[0])
            return Resolved(text, context or previous.question, named[0], Reason.NAMED)
        return Resolved(text, previous.question, *_carried(previous))
    organisation, reason = _carried(previous)
    if not named and organisation:
        return Resolved(text, organisation=organisation, reason=Reason.CONVERSATION)
    return Resolved(text)


def _carried(previous: Turn) -> tuple[str | None, Reason | None]:
    """The organisation a conversation carries on with: one a question named (not one that came
    from a profile or a channel, which are asked again, as they may have changed meanwhile)."""
    if previous.organisation and previous.reason in (Reason.NAMED, Reason.CONVERSATION):
        return previous.organisation, previous.reason
    return None, None


def _only(text: str, organisation: str | None, allowed: frozenset[str]) -> bool:
    """Whether `text`, without its organisation's name, has no words but `allowed` (and stop words)."""
    if organisation:
        without = replace_organisation(text, organisation, "")
        text = text if without is None else without
    words = [w.lower() for w in _WORD.findall(text)]
    return all(w in allowed or w in STOPWORDS for w in words)


def _point(text: str) -> int | None:
    found = _POINT.search(text)
    if not found:
        return None
    if found.group(2):
        return _ORDINALS[found.group(2).lower()]
    number = found.group(1).lower()
    return int(number) if number.isdigit() else _NUMBER_WORDS[number]


def replace_organisation(text: str, old: str | None, new: str) -> str | None:
    """`text` with its name for `old` ("Odder", "Odder Kommune", "Odders") changed to `new`'s,
    or None when `text` does not name `old` in so many words."""
    if not old:
        return None
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    aliases = sorted((alias.split() for alias in organisation_aliases(old)), key=len, reverse=True)
    short = re.sub(r"\s+kommunes?$|^region\s+", "", new.split(",")[0], flags=re.I).strip()
    for i in range(len(words)):
        for tokens in aliases:
            window = words[i:i + len(tokens)]
            if len(window) < len(tokens) or [w for *_, w in window[:-1]] != tokens[:-1]:
                continue
            last = window[-1][2]
            if last not in (tokens[-1], tokens[-1] + "s"):
                continue
            name = new if len(tokens) > 1 else short
            if new and last != tokens[-1]:  # the genitive: "Odders" → "Norddjurs'"
                name += "'" if name.endswith("s") else "s"
            return (text[:window[0][0]] + name + text[window[-1][1]:]).strip()
    return None


def items_of(answer_text: str) -> list[str]:
    """The items an answer listed (• lines, numbered lines), in order, without their [n] markers."""
    items = []
    for line in answer_text.splitlines():
        found = _LIST_ITEM.match(line)
        if found:
            items.append(_MARKERS.sub("", found.group(1)).strip(" «»"))
    return items[:30]


def item_question(item: str, language: str) -> str:
    """A question about one listed item: "Pejlemærke 2: …" → "Hvad er pejlemærke 2?", "3.2 Vi …" →
    "Hvad er målsætning 3.2?", anything else → what the documents say about it."""
    heading = vocabulary.item_heading().match(item)
    if heading and vocabulary.code_number(heading.group("code").upper()):
        return render("followup_item", language, item=f"{heading.group('label').lower()} {heading.group('code')}")
    goal = vocabulary.goal_line().match(item)
    if goal and re.fullmatch(vocabulary.GOAL_CODE, goal.group("code")):  # "3.2" alone is read as a goal
        code = goal.group("code")
        return render("followup_item", language, item=code if "." in code else f"mål {code}")
    return render("followup_about", language, item=item)

