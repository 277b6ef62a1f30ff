"""A strategy's numbered items and their goals, whatever the document calls them.

The words come from `vocabulary.txt`; what is decided here is which series of labelled headings
are the strategy's own parts, which heading opens an item a lead-in's list announced, and which
lines under an item are its goals (printed "2.3", "Mål 2.3", "2b", "B1", or implied by a
list's place under "Målsætninger:").
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.furniture import DOTTED, fold_heading
from ingest.model import Block, Maalsaetning, Pejlemaerke
from strategy.vocabulary import by_level, code_number, goal_line, item_heading, label_of

BULLET = re.compile(r"^\s*(?:[-–•*·¢o e]|\d{1,2}[.)]|[a-zA-Z][.)]|[IVX]{1,4}[.)]|[A-H]\d{1,2}\.?)\s+(?=\S)")
MAAL = re.compile(r"^mål\s+(\d{1,2})(?![.,]?\d)\s*[:.\-–]\s*(.+)$", re.I)  # "Mål 4: Et tilgængeligt Mørkedal"
NUMBERED_HEADING = re.compile(r"^(\d{1,2}|[A-Z])[.)]?\s+(\S.*)$")  # "2. Behandling, der virker"


def item_match(text: str) -> re.Match | None:
    """A numbered item heading: "Pejlemærke 3: …" at any length, other labels only as a short
    line, since "Tema 2 handler om …" in running text is no heading."""
    match = item_heading().match(text.strip())
    if not match:
        return None
    label = label_of(match.group("label"), "item")
    title = match.group("title").strip()
    if label is None or "\n" in title:
        return None
    if label.name != "pejlemærke" and (len(title.split()) > 14 or title.endswith((".", ","))
                                       or re.search(r"[.!?] ", title)):
        return None
    return match


def document_item_label(blocks: list[Block]) -> str | None:
    """The label of the document's numbered items: the one its headings use most."""
    found: Counter[str] = Counter()
    for block in blocks:
        if block.kind in ("heading", "heading_candidate") or (
                block.kind == "paragraph" and "\n" not in block.text):
            match = item_match(block.text)
            if match and not DOTTED.match(block.text.strip()):
                label = label_of(match.group("label"), "item")
                if label is not None:  # always: an item heading's label is in the vocabulary
                    found[label.name] += 1
    if not found:
        return None
    # Two series ("Princip 1–6", "Indsatsområde I–III"): the one the vocabulary lists first is
    # the strategy's own parts; principles and values run across them.
    order = [label.name for label in by_level("item")]
    series = [name for name, count in found.items() if count >= 2] or list(found)
    return min(series, key=order.index)


def listed_item(items: list[Pejlemaerke], heading: str) -> Pejlemaerke | None:
    """The item of a lead-in's list ("De fire fokusområder er: 1. … 2. …") that a numbered heading
    further on opens: same number, same words."""
    if not items:
        return None
    match = NUMBERED_HEADING.match(heading.strip())
    if not match:  # "Målområde: Unge på vej mod uddannelse og job": the label and the item's words
        label, _, rest = heading.strip().rpartition(":")
        title = fold_heading(rest or label)
        for item in items:
            if len(title) >= 8 and title == fold_heading(item.title) and (
                    not label or fold_heading(label) == fold_heading(item.label)):
                return item
        return None
    number, title = code_number(match.group(1)), fold_heading(match.group(2))
    for item in items:
        own = fold_heading(item.title)
        if item.number == number and own and (title.startswith(own) or own.startswith(title)):
            return item
    return None


