"""Word's styles and automatic numbering, as the reader of the document sees them.

Neither is in a paragraph's text: a heading may be bold only through its style's base style,
and "2.3" is drawn by Word from a list definition and counters that run across the document.
Leaving them out would lose the markers that tie a goal to its heading.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.visual_cues import BULLET_MARKER, format_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def on(el) -> bool:
    """A Word on/off property: present and not switched off."""
    return el is not None and el.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


class WordStyles:
    """Paragraph and character styles: the numbering and boldness a style (or its base) gives."""

    def __init__(self, document):
        self.styles: dict[str, Any] = {}
        try:
            root = document.styles.element
        except Exception:
            return
        for style in root.findall(f"{W}style"):
            self.styles[style.get(f"{W}styleId")] = style

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None

    def name(self, style_id: str | None) -> str:
        for style in self._chain(style_id):
            name = style.find(f"{W}name")
            return name.get(f"{W}val", "") if name is not None else ""
        return ""

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        num_id = ilvl = None
        for style in self._chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is None:
                continue
            if num_id is None and num_pr.find(f"{W}numId") is not None:
                num_id = num_pr.find(f"{W}numId").get(f"{W}val")
            if ilvl is None and num_pr.find(f"{W}ilvl") is not None:
                ilvl = int(num_pr.find(f"{W}ilvl").get(f"{W}val", "0"))
        return num_id, ilvl

    def bold(self, style_id: str | None) -> bool | None:
        for style in self._chain(style_id):
            b = style.find(f"{W}rPr/{W}b")
            if b is not None:
                return on(b)
        return None


class WordNumbering:
    """Renders Word's automatic numbering ("%1.", "%1)", "%1.%2", bullets) as the reader sees it.

    Counters belong to the abstract list: two numbering instances of one abstract list continue
    each other, as in Word, unless an instance restarts a level with a start override."""

    def __init__(self, document, styles: WordStyles):
        self.styles = styles
        self.abstract: dict[str, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str, dict[int, dict]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        part = None
        try:
            for rel in document.part.rels.values():
                if rel.reltype.endswith("/numbering") and not rel.is_external:
                    part = rel.target_part
        except Exception:
            part = None
        if part is None:
            return
        try:
            from lxml import etree

            root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
        except Exception:
            return
        links: dict[str, str] = {}
        for abstract in root.findall(f"{W}abstractNum"):
            aid = abstract.get(f"{W}abstractNumId")
            self.abstract[aid] = {int(lvl.get(f"{W}ilvl", "0")): self._level(lvl)
                                  for lvl in abstract.findall(f"{W}lvl")}
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                links[aid] = link.get(f"{W}val")
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            overrides: dict[int, dict] = {}
            for override in num.findall(f"{W}lvlOverride"):
                level = int(override.get(f"{W}ilvl", "0"))
                lvl = override.find(f"{W}lvl")
                start = override.find(f"{W}startOverride")
                overrides[level] = self._level(lvl) if lvl is not None else {}
                if start is not None:
                    overrides[level]["restart"] = int(start.get(f"{W}val", "1"))
            self.nums[num.get(f"{W}numId")] = (ref.get(f"{W}val"), overrides)
        for aid, style_id in links.items():  # a list defined by a numbering style
            linked, _ = styles.numbering(style_id)
            if linked in self.nums and self.nums[linked][0] in self.abstract:
                self.abstract[aid] = self.abstract[self.nums[linked][0]]

    @staticmethod
    def _level(lvl) -> dict:
        def val(tag, default):
            el = lvl.find(f"{W}{tag}")
            return el.get(f"{W}val", default) if el is not None else default

        try:
            start = int(val("start", "1"))
        except ValueError:
            start = 1
        return {"start": start, "fmt": val("numFmt", "decimal"), "text": val("lvlText", ""),
                "legal": on(lvl.find(f"{W}isLgl"))}

    def marker(self, p, style_id: str | None) -> str | None:
        """The paragraph's list marker ("1.", "a)", "2.1", "–"), "" for a list level that shows
        none, None when the paragraph is not in a list. Advances the list's counters."""
        num_id, ilvl = self.styles.numbering(style_id)
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            if num_pr.find(f"{W}numId") is not None:
                num_id = num_pr.find(f"{W}numId").get(f"{W}val")
            if num_pr.find(f"{W}ilvl") is not None:
                try:
                    ilvl = int(num_pr.find(f"{W}ilvl").get(f"{W}val", "0"))
                except ValueError:
                    ilvl = 0
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        aid, overrides = self.nums[num_id]
        levels = dict(self.abstract.get(aid, {}))
        for at, override in overrides.items():
            levels[at] = {**levels.get(at, {"start": 1, "fmt": "decimal", "text": ""}), **override}
        ilvl = ilvl or 0
        if ilvl not in levels:
            return None
        level = levels[ilvl]
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started:  # an instance that restarts its list
            self.started.add(num_id)
            for restart_level, override in overrides.items():
                if "restart" in override:
                    counters[restart_level] = override["restart"] - 1
                    for deeper in [k for k in counters if k > restart_level]:
                        del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level["fmt"] == "bullet":
            return BULLET_MARKER
        if level["fmt"] == "none" and "%" not in level["text"]:
            return level["text"].strip()

        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            info = levels.get(k, {"start": 1, "fmt": "decimal"})
            value = counters.get(k, info.get("start", 1))
            fmt = "decimal" if level.get("legal") and k < ilvl else info.get("fmt", "decimal")
            return format_number(value, fmt if fmt not in ("bullet", "none") else "decimal")

        return re.sub(r"%([1-9])", number, level["text"]).strip()
