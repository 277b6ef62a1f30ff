"""Find the strategy's structure: headings, pejlemærker, målsætninger, principper, indsats tables.

Text from PDFs and OCR has no markup, so headings are inferred from layout (a short line on its
own, no closing punctuation) and from the words strategies use. The structure is what lets
"målsætning 2.3" or "pejlemærke 3" match the right passage instead of any passage with a 3 in it.
"""

from __future__ import annotations

import re

from ingest.model import Block, Maalsaetning, Pejlemaerke, Section

PEJLEMAERKE = re.compile(r"^pejlem(?:æ|ae|a|e|ea)+rke\s+(\d{1,2})\s*(?:[:.\-–]\s*)?(.*)$", re.I)
MAAL = re.compile(r"^(?:politisk\s+)?mål\s+(\d{1,2})\s*[:.\-–]\s*(.+)$", re.I)
MAALSAETNING = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$", re.S)
NUMBER_ONLY = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")
_SUBHEADINGS = {
    "målsætninger": "maalsaetninger", "strategiske målsætninger": "maalsaetninger",
    "nøgleord": "noegleord", "principper": "principper", "om pejlemærket": "om",
    "indsatser": "indsatser", "oversigt over indsatser": "indsatser",
}
_BULLET = re.compile(r"^\s*(?:[-•*·¢o e]|\d+\.)\s+(?=\S)")
_TOC_LINE = re.compile(r"^(.+?)\s*(?:\t|\.{3,})\s*(\d{1,3})$")
_TERMINAL = ".,;!?&"
# A heading does not end mid-sentence on one of these ("Med pejlemærket ... vil").
_OPEN_ENDINGS = {"og", "at", "i", "på", "som", "der", "til", "for", "af", "med", "en", "et", "de",
                 "den", "det", "vil", "skal", "kan", "er", "har", "om", "samt", "eller", "fra"}


def subheading_kind(text: str) -> str | None:
    key = text.strip().rstrip(":").strip().lower()
    return _SUBHEADINGS.get(key)


def _fold_heading(text: str) -> str:
    return re.sub(r"[^a-zæøå]", "", text.lower().replace("ø", "o").replace("å", "a"))


