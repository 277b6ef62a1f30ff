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
        elif block.kind == "table_row" and text.count("\t") == 1 and TOC_LINE.match(text):
            rows[index] = fold_heading(TOC_LINE.match(text).group(1))
    named = {fold_heading(b.text) for i, b in enumerate(blocks) if i not in rows and i not in dotted}
    rows = {i: f for i, f in rows.items() if f in named}
    return set(dotted) | set(rows), set(rows.values()) | {f for f in dotted.values() if f in named}


def running_headers(blocks: list[Block], toc_rows: set[int]) -> set[str]:
    """Lines a PDF or its text export repeats on every page ("Strandvig Kommune · Udsattepolitik
    2024-2027", "… · side 2"): at least two copies, not in a table of contents, and with a
    separator or a page number; a heading and a principle named twice are still headings."""
    seen = Counter(re.sub(r"\d+", "#", text.strip()) for i, b in enumerate(blocks)
                   if i not in toc_rows and b.kind != "table_row" and "\n" not in (text := b.text.strip())
                   and re.search(r"[·|]|\bside\b", text))
    return {fold_heading(text) for text, count in seen.items() if count >= 2}
