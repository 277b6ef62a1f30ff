"""HTML, and Markdown by way of the HTML it renders to.

Web pages put text anywhere: in <div>s and table cells, between list items, in bold <p>s that
stand for headings. The reader walks the tree as a browser lays it out, so what a page shows is
what the blocks hold, numbered list items included.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import Block
from ingest.text_reader import decode
from ingest.visual_cues import BULLET_MARKER, format_number, short_title

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "head", "title", "meta",
              "link", "template", "svg", "button", "select", "option", "iframe", "object"}
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
               "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4",
               "h5", "h6", "hgroup", "hr", "html", "li", "main", "menu", "ol", "p", "pre", "section",
               "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
               "legend", "[document]"}
_BOLD_TAGS = {"strong", "b"}
_BR = "\ue000"  # a <br> while white space is collapsed
_LINE_MARKER = re.compile(r"^(?:[a-hA-H][.)]|\d{1,2}\.\d{1,2}\.?|[-–•*])\s+\S")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)


def _html_marker(list_el, index: int) -> str:
    """The marker a browser shows for the index-th item (0-based) of an <ol> or <ul>."""
    if list_el is None or list_el.name != "ol":
        return BULLET_MARKER
    kind = (list_el.get("type") or "1").strip() or "1"
    style = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(kind, "decimal")
    return f"{format_number(index, style)}."


class _HtmlReader:
    """Walks the tree in document order. Text outside p/h/li (a <div>, <td>, <dd>, <blockquote>,
    a bare text node) is a paragraph of its own, so nothing a page shows is dropped."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.level = 1  # the last <hN>'s level: a <dt> heads its <dd> one level below it

    def walk(self, el, ctx: dict) -> None:
        """Blocks for `el`'s children; inline text gathers until a block-level element ends it."""
        from bs4 import NavigableString
        from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

        buffer: list[tuple[str, bool]] = []

        def flush():
            self._flush(buffer, el, ctx)
            buffer.clear()

        def inline(node, bold: bool):
            for child in node.children:
                if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction, CData)):
                    continue
                if isinstance(child, NavigableString):
                    buffer.append((str(child), bold))
                elif child.name in _SKIP_TAGS:
                    continue
                elif child.name == "br":
                    buffer.append((_BR, False))
                elif child.name in _BLOCK_TAGS:
                    flush()
                    self.block(child, ctx)
                else:
                    inline(child, bold or child.name in _BOLD_TAGS
                           or bool(_BOLD_STYLE.search(child.get("style") or "")))

        inline(el, False)
        flush()

    def _flush(self, buffer, el, ctx) -> None:
        if el.name == "pre":
            text = "".join(t for t, _ in buffer).replace(_BR, "\n").strip("\n")
        else:  # white space in the source is layout of the file; a <br> is a line break
            text = re.sub(r"\s+", " ", "".join(t for t, _ in buffer))
            text = "\n".join(line.strip() for line in text.split(_BR) if line.strip())
        if not text:
            return
        heading = ctx.get("heading")
        if heading:
            self.blocks.append(Block(text.replace("\n", " "), None, "heading", heading))
            return
        marker = ctx.get("marker")
        if marker is not None and not marker.get("used"):
            marker["used"] = True
            # an item's own lines: a line that opens with a marker ("a. Vi åbner …", "1.1 …") is an
            # item of its own, typed under its goal; any other line goes on with the one above
            first, *rest = text.split("\n")
            lines = [f"{marker['text']} {first}"]
            for line in rest:
                if _LINE_MARKER.match(line):
                    lines.append(line)
                else:
                    lines[-1] += " " + line
            self.blocks.extend(Block(line, None, "list_item") for line in lines)
            return
        kind = "paragraph"
        spoken = [t for t, _ in buffer if t.strip()]
        if (el.name in ("p", "div", "section", "article", "main", "body", "[document]") and spoken
                and "\n" not in text and all(bold for t, bold in buffer if t.strip())
                and short_title(text)):
            kind = "heading"
        self.blocks.append(Block(text, None, kind, None))

    def block(self, el, ctx: dict) -> None:
        name = el.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.level = int(name[1])
            self.walk(el, {**ctx, "heading": int(name[1]), "marker": None})
        elif name == "dt":  # a term names its description: "1. Barnet i centrum" over its <dd>
            self.walk(el, {**ctx, "heading": min(self.level + 1, 6), "marker": None})
        elif name in ("ol", "ul", "menu"):
            self._list(el, ctx)
        elif name == "li":  # an item outside a list
            self.walk(el, {**ctx, "marker": {"text": BULLET_MARKER}})
        elif name == "tr":
            self._row(el, ctx)
        elif name == "hr":
            return
        else:
            self.walk(el, ctx)

    def _list(self, el, ctx: dict) -> None:
        try:
            number = int(el.get("start", "1"))
        except ValueError:
            number = 1
        reverse = el.has_attr("reversed")
        if reverse and not el.has_attr("start"):
            number = len(el.find_all("li", recursive=False))
        for child in el.children:
            if getattr(child, "name", None) == "li":
                try:
                    number = int(child["value"]) if child.has_attr("value") else number
                except ValueError:
                    pass
                marker = {"text": _html_marker(el, number)}
                self.walk(child, {**ctx, "marker": marker, "heading": None})
                number += -1 if reverse else 1
            elif getattr(child, "name", None) in _BLOCK_TAGS:
                self.block(child, ctx)
            else:  # text between the items: kept as a paragraph of its own
                stray = re.sub(r"\s+", " ", child.get_text(" ") if hasattr(child, "get_text")
                               else str(child)).strip()
                if stray and getattr(child, "name", None) not in _SKIP_TAGS \
                        and type(child).__name__ in ("NavigableString", "Tag"):
                    self.blocks.append(Block(stray, None, "paragraph"))

    def _row(self, el, ctx: dict) -> None:
        cells = []
        for cell in el.find_all(["td", "th"], recursive=False):
            sub = _HtmlReader()
            sub.walk(cell, {})
            value = "\n".join(b.text.replace("\t", " · ") for b in sub.blocks).strip()
            if value:
                cells.append(value)
        if cells:
            self.blocks.append(Block("\t".join(cells), None, "table_row"))


def html_blocks(path: Path, data: bytes) -> list[Block]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(path, data), "html.parser")
    for tag in soup(sorted(_SKIP_TAGS)):
        tag.decompose()
    reader = _HtmlReader()
    reader.walk(soup, {})
    return reader.blocks


def markdown_blocks(path: Path, data: bytes) -> list[Block]:
    from markdown_it import MarkdownIt

    # a line break typed in the file is kept (breaks): "a. Vi åbner …" under "1. Færre unge …" is
    # how the author set out an indsats under its goal, though Markdown would run them together
    html = MarkdownIt("commonmark", {"breaks": True}).enable("table").render(_delimited(decode(path, data)))
    return html_blocks(path, html.encode("utf-8"))


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _delimited(text: str) -> str:
    """A pipe table written without its "|---|" row (an export, a hand-typed table) is still a
    table: the row is put in after its first line, so its rows are read cell by cell."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        starts = _PIPE_ROW.match(line) and (i == 0 or not _PIPE_ROW.match(lines[i - 1]))
        if starts and i + 1 < len(lines) and _PIPE_ROW.match(lines[i + 1]) \
                and not _DELIMITER.match(lines[i + 1]):
            cells = line.strip().strip("|").count("|") + 1
            out.append("|" + "---|" * cells)
    return "\n".join(out)
