"""Verify holdout6: every cite phrase occurs in the plainly extracted text of its organisation's document.

Run:  /work/main/.venv/bin/python check.py
Extraction: pypdf page text / python-docx paragraphs + table cells / visible HTML text / raw text.
Comparison folds case and whitespace only.
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    "Havrevig Kommune": "havrevig-aeldre-demenspolitik-2026-2029.pdf",
    "Birkesund Kommune": "birkesund-strategi-udsatte-hjemloeshed-2025-2028.docx",
    "Region Vestdal": "region-vestdal-sundhedspolitik-2026-2030.html",
    "Lyngmose Kommune": "lyngmose-ungestrategi-2025-2027.txt",
    "Ravnsted Kommune": "ravnsted-frivillighedspolitik-2026-2030.md",
}
EXPECTED_KINDS = {"structure": 10, "fact": 10, "table": 5, "team": 5, "overview": 3, "english": 2, "refuse": 5}
# subjects of the refuse questions: must occur in no document
REFUSE_TERMS = ["madservice", "svømmehal", "parkering", "boligstøtte", "kørselsgodtgørelse"]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.endswith(".html"):
        v = Visible()
        v.feed(open(path, encoding="utf-8").read())
        return " ".join(v.parts)
    return open(path, encoding="utf-8").read()


def fold(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    texts = {org: fold(extract(os.path.join(HERE, f))) for org, f in DOCS.items()}
    errors = []
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = collections.Counter(q["kind"] for q in qs)
    if dict(kinds) != EXPECTED_KINDS:
        errors.append(f"kinds {dict(kinds)} != {EXPECTED_KINDS}")
    per_org = collections.Counter(q["id"].split("-")[0] for q in qs)
    if set(per_org.values()) != {8}:
        errors.append(f"per organisation counts {dict(per_org)}")
    for q in qs:
        if set(q) != {"id", "q", "org", "cite", "say", "kind"}:
            errors.append(f"{q['id']}: keys {sorted(q)}")
        if q["kind"] == "refuse":
            if q["org"] or q["cite"] or q["say"]:
                errors.append(f"{q['id']}: refuse must have empty org/cite/say")
            continue
        if not q["cite"]:
            errors.append(f"{q['id']}: no cite groups")
        for o in q["org"]:
            if o not in DOCS:
                errors.append(f"{q['id']}: unknown org {o}")
        for group in q["cite"]:
            for phrase in group:
                n = len(phrase.split())
                if not 2 <= n <= 8:
                    errors.append(f"{q['id']}: phrase length {n}: {phrase!r}")
                if not any(fold(phrase) in texts[o] for o in q["org"]):
                    errors.append(f"{q['id']}: cite not found: {phrase!r}")
        if q["kind"] == "overview" and len(q["org"]) == 2:
            for o in q["org"]:
                if not any(any(fold(p) in texts[o] for p in g) for g in q["cite"]):
                    errors.append(f"{q['id']}: no cite group for {o}")
    for term in REFUSE_TERMS:
        for org, t in texts.items():
            if term in t:
                errors.append(f"refuse subject {term!r} occurs in {org}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(qs)} questions, kinds {dict(sorted(kinds.items()))}, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
