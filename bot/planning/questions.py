"""Guiding questions fitted to one målsætning (or principle, or item): what the team does, who is
responsible, when it follows up and how it sees progress, each asked in the goal's own words.

The same four questions under every målsætning read as a form; a team gets further when the
question already names what the strategy asks of it ("… for at arbejde med konkrete og afgrænsede
mål?", "Målet er «fra 86 til 90 procent» …"). The words are found by rule, not by a model, so the
plan is the same offline and online, and a rule that guesses wrong still quotes the strategy. The
sentences around the words are templates in `prompts/` (plan_q_*), in Danish and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prompts import render

_MODALS = {"skal", "kan", "vil", "må", "bør"}
_FINITE = {"har": "have", "er": "være", "gør": "gøre", "ved": "vide", "får": "få", "går": "gå", "ser": "se",
           "står": "stå", "bor": "bo", "tror": "tro", "når": "nå", "tør": "turde"}
_PRESENT = {v: k for k, v in _FINITE.items()}
_SHORT_VERBS = {"få", "gå", "se", "stå", "bo", "nå", "tro"}
# Words an -er word after them makes a noun ("af elever", "alle skoler"), not the verb.
_BEFORE_NOUN = {"af", "i", "med", "til", "for", "på", "om", "fra", "ved", "en", "et", "den", "det", "de",
                "alle", "flere", "færre", "mange", "vores", "vore", "sine", "deres", "nye", "andre", "og"}
_QUANTIFIERS = {"alle", "flere", "færre", "mange", "de", "nogle", "halvdelen", "hver", "ingen"}
_PREPOSITIONS = {"med", "for", "på", "om", "til", "i", "af", "ved", "over", "mod"}
_TRAILING = _PREPOSITIONS | {"og", "at", "den", "det", "de", "en", "et", "som", "der", "eller", "fra", "så",
                             "når", "hvor", "efter", "inden", "under", "samt", "mindst", "-", "–"}
_NOT_VERBS = {"fælles", "deres", "hendes", "andres", "alles", "hinandens", "ældres", "unges", "øvrige", "over",
              "under", "efter", "mener", "ganger", "heller", "enten", "meget", "sider"}
_CLAUSE_WORDS = {"og", "før", "efter", "der", "som", "når", "hvor", "så", "men", "herunder", "fx", "bl.a.", "blandt",
                 "hvis"}
_PURPOSE = re.compile(r"\s(?:om at|for at|til at|ved at|gennem)\s")
_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_NUMBER = r"(?:\d+|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|fjorten)"
_TIMES = [re.compile(pattern, re.I) for pattern in (  # a date or year first, then a deadline, then a rhythm
    rf"\b(?:senest|inden udgangen af|inden|fra|før|i|efter)\s+(?:\d{{1,2}}\.\s+(?:{_MONTHS})\s+)?(?:19|20)\d\d\b",
    rf"\binden for\s+{_NUMBER}\s+(?:dage|dag|uger|uge|måneder|måned|år|timer|time)\b",
    r"\b(?:(?:mindst\s+)?(?:én|en|to) gange? om (?:året|måneden|ugen)|hver(?:t)?\s+(?:andet\s+)?"
    r"(?:dag|uge|måned|år)|døgnet rundt)\b")]
_FIGURE = re.compile(  # "fra 86 til 90 procent", "mindst fem besøg", "150 familier om året", "halveret"
    r"\bfra\s+\d[\d,.]*\s+til\s+\d[\d,.]*\s*(?:procent|%)"
    r"|(?:\b(?:mindst|op til|højst|under|over)\s+)?\d[\d,.]*\s*(?:procent|%)"
    rf"|\b(?:mindst|op til|højst)\s+{_NUMBER}(?:\s+(?!(?:og|af|i|til|om|med|på)\b)[\w-]+){{1,2}}"
    r"|\b\d+\s+(?:[\w-]+\s+){0,3}om året|\bhalve(?:rer|res|ret)\b|\bhalvdelen\b", re.I)
_PARTNERS = re.compile(r"\b(?:i samarbejde med|samarbejd\w*\s+med|sammen med)\s+(.+?)(?=\s+om\s|\s+for at\s|"
                       r"\s+til at\s|,\s+(?:der|som|når|hvor)\s|[.;:]|\s+-\s|$)", re.I)


@dataclass
class Reading:
    """What one goal says, in its own words."""
    kind: str  # "we" ("Vi arbejder med …"), "clause" ("Sygefraværet nedbringes …"), "phrase" ("Tryg pleje")
    doing: str  # the action in the infinitive (we), the clause (clause), or the phrase itself
    topic: str  # what it is about: its object or subject, for the shorter questions
    time: str = ""
    figure: str = ""
    partners: str = ""


def _infinitive(word: str) -> str:
    word = word.lower()
    return _FINITE.get(word, word[:-1] if word.endswith("er") else word)


def _present(word: str) -> str:
    return _PRESENT.get(word, word + "r" if word.endswith("e") or word in _SHORT_VERBS else word)


def _clip(words: list[str], limit: int) -> str:
    words = words[:limit]
    while words and (words[-1].lower().strip(",") in _TRAILING or words[-1] in ",-–"):
        words.pop()
    return " ".join(words).rstrip(",;:")


def _until_boundary(words: list[str], keep: int = 0) -> list[str]:
    """Words up to where the goal goes on to something else: a dash, a clause after a comma (once
    `keep` words are in: "en tilbudsvifte, som …" keeps its clause), a second verb after "og"
    ("… mål og giver slip"; not "redskaber og metoder", two nouns)."""
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in "-–" or (len(out) >= keep and out and out[-1].endswith(",") and word in _CLAUSE_WORDS):
            break
        if word == "og" and out and following.lower() in _MODALS | set(_FINITE):
            break
        if word == "og" and out and following.endswith("er") and len(following) > 4 and \
                not following[0].isupper() and not out[-1].rstrip(",").endswith(("er", "-")):
            break
        out.append(word)
    if out:
        out[-1] = out[-1].rstrip(",")
    return out


def _lower_first(words: list[str]) -> list[str]:
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first.isupper() or any(c.isdigit() for c in first) or second[:1].isupper():
        return words  # a name ("Lindholm Sundhedshus"), an acronym or a figure
    return [first[:1].lower() + first[1:]] + words[1:]


def _at(words: list[str], i: int) -> str:
    return words[i].lower().rstrip(",") if i < len(words) else ""


def _finite_verb(words: list[str]) -> int | None:
    """The index of the clause's finite verb: a modal, "er"/"har", a passive ("tilbydes") before
    any -er word ("optager", but not "af elever"), skipping a relative clause (", der fylder 75 år,")."""
    candidates: list[tuple[int, int]] = []
    skipping = False
    for i, word in enumerate(words[1:14], 1):
        bare = word.lower().rstrip(",")
        if words[i - 1].endswith(",") and bare in ("der", "som", "og"):
            if bare == "og":
                break  # a second clause ("…, og alle elever får …")
            skipping = True
        if skipping:
            skipping = not word.endswith(",")
            continue
        before, after = words[i - 1].lower().rstrip(","), (words[i + 1] if i + 1 < len(words) else "")
        if bare in _MODALS or bare in _FINITE:
            candidates.append((0, i))
        elif not bare.isalpha() or bare in _NOT_VERBS or before in _BEFORE_NOUN:
            continue
        elif bare.endswith("es") and len(bare) > 5:
            candidates.append((1, i))  # a passive is surer than an -er word, which may be a plural
        elif bare.endswith("er") and len(bare) > 3:
            pair = after == "og" and _at(words, i + 2).endswith("er")  # "kender og bidrager", "køkkener og kantiner"
            if (after != "og" or pair) and not (pair and _at(words, i + 3).endswith("er")):
                candidates.append((2, i))
    return min(candidates)[1] if candidates else None


def _topic(words: list[str]) -> list[str]:
    """The object: after a leading preposition or "fokus på (at)", up to a purpose clause."""
    text = " ".join(words)
    text = re.sub(r"^(?:fokus på|øje for|for at|at)\s+(?:at\s+)?", "", text)
    text = _PURPOSE.split(f" {text} ", 1)[0].strip()
    found = text.split()
    if len(found) > 1 and found[0] in _PREPOSITIONS and found[1] not in ("og", "eller"):
        found = found[1:]
    return found


def read(goal: str) -> Reading:
    """The goal's kind and words; the text is one målsætning, principle or item title."""
    text = goal.split(" · ")[0].strip().strip("\"“”»«'").strip()
    text = re.sub(r"^[-–•:·\s]+", "", text).rstrip(" .;:")
    text = re.sub(r"\s+", " ", text)
    time = next((m for m in (p.search(text) for p in _TIMES) if m), None)
    figure, partners = _FIGURE.search(text), _PARTNERS.search(text)
    if time and figure and time.start() <= figure.start() < time.end():  # "mindst én gang om året"
        figure = None
    extra = dict(time=time.group(0) if time else "", figure=figure.group(0) if figure else "",
                 partners=partners.group(1).strip(" ,") if partners else "")
    words = text.split()
    if not words:
        return Reading("phrase", goal, goal)
    if words[0].lower() == "vi" and len(words) > 2:
        return _read_we(words, extra)
    if words[0][:1].islower() and (words[0].endswith("e") or words[0] in _SHORT_VERBS):  # "inddrage …" ("Vi vil:")
        body = _until_boundary(words)
        topic = _topic(body[1:])
        return Reading("we", _clip(body, 20), _clip(topic if len(topic) >= 2 else body, 8), **extra)
    verb_at = _finite_verb(words)
    if verb_at is None:
        return Reading("phrase", _clip(words, 12), _clip(words, 10), **extra)
    words = _lower_first(words)
    clause = list(words)
    if words[verb_at].lower() in ("skal", "vil", "bør") and verb_at + 1 < len(words):  # "skal stige": "stiger"
        clause = words[:verb_at] + [_present(words[verb_at + 1].lower())] + words[verb_at + 2:]
    plain = _lower_first(_TIMES[0].sub("", _TIMES[1].sub("", text)).split())  # the topic without its date
    topic = words if len(words) <= 6 else _clause_topic(plain, _finite_verb(plain) or verb_at)
    doing = clause[:verb_at] + _until_boundary(clause[verb_at:], keep=4)
    return Reading("clause", _clip(doing, 20), _clip(topic, 9), **extra)


