"""Document metadata: the sidecar file first, then what the text itself says, then the CLI flag.

A sidecar `X.meta.toml` beside `X.pdf` is how a municipality states what the file is; it wins
because an organisation's own words about its documents beat any guess from the text.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

from ingest.model import PUBLIC, DocumentMeta, Period

_YEAR = r"(?:19|20)\d\d"
_PERIOD = re.compile(rf"\b({_YEAR})\s*(?:-|–|til)\s*({_YEAR})\b")
_MUNICIPALITY = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) Kommunes?\b")


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.toml")


def parse_period(value: str | int | None) -> Period:
    if value in (None, ""):
        return Period()
    text = str(value)
    match = _PERIOD.search(text)
    if match:
        return Period(int(match.group(1)), int(match.group(2)))
    years = re.findall(_YEAR, text)
    return Period(int(years[0]), int(years[0])) if years else Period()


def read_meta(path: Path) -> DocumentMeta:
    side = sidecar_path(path)
    if not side.exists():
        return DocumentMeta()
    try:
        raw = tomllib.loads(side.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        from ingest.model import IngestError

        raise IngestError(side, f"metadatafilen kan ikke læses ({exc})") from None
    year = raw.get("year")
    period = parse_period(raw.get("period") or year)
    return DocumentMeta(
        organisation=str(raw.get("organisation", "")).strip(),
        title=str(raw.get("title", "")).strip(),
        area=str(raw.get("area", "")).strip(),
        kind=str(raw.get("kind", "")).strip(),
        year=int(year) if year else period.start,
        period=period,
        url=str(raw.get("url", "")).strip(),
        ocr=raw.get("ocr"),
        access=str(raw.get("access") or PUBLIC).strip().lower(),
    )


def detect_organisation(text: str) -> str:
    """The municipality the text names most often ("Viborg Kommune"), or '' when none."""
    counts = Counter(m.group(1) for m in _MUNICIPALITY.finditer(text))
    if not counts:
        return ""
    name, _ = counts.most_common(1)[0]
    return f"{name} Kommune"


def detect_period(text: str, filename: str) -> Period:
    """A period from the first pages ("2023-2027"), else a year in the file name or text."""
    head = text[:3000]
    match = _PERIOD.search(head)
    if match and int(match.group(1)) <= int(match.group(2)):
        return Period(int(match.group(1)), int(match.group(2)))
    for source in (filename, head):
        years = re.findall(rf"(?<!\d)({_YEAR})(?!\d)", source)
        if years:
            return Period(int(years[0]), int(years[0]))
    return Period()


def complete_meta(meta: DocumentMeta, text: str, filename: str, first_heading: str,
                  organisation: str | None) -> DocumentMeta:
    """Fill what the sidecar did not say. `organisation` (the CLI flag) is the last resort."""
    if not meta.organisation:
        meta.organisation = detect_organisation(text) or (organisation or "")
    if not meta.title:
        meta.title = first_heading or Path(filename).stem.replace("-", " ").replace("_", " ")
    if meta.period.start is None:
        meta.period = detect_period(text, filename)
    if meta.year is None:
        meta.year = meta.period.start
    return meta
