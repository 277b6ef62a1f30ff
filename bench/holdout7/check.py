"""Checks questions.jsonl against the documents' extracted text."""
import json, re, collections
from html.parser import HTMLParser
from pathlib import Path
import pypdf, docx
D = Path(__file__).parent
fold = lambda s: re.sub(r"\s+", " ", s).strip().lower()
class H(HTMLParser):
    def __init__(s): super().__init__(); s.t=[]; s.skip=0
    def handle_starttag(s,t,a): s.skip += t in ("script","style","title")
    def handle_endtag(s,t): s.skip -= t in ("script","style","title")
    def handle_data(s,d): s.skip or s.t.append(d)
def text(p):
    if p.suffix==".pdf": return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    if p.suffix==".docx":
        d=docx.Document(p); return "\n".join([x.text for x in d.paragraphs]+[c.text for t in d.tables for r in t.rows for c in r.cells])
    if p.suffix==".html": h=H(); h.feed(p.read_text()); return " ".join(h.t)
    return p.read_text()
DOCS={"Nørre Kildebro Kommune":"noerre-kildebro-aeldrestrategi.pdf","Region Søndervang":"soendervang-psykiatriplan.docx","Lundsø Kommune":"lundsoe-boerne-og-ungepolitik.html","Falkby Kommune":"falkby-beskaeftigelsesstrategi.md","Tornhøj Kommune":"tornhoej-handicappolitik.txt"}
T={o:fold(text(D/f)) for o,f in DOCS.items()}
for o in T: assert o.lower() in T[o] or o.split()[0].lower() in T[o], o
REFUSE={"re-01":"sne","re-02":"affald","re-03":"carport","re-04":"co2","re-05":"bibliotek"}
qs=[json.loads(l) for l in open(D/"questions.jsonl",encoding="utf-8")]
assert len(qs)==40
for q in qs:
    if q["kind"]=="refuse":
        assert "cite" not in q and all(REFUSE[q["id"]] not in t for t in T.values()), q["id"]; continue
    for g in q["cite"]: assert any(fold(p) in T[q["org"][0]] for p in g), (q["id"], g)
c=collections.Counter(q["kind"] for q in qs)
assert c==dict(structure=10,fact=10,table=5,team=5,overview=3,english=2,refuse=5), c
print("check.py: all", len(qs), "questions OK")
