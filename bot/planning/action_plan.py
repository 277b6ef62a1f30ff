"""Action-plan drafts: for each målsætning of a pejlemærke, quoted and cited, rows for local action,
owner, timing and how progress is measured; exported as Markdown and DOCX.

Without an LLM the guiding questions from `prompts/` are filled in and the rest is left for the
team. With one, each row gets a suggestion fitted to the team profile, tied to its målsætning.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from langchain_core.messages import HumanMessage, SystemMessage

from bot.answer.compose import CitationList, goals_in, item_name
from bot.answer.model import ANSWERED, NO_ANSWER, Answer, Citation
from prompts import render, template


@dataclass
class Goal:
    number: str  # "3.1", or the principle's name where a strategy has principper instead
    text: str
    citation: int
    suggestion: list[str] = field(default_factory=list)  # action, owner, timing, measure


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


def _goals(catalog, organisation: str, number: int, citations: CitationList) -> list[Goal]:
    chunks = sorted(catalog.chunks_of(organisation, number), key=lambda d: d.metadata.get("chunk_index", 0))
    goals = []
    for doc in chunks:
        for code, line in goals_in(doc):
            text = re.sub(rf"^(?:[^\W\d]+\s+)?{re.escape(code)}\.?\s*", "", line.strip()) or line.strip()
            goals.append(Goal(code, text, citations.cite(doc, line)))
    if goals:
        return goals
    seen = set()  # no målsætninger: the pejlemærke's principper are what the team works towards
    for doc in chunks:
        path = doc.metadata["section"].split(" › ")
        if doc.metadata.get("section_kind") == "principper" and len(path) >= 3 and path[-1] not in seen:
            seen.add(path[-1])
            goals.append(Goal("", path[-1], citations.cite(doc, path[-1])))
    return goals


def build_plan(core, organisation: str, number: int, team: str, language: str,
               chat_model=None) -> tuple[Answer, ActionPlan | None]:
    catalog = core.catalog
    citations = CitationList()
    title = catalog.pejlemaerker(organisation).get(organisation, {}).get(number, "")
    goals = _goals(catalog, organisation, number, citations)
    first = catalog.first_chunk(organisation, number)
    if not goals:
        return Answer(NO_ANSWER, render("no_goals", language, organisation=organisation,
                                        item=item_name(first.metadata if first else {}, number).lower()),
                      language=language), None
    plan = ActionPlan(organisation, number, title, team, goals, citations.citations, language,
                      item=item_name(first.metadata if first else {}, number))
    if chat_model is not None:
        plan.generated = _suggest(chat_model, plan)
    return Answer(ANSWERED, to_markdown(plan), plan.citations, language), plan


def _suggest(chat_model, plan: ActionPlan) -> bool:
    """One suggestion row per målsætning, in the form "nummer | handling | ansvarlig | tid | måling"."""
    goals = "\n".join(f"{i} | {g.number} {g.text}" for i, g in enumerate(plan.goals, 1))
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


def _intro(plan: ActionPlan) -> str:
    team = f" ({plan.team})" if plan.team else ""
    name = "plan_intro_generated" if plan.generated else "plan_intro"
    return render(name, plan.language, organisation=plan.organisation, team=team)


def to_markdown(plan: ActionPlan) -> str:
    columns = render("plan_columns", plan.language).split("|")
    lines = [f"# {render('plan_title', plan.language, item=plan.item, title=plan.title)}", "",
             _intro(plan), ""]
    questions = template("plan_questions", plan.language).splitlines()
    for goal in plan.goals:
        lines += [f"## {goal.number} {goal.text} [{goal.citation}]".replace("##  ", "## "), ""]
        lines += [f"- {q}" for q in questions] + [""]
        lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        row = goal.suggestion or [""] * len(columns)
        lines += ["| " + " | ".join(row) + " |", "| " + " | ".join([""] * len(columns)) + " |", ""]
    lines.append(f"## {render('sources_heading', plan.language)}")
    for n, c in enumerate(plan.citations, 1):
        lines.append(f"{n}. {c.organisation} · {c.title} · {c.section}" + (f" · s. {c.page}" if c.page else "")
                     + f": «{c.text}»")
    return "\n".join(lines)


def to_docx(plan: ActionPlan) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(render("plan_title", plan.language, item=plan.item, title=plan.title), level=1)
    document.add_paragraph(_intro(plan))
    columns = render("plan_columns", plan.language).split("|")
    questions = template("plan_questions", plan.language).splitlines()
    for goal in plan.goals:
        document.add_heading(f"{goal.number} {goal.text} [{goal.citation}]".strip(), level=2)
        for question in questions:
            document.add_paragraph(question, style="List Bullet")
        table = document.add_table(rows=3, cols=len(columns))
        table.style = "Table Grid"
        for i, name in enumerate(columns):
            table.cell(0, i).text = name
        for i, value in enumerate(goal.suggestion):
            table.cell(1, i).text = value
    document.add_heading(render("sources_heading", plan.language), level=2)
    for n, c in enumerate(plan.citations, 1):
        document.add_paragraph(f"[{n}] {c.organisation} · {c.title} · {c.section}: «{c.text}»")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
