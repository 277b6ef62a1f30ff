"""The strategy owners' report: questions asked, unanswered ones and 👎 feedback, grouped by
organisation and pejlemærke over a period, so owners see where the strategy is unclear or silent."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

COLUMNS = ("organisation", "pejlemaerke", "questions", "unanswered", "thumbs_down", "examples")


@dataclass
class ReportRow:
    organisation: str
    pejlemaerke: str
    questions: int = 0
    unanswered: int = 0
    thumbs_down: int = 0
    examples: str = ""  # a few of the unanswered or disliked questions, for the owner to read


def _pejlemaerke(row: dict) -> str:
    for text in [row["question"]] + [c["section"] for c in row["citations"]]:
        match = re.search(r"pejlem(?:æ|ae|a)rke\s+(\d+)", text, re.I)
        if match:
            return match.group(1)
    return ""


def build_report(feedback_rows: list[dict], organisations: list[str]) -> list[ReportRow]:
    from retrieval.query import find_organisation

    groups: dict[tuple[str, str], ReportRow] = {}
    for row in feedback_rows:
        cited = {c["organisation"] for c in row["citations"]}
        organisation = (next(iter(cited)) if len(cited) == 1
                        else find_organisation(row["question"], organisations) or "(flere/ukendt)")
        key = (organisation, _pejlemaerke(row))
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
    return sorted(groups.values(), key=lambda r: (-(r.unanswered + r.thumbs_down), r.organisation, r.pejlemaerke))


def to_csv(rows: list[ReportRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.organisation, r.pejlemaerke, r.questions, r.unanswered, r.thumbs_down, r.examples])
    return out.getvalue()
