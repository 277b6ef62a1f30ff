"""A regression set: questions with what their answers must cite and say, scored per kind.

strategibot was tuned on five bundled strategies; a municipality that ingests its own needs to see,
on its own questions, whether the answers still quote what they should (`python -m bot eval`).
bench/run.py scores strategibot and the LangChain baseline with these same functions, so a figure
means the same thing in the benchmark as in a municipality's own run.

One JSON object a line (tests/fixtures/devset/README.md): `{"id", "q", "org": [organisations the
citations may come from], "cite": [[phrase, alternative…], …], "say": [[phrase, alternative…], …],
"kind"}`, optionally `"refuse": true`; kind `refuse` means the same. Other keys are ignored.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bot.answer.model import CLARIFY, NO_ANSWER, Answer

KINDS = ("structure", "fact", "table", "team", "overview", "english", "refuse")  # table order
ALL = "alle"
Groups = tuple[tuple[str, ...], ...]


class QuestionFileError(ValueError):
    """A question file that cannot be scored; the message names the line, for the person fixing it."""

    def __init__(self, line: int | None, reason: str):
        super().__init__(f"linje {line}: {reason}" if line else reason)
        self.line = line


@dataclass(frozen=True)
class Case:
    id: str
    q: str
    org: tuple[str, ...] = ()
    cite: Groups = ()
    say: Groups = ()
    kind: str = "andet"
    refuse: bool = False


def _groups(value, name: str, line: int) -> Groups:
    """A group may be a bare string; an empty group (or phrase) could never fail, so it is an error."""
    groups = [[g] if isinstance(g, str) else g for g in value] if isinstance(value, list) else value or []
    if not isinstance(groups, list) or not all(isinstance(g, list) and g and all(
            isinstance(p, str) and fold(p) for p in g) for g in groups):
        raise QuestionFileError(line, f'"{name}" skal være en liste af ikke-tomme lister af tekststykker')
    return tuple(tuple(g) for g in groups)


def parse_case(raw: object, line: int) -> Case:
    if not isinstance(raw, dict):
        raise QuestionFileError(line, "skal være et JSON-objekt: {\"id\", \"q\", \"org\", \"cite\", \"say\", \"kind\"}")
    q = raw.get("q")
    if not isinstance(q, str) or not q.strip():
        raise QuestionFileError(line, '"q" (spørgsmålet) mangler eller er tomt')
    org = [raw["org"]] if isinstance(raw.get("org"), str) else raw.get("org") or []
    if not isinstance(org, list) or not all(isinstance(o, str) for o in org):
        raise QuestionFileError(line, '"org" skal være en liste af organisationsnavne')
    kind = raw.get("kind")
    if kind is not None and (not isinstance(kind, str) or not kind.strip()):
        raise QuestionFileError(line, '"kind" skal være en tekst, fx structure, fact eller refuse')
    refuse = raw.get("refuse", False) is True or kind == "refuse"
    case = Case(str(raw.get("id") or f"linje-{line}"), q.strip(), tuple(o.strip() for o in org if o.strip()),
                _groups(raw.get("cite"), "cite", line), _groups(raw.get("say"), "say", line),
                (kind or ("refuse" if refuse else "andet")).strip().lower(), refuse)
    if case.refuse and case.cite:
        raise QuestionFileError(line, 'et spørgsmål, der skal afvises, kan ikke også kræve "cite"')
    if not (case.refuse or case.cite or case.say):
        raise QuestionFileError(line, 'intet at måle: angiv "cite", "say" eller "refuse": true')
    return case


def load_cases(path: Path) -> list[Case]:
    """Every question in the file, or a QuestionFileError naming the first bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise QuestionFileError(None, f"{path} kan ikke læses ({error})") from None
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            case = parse_case(json.loads(text), n)
        except json.JSONDecodeError as error:
            raise QuestionFileError(n, f"ikke gyldig JSON ({error.msg}, tegn {error.colno})") from None
        if case.id in seen:
            raise QuestionFileError(n, f'id "{case.id}" er brugt før, i linje {seen[case.id]}')
        seen[case.id] = n
        cases.append(case)
    if not cases:
        raise QuestionFileError(None, f"{path} indeholder ingen spørgsmål")
    return cases


def fold(text: str) -> str:
    """Case, æ/ø/å (also written ae/oe/aa or lost to OCR as a/o) and punctuation folded alike on both sides,
    so a phrase written "Soelund", "Sølund" or "Solund" and "350.000 kr." or "350 000 kr" compare equal.
    Kept apart from retrieval.text.fold, which does not fold punctuation or "oe": a change to
    matching must not move the scores that judge it."""
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("aa", "a").replace("oe", "o")))


def _holds(group: tuple[str, ...], texts: list[str]) -> bool:
    return any(fold(p) in t for p in group for t in texts)


def _same_org(organisation: str, wanted: tuple[str, ...]) -> bool:
    return fold(organisation) in {fold(o) for o in wanted}


@dataclass
class Outcome:
    """How one answer did. None means the measure does not apply to the question."""

    case: Case
    answer: Answer
    hit: bool | None = None
    said: bool | None = None
    refused: bool | None = None
    cited: int = 0  # citations counted for organisation precision (questions with `org`)
    cited_right: int = 0  # of those, from one of the question's organisations
    missing_cite: list[tuple[str, ...]] = field(default_factory=list)
    elsewhere: list[tuple[str, ...]] = field(default_factory=list)  # missing, but in another org's citation
    missing_say: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.hit is False or self.said is False or self.refused is False or self.cited_right < self.cited


