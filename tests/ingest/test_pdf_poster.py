"""A poster-like PDF: a large title, boxes titled a little larger than the section headings
that follow on the next page. A reader takes the box titles and the later headings as one level;
the later sections must not be filed under the last box."""

from __future__ import annotations


from ingest.pipeline import prepare

BOXES = [("Røgfri fremtid", "Røgfri skoletid på alle skoler fra august 2026."),
         ("Bevægelse i hverdagen", "Motion på recept udvides til borgere med KOL."),
         ("Mental trivsel", "Kurset om mental sundhed tilbydes i alle lokalområder."),
         ("Alkohol og unge", "Fælles forældreaftaler om alkohol i udskolingen.")]


def _poster(path) -> None:
    from tests.fixtures.layouts import sans_pdf

    pdf = sans_pdf()
    pdf.add_page()
    pdf.set_font("Sans", "B", 30)
    pdf.cell(0, 14, "Sundere sammen", new_x="LMARGIN", new_y="NEXT")
    for title, text in BOXES:
        pdf.set_font("Sans", "B", 15)
        pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.add_page()
    for title in ("Forord", "Opfølgning"):
        pdf.set_font("Sans", "B", 14)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(0, 5.5, "Rævlinge Kommune følger planen op hvert forår i udvalget.",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def test_headings_a_point_smaller_than_the_box_titles_are_not_filed_under_the_last_box(tmp_path):
    path = tmp_path / "plakat.pdf"
    _poster(path)
    chunks, report = prepare(path, path.name, path.read_bytes(), "Rævlinge Kommune")
    paths = {" › ".join(c.meta.section_path) for c in chunks}
    assert not any("Alkohol og unge" in p and "Forord" in p for p in paths), paths
    assert any(p.endswith("Forord") for p in paths)
    assert report.coverage.covered == report.coverage.lines
