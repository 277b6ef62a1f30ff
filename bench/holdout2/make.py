"""Generate the second held-out set: five fictional organisations, five new layouts.

Run with the project's virtualenv (python-docx and fpdf2):

    .venv/bin/python bench/holdout2/make.py

Writes, next to this file:
  hasselbjerg-sundhedspolitik-2026-2029.pdf               PDF, text in two columns on every page, bold headings,
                                                          "Indsatsområde 1–4" with goals "1.1, 1.2 …", full-width
                                                          goal table at the end, "Side x af y" in the footer
  ulvedal-demensstrategi-2026-2030.docx (+ .meta.toml)    Word without heading styles: bold Normal lines, lettered
                                                          focus areas "A. … E.", 3-column goal table
                                                          (Mål / Indikator / Ansvarlig)
  elmebaek-handicappolitik-2026-2030.html (+ .meta.toml)  intranet export (cookie banner, nav, footer); the six
                                                          "sigtelinjer" are numbered only by an <ol> under
                                                          "Politikkens seks sigtelinjer er:", the sections that
                                                          describe them carry the titles alone; action-plan table
  tjoernehoej-tidlig-indsats-2025-2028.md                 Markdown from OCR: "rn" for "m", "ae" for "æ", words
                                                          broken over lines, running headers and page numbers;
                                                          "Spor 1–3" with "Delmål 1a/1b …", pipe table
  ravnsholt-beskaeftigelse-integration-2026-2028.pdf      landscape slide deck exported to PDF: vision on the
  (+ .meta.toml)                                          title slide, key-figure tiles, "Princip 1–5" in boxes,
                                                          goal table, English summary slide

Everything is fictional. The output is deterministic (fixed dates in the DOCX/PDF metadata and zip).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2026, 2, 20, 9, 30, 0, tzinfo=dt.timezone.utc)


def write_meta(stem: str, **fields) -> None:
    lines = []
    for key, value in fields.items():
        if isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    (HERE / f"{stem}.meta.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_fonts(pdf) -> None:
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


# =============================================================================================
# 1. Two-column PDF: Hasselbjerg Kommune, Sundhedspolitik 2026–2029 (no meta file)
# =============================================================================================

HASSELBJERG_INTRO = [
    ("h", "Forord"),
    (
        "p",
        "Hasselbjerg er en kommune med stærke fællesskaber, aktive foreninger og natur tæt på. "
        "Alligevel viser Sundhedsprofilen 2023, at sundheden ikke er ligeligt fordelt. "
        "Middellevetiden i kommunen er 79,6 år, hvilket er knap et år under landsgennemsnittet, og "
        "borgere uden en erhvervsuddannelse lever i gennemsnit seks år kortere end borgere med en "
        "videregående uddannelse.",
    ),
    (
        "p",
        "Hver sjette voksne ryger dagligt, 18 % af de voksne har svær overvægt, og næsten hver "
        "fjerde ung mellem 16 og 24 år bruger nikotinposer eller e-cigaretter. Samtidig oplever "
        "flere unge end tidligere, at de har det psykisk dårligt.",
    ),
    (
        "p",
        "Med denne sundhedspolitik vil byrådet gøre det lettere at leve sundt i Hasselbjerg – i "
        "skolen, på arbejdspladsen, i foreningerne og i boligområderne. Politikken er blevet til i "
        "samarbejde med Ældrerådet, Ungdomsrådet, Handicaprådet, de praktiserende læger og mere "
        "end 60 foreninger, som deltog i Sundhedstopmødet i Hasselbjerg Hallen i marts 2025.",
    ),
    ("i", "Anders Kjærgaard, borgmester\nHanne Lunding, formand for Sundheds- og Forebyggelsesudvalget"),
    ("h", "Vision"),
    (
        "b",
        "Alle borgere i Hasselbjerg skal have lige muligheder for et langt liv med god sundhed og "
        "høj livskvalitet.",
    ),
    ("h", "Formål"),
    (
        "p",
        "Sundhedspolitikken er kommunens fælles ramme for sundhedsfremme og forebyggelse. Den "
        "gælder for alle forvaltninger, og den skal bruges, når der lægges budgetter, når der "
        "planlægges byudvikling, og når den enkelte arbejdsplads laver sin handleplan. Politikken "
        "skal også styrke samarbejdet med almen praksis, Hasselbjerg Sygehus og civilsamfundet.",
    ),
    (
        "p",
        "Politikken er bygget op om fire indsatsområder. Under hvert indsatsområde står en række "
        "nummererede mål, som gælder for hele perioden 2026–2029.",
    ),
]

HASSELBJERG_AREAS = [
    (
        "Røgfri generation og færre rusmidler",
        "Rygning er stadig den største enkeltårsag til sygdom og tidlig død. De fleste rygere "
        "begynder, før de fylder 18 år, og derfor sætter vi især ind over for børn og unge.",
        [
            (
                "Færre unge bruger nikotin",
                "Andelen af unge mellem 16 og 24 år, der dagligt ryger eller bruger "
                "nikotinprodukter, skal falde fra 23 % til 12 % i 2029. Alle skoler og "
                "ungdomsuddannelser i kommunen har røgfri skoletid senest fra august 2026.",
            ),
            (
                "Røgfri arbejdstid i kommunen",
                "Fra 1. januar 2027 er der røgfri arbejdstid på alle kommunale arbejdspladser. "
                "Medarbejdere, der vil stoppe, får et gratis rygestopforløb i arbejdstiden.",
            ),
            (
                "Tidlig snak om alkohol",
                "Alle skoler holder et forældremøde om alkohol og fester i 7. klasse, og "
                "Ungerådgivningen Pusterummet tilbyder forløb til unge, der er bekymrede for deres "
                "eget eller en vens forbrug.",
            ),
        ],
    ),
    (
        "Mental sundhed og stærke fællesskaber",
        "God mental sundhed er mere end fravær af psykisk sygdom. Det handler om at kunne håndtere "
        "hverdagens udfordringer og have nogen at dele livet med. I Hasselbjerg svarer 7,4 % af de "
        "voksne, at de ofte er uønsket alene.",
        [
            (
                "Færre føler sig ensomme",
                "Andelen af voksne, der ofte er uønsket alene, skal ned på 5 % i 2029. Biblioteket "
                "uddanner fællesskabsguider, som hjælper borgere videre til foreninger og "
                "frivillige aktiviteter.",
            ),
            (
                "Hurtig hjælp til unge, der mistrives",
                "Ungerådgivningen Pusterummet er gratis og anonym for unge mellem 12 og 25 år. "
                "Unge skal have en samtale inden for tre hverdage efter, at de har taget kontakt. "
                "I dag venter de i gennemsnit seks hverdage.",
            ),
            (
                "Mental sundhed på arbejdspladsen",
                "Alle kommunale arbejdspladser arbejder med ABC for mental sundhed, og alle ledere "
                "i kommunen gennemfører et kursus i at spotte stress og mistrivsel inden udgangen "
                "af 2027.",
            ),
        ],
    ),
    (
        "Bevægelse, mad og en sund by",
        "Byens indretning har stor betydning for, om det er let at vælge det sunde. Vi vil gøre "
        "det naturligt at bevæge sig, og det skal være nemt at få sund mad i kommunens "
        "institutioner.",
        [
            (
                "Bevægelse hver dag",
                "Alle elever skal have 45 minutters bevægelse i løbet af skoledagen, og alle "
                "dagtilbud arbejder med bevægelse som en fast del af hverdagen.",
            ),
            (
                "Sund mad i kommunens køkkener",
                "Kommunens køkkener i dagtilbud, skoler og på plejecentre skal nå en økologiandel "
                "på 75 % i 2028, og alle køkkener følger de officielle kostråd.",
            ),
            (
                "Flere cykelstier og grønne områder",
                "Der anlægges 14 km nye cykelstier i perioden, og der opsættes udendørs "
                "træningsredskaber i Hasselbjerg Naturpark og ved Strandparken.",
            ),
        ],
    ),
    (
        "Lighed i sundhed og sammenhængende forløb",
        "Borgere med kort uddannelse, lav indkomst eller psykisk sygdom har oftere kroniske "
        "sygdomme, og de får sjældnere den hjælp, de har brug for. Derfor skal vi række ud og "
        "skabe sammenhæng mellem kommune, almen praksis og sygehus.",
        [
            (
                "Sundhedsbilen kommer ud til borgerne",
                "Sundhedsbilen kører fast til boligområderne Nørreparken og Engkvarteret og "
                "tilbyder blodtryksmåling, sundhedssamtaler og hjælp til rygestop. Målet er 1.500 "
                "sundhedssamtaler om året.",
            ),
            (
                "Flere gennemfører patientuddannelse",
                "Sundhedshuset på Kirkevej tilbyder forløb for borgere med type 2-diabetes, KOL og "
                "hjertesygdom. Antallet af borgere, der gennemfører et forløb, skal stige fra 260 "
                "til 400 om året.",
            ),
            (
                "Færre genindlæggelser",
                "Andelen af ældre, der genindlægges inden for 30 dage, skal falde fra 11,8 % til "
                "9 %. Hjemmesygeplejen og Hasselbjerg Sygehus laver en fælles udskrivningsaftale "
                "i 2026.",
            ),
        ],
    ),
]

HASSELBJERG_OUTRO = [
    ("h", "Økonomi"),
    (
        "p",
        "Byrådet har afsat 4,8 mio. kr. årligt i 2026–2029 til politikkens nye initiativer. "
        "Derudover kan foreninger og frivillige søge Sundhedspuljen, som uddeler 600.000 kr. om "
        "året til lokale sundhedsprojekter. Ansøgningsfristerne er 1. marts og 1. september.",
    ),
    ("h", "Ansvar og opfølgning"),
    (
        "p",
        "Afdelingen Sundhed og Forebyggelse koordinerer arbejdet med politikken, men hver direktør "
        "har ansvaret for, at målene bliver fulgt op på eget område. Sundheds- og "
        "Forebyggelsesudvalget får en status hvert år i april, og politikken evalueres, når den "
        "nye sundhedsprofil udkommer i 2027.",
    ),
    (
        "p",
        "Spørgsmål til politikken kan rettes til sundhedschef Maja Dalgaard, Sundhed og "
        "Forebyggelse.",
    ),
]

HASSELBJERG_TABLE = [
    ("Mål", "Indikator", "Udgangspunkt", "Mål 2029", "Ansvarlig"),
    ("1.1", "Unge 16–24 år med dagligt nikotinbrug", "23 %", "12 %", "Børn og Skole"),
    ("1.2", "Arbejdspladser med røgfri arbejdstid", "ingen", "alle fra 2027", "HR og Personale"),
    ("2.1", "Voksne, der ofte er uønsket alene", "7,4 %", "5 %", "Kultur og Fritid"),
    ("2.2", "Ventetid til samtale i Pusterummet", "6 hverdage", "højst 3 hverdage", "Ungerådgivningen"),
    ("3.2", "Økologiandel i kommunens køkkener", "58 %", "75 % (2028)", "Kost og Ernæring"),
    ("3.3", "Nye cykelstier", "0 km", "14 km", "Teknik og Miljø"),
    ("4.1", "Sundhedssamtaler i Sundhedsbilen pr. år", "900", "1.500", "Sundhed og Forebyggelse"),
    ("4.2", "Gennemførte patientuddannelsesforløb pr. år", "260", "400", "Sundhedshuset Kirkevej"),
    ("4.3", "Genindlæggelser inden for 30 dage", "11,8 %", "9 %", "Hjemmesygeplejen"),
]


def make_hasselbjerg() -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    green = (34, 102, 68)

    class PolicyPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(120, 120, 120)
            self.set_xy(18, 9)
            self.cell(0, 5, "Hasselbjerg Kommune  |  Sundhedspolitik 2026–2029")
            self.set_draw_color(*green)
            self.line(18, 15, 192, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(120, 120, 120)
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = PolicyPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Sundhedspolitik 2026–2029")
    pdf.set_author("Hasselbjerg Kommune")
    add_fonts(pdf)
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    # --- page 1: a full-width title band, then two columns
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(0, 0, 210, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 14)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Hasselbjerg Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 26)
    pdf.cell(0, 14, "Sundhedspolitik 2026–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 13)
    pdf.cell(0, 8, "Sundhed er noget, vi skaber sammen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 7, "Vedtaget af byrådet den 28. oktober 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(72)

    def head(cols, text, size=12.5, color=green, top=3.5):
        pdf.set_font("DejaVu", "B", size)
        pdf.set_text_color(*color)
        with cols.paragraph(top_margin=top, bottom_margin=1.5) as par:
            par.write(text)
        pdf.set_text_color(0, 0, 0)

    def para(cols, text, style="", size=9.5, bottom=2.2):
        pdf.set_font("DejaVu", style, size)
        with cols.paragraph(bottom_margin=bottom) as par:
            par.write(text)

    with pdf.text_columns(ncols=2, gutter=9, text_align="LEFT", line_height=1.25) as cols:
        for kind, text in HASSELBJERG_INTRO:
            if kind == "h":
                head(cols, text)
            elif kind == "b":
                para(cols, text, style="B", size=10.5)
            elif kind == "i":
                para(cols, text, style="I", size=9)
            else:
                para(cols, text)
        for n, (title, intro, goals) in enumerate(HASSELBJERG_AREAS, start=1):
            head(cols, f"Indsatsområde {n}: {title}", size=11.5, top=5)
            para(cols, intro)
            for m, (goal_title, goal_text) in enumerate(goals, start=1):
                pdf.set_font("DejaVu", "B", 9.5)
                with cols.paragraph(bottom_margin=0.6) as par:
                    par.write(f"{n}.{m} {goal_title}")
                para(cols, goal_text)
        for kind, text in HASSELBJERG_OUTRO:
            if kind == "h":
                head(cols, text)
            else:
                para(cols, text)

    # --- the goal overview, full width after the columns
    pdf.ln(4)
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 12.5)
    pdf.set_text_color(*green)
    pdf.cell(0, 8, "Bilag: Oversigt over målene", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(
        0, 5.2,
        "Tabellen samler de mål, der kan følges med tal. Udgangspunktet er målt i 2024 eller "
        "2025. Målene 1.3, 2.3 og 3.1 følges op i de årlige handleplaner for de enkelte områder.",
        align="L", new_x="LMARGIN", new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_draw_color(*green)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(11, 60, 27, 30, 46),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        line_height=5.2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=green),
        cell_fill_color=(232, 242, 236),
        cell_fill_mode="ROWS",
        first_row_as_headings=True,
    ) as table:
        for row_data in HASSELBJERG_TABLE:
            row = table.row()
            for value in row_data:
                row.cell(value)
    pdf.output(str(HERE / "hasselbjerg-sundhedspolitik-2026-2029.pdf"))


# =============================================================================================
# 2. DOCX: Ulvedal Kommune, Demensstrategi 2026–2030 (bold lines, no heading styles)
# =============================================================================================

ULVEDAL_BODY = [
    ("bold", "Indledning"),
    (
        "p",
        "Omkring 1.150 borgere i Ulvedal Kommune lever med en demenssygdom, og tallet forventes at "
        "stige til 1.600 i 2035. Kun omkring halvdelen har fået stillet en diagnose. Bag hver "
        "borger med demens står i gennemsnit tre pårørende, som ofte bærer en stor del af omsorgen "
        "i mange år.",
    ),
    (
        "p",
        "Demensstrategien bygger videre på den nationale demenshandlingsplan og på erfaringerne fra "
        "kommunens første demensplan fra 2019. Den er udarbejdet af Sundhed og Omsorg sammen med "
        "Ældrerådet, Alzheimerforeningens lokalafdeling, pårørende og medarbejdere fra "
        "hjemmeplejen, plejecentrene og Demensteamet.",
    ),
    ("bold", "Vision"),
    (
        "i",
        "I Ulvedal skal mennesker med demens og deres pårørende kunne leve et trygt og "
        "meningsfuldt liv, hvor de bliver mødt med forståelse – i hjemmet, på plejecentret og i "
        "lokalsamfundet.",
    ),
    ("bold", "Formål"),
    (
        "p",
        "Strategien skal sikre, at borgere med demens opdages tidligt og får en sammenhængende "
        "indsats, og at de pårørende får støtte, før de selv bliver syge af belastningen. "
        "Strategien sætter retningen for Sundhed og Omsorg i perioden 2026–2030 og omsættes til "
        "årlige handleplaner i hvert område.",
    ),
    ("bold", "Strategiens fem fokusområder"),
    (
        "p",
        "Strategien har fem fokusområder, A til E. Hvert fokusområde beskrives nedenfor, og "
        "målene er samlet i tabellen bagerst i strategien.",
    ),
    ("bold", "A. Tidlig opsporing og udredning"),
    (
        "p",
        "Jo tidligere en demenssygdom opdages, jo bedre kan borgeren selv planlægge sit liv og få "
        "gavn af behandling. Demensteamet består i dag af fire demenskoordinatorer og udvides til "
        "seks i 2026. Demenskoordinatorerne samarbejder med de praktiserende læger og "
        "Hukommelsesklinikken på Ulvedal Sygehus om udredningen.",
    ),
    (
        "p",
        "Medarbejderne i hjemmeplejen bruger en fast tjekliste til at opdage tegn på demens, og "
        "der holdes opsporingsmøde i hver hjemmeplejegruppe hver 14. dag.",
    ),
    ("bold", "B. Støtte til pårørende"),
    (
        "p",
        "Pårørende til mennesker med demens har større risiko for stress og depression. Alle "
        "pårørende skal tilbydes en samtale med Pårørendekonsulenten senest 10 hverdage efter, at "
        "diagnosen er stillet.",
    ),
    (
        "p",
        "Pårørendeskolen afholdes to gange om året med otte undervisningsgange, og Demenscaféen i "
        "Lindehuset har åbent hver tirsdag fra kl. 14 til 16. Antallet af aflastningspladser "
        "udvides fra 6 til 10 i 2027.",
    ),
    ("bold", "C. En demensvenlig hverdag i eget hjem"),
    (
        "p",
        "De fleste borgere med demens bor i eget hjem. Hjælpen skal tilrettelægges, så borgeren "
        "møder få og faste medarbejdere. Ulvedal Daghjem holder fra 2026 også åbent om lørdagen, "
        "og borgere med demens kan få et GPS-ur, hvis de er i risiko for at fare vild.",
    ),
    (
        "p",
        "Alle borgere med en demensdiagnose får en fast kontaktperson i hjemmeplejen, og der "
        "skrives en livshistorie sammen med borgeren og de pårørende.",
    ),
    ("bold", "D. Plejecentre og boliger til borgere med demens"),
    (
        "p",
        "Når det ikke længere er trygt at bo hjemme, skal der være en bolig, der passer til "
        "borgerens behov. På Plejecenter Solbakken bygges det skærmede afsnit Lærkereden med 14 "
        "boliger, som åbner 1. marts 2027. Lærkereden får sin egen sansehave.",
    ),
    (
        "p",
        "Plejecentrene arbejder systematisk med at forebygge uro og udadreagerende adfærd, så "
        "færre beboere får antipsykotisk medicin.",
    ),
    ("bold", "E. Kompetencer og et demensvenligt lokalsamfund"),
    (
        "p",
        "Alle medarbejdere, der møder borgere med demens, skal have de rette kompetencer. Alle "
        "medarbejdere i hjemmeplejen og på plejecentrene gennemfører uddannelsen Demens ABC senest "
        "ved udgangen af 2027.",
    ),
    (
        "p",
        "Vi vil gøre Ulvedal til et demensvenligt samfund. Frivilligcentret Ulvedal rekrutterer "
        "demensvenner i butikker, banker, biblioteker og busser, og kommunens borgerservice "
        "bliver certificeret som demensvenlig i 2026.",
    ),
    ("bold", "Mål og opfølgning"),
    (
        "p",
        "Tabellen viser strategiens mål, hvordan de måles, og hvem der har ansvaret. Sundheds- og "
        "Ældreudvalget får en status hvert år i november.",
    ),
    ("table", None),
    ("bold", "Økonomi"),
    (
        "p",
        "Byrådet har afsat 3,2 mio. kr. i 2026 og 4,5 mio. kr. årligt fra 2027 til strategiens "
        "nye initiativer. Byggeriet af Lærkereden finansieres over anlægsbudgettet med 38 mio. kr.",
    ),
    (
        "p",
        "Kontakt: projektleder Signe Bjerre, Sundhed og Omsorg, tlf. 58 44 12 00.",
    ),
]

ULVEDAL_TABLE = [
    ("Mål", "Indikator", "Ansvarlig"),
    (
        "Flere borgere får en demensdiagnose",
        "Andel borgere med demens, som har en diagnose: fra 52 % i 2025 til 70 % i 2030",
        "Demensteamet og almen praksis",
    ),
    (
        "Pårørende får hurtig støtte",
        "Samtale med pårørende senest 10 hverdage efter diagnosen i 90 % af forløbene",
        "Pårørendekonsulenten",
    ),
    (
        "Mere aflastning",
        "Antal aflastningspladser: fra 6 til 10 i 2027",
        "Plejecenter Solbakken",
    ),
    (
        "Færre beboere får antipsykotisk medicin",
        "Andel beboere med demens i behandling med antipsykotika: fra 17 % til 10 %",
        "Plejecentrenes ledere og sygeplejen",
    ),
    (
        "Et demensvenligt lokalsamfund",
        "3.000 demensvenner i Ulvedal i 2028",
        "Frivilligcentret Ulvedal",
    ),
    (
        "Kompetente medarbejdere",
        "Alle medarbejdere i hjemmeplejen og på plejecentrene har gennemført Demens ABC i 2027",
        "Uddannelseskoordinatoren i Sundhed og Omsorg",
    ),
]


def _fix_zip_dates(path: Path) -> None:
    """Rewrite the DOCX zip with fixed member dates, so the file is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 20, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def make_ulvedal() -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    props = doc.core_properties
    props.title = "Demensstrategi 2026–2030"
    props.author = "Sundhed og Omsorg"
    props.last_modified_by = "Sundhed og Omsorg"
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    section.header.paragraphs[0].text = "Ulvedal Kommune – Sundhed og Omsorg"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "Demensstrategi 2026–2030 · Torvet 2 · 4660 Ulvedal"
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    plum = RGBColor(0x5B, 0x2C, 0x6F)

    def bold_line(text: str, size: float = 13, color=plum, space_before: float = 12) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = color

    # --- front matter, all in Normal style
    p = doc.add_paragraph()
    r = p.add_run("Ulvedal Kommune")
    r.bold = True
    r.font.size = Pt(12)
    bold_line("Demensstrategi 2026–2030", size=24, space_before=36)
    p = doc.add_paragraph()
    r = p.add_run("Et godt liv med demens – for borgeren og de pårørende")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph("Vedtaget af byrådet den 9. december 2025")

    for kind, text in ULVEDAL_BODY:
        if kind == "bold":
            bold_line(text)
        elif kind == "i":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(12)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            for i, row_data in enumerate(ULVEDAL_TABLE):
                cells = table.add_row().cells
                for c, value in enumerate(row_data):
                    cells[c].text = value
                    if i == 0:
                        cells[c].paragraphs[0].runs[0].bold = True
            for row in table.rows:
                for c, width in enumerate((Cm(5.0), Cm(7.4), Cm(4.0))):
                    row.cells[c].width = width
            doc.add_paragraph("")
        else:
            doc.add_paragraph(text)

    out = HERE / "ulvedal-demensstrategi-2026-2030.docx"
    doc.save(out)
    _fix_zip_dates(out)
    write_meta(
        out.stem,
        organisation="Ulvedal Kommune",
        area="Sundhed og Omsorg",
        title="Demensstrategi 2026–2030",
        kind="strategi",
        year=2025,
        period="2026–2030",
        url="",
    )


