"""Layouts the bundled corpus lacks: every line a reader sees comes out of the loader, in reading
order, with its list marker ("1.", "a)", "2.1", "–") as part of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load
from tests.fixtures.layouts import sans_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def texts(path: Path) -> list[str]:
    return [b.text for b in load(path).blocks]


# DOCX ------------------------------------------------------------------------------------------

def _add_list(document, levels: list[tuple[str, str]]) -> int:
    """A numbering definition with the given (numFmt, lvlText) per level; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    abstract_id = 100 + len(numbering.findall(f"{{{W}}}abstractNum"))
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">{lvls}'
                         f'</w:abstractNum>')
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)  # abstract definitions come before the instances
    else:
        numbering.append(abstract)
    num_id = 100 + abstract_id
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _numbered(document, text: str, num_id: int, level: int = 0):
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def test_docx_word_numbering_is_part_of_the_text(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Socialstrategi 2025-2028", level=1)
    document.add_paragraph("De tre pejlemærker er:")
    for goal in ("Flere udsatte borgere i job", "Færre ensomme ældre", "Et stærkere civilsamfund"):
        document.add_paragraph(goal, style="List Number")
    document.add_paragraph("Vi arbejder også med:")
    document.add_paragraph("Frivillige foreninger", style="List Bullet")
    lettered = _add_list(document, [("lowerLetter", "%1)")])
    _numbered(document, "Tidlig opsporing i hjemmeplejen", lettered)
    _numbered(document, "Hurtig hjælp til pårørende", lettered)
    outline = _add_list(document, [("decimal", "%1."), ("decimal", "%1.%2")])
    _numbered(document, "Borgeren i centrum", outline)
    _numbered(document, "Borgeren deltager i sit eget møde", outline, 1)
    _numbered(document, "Borgeren kender sin plan", outline, 1)
    _numbered(document, "Sammenhæng på tværs", outline)
    _numbered(document, "Én plan for hver borger", outline, 1)  # the deeper level restarts
    roman = _add_list(document, [("upperRoman", "%1."), ("upperLetter", "%1%2")])
    _numbered(document, "Indledning", roman)
    _numbered(document, "Første delmål", roman, 1)
    document.save(str(tmp_path / "numre.docx"))

    blocks = load(tmp_path / "numre.docx").blocks
    got = [b.text for b in blocks]
    assert "1. Flere udsatte borgere i job" in got
    assert "2. Færre ensomme ældre" in got and "3. Et stærkere civilsamfund" in got
    assert "– Frivillige foreninger" in got
    assert "a) Tidlig opsporing i hjemmeplejen" in got and "b) Hurtig hjælp til pårørende" in got
    assert got.index("1. Borgeren i centrum") < got.index("1.1 Borgeren deltager i sit eget møde") \
        < got.index("1.2 Borgeren kender sin plan") < got.index("2. Sammenhæng på tværs") \
        < got.index("2.1 Én plan for hver borger")
    assert "I. Indledning" in got and "IA Første delmål" in got
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["2. Færre ensomme ældre"] == "list_item"
    assert kinds["De tre pejlemærker er:"] == "paragraph"


def test_docx_bold_line_is_a_heading_and_bold_sentences_are_not(tmp_path):
    import docx

    document = docx.Document()
    for title, body in (("Vision", "Et godt hverdagsliv hele livet."),
                        ("Indsatsområde 1: Forebyggelse", "Vi opsporer tidligt."),
                        ("Indsatsområde 2: Rehabilitering", "Borgeren klarer mest muligt selv.")):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(body)
    document.add_paragraph().add_run("Vi vil:").bold = True  # a lead-in, not a heading
    document.add_paragraph().add_run("Det er vigtigt.").bold = True  # a sentence
    mixed = document.add_paragraph()
    mixed.add_run("Mål 1.1 ").bold = True
    mixed.add_run("alle får et tilbud")
    document.save(str(tmp_path / "fed.docx"))

    blocks = {b.text: b for b in load(tmp_path / "fed.docx").blocks}
    for title in ("Vision", "Indsatsområde 1: Forebyggelse", "Indsatsområde 2: Rehabilitering"):
        assert blocks[title].kind == "heading" and blocks[title].heading_level is None
    assert blocks["Vi vil:"].kind == "paragraph"
    assert blocks["Det er vigtigt."].kind == "paragraph"
    assert blocks["Mål 1.1 alle får et tilbud"].kind == "paragraph"


def test_docx_short_document_with_many_bold_headings_keeps_them_as_headings(tmp_path):
    import docx

    document = docx.Document()
    for title in ("Ulstrup Kommune", "Demensstrategi 2026–2030", "Indledning", "Vision", "Formål",
                  "Strategiens fem fokusområder", "A. Tidlig opsporing", "B. Støtte til pårørende",
                  "C. Et godt hverdagsliv", "D. Gode boliger", "E. Kompetencer", "Økonomi"):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph("Her står en almindelig sætning om emnet, skrevet uden fed skrift.")
    document.save(str(tmp_path / "kort.docx"))

    blocks = {b.text: b for b in load(tmp_path / "kort.docx").blocks}
    assert blocks["C. Et godt hverdagsliv"].kind == "heading"
    assert blocks["Vision"].kind == "heading"


def test_docx_content_controls_text_boxes_and_cells_keep_their_text(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Før kontrollen.")
    body = document.element.body
    sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtContent><w:p><w:r><w:t>Vision: Et godt liv i '
                    f'eget hjem.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(list(body).index(document.paragraphs[-1]._p) + 1, sdt)
    box = document.add_paragraph("Ankeret.")
    box.runs[0]._r.append(parse_xml(
        f'<w:pict xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox>'
        f'<w:txbxContent><w:p><w:r><w:t>Kerneopgaven: borgeren mestrer eget liv.</w:t></w:r></w:p>'
        f'</w:txbxContent></v:textbox></v:shape></w:pict>'))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Mål", "Indsatser"
    table.cell(1, 0).text = "Mål 2.1 Færre genindlæggelser"
    cell = table.cell(1, 1)
    cell.text = "Akutteam døgnet rundt"
    cell.add_paragraph("Opfølgende hjemmebesøg", style="List Bullet")
    header = document.sections[0].header
    header.paragraphs[0].text = "Sidehoved der gentages på hver side"
    document.save(str(tmp_path / "felter.docx"))

    blocks = load(tmp_path / "felter.docx").blocks
    got = [b.text for b in blocks]
    assert got.index("Før kontrollen.") < got.index("Vision: Et godt liv i eget hjem.") \
        < got.index("Ankeret.") < got.index("Kerneopgaven: borgeren mestrer eget liv.")
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows == ["Mål\tIndsatser",
                    "Mål 2.1 Færre genindlæggelser\tAkutteam døgnet rundt\n– Opfølgende hjemmebesøg"]
    assert not any("Sidehoved" in t for t in got)


def test_docx_text_box_in_alternate_content_is_read_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Anker.")
    content = (f'<w:txbxContent><w:p><w:r><w:t>Tekstboks med målet</w:t></w:r></w:p>'
               f'</w:txbxContent>')
    paragraph.runs[0]._r.append(parse_xml(
        f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        f' xmlns:w="{W}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        f' xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{content}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox>{content}</v:textbox></w:pict></mc:Fallback>'
        f'</mc:AlternateContent>'))
    document.save(str(tmp_path / "boks.docx"))
    assert texts(tmp_path / "boks.docx") == ["Anker.", "Tekstboks med målet"]


# HTML and Markdown -----------------------------------------------------------------------------

def test_html_lists_get_their_numbers_and_loose_text_is_kept(tmp_path):
    page = tmp_path / "politik.html"
    page.write_text("""<html><head><title>Titel i fanen</title><style>p{}</style></head><body>
<nav><a href="/">Forside</a></nav><header>Kommunens logo</header>
<div class="lead">Vision: Et liv med muligheder for alle.</div>
<p><strong>Tema 1: Selvbestemmelse</strong></p>
<p>De fem fokusområder er:</p>
<ol><li>Flere udsatte borgere i job</li><li>Færre ensomme
    ældre<ol type="a"><li>Besøgsvenner</li><li>Spisefællesskaber</li></ol></li></ol>
<ol start="3"><li><p>Et stærkere civilsamfund</p></li></ol>
<ul><li>Frivillige foreninger</li></ul>
<table><tr><th>Mål</th><th>Ansvar</th></tr>
<tr><td>Sygefravær under 6 %<br>i 2028</td><td><ul><li>HR</li><li>Ledere</li></ul></td></tr></table>
<dl><dt>Kerneopgave</dt><dd>Borgeren mestrer eget liv.</dd></dl>
<blockquote>Vi gør det sammen.</blockquote>
<section>Sidste linje står direkte i en sektion.</section>
<footer>Kontakt os</footer><script>track()</script></body></html>""", encoding="utf-8")
    blocks = load(page).blocks
    got = [b.text for b in blocks]
    assert got[0] == "Vision: Et liv med muligheder for alle."
    assert "1. Flere udsatte borgere i job" in got and "2. Færre ensomme ældre" in got
    assert got.index("2. Færre ensomme ældre") < got.index("a. Besøgsvenner") \
        < got.index("b. Spisefællesskaber") < got.index("3. Et stærkere civilsamfund")
    assert "– Frivillige foreninger" in got
    assert "Mål\tAnsvar" in got and "Sygefravær under 6 %\ni 2028\t– HR\n– Ledere" in got
    for line in ("Kerneopgave", "Borgeren mestrer eget liv.", "Vi gør det sammen.",
                 "Sidste linje står direkte i en sektion."):
        assert line in got
    heading = blocks[got.index("Tema 1: Selvbestemmelse")]
    assert heading.kind == "heading" and heading.heading_level is None
    assert blocks[got.index("De fem fokusområder er:")].kind == "paragraph"
    everything = "\n".join(got)
    for gone in ("Titel i fanen", "Forside", "Kommunens logo", "Kontakt os", "track()", "p{}"):
        assert gone not in everything


def test_markdown_numbered_list_keeps_numbers(tmp_path):
    md = tmp_path / "plan.md"
    md.write_text("# Plan\n\n**Målsætninger**\n\n3. tredje mål\n4. fjerde mål\n\n- punkt\n",
                  encoding="utf-8")
    blocks = load(md).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Plan"), ("heading", "Målsætninger"), ("list_item", "3. tredje mål"),
        ("list_item", "4. fjerde mål"), ("list_item", "– punkt")]


# PDF -------------------------------------------------------------------------------------------

LEFT = ("Pejlemærke 1 handler om ældre borgere. Vi vil styrke hverdagen i eget hjem, så flere "
        "ældre kan klare sig selv længst muligt. Hjemmeplejen arbejder rehabiliterende. ") * 3
RIGHT = ("Pejlemærke 2 handler om børn og unge. Skolen og sundhedsplejen samarbejder om trivsel, "
         "så færre unge oplever ensomhed og stress. Fritidslivet er for alle. ") * 3


def _two_columns(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=18)
    pdf.cell(0, 10, "Strategi for Tokolonne Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    top = pdf.get_y() + 4
    pdf.set_xy(10, top)
    pdf.multi_cell(90, 5, LEFT)
    pdf.set_xy(110, top)
    pdf.multi_cell(90, 5, RIGHT)
    pdf.set_xy(10, 200)
    pdf.multi_cell(190, 5, "Strategien er vedtaget af byrådet den 4. december 2024 og gælder for "
                           "hele Social og Sundhed i Tokolonne Kommune frem til og med 2028.")
    pdf.output(str(path))
    return path


def _words(text: str) -> list[str]:
    return text.split()


def test_pdf_two_columns_are_read_one_after_the_other(tmp_path):
    blocks = load(_two_columns(tmp_path / "spalter.pdf")).blocks
    text = " ".join(b.text.replace("\n", " ") for b in blocks)
    # Each column's sentences come out whole, not interleaved line by line with the other column.
    assert " ".join(_words(LEFT)) in text
    assert " ".join(_words(RIGHT)) in text
    assert text.index("Pejlemærke 1 handler") < text.index("Pejlemærke 2 handler") \
        < text.index("Strategien er vedtaget")
    assert blocks[0].kind == "heading" and blocks[0].text == "Strategi for Tokolonne Kommune"


def test_pdf_heading_wrapped_in_a_narrow_column_is_one_heading(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    top = 20
    for x, title, body in ((10, "Pejlemærke 1: Tryghed i hverdagen", LEFT),
                           (110, "Pejlemærke 2: Fællesskab og nærvær", RIGHT)):
        pdf.set_xy(x, top)
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(90, 7, title)  # too wide for the column: it wraps over two lines
        pdf.set_x(x)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(90, 5, body)
    pdf.output(str(tmp_path / "smal.pdf"))
    blocks = load(tmp_path / "smal.pdf").blocks
    headings = [b for b in blocks if b.kind == "heading"]
    assert [b.text for b in headings] == ["Pejlemærke 1: Tryghed i hverdagen",
                                          "Pejlemærke 2: Fællesskab og nærvær"]
    assert all(b.heading_level == 1 for b in headings)  # 16 pt over a 10 pt body
    text = " ".join(b.text.replace("\n", " ") for b in blocks if b.kind != "heading")
    assert " ".join(_words(LEFT)) in text and " ".join(_words(RIGHT)) in text


def test_pdf_table_is_still_read_row_by_row(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    with pdf.table() as table:
        for row in (("Indsats", "Ansvarlig"), ("Styrket hjemmepleje", "Center for Pleje"),
                    ("Ny bostøtte", "Center for Socialt Arbejde"), ("Akutteam", "Sygeplejen"),
                    ("Værested", "Socialpsykiatrien")):
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.output(str(tmp_path / "tabel.pdf"))
    rows = [b.text for b in load(tmp_path / "tabel.pdf").blocks if b.kind == "table_row"]
    # a row's cells together, a tab between them, as the DOCX and HTML readers give a table row
    assert "Styrket hjemmepleje\tCenter for Pleje" in rows
    assert "Akutteam\tSygeplejen" in rows


def _bold_headings(path: Path, font: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    family = "Helvetica"
    if font:
        pdf.add_font("Sans", "", font)
        pdf.add_font("Sans", "B", font.replace(".ttf", "-Bold.ttf"))
        family = "Sans"
    for title, body in (("Indsatsområde 1: Forebyggelse og fællesskaber",
                         "Et sundt liv begynder før behovet for hjælp opstår. Vi vil opspore tidlige "
                         "tegn på funktionstab."),
                        ("Indsatsområde 2: Rehabilitering",
                         "Borgeren skal have mulighed for at klare mest muligt selv.")):
        pdf.set_font(family, "B", 11)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 11)
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 11)
        pdf.multi_cell(0, 6, "1. Alle borgere på 75 år tilbydes et forebyggende hjemmebesøg.\n"
                             "2. Færre genindlæggelser inden for 30 dage.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(path))
    return path


def _check_bold_headings(blocks):
    headings = [b for b in blocks if b.kind == "heading"]
    assert [b.text for b in headings] == ["Indsatsområde 1: Forebyggelse og fællesskaber",
                                          "Indsatsområde 2: Rehabilitering"]
    assert all(b.heading_level is None for b in headings)
    text = "\n".join(b.text for b in blocks)
    assert "1. Alle borgere på 75 år tilbydes et forebyggende hjemmebesøg." in text
    assert "2. Færre genindlæggelser inden for 30 dage." in text
    assert "Et sundt liv begynder før behovet for hjælp opstår." in text


def test_pdf_bold_line_is_a_heading(tmp_path):
    _check_bold_headings(load(_bold_headings(tmp_path / "fed.pdf")).blocks)


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.exists() or not Path(str(DEJAVU).replace(".ttf", "-Bold.ttf")).exists(),
                    reason="DejaVu Sans (Debian fonts-dejavu-core) is not installed: the embedded-TTF "
                           "variant of the bold-heading test is skipped; the core-font variant ran")
def test_pdf_bold_line_in_an_embedded_font_is_a_heading(tmp_path):
    _check_bold_headings(load(_bold_headings(tmp_path / "fed-ttf.pdf", str(DEJAVU))).blocks)


# Plain text ------------------------------------------------------------------------------------

def test_text_with_one_paragraph_per_line_is_not_one_block(tmp_path):
    sentence = "Vi styrker samarbejdet mellem hjemmeplejen, sygeplejen og de praktiserende læger, " \
               "så borgeren oplever et sammenhængende forløb uden unødige overgange. "
    lines = ["Strategi for Linjeby Kommune"] + [f"{n}. {sentence * 2}".strip() for n in range(1, 40)]
    path = tmp_path / "linjer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = load(path).blocks
    assert [b.text for b in blocks] == lines


def test_hard_wrapped_text_without_blank_lines_keeps_its_lines_together(tmp_path):
    path = tmp_path / "ombrudt.txt"
    path.write_text("Vi styrker samarbejdet mellem hjemmeplejen og\nsygeplejen, så borgeren "
                    "oplever et sammenhængende\nforløb.\n", encoding="utf-8")
    assert [b.text for b in load(path).blocks] == [
        "Vi styrker samarbejdet mellem hjemmeplejen og\nsygeplejen, så borgeren oplever et "
        "sammenhængende\nforløb."]


# A two-column page set in an embedded subset font (fpdf2's, Word's): pypdf keys such a font's
# widths by glyph number, not by letter, and a full left-column line read with those widths
# seemed to run into the right column. Taken for a line across the page, it cut the columns in
# two there, and the right column's text above it was read before the left column's below it.
COLUMN_LEFT = [
    ("Spor A: Recovery og mestring",
     "Det specialiserede voksenområde omfatter bostøtte, botilbud, beskæftigelses- og "
     "aktivitetstilbud, misbrugsbehandling og rådgivning i hele kommunen. Vi tilbyder "
     "tidsafgrænset støtte, der tager udgangspunkt i borgerens egne mål og ressourcer."),
    ("Spor B: Fællesskaber og beskæftigelse",
     "Et meningsfuldt hverdagsliv handler om at have noget at stå op til og nogen at være "
     "sammen med. Vi vil skabe flere veje til job, uddannelse og fællesskaber uden for de "
     "kommunale tilbud, i tæt samarbejde med foreninger og virksomheder i lokalområdet."),
]
COLUMN_RIGHT = [
    ("Spor C: Faglighed og sammenhæng",
     "Gode resultater for borgerne kræver stærk faglighed, sammenhængende forløb og en økonomi "
     "i balance. Vi vil bruge ressourcerne der, hvor de gør den største forskel for borgerne."),
    ("Spor D: Digitalisering og velfærdsteknologi",
     "Digital bostøtte via videoopkald tilbydes som supplement til den fysiske bostøtte, og "
     "velfærdsteknologi bruges til at styrke borgerens mestring af eget liv i hverdagen."),
]
CLOSING = ("Strategien er vedtaget af byrådet den 9. december 2025 og gælder for hele det "
           "specialiserede voksenområde frem til og med 2030.")


def _two_columns_embedded_font(path: Path, regular: str, bold: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Sans", "", regular)
    pdf.add_font("Sans", "B", bold)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 10, "Strategi for det specialiserede voksenområde", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 6
    for x, sections in ((10, COLUMN_LEFT), (105, COLUMN_RIGHT)):  # a 5 mm gutter
        pdf.set_xy(x, top)
        for heading, body in sections:
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 13)
            pdf.multi_cell(90, 6, heading, new_x="LEFT", new_y="NEXT")
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(90, 4.5, body, align="J", new_x="LEFT", new_y="NEXT")
            pdf.ln(4)
    pdf.set_xy(10, 200)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(190, 4.5, CLOSING)
    pdf.output(str(path))
    return path


def _fonts_or_skip() -> tuple[str, str]:
    from tests.fixtures.layouts import font_files

    fonts = font_files()
    if fonts is None:
        pytest.skip("DejaVu Sans (Debian fonts-dejavu-core) is not installed")
    return fonts


def test_pdf_two_columns_in_an_embedded_font_are_read_column_by_column(tmp_path):
    blocks = load(_two_columns_embedded_font(tmp_path / "spalter-ttf.pdf", *_fonts_or_skip())).blocks
    flat = [" ".join(b.text.split()) for b in blocks]
    expected = ["Strategi for det specialiserede voksenområde"]
    for heading, body in COLUMN_LEFT + COLUMN_RIGHT:
        expected += [heading, " ".join(body.split())]
    expected.append(" ".join(CLOSING.split()))
    assert flat == expected  # left column top to bottom, then the right one, title and closing in place
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == expected[:1] + [heading for heading, _ in COLUMN_LEFT + COLUMN_RIGHT]


def test_pdf_short_right_column_is_read_after_the_long_left_one(tmp_path):
    """fpdf2's text columns as tests/fixtures/layouts.py sets them: the text flows down the left
    column and its last lines over to the top of the right one, beside the title."""
    from tests.fixtures.layouts import Layout, write_pdf

    _fonts_or_skip()
    for seed in range(4):
        generated = write_pdf(Layout(format="pdf", columns=2, items=4, spaced=True, seed=seed),
                              tmp_path / f"kolonner-{seed}.pdf")
        text = " ".join(" ".join(b.text.split()) for b in load(generated.path).blocks)
        position = 0
        for line in generated.lines:  # every line, in the order a reader meets them
            position = text.index(" ".join(line.split()), position)


def test_text_export_with_a_paragraph_a_line_and_short_headings_is_read_a_line_a_block(tmp_path):
    paragraph = ("Borgere med handicap, psykiske vanskeligheder eller misbrug skal leve et selvstændigt liv "
                 "med mening, i eget hjem og i fællesskab med andre mennesker.")
    lines = ["Bøgeby Kommune", "Strategi for voksenområdet 2024-2027", "Forord", paragraph, paragraph,
             "Vision", paragraph, "Formål", paragraph, "INDSATS 1", "Egen bolig", paragraph]
    (tmp_path / "eksport.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = load(tmp_path / "eksport.txt").blocks
    assert [b.text for b in blocks] == lines


@pytest.mark.parametrize("layout", [
    dict(label="strategisk spor", item_numbering="A", goals="numbered", seed=38),
    dict(label="sigtelinje", item_numbering="A", goal_numbering="1a", goals="maal", spaced=True, seed=16)])
def test_pdf_one_line_flowed_over_to_the_right_column_is_read_last(tmp_path, layout):
    """Only the signature's last line flows over to the top of the right column, beside the
    title: a column of one line is still a column, read after the long one."""
    from tests.fixtures.layouts import Layout, write_pdf

    _fonts_or_skip()
    generated = write_pdf(Layout(format="pdf", columns=2, items=4, goals_per_item=3, **layout),
                          tmp_path / "en-linje.pdf")
    text = " ".join(" ".join(b.text.split()) for b in load(generated.path).blocks)
    position = 0
    for line in generated.lines:
        position = text.index(" ".join(line.split()), position)

# Boxes side by side (a slide deck or brochure exported to PDF) and tables whose cells are
# separate runs of text: each box is read top to bottom, one after the other, left to right;
# a table row by row, its cells joined by tabs.
BOXES = [
    ("Princip 1", "Tidlig indsats",
     "Vi griber ind, når de første tegn på mistrivsel viser sig, og vi venter ikke på, at "
     "problemerne vokser sig store.",
     "Andelen af børn med en trivselssamtale inden for to uger stiger fra 60 til 90 procent."),
    ("Princip 2", "Én plan for hele familien",
     "Familien skal kun fortælle sin historie én gang. En fast koordinator har overblikket og "
     "samler skole, sundhedspleje og socialrådgiver om planen.",
     "Alle familier med mere end to indsatser har en koordinator fra 1. marts 2027."),
    ("Princip 3", "Fællesskaber for alle",
     "Foreninger og klubber åbner dørene for børn, der ellers står udenfor.",
     "Flere børn i udsatte boligområder går til en fritidsaktivitet."),
    ("Princip 4", "Sammen med skolen",
     "Lærere og pædagoger kender vejen til rådgivningen og bruger den, før bekymringen vokser.",
     "Alle skoler har en fast kontaktperson i rådgivningen inden udgangen af 2026."),
]
BOXES_TITLE = "Principper for den tidlige indsats"
BOXES_CLOSING = "Principperne gælder for alle medarbejdere i Børn og Familie fra 1. januar 2027."


def _boxes(pdf, boxes: list[tuple[str, str, str, str]], top: float,
           gutter: float = 8) -> float:
    """Boxes side by side from `top`, as a slide has them: a label, a title, a paragraph,
    "Det måler vi på" and the target; returns the bottom of the tallest."""
    width = (pdf.w - 20 - (len(boxes) - 1) * gutter) / len(boxes)
    bottom = top
    for i, (label, title, body, target) in enumerate(boxes):
        x = 10 + i * (width + gutter)
        pdf.set_xy(x, top)
        for style, size, height, text in (("B", 10, 6, label), ("B", 13, 6, title), ("", 10, 5, body),
                                          ("B", 10, 8, "Det måler vi på"), ("", 10, 5, target)):
            pdf.set_font("Sans", style, size)
            pdf.multi_cell(width, height, text, new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
    return bottom


def _slide(path: Path, count: int, orientation: str) -> Path:
    pdf = sans_pdf(orientation)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 12, BOXES_TITLE, new_x="LMARGIN", new_y="NEXT")
    bottom = _boxes(pdf, BOXES[:count], pdf.get_y() + 6)
    pdf.set_xy(10, bottom + 8)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, BOXES_CLOSING)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("count,orientation", [(3, "L"), (3, "P"), (4, "L"), (2, "L")])
def test_pdf_boxes_side_by_side_are_read_one_box_after_the_other(tmp_path, count, orientation):
    blocks = load(_slide(tmp_path / f"bokse-{count}{orientation}.pdf", count, orientation)).blocks
    flat = [" ".join(b.text.split()) for b in blocks]
    text = "\n".join(flat)
    position = text.index(BOXES_TITLE)
    for label, title, body, target in BOXES[:count]:  # each box whole, left to right
        for part in (label, title, " ".join(body.split()), "Det måler vi på", target):
            position = text.index(part, position)
    assert text.index(BOXES_CLOSING) > position
    assert not any("Princip 1 Princip 2" in t or "Det måler vi på Det måler vi på" in t for t in flat)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert all(title in headings for _, title, _, _ in BOXES[:count])  # in a larger font
    # bold at body size: a slide's many short bold titles are headings, as bold is in no sentence
    assert all(label in headings for label, _, _, _ in BOXES[:count]) and "Det måler vi på" in headings
    assert not any(b.kind == "table_row" for b in blocks)  # boxes of running text are no table


TABLE = [("Mål", "Indikator", "2024", "Ansvarlig"),
         ("1.1", "Andel unge i uddannelse eller job ni måneder efter første samtale i Ungeindsatsen",
          "72 %", "Jobcenter"),
         ("1.2", "Ventetid på samtale", "6 dage", "Ungerådgivningen"),
         ("2.1", "Nye partnerskaber", "12", "Virksomhedsservice")]


def _table(pdf, **options) -> None:
    with pdf.table(col_widths=(15, 80, 25, 45), text_align="LEFT", **options) as table:
        for values in TABLE:
            row = table.row()
            for value in values:
                row.cell(value)


@pytest.mark.parametrize("options", [{}, {"v_align": "TOP"}, {"v_align": "BOTTOM"},
                                     {"borders_layout": "NONE", "line_height": 5}],
                         ids=["centred", "top", "bottom", "no-borders"])
def test_pdf_table_rows_come_out_as_rows_with_a_wrapped_cell_in_its_cell(tmp_path, options):
    pdf = sans_pdf()
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Målene samlet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "Tabellen viser de mål, vi følger op på hvert år, og hvem der har ansvaret.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _table(pdf, **options)  # the Indikator of 1.1 wraps over two lines
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Målene følges op i udvalget to gange om året.")
    pdf.output(str(tmp_path / "tabel4.pdf"))

    blocks = load(tmp_path / "tabel4.pdf").blocks
    assert [b.text for b in blocks if b.kind == "table_row"] == ["\t".join(row) for row in TABLE]
    texts_ = [b.text for b in blocks]
    assert texts_[:2] == ["Målene samlet", "Tabellen viser de mål, vi følger op på hvert år, og hvem "
                                           "der har ansvaret."]
    assert texts_[-1] == "Målene følges op i udvalget to gange om året."


@pytest.mark.parametrize("count,gap", [(2, 2), (3, 2), (2, 15)])
def test_pdf_boxes_over_a_table_are_read_box_by_box_then_row_by_row(tmp_path, count, gap):
    """A slide with principles in boxes and the goals in a table under them, close below or
    after a blank: the table's gutters are not the boxes', and neither is read by the other's."""
    pdf = sans_pdf("L")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 10, "Principper og mål", new_x="LMARGIN", new_y="NEXT")
    bottom = _boxes(pdf, BOXES[:count], pdf.get_y() + 4, gutter=10)
    pdf.set_xy(10, bottom + gap)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Målene samlet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    _table(pdf, width=205)  # centred on the page, not under the boxes' edges
    pdf.output(str(tmp_path / "slide.pdf"))

    blocks = load(tmp_path / "slide.pdf").blocks
    text = "\n".join(" ".join(b.text.split()) for b in blocks if b.kind != "table_row")
    position = 0
    for label, title, body, target in BOXES[:count]:
        for part in (label, title, " ".join(body.split()), "Det måler vi på", target):
            position = text.index(part, position)
    assert [b.text for b in blocks if b.kind == "table_row"] == ["\t".join(row) for row in TABLE]
    assert [b.kind for b in blocks][-len(TABLE):] == ["table_row"] * len(TABLE)


def test_pdf_list_with_hanging_numbers_is_no_table(tmp_path):
    """A list whose numbers and bullets stand apart from their text, as Word sets them: the
    marker stays in front of its item."""
    pdf = sans_pdf()
    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "Vi arbejder med fire mål i perioden, og hvert mål følges op hvert år i "
                         "udvalget, så vi kan se, om indsatsen virker.", new_x="LMARGIN", new_y="NEXT")
    items = [("1.", "Flere borgere oplever, at de får støtte i tide, og at hjælpen kommer fra faste "
                    "medarbejdere."), ("2.", "Færre ældre bliver indlagt."),
             ("3.", "Pårørende inddrages i planlægningen af forløbet."), ("•", "Sundhedsplejen"),
             ("•", "Hjemmeplejen og sygeplejen i fællesskab")]
    for marker, item in items:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.cell(8, 5, marker)
        pdf.set_xy(23, y)
        pdf.multi_cell(100, 5, item, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "liste.pdf"))

    blocks = load(tmp_path / "liste.pdf").blocks
    assert not any(b.kind == "table_row" for b in blocks)
    text = "\n".join(" ".join(b.text.split()) for b in blocks)
    for marker, item in items:
        assert f"{marker} {item}" in text