def normalise(blocks: list[Block]) -> list[Block]:
    """Split bullets and table rows out of paragraphs, join wrapped lines and broken paragraphs."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or block.heading_level:
            out.append(block)
            continue
        lines = [ln.strip() for ln in block.text.split("\n") if ln.strip()]
        if all(NUMBER_ONLY.match(ln) for ln in lines):
            out.extend(Block(ln, block.page, "number") for ln in lines)
            continue
        current: list[str] = []

        def flush(kind: str = "paragraph"):
            if current:
                out.append(Block(" ".join(current), block.page, kind))
                current.clear()

        for i, line in enumerate(lines):
            if "\t" in line:
                flush()
                out.append(Block(line, block.page, "table_row"))
            elif _BULLET.match(line) and (i or len(lines) > 1 or line[:2] in ("- ", "• ")):
                flush()
                current.append(_BULLET.sub("", line))
                flush("list_item")
            elif PEJLEMAERKE.match(line) or subheading_kind(line):
                flush()
                out.append(Block(line, block.page, "heading_candidate"))
            elif (i == 0 and len(lines) > 1 and _heading_like(line)
                  and (lines[1][:1].isupper() or lines[1][:1].isdigit())):
                out.append(Block(line, block.page, "heading_candidate"))
            else:
                current.append(line)
        flush()
    merged: list[Block] = []
    for block in out:  # a paragraph the layout broke in two: no closing mark, lower-case start
        prev = merged[-1] if merged else None
        if (prev is not None and block.kind == "paragraph" and prev.kind in ("paragraph", "list_item")
                and block.text[:1].islower() and prev.text[-1:] not in ".!?:”\""):
            prev.text = f"{prev.text} {block.text}"
        else:
            merged.append(block)
    return merged


def _heading_like(text: str) -> bool:
    text = text.strip()
    if subheading_kind(text) or PEJLEMAERKE.match(text) or MAAL.match(text):
        return True
    return (0 < len(text) <= 90 and len(text.split()) <= 16 and text[-1] not in _TERMINAL + ":"
            and text.split()[-1].lower() not in _OPEN_ENDINGS
            and (text[0].isupper() or text[0].isdigit()) and "://" not in text
            and not MAALSAETNING.match(text) and not text.startswith(("”", '"', "“")))


def structure(blocks: list[Block]) -> tuple[list[Section], list[Pejlemaerke], str]:
    """Sections with their heading path, the pejlemærker with målsætninger, and the first heading."""
    blocks = normalise(blocks)
    toc = {_fold_heading(m.group(1)) for b in blocks if b.kind == "table_row"
           for m in [_TOC_LINE.match(b.text)] if m}
    sections: list[Section] = []
    pejlemaerker: list[Pejlemaerke] = []
    path: list[str] = []
    levels: list[int] = []
    kind = "text"
    current_pm: Pejlemaerke | None = None
    pending_numbers: list[str] = []
    first_heading = ""
    motto_next = False

    def open_section(title: str, level: int, section_kind: str):
        nonlocal kind
        while levels and levels[-1] >= level:
            levels.pop()
            path.pop()
        path.append(title.rstrip(":").strip())
        levels.append(level)
        kind = section_kind
        sections.append(Section(tuple(path), [], current_pm.number if current_pm else None, kind))

    for block in blocks:
        text = block.text.strip()
        if block.kind == "table_row" and _TOC_LINE.match(text) and toc:
            continue  # the table of contents: its titles already mark the level-1 headings
        is_heading = block.kind in ("heading", "heading_candidate") or (
            block.kind == "paragraph" and "\n" not in block.text and _heading_like(text)
            and not (sections and sections[-1].kind == "maalsaetninger" and pending_numbers))
        if is_heading and text.isupper() and block.kind == "paragraph" and not MAAL.match(text):
            is_heading = ("MÅL" in text or len(text.split()) <= 8 and kind != "indsatser")
        if is_heading and not re.search(r"[A-Za-zÆØÅæøå]{2}", text):
            is_heading = False
        if is_heading and (motto_next or kind == "noegleord") and not PEJLEMAERKE.match(text) \
                and not subheading_kind(text) and block.kind != "heading":
            is_heading = False  # a pejlemærke's motto, or a line of nøgleord, is content
        if is_heading:
            first_heading = first_heading or text
            pm = PEJLEMAERKE.match(text)
            sub = subheading_kind(text)
            if MAAL.match(text) or (text.isupper() and "MÅL" in text):
                open_section(text, 2 if levels else 1, "indsatser")
            elif pm:
                current_pm = Pejlemaerke(int(pm.group(1)), pm.group(2).strip(" :-–"))
                pejlemaerker.append(current_pm)
                open_section(text, 1, "text")
                motto_next = True
            elif sub:
                open_section(text, 2 if current_pm or levels else 1, sub)
            elif block.heading_level:
                if block.heading_level == 1:
                    current_pm = None
                open_section(text, block.heading_level, "text")
            elif _fold_heading(text) in toc:
                current_pm = None
                open_section(text, 1, "text")
            elif current_pm or (toc and levels):
                open_section(text, 3 if kind in ("principper", "maalsaetninger") else 2,
                             "principper" if kind == "principper" else "text")
            else:
                open_section(text, 1, "text")
            continue
        if not sections:
            sections.append(Section(("Indledning",), [], None, "text"))
        section = sections[-1]
        if block.kind == "number":
            pending_numbers.append(text.rstrip("."))
            continue
        if current_pm is not None and section.pejlemaerke == current_pm.number:
            text = _collect_maalsaetning(current_pm, block, pending_numbers)
            if motto_next and len(text) < 300:
                current_pm.motto = text.strip("”“\" ")
        motto_next = False
        section.blocks.append(Block(text, block.page, block.kind if block.kind != "heading_candidate"
                                    else "paragraph"))
    return [s for s in sections if s.blocks], pejlemaerker, first_heading


def _collect_maalsaetning(pm: Pejlemaerke, block: Block, pending: list[str]) -> str:
    """Record a målsætning; a number the layout printed apart is put back with its sentence."""
    text = block.text.strip()
    match = MAALSAETNING.match(text)
    if match and int(match.group(1)) == pm.number:
        number, sentence = f"{match.group(1)}.{match.group(2)}", match.group(3).strip()
    elif pending and block.kind == "paragraph":
        number, sentence = pending.pop(0), text
        text = f"{number} {sentence}"
    else:
        return text
    pm.maalsaetninger.append(Maalsaetning(number, re.sub(r"\s+", " ", sentence), block.page))
    return text