# =============================================================================================
# 3. HTML intranet export: Elmebæk Kommune, Handicappolitik 2026–2030
# =============================================================================================

ELMEBAEK_HTML = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Handicappolitik 2026–2030 - ElmeNet - Elmebæk Kommune</title>
<link rel="stylesheet" href="/static/elmenet.min.css">
<script src="/static/consent.js" defer></script>
</head>
<body class="page-policy">
<a class="skip" href="#main">Gå til indhold</a>
<div class="consent" role="dialog" aria-label="Cookies">
  <h2>ElmeNet bruger cookies</h2>
  <p>Vi bruger nødvendige cookies, så du kan logge ind, og statistikcookies, så vi kan forbedre intranettet. Du kan altid trække dit samtykke tilbage under Indstillinger.</p>
  <button class="accept">Ja tak til alle</button><button class="reject">Kun nødvendige</button><a href="/om/cookies">Cookiepolitik</a>
</div>
<header>
  <div class="brand"><img src="/static/logo.svg" alt=""> ElmeNet · Elmebæk Kommune</div>
  <div class="user">Logget ind som medarbejder · <a href="/logout">Log ud</a></div>
  <nav class="mainnav">
    <a href="/">Forside</a>
    <a href="/nyt">Nyt fra ledelsen</a>
    <a href="/hr">HR, løn og ferie</a>
    <a href="/social">Social og Handicap</a>
    <a href="/sundhed">Sundhed og Omsorg</a>
    <a href="/telefonbog">Telefonbog</a>
    <a href="/it">IT og systemer</a>
  </nav>
