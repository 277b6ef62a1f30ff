"""Check questions.jsonl against the generated documents of holdout3.

    .venv/bin/python bench/holdout3/make.py
    .venv/bin/python bench/holdout3/check.py

Text extraction: pypdf for the PDF; python-docx paragraph and table-cell text for the DOCX (so
automatic list numbers such as "1." / "1.1", which live in numbering.xml, are NOT part of the
text and can never be used in a phrase); the visible text of the HTML (tags removed, entities
decoded, <script>/<style> dropped); the raw text for Markdown and plain text.

Matching folds case and whitespace only - stricter than `bot eval`, which also folds æ/ø/å and
punctuation. Checked:
  * the question file: 40 lines, 8 per organisation, valid kinds, expected kind mix, ids unique,
    every question names its organisation (short name is enough);
  * every cite phrase is 2-8 words and occurs in its organisation's text; every say group has a
    phrase in that text;
  * refuse questions: their key terms occur in no document at all;
  * layout promises made by make.py (automatic numbering in the DOCX, running header, TOC and
    "n / N" page numbers in the PDF, hard wraps in the TXT, <dl>/<ol>/<table> in the HTML,
    bold "Pejlemærke" paragraphs in the Markdown), metadata files and first-page names;
  * the organisation names occur nowhere else under bench/, corpus/ or tests/.
"""

from __future__ import annotations

import collections
import html
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

FILES = {
    "Kløvermose Kommune": "kloevermose-handicappolitik-2026-2029.docx",
    "Region Nordmarsk": "region-nordmarsk-sundhedsstrategi-2026-2029.pdf",
    "Tjørnebro Kommune": "tjoernebro-beskaeftigelsesstrategi-2026-2028.txt",
    "Vibedal Kommune": "vibedal-boerne-ungepolitik-2026-2030.html",
    "Stenlykke Kommune": "stenlykke-aeldrepolitik-2026-2029.md",
}
SHORT = {
    "Kløvermose Kommune": "kløvermose",
    "Region Nordmarsk": "nordmarsk",
    "Tjørnebro Kommune": "tjørnebro",
    "Vibedal Kommune": "vibedal",
    "Stenlykke Kommune": "stenlykke",
}
WITH_META = {"Kløvermose Kommune", "Stenlykke Kommune"}
ABSENT = {  # refuse questions: terms that must not occur in any of the five documents
    "kloevermose-08": ["tema 5"],
    "nordmarsk-08": ["tandpleje", "tandlæge"],
    "tjoernebro-08": ["indsatsområde iv"],
    "vibedal-08": ["mobil", "skærm"],
    "stenlykke-08": ["pejlemærke 6"],
}
KINDS = {"structure": 10, "fact": 10, "table": 5, "team": 5, "overview": 3, "english": 2, "refuse": 5}

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)
    print("FAIL", msg)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if path.suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        return html.unescape("".join(parser.parts))
    return path.read_text(encoding="utf-8")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def check_questions(texts: dict[str, str]) -> None:
    everything = " ".join(texts.values())
    lines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    per_org: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    ids = set()
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(f"line {n}: not JSON ({exc})")
            continue
        qid = q.get("id", f"line {n}")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        if not isinstance(q.get("q"), str) or not q["q"].strip():
            bad(f"{qid}: no question text")
        kind = q.get("kind")
        kinds[kind] += 1
        orgs = q.get("org") or []
        if len(orgs) != 1 or orgs[0] not in FILES:
            bad(f"{qid}: org must be one of the five organisations: {orgs}")
            continue
        org = orgs[0]
        per_org[org] += 1
        if SHORT[org] not in q["q"].lower():
            bad(f"{qid}: question does not name its organisation ({SHORT[org]})")
        pool = texts[org]
        if kind == "refuse":
            if q.get("cite") or q.get("say"):
                bad(f"{qid}: refuse question with cite/say")
            terms = ABSENT.get(qid)
            if not terms:
                bad(f"{qid}: refuse question without ABSENT terms in check.py")
            for term in terms or []:
                if norm(term) in everything:
                    bad(f"{qid}: refuse term present in a document: {term!r}")
            continue
        if not q.get("cite") or not q.get("say"):
            bad(f"{qid}: needs both cite and say")
        for group in q.get("cite", []):
            if not isinstance(group, list) or not group:
                bad(f"{qid}: cite group must be a non-empty list: {group!r}")
                continue
            for phrase in group:
                if not 2 <= len(phrase.split()) <= 8:
                    bad(f"{qid}: cite phrase not 2-8 words: {phrase!r}")
                if norm(phrase) not in pool:
                    bad(f"{qid}: cite phrase not in {org}'s text: {phrase!r}")
                if re.match(r"^\d+\.(\d+)?\s", phrase):
                    bad(f"{qid}: cite phrase starts with a list number: {phrase!r}")
        for group in q.get("say", []):
            if not isinstance(group, list) or not any(norm(p) in pool for p in group):
                bad(f"{qid}: say group not in {org}'s text: {group}")
    if len(lines) != 40:
        bad(f"expected 40 questions, found {len(lines)}")
    for org in FILES:
        if per_org[org] != 8:
            bad(f"{org}: expected 8 questions, found {per_org[org]}")
    if dict(kinds) != KINDS:
        bad(f"kind mix {dict(kinds)} != {KINDS}")
    print(f"questions: {len(lines)}; per organisation {dict(per_org)}; kinds {dict(kinds)}")