def test_pdf_signatures_side_by_side_are_read_one_after_the_other(tmp_path):
    """Two signatures side by side keep step like a table's columns, but each is a name over
    its title and is read as a whole: who is formand stays beside the name."""
    pdf = sans_pdf()
    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "Politikken er vedtaget af byrådet den 27. maj 2025.")
    top = pdf.get_y() + 15
    for x, name, role in ((10, "Birgitte Holm Sørensen", "Borgmester"),
                          (110, "Jens Ole Vestergaard", "Formand for Ældre- og Omsorgsudvalget")):
        pdf.set_xy(x, top)
        pdf.multi_cell(60, 5, "_" * 28 + "\n" + name + "\n" + role, new_x="LEFT", new_y="NEXT")
    pdf.output(str(tmp_path / "underskrifter.pdf"))

    got = [b.text for b in load(tmp_path / "underskrifter.pdf").blocks]
    assert got[-2:] == ["_" * 28 + "\nBirgitte Holm Sørensen\nBorgmester",
                        "_" * 28 + "\nJens Ole Vestergaard\nFormand for Ældre- og\nOmsorgsudvalget"]


JUSTIFIED = ("Vi vil styrke samarbejdet mellem hjemmeplejen, sygeplejen og de praktiserende læger, så "
             "borgeren oplever et sammenhængende forløb uden unødige overgange. Indsatsen skal tage "
             "udgangspunkt i borgerens egne mål og ressourcer, og vi følger op hvert år. ")