</header>
<div class="crumbs">Du er her: <a href="/">Forside</a> / <a href="/social">Social og Handicap</a> / <a href="/social/politikker">Politikker</a> / Handicappolitik</div>
<div class="wrap">
<nav class="localnav" aria-label="Social og Handicap">
  <p class="localnav-title">Social og Handicap</p>
  <a href="/social/myndighed">Myndighed Voksen</a>
  <a href="/social/botilbud">Boliger og Botilbud</a>
  <a href="/social/handicapraad">Handicaprådet</a>
  <a href="/social/politikker" class="active">Politikker</a>
  <a href="/social/skabeloner">Skabeloner og vejledninger</a>
</nav>
<main id="main">
<div class="policy">
<h1>Handicappolitik 2026–2030 – Et liv på lige fod</h1>
<p class="byline">Elmebæk Kommune · Social og Handicap · Vedtaget af byrådet den 21. januar 2026 · Opdateret 2. februar 2026</p>

<h2>Om politikken</h2>
<p>Cirka 7.200 borgere i Elmebæk lever med en fysisk, psykisk eller kognitiv funktionsnedsættelse. Mange af dem oplever stadig barrierer i hverdagen: en trappe uden rampe, en blanket, der er svær at forstå, eller en arbejdsplads, der ikke tør tage chancen.</p>
<p>Politikken bygger på FN's handicapkonvention og er skrevet af Handicaprådet og Social og Handicap efter fire dialogmøder i efteråret 2025 med over 250 deltagere.</p>
<p class="sign">Birthe Holmgaard, formand for Handicaprådet<br>Kasper Vinding, formand for Social- og Handicapudvalget</p>