def score(case: Case, answer: Answer) -> Outcome:
    """Hit: every cite group has a phrase in some citation's text (only the question's organisations'
    citations count when it names any). Say: every say group has a phrase in the answer text itself."""
    out = Outcome(case, answer)
    ours = [fold(c.text) for c in answer.citations if not case.org or _same_org(c.organisation, case.org)]
    if case.refuse:
        out.refused = answer.status in (NO_ANSWER, CLARIFY)
    elif case.cite:
        out.missing_cite = [g for g in case.cite if not _holds(g, ours)]
        everyone = [fold(c.text) for c in answer.citations]
        out.elsewhere = [g for g in out.missing_cite if _holds(g, everyone)]
        out.hit = not out.missing_cite
    if case.say:
        said = [fold(answer.text)]
        out.missing_say = [g for g in case.say if not _holds(g, said)]
        out.said = not out.missing_say
    if case.org:
        out.cited = len(answer.citations)
        out.cited_right = sum(_same_org(c.organisation, case.org) for c in answer.citations)
    return out


@dataclass
class KindScore:
    """Shares over the questions a measure applies to; organisation pools the citations. None: no such question."""

    kind: str
    n: int
    hit: float | None
    organisation: float | None
    say: float | None
    refusals: float | None


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def _kind_score(kind: str, outcomes: list[Outcome]) -> KindScore:
    cited = sum(o.cited for o in outcomes)
    return KindScore(kind, len(outcomes), _share([o.hit for o in outcomes if o.hit is not None]),
                     sum(o.cited_right for o in outcomes) / cited if cited else None,
                     _share([o.said for o in outcomes if o.said is not None]),
                     _share([o.refused for o in outcomes if o.refused is not None]))


def summarise(outcomes: list[Outcome]) -> list[KindScore]:
    """One row per kind present (the README's kinds first, others after), then "alle"."""
    kinds = sorted({o.case.kind for o in outcomes}, key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    return [_kind_score(k, [o for o in outcomes if o.case.kind == k]) for k in kinds] + [_kind_score(ALL, outcomes)]


class Asker:
    """Answers as `ask` does (the assistant, so "introduktion" works too), with a throw-away
    database and one user per question: a question that reads as a profile ("Jeg er leder i …")
    must not change the answers to the questions after it, nor the real profiles."""

    def __init__(self, core):
        from bot.assistant import Assistant
        from bot.database import Database

        self._dir = tempfile.TemporaryDirectory(prefix="strategibot-eval-")
        self.assistant = Assistant(core, Database(Path(self._dir.name) / "eval.sqlite3"))
        self.organisation = core.retriever.organisation

    def __call__(self, case: Case, organisation: str | None = None) -> Answer:
        from bot.message import Message, Surface

        return self.assistant.handle(Message(Surface.CLI, case.q, f"eval:{case.id}",
                                             organisation=organisation or self.organisation)).answer


def evaluate(cases: list[Case], ask) -> list[Outcome]:
    """Each case asked once through `ask` (an Asker, or the benchmark's baseline) and scored."""
    return [score(case, ask(case)) for case in cases]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def report(outcomes: list[Outcome]) -> str:
    """The per-kind table, what its columns mean, then each failure with the answer's first lines."""
    header = ("type", "antal", "træf", "organisation", "siger", "afvisninger")
    rows = [(s.kind, str(s.n), _pct(s.hit), _pct(s.organisation), _pct(s.say), _pct(s.refusals))
            for s in summarise(outcomes)]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header, *rows]]
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    lines += ["", "træf: kilderne holder de ønskede tekststykker (fra de rigtige organisationer); "
              "organisation: andel af kilderne fra de rigtige organisationer; siger: svaret nævner det "
              "ønskede; afvisninger: andel af spørgsmålene, der skal afvises, som blev afvist."]
    failed = [o for o in outcomes if o.failed]
    lines += ["", f"{len(failed)} af {len(outcomes)} spørgsmål fejlede" + (":" if failed else ".")]
    for o in failed:
        lines += ["", f"{o.case.id} ({o.case.kind}): {o.case.q}"]
        if o.refused is False:
            lines.append(f"  skulle afvises (no_answer eller clarify), men fik status {o.answer.status}")
        lines += [f"  mangler i kilderne: {' / '.join(map('«{}»'.format, g))}"
                  + (" (står kun i kilder fra andre organisationer)" if g in o.elsewhere else "")
                  for g in o.missing_cite]
        lines += [f"  mangler i svaret: {' / '.join(map('«{}»'.format, g))}" for g in o.missing_say]
        others = sorted({c.organisation or "(ukendt)" for c in o.answer.citations
                         if o.case.org and not _same_org(c.organisation, o.case.org)})
        if others:
            lines.append(f"  {o.cited - o.cited_right} af {o.cited} kilder fra andre organisationer: "
                         + ", ".join(others))
        first = [x.strip() for x in o.answer.text.splitlines() if x.strip()][:3]
        lines.append(f"  svar ({o.answer.status}): " + ("\n    ".join(
            x if len(x) <= 160 else x[:157] + "…" for x in first) or "(tomt)"))
    return "\n".join(lines)


def report_json(outcomes: list[Outcome]) -> dict:
    return {"kinds": [vars(s) for s in summarise(outcomes)],
            "questions": [{"id": o.case.id, "kind": o.case.kind, "q": o.case.q, "failed": o.failed,
                           "hit": o.hit, "said": o.said, "refused": o.refused, "cited": o.cited,
                           "cited_right": o.cited_right, "missing_cite": o.missing_cite,
                           "missing_say": o.missing_say, "answer": o.answer.as_json()} for o in outcomes]}
