"""Document metadata: the sidecar file first, then what the text itself says, then the CLI flag.

A sidecar `X.meta.toml` beside `X.pdf` is how a municipality states what the file is; it wins
because an organisation's own words about its documents beat any guess from the text.

Without one, the title, the file name and the first page say what the document is. A period
comes only from where a document states its own: a range in the title, the file name or the first
page ("2025–2028", "2019 - 2023"), a year in the title ("Virksomhedsplan 2020") or a dated line
("Juni 2018"). A year in passing ("siden 2021", "fra 2017", "i efteråret 2017") is history, not
the document's period, and a wrong old year would tell users to look for a newer version.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from ingest.model import PUBLIC, DocumentMeta, Period

_YEAR = r"(?:19|20)\d\d"
_DASH = r"(?:-|–|—|‐|‑|−|/|til(?:\s+og\s+med)?)"
_PERIOD = re.compile(rf"(?<![\d/])({_YEAR})\s*{_DASH}\s*({_YEAR}|\d\d)(?!\d|[/.,]\d|\s*(?:kr|mio|%))")
_SINGLE = re.compile(rf"(?<![\d/.,-])({_YEAR})(?![\d/.,]\d|\s*{_DASH}\s*\d)")
_FIRST_PAGE = 1500  # characters: about a page of text
# A year the document is about, not one it mentions: "Strategi 2025", "Virksomhedsplan 2020".
_KIND_YEAR = re.compile(rf"\b\w*(?:strategi|plan|politik|program|budget|rapport|aftale|grundlag)\w*"
                        rf"\s+({_YEAR})\b", re.I)
_KIND_WORD = re.compile(r"\w*(?:strategi|plan|politik|program)\w*", re.I)
_MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec")
# A date line ("Juni 2018", "18. november 2025") or an adoption ("vedtaget af Byrådet den 31. januar 2023").
_DATED_LINE = re.compile(rf"^\s*(?:\d{{1,2}}\.\s*)?(?:{_MONTHS})\.?\s+({_YEAR})\s*$", re.I | re.M)
_ADOPTED = re.compile(rf"\b(?:vedtaget|godkendt|besluttet)\b[^.\n]{{0,80}}?\b({_YEAR})\b", re.I)
# A range in a sentence about an earlier document is history too.
_EARLIER = re.compile(r"\b(?:tidligere|forrige|sidste|afløser|erstatter|siden|fra)\b", re.I)
# A year a vision aims at is not the document's period ("Vision 2030", "frem mod 2030").
_TARGET = re.compile(rf"\b(?:mod|vision|inden|senest|i)\s+({_YEAR})\b", re.I)

# "<Navn> Kommune" / "Kommunes": one name, or names joined by hyphens ("Lyngby-Taarbæk").
_NAME = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)*"
_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # a space, or one line break
_MUNICIPALITY = re.compile(rf"(?<![\w-])({_NAME}){_SPACE}([Kk])ommunes?\b")
_MUNICIPALITY_CAPS = re.compile(rf"(?<![\w-])([A-ZÆØÅ]{{2,}}(?:-[A-ZÆØÅ]{{2,}})*){_SPACE}KOMMUNES?\b")
_REGION = re.compile(rf"(?<![\w-])Region\s+({_NAME})\b")
# "Social- og Sundhedsforvaltningen, Aarhus" / "Socialforvaltningen i Aarhus" without "Kommune".
_ADMINISTRATION = re.compile(rf"\b\w*forvaltning(?:en)?(?:,|\s+i)\s+({_NAME})\b(?!\s+[Kk]ommune)")
# What starts a sentence but is no name: "Hver kommune", "Denne kommune", "Vores kommune".
_NOT_NAMES = {
    "hver", "denne", "den", "din", "dit", "vores", "jeres", "deres", "min", "mit", "en", "et",
    "enhver", "anden", "andre", "samme", "hele", "ny", "nye", "egen", "hvilken", "hvilke", "sin",
    "vor", "i", "og", "til", "for", "fra", "af", "på", "med", "om", "alle", "flere", "mange",
    "vi", "de", "det", "der", "som", "at", "kommune", "kommunen", "region", "dansk", "danske",
    "nabo", "hver", "landets", "større", "mindre", "store", "små", "sin", "sine",
}
_TITLE_FIELD = re.compile(r"^\s*(?:titel|title|dokumenttitel|dokumentets\s+titel|emne|subject)\s*:\s*(\S.{2,150}?)\s*$",
                          re.I | re.M)
_FIELD_PREFIX = re.compile(r"^\s*(?:titel|title|dokumenttitel|overskrift)\s*:\s*", re.I)
# Section names that open a document but are not its title.
_GENERIC_HEADINGS = {"introduktion", "indledning", "forord", "indhold", "indholdsfortegnelse",
                     "baggrund", "resume", "resumé", "sammenfatning", "sagsfremstilling", "formål"}


def sidecar_path(path: Path) -> Path:
    """`X.meta.toml`, or `X.pdf.meta.toml` where only that exists: named after the whole file
    name is as natural, and ignoring it would leave the document without its organisation."""
    short, full = path.with_name(path.stem + ".meta.toml"), path.with_name(path.name + ".meta.toml")
    return full if not short.exists() and full.exists() else short


def _plausible(year: int) -> bool:
    return 1980 <= year <= dt.date.today().year + 25


def _range(match: re.Match) -> Period | None:
    start, end = int(match.group(1)), match.group(2)
    end = int(end) if len(end) == 4 else start // 100 * 100 + int(end)  # "2025-28"
    if _plausible(start) and _plausible(end) and start < end <= start + 15:
        return Period(start, end)
    return None


def parse_period(value: str | int | None) -> Period:
    if value in (None, ""):
        return Period()
    text = str(value)
    for match in _PERIOD.finditer(text):
        period = _range(match)
        if period:
            return period
    years = [int(y) for y in re.findall(_YEAR, text) if _plausible(int(y))]
    return Period(years[0], years[0]) if years else Period()


META_KEYS = frozenset({"organisation", "title", "area", "kind", "year", "period", "url", "ocr", "access"})


def read_meta(path: Path) -> DocumentMeta:
    side = sidecar_path(path)
    if not side.exists():
        return DocumentMeta()
    try:
        raw = tomllib.loads(side.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        from ingest.model import IngestError

        raise IngestError(side, f"metadatafilen kan ikke læses ({exc})") from None
    unknown = sorted(set(raw) - META_KEYS)
    if unknown:  # a misspelt "Access" must not leave a restricted document public
        from ingest.model import IngestError

        raise IngestError(side, f"ukendt nøgle «{unknown[0]}» i metadatafilen; kendte nøgler er "
                                f"{', '.join(sorted(META_KEYS))}")
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


def check_access(path: Path, meta: DocumentMeta, groups: frozenset[str] | None) -> None:
    """An access value must be a group something is configured to see (STRATEGIBOT_ACCESS_GROUPS,
    or `[access]` in the channels file): a misspelt group would leave the document seen by no one
    meant to, silently. Without configured groups any name is taken."""
    if groups and meta.access != PUBLIC and meta.access not in groups:
        from ingest.model import IngestError

        raise IngestError(sidecar_path(path), f"ukendt adgangsgruppe «{meta.access}» (access); kendte grupper er "
                                              f"{', '.join(sorted(groups))} (STRATEGIBOT_ACCESS_GROUPS eller "
                                              "[access] i STRATEGIBOT_CHANNELS)")


# --- organisation -------------------------------------------------------------------------------

def _fold(name: str) -> str:
    return (name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("aa", "a")
            .replace("oe", "o"))


def _common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "da") >= 3.5


def _organisations_in(text: str) -> list[str]:
    """Every organisation `text` names, in order, as written in the nominative."""
    found: list[tuple[int, str]] = []
    for match in _MUNICIPALITY.finditer(text):
        name, k = match.group(1), match.group(2)
        if name.lower() in _NOT_NAMES:
            continue
        if k == "k" and _common_word(name) and "-" not in name:
            continue  # "Vores kommune", "Samme kommune": a lower-case "kommune" needs a real name
        found.append((match.start(), f"{name} Kommune"))
    for match in _MUNICIPALITY_CAPS.finditer(text):  # "RØNNEDE KOMMUNE" on a cover
        name = "-".join(part.capitalize() for part in match.group(1).split("-"))
        if name.lower() not in _NOT_NAMES:
            found.append((match.start(), f"{name} Kommune"))
    for match in _REGION.finditer(text):
        name = match.group(1)
        if name.lower() in _NOT_NAMES:
            continue
        if name.endswith("s") and not name.endswith("ss"):
            name = name[:-1]  # "Region Midtjyllands" is Region Midtjylland
        found.append((match.start(), f"Region {name}"))
    for match in _ADMINISTRATION.finditer(text):
        name = match.group(1)
        if name.lower() not in _NOT_NAMES and not name.startswith("Region"):
            found.append((match.start(), f"{name} Kommune"))
    return [name for _, name in sorted(found)]


def _from_web_address(text: str) -> str:
    """A municipality's own web address ("norddjurs.dk") when the text also writes the name."""
    address = re.compile(r"(?:https?://|www\.)(?:www\.)?([a-z-]+)\.dk\b\S*")
    domains = Counter(m.group(1).lower() for m in address.finditer(text))
    words = set(re.findall(r"[\w-]+", address.sub(" ", text)))
    for domain, _ in domains.most_common():
        for word in sorted(words):
            # a name, not a word: "Vores Norddjurs" but never "norddjurs"; "Sundhed" is also "sundhed"
            if word[:1].isupper() and _fold(word) == _fold(domain) and word.lower() not in words \
                    and word.lower() not in _NOT_NAMES:
                return f"{word} Kommune"
    return ""


