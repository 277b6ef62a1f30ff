"""Word documents, read from the XML rather than through python-docx's paragraph list.

Municipal strategies keep much of their text where python-docx does not look: in content
controls, text boxes, nested tables and tracked insertions. Reading the XML in order keeps
all of it, each piece where the reader meets it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ingest.docx_styles import MC, W, WordNumbering, WordStyles, on
from ingest.model import Block, IngestError
from ingest.visual_cues import bold_marks_headings, short_title

_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.I)


class _DocxReader:
    """Walks the body's XML in order: paragraphs, tables, content controls (w:sdt), custom XML and
    text boxes, so no text is lost to what python-docx's `iter_inner_content` skips."""

    def __init__(self, document):
        self.document = document
        self.styles = WordStyles(document)
        self.numbering = WordNumbering(document, self.styles)
        self.page = 1
        self.blocks: list[Block] = []
        self.bold_candidates: list[Block] = []
        self.bold_sentences = 0  # paragraphs of running text set in bold all through
        self.paragraphs = 0

    # text of one paragraph -------------------------------------------------------------------
    def _runs(self, el, out: list[tuple[str, bool | None]], boxes: list, bold: bool | None,
              para_bold: bool | None):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == f"{W}r":
                run_bold = self._run_bold(child, para_bold)
                for part in child:
                    ptag = part.tag
                    if ptag == f"{W}t":
                        out.append((part.text or "", run_bold))
                    elif ptag == f"{W}tab" or ptag == f"{W}ptab":
                        out.append(("\t", None))
                    elif ptag in (f"{W}br", f"{W}cr"):
                        kind = part.get(f"{W}type", "textWrapping")
                        if kind == "page":
                            self.page_breaks += 1
                        else:
                            out.append(("\n", None))
                    elif ptag == f"{W}noBreakHyphen":
                        out.append(("-", run_bold))
                    else:  # drawings, pictures, alternate content: look for text boxes
                        self._find_boxes(part, boxes)
            elif tag in (f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr"):
                continue  # deleted text is not the document's text
            elif tag == f"{W}txbxContent":
                boxes.append(child)
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                self._runs(choice if choice is not None else child, out, boxes, bold, para_bold)
            elif tag == f"{MC}Fallback":
                continue
            else:  # hyperlinks, inline content controls, insertions, smart tags, fields
                self._runs(child, out, boxes, bold, para_bold)

    def _find_boxes(self, el, boxes: list):
        for child in el:
            if not isinstance(child.tag, str) or child.tag == f"{MC}Fallback":
                continue
            if child.tag == f"{W}txbxContent":
                boxes.append(child)
            elif child.tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                self._find_boxes(choice if choice is not None else child, boxes)
            else:
                self._find_boxes(child, boxes)

    def _run_bold(self, r, para_bold: bool | None) -> bool | None:
        b = r.find(f"{W}rPr/{W}b")
        if b is not None:
            return on(b)
        style = r.find(f"{W}rPr/{W}rStyle")
        if style is not None:
            from_style = self.styles.bold(style.get(f"{W}val"))
            if from_style is not None:
                return from_style
        return para_bold

    def paragraph(self, p, in_table: bool = False) -> tuple[str, str, int | None, list]:
        """(text with its list marker, kind, heading level, text boxes inside it)."""
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style_id = style_el.get(f"{W}val") if style_el is not None else None
        style = self.styles.name(style_id)
        para_bold = self.styles.bold(style_id)
        pieces: list[tuple[str, bool | None]] = []
        boxes: list = []
        self.page_breaks = 0
        self._runs(p, pieces, boxes, None, para_bold)
        text = "".join(t for t, _ in pieces).strip()
        marker = self.numbering.marker(p, style_id)
        match = _HEADING_STYLE.match(style)
        if marker and text:
            text = f"{marker} {text}"
        if match or style.lower() == "title":
            kind, level = "heading", (int(match.group(1)) if match else 1)
        elif marker:
            kind, level = "list_item", None
        else:
            kind, level = "paragraph", None
            words = [t for t, bold in pieces if t.strip()]
            if not in_table and words and all(bold for t, bold in pieces if t.strip()):
                if short_title(text):
                    kind = "bold"  # decided once the whole document is read
                else:
                    self.bold_sentences += 1
        return text, kind, level, boxes

    # the body ----------------------------------------------------------------------------------
    def content(self, parent) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                self._body_paragraph(child)
            elif tag == f"{W}tbl":
                self._table(child)
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins"):
                inner = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if inner is not None:
                    self.content(inner)
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                self.content(choice if choice is not None else child)

    def _body_paragraph(self, p) -> None:
        if p.find(f"{W}pPr/{W}pageBreakBefore") is not None and on(
                p.find(f"{W}pPr/{W}pageBreakBefore")) and self.blocks:
            self.page += 1
        text, kind, level, boxes = self.paragraph(p)
        breaks = self.page_breaks
        self.paragraphs += 1
        if text:
            block = Block(text, self.page, kind, level)
            self.blocks.append(block)
            if kind == "bold":
                self.bold_candidates.append(block)
        for box in boxes:
            self.content(box)
        self.page += breaks

    def _cell_lines(self, tc) -> list[str]:
        lines: list[str] = []
        for child in tc:
            tag = child.tag
            if tag == f"{W}p":
                text, _, _, boxes = self.paragraph(child, in_table=True)
                self.page += self.page_breaks
                if text:
                    lines.append(text)
                for box in boxes:
                    lines.extend(self._cell_lines(box))
            elif tag == f"{W}tbl":  # a table in a cell: its rows as lines, cells apart
                for tr in child.iter(f"{W}tr"):
                    cells = [" ".join(self._cell_lines(tc2)) for tc2 in tr.findall(f"{W}tc")]
                    row = " · ".join(c for c in cells if c)
                    if row:
                        lines.append(row)
            elif tag in (f"{W}sdt", f"{W}customXml"):
                inner = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if inner is not None:
                    lines.extend(self._cell_lines(inner))
        return lines

    def _table(self, tbl) -> None:
        from docx.table import Table

        table = Table(tbl, self.document._body)
        try:
            rows = [list(row.cells) for row in table.rows]
        except Exception:  # an irregular grid python-docx cannot lay out: the cells as written
            rows = [[_RawCell(tc) for tc in tr.iter(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
        for cells in rows:
            values, previous = [], None
            for cell in cells:
                if cell._tc is previous:  # a merged cell is listed once per grid column
                    continue
                previous = cell._tc
                value = "\n".join(self._cell_lines(cell._tc)).strip()
                if value:
                    values.append(value)
            if values:
                self.blocks.append(Block("\t".join(values), self.page, "table_row"))

    def finish(self) -> list[Block]:
        candidates = len(self.bold_candidates)
        reliable = bold_marks_headings(candidates, self.bold_sentences, self.paragraphs - candidates,
                                       self.paragraphs)
        for block in self.bold_candidates:
            block.kind = "heading" if reliable else "paragraph"
        return self.blocks


class _RawCell:
    def __init__(self, tc):
        self._tc = tc


def docx_blocks(path: Path, data: bytes) -> list[Block]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(path, "ikke et gyldigt Word-dokument (.docx er en ZIP-fil; denne er ikke)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise IngestError(path, "en ZIP-fil, men ikke et Word-dokument (word/document.xml mangler)")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise IngestError(path, f"Word-dokumentet er beskadiget ({type(exc).__name__})") from None
    reader = _DocxReader(document)
    reader.content(document.element.body)
    return reader.finish()
