import zipfile

import pytest

from ingest.load import load
from ingest.model import IngestError
from tests.fixtures.documents import make_docx, make_pdf


def test_pdf_keeps_pages_headings_and_table(tmp_path):
    doc = load(make_pdf(tmp_path / "testby.pdf"))
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert headings[0].text.startswith("Strategi for Testby Kommune") and headings[0].page == 1
    pejlemaerke = next(b for b in headings if b.text.startswith("Pejlemærke 1"))
    assert pejlemaerke.page == 2  # the section starts on a new page
    text = "\n".join(b.text for b in doc.blocks)
    assert "Styrket hjemmepleje" in text and "Center for Pleje" in text
    assert text.index("Styrket hjemmepleje") < text.index("Pejlemærke 1")


def test_docx_headings_paragraphs_and_table_in_reading_order(tmp_path):
    doc = load(make_docx(tmp_path / "proeveby.docx"))
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == ("heading", "Handleplan for Prøveby Kommune")
    rows = [t for k, t in kinds if k == "table_row"]
    assert rows == ["Indsats\tAnsvarlig", "Tidlig opsporing\tSundhedsplejen", "Aktiv fritid\tBostøtten"]
    order = [t for _, t in kinds]
    assert order.index("Aktiv fritid\tBostøtten") < order.index("Efter tabellen kommer et afsnit om opfølgning.")
    second = next(b for b in doc.blocks if b.text.startswith("Pejlemærke 2"))
    assert second.kind == "heading" and second.page == 2


def test_markdown_and_html(tmp_path):
    md = tmp_path / "plan.md"
    md.write_text("# Plan\n\nEt afsnit om borgeren.\n\n## Mål\n\n- første mål\n- andet mål\n", encoding="utf-8")
    blocks = load(md).blocks
    assert [(b.kind, b.heading_level) for b in blocks[:2]] == [("heading", 1), ("paragraph", None)]
    assert [b.text for b in blocks if b.kind == "list_item"] == ["– første mål", "– andet mål"]
    html = tmp_path / "side.html"
    html.write_text("<html><script>x()</script><h2>Indsatser</h2><table><tr><td>A</td><td>B</td></tr>"
                    "</table><p>Tekst.</p></html>", encoding="utf-8")
    assert [(b.kind, b.text) for b in load(html).blocks] == [
        ("heading", "Indsatser"), ("table_row", "A\tB"), ("paragraph", "Tekst.")]


@pytest.mark.parametrize("name, content, reason", [
    ("tom.txt", b"   \n", "tom"),
    ("data.xyz", b"noget", "ukendt format"),
    ("brudt.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF", "PDF"),
    ("ikke-zip.docx", b"dette er ikke en zip", "ZIP"),
    ("binaer.txt", b"\x00\x01\x02binary", "binære"),
])
def test_bad_input_gives_a_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        load(path)
    assert reason in error.value.reason and error.value.path == str(path)


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "arkiv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("noter.txt", "hej")
    with pytest.raises(IngestError, match="ikke et Word-dokument"):
        load(path)


def test_encrypted_pdf(tmp_path):
    with pytest.raises(IngestError, match="krypteret"):
        load(make_pdf(tmp_path / "hemmelig.pdf", encrypt=True))