def check_layouts(texts: dict[str, str]) -> None:
    # --- DOCX: built-in heading styles + automatic multi-level numbering ---
    import docx

    path = HERE / FILES["Kløvermose Kommune"]
    d = docx.Document(str(path))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    for i in range(1, 5):
        if not any(t.startswith(f"Tema {i}:") for t in h1):
            bad(f"docx: no Heading 1 'Tema {i}:'")
    if not h2:
        bad("docx: no Heading 2 paragraphs")
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    levels = collections.Counter(int(p._p.pPr.numPr.ilvl.val) for p in numbered)
    if levels[0] < 8 or levels[1] < 12:
        bad(f"docx: too few automatically numbered goals {dict(levels)}")
    for p in numbered:
        if re.match(r"^\s*\d", p.text):
            bad(f"docx: numbered paragraph has a typed number: {p.text[:40]!r}")
    numbering = zipfile.ZipFile(path).read("word/numbering.xml").decode("utf-8")
    if 'w:lvlText w:val="%1."' not in numbering or 'w:lvlText w:val="%1.%2"' not in numbering:
        bad("docx: numbering.xml lacks the %1. / %1.%2 list levels")

    # --- PDF: cover, TOC with leaders, running header, n / N ---
    pages = pdf_pages(HERE / FILES["Region Nordmarsk"])
    total = len(pages)
    if not 4 <= total <= 9:
        bad(f"pdf: {total} pages")
    if "Region Nordmarsk" not in pages[0]:
        bad("pdf: organisation not on the cover")
    if not re.search(r"Indhold", pages[1]) or not re.search(r"\.{10,} \d", pages[1]):
        bad("pdf: page 2 is not a table of contents with dotted leaders")
    for i, text in enumerate(pages[1:], 2):
        if "Sundhedsstrategi 2026–2029" not in text.splitlines()[0]:
            bad(f"pdf: page {i} lacks the running header")
        if f"{i} / {total}" not in text:
            bad(f"pdf: page {i} lacks '{i} / {total}'")
    for i in range(1, 4):
        if not any(f"Fokusområde {i}:" in t for t in pages[2:]):
            bad(f"pdf: no Fokusområde {i}")
    header_rows = sum(t.count("Mål Hvornår Hvem") for t in pages)
    broken = [i for i, t in enumerate(pages) if t.splitlines()[1:2] == ["Mål Hvornår Hvem"]]
    if header_rows < 4 or not broken:
        bad("pdf: expected Mål/Hvornår/Hvem tables, one continuing at the top of a page")

    # --- TXT: uppercase headings, roman numerals, hard wraps ---
    raw = (HERE / FILES["Tjørnebro Kommune"]).read_text(encoding="utf-8")
    lines = raw.replace("\f", "\n").splitlines()
    for roman in ("I", "II", "III"):
        if not any(l.startswith(f"INDSATSOMRÅDE {roman}:") for l in lines):
            bad(f"txt: no heading INDSATSOMRÅDE {roman}")
        if not any(l.strip().startswith(f"{roman}.1 ") for l in lines):
            bad(f"txt: no goal {roman}.1")
    long = [l for l in lines if "\t" not in l and len(l) > 72]
    if long:
        bad(f"txt: {len(long)} lines longer than 72 characters")
    if not any(re.match(r"^\s+a\. ", l) for l in lines):
        bad("txt: no indented 'a.' items")

    # --- HTML ---
    page = (HERE / FILES["Vibedal Kommune"]).read_text(encoding="utf-8")
    for needle in ("<h2>Principper</h2>", "<dl>", "<dt>1. Barnet i centrum</dt>", "<h2>Strategiske mål</h2>",
                   "<ol>", "<table>"):
        if needle not in page:
            bad(f"html: missing {needle}")

    # --- Markdown ---
    md = (HERE / FILES["Stenlykke Kommune"]).read_text(encoding="utf-8")
    for i in range(1, 6):
        if not re.search(rf"^\*\*Pejlemærke {i} – [^*]+\*\*$", md, re.M):
            bad(f"md: no bold paragraph 'Pejlemærke {i}'")
    if re.search(r"^#.*Pejlemærke \d", md, re.M):
        bad("md: a Pejlemærke is a # heading")
    if md.count("Det vil vi:") != 5 or not re.search(r"^> ", md, re.M) or "|---" not in md:
        bad("md: expected five 'Det vil vi:' lists, a blockquote and a table")

    # --- metadata and first-page names ---
    for org, name in FILES.items():
        meta = HERE / (Path(name).stem + ".meta.toml")
        if org in WITH_META:
            if not meta.exists() or f'organisation = "{org}"' not in meta.read_text(encoding="utf-8"):
                bad(f"{name}: meta.toml missing or wrong")
        else:
            if meta.exists():
                bad(f"{name}: unexpected meta.toml")
            first = pages[0] if name.endswith(".pdf") else texts[org][:1500]
            if norm(org) not in norm(first):
                bad(f"{name}: {org!r} not on the first page")


def check_names_unique() -> None:
    roots = [ROOT / "bench", ROOT / "corpus", ROOT / "tests"]
    words = [o.replace(" Kommune", "").replace("Region ", "") for o in FILES]
    folded = {w: w.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") for w in words}
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if not path.is_file() or HERE in path.parents or path.stat().st_size > 20_000_000:
                continue
            try:
                text = path.read_bytes().decode("utf-8", errors="ignore").lower()
            except OSError:
                continue
            for w in words:
                if w.lower() in text or folded[w] in text:
                    bad(f"name {w!r} also occurs in {path.relative_to(ROOT)}")


def main() -> int:
    missing = [n for n in FILES.values() if not (HERE / n).exists()]
    if missing:
        print("run make.py first; missing:", ", ".join(missing))
        return 1
    texts = {org: norm(extract(HERE / name)) for org, name in FILES.items()}
    check_questions(texts)
    check_layouts({org: extract(HERE / name) for org, name in FILES.items()})
    check_names_unique()
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