def detect_organisation(text: str, title: str = "") -> str:
    """The organisation the title and first page name ("Viborg Kommune", "Region Midtjylland").

    A name in the title or on the first page counts more than one further on, where other
    organisations are named as partners. Spellings that differ only by lost æ/ø/å ("Ronnede" in
    an OCR'd page header, "Rønnede" in the text) are one name, written with the Danish letters.
    """
    weights: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for part, weight in ((title, 6), (text[:_FIRST_PAGE], 3), (text[_FIRST_PAGE:], 1)):
        for name in _organisations_in(part):
            key = _fold(name)
            weights[key] += weight
            spellings[key][name] += 1
    if not weights:
        return _from_web_address(text[:20_000])
    key, _ = weights.most_common(1)[0]
    forms = spellings[key]
    return max(forms, key=lambda n: (len(re.findall("[æøåÆØÅ]", n)) > 0, forms[n]))


# --- title ------------------------------------------------------------------------------------

def detect_title(text: str, filename: str, first_heading: str, organisation: str = "") -> str:
    """A "Titel: …" line on the first page, else the first heading, else the file name."""
    field = _TITLE_FIELD.search(text[:_FIRST_PAGE])
    if field:
        return field.group(1).strip()
    heading = _FIELD_PREFIX.sub("", first_heading or "").strip()
    if " · " in heading or " | " in heading:  # a page header: "Rønnede Kommune · Børne- og ungepolitik"
        parts = [p.strip() for p in re.split(r" [·|] ", heading)]
        rest = [p for p in parts if not _organisations_in(p) and _fold(p) != _fold(organisation)]
        heading = " · ".join(rest) or heading
    names_only = bool(heading) and all(_fold(n) == _fold(heading.strip()) for n in _organisations_in(heading)) \
        and bool(_organisations_in(heading))
    if heading and heading.strip(" :").lower() not in _GENERIC_HEADINGS and not names_only:
        return heading
    for line in text[:_FIRST_PAGE].splitlines():  # a cover: "Rønnede Kommune", then the title
        line = line.strip()
        if 0 < len(line) <= 100 and line[-1:] not in ".,;:" and _KIND_WORD.search(line) \
                and not _organisations_in(line):
            return line[0] + line[1:].lower() if line.isupper() else line
    return Path(filename).stem.replace("-", " ").replace("_", " ")


