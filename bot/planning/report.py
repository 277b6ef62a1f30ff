"""The strategy owners' report: questions asked, unanswered ones and 👎 feedback, grouped by
organisation and pejlemærke (or tema, indsatsområde, …) over a period, so owners see where the
strategy is unclear or silent.

Only questions count: a reply to a command (handleplan, introduktion, the task fit, and in older
databases profil or kilder) says nothing about where the strategy is unclear, so it is left out.
The column names are Danish, from `prompts/`, since the owners read them on a Danish page and in
a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import astuple, dataclass

from prompts import render

FIELDS = ("organisation", "item", "questions", "unanswered", "thumbs_down", "examples")
# An item as a question or a cited section names it: "pejlemærke 3", "Tema 2: …", "Indsatsområde 1 - …".
_ITEM = re.compile(r"\b(pejlem(?:æ|ae|a)rke|tema|fokusområde|indsatsområde|spor|politisk mål)\s+(\d{1,2})\b", re.I)


def columns(language: str = "da") -> list[str]:
    """The report's column headers, as the reader's language writes them."""
    return render("report_columns", language).split("|")


@dataclass
class ReportRow:
    organisation: str
    item: str  # "Pejlemærke 3", "Tema 2"; empty when the question was about no one item
    questions: int = 0
    unanswered: int = 0
    thumbs_down: int = 0
    examples: str = ""  # a few of the unanswered or disliked questions, for the owner to read


def _item(row: dict) -> str:
    for text in [row["question"]] + [c["section"] for c in row["citations"]]:
        match = _ITEM.search(text)
        if match:
            label = re.sub(r"(?i)pejlem(?:ae|a)rke", "pejlemærke", match.group(1).lower())
            return f"{label[:1].upper()}{label[1:]} {match.group(2)}"
    return ""


def is_command(row: dict, organisations) -> bool:
    """A reply to a command: marked so when it was recorded, or (rows from before that was kept)
    a question text that reads as one."""
    if row.get("command"):
        return True
    from bot.commands import parse

    return parse(row["question"] or "", organisations) is not None


def build_report(feedback_rows: list[dict], organisations: list[str]) -> list[ReportRow]:
    from retrieval.query import find_organisation

    groups: dict[tuple[str, str], ReportRow] = {}
    for row in feedback_rows:
        if is_command(row, organisations):
            continue
        cited = {c["organisation"] for c in row["citations"]}
        organisation = (next(iter(cited)) if len(cited) == 1
                        else find_organisation(row["question"], organisations) or "(flere/ukendt)")
        key = (organisation, _item(row))
        group = groups.setdefault(key, ReportRow(*key))
        group.questions += 1
        problem = False
        if row["status"] == "no_answer":
            group.unanswered += 1
            problem = True
        if row["rating"] == -1:
            group.thumbs_down += 1
            problem = True
        if problem and group.examples.count(" | ") < 2:
            group.examples = f"{group.examples} | {row['question'][:120]}" if group.examples else row["question"][:120]
    return sorted(groups.values(), key=lambda r: (-(r.unanswered + r.thumbs_down), r.organisation, r.item))


def to_csv(rows: list[ReportRow], language: str = "da") -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns(language))
    for r in rows:
        writer.writerow(astuple(r))
    return out.getvalue()


def to_html(rows: list[ReportRow], start, end) -> str:
    """The report as a Danish page: the form for the period, and one table row per group."""
    from html import escape

    head = "".join(f"<th scope=col>{escape(c)}</th>" for c in columns("da"))
    cells = "".join("<tr>" + "".join(
        f"<td class=number>{value}</td>" if isinstance(value, int) else f"<td>{escape(value)}</td>"
        for value in astuple(r)) + "</tr>" for r in rows)
    if not rows:
        cells = f"<tr><td colspan={len(FIELDS)}>{escape(render('report_empty', 'da'))}</td></tr>"
    title = escape(render("report_title", "da"))
    caption = escape(render("report_caption", "da", start=start, end=end))
    return (f"<!doctype html><html lang=da><meta charset=utf-8><title>{title}</title>"
            f"<link rel=stylesheet href=/static/style.css><h1>{title}</h1>"
            f"<form><label>Fra <input type=date name=fra value={start}></label> "
            f"<label>Til <input type=date name=til value={end}></label> <button>Vis</button></form>"
            f"<table class=report><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{cells}</tbody></table></html>")
