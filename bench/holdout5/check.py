"""Check holdout5: every cite phrase occurs in the plainly extracted text of its document.

Run:  /work/main/.venv/bin/python check.py
Extraction is deliberately plain: pypdf extract_text, python-docx body paragraphs + table cells,
visible HTML text (script/style/head dropped), raw text for .txt/.md. Comparison folds case and
whitespace only (æ/ø/å and punctuation are kept as they are).
Also checks: 40 questions, 8 per organisation, the kind counts, that each question names its
organisation, that refuse questions have empty org/cite/say and that their subject occurs in no
document, that cite phrases are 2–8 words (names may be 2) and sidecar keys.
"""
import collections
import glob
import json
import os
import re
import sys
import tomllib
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
    "Egemose Kommune": "egemose-socialpsykiatri-strategi-2026-2029.docx",
    "Rævlinge Kommune": "raevlinge-sundhedsfremme-plan-2026-2030.pdf",
    "Lergrav Kommune": "lergrav-rusmiddelstrategi-2026-2029.html",
    "Birkholt Kommune": "birkholt-boern-unge-handicap-politik-2026-2030.md",
    "Tornkær Kommune": "tornkaer-hjemmepleje-rehabilitering-2025-2028.txt",
}
PREFIX = {"egemose": "Egemose Kommune", "raevlinge": "Rævlinge Kommune", "lergrav": "Lergrav Kommune",
          "birkholt": "Birkholt Kommune", "tornkaer": "Tornkær Kommune"}
NAME_FORMS = {"Egemose Kommune": ["egemose"], "Rævlinge Kommune": ["rævlinge", "raevlinge"],
              "Lergrav Kommune": ["lergrav"], "Birkholt Kommune": ["birkholt"],
              "Tornkær Kommune": ["tornkær", "tornkaer"]}
# the subject of each refuse question: none of these stems may occur in any document
REFUSE_ABSENT = {
    "egemose-08": ["tandpleje", "tandlæge"],
    "raevlinge-08": ["influenza", "vaccin"],
    "lergrav-08": ["ludomani", "pengespil", "spilleafhæng"],
    "birkholt-08": ["skolekørsel", "befordring", "kørsel"],
    "tornkaer-08": ["madservice", "mad ", "måltid"],
}
KINDS = {"structure": 10, "fact": 10, "table": 5, "team": 5, "overview": 3, "english": 2, "refuse": 5}
META_KEYS = {"organisation", "area", "title", "kind", "year", "period", "url"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("br", "p", "li", "div", "section", "h1", "h2", "h3", "tr", "td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        else:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in ("html", "htm"):
        v = Visible()
        v.feed(open(path, encoding="utf-8").read())
        return "".join(v.parts)
    return open(path, encoding="utf-8").read()


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip().casefold()


def main():
    errors = []
    texts = {org: fold(extract(os.path.join(HERE, f))) for org, f in DOCS.items()}
    alltext = " ".join(texts.values())

    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    if len(rows) != 40:
        errors.append(f"expected 40 questions, got {len(rows)}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = collections.Counter(r["kind"] for r in rows)
    if dict(kinds) != KINDS:
        errors.append(f"kind counts {dict(kinds)} != {KINDS}")
    per = collections.Counter(r["id"].split("-")[0] for r in rows)
    if any(n != 8 for n in per.values()) or len(per) != 5:
        errors.append(f"per-organisation counts {dict(per)}")

    for r in rows:
        qid, q = r["id"], fold(r["q"])
        own = PREFIX[qid.split("-")[0]]
        if not any(f in q for f in NAME_FORMS[own]):
            errors.append(f"{qid}: question does not name {own}")
        if set(r) != {"id", "q", "org", "cite", "say", "kind"}:
            errors.append(f"{qid}: keys {sorted(r)}")
        if r["kind"] == "refuse":
            if r["org"] or r["cite"] or r["say"]:
                errors.append(f"{qid}: refuse must have empty org/cite/say")
            for stem in REFUSE_ABSENT[qid]:
                if stem in alltext:
                    errors.append(f"{qid}: refuse subject {stem!r} occurs in a document")
            continue
        if not r["org"] or not r["cite"]:
            errors.append(f"{qid}: needs org and cite")
        for org in r["org"]:
            if org not in DOCS:
                errors.append(f"{qid}: unknown org {org}")
        if r["kind"] == "overview" and len(r["org"]) > 1:
            # comparison: one cite group per organisation, in order
            if len(r["cite"]) != len(r["org"]):
                errors.append(f"{qid}: comparison needs one cite group per organisation")
            for org, group in zip(r["org"], r["cite"]):
                for ph in group:
                    if fold(ph) not in texts[org]:
                        errors.append(f"{qid}: {ph!r} not in {DOCS[org]}")
            continue
        for group in r["cite"]:
            for ph in group:
                n = len(ph.split())
                if not 2 <= n <= 8:
                    errors.append(f"{qid}: cite phrase {ph!r} has {n} words")
                if not any(fold(ph) in texts[o] for o in r["org"] if o in texts):
                    errors.append(f"{qid}: {ph!r} not found in {[DOCS.get(o) for o in r['org']]}")

    metas = sorted(glob.glob(os.path.join(HERE, "*.meta.toml")))
    if len(metas) != 3:
        errors.append(f"expected 3 sidecars, got {len(metas)}")
    for m in metas:
        with open(m, "rb") as f:
            d = tomllib.load(f)
        if set(d) != META_KEYS:
            errors.append(f"{os.path.basename(m)}: keys {sorted(d)}")
        doc = os.path.basename(m)[: -len(".meta.toml")]
        if not [p for p in glob.glob(os.path.join(HERE, doc + ".*")) if not p.endswith(".meta.toml")]:
            errors.append(f"{os.path.basename(m)}: no document {doc}.*")

    for e in errors:
        print("FAIL", e)
    print(f"{len(rows)} questions, kinds {dict(kinds)}; {'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
