"""Check that every cite phrase in questions.jsonl occurs in its organisation's extracted text.

    .venv/bin/python bench/holdout/check.py

Extraction: pypdf for PDF, python-docx paragraphs and table cells for DOCX, raw text otherwise.
Matching folds case and whitespace only (stricter than `bot eval`, which also folds æøå and
punctuation). Also checks that `say` phrases occur in the text and that refuse questions' key
terms do not.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {
    "Saltvig Kommune": "saltvig-aeldrestrategi-2026-2029.docx",
    "Region Vestersø": "region-vesteroe-sundhedsstrategi-2025-2028.pdf",
    "Tranemose Kommune": "tranemose-boerne-ungestrategi-2026-2030.html",
    "Lyngmark Kommune": "lyngmark-beskaeftigelsesstrategi-2026-2028.md",
    "Bøgelund Kommune": "boegelund-voksenstrategi-2024-2027.txt",
}
ABSENT = {  # refuse questions: what must not be in any document
    "saltvig-08": ["strategisk mål 6", "mål 6"],
    "vesteroe-08": ["satsningsområde f"],
    "tranemose-08": ["ledetråd 7"],
    "lyngmark-08": ["seniorjob", "over 60"],
    "boegelund-07": ["pr. døgn", "døgnpris", "takst"],
}


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
    return path.read_text(encoding="utf-8")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def main() -> int:
    texts = {org: norm(extract(HERE / name)) for org, name in FILES.items()}
    everything = " ".join(texts.values())
    bad = 0
    for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        orgs = q.get("org") or []
        pool = " ".join(texts[o] for o in orgs)
        for group in q.get("cite", []):
            for phrase in group:
                if not 3 <= len(phrase.split()) <= 8:
                    print(f"{q['id']}: cite not 3-8 words: {phrase!r}")
                    bad += 1
                if norm(phrase) not in pool:
                    print(f"{q['id']}: cite not in text: {phrase!r}")
                    bad += 1
            if not any(norm(p) in pool for p in group):
                print(f"{q['id']}: no phrase of group found: {group}")
        for group in q.get("say", []):
            if not any(norm(p) in pool for p in group):
                print(f"{q['id']}: say group not in text: {group}")
                bad += 1
        for term in ABSENT.get(q["id"], []):
            if norm(term) in everything:
                print(f"{q['id']}: refuse term present: {term!r}")
                bad += 1
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
