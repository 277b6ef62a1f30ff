"""Generate the final held-out documents (five fictional organisations, five layouts).

Run with the project's virtualenv (needs python-docx and fpdf2):

    .venv/bin/python bench/holdout/make.py

Writes, next to this file:
  saltvig-aeldrestrategi-2026-2029.docx (+ .meta.toml)   Word, numbered heading styles, indicator table
  region-vesteroe-sundhedsstrategi-2025-2028.pdf          PDF, title page, "Satsningsområde A–D", key figures box
  tranemose-boerne-ungestrategi-2026-2030.html (+ meta)   intranet page, "Ledetråd 1–5" in <section>/<h3>, <dl>, budget <table>
  lyngmark-beskaeftigelsesstrategi-2026-2028.md (+ meta)  Markdown, "Vores tre målområder er:" bullets, "### Målområde:" sections
  boegelund-voksenstrategi-2024-2027.txt                  text exported from an old PDF (OCR damage, hyphenation, "- 3 -")

Everything is fictional. The output is deterministic (fixed dates in the DOCX/PDF metadata).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2026, 1, 15, 12, 0, 0, tzinfo=dt.timezone.utc)


def write_meta(stem: str, **fields) -> None:
    lines = []
    for key, value in fields.items():
        if isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    (HERE / f"{stem}.meta.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. DOCX: Saltvig Kommune, Ældrestrategi 2026–2029
# ---------------------------------------------------------------------------------------------

SALTVIG_GOALS = [
    (
        "Tryghed og selvbestemmelse i eget hjem",
        "De fleste ældre i Saltvig ønsker at bo i eget hjem så længe som muligt. Derfor skal "
        "hjælpen tilrettelægges, så borgeren selv bestemmer mest muligt over sin hverdag, og så "
        "hjælpen styrker det, borgeren kan, i stedet for at overtage det.",
        [
            (
                "Flere borgere skal klare hverdagen selv efter et rehabiliteringsforløb",
                "I 2024 afsluttede 61 % af borgerne i hverdagsrehabilitering deres forløb uden behov "
                "for fortsat hjemmehjælp. Målet er 70 % i 2029. Terapeuter og hjemmeplejens "
                "trænende medarbejdere planlægger forløbet sammen med borgeren fra første besøg.",
            ),
            (
                "Hjemmeplejen skal have faste teams omkring den enkelte borger",
                "Borgeren skal højst møde 8 forskellige medarbejdere på 14 dage. I dag er tallet 11. "
                "Hjemmeplejen i Nordområdet afprøver selvstyrende teams på 10–12 medarbejdere fra "
                "marts 2026, og erfaringerne bredes ud til Syd- og Midtområdet i 2027.",
            ),
            (
                "Velfærdsteknologi skal være et tilbud, ikke et krav",
                "Skærmbesøg, spiserobotter og automatiske toiletter kan give mere frihed, men "
                "løsningen vælges sammen med borgeren. Ingen borger får frataget personlig hjælp, "
                "fordi en teknologi findes. Velfærdsteknologisk Team på Havnegade 3 rådgiver "
                "både borgere og medarbejdere.",
            ),
        ],
    ),
    (
        "Et værdigt liv på plejecentrene",
        "Et plejecenter er først og fremmest beboernes hjem. Hverdagen skal bygge på den enkeltes "
        "vaner og livshistorie, og pårørende skal opleve sig velkomne og inddraget.",
        [
            (
                "Beboerne skal have indflydelse på mad, måltider og døgnrytme",
                "Køkkenet på Plejecenter Havgården omlægges i 2026, så alle fire afdelinger får eget "
                "anretterkøkken, og maden kan serveres, når beboerne er sultne. På Plejecenter "
                "Klitrosen følger vi efter i 2027.",
            ),
            (
                "Alle plejecentre skal samarbejde aktivt med civilsamfundet",
                "Vi vil have 150 frivillige tilknyttet plejecentrene i 2029 mod 96 i dag. Hvert "
                "plejecenter får en frivilligkoordinator i en halv stilling, og samarbejdet med "
                "Ældre Sagen Saltvig og de lokale idrætsforeninger skrives ind i aftaler.",
            ),
            (
                "Den sidste tid skal være tryg for beboer og pårørende",
                "Alle plejecentre arbejder efter en fælles palliativ plan. Pårørende tilbydes en "
                "samtale med en sygeplejerske senest tre dage efter, at en beboer er overgået til "
                "palliativ pleje.",
            ),
        ],
    ),
    (
        "Sundhed og forebyggelse hele livet",
        "Forebyggelse handler både om at holde kroppen i gang og om at have nogen at være sammen "
        "med. Ensomhed er en lige så stor risiko for helbredet som rygning.",
        [
            (
                "Forebyggende hjemmebesøg skal nå flere ensomme ældre",
                "Forebyggende hjemmebesøg tilbydes alle borgere fra 75 år og særligt sårbare fra "
                "65 år. I 2024 takkede 58 % ja. Vi vil nå 70 % ved at ringe borgerne op i stedet "
                "for kun at sende brev, og vi vil henvise til Snakkeklubben i Bymidten og "
                "Mandeværkstedet i Strandby.",
            ),
            (
                "Færre forebyggelige indlæggelser",
                "Antallet af forebyggelige indlæggelser blandt borgere over 65 år skal falde fra "
                "38 til 30 pr. 1.000 borgere. Akutteamet udvides med to sygeplejersker om "
                "aftenen, og der indføres faste tidlige opsporingsmøder i alle hjemmeplejegrupper.",
            ),
        ],
    ),
    (
        "Attraktive arbejdspladser og faglig stolthed",
        "Uden dygtige og engagerede medarbejdere ingen god ældrepleje. I 2025 var 41 stillinger i "
        "Ældre og Omsorg ubesatte i mere end tre måneder.",
        [
            (
                "Flere skal arbejde fuld tid",
                "Andelen af fuldtidsansatte social- og sundhedshjælpere skal stige fra 34 % til "
                "50 %. Alle nyansatte tilbydes fuld tid, og deltidsansatte får hvert år en samtale "
                "om højere timetal.",
            ),
            (
                "Sygefraværet skal ned",
                "Sygefraværet i Ældre og Omsorg skal ned fra 8,9 % til 6,5 %. Hver leder holder "
                "omsorgssamtale senest på 5. sygedag, og arbejdsmiljørepræsentanterne deltager i "
                "planlægningen af vagtplaner.",
            ),
            (
                "Alle nyuddannede får en mentor det første år",
                "Nyuddannede social- og sundhedsassistenter og sygeplejersker får en fast mentor i "
                "12 måneder. Mentorerne får 2 timer om ugen til opgaven.",
            ),
        ],
    ),
]

SALTVIG_INDICATORS = [
    ("Indikator", "Udgangspunkt 2024", "Mål 2029", "Ansvarlig"),
    ("Andel afsluttede rehabiliteringsforløb uden fortsat hjemmehjælp", "61 %", "70 %", "Træning og Rehabilitering"),
    ("Antal forskellige medarbejdere hos borgeren på 14 dage", "11", "højst 8", "Hjemmeplejen"),
    ("Frivillige tilknyttet plejecentrene", "96", "150", "Plejecentrene"),
    ("Andel der tager imod forebyggende hjemmebesøg", "58 %", "70 %", "Sundhed og Forebyggelse"),
    ("Forebyggelige indlæggelser pr. 1.000 borgere over 65 år", "38", "30", "Akutteamet"),
    ("Andel fuldtidsansatte social- og sundhedshjælpere", "34 %", "50 %", "HR og Ældre og Omsorg"),
    ("Sygefravær i Ældre og Omsorg", "8,9 %", "6,5 %", "Ledergruppen i Ældre og Omsorg"),
]


def _add_heading_numbering(doc) -> None:
    """A multi-level list tied to Heading 2/3: 'Strategisk mål %1:' and '%1.%2'.

    The numbers exist only in numbering.xml; the paragraphs carry the titles alone.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    abstract_id, num_id = 90, 90
    abstract = parse_xml(
        f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="{abstract_id}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
    <w:suff w:val="space"/><w:lvlText w:val="Strategisk mål %1:"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/>
    <w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)

    for style_name, ilvl in (("Heading 2", 0), ("Heading 3", 1)):
        style = doc.styles[style_name]
        ppr = style.element.get_or_add_pPr()
        numpr = parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
        # numPr belongs near the start of pPr (after keepNext/keepLines/pageBreakBefore/framePr/widowControl)
        anchor = None
        for tag in ("w:widowControl", "w:framePr", "w:pageBreakBefore", "w:keepLines", "w:keepNext", "w:pStyle"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addnext(numpr)
        else:
            ppr.insert(0, numpr)


def _fix_zip_dates(path: Path) -> None:
    """Rewrite the DOCX zip with fixed member dates, so the file is byte-for-byte reproducible."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def make_saltvig() -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.core_properties.title = "Ældrestrategi 2026–2029"
    doc.core_properties.author = "Ældre og Omsorg"
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "Ældre og Omsorg"
    _add_heading_numbering(doc)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "Saltvig Kommune · Ældrestrategi 2026–2029"
    footer = section.footer.paragraphs[0]
    footer.text = "Social, Sundhed og Ældre · Rådhuspladsen 1 · 6990 Saltvig"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # --- front page
    doc.add_paragraph("Saltvig Kommune").runs[0].font.size = Pt(14)
    doc.add_paragraph("Ældrestrategi 2026–2029", style="Title")
    sub = doc.add_paragraph("Et godt ældreliv – hele livet")
    sub.runs[0].font.size = Pt(16)
    sub.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph(
        "Vedtaget af byrådet den 17. december 2025 · Social, Sundhed og Ældre"
    )
    doc.add_page_break()

    # --- foreword, vision, core task
    doc.add_heading("Forord", level=1)
    doc.add_paragraph(
        "Da byrådet i 2021 vedtog Saltvig Kommunes første ældrepolitik, boede der 4.150 borgere "
        "over 80 år i kommunen. I dag er tallet 5.020, og i 2030 forventer vi 6.300. Flere ældre "
        "er en gave: mange er aktive i foreninger, passer børnebørn og tager del i lokalsamfundet. "
        "Men flere ældre betyder også flere borgere med kroniske sygdomme og demens, og det sker, "
        "samtidig med at det bliver sværere at rekruttere medarbejdere."
    )
    doc.add_paragraph(
        "Strategien er blevet til i et samarbejde mellem Ældrerådet, medarbejdere, ledere, "
        "pårørende og borgere. Over 400 borgere deltog i dialogmøderne i Strandby, Vesterhede og "
        "på biblioteket i Saltvig i foråret 2025. Tak til alle, der har bidraget."
    )
    doc.add_paragraph(
        "Byrådet har afsat 12,4 mio. kr. årligt i 2026–2029 til strategiens nye initiativer. "
        "Hertil kommer midler fra den statslige ældrepulje, som fordeles efter aftale med "
        "Ældrerådet."
    )
    sig = doc.add_paragraph("Lene Vestergaard, borgmester")
    sig.add_run().add_break()
    sig.add_run("Mikkel Sand, formand for Ældre- og Sundhedsudvalget")

    doc.add_heading("Vision", level=1)
    vision = doc.add_paragraph()
    run = vision.add_run(
        "Alle ældre i Saltvig skal kunne leve et meningsfuldt liv med så meget selvbestemmelse "
        "som muligt – også når kræfterne slipper op."
    )
    run.italic = True
    doc.add_heading("Kerneopgave", level=1)
    doc.add_paragraph(
        "Ældre og Omsorgs kerneopgave er at styrke den enkeltes mestring af eget liv og at yde "
        "tryg, faglig og værdig pleje og omsorg, når der er brug for den."
    )
    doc.add_paragraph(
        "Kerneopgaven løses af cirka 1.100 medarbejdere i hjemmeplejen, på kommunens seks "
        "plejecentre, i Træning og Rehabilitering, i sygeplejen og i Visitationen."
    )

    doc.add_heading("Fire strategiske mål", level=1)
    doc.add_paragraph(
        "Strategien har fire strategiske mål. Under hvert mål er der delmål, som alle enheder i "
        "Ældre og Omsorg skal omsætte til lokale handleplaner i løbet af 2026."
    )

    for g, (title, intro, subgoals) in enumerate(SALTVIG_GOALS):
        doc.add_heading(title, level=2)
        doc.add_paragraph(intro)
        for sub_title, sub_text in subgoals:
            doc.add_heading(sub_title, level=3)
            doc.add_paragraph(sub_text)

    doc.add_page_break()
    doc.add_heading("Sådan følger vi op", level=1)
    doc.add_paragraph(
        "Ældre- og Sundhedsudvalget får status på indikatorerne to gange om året, første gang i "
        "september 2026. Tabellen viser udgangspunktet og målet for hver indikator."
    )
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(SALTVIG_INDICATORS):
        cells = table.add_row().cells
        for c, value in enumerate(row):
            cells[c].text = value
            if r == 0:
                cells[c].paragraphs[0].runs[0].bold = True
        if r == 0:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            tr_pr.append(header)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Spørgsmål til strategien kan rettes til ældrechef Birgitte Holm, Social, Sundhed og "
        "Ældre, tlf. 79 12 34 56."
    )

    out = HERE / "saltvig-aeldrestrategi-2026-2029.docx"
    doc.save(out)
    _fix_zip_dates(out)
    write_meta(
        out.stem,
        organisation="Saltvig Kommune",
        area="Ældre og Omsorg",
        title="Ældrestrategi 2026–2029",
        kind="strategi",
        year=2025,
        period="2026–2029",
        url="",
    )


# ---------------------------------------------------------------------------------------------
# 2. PDF: Region Vestersø, Sundhedsstrategi 2025–2028 (no meta file)
# ---------------------------------------------------------------------------------------------

VESTERSOE_AREAS = [
    (
        "A",
        "Det nære og sammenhængende sundhedsvæsen",
        "Flere borgere lever med to eller flere kroniske sygdomme. De skal ikke selv være "
        "bindeleddet mellem sygehus, almen praksis og kommune. Vi vil flytte behandling tættere "
        "på borgeren og gøre overgangene sikre.",
        [
            "Sundhedshuse i Skovlund og Havnsø med almen praksis, kommunale sygeplejersker og "
            "ambulant udredning under samme tag. Sundhedshuset i Skovlund åbner i oktober 2026.",
            "Længere åbningstid i Akutklinikken i Brandeby, som fra 1. april 2026 holder åbent "
            "til kl. 23 alle ugens dage.",
            "40 forløbskoordinatorer i 2027 for borgere med flere kroniske sygdomme, så hver "
            "borger har én fast kontaktperson på tværs af sektorer.",
        ],
    ),
    (
        "B",
        "Psykisk sundhed for børn og unge",
        "Antallet af børn og unge, der henvises til børne- og ungdomspsykiatrien, er steget med "
        "45 % siden 2019. For mange venter for længe, og for mange får ikke hjælp tidligt nok.",
        [
            "Vi vil halvere ventetiden til udredning i børne- og ungdomspsykiatrien fra 74 til "
            "37 dage inden udgangen af 2027.",
            "Chatrådgivningen Ungelinjen åbner i 2025 og er bemandet af psykologer og "
            "sygeplejersker alle hverdage fra kl. 15 til 22.",
            "Udgående teams fra Børne- og Ungdomspsykiatrisk Center Vestersø samarbejder med "
            "PPR i de 9 kommuner om unge, der ikke kommer i skole.",
        ],
    ),
    (
        "C",
        "Lige adgang og ulighed i sundhed",
        "Borgere med kort uddannelse lever i gennemsnit fem år kortere end borgere med lang "
        "uddannelse. Regionen skal række ud til dem, der ikke selv kommer.",
        [
            "Videotolkning i alle ambulatorier fra 2026, så sprog ikke er en barriere for "
            "behandling.",
            "Sundhedsbussen kører til 12 boligområder og tilbyder blodtryksmåling, hjertetjek og "
            "rådgivning om rygestop.",
            "Patientrejser gøres enklere: Borgere uden bil kan bestille kørsel til sygehuset via "
            "én fælles telefonlinje.",
        ],
    ),
    (
        "D",
        "Medarbejdere, uddannelse og rekruttering",
        "Mangel på sygeplejersker, læger og social- og sundhedsassistenter er den største "
        "risiko for strategien. Vi skal både uddanne flere og fastholde dem, vi har.",
        [
            "200 flere praktikpladser til sygeplejestuderende fra 2026, fordelt på sygehusene i "
            "Brandeby, Nørre Vestersø og Kystholm.",
            "Et fast introduktionsprogram for alle nyansatte, og mentorordning for nyuddannede "
            "sygeplejersker i det første år.",
            "Fleksible vagtplaner, hvor medarbejderne selv kan byde ind på vagter via en app.",
        ],
    ),
]

VESTERSOE_FIGURES = [
    ("Nøgletal", "2024"),
    ("Indbyggere i regionen", "812.000"),
    ("Ansatte i regionen", "31.500"),
    ("Somatiske indlæggelser", "146.300"),
    ("Ventetid til udredning, børne- og ungdomspsykiatrien", "74 dage"),
    ("Praktiserende læger", "498"),
    ("Sundhedsbudget 2025", "24,7 mia. kr."),
]


def make_vesteroe() -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class StrategyPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, "Region Vestersø · Sundhedsstrategi 2025–2028", align="R")
            self.ln(10)
            self.set_text_color(0, 0, 0)

        def footer(self):
            if self.page_no() == 1:
                return
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, f"Side {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = StrategyPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Sundhedsstrategi 2025–2028")
    pdf.set_author("Region Vestersø")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)

    def body(text: str, size: float = 10.5, style: str = "") -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def heading(text: str, size: float = 15) -> None:
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", size)
        pdf.set_text_color(0, 84, 122)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    # --- title page
    pdf.add_page()
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 0, 210, 95, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 30)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Region Vestersø", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(22, 48)
    pdf.set_font("DejaVu", "B", 30)
    pdf.cell(0, 14, "Sundhedsstrategi 2025–2028", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 18)
    pdf.cell(0, 10, "Sundhed tæt på dig", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 120)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(
        0, 6,
        "Vedtaget af regionsrådet den 24. juni 2025\nKoncern Sundhed · Regionshuset Brandeby",
        new_x="LMARGIN", new_y="NEXT",
    )

    # --- foreword, vision, purpose
    pdf.add_page()
    heading("Forord", 17)
    body(
        "Med Sundhedsplan 2019 tog Region Vestersø de første skridt mod et sundhedsvæsen, der "
        "hænger bedre sammen. Siden er meget sket: Vi har samlet akutfunktionerne i Brandeby, "
        "bygget et nyt psykiatrisk center og indgået sundhedsaftaler med alle 9 kommuner i "
        "regionen. Men vi står over for nye udfordringer. Der bliver flere ældre og flere med "
        "kroniske sygdomme, og børn og unges mistrivsel er steget markant."
    )
    body(
        "Sundhedsstrategi 2025–2028 sætter retningen for de næste fire år. Regionsrådet har afsat "
        "310 mio. kr. over fire år til strategiens initiativer, og strategien følges op hvert år "
        "i forbindelse med budgetlægningen."
    )
    body(
        "Karen Dahl Mortensen, regionsrådsformand\nJens Fogh, koncerndirektør", style="I"
    )
    heading("Vision", 17)
    body(
        "Alle borgere i Region Vestersø skal have let adgang til sundhedsydelser af høj kvalitet "
        "– uanset hvor de bor, og hvem de er."
    )
    heading("Formål", 17)
    body(
        "Strategiens formål er at samle regionens sygehuse, psykiatri og praksissektor om fælles "
        "mål, så borgeren oplever ét sammenhængende sundhedsvæsen. Strategien er bygget op om "
        "fire satsningsområder, A til D. Under hvert satsningsområde står de initiativer, vi "
        "sætter i gang i strategiperioden."
    )

    # --- the four areas
    for letter, title, intro, initiatives in VESTERSOE_AREAS:
        heading(f"Satsningsområde {letter}: {title}", 15)
        body(intro)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 6, "Det sætter vi i gang:", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for i, initiative in enumerate(initiatives):
            marker = f"{'abc'[i]})"
            pdf.set_font("DejaVu", "", 10.5)
            y = pdf.get_y()
            pdf.set_x(26)
            pdf.cell(8, 5.6, marker)
            pdf.set_xy(34, y)
            pdf.multi_cell(0, 5.6, initiative, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(2)

    # --- key figures box
    heading("Region Vestersø i tal", 15)
    body("Tallene er fra regionens årsrapport 2024 og viser udgangspunktet for strategien.")
    pdf.set_fill_color(230, 241, 246)
    pdf.set_draw_color(0, 84, 122)
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(
        col_widths=(110, 56),
        text_align=("LEFT", "RIGHT"),
        line_height=6.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(200, 225, 235)),
        cell_fill_color=(230, 241, 246),
        cell_fill_mode="ALL",
        first_row_as_headings=True,
    ) as table:
        for label, value in VESTERSOE_FIGURES:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(6)
    body(
        "Har du spørgsmål til strategien, kan du kontakte sundhedsplanlægger Ahmad Karimi i "
        "Koncern Sundhed."
    )
    pdf.output(str(HERE / "region-vesteroe-sundhedsstrategi-2025-2028.pdf"))


# ---------------------------------------------------------------------------------------------
# 3. HTML: Tranemose Kommune, Børne- og ungestrategi 2026–2030
# ---------------------------------------------------------------------------------------------

TRANEMOSE_HTML = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Børne- og ungestrategi 2026–2030 | Intranettet | Tranemose Kommune</title>
<link rel="stylesheet" href="/assets/intra.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi bruger cookies til at huske dine indstillinger og til statistik. <a href="/cookies">Læs mere om cookies</a></p>
  <button type="button">Accepter alle</button> <button type="button">Kun nødvendige</button>
</div>
<header class="topbar">
  <a class="logo" href="/">Tranemose Kommune · Intranet</a>
  <form class="search" action="/soeg"><label for="q">Søg på intranettet</label><input id="q" name="q"><button>Søg</button></form>
  <nav aria-label="Hovedmenu">
    <ul>
      <li><a href="/nyheder">Nyheder</a></li>
      <li><a href="/personale">Personale og løn</a></li>
      <li><a href="/boern-unge">Børn og Unge</a></li>
      <li><a href="/social-sundhed">Social og Sundhed</a></li>
      <li><a href="/it">IT-hjælp</a></li>
      <li><a href="/kantine">Kantinens menu</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Brødkrumme"><a href="/">Forside</a> › <a href="/boern-unge">Børn og Unge</a> › <a href="/boern-unge/strategier">Strategier og politikker</a> › Børne- og ungestrategi</nav>
<div class="layout">
<aside class="sidemenu">
  <h2>Børn og Unge</h2>
  <ul>
    <li><a href="/boern-unge/dagtilbud">Dagtilbud</a></li>
    <li><a href="/boern-unge/skoler">Skoler og SFO</a></li>
    <li><a href="/boern-unge/familie">Familieafdelingen</a></li>
    <li><a href="/boern-unge/sundhedspleje">Sundhedsplejen</a></li>
    <li><a href="/boern-unge/strategier">Strategier og politikker</a></li>
  </ul>
  <div class="widget">Vagtplan for PPR: <a href="/ppr/vagt">se uge 6</a></div>
</aside>
<main id="indhold">
<article>
<h1>Børne- og ungestrategi 2026–2030: Alle børn skal have et godt børneliv</h1>
<p class="meta">Tranemose Kommune · Børn og Unge · Godkendt i byrådet den 3. februar 2026 · Sidst opdateret 10. februar 2026 af Redaktionen</p>

<section id="forord">
<h2>Forord</h2>
<p>Børnepolitikken fra 2019 gav os et fælles sprog om børns trivsel. Nu tager vi det næste skridt. Antallet af børn og unge, der får en forebyggende indsats efter barnets lov, er steget fra 310 i 2021 til 455 i 2025, og hver femte elev i 7.–9. klasse svarer i trivselsmålingen, at de ofte føler sig ensomme. Det kalder på, at vi handler tidligere og sammen.</p>
<p>Strategien er skrevet i dialog med forældrebestyrelser, skolebestyrelser, Ungerådet og medarbejdere i dagtilbud, skoler, sundhedspleje, PPR og Familieafdelingen. Den gælder for alle, der arbejder med børn og unge fra 0 til 25 år i Tranemose Kommune.</p>
<p class="signatur">Peter Lauridsen, formand for Børne- og Skoleudvalget<br>Sanne Brix, børne- og ungedirektør</p>
</section>

<section id="vision">
<h2>Vision</h2>
<p><strong>Alle børn og unge i Tranemose skal trives, lære og høre til i fællesskaber, der rækker ind i voksenlivet.</strong></p>
</section>

<section id="kerneopgave">
<h2>Vores kerneopgave</h2>
<p>Vi skaber sammen med forældrene de bedste betingelser for, at hvert barn kan udvikle sig, lære og blive en del af fællesskabet. Når et barn eller en familie har brug for hjælp, skal hjælpen komme tidligt og være koordineret.</p>
<p>Strategien har fem ledetråde. De er ikke prioriteret, men skal læses som en helhed.</p>
</section>

<section id="ledetraad-1" class="ledetraad">
<h3>Ledetråd 1: Tidlig og forebyggende indsats</h3>
<p>Jo tidligere vi opdager, at et barn ikke trives, jo bedre kan vi hjælpe. Sundhedsplejen, dagtilbud og skoler skal bruge den samme model for tidlig opsporing.</p>
<dl>
<dt>Alle familier får et ekstra besøg af sundhedsplejen</dt>
<dd>Fra 2026 tilbydes alle familier et ekstra hjemmebesøg, når barnet er 18 måneder.</dd>
<dt>Flere sager løses i det forebyggende arbejde</dt>
<dd>Andelen af underretninger, der fører til en forebyggende indsats inden for 14 dage, skal stige fra 52 % til 75 %.</dd>
</dl>
</section>

<section id="ledetraad-2" class="ledetraad">
<h3>Ledetråd 2: Leg, læring og sprog i dagtilbud</h3>
<p>Et godt sprog er nøglen til læring og fællesskab. Dagtilbuddene arbejder med sprog gennem leg og hverdagsaktiviteter.</p>
<dl>
<dt>Alle børn sprogvurderes ved 3 år</dt>
<dd>Børn med behov for sprogstøtte får et forløb med Sprogpakken i deres egen børnehave, og forældrene får en sprogkuffert med hjem.</dd>
<dt>Flere uddannede pædagoger</dt>
<dd>Andelen af pædagoger i dagtilbuddene skal op fra 58 % til 65 % i 2030.</dd>
</dl>
</section>

<section id="ledetraad-3" class="ledetraad">
<h3>Ledetråd 3: Trivsel og fællesskab i skolen</h3>
<p>Skolen er det største fællesskab i børns liv. Alle elever skal opleve at høre til i en klasse og have mindst én voksen, de kan gå til.</p>
<dl>
<dt>Mindre ensomhed blandt de ældste elever</dt>
<dd>Andelen af elever i 7.–9. klasse, der ofte føler sig ensomme, skal falde fra 20 % til 12 %.</dd>
<dt>Færre elever med højt skolefravær</dt>
<dd>To ekstra skolepsykologer i PPR arbejder fra 2026 sammen med skolerne om elever med mere end 10 % fravær.</dd>
</dl>
</section>

<section id="ledetraad-4" class="ledetraad">
<h3>Ledetråd 4: Familien som den vigtigste ressource</h3>
<p>Forældre kender deres børn bedst. Vi møder familierne med respekt og inddrager dem, før der træffes beslutninger. Familiehuset Engtoften åbner i august 2026 og samler åben rådgivning, forældrekurser og familiebehandling ét sted.</p>
<dl>
<dt>Hurtig og åben rådgivning</dt>
<dd>Forældre kan få en samtale med en familierådgiver i Familiehuset Engtoften inden for fem hverdage og uden visitation.</dd>
<dt>Netværket inddrages</dt>
<dd>Der holdes netværksmøde i alle nye sager, hvor et barn kan blive anbragt uden for hjemmet.</dd>
</dl>
</section>

<section id="ledetraad-5" class="ledetraad">
<h3>Ledetråd 5: Et godt ungeliv med retning mod uddannelse og job</h3>
<p>Unge skal have mod på fremtiden. Ungdommens Uddannelsesvejledning, Ungecentret Kilden og jobcentret arbejder sammen om unge, der er i risiko for ikke at komme videre.</p>
<dl>
<dt>Flere unge gennemfører en ungdomsuddannelse</dt>
<dd>95 % af de unge skal have gennemført en ungdomsuddannelse, når de er 25 år. I dag er det 87 %.</dd>
<dt>Fritidsjob og fællesskaber</dt>
<dd>Fritidspasset giver unge fra familier med lav indkomst gratis adgang til en fritidsaktivitet efter eget valg.</dd>
</dl>
</section>

<section id="oekonomi">
<h2>Økonomi</h2>
<p>Byrådet har i budget 2026 afsat 11,7 mio. kr. til strategiens nye indsatser. Tabellen viser fordelingen.</p>
<table class="budget">
<caption>Budget 2026 for strategiens indsatser (1.000 kr.)</caption>
<thead><tr><th>Budgetlinje</th><th>Ledetråd</th><th>Budget 2026</th></tr></thead>
<tbody>
<tr><td>Ekstra hjemmebesøg i sundhedsplejen</td><td>1</td><td>3.200</td></tr>
<tr><td>Sprogpakke i dagtilbud</td><td>2</td><td>1.850</td></tr>
<tr><td>Skolepsykologer, 2 årsværk</td><td>3</td><td>1.300</td></tr>
<tr><td>Familiehuset Engtoften, drift</td><td>4</td><td>4.600</td></tr>
<tr><td>Fritidspas til børn og unge</td><td>5</td><td>750</td></tr>
<tr><td>I alt</td><td></td><td>11.700</td></tr>
</tbody>
</table>
<p>Kontakt: Udviklingskonsulent Nanna Friis, Børn og Unge, nafr@tranemose.dk</p>
</section>
</article>
<div class="share">Del siden: <a href="#">Mail</a> · <a href="#">Kopiér link</a> · <a href="#">Print</a></div>
<div class="rating">Var siden nyttig? <button>Ja</button> <button>Nej</button></div>
</main>
</div>
<footer class="sitefooter">
  <p>Tranemose Kommune · Rådhustorvet 1 · 4790 Tranemose · Telefon 72 36 00 00</p>
  <p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/privatliv">Privatlivspolitik</a> · <a href="/cookies">Cookies</a></p>
  <p>© Tranemose Kommune 2026</p>
</footer>
<script src="/assets/intra.js"></script>
</body>
</html>
"""


def make_tranemose() -> None:
    stem = "tranemose-boerne-ungestrategi-2026-2030"
    (HERE / f"{stem}.html").write_text(TRANEMOSE_HTML, encoding="utf-8")
    write_meta(
        stem,
        organisation="Tranemose Kommune",
        area="Børn og Unge",
        title="Børne- og ungestrategi 2026–2030",
        kind="strategi",
        year=2026,
        period="2026–2030",
        url="",
    )


# ---------------------------------------------------------------------------------------------
# 4. Markdown: Lyngmark Kommune, Beskæftigelsesstrategi 2026–2028
# ---------------------------------------------------------------------------------------------

LYNGMARK_MD = """# Beskæftigelsesstrategi 2026–2028

**Lyngmark Kommune · Arbejdsmarked og Borgerservice**
*Flere i job – færre på kanten*

## Forord

Da vi lavede Beskæftigelsesplan 2022, var ledigheden i Lyngmark 4,6 %. I dag er den 3,1 %, og mange virksomheder mangler hænder. Alligevel står 1.240 borgere på kontanthjælp eller i et ressourceforløb, og 310 unge under 30 år har hverken job eller uddannelse. Det er dem, strategien handler om.

Beskæftigelsesudvalget har i efteråret 2025 holdt temamøder med virksomheder, faglige organisationer, Handicaprådet og borgere, der selv har været ledige. Deres erfaringer har formet strategien.

Henrik Bach Olesen, formand for Beskæftigelsesudvalget
Mette Rask, jobcenterchef

## Vision

Alle borgere i Lyngmark, der kan arbejde, skal have mulighed for at bidrage på arbejdsmarkedet – med de timer og den støtte, der passer til den enkelte.

## Formål

Strategien skal samle Jobhusets indsatser om få, klare mål og gøre det tydeligt for borgere og virksomheder, hvad de kan forvente af os. Vores tre målområder er:

- Unge på vej mod uddannelse og job
- Borgere på kanten af arbejdsmarkedet
- Virksomhederne som medspillere

Hvert målområde har to mål og en række handlinger, som følges op i Beskæftigelsesudvalget hvert kvartal.

### Målområde: Unge på vej mod uddannelse og job

Unge, der ikke kommer i gang med en uddannelse, har større risiko for at stå uden for arbejdsmarkedet resten af livet. Vi vil møde de unge hurtigt og med én fast kontaktperson.

**Mål 1:** Antallet af unge under 30 år uden job eller uddannelse skal falde fra 310 til 220 inden udgangen af 2028.

**Mål 2:** 80 % af de unge, der starter på den forberedende grunduddannelse (FGU), skal være i job eller uddannelse et år efter.

Det gør vi:

1. Alle unge får en ungevejleder fra Ungeenheden, som de møder inden for 5 hverdage efter første henvendelse.
2. Vi åbner Ungecaféen på Havnevej 4 tre eftermiddage om ugen, hvor unge kan komme uden aftale.
3. Vi laver aftaler med 30 lokale virksomheder om praktik og fritidsjob til unge fra FGU Lyngmark.

### Målområde: Borgere på kanten af arbejdsmarkedet

Mange borgere på kontanthjælp og i ressourceforløb har helbredsproblemer, gæld eller psykiske vanskeligheder ud over ledigheden. Det skal indsatsen tage højde for.

**Mål 1:** 150 flere borgere skal i fleksjob eller ordinære timer inden udgangen af 2028.

**Mål 2:** Ingen borger i ressourceforløb skal vente mere end 4 uger på at komme i gang med en indsats.

Det gør vi:

1. Vi udvider IPS-indsatsen (individuelt planlagt job med støtte), så 120 borgere med psykiske lidelser kan få en jobkonsulent ad gangen.
2. Vi samler sagsbehandler, sundhedskoordinator og gældsrådgiver i et fælles team for borgere i ressourceforløb.
3. Vi tilbyder småjob på 5–10 timer om ugen i samarbejde med Lyngmark Genbrug og de lokale idrætshaller.

### Målområde: Virksomhederne som medspillere

Virksomhederne er vores vigtigste samarbejdspartnere. De skal opleve én indgang til jobcentret og hurtig hjælp, når de vil ansætte.

**Mål 1:** Virksomhederne skal have svar på en henvendelse inden for 24 timer.

**Mål 2:** Antallet af virksomheder med en socialøkonomisk eller rummelig samarbejdsaftale skal stige fra 85 til 140.

Det gør vi:

1. Virksomhedsservice får én fast kontaktperson for hver virksomhed med mere end 20 ansatte.
2. Vi holder to årlige jobmesser i Lyngmark Hallen sammen med Erhvervsforum Lyngmark.
3. Vi opkvalificerer ledige til brancher med mangel på arbejdskraft, især lager, transport og pleje.

## Økonomi

Tabellen viser de særlige indsatser i 2026. Driften af Jobhuset er ikke med.

| Indsats | Målområde | Budget 2026 | Ansvarlig |
|---|---|---|---|
| Ungecaféen på Havnevej | Unge | 0,9 mio. kr. | Ungeenheden |
| IPS-indsats | Borgere på kanten | 3,4 mio. kr. | Team Job og Sundhed |
| Fælles team for ressourceforløb | Borgere på kanten | 2,1 mio. kr. | Sygedagpenge og Ressource |
| Jobmesser og virksomhedskontakt | Virksomheder | 0,6 mio. kr. | Virksomhedsservice |
| Opkvalificering til mangelområder | Virksomheder | 1,8 mio. kr. | Virksomhedsservice |

Strategien evalueres i foråret 2028, inden den næste strategi skal vedtages. Spørgsmål kan rettes til konsulent Jonas Abildgaard, Arbejdsmarked og Borgerservice.
"""


def make_lyngmark() -> None:
    stem = "lyngmark-beskaeftigelsesstrategi-2026-2028"
    (HERE / f"{stem}.md").write_text(LYNGMARK_MD, encoding="utf-8")
    write_meta(
        stem,
        organisation="Lyngmark Kommune",
        area="Beskæftigelse",
        title="Beskæftigelsesstrategi 2026–2028",
        kind="strategi",
        year=2025,
        period="2026–2028",
        url="",
    )


# ---------------------------------------------------------------------------------------------
# 5. Plain text from an old PDF: Bøgelund Kommune, Strategi for voksenområdet 2024-2027 (no meta)
# ---------------------------------------------------------------------------------------------

# One paragraph per line, no blank lines. OCR damage and hyphenation are written in on purpose.
BOEGELUND_TXT = """Bøgelund Kommune
Strategi for voksenområdet 2024-2027
Et liv med mening - socialpsykiatri, handicap, hjemløshed og misbrug
Social og Sundhed, Bøgelund Kommune
- 1 -
Forord
Da Handicap- og psykiatripolitikken blev vedtaget i 2017, var der omkring 900 voksne borgere, som modtog en social indsats fra kommunen. I dag er der 1.380. Flere borgere har psykiske vanskeligheder, og flere unge voksne har brug for stotte i eget hjem. Samtidig er udgifterne til botilbud uden for kommunen steget med 22 % siden 2020.
Med denne strategi vil byrådet vende udviklingen, så flere borgere får hjælp tidligt og tæt pa hjemmet. Strategien er udarbejdet sammen med Handicaprådet, brugerrådene pa botilbuddene, SIND Bøgelund og medarbejdere fra hele voksen-
området. Byrådet har samlet afsat 31,6 mio. kr. i perioden 2024-2027 til strategiens indsatser.
Morten Ravn, borgmester
Lise Kofoed Holm, formand for Social- og Sundhedsudvalget
Vision
Borgere med handicap, psykiske vanskeligheder eller misbrug skal leve et selvstændigt liv med mening, i eget hjem og i faellesskab med andre.
Formål og kerneopgave
Voksenområdets kerneopgave er at styrke borgerens egne ressourcer, så borgeren kan mestre sit liv med mindst mulig hjælp. Strategien samler området om fire indsatser, som skal give retning for alle tilbud, teams og myndighedsafdelingen.
- 2 -
Bøgelund Kommune - Strategi for voksenområdet 2024-2027
INDSATS 1
Egen bolig og en stabil hverdag
En stabil bolig er grundlaget for alt andet. Vi arbejder efter Housing First-princippet, hvor borgeren far en bolig forst og derefter den stotte, der skal til for at blive boende.
Mål: Antallet af hjemløse borgere skal halveres fra 48 ved optællingen i 2022 til 24 i 2027.
Vi bygger 25 skæve boliger på Mølleengen i samarbejde med Boligselskabet Bøgely. De første 12 boliger står klar i september 2025.
Bostøtteteamet udvides med fire medarbejdere, så borgere i egen bolig kan få bostøtte også om aftenen og i weekender.
INDSATS 2
Recovery og mestring i socialpsykiatrien
Borgere med psykiske vanskeligheder skal mødes med håb og tro på, at det er muligt at komme sig. Recoverycentret Kløverhuset tilbyder kurser, peerstøtte og fællesskaber uden visitation.
Mål: 60 % af borgerne i et bostøtteforløb skal opleve fremgang målt med Voksenudredningsmetoden efter et år.
Vi ansætter 6 peer-medarbejdere med egen erfaring med psykisk sygdom i Kløverhuset og i bostøtten. Alle medarbejdere i socialpsykiatrien gennemgår et recoverykursus af tre dages varighed i 2024 og 2025.
- 3 -
Bøgelund Kommune - Strategi for voksenområdet 2024-2027
INDSATS 3
Beskæftigelse og meningsfuld aktivitet
Et job eller en meningsfuld aktivitet giver struktur, fællesskab og selvværd. Vi samarbejder med Jobcenter Bøgelund, så flere borgere med handicap og psykiske vanskeligheder kommer i beskyttet beskæftigelse, fleksjob eller ordinaert arbejde.
Mål: 40 flere borgere fra voksenområdet skal have et job med løn eller et fleksjob i 2027.
Værkstedet Smedien og Café Bøgen udvider med 30 pladser i beskyttet beskæftigelse, og vi laver aftaler med mindst 15 private virksomheder om job med løntilskud.
INDSATS 4
Misbrug: hjælp uden ventetid
Når en borger beder om hjælp til et misbrug, skal hjælpen komme med det samme. Ventetiden er i dag 11 dage i gennemsnit.
Mål: Alle borgere skal tilbydes behandling senest 7 dage efter henvendelse, selvom loven tillader 14 dage.
Misbrugscentret Vendepunktet åbner en anonym rådgivning om aftenen og tilbyder ambulant behandling i Nørre Bøgelund og i Skovby. Unge under 25 år får et særligt forløb med familien inddraget.
Økonomi
Tabel 1. Budget til strategiens indsatser (mio. kr.)
Indsats 2024 2025 2026 2027
Skæve boliger og bostøtte 2,1 4,3 4,3 4,5
Peer-medarbejdere og recoverykurser 1,2 1,8 1,8 1,8
Beskyttet beskæftigelse 0,8 1,4 1,4 1,4
Misbrugsbehandling uden ventetid 0,9 1,3 1,3 1,3
I alt 5,0 8,8 8,8 9,0
Opfølgning: Social- og Sundhedsudvalget far en status på strategiens mål hvert år i juni. Den forste status gives i juni 2025. Kontakt: socialchef Dorthe Winther, Social og Sundhed.
- 4 -
"""

# Two paragraphs wrapped with a hyphen, as a PDF export leaves them.
BOEGELUND_TXT = BOEGELUND_TXT.replace(
    "Vi ansætter 6 peer-medarbejdere med egen erfaring med psykisk sygdom i Kløverhuset og i bostøtten.",
    "Vi ansætter 6 peer-medarbejdere med egen erfaring med psykisk sygdom i Kløver-\nhuset og i bostøtten.",
)


def make_boegelund() -> None:
    # Column sums: 5,0 + 8,8 + 8,8 + 9,0 = 31,6 mio. kr., the amount named in the foreword.
    (HERE / "boegelund-voksenstrategi-2024-2027.txt").write_text(BOEGELUND_TXT, encoding="utf-8")


def main() -> None:
    make_saltvig()
    make_vesteroe()
    make_tranemose()
    make_lyngmark()
    make_boegelund()
    for path in sorted(HERE.iterdir()):
        if path.name not in {"make.py", "questions.jsonl", "check.py"} and not path.name.startswith("."):
            print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