def collect_goal(pm: Pejlemaerke, block: Block, pending: list[str], in_list: int) -> str:
    """Record a goal under its item: "2.3 …", "Mål 2.3 …", "2b …", "B1 …", a number the layout
    printed apart put back with its sentence, or a list under "Målsætninger" numbered by place
    (`in_list` is 1 + the item's place in such a list, 0 outside one)."""
    text = block.text.strip()
    match = goal_line().match(text.replace("\t", " "))
    code = match.group("code") if match else ""
    lead = re.match(r"^(\d{1,2}|[IVX]{1,4}(?=\.)|[A-H])", code) if code else None
    prefix = lead.group(1) if lead else ""
    if match and (match.group("label") or prefix.upper() in (str(pm.number), pm.code.upper())):
        number, sentence = code, match.group("text").strip()
        if match.group("label") and code.isdigit():  # "Mål 2:" under each item: that item's goal 2
            number = f"{pm.number}.{code}"
    elif pending and block.kind == "paragraph":
        number, sentence = pending.pop(0), text
        text = f"{number} {sentence}"
    elif in_list and block.kind == "list_item":
        marker = re.match(r"^(\d{1,2})[.)]\s", text)
        place = int(marker.group(1)) if marker else in_list - 1 or len(pm.maalsaetninger) + 1
        number, sentence = f"{pm.number}.{place}", BULLET.sub("", text)
    else:
        return text
    pm.maalsaetninger.append(Maalsaetning(number, re.sub(r"\s+", " ", sentence), block.page))
    return text


_RUN_HEADING = re.compile(r"^(\d{1,2}|[A-Z]|[IVX]{1,4})[.)]\s+(\S.{2,90})$")  # "C. En demensvenlig hverdag"


def implied_items(blocks: list[Block]) -> tuple[str, dict[int, str]] | None:
    """Headings "A. Tidlig opsporing", "B. Støtte til pårørende", … in sequence, after a heading or
    sentence that names what they are ("Strategien har fem fokusområder, A til E"): the strategy's
    items, though none of them says "Fokusområde A". (label, {block index: code}), or None."""
    run: dict[int, str] = {}
    for index, block in enumerate(blocks):
        # "A) Rehabilitering før hjælp" alone on its line with text under it reads as a list item
        lone = block.kind == "list_item" and "\n" not in block.text and len(block.text.split()) <= 10 \
            and block.text.rstrip()[-1:] not in ".:;!?" and 0 < index < len(blocks) - 1 \
            and blocks[index + 1].kind == "paragraph" \
            and not (blocks[index - 1].kind == "list_item" and _RUN_HEADING.match(blocks[index - 1].text.strip()))
        match = _RUN_HEADING.match(block.text.strip()) \
            if block.kind in ("heading", "heading_candidate") or lone else None
        if match and code_number(match.group(1)) == len(run) + 1:
            run[index] = match.group(1)
        elif match and code_number(match.group(1)) == 1 and len(run) < 3:
            run = {index: match.group(1)}
    if len(run) < 3:
        return None
    first = min(run)
    before = " ".join(b.text for b in blocks[max(0, first - 3):first]).lower()
    for label in by_level("item"):
        if any(re.search(rf"\b{re.escape(form.lower())}\b", before) for form in label.forms):
            return label.name, run
    return None


_TOP = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_SUB = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$")
_LETTERED = re.compile(r"^[a-hæ][.)]\s+\S")


def local_goals(pm: Pejlemaerke, blocks: list[Block]) -> None:
    """Goals numbered afresh under each item ("1. Hjælpen skal være let at få", "1.1 …", "2. …"
    under Tema 4, as Word's multi-level lists restart): goal k of item N is N.k and its lines
    N.k.m, instead of reading "1.1" under Tema 4 as item 1's goal. Only where the numbers nest
    (each "k.m" under its "k."), so a document numbering its goals 4.1, 4.2 keeps them."""
    goals: list[Maalsaetning] = []
    top = 0
    nested = 0
    for block in blocks:
        if block.kind not in ("list_item", "paragraph"):
            continue
        text = block.text.strip()
        sub, head = _SUB.match(text), _TOP.match(text)
        if head and int(head.group(1)) == top + 1:
            top += 1
            goals.append(Maalsaetning(f"{pm.number}.{top}", re.sub(r"\s+", " ", head.group(2)), block.page))
        elif sub and top and int(sub.group(1)) == top:
            nested += 1
            goals.append(Maalsaetning(f"{pm.number}.{top}.{sub.group(2)}", re.sub(r"\s+", " ", sub.group(3)),
                                      block.page))
        elif top and _LETTERED.match(text):  # "a. Vi åbner Snakkerummet …": an indsats under goal `top`
            nested += 1
    if top >= 2 and nested and (pm.number != 1 or not pm.maalsaetninger or nested >= top):
        pm.maalsaetninger[:] = goals


