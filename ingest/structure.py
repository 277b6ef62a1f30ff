"""Find the strategy's structure: headings, numbered items and their goals, principper, tables.

Strategies name their parts differently (pejlemærker, temaer, fokusområder, spor, sigtelinjer …,
see `vocabulary.txt`) and number them differently (3, B, IV; goals 2.3, 2b, A2). The structure
is what lets "tema 3" or "mål 2.3" match the right passage instead of any passage with a 3 in it.
Text from PDFs and OCR has no markup, so headings are inferred from layout (a short line on its
own, no closing punctuation) where the document has no marked-up headings of its own. No line
is dropped here: a heading with nothing under it becomes the text of its own section.
"""

from __future__ import annotations

import re

from ingest.figure_tables import figure_tables
from ingest.furniture import (
    DOTTED,
    NAMED_ROLE,
    PERSON,
    ROLE,
    SIGN_OFF,
    TOC_HEADINGS,
    fold_heading,
    rejoin_across_pages,
    running_headers,
    table_of_contents,
)
from ingest.items import (
    BULLET,
    MAAL,
    collect_goal,
    counted_items,
    document_item_label,
    goal_items,
    implied_items,
    item_match,
    listed_item,
    local_goals,
    table_items,
)
from ingest.model import Block, Pejlemaerke, Section
from strategy.vocabulary import code_number, goal_lead_in, goal_line, label_of, list_lead_in

_RUN_TITLE = re.compile(r"^\S{1,4}[.)]\s+")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,}|~{3,})$")  # a plain text's heading underlined, as Markdown's setext
NUMBER_ONLY = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")
_SUBHEADINGS = {
    "målsætninger": "maalsaetninger", "strategiske målsætninger": "maalsaetninger",
    "nøgleord": "noegleord", "principper": "principper", "om pejlemærket": "om",
    "indsatser": "indsatser", "oversigt over indsatser": "indsatser",
}
_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[IVX]{1,4}[.)]|[-–•*·])\s+\S")  # never a heading
_FIELD = re.compile(r"^[A-ZÆØÅ][\wæøå ]{1,24}:\s+\S")  # "Titel: …", "Ansvarlig: …"
_MAIL_FIELD = re.compile(r"^(?:Fra|Til|Cc|Bcc|Dato|Sendt|Emne|From|To|Date|Sent|Subject)\s*:\s", re.I)
_ASKING_HEADING = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ ,\-–]{3,60}\?$")  # "HVAD SKER DER NU?"
_SALUTATION = re.compile(r"^(?:Kære|Hej|Dear|Til alle)\b")  # "Kære alle" opens a letter, not a section
_TERMINAL = ".,;!?&"
# A heading does not end mid-sentence on one of these ("Med pejlemærket ... vil").
_OPEN_ENDINGS = {"og", "at", "i", "på", "som", "der", "til", "for", "af", "med", "en", "et", "de",
                 "den", "det", "vil", "skal", "kan", "er", "har", "om", "samt", "eller", "fra"}


def subheading_kind(text: str) -> str | None:
    key = text.strip().rstrip(":").strip().lower()
    return _SUBHEADINGS.get(key)


