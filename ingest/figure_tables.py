"""Tables of figures written as text: a text export or an OCR'd page sets a table's columns apart
with spaces only ("Skæve boliger og bostøtte 2,1 4,3 4,3 4,5" under "Indsats 2024 2025 2026 2027").

Read as prose, a row is a line of numbers without its years; as a table row (cells apart) it is
quoted with its header row, so "hvad er budgettet i 2025?" gets the row and the years over it.
"""

from __future__ import annotations

import re

from ingest.model import Block

_FIGURE = r"[-–]?\d[\d.,]*(?:\s?%)?"
_ROW = re.compile(rf"^(?P<label>[^\d\t·|]*[A-Za-zÆØÅæøå][^\t·|]*?)\s+(?P<figures>{_FIGURE}(?:\s+{_FIGURE})+)$")
_HEADER = re.compile(r"^(?P<label>[^\d\t·|]*?)\s*(?P<figures>(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+)$")


def _cells(line: str) -> tuple[str, list[str]] | None:
    """(label, figures) when the line is a row of figures or a header of years, else None."""
    line = line.strip()
    match = _HEADER.match(line) or _ROW.match(line)
    if not match or len(line) > 160:
        return None
    return match.group("label").strip(), re.findall(_FIGURE, match.group("figures"))


def _table(lines: list[str]) -> list[list[str] | None]:
    """Each line's cells where it is one of a run of two or more rows with as many figures."""
    found = [_cells(line) for line in lines]
    out: list[list[str] | None] = [None] * len(lines)
    i = 0
    while i < len(lines):
        first = found[i]
        if first is None:
            i += 1
            continue
        run = [first]
        while i + len(run) < len(lines) and (row := found[i + len(run)]) is not None \
                and len(row[1]) == len(first[1]):
            run.append(row)
        j = i + len(run)
        if j - i >= 2:
            for k, (label, figures) in enumerate(run, start=i):
                out[k] = ([label] if label else []) + figures
        i = j
    return out


def figure_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with every run of figure rows made table rows (cells joined by tabs, as the
    DOCX and HTML readers write them); all other text as it was."""
    out: list[Block] = []
    run: list[Block] = []  # consecutive one-line paragraphs: a table a text export wrote a row a line

    def flush_run():
        lines = [b.text.strip() for b in run]
        for block, cells in zip(run, _table(lines)):
            out.append(Block("\t".join(cells), block.page, "table_row") if cells else block)
        run.clear()

    for block in blocks:
        if block.kind == "paragraph" and "\n" not in block.text.strip():
            run.append(block)
            continue
        flush_run()
        if block.kind != "paragraph":
            out.append(block)
            continue
        pending: list[str] = []
        lines = block.text.split("\n")
        for line, cells in zip(lines, _table(lines)):
            if cells:
                if pending:
                    out.append(Block("\n".join(pending), block.page, "paragraph"))
                    pending = []
                out.append(Block("\t".join(cells), block.page, "table_row"))
            else:
                pending.append(line)
        if pending:
            out.append(Block("\n".join(pending), block.page, "paragraph"))
    flush_run()
    return out