# Labels that name the parts of an item as often as a strategy's own parts ("Indsats 1" in a
# table under "MÅL 2", "tre indsatser" inside a tema): never its items by count or table alone.
_PARTS = {"indsats", "punkt", "princip", "værdi"}
_COUNTS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}


def counted_items(blocks: list[Block]) -> tuple[str, dict[int, str]] | None:
    """Headings no label or number marks, announced by the sentence just before them that counts
    them ("Politikken har fire prioriteter. …" over "Mental sundhed hele livet", "Bevægelse …"):
    the next that many headings of the first one's level are the items, numbered by place.
    (label, {block index: code}), or None."""
    from strategy.vocabulary import alternation

    counted = re.compile(rf"\b(?P<n>{'|'.join(_COUNTS)}|[2-9])\s+(?:\w+\s+)?"
                         rf"(?P<label>{alternation('item', plural=True)})\b", re.I)
    for index, block in enumerate(blocks):
        match = counted.search(block.text) if block.kind not in ("heading", "heading_candidate") else None
        label = label_of(match.group("label"), "item") if match else None
        if match is None or label is None or label.name in _PARTS:
            continue
        count = _COUNTS.get(match.group("n").lower()) or int(match.group("n"))
        first = next((i for i in range(index + 1, len(blocks)) if blocks[i].kind == "heading"), None)
        if first is None or any(b.kind not in ("paragraph", "list_item") for b in blocks[index + 1:first]):
            continue
        level, run = blocks[first].heading_level, {}  # type: tuple[int | None, dict[int, str]]
        for later in range(first, len(blocks)):
            other = blocks[later]
            if other.kind != "heading" or (other.heading_level or 9) > (level or 9):
                continue
            if other.heading_level != level or item_match(other.text) or fold_heading(other.text) in _NOT_ITEMS:
                break
            run[later] = str(len(run) + 1)
            if len(run) == count:
                return label.name, run
    return None


_NOT_ITEMS = {fold_heading(w) for w in ("Vision", "Formål", "Kerneopgave", "Mission", "Indledning", "Forord",
                                        "Baggrund", "Opfølgning", "Økonomi", "Nøgletal")}


def table_items(blocks: list[Block]) -> tuple[str, int, dict[int, str]] | None:
    """A table whose header row's first cell names the items ("Fokusområde | Mål | Indsatser |
    Ansvarlig"): each row below is an item, numbered by place, titled by its first cell.
    (label, header row's index, {row index: title}), or None."""
    for index, block in enumerate(blocks):
        if block.kind != "table_row":
            continue
        cells = block.text.split("\t")
        label = label_of(cells[0].strip(), "item") if len(cells) >= 2 else None
        if label is None or label.name in _PARTS or (index and blocks[index - 1].kind == "table_row"):
            continue
        rows: dict[int, str] = {}
        for later in range(index + 1, len(blocks)):
            if blocks[later].kind != "table_row":
                break
            title = blocks[later].text.split("\t")[0].strip()
            if title:
                rows[later] = title
        if len(rows) >= 2:
            return label.name, index, rows
    return None


def goal_items(blocks: list[Block]) -> tuple[str, dict[int, str]] | None:
    """ "Mål 1: Borgeren bestemmer …" to "Mål 5: …" as a strategy's top level, with no tema or
    pejlemærke above them (a mail, a short politik): then its goals are its items, so "mål 4"
    finds the fourth. Only a single run 1, 2, 3 …: goals counted afresh under unmarked headings
    are parts of those. (label, {block index: code}), or None."""
    run: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "heading_candidate", "paragraph") or "\n" in block.text.strip():
            continue
        match = MAAL.match(block.text.strip())
        if not match or match.group(2).rstrip().endswith((".", ",")) or len(match.group(2).split()) > 14:
            continue
        if int(match.group(1)) != len(run) + 1:
            return None
        run[index] = match.group(1)
    return ("mål", run) if len(run) >= 3 else None