def normalise(blocks: list[Block]) -> list[Block]:
    """Split bullets and table rows out of paragraphs, join wrapped lines and broken paragraphs.
    List markers stay in the text: "1." or "A2" is how a reader refers to the item."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or block.heading_level:
            out.append(block)
            continue
        lines = [ln.strip() for ln in block.text.split("\n") if ln.strip()]
        if len(lines) == 2 and PERSON.match(lines[0]) and ROLE.search(lines[1]):
            out.append(Block("\n".join(lines), block.page, "paragraph"))  # a signature: name, title
            continue
        if len(lines) == 2 and _UNDERLINE.match(lines[1]) and len(lines[0]) <= 90:  # "Vision" over "------"
            out.append(Block(lines[0], block.page, "heading", 1 if lines[1][0] == "=" else 2))
            continue
        if len(lines) >= 2 and all(_MAIL_FIELD.match(ln) for ln in lines):
            out.extend(Block(ln, block.page, "paragraph") for ln in lines)  # "Fra: …", "Emne: …": a field a line
            continue
        if all(NUMBER_ONLY.match(ln) for ln in lines):
            out.extend(Block(ln, block.page, "number") for ln in lines)
            continue
        current: list[str] = []
        joined: set[int] = set()  # lines already read as the end of a wrapped heading

        def flush(kind: str = "paragraph"):
            if current:
                out.append(Block(" ".join(current), block.page, kind))
                current.clear()

        for i, line in enumerate(lines):
            if i in joined:
                continue
            if "\t" in line:
                flush()
                out.append(Block(line, block.page, "table_row"))
            elif BULLET.match(line) and (i or len(lines) > 1 or line[:2] in ("- ", "• ", "– ")
                                          or (_MARKER.match(line) and len(line) < 400)):
                flush()
                current.append(line)
                flush("list_item")
            elif i and goal_line().match(line):  # "II.1   Mindst 250 …" wrapped over lines: a goal of its own
                flush()
                current.append(line)
            elif item_match(line) or subheading_kind(line):
                flush()
                follow = lines[i + 1] if i + 1 < len(lines) else ""
                if line.isupper() and follow.isupper() and len(follow.split()) <= 6 and not item_match(follow):
                    line = f"{line} {follow}"  # "…, DE" over "MANGLER": one heading
                    joined.add(i + 1)
                out.append(Block(line, block.page, "heading_candidate"))
            elif (i == 0 and len(lines) > 1 and (_heading_like(line) or _ASKING_HEADING.match(line))
                  and (lines[1][:1].isupper() or lines[1][:1].isdigit())
                  and not (PERSON.match(line) and ROLE.search(lines[1]))
                  and not _wrapped(line, lines[1:])):
                out.append(Block(line, block.page, "heading_candidate"))
            else:
                current.append(line)
        flush()
    merged: list[Block] = []
    for block in out:  # a paragraph the layout broke in two: no closing mark, lower-case start
        prev = merged[-1] if merged else None
        if (prev is not None and block.kind == "paragraph" and prev.kind in ("paragraph", "list_item")
                and block.text[:1].islower() and (prev.text[-1:] not in ".!?:”\""
                                                  or re.search(r"(?:^|\s)[a-zæøå.]{1,5}\.$", prev.text))):
            # "… højst 45 borgere pr." over "medarbejder i …": an abbreviation ends no paragraph
            prev.text = f"{prev.text} {block.text}"
        else:
            merged.append(block)
    return merged


def _wrapped(line: str, rest: list[str]) -> bool:
    """The first line of a hard-wrapped paragraph ("Byrådet vedtog den 28. januar 2026 … for
    perioden" over "2026-2030. Politikken …"), not a heading over it: about as long as its lines."""
    return len(line) >= 60 and len(line) >= 0.8 * max(len(ln) for ln in rest) and len(rest) >= 2


def _heading_like(text: str) -> bool:
    text = text.strip()
    if subheading_kind(text) or item_match(text) or MAAL.match(text):
        return True
    return (0 < len(text) <= 90 and len(text.split()) <= 16 and text[-1] not in _TERMINAL + ":"
            and text.split()[-1].lower() not in _OPEN_ENDINGS
            and (text[0].isupper() or text[0].isdigit()) and "://" not in text
            and not goal_line().match(text) and not _MARKER.match(text) and not _FIELD.match(text)
            and not SIGN_OFF.match(text) and not DOTTED.match(text)
            and sum(bool(re.fullmatch(r"[\d.,%–-]+", w)) for w in text.split()) < 3  # a row of figures
            and not text.startswith(("”", '"', "“", "»")) and not _SALUTATION.match(text))


class _Builder:
    """The state of one pass over a document's blocks."""

    def __init__(self):
        self.sections: list[Section] = []
        self.pejlemaerker: list[Pejlemaerke] = []
        self.path: list[str] = []
        self.levels: list[int] = []
        self.kinds: list[str] = []  # each open heading's section kind
        self.kind = "text"
        self.current_pm: Pejlemaerke | None = None
        self.pm_level = 0
        self.headings: dict[int, Block] = {}  # section index → the heading as written

    def open(self, block: Block, title: str, level: int, kind: str):
        while self.levels and self.levels[-1] >= level:
            self.levels.pop()
            self.path.pop()
            self.kinds.pop()
        if kind == "text" and self.kinds and self.kinds[-1] == "principper":
            kind = "principper"  # "Lighed i sundhed" under "Principper": one of them
        self.path.append(title.rstrip(":").strip() or title)
        self.levels.append(level)
        self.kinds.append(kind)
        self.kind = kind
        self.headings[len(self.sections)] = block
        self.sections.append(Section(tuple(self.path), [], self.current_pm.number if self.current_pm else None,
                                     kind))

    def start_item(self, label: str, code: str, title: str) -> Pejlemaerke:
        number = code_number(code) or len(self.pejlemaerker) + 1
        self.current_pm = Pejlemaerke(number, title.strip(" :-–"), label=label, code=code)
        self.pejlemaerker.append(self.current_pm)
        return self.current_pm

    def finish(self) -> list[Section]:
        """Sections with their text; a heading nothing was written under keeps its words as text."""
        for index, section in enumerate(self.sections):
            heading = self.headings.get(index)
            if heading is not None and section.blocks:
                # The heading opens its section's text as well as naming it: "Tema 3: Tilgængelighed
                # og bolig" is what a reader quotes, and "Målsætninger:" leads into its list.
                section.blocks.insert(0, Block(heading.text.strip(), heading.page, "heading"))
                continue
            if section.blocks:
                continue
            deeper = any(other.path[:len(section.path)] == section.path and len(other.path) > len(section.path)
                         for other in self.sections[index + 1:])
            # An item's heading stays its own text though all of it is in subsections ("Tema 3:
            # Tilgængelighed og deltagelse" over "Hvorfor er det vigtigt?"): it is what a reader quotes.
            opens_item = section.pejlemaerke is not None and (
                index == 0 or self.sections[index - 1].pejlemaerke != section.pejlemaerke)
            if index in self.headings and (not deeper or opens_item or self.headings[index].text.strip().endswith(":")):
                heading = self.headings[index]
                section.blocks.append(Block(heading.text.strip(), heading.page, "paragraph"))
        return [s for s in self.sections if s.blocks]


def structure(blocks: list[Block]) -> tuple[list[Section], list[Pejlemaerke], str]:
    """Sections with their heading path, the numbered items with their goals, and the first heading."""
    blocks = normalise(figure_tables(blocks))
    toc_rows, toc = table_of_contents(blocks)
    recurring = running_headers(blocks, toc_rows)
    blocks = rejoin_across_pages(blocks, recurring)
    marked_up = any(b.heading_level for b in blocks)  # headings of its own: infer none from layout
    item_label = document_item_label(blocks)
    # "A. …", "B. …" after "fem fokusområder"; or unmarked headings just after "fire prioriteter"
    # or "Mål 1: …" to "Mål 5: …" with nothing above them
    implied = (implied_items(blocks) or counted_items(blocks) or goal_items(blocks)) if item_label is None else None
    tabled = table_items(blocks) if item_label is None and implied is None else None  # "Fokusområde | Mål | …"
    table_parent: list[str] = []  # the path around a table whose rows are the items
    doc = _Builder()
    pending_numbers: list[str] = []
    first_heading = ""
    motto_next = False
    item_style: tuple[str, int | None] | None = None  # how the items' headings are set
    items_upper = False  # whether they are set in capitals
    goal_list = 0  # 1 after "Vi har fire målsætninger:", then the place of each item below it
    signature = 0  # lines after "På vegne af …" are a name and a title, not headings
    listing: tuple[str, int, list[str]] | None = None  # items of "De fem fokusområder er:"

    titled = -1  # the line under a bare "INDSATS 1" that is its title
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if index == titled:  # the item's title: the first line of its text, never a heading
            doc.sections[-1].blocks.append(Block(text, block.page, "paragraph"))
            motto_next = True
            continue
        if tabled and (index == tabled[1] or index in tabled[2]):  # a table whose rows are the items
            header = blocks[tabled[1]]
            if index == tabled[1]:
                table_parent = list(doc.path)
                continue
            pm = doc.start_item(tabled[0], str(len([i for i in tabled[2] if i <= index])), tabled[2][index])
            doc.pm_level = len(table_parent) + 1
            doc.open(Block(f"{pm.heading}: {pm.title}", block.page, "heading"), f"{pm.heading}: {pm.title}",
                     doc.pm_level, "text")
            doc.headings.pop(len(doc.sections) - 1)  # the row is the item's text; its header row says what each cell is
            doc.sections[-1].blocks += [Block(header.text, header.page, "table_row"), block]
            if index == max(tabled[2]):  # the table has ended: back to the text around it
                doc.current_pm = None
                doc.path[:], doc.levels[:] = table_parent, list(range(1, len(table_parent) + 1))
                doc.kinds[:] = ["text"] * len(table_parent)
                doc.sections.append(Section(tuple(table_parent), [], None, "text"))
            continue
        if index in toc_rows:  # kept as text of its own, never a heading or an item
            if not doc.sections or (doc.sections[-1].kind != "indhold"
                                    and fold_heading(doc.sections[-1].path[-1]) not in TOC_HEADINGS):
                doc.sections.append(Section(("Indhold",), [], None, "indhold"))
            doc.sections[-1].kind = "indhold"
            doc.sections[-1].blocks.append(Block(text, block.page, block.kind))
            continue
        if listing is not None:
            if block.kind == "list_item":
                list_label, list_level, parent = listing
                title = BULLET.sub("", text).split(". ")[0].strip(" :.")[:90]
                marker = re.match(r"^\s*(\d{1,2}|[A-Z])[.)]", text)
                pm = doc.start_item(list_label, marker.group(1) if marker else str(len(doc.pejlemaerker) + 1), title)
                doc.open(block, f"{pm.heading}: {pm.title}", list_level, "text")
                doc.headings.pop(len(doc.sections) - 1)  # the item's line is its text, not written twice
                doc.sections[-1].blocks.append(Block(text, block.page, "list_item"))
                continue
            parent = listing[2]  # the list has ended: back to the text around it
            listing = None
            doc.current_pm = None
            doc.path[:], doc.levels[:] = parent, list(range(1, len(parent) + 1))
            doc.sections.append(Section(tuple(parent), [], None, "text"))
        inferred = block.kind == "paragraph" and "\n" not in block.text and _heading_like(text) \
            and not (doc.sections and doc.sections[-1].kind == "maalsaetninger" and pending_numbers)
        is_heading = block.kind in ("heading", "heading_candidate") or inferred
        labelled = bool(item_match(text) or subheading_kind(text) or MAAL.match(text))
        if is_heading and block.kind != "heading" and not labelled and (
                marked_up or fold_heading(re.sub(r"\d+", "#", text)) in recurring):
            is_heading = False  # a page's running header is text, not a new section
        if is_heading and text.isupper() and block.kind == "paragraph" and not MAAL.match(text):
            is_heading = ("MÅL" in text or len(text.split()) <= 8 and doc.kind != "indsatser")
        if is_heading and not re.search(r"[A-Za-zÆØÅæøå]{2}", text):
            is_heading = False
        if is_heading and doc.current_pm and block.kind == "paragraph" and MAAL.match(text) and (
                text.endswith(".") or len(text.split()) > 14):
            is_heading = False  # "Mål 1: Antallet af unge … skal falde …." under an item: its goal
        if is_heading and (motto_next or doc.kind == "noegleord" or signature) and not item_match(text) \
                and not subheading_kind(text) and block.kind != "heading" and not block.heading_level:
            is_heading = False  # a pejlemærke's motto, a line of nøgleord, a signature
        if is_heading and block.heading_level is None and NAMED_ROLE.match(text) and ROLE.search(text):
            is_heading = False  # "Morten Ravn, borgmester": a signature on one line
        if is_heading and block.heading_level is None and PERSON.match(text) and index + 1 < len(blocks) \
                and ROLE.search(blocks[index + 1].text.split("\n")[0]):
            is_heading, signature = False, 2  # "Marianne Fog" over "Formand for …": a signature
        signature = max(signature - 1, 0)
        is_heading = is_heading or bool(implied and index in implied[1])  # "A) Rehabilitering før hjælp"
        if is_heading:
            first_heading = first_heading or text
            item = item_match(text)
            item_label_found = label_of(item.group("label"), "item") if item else None
            item_name = item_label_found.name if item_label_found else None
            sub = subheading_kind(text)
            level = block.heading_level
            listed = listed_item(doc.pejlemaerker, text) if item_label is None and not item else None
            if implied and index in implied[1]:
                code = implied[1][index]
                goal = MAAL.match(text)
                doc.start_item(implied[0], code, goal.group(2) if goal else _RUN_TITLE.sub("", text))
                doc.pm_level, item_style, items_upper = level or 1, (block.kind, level), text.isupper()
                doc.open(block, text, doc.pm_level, "indsatser" if goal else "text")
                motto_next = True
            elif listed is not None:  # "2. Behandling, der virker" after "De fire fokusområder er: …"
                doc.current_pm = listed
                doc.pm_level = level or 1
                doc.open(block, text, doc.pm_level, "text")
                motto_next = True
            elif item and item_name == item_label:
                title = item.group("title")
                after = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
                if not title.strip() and 0 < len(after) <= 90 and after[-1] not in ".!?" \
                        and after[:1].isupper() and not item_match(after):
                    title, titled = after, index + 1  # "INDSATS 1" over "Egen bolig og en stabil hverdag"
                doc.start_item(item_name or "", item.group("code").upper(), title)
                doc.pm_level, item_style, items_upper = level or 1, (block.kind, level), text.isupper()
                doc.open(block, text, doc.pm_level, "text")
                motto_next = titled != index + 1  # else the motto comes after the title line
            elif doc.current_pm and text.isupper() and not items_upper and block.kind != "heading" \
                    and not block.heading_level and not MAAL.match(text):
                doc.current_pm = None  # "NØGLETAL" after "Mål 5: Fritid …": the items have ended
                doc.open(block, text, doc.pm_level, "text")
            elif MAAL.match(text) or (text.isupper() and re.search(r"\bMÅL\b", text)
                                      and (doc.current_pm or re.search(r"\bMÅL\s+\d", text))):
                doc.open(block, text, 2 if doc.levels else 1, "indsatser")
            elif sub:
                doc.open(block, text, level or (2 if doc.current_pm or doc.levels else 1), sub)
            elif level:
                if doc.current_pm and level <= doc.pm_level:
                    doc.current_pm = None
                if doc.current_pm:  # "1.2 Faste teams" as a subheading of item 1 is its goal 1.2
                    collect_goal(doc.current_pm, block, [], 0)
                doc.open(block, text, level, "text")
            elif doc.current_pm and block.kind == "heading" and item_style == (block.kind, None):
                doc.current_pm = None  # a bold line like the items' own: their sibling, not a part
                doc.open(block, text, doc.pm_level, "text")
            elif fold_heading(text) in toc:
                doc.current_pm = None
                doc.open(block, text, 1, "text")
            elif doc.current_pm or (toc and doc.levels):
                if doc.current_pm:
                    collect_goal(doc.current_pm, block, [], 0)
                doc.open(block, text, 3 if doc.kind in ("principper", "maalsaetninger") else 2,
                         "principper" if doc.kind == "principper" else "text")
            else:
                doc.open(block, text, 1, "text")
            continue
        if not doc.sections:
            doc.sections.append(Section(("Indledning",), [], None, "text"))
        section = doc.sections[-1]
        if block.kind == "number":
            pending_numbers.append(text.rstrip("."))
            continue
        if SIGN_OFF.match(text):
            signature = 3
        if item_label is None and block.kind == "paragraph":
            lead = list_lead_in().search(text)
            lead_label = label_of(lead.group("label"), "item") if lead else None
            if lead_label is not None and not subheading_kind(text):
                listing = (lead_label.name, (doc.levels[-1] if doc.levels else 0) + 1, list(doc.path))
        goal_list = goal_list + 1 if goal_list and block.kind == "list_item" else 0
        if doc.current_pm is not None and section.pejlemaerke == doc.current_pm.number:
            text = collect_goal(doc.current_pm, block, pending_numbers,
                                         goal_list or (section.kind == "maalsaetninger" and 1))
            if block.kind == "paragraph" and goal_lead_in().search(text):
                goal_list = 1
            if motto_next and len(text) < 300:
                doc.current_pm.motto = text.strip("”“\"» ")
        motto_next = False
        section.blocks.append(Block(text, block.page, block.kind if block.kind != "heading_candidate"
                                    else "paragraph"))
    sections = doc.finish()
    for pm in doc.pejlemaerker:
        local_goals(pm, [b for s in sections if s.pejlemaerke == pm.number for b in s.blocks])
    return sections, doc.pejlemaerker, first_heading