<h2>Vision</h2>
<blockquote>Borgere med handicap i Elmebæk skal have samme muligheder som alle andre for at leve det liv, de selv ønsker.</blockquote>

<h2>Formål</h2>
<p>Politikken skal sikre, at hensynet til borgere med handicap tænkes ind i alt, hvad kommunen gør – fra byggeri og digitale løsninger til skole, job og fritid. Den gælder for alle kommunens forvaltninger og for de private leverandører, der løser opgaver for kommunen.</p>
<p>Politikkens seks sigtelinjer er:</p>
<ol class="sigtelinjer">
  <li>Selvbestemmelse og medborgerskab</li>
  <li>Tilgængelighed i byen og på nettet</li>
  <li>Uddannelse og job</li>
  <li>Bolig og et selvstændigt hverdagsliv</li>
  <li>Fritid, kultur og idræt for alle</li>
  <li>Sundhed og trivsel</li>
</ol>
<p>Under hver sigtelinje beskriver vi, hvad vi vil opnå, og hvad vi gør i perioden.</p>

<div class="line" id="s1">
<h2>Selvbestemmelse og medborgerskab</h2>
<p>Borgeren er ekspert i eget liv. Når kommunen træffer afgørelser om hjælp, skal borgeren være med fra begyndelsen og forstå, hvad der bliver besluttet og hvorfor.</p>
<h3>Det gør vi</h3>
<ul>
  <li>Fra 2026 får alle nye borgere i Voksenhandicap en fast sagsbehandler.</li>
  <li>Alle borgere, der skal have en afgørelse om hjælp efter serviceloven, tilbydes et møde med sagsbehandleren, før afgørelsen træffes.</li>
  <li>Afgørelser skrives i et klart sprog, og borgeren kan få afgørelsen forklaret af en bisidder.</li>
  <li>Handicaprådet høres om alle politikker og større anlægsprojekter, der berører borgere med handicap.</li>
