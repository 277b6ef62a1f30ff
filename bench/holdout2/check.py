"""Check questions.jsonl against the generated documents of the second held-out set.

    .venv/bin/python bench/holdout2/check.py [--dump]

Extraction: pypdf for PDF, python-docx paragraphs and table cells for DOCX, the visible text of
the HTML (tags, scripts and styles dropped, entities decoded), raw text for Markdown. Matching
folds case and whitespace only (stricter than `bot eval`, which also folds æ/ø/å and punctuation).

Checks, per question:
  - keys and kinds are valid, ids unique, 8 questions per organisation;
  - every `cite` phrase is 2–8 words and occurs in the text of the question's organisation(s);
  - every `say` group has a phrase that occurs in that text;
  - non-refuse questions name their organisation (short name, case/æøå-folded) in `q`;
  - refuse questions have neither cite nor say, name their organisation, and their key terms
    (ABSENT) occur in no document of the set.
`--dump` prints the extracted text of every document instead.
"""

from __future__ import annotations

import html.parser
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {
    "Hasselbjerg Kommune": "hasselbjerg-sundhedspolitik-2026-2029.pdf",
    "Ulvedal Kommune": "ulvedal-demensstrategi-2026-2030.docx",
    "Elmebæk Kommune": "elmebaek-handicappolitik-2026-2030.html",
    "Tjørnehøj Kommune": "tjoernehoej-tidlig-indsats-2025-2028.md",
    "Ravnsholt Kommune": "ravnsholt-beskaeftigelse-integration-2026-2028.pdf",
}
PREFIX = {  # question id prefix -> organisation
    "hasselbjerg": "Hasselbjerg Kommune",
    "ulvedal": "Ulvedal Kommune",
    "elmebaek": "Elmebæk Kommune",
    "tjoernehoej": "Tjørnehøj Kommune",
    "ravnsholt": "Ravnsholt Kommune",
}
ABSENT = {  # refuse questions: terms that must not occur in any document of the set
    "hasselbjerg-08": ["2.4", "indsatsområde 5"],
    "ulvedal-08": ["tilskud", "kontingent"],
    "elmebaek-08": ["sigtelinje 7", "syv sigtelinjer", "syvende"],
    "tjoernehoej-08": ["delmål 2d", "delmal 2d", "2d:"],
    "ravnsholt-08": ["voksenlærling", "voksenlaerling"],
}
KINDS = {"structure", "fact", "table", "team", "overview", "english", "refuse"}
KEYS = {"id", "q", "org", "cite", "say", "kind"}


class _Visible(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "tr", "td", "th", "div", "br", "blockquote",
             "section", "nav", "header", "footer", "ol", "ul", "dt", "dd", "caption", "aside"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        parser = _Visible()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    return path.read_text(encoding="utf-8")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def fold(text: str) -> str:
    text = norm(text)
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(a, b)
    return text


def short_name(org: str) -> str:
    return org.split()[-1] if org.startswith("Region ") else org.split()[0]


def main() -> int:
    raw = {org: extract(HERE / name) for org, name in FILES.items()}
    if "--dump" in sys.argv:
        for org, text in raw.items():
            print(f"===== {org} ({FILES[org]})\n{text}\n")
        return 0
    texts = {org: norm(text) for org, text in raw.items()}
    everything = " ".join(texts.values())
    bad = 0

    def problem(msg: str) -> None:
        nonlocal bad
        print(msg)
        bad += 1

    seen: set[str] = set()
    per_org: Counter = Counter()
    per_kind: Counter = Counter()
    lines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, start=1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            problem(f"line {n}: not JSON ({exc})")
            continue
        qid = q.get("id", f"line {n}")
        if set(q) - KEYS:
            problem(f"{qid}: unknown keys {set(q) - KEYS}")
        if qid in seen:
            problem(f"{qid}: duplicate id")
        seen.add(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            problem(f"{qid}: unknown kind {kind!r}")
        per_kind[kind] += 1
        org = PREFIX.get(qid.rsplit("-", 1)[0])
        if org is None:
            problem(f"{qid}: id prefix names no organisation")
            continue
        per_org[org] += 1
        if short_name(org).lower() not in fold(q["q"]) and fold(short_name(org)) not in fold(q["q"]):
            problem(f"{qid}: question does not name {org}")

        if kind == "refuse":
            if q.get("cite") or q.get("say"):
                problem(f"{qid}: refuse question with cite/say")
            terms = ABSENT.get(qid)
            if not terms:
                problem(f"{qid}: refuse question without ABSENT terms")
            for term in terms or []:
                if norm(term) in everything:
                    problem(f"{qid}: refuse term present: {term!r}")
            continue

        orgs = q.get("org") or []
        if orgs != [org]:
            problem(f"{qid}: org {orgs} does not match id prefix ({org})")
        pool = " ".join(texts[o] for o in orgs if o in texts)
        if not q.get("cite"):
            problem(f"{qid}: no cite")
        for group in q.get("cite", []):
            for phrase in group:
                if not 2 <= len(phrase.split()) <= 8:
                    problem(f"{qid}: cite not 2-8 words: {phrase!r}")
                if norm(phrase) not in pool:
                    problem(f"{qid}: cite not in text: {phrase!r}")
        if not q.get("say"):
            problem(f"{qid}: no say")
        for group in q.get("say", []):
            if not any(norm(p) in pool for p in group):
                problem(f"{qid}: say group not in text: {group}")

    for org in FILES:
        if per_org[org] != 8:
            problem(f"{org}: {per_org[org]} questions, expected 8")
    print("per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(per_kind.items())))
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