def _read_we(words: list[str], extra: dict) -> Reading:
    """ "Vi arbejder med …", "Vi vil arbejde for …", "Vi udfordrer, støtter og motiverer …": the
    verbs in the infinitive with what follows, and the object as the topic."""
    verb_at = 2 if words[1].lower() in _MODALS else 1
    verbs = [words[verb_at] if verb_at == 2 else _infinitive(words[1].rstrip(","))]
    rest = words[verb_at + 1:]
    if rest[:1] == ["og"] and len(rest) > 1 and rest[1].endswith("er"):  # "kommunikerer og samarbejder"
        verbs.append("og " + _infinitive(rest[1]))
        rest = rest[2:]
    while words[verb_at].endswith(",") and rest and rest[0].rstrip(",").endswith("er"):  # "udfordrer, støtter og …"
        verbs.append(_infinitive(rest.pop(0).rstrip(",")))
        if rest[:1] == ["og"] and len(rest) > 1 and rest[1].endswith("er"):
            verbs.append("og " + _infinitive(rest[1]))
            rest = rest[2:]
            break
    action = " ".join(v.rstrip(",") + ("," if i < len(verbs) - 2 else "") for i, v in enumerate(verbs))
    body = _until_boundary(rest, keep=4)
    topic = _topic(_until_boundary(rest))
    if extra["partners"] and " ".join(topic) == extra["partners"]:  # "samarbejde med X om at Y": Y
        purpose = _PURPOSE.split(f" {' '.join(body)} ", 1)
        topic = purpose[1].split() if len(purpose) > 1 else topic
    doing = f"{action} {_clip(body, 20)}".strip()
    if len(topic) < 2 or topic[0] in _PREPOSITIONS:
        topic = doing.split()
    return Reading("we", doing, _clip(topic, 8), **extra)