def _word_by_word(pdf, x: float, y: float, width: float, text: str, justify: bool) -> float:
    """Lines set a word at a time, as some PDF makers do, justified by widening the spaces:
    each word is a run of text of its own. Returns the height below the last line."""
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and pdf.get_string_width(" ".join(lines[-1] + [word])) > width:
            lines.append([])
        lines[-1].append(word)
    for n, line in enumerate(lines):
        room = width - sum(pdf.get_string_width(w) for w in line)
        space = room / (len(line) - 1) if justify and len(line) > 1 and n < len(lines) - 1 \
            else pdf.get_string_width(" ")
        left = x
        for word in line:
            pdf.text(left, y, word)
            left += pdf.get_string_width(word) + space
        y += 4.6
    return y


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("justify", [True, False], ids=["justified", "ragged"])
@pytest.mark.parametrize("offset", [0.0, 1.3], ids=["same-lines", "offset-lines"])
def test_pdf_columns_set_word_by_word_are_read_column_by_column(tmp_path, count, justify, offset):
    """Wide word spaces of justified lines, lining up here and there from line to line, are not
    gutters, and a paragraph's lines are not a table's rows."""
    pdf = sans_pdf()
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.text(10, 20, "Strategi for sammenhæng i sundheden")
    pdf.set_font("Sans", "", 10)
    width = (190 - (count - 1) * 6) / count
    columns = [f"Kolonne {c + 1}. " + JUSTIFIED * (2 + c % 2) for c in range(count)]
    bottom = max(_word_by_word(pdf, 10 + c * (width + 6), 32 + offset * c, width, text, justify)
                 for c, text in enumerate(columns))
    _word_by_word(pdf, 10, bottom + 8, 190, CLOSING, False)
    pdf.output(str(tmp_path / "ord.pdf"))

    blocks = load(tmp_path / "ord.pdf").blocks
    text = " ".join(" ".join(b.text.split()) for b in blocks)
    positions = [text.index(" ".join(column.split())) for column in columns]  # each column whole
    assert positions == sorted(positions) and text.index(" ".join(CLOSING.split())) > positions[-1]
    assert not any(b.kind == "table_row" for b in blocks)