</ul>
</div>

<div class="line" id="s2">
<h2>Tilgængelighed i byen og på nettet</h2>
<p>En trappe eller en uoverskuelig hjemmeside kan være nok til at holde nogen ude. Kommunens bygninger, byrum og digitale løsninger skal kunne bruges af alle.</p>
<h3>Det gør vi</h3>
<ul>
  <li>Alle 46 kommunale bygninger med borgerbetjening tilgængelighedsgennemgås inden udgangen af 2027.</li>
  <li>Rådhuset får ny elevator og automatiske døre i 2026.</li>
  <li>Nye selvbetjeningsløsninger på elmebaek.dk testes af borgere med handicap, før de lanceres.</li>
  <li>Alle mødelokaler med borgerbetjening får teleslynge.</li>
</ul>
</div>

<div class="line" id="s3">
<h2>Uddannelse og job</h2>
<p>Et arbejde giver indtægt, fællesskab og identitet. Alt for mange borgere med handicap står uden for arbejdsmarkedet, selv om de kan og vil arbejde.</p>
<h3>Det gør vi</h3>
<ul>
  <li>60 flere borgere med handicap skal i job, fleksjob eller uddannelse inden udgangen af 2029.</li>
  <li>Virksomhedsnetværket Plads til Alle skal have 40 medlemsvirksomheder i 2028. I dag er der 17.</li>
  <li>Unge på den særligt tilrettelagte ungdomsuddannelse (STU) får et praktikforløb i en lokal virksomhed.</li>
  <li>Kommunen går selv forrest og opretter 25 nye fleksjob i egne afdelinger.</li>
</ul>
</div>

<div class="line" id="s4">
<h2>Bolig og et selvstændigt hverdagsliv</h2>
<p>Et hjem, man selv har valgt, er grundlaget for et selvstændigt liv. Støtten skal gives, så borgeren lærer at klare mest muligt selv.</p>
<h3>Det gør vi</h3>
<ul>
  <li>Ventetiden på en plads i et bofællesskab skal ned under 6 måneder. I dag venter borgerne i gennemsnit 14 måneder.</li>
  <li>Bofællesskabet Kastanjegården med 16 lejligheder til unge voksne med autisme åbner i efteråret 2027.</li>
  <li>Bostøtten kan fra 2026 også gives om aftenen og i weekenden.</li>
</ul>
</div>

<div class="line" id="s5">
<h2>Fritid, kultur og idræt for alle</h2>
<p>Fællesskaber i foreninger, på biblioteket og i hallen er for alle. Vi vil gøre det lettere at deltage på lige fod med andre.</p>
<h3>Det gør vi</h3>
<ul>
  <li>Fritidspuljen på 250.000 kr. om året kan søges af foreninger, der laver aktiviteter for borgere med handicap.</li>
  <li>Elmebæk Svømmehal får en lift og et omklædningsrum for alle i 2026.</li>
  <li>Med et ledsagerkort kommer en ledsager gratis ind på kommunens kulturinstitutioner.</li>
</ul>
</div>

<div class="line" id="s6">
<h2>Sundhed og trivsel</h2>
<p>Borgere med udviklingshæmning eller svær psykisk sygdom lever markant kortere end andre, blandt andet fordi sygdomme opdages for sent.</p>
<h3>Det gør vi</h3>
<ul>
  <li>Borgere med udviklingshæmning tilbydes et årligt sundhedstjek i samarbejde med de praktiserende læger.</li>
  <li>Alle botilbud udpeger en sundhedsansvarlig medarbejder.</li>
  <li>Omsorgstandplejen tilbydes alle, der ikke selv kan komme til tandlægen.</li>
</ul>
</div>

<h2>Handleplan 2026</h2>
<p>Tabellen viser de indsatser, der sættes i gang i 2026. Handleplanen revideres hvert år.</p>
<table class="plan">
<thead><tr><th>Indsats</th><th>Sigtelinje</th><th>Ansvarlig</th><th>Frist</th></tr></thead>
<tbody>
<tr><td>Fast sagsbehandler for nye borgere i Voksenhandicap</td><td>1</td><td>Myndighed Voksen</td><td>Marts 2026</td></tr>
<tr><td>Tilgængelighedsgennemgang af de første 23 bygninger</td><td>2</td><td>Ejendomme og Anlæg</td><td>December 2026</td></tr>
<tr><td>Ny elevator på rådhuset</td><td>2</td><td>Ejendomme og Anlæg</td><td>Oktober 2026</td></tr>
<tr><td>Opstart af virksomhedsnetværket Plads til Alle</td><td>3</td><td>Jobcenter Elmebæk</td><td>Juni 2026</td></tr>
<tr><td>Byggestart på Kastanjegården</td><td>4</td><td>Boliger og Botilbud</td><td>Maj 2026</td></tr>
<tr><td>Lift og omklædningsrum for alle i svømmehallen</td><td>5</td><td>Kultur og Fritid</td><td>August 2026</td></tr>
<tr><td>Årligt sundhedstjek for borgere med udviklingshæmning</td><td>6</td><td>Sundhed og Omsorg</td><td>September 2026</td></tr>
</tbody>
</table>