# --- period -----------------------------------------------------------------------------------

def _sentence_before(text: str, position: int) -> str:
    """The words of the sentence before `position` (a paragraph may span lines)."""
    start = max(text.rfind(". ", 0, position) + 1, text.rfind("\n\n", 0, position) + 1)
    return text[start:position]


def _ranges(text: str, in_sentences: bool) -> list[Period]:
    found = []
    for match in _PERIOD.finditer(text):
        period = _range(match)
        if not period:
            continue
        if in_sentences:
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = _sentence_before(text, match.start())
            line_end = text.find("\n", match.end())
            line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            heading_like = len(line) <= 100 and line[-1:] not in ".,;"
            if not heading_like and _EARLIER.search(before):
                continue  # "afløser strategien 2019-2023", "fra 2019-2022 steg"
        found.append(period)
    return found


def _title_year(text: str) -> int | None:
    """A single year a title gives as its own ("Virksomhedsplan 2020", "Strategi 2025")."""
    for match in _SINGLE.finditer(text):
        year = int(match.group(1))
        before = text[max(0, match.start() - 12):match.start()]
        if _plausible(year) and not _TARGET.search(before + match.group(1)):
            return year
    return None


def _filename_years(filename: str) -> tuple[Period | None, int | None]:
    stem = Path(filename).stem
    tokens = re.split(r"[\s_.]+|(?<=\D)-|-(?=\D)", stem)  # "strategi-2025-2028" keeps "2025-2028"
    period = None
    for token in tokens:
        match = re.fullmatch(rf"({_YEAR})[-–]({_YEAR}|\d\d)", token)
        if match and _range(match):
            period = period or _range(match)
    years = [int(t) for t in re.findall(rf"(?:^|[-_\s.])({_YEAR})(?=$|[-_\s.])", stem) if _plausible(int(t))]
    return period, (years[-1] if years else None)