def _clause_topic(words: list[str], verb_at: int) -> list[str]:
    """The subject ("sygefraværet i hjemmeplejen"), or when it is just "alle …"/"flere …" the
    object ("… kender og bidrager til løsningen af den fælles kerneopgave": "løsningen af …")."""
    subject = words[:verb_at]
    if len(subject) == 1:  # "akutteamet", "unge": with what the clause says of it
        return _until_boundary(words)[:7]
    if subject[0].lower() not in _QUANTIFIERS and not subject[0][:1].isdigit():
        return subject
    rest = words[verb_at + 1 + (words[verb_at].lower() in _MODALS):]
    while rest[:1] == ["og"] and len(rest) > 2:
        rest = rest[2:]  # "kender og bidrager til …": past the verbs coordinated with the first
    return _topic(_until_boundary(rest)) or subject


def guiding_questions(goal: str, language: str) -> list[str]:
    """Four questions for one goal: do, who, when, how we see it; each in the goal's words."""
    found = read(goal)
    topic = found.topic or found.doing
    if found.kind == "we":
        do = render("plan_q_do_action", language, action=found.doing)
    elif found.kind == "clause":
        do = render("plan_q_do_clause", language, clause=found.doing)
    else:
        do = render("plan_q_do_topic", language, topic=topic)
    who = render("plan_q_partners", language, partners=found.partners) if found.partners \
        else render("plan_q_owner", language, topic=topic)
    when = render("plan_q_time", language, time=found.time) if found.time \
        else render("plan_q_followup", language, topic=topic)
    see = render("plan_q_figure", language, figure=found.figure) if found.figure \
        else render("plan_q_measure", language, topic=topic)
    return list(dict.fromkeys([do, who, when, see]))
