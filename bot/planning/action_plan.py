"""Action-plan drafts: what a pejlemærke (or tema, indsatsområde, …) means, quoted and cited; then
for each of its målsætninger, quoted and cited, guiding questions in the målsætning's own words
and rows for the team's actions, owner, deadline and follow-up, measure and status. Exported as
Markdown, DOCX (`bot.planning.plan_docx`) and structured blocks the web chat renders as a plan.

Without an LLM the questions come from `bot.planning.questions` and the rows are left for the
team. With one, each målsætning also gets a suggested row fitted to the team profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from langchain_core.documents import Document
from langchain_core.messages import HumanMessage, SystemMessage

from bot.answer.compose import CitationList
from bot.answer.model import ANSWERED, NO_ANSWER, Answer, Citation
from bot.answer.units import body, own_heading, sentences
from bot.planning.questions import guiding_questions
from prompts import render
from strategy.schema import chunk_meta, item_name

BLANK_ROWS = 1  # empty rows per målsætning in Markdown and the web chat; the DOCX has more to write in
_BULLET = re.compile(r"^\s*[-–•*·▪]\s+")


@dataclass
class Goal:
    number: str  # "3.1", or "" for a principle or a listed action without a number
    text: str
    citation: int
    suggestion: list[str] = field(default_factory=list)  # action, owner, timing, measure
    questions: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.number} {self.text}".strip()


@dataclass
class ActionPlan:
    organisation: str
    number: int
    title: str
    team: str
    goals: list[Goal]
    citations: list[Citation]
    language: str = "da"
    generated: bool = False
    item: str = ""  # "Pejlemærke 3", "Tema 3": as the strategy names it
    about: list[tuple[str, int]] = field(default_factory=list)  # what the item means: (quote, citation)


def _clean(line: str, code: str = "") -> str:
    """A goal as written, without its number, label ("Mål 1.1") or list mark ("- ", ": ")."""
    text = re.sub(rf"^(?:[^\W\d]+\s+)?{re.escape(code)}\.?\s*", "", line.strip()) if code else line.strip()
    return re.sub(r"^[-–•:·\s]+", "", text).strip() or line.strip()


def _listed(chunks: list[Document]) -> list[tuple[Document, str, str]]:
    """(chunk, line, goal) of the items listed under a lead-in such as "Vi vil:", across chunks:
    what a tema without numbered målsætninger commits to. A short lead-in is read with its item
    ("Vi vil" + "skabe 60 nye fleksjob" is "Vi vil skabe 60 nye fleksjob")."""
    found, lead = [], None
    for doc in chunks:
        for line in body(doc).split("\n")[1 if own_heading(doc) else 0:]:
            if line.rstrip().endswith(":"):
                lead = line.strip().rstrip(":")
            elif lead is not None and _BULLET.match(line):
                item = _clean(line)
                short = len(lead.split()) <= 4 and item[:1].islower()
                found.append((doc, line.strip(), f"{lead} {item}" if short else item))
            elif line.strip():
                lead = None
    return found


def _goals(catalog, organisation: str, number: int, citations: CitationList) -> list[Goal]:
    chunks = sorted(catalog.chunks_of(organisation, number), key=lambda d: chunk_meta(d).chunk_index)
    goals: list[Goal] = []
    seen: set[tuple[str, str] | str] = set()
    for doc in chunks:
        for code, line in chunk_meta(doc).goal_lines:
            text = _clean(line, code)
            if (code, text) not in seen:  # a goal a second chunk repeats is one goal
                seen.add((code, text))
                goals.append(Goal(code, text, citations.cite(doc, line)))
    if goals:
        return goals
    for doc in chunks:  # no målsætninger: the pejlemærke's principper are what the team works towards
        path = chunk_meta(doc).section_path
        if chunk_meta(doc).section_kind == "principper" and len(path) >= 3 and path[-1] not in seen:
            seen.add(path[-1])
            goals.append(Goal("", path[-1], citations.cite(doc, path[-1])))
    if goals:
        return goals
    for doc, line, text in _listed(chunks):  # nor principper: what it lists that "vi vil"
        if text not in seen:
            seen.add(text)
            goals.append(Goal("", text, citations.cite(doc, line)))
    return goals


def _about(first, chunks, citations: CitationList) -> list[tuple[str, int]]:
    """What the item means, in its own words: its motto or opening sentences, and the start of a
    section about it ("Om pejlemærket"); at most three sentences."""
    quotes: list[tuple[str, int]] = []
    count = 0
    goal_lines = {line for doc in chunks for _, line in chunk_meta(doc).goal_lines}
    about = [d for d in chunks if d is not first and chunk_meta(d).section_kind == "om"][:1]
    for doc in [first, *about]:
        own = own_heading(doc)
        prose = []  # the text before a list or its lead-in: what the item is, not what it lists
        for line in body(doc).split("\n"):
            if line.rstrip().endswith(":") or _BULLET.match(line) or line.strip() in goal_lines:
                break
            prose.append(line)
        for sentence in sentences("\n".join(prose)):
            if count >= 3 or sentence == own:
                continue
            count += 1
            text, n = sentence.strip().strip("”“\"").strip(), citations.cite(doc, sentence)
            if quotes and quotes[-1][1] == n:  # sentences of one citation make one quote
                text = f"{quotes.pop()[0]} {text}"
            quotes.append((text, n))
    return quotes


def build_plan(core, organisation: str, number: int, team: str, language: str,
               chat_model=None) -> tuple[Answer, ActionPlan | None]:
    catalog = core.catalog
    citations = CitationList()
    title = catalog.pejlemaerker(organisation).get(organisation, {}).get(number, "")
    first = catalog.first_chunk(organisation, number)
    if first is None:
        return Answer(NO_ANSWER, render("no_goals", language, organisation=organisation,
                                        item=item_name(None, number).lower()), language=language), None
    chunks = sorted(catalog.chunks_of(organisation, number), key=lambda d: chunk_meta(d).chunk_index)
    about = _about(first, chunks, citations)  # cited first: what the item means opens the plan
    goals = _goals(catalog, organisation, number, citations)
    if not goals:  # nothing listed under it: the item itself is what the team works towards
        text = about[0][0] if about else title
        goals = [Goal("", text, about[0][1] if about else citations.cite(first, own_heading(first) or title))]
    for goal in goals:
        goal.questions = guiding_questions(goal.text, language)
    plan = ActionPlan(organisation, number, title, team, goals, citations.citations, language,
                      item=item_name(chunk_meta(first).item, number), about=about)
    if chat_model is not None:
        plan.generated = _suggest(chat_model, plan)
    return Answer(ANSWERED, to_markdown(plan), plan.citations, language, generated=plan.generated), plan


def _suggest(chat_model, plan: ActionPlan) -> bool:
    """One suggestion row per målsætning, in the form "nummer | handling | ansvarlig | tid | måling"."""
    goals = "\n".join(f"{i} | {g.heading}" for i, g in enumerate(plan.goals, 1))
    messages = [SystemMessage(render("plan_system", plan.language)),
                HumanMessage(render("plan_user", plan.language, team=plan.team or "-", goals=goals))]
    try:
        reply = str(chat_model.invoke(messages).content)
    except Exception:  # the draft without suggestions is still a useful draft
        return False
    found = False
    for line in reply.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].isdigit() and 1 <= int(cells[0]) <= len(plan.goals):
            plan.goals[int(cells[0]) - 1].suggestion = cells[1:]
            found = True
    return found


def intro(plan: ActionPlan) -> str:
    team = f" ({plan.team})" if plan.team else ""
    name = "plan_intro_generated" if plan.generated else "plan_intro"
    return render(name, plan.language, organisation=plan.organisation, team=team)


def title(plan: ActionPlan) -> str:
    return render("plan_title", plan.language, item=plan.item, title=plan.title)


def columns(plan: ActionPlan) -> list[str]:
    """Action, owner (ansvarlig), deadline and follow-up (opfølgning), measure, status."""
    return render("plan_columns", plan.language).split("|")


def rows(plan: ActionPlan, goal: Goal, blank: int = BLANK_ROWS) -> list[list[str]]:
    width = len(columns(plan))
    filled = [(goal.suggestion + [""] * width)[:width]] if goal.suggestion else []
    return filled + [[""] * width for _ in range(blank)]


def where(plan: ActionPlan, citation: int) -> str:
    """organisation · document · section · page of one citation, for "what it means" and the sources."""
    c = plan.citations[citation - 1]
    page = f" · {render('page', plan.language, page=c.page)}" if c.page else ""
    return f"{c.organisation} · {c.title} · {c.section}{page}"


def about_heading(plan: ActionPlan) -> str:
    return render("plan_about", plan.language, item=plan.item[:1].lower() + plan.item[1:])


def about_sources(plan: ActionPlan) -> list[str]:
    """Where each quote of "what it means" is from: organisation, document, section, page."""
    return [render("plan_source", plan.language, number=n, where=where(plan, n))
            for n in dict.fromkeys(n for _, n in plan.about)]


def to_blocks(plan: ActionPlan) -> list[dict]:
    """The plan as structured content (heading, paragraph, quote, list, table), for a surface that
    renders it natively; [n] in a text is citation n. The sources are the reply's citations."""
    blocks: list[dict] = [{"type": "heading", "level": 1, "text": title(plan)},
                          {"type": "paragraph", "text": intro(plan)}]
    if plan.about:
        blocks.append({"type": "heading", "level": 2, "text": about_heading(plan)})
        blocks += [{"type": "quote", "text": f"«{text}» [{n}]"} for text, n in plan.about]
        blocks += [{"type": "paragraph", "text": line} for line in about_sources(plan)]
    head = columns(plan)
    for goal in plan.goals:
        blocks += [{"type": "heading", "level": 2, "text": f"{goal.heading} [{goal.citation}]"},
                   {"type": "paragraph", "text": render("plan_questions_heading", plan.language)},
                   {"type": "list", "items": list(goal.questions)},
                   {"type": "table", "columns": head, "rows": rows(plan, goal)}]
    return blocks


def to_markdown(plan: ActionPlan) -> str:
    lines = [f"# {title(plan)}", "", intro(plan), ""]
    if plan.about:
        lines += [f"## {about_heading(plan)}", ""]
        lines += [f"> «{text}» [{n}]\n" for text, n in plan.about]
        lines += [f"{line}  " for line in about_sources(plan)] + [""]
    head = columns(plan)
    for goal in plan.goals:
        lines += [f"## {goal.heading} [{goal.citation}]", "", render("plan_questions_heading", plan.language), ""]
        lines += [f"- {q}" for q in goal.questions] + [""]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in rows(plan, goal)] + [""]
    lines.append(f"## {render('sources_heading', plan.language)}")
    for n, c in enumerate(plan.citations, 1):
        lines.append(f"{n}. {where(plan, n)}: «{c.text}»")
    return "\n".join(lines)


def to_docx(plan: ActionPlan) -> bytes:
    from bot.planning.plan_docx import plan_docx

    return plan_docx(plan)