def detect_period(text: str, filename: str, title: str = "") -> Period:
    """The period the document states for itself, strongest evidence first (see the module doc)."""
    head = text[:_FIRST_PAGE]
    title_ranges = _ranges(title, in_sentences=False)
    if title_ranges:
        return title_ranges[0]
    name_range, name_year = _filename_years(filename)
    page_heading_ranges = [p for line in head.splitlines() if 0 < len(line.strip()) <= 100
                           and line.strip()[-1:] not in ".,;" for p in _ranges(line, False)]
    title_year = _title_year(title)
    if title_year:
        # a range that starts with the title's year says more: "Strategi 2025" of "strategi-2025-2028"
        for period in (name_range, *page_heading_ranges):
            if period and period.start == title_year:
                return period
        return Period(title_year, title_year)
    if name_range:
        return name_range
    if page_heading_ranges:
        return page_heading_ranges[0]
    page_ranges = _ranges(head, in_sentences=True)
    if page_ranges:
        return page_ranges[0]
    if name_year:
        return Period(name_year, name_year)
    for pattern in (_KIND_YEAR, _DATED_LINE, _ADOPTED):
        for match in pattern.finditer(head):
            year = int(match.group(1))
            if _plausible(year) and not (pattern is _KIND_YEAR and (
                    _PERIOD.match(head, match.start(1)) or _EARLIER.search(_sentence_before(head, match.start())))):
                return Period(year, year)
    return Period()


def complete_meta(meta: DocumentMeta, text: str, filename: str, first_heading: str,
                  organisation: str | None) -> DocumentMeta:
    """Fill what the sidecar did not say. `organisation` (the CLI flag) is the last resort."""
    if not meta.organisation:
        meta.organisation = detect_organisation(text, first_heading) or (organisation or "")
    if not meta.title:
        meta.title = detect_title(text, filename, first_heading, meta.organisation)
    if meta.period.start is None:
        meta.period = detect_period(text, filename, meta.title)
    if meta.year is None:
        meta.year = meta.period.start
    return meta