<h2>Opfølgning</h2>
<p>Handicaprådet og Social- og Handicapudvalget følger politikken på et fælles møde hvert år i november. Spørgsmål kan rettes til handicapkonsulent Rasmus Brandt, Social og Handicap, rabr@elmebaek.dk.</p>
</div>
<aside class="related">
  <h2>Relaterede sider</h2>
  <a href="/social/politikker/psykiatri">Psykiatripolitik</a> · <a href="/social/politikker/vaerdighed">Værdighedspolitik</a> · <a href="/social/handicapraad">Handicaprådets mødeplan</a>
</aside>
<p class="pagefeedback">Fandt du det, du søgte? <button>Ja</button> <button>Nej</button></p>
</main>
</div>
<footer>
  <p>Elmebæk Kommune · Torvegade 10 · 5380 Elmebæk · Hovednummer 63 50 10 00</p>
  <p>ElmeNet redigeres af Kommunikation · <a href="/om/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/om/cookies">Cookies</a> · <a href="/om/privatliv">Behandling af personoplysninger</a></p>
</footer>
</body>
</html>
"""


def make_elmebaek() -> None:
    stem = "elmebaek-handicappolitik-2026-2030"
    (HERE / f"{stem}.html").write_text(ELMEBAEK_HTML, encoding="utf-8")
    write_meta(
        stem,
        organisation="Elmebæk Kommune",
        area="Social og Handicap",
        title="Handicappolitik 2026–2030",
        kind="strategi",
        year=2026,
        period="2026–2030",
        url="",
    )


# =============================================================================================
# 4. OCR'd Markdown: Tjørnehøj Kommune, Tidlig indsats 2025–2028 (no meta file)
# =============================================================================================

# The damage is written in on purpose: "rn" for "m" (Kornmune, sarnmen, rnistrivsel), "ae" for "æ"
# (vaere, faelles), "a" for "å", words broken over two lines, running headers and page numbers
# between paragraphs, and a pipe table whose header row lost its separator.
TJOERNEHOEJ_MD = """# Tidlig indsats – tættere på barnet

**Strategi for børn, unge og familier i Tjørnehøj Kommune 2025–2028**

Vedtaget af Børne- og Familieudvalget den 12. marts 2025

## Forord

I Tjørnehøj Kommune vokser de fleste børn op i trygge familier og trives i dagtilbud og skole. Men for en gruppe børn og unge går det ikke godt. I 2024 modtog kommunen 1.310 underretninger om 740 børn, og 92 børn og unge var anbragt uden for hjemmet. Udgifterne til anbringelser er steget med 18 % på tre år, mens kun en lille del af budgettet går til forebyggelse.

Med denne strategi flytter vi indsatsen tættere på barnet og tidligere i barnets liv. Vi vil bruge flere ressourcer på at hjaelpe familierne, før problemerne vokser sig store, og vi vil gøre det sarnmen med for-
ældrene.

Strategien er udarbejdet af Børn og Familie sammen med dagtilbud, skoler, sundhedsplejen, PPR, Ungdomsskolen og Børne- og Ungerådet.

Ida Mortensen, formand for Børne- og Familieudvalget
Thomas Krag, direktør for Børn og Familie

Side 1 af 4

Tjørnehøj Kornmune · Tidlig indsats 2025–2028

## Vision

Alle børn og unge i Tjørnehøj skal have en tryg opvækst og mulighed for at udvikle sig til selvstændige voksne med et godt liv.

## Kerneopgave

Vores kerneopgave er at opdage børn i mistrivsel tidligt og give dem og deres familier den rette hjælp i tide – så tæt på barnets hverdag som muligt.

Strategien har tre spor. Hvert spor har et antal delmål, som følges op to gange om aret.

## Spor 1: Tidlig opsporing i dagtilbud og skole

Pædagoger, lærere og sundheds-
plejersker er de voksne, der ser børnene hver dag. De skal have redskaber og sparring, så de kan reagere tidligt, når et barn ikke trives eller viser tegn pa rnistrivsel.

Delmål 1a: Alle dagtilbud og skoler bruger trivselsværktøjet Trivselstrappen fra august 2025.

Delmål 1b: Andelen af underretninger fra skoler og dagtilbud, hvor forældrene er inddraget på forhånd, skal stige fra 40 % til 80 % i 2027.

Delmål 1c: Alle dagtilbud og skoler får en fast kontaktperson i PPR, som deltager i et sparringsmøde hver måned.

I 2025 og 2026 uddanner vi 40 trivselsambassadører blandt pædagoger og lærere. De hjælper kollegerne med at bruge Trivselstrappen og med at tage den svære samtale med forældrene tidligt.

## Spor 2: Hjælp i familiens nærmiljø

Hjælpen skal komme hurtigt og tæt på familien. Vi opretter tre lokale familieteams i Nordby, Tjørnehøj by og Skovhuse, som samler familierådgivere, familie-
behandlere og en sundhedsplejerske i et faelles team.

Side 2 af 4

Tjørnehøj Kornmune · Tidlig indsats 2025–2028

Delmål 2a: Familier, der selv henvender sig, skal tilbydes en første samtale inden for 5 hverdage.

Delmål 2b: Antallet af børn og unge anbragt uden for hjemmet skal falde fra 92 til 75 i 2028, og flere børn skal i stedet have en forebyggende indsats i hjemmet.

Delmål 2c: Mindst 70 % af de anbragte børn skal vaere anbragt i en plejefamilie eller i netværket.

Familieteamene holder åben rådgivning uden visitation hver tirsdag og torsdag eftermiddag. Når et barn alligevel skal anbringes, holder vi altid et netværksmøde, så familiens eget netværk kan byde ind.

## Spor 3: Unge på vej mod voksenlivet

Overgangen til voksenlivet er sårbar for unge, der har haft en indsats. Vi vil sikre, at ingen unge står alene, når de fylder 18 år.

Delmål 3a: Alle unge med en indsats får en ungeplan, fra de fylder 16 år, og en fast voksenkontakt følger den unge til 23 år, hvis den unge ønsker det.

Delmal 3b: 85 % af de unge, der har haft en indsats, skal være i uddannelse eller job, når de er 20 år. I dag er det 64 %.

Ungdomsskolen og Jobcenter Tjørnehøj åbner i 2026 Ungeporten, et fælles sted for unge mellem 15 og 25 år, hvor de kan få hjælp til uddannelse, job, bolig og økonomi. Overgangen til voksen-
området planlægges senest, når den unge er 17 ½ år.

## Økonomi

Byrådet har afsat 9,6 mio. kr. i omstillingsmidler i perioden 2025–2028. Midlerne skal over tid tjenes hjem ved, at færre børn anbringes uden for hjemmet.

