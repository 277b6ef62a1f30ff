"""The action plan as a Word document a leader can print, hand out and fill in.

python-docx's blank template is US Letter, in English, written by "python-docx" in 2013; a
Danish municipality prints on A4 and files documents by title, organisation and date. So the
page is A4 with 2.5/2 cm margins, the document properties say what the plan is, for whom and
when, the text is marked Danish (spelling and hyphenation), and the tables have rows high enough
to write in by hand, with a header row that repeats on a new page.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from bot.planning.action_plan import ActionPlan, about_heading, about_sources, columns, intro, rows, title, where
from prompts import render

WRITE_ROWS = 4  # empty rows per målsætning, each ROW_HEIGHT high: room for three or four actions
ROW_HEIGHT_CM = 1.3
WIDTHS_CM = (5.0, 2.9, 2.9, 3.2, 2.0)  # action, owner, deadline, measure, status: 16 cm, A4 less margins
LANGUAGE_TAGS = {"da": "da-DK", "en": "en-GB"}
HEADER_FILL = "DCE6EF"


def _page(section) -> None:
    from docx.shared import Cm, Mm

    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)


def _properties(document, plan: ActionPlan, now: dt.datetime) -> None:
    properties = document.core_properties
    properties.title = title(plan)
    properties.subject = plan.organisation
    properties.author = properties.last_modified_by = "strategibot"
    properties.keywords = "; ".join(k for k in ("handleplan", plan.item, plan.title) if k)
    properties.category = "Handleplan" if plan.language == "da" else "Action plan"
    properties.comments = intro(plan)
    properties.language = LANGUAGE_TAGS.get(plan.language, "da-DK")
    properties.created = properties.modified = now
    properties.revision = 1


def _extended(document, plan: ActionPlan) -> None:
    """The extended properties (docProps/app.xml), which python-docx has no API for: the
    organisation as the company, and strategibot rather than the template's "Microsoft Macintosh
    Word" as the application that wrote it."""
    from xml.sax.saxutils import escape

    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            xml = part.blob.decode("utf-8")
            xml = xml.replace("<Company/>", f"<Company>{escape(plan.organisation)}</Company>")
            xml = re.sub(r"<Application>[^<]*</Application>", "<Application>strategibot</Application>", xml)
            part._blob = xml.encode("utf-8")  # a generic part keeps its bytes here


def _language(document, tag: str) -> None:
    """Mark the text's default language, so Word checks spelling and hyphenates in Danish."""
    from docx.oxml.ns import qn

    for lang in [*document.styles.element.iter(qn("w:lang")), *document.settings.element.iter(qn("w:themeFontLang"))]:
        lang.set(qn("w:val"), tag)


def _footer(section, plan: ActionPlan) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = section.footer.paragraphs[0]
    run = paragraph.add_run(render("plan_footer", plan.language, organisation=plan.organisation))
    run.font.size = Pt(8)
    field = OxmlElement("w:fldSimple")  # the page number, kept current by Word
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _row_properties(row, header: bool = False) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    keep = OxmlElement("w:cantSplit")  # a row is written in as one; it does not break across pages
    properties.append(keep)
    if header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)


def _table(document, head: list[str], body: list[list[str]], widths_cm: tuple[float, ...]) -> object:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1 + len(body), cols=len(head))
    table.style = "Table Grid"
    table.autofit = False
    for r, row in enumerate(table.rows):
        _row_properties(row, header=r == 0)
        if r:
            row.height, row.height_rule = Cm(ROW_HEIGHT_CM), WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, cell in enumerate(row.cells):
            cell.width = Cm(widths_cm[c % len(widths_cm)])
            cell.text = head[c] if r == 0 else body[r - 1][c]
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9 if r == 0 else 10)
                run.font.bold = r == 0
            if r == 0:
                _shade(cell, HEADER_FILL)
    return table


def plan_docx(plan: ActionPlan, now: dt.datetime | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    now = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    document = docx.Document()
    section = document.sections[0]
    _page(section)
    _properties(document, plan, now)
    _extended(document, plan)
    _language(document, LANGUAGE_TAGS.get(plan.language, "da-DK"))
    _footer(section, plan)
    document.add_heading(title(plan), level=1)
    document.add_paragraph(intro(plan))
    drafted = now.astimezone().strftime("%d.%m.%Y" if plan.language == "da" else "%Y-%m-%d")
    _table(document, render("plan_fields", plan.language).split("|"), [[plan.team, "", drafted, ""]], (4.0,) * 4)
    if plan.about:
        document.add_heading(about_heading(plan), level=2)
        for text, n in plan.about:
            document.add_paragraph(f"«{text}» [{n}]", style="Quote")
        for line in about_sources(plan):
            document.add_paragraph().add_run(line).font.size = Pt(9)
    head = columns(plan)
    for goal in plan.goals:
        document.add_heading(f"{goal.heading} [{goal.citation}]", level=2)
        document.add_paragraph().add_run(render("plan_questions_heading", plan.language)).bold = True
        for question in goal.questions:
            document.add_paragraph(question, style="List Bullet")
        _table(document, head, rows(plan, goal, blank=WRITE_ROWS), WIDTHS_CM)
    document.add_heading(render("sources_heading", plan.language), level=2)
    for n, c in enumerate(plan.citations, 1):
        document.add_paragraph().add_run(f"[{n}] {where(plan, n)}: «{c.text}»").font.size = Pt(9)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
