"""Check held-out set 4.

Run: /work/main/.venv/bin/python check.py
Verifies that every cite phrase (every alternative) occurs in the plainly extracted text of
its organisation's document (case and whitespace folded), plus format rules: 40 questions,
8 per organisation, the kind counts, 2-8 words per cite phrase, organisation named in the
question, and that refuse topics appear in no document.
"""
import collections
import json
import os
import re
import sys
import tomllib

from bs4 import BeautifulSoup
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
    "Hesselmark Kommune": "hesselmark-aeldre-vaerdighedspolitik-2026-2029.docx",
    "Askerød Kommune": "askeroed-beskaeftigelsesstrategi-2026-2028.pdf",
    "Kildebjerg Kommune": "kildebjerg-boerne-ungepolitik-2026-2030.html",
    "Sølvhøj Kommune": "soelvhoej-sundhedspolitik-2025-2028.md",
    "Mørkedal Kommune": "moerkedal-handicappolitik-2026-2030.txt",
}
PREFIX = {"hesselmark": "Hesselmark Kommune", "askeroed": "Askerød Kommune",
          "kildebjerg": "Kildebjerg Kommune", "soelvhoej": "Sølvhøj Kommune",
          "moerkedal": "Mørkedal Kommune"}
# how the question may name the organisation (typos included)
NAMES = {"Hesselmark Kommune": ["hesselmark"], "Askerød Kommune": ["askerød"],
         "Kildebjerg Kommune": ["kildebjerg"], "Sølvhøj Kommune": ["sølvhøj", "solvhøj"],
         "Mørkedal Kommune": ["mørkedal"]}
# subjects of the refuse questions: must occur in no document
REFUSE_TERMS = {"hesselmark-08": ["storskrald", "affald"],
                "askeroed-08": ["genbrugsplads", "åbningstid"],
                "kildebjerg-08": ["musikskole"],
                "soelvhoej-08": ["hund", "strand"],
                "moerkedal-08": ["fælde", "træfæld"]}
KINDS = {"structure": 10, "fact": 10, "table": 5, "team": 5, "overview": 3, "english": 2,
         "refuse": 5}
NO_SIDECAR = {"Askerød Kommune", "Mørkedal Kommune"}


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.endswith(".html"):
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text(" ")
    with open(path, encoding="utf-8") as f:
        return f.read()


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def main():
    errors = []
    texts = {org: fold(extract(os.path.join(HERE, fn))) for org, fn in DOCS.items()}
    for org, fn in DOCS.items():
        meta = os.path.join(HERE, fn.rsplit(".", 1)[0] + ".meta.toml")
        if org in NO_SIDECAR:
            if os.path.exists(meta):
                errors.append(f"{fn}: should have no sidecar")
        else:
            with open(meta, "rb") as f:
                m = tomllib.load(f)
            if set(m) - {"organisation", "area", "title", "kind", "year", "period", "url"}:
                errors.append(f"{meta}: unexpected keys")
            if m.get("organisation") != org:
                errors.append(f"{meta}: organisation mismatch")
        if org.split()[0].lower() not in texts[org]:
            errors.append(f"{fn}: organisation name not in text")

    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        qs = [json.loads(line) for line in f if line.strip()]
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    kinds = collections.Counter(x["kind"] for x in qs)
    if dict(kinds) != KINDS:
        errors.append(f"kind counts {dict(kinds)} != {KINDS}")
    per_org = collections.Counter(x["id"].split("-")[0] for x in qs)
    if set(per_org.values()) != {8} or len(per_org) != 5:
        errors.append(f"per-organisation counts {dict(per_org)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")

    n_phr = 0
    for x in qs:
        org = PREFIX[x["id"].split("-")[0]]
        if not any(n in x["q"].lower() for n in NAMES[org]):
            errors.append(f"{x['id']}: question does not name {org}")
        if x["kind"] == "refuse":
            if x["cite"] or x["org"]:
                errors.append(f"{x['id']}: refuse question with cite/org")
            for term in REFUSE_TERMS[x["id"]]:
                for o, t in texts.items():
                    if term in t:
                        errors.append(f"{x['id']}: refuse term {term!r} occurs in {o}")
            continue
        if x["org"] != [org]:
            errors.append(f"{x['id']}: org {x['org']} != [{org}]")
        if not x["cite"]:
            errors.append(f"{x['id']}: no cite groups")
        for group in x["cite"]:
            for phrase in group:
                n_phr += 1
                words = len(phrase.split())
                if not 2 <= words <= 8:
                    errors.append(f"{x['id']}: cite {phrase!r} has {words} words")
                if fold(phrase) not in texts[org]:
                    errors.append(f"{x['id']}: cite {phrase!r} not in {DOCS[org]}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"OK: {len(qs)} questions, {n_phr} cite phrases found; kinds {dict(kinds)}")


if __name__ == "__main__":
    main()