| Spor | 2025 | 2026 | 2027 | 2028 |
| Spor 1: Tidlig opsporing | 0,6 | 0,8 | 0,8 | 0,6 |
| Spor 2: Familieteams | 1,2 | 1,4 | 1,4 | 1,3 |
| Spor 3: Ungeplaner og voksenkontakter | 0,2 | 0,4 | 0,4 | 0,5 |
| I alt | 2,0 | 2,6 | 2,6 | 2,4 |

Tabel 1. Omstillingsmidler fordelt på spor (mio. kr.)

Side 3 af 4

Tjørnehøj Kornmune · Tidlig indsats 2025–2028

## Opfølgning og ansvar

Børn og Familie er ansvarlig for strategien. Lederen af Familieafdelingen, Karin Løvgreen, har ansvaret for spor 2, og PPR-lederen har ansvaret for spor 1. Spor 3 ledes af Ungdomsskolen og Jobcenter Tjørnehøj i fællesskab.

Børne- og Familieudvalget far en status pa delmålene i juni og december. Den første status gives i december 2025.

Side 4 af 4
"""


def make_tjoernehoej() -> None:
    # Column sums: 2,0 + 2,6 + 2,6 + 2,4 = 9,6 mio. kr., the amount in the text.
    (HERE / "tjoernehoej-tidlig-indsats-2025-2028.md").write_text(TJOERNEHOEJ_MD, encoding="utf-8")


# =============================================================================================
# 5. Landscape slide deck as PDF: Ravnsholt Kommune, Beskæftigelses- og integrationsstrategi
# =============================================================================================

RAVNSHOLT_FIGURES = [
    ("46.900", "indbyggere"),
    ("3,2 %", "ledighed i november 2025"),
    ("2.340", "borgere på kontanthjælp, uddannelseshjælp eller i ressourceforløb"),
    ("580", "flygtninge og familiesammenførte i integrationsindsatsen"),
    ("1.120", "virksomheder med ansatte"),
    ("612 mio. kr.", "budget til beskæftigelse og integration i 2026"),
]

RAVNSHOLT_PRINCIPLES = [
    (
        "Job først",
        "Samtalen handler om job fra første dag. Alle nye ledige får tilbudt en "
        "virksomhedsrettet aktivitet inden for de første 6 uger.",
        "65 % af de nyledige skal være i job eller uddannelse inden for 6 måneder. I dag er "
        "det 54 %.",
    ),
    (
        "Én plan og én kontaktperson",
        "Borgere med komplekse problemer skal ikke fortælle deres historie igen og igen. En "
        "koordinerende sagsbehandler har ansvaret for borgerens samlede plan på tværs af "
        "jobcenter, socialområde og sundhed.",
        "Alle borgere i ressourceforløb har en fast koordinerende sagsbehandler fra 1. april "
        "2026.",
    ),
    (
        "Sprog og job samtidig",
        "Danskundervisning og arbejde skal foregå parallelt. Sprogcenter Ravnsholt tilbyder "
        "jobrettet dansk på arbejdspladsen og om aftenen.",
        "Andelen af flygtninge og familiesammenførte i job eller uddannelse efter 3 år skal stige "
        "fra 46 % til 60 %. For kvinderne er målet 50 %.",
    ),
    (
        "Virksomhederne er vores samarbejdspartnere",
        "Virksomhederne får én indgang til jobcentret. Virksomhedsservice svarer inden for én "
        "arbejdsdag, og vi indgår partnerskaber med brancher, der mangler arbejdskraft, især "
        "byggeri, pleje og transport.",
        "25 nye branchepartnerskaber i strategiperioden og 300 stillinger om året besat med "
        "kandidater fra jobcentret.",
    ),
    (
        "Sundhed er en del af vejen til job",
        "Mange ledige og sygemeldte har smerter, stress eller psykisk sårbarhed. Jobcentrets nye "
        "sundhedsteam med fysioterapeut, psykolog og sygeplejerske hjælper borgeren til at "
        "håndtere helbredet og samtidig bevare kontakten til arbejdsmarkedet.",
        "Den gennemsnitlige varighed af sygedagpengeforløb skal ned fra 19 til 15 uger.",
    ),
]

RAVNSHOLT_TABLE = [
    ("Princip", "Indikator", "2024", "Mål 2028", "Ansvarlig"),
    ("1", "Nyledige i job eller uddannelse inden for 6 måneder", "54 %", "65 %", "Team Ydelse og Job"),
    ("2", "Borgere i ressourceforløb med koordinerende sagsbehandler", "72 %", "100 %", "Team Ressource"),
    ("3", "Flygtninge og familiesammenførte i job eller uddannelse efter 3 år", "46 %", "60 %", "Integrationsafdelingen"),
    ("4", "Nye branchepartnerskaber (i alt)", "0", "25", "Virksomhedsservice"),
    ("5", "Gennemsnitlig varighed af sygedagpengeforløb", "19 uger", "15 uger", "Team Sygedagpenge"),
]

RAVNSHOLT_SUMMARY = (
    "The Employment and Integration Strategy 2026–2028 describes how Ravnsholt Municipality will "
    "help more citizens into work and education, and help local companies find the staff they "
    "need. The strategy is built on five principles: jobs first; one plan and one caseworker; "
    "language and work at the same time; companies as partners; and health as part of the route "
    "to work.",
    "Key targets for 2028: 65 % of newly unemployed people in work or education within six "
    "months, and 60 % of refugees and reunified family members in work or education after three "
    "years. The city council has set aside an investment fund of DKK 7.5 million for 2026–2028.",
)


def make_ravnsholt() -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    navy = (20, 45, 90)
    orange = (232, 119, 34)
    pale = (236, 240, 247)

    class Deck(FPDF):
        def footer(self):
            if self.page_no() == 1:
                return
            self.set_y(-11)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(130, 130, 130)
            self.cell(0, 5, "Ravnsholt Kommune · Beskæftigelses- og integrationsstrategi 2026–2028")
            self.set_x(-30)
            self.cell(15, 5, f"{self.page_no()} / {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Deck(orientation="L", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Beskæftigelses- og integrationsstrategi 2026–2028")
    pdf.set_author("Ravnsholt Kommune, Jobcenter Ravnsholt")
    add_fonts(pdf)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()

    def slide_title(text: str) -> None:
        pdf.set_fill_color(*navy)
        pdf.rect(0, 0, 297, 24, style="F")
        pdf.set_fill_color(*orange)
        pdf.rect(0, 24, 297, 1.6, style="F")
        pdf.set_xy(15, 7)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 19)
        pdf.cell(0, 10, text)
        pdf.set_text_color(0, 0, 0)

    def text_at(x, y, w, text, size=11, style="", lh=None, color=(0, 0, 0)):
        pdf.set_xy(x, y)
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(w, lh or size * 0.5, text, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        return pdf.get_y()

    # --- slide 1: title and vision
    pdf.add_page()
    pdf.set_fill_color(*navy)
    pdf.rect(0, 0, 297, 210, style="F")
    pdf.set_fill_color(*orange)
    pdf.rect(15, 40, 6, 62, style="F")
    text_at(28, 40, 240, "Ravnsholt Kommune", 14, "B", color=(255, 255, 255))
    text_at(28, 52, 240, "Beskæftigelses- og integrationsstrategi 2026–2028", 28, "B", lh=13,
            color=(255, 255, 255))
    text_at(28, 86, 240, "Job og fællesskab for alle, der kan", 16, "I", color=(255, 255, 255))
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(28, 120, 240, 44, style="F")
    text_at(36, 127, 224, "Vision", 12, "B", color=navy)
    text_at(36, 136, 224,
            "Alle borgere i Ravnsholt, der kan arbejde, skal have et job og være en del af "
            "fællesskabet på en arbejdsplads.", 15, "B", lh=8, color=navy)
    text_at(28, 178, 240,
            "Vedtaget af Beskæftigelses- og Integrationsudvalget den 14. januar 2026 · Jobcenter "
            "Ravnsholt og Integrationsafdelingen", 10, color=(220, 225, 235))

    # --- slide 2: key figures and purpose
    pdf.add_page()
    slide_title("Ravnsholt i tal – og hvorfor vi har en strategi")
    text_at(15, 32, 150, "Nøgletal 2025", 12, "B", color=navy)
    for i, (number, label) in enumerate(RAVNSHOLT_FIGURES):
        col, row = i % 2, i // 2
        x, y = 15 + col * 77, 42 + row * 50
        pdf.set_fill_color(*pale)
        pdf.rect(x, y, 72, 44, style="F")
        text_at(x + 5, y + 6, 62, number, 20, "B", lh=10, color=orange)
        text_at(x + 5, y + 20, 62, label, 10, lh=5)
    text_at(175, 32, 107, "Formål", 12, "B", color=navy)
    y = text_at(175, 41, 107,
                "Strategien samler Jobcenter Ravnsholt og Integrationsafdelingen om fem principper "
                "for, hvordan vi arbejder. Den skal gøre det tydeligt for borgere, virksomheder og "
                "medarbejdere, hvad de kan forvente af os.", 11, lh=5.8)
    text_at(175, y + 6, 107, "Kerneopgave", 12, "B", color=navy)
    y = text_at(175, y + 15, 107,
                "Vi hjælper borgere i job og uddannelse, og vi hjælper virksomhederne med at finde "
                "den arbejdskraft, de mangler.", 11, lh=5.8)
    text_at(175, y + 6, 107,
            "Ledigheden er lav, men 2.340 borgere står stadig uden for arbejdsmarkedet, og "
            "virksomhederne i Ravnsholt forventer at mangle 900 medarbejdere i 2027.", 11, lh=5.8)

    # --- slides 3 and 4: the principles in boxes
    def principle_box(n, x, y, w, h, title, text, goal):
        pdf.set_fill_color(*pale)
        pdf.rect(x, y, w, h, style="F")
        pdf.set_fill_color(*orange)
        pdf.rect(x, y, w, 2, style="F")
        text_at(x + 5, y + 6, w - 10, f"Princip {n}", 11, "B", color=orange)
        yy = text_at(x + 5, y + 14, w - 10, title, 14, "B", lh=7, color=navy)
        yy = text_at(x + 5, yy + 3, w - 10, text, 10.5, lh=5.4)
        yy = text_at(x + 5, yy + 4, w - 10, "Det måler vi på", 10, "B", color=navy)
        text_at(x + 5, yy + 1, w - 10, goal, 10.5, lh=5.4)

    pdf.add_page()
    slide_title("Fem principper for vores arbejde (1–3)")
    for i in range(3):
        title, text, goal = RAVNSHOLT_PRINCIPLES[i]
        principle_box(i + 1, 15 + i * 90, 36, 85, 112, title, text, goal)

    pdf.add_page()
    slide_title("Fem principper for vores arbejde (4–5) og målene samlet")
    for i in range(3, 5):
        title, text, goal = RAVNSHOLT_PRINCIPLES[i]
        principle_box(i + 1, 15 + (i - 3) * 135, 32, 130, 82, title, text, goal)
    pdf.set_xy(15, 122)
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_text_color(*navy)
    pdf.cell(0, 7, "Målene samlet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(18, 122, 25, 25, 77),
        text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        line_height=5.4,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=navy),
        cell_fill_color=pale,
        cell_fill_mode="ROWS",
        first_row_as_headings=True,
    ) as table:
        for row_data in RAVNSHOLT_TABLE:
            row = table.row()
            for value in row_data:
                row.cell(value)

    # --- slide 5: economy, follow-up and English summary
    pdf.add_page()
    slide_title("Økonomi, opfølgning og English summary")
    text_at(15, 34, 125, "Økonomi", 12, "B", color=navy)
    y = text_at(15, 43, 125,
                "Strategien gennemføres inden for beskæftigelsesbudgettet. Byrådet har desuden "
                "afsat en investeringspulje på 7,5 mio. kr. for 2026–2028, primært til det nye "
                "sundhedsteam og til jobrettet dansk i Sprogcenter Ravnsholt.", 11, lh=5.8)
    text_at(15, y + 6, 125, "Opfølgning", 12, "B", color=navy)
    y = text_at(15, y + 15, 125,
                "Beskæftigelses- og Integrationsudvalget får en resultatrapport hvert kvartal. "
                "Strategien midtvejsevalueres i juni 2027.", 11, lh=5.8)
    text_at(15, y + 6, 125, "Kontakt", 12, "B", color=navy)
    text_at(15, y + 15, 125, "Jobcenterchef Lars Thygesen, Jobcenter Ravnsholt, tlf. 96 22 40 00",
            11, lh=5.8)
    pdf.set_fill_color(*pale)
    pdf.rect(152, 32, 130, 100, style="F")
    text_at(158, 38, 118, "English summary", 13, "B", color=orange)
    y = text_at(158, 48, 118, RAVNSHOLT_SUMMARY[0], 10.5, lh=5.4)
    text_at(158, y + 4, 118, RAVNSHOLT_SUMMARY[1], 10.5, lh=5.4)

    out = HERE / "ravnsholt-beskaeftigelse-integration-2026-2028.pdf"
    pdf.output(str(out))
    write_meta(
        out.stem,
        organisation="Ravnsholt Kommune",
        area="Beskæftigelse og Integration",
        title="Beskæftigelses- og integrationsstrategi 2026–2028",
        kind="strategi",
        year=2026,
        period="2026–2028",
        url="",
    )


def main() -> None:
    make_hasselbjerg()
    make_ulvedal()
    make_elmebaek()
    make_tjoernehoej()
    make_ravnsholt()
    for path in sorted(HERE.iterdir()):
        if path.suffix in {".pdf", ".docx", ".html", ".md", ".toml"}:
            print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
