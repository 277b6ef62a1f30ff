"""Page furniture: what a printed strategy carries besides its text, and must keep as text.

A table of contents, a running header on every page, a signature under the foreword: each looks
like a heading to a layout rule (short, on its own line, no full stop), and each taken as one
would cut the document into wrong sections. They are recognised here, document-wide, before the
structure stage walks the blocks.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.model import Block

DOTTED = re.compile(r"^(.+?)\s*\.{4,}\s*(\d{1,3})$")  # a table of contents' line
SIGN_OFF = re.compile(r"^(?:på vegne af|med venlig hilsen|venlig hilsen|mvh\b|[A-ZÆØÅ][\wæøå-]+, (?:den )?"
                       r"(?:\d{1,2}\. )?(?:januar|februar|marts|april|maj|juni|juli|august|september|"
                       r"oktober|november|december) \d{4}$)", re.I)
PERSON = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){1,3}$")  # "Marianne Fog"
ROLE = re.compile(r"\b(?:formand|næstformand|borgmester|rådmand|direktør|\w*chef|\w*leder|"
                   r"konsulent|koordinator|sekretær)\b", re.I)  # the title under a signature's name
NAMED_ROLE = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){1,3},\s+\S.{0,80}$")  # "Lise Holm, formand …"
TOC_LINE = re.compile(r"^(.+?)\s*(?:\t|\.{3,})\s*(\d{1,3})$")


def fold_heading(text: str) -> str:
    return re.sub(r"[^a-zæøå]", "", text.lower().replace("ø", "o").replace("å", "a"))


TOC_HEADINGS = {"indhold", "indholdsfortegnelse", "indholdsfortegnelsen"}


def table_of_contents(blocks: list[Block]) -> tuple[set[int], set[str]]:
    """The table of contents' lines, and the headings they name. A dotted leader to a page
    number is one; a two-cell table row ending in a number is one only when a later block is the
    heading it names (else it is a row of figures: "Ventetid (dage)  12")."""
    dotted, rows = {}, {}
    for index, block in enumerate(blocks):
        text = block.text.strip()
        match = DOTTED.match(text)
        if match and block.kind != "table_row":
            dotted[index] = fold_heading(match.group(1))
        elif block.kind == "table_row" and text.count("\t") == 1 and (toc := TOC_LINE.match(text)):
            rows[index] = fold_heading(toc.group(1))
    named = {fold_heading(b.text) for i, b in enumerate(blocks) if i not in rows and i not in dotted}
    rows = {i: f for i, f in rows.items() if f in named}
    return set(dotted) | set(rows), set(rows.values()) | {f for f in dotted.values() if f in named}


def running_headers(blocks: list[Block], toc_rows: set[int]) -> set[str]:
    """Lines a PDF or its text export repeats on every page ("Strandvig Kommune · Udsattepolitik
    2024-2027", "… · side 2"): at least two copies, not in a table of contents, and with a
    separator or a page number; a heading and a principle named twice are still headings."""
    seen = Counter(re.sub(r"\d+", "#", text.strip()) for i, b in enumerate(blocks)
                   if i not in toc_rows and b.kind != "table_row" and "\n" not in (text := b.text.strip())
                   and re.search(r"[·|]|\bside\b|\s[-–]\s", text))
    return {fold_heading(text) for text, count in seen.items() if count >= 2}


PAGE_NUMBER = re.compile(r"^(?:side|page)?\s*[-–]?\s*\d{1,3}\s*[-–]?$", re.I)  # "Side 2", "- 3 -"
GOES_ON = re.compile(r"^(?:[a-zæøå]|\d[\d.,]*\s*(?:%|[a-zæøå]|$))")  # "og …", "45 % siden …", "37 dage …"


def rejoin_across_pages(blocks: list[Block], recurring: set[str]) -> list[Block]:
    """A sentence a page break or a wrapped line cut ("… er steget med" | "Side 2" | running header | "45 % siden
    2019.") is one paragraph again, and the page's furniture follows it: still kept as text, but
    no longer in the middle of what is quoted."""
    def furniture(block: Block) -> bool:
        text = block.text.strip()
        return "\n" not in text and (bool(PAGE_NUMBER.match(text))
                                     or fold_heading(re.sub(r"\d+", "#", text)) in recurring)

    out = list(blocks)
    i = 0
    while i < len(out):
        block = out[i]
        if furniture(block):
            i += 1
            continue
        j = i + 1
        while j < len(out) and j - i <= 3 and furniture(out[j]):
            j += 1
        if (j < len(out) and block.kind in ("paragraph", "list_item")
                and out[j].kind == "paragraph" and block.text.rstrip()[-1:] not in ".!?:;”\""
                and GOES_ON.match(out[j].text.strip())):
            block.text = f"{block.text.rstrip()} {out[j].text.strip()}"
            moved = out[i + 1:j]  # the page's furniture goes after the section's text, not inside it
            del out[i + 1:j + 1]
            k = next((k for k in range(i + 1, len(out)) if out[k].kind in ("heading", "heading_candidate")
                      or out[k].heading_level), len(out))
            out[k:k] = moved
            continue  # the joined paragraph may go on across the next page too
        i += 1
    return out
