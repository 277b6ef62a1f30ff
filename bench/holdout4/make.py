"""Generate held-out set 4: five fictional Danish organisations, five new layouts.

Run: /work/main/.venv/bin/python make.py
Writes the documents, .meta.toml sidecars (three of five) and questions.jsonl next to this file.
Every organisation, person, place and number is invented.
"""
import datetime
import json
import os
import textwrap

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(HERE, name)


def write_meta(name, **kw):
    lines = []
    for k in ("organisation", "area", "title", "kind", "year", "period", "url"):
        v = kw[k]
        lines.append(f"{k} = {v}" if isinstance(v, int) else f'{k} = "{v}"')
    with open(out(name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 1. Hesselmark Kommune: DOCX, every fokusområde is one row of one big table
# ---------------------------------------------------------------------------
HESSELMARK_ROWS = [
    (
        "Aktive og meningsfulde seniorliv",
        "Andelen af borgere over 75 år, der deltager i et fællesskab mindst én gang om ugen, "
        "stiger fra 41 procent til 50 procent.",
        [
            "To nye seniorværksteder åbner i Skovlunde og Bækkerød i 2026.",
            "En frivillighedskoordinator hjælper foreningerne med at nå ensomme ældre.",
            "Forebyggende hjemmebesøg tilbydes alle borgere, når de fylder 75 og 80 år.",
        ],
        "Kultur og Fritid sammen med Ældrerådet",
    ),
    (
        "Rehabilitering før hjælp",
        "Mindst 70 procent af borgerne har brug for mindre eller ingen hjemmehjælp efter et "
        "afsluttet rehabiliteringsforløb.",
        [
            "Alle nye borgere i hjemmeplejen får tilbudt et rehabiliteringsforløb på op til 12 uger.",
            "Ergoterapeuter og fysioterapeuter indgår i hjemmeplejens faste teams.",
            "Digitale træningsprogrammer på tablet gør det muligt at træne hjemme mellem besøgene.",
        ],
        "Træning og Rehabilitering",
    ),
    (
        "Tryg og sammenhængende pleje i eget hjem",
        "En borger i hjemmeplejen møder højst 8 forskellige medarbejdere på en måned.",
        [
            "Hjemmeplejen organiseres i små faste teams med 10-12 medarbejdere.",
            "Social- og sundhedsassistenter får ansvar for flere sygeplejefaglige opgaver, "
            "fx medicindosering og sårpleje.",
            "Borgeren får én fast kontaktperson, som koordinerer med sygeplejen og egen læge.",
        ],
        "Hjemmeplejen og Sygeplejen",
    ),
    (
        "Et godt hverdagsliv på plejecentret",
        "Alle beboere har en opdateret livshistorie og en aftale om daglige aktiviteter senest "
        "tre måneder efter indflytning.",
        [
            "Det nye plejecenter Mosehaven med 72 boliger tages i brug 1. marts 2028.",
            "Maden tilberedes i egne køkkener på alle plejecentre.",
            "Beboeren og de pårørende indgår en pårørendeaftale ved indflytningen.",
        ],
        "Plejecentrene",
    ),
    (
        "Et demensvenligt Hesselmark",
        "Kommunen har 2.500 demensvenner inden udgangen af 2027.",
        [
            "Demenskoordinatorerne udvides fra tre til fem stillinger.",
            "En pårørendeskole for pårørende til mennesker med demens starter to gange om året.",
            "Aflastningspladser kan bookes med kort varsel via Demenslinjen.",
        ],
        "Demensteamet i Sundhed og Omsorg",
    ),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def save_docx(doc, path):
    """Save with fixed zip timestamps so reruns are byte-identical."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def make_hesselmark():
    doc = Document()
    doc.core_properties.author = "Hesselmark Kommune"
    doc.core_properties.title = "Ældre- og værdighedspolitik 2026-2029"
    doc.core_properties.created = datetime.datetime(2026, 1, 27, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 1, 27, 9, 0, 0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Hesselmark Kommune · Sundhed og Omsorg"
    sec.footer.paragraphs[0].text = "Ældre- og værdighedspolitik 2026-2029"

    doc.add_paragraph("Hesselmark Kommune", style="Subtitle")
    doc.add_paragraph("Ældre- og værdighedspolitik 2026-2029", style="Title")
    doc.add_paragraph("Et godt ældreliv i Hesselmark")

    doc.add_heading("Forord", level=1)
    doc.add_paragraph(
        "Hesselmark Kommune har en lang tradition for at tage ældrelivet alvorligt. Da byrådet i "
        "2016 vedtog den første værdighedspolitik, var fokus især på plejen på kommunens syv "
        "plejecentre. Siden er billedet ændret. Flere ældre bor længere i eget hjem, flere lever "
        "med en eller flere kroniske sygdomme, og der bliver færre hænder til at løse opgaverne."
    )
    doc.add_paragraph(
        "Med denne politik for 2026-2029 samler vi ældreområdet om én retning. Politikken er "
        "blevet til i tæt dialog med Ældrerådet, pårørende, medarbejdere og frivillige, som vi "
        "har mødt på seks dialogmøder i løbet af foråret 2025. Tak for de mange gode input."
    )
    doc.add_paragraph(
        "Politikken gælder for alle kommunens tilbud til borgere over 65 år - fra den "
        "forebyggende indsats og træningen til hjemmeplejen, sygeplejen og plejecentrene."
    )

    doc.add_heading("Vision", level=1)
    p = doc.add_paragraph()
    r = p.add_run(
        "Vi vil et Hesselmark, hvor ældre lever et godt og selvstændigt liv med mening, "
        "fællesskab og tryghed - hele livet."
    )
    r.italic = True

    doc.add_heading("Kerneopgave", level=1)
    doc.add_paragraph(
        "Ældreområdets kerneopgave er at understøtte, at den enkelte borger kan mestre sin egen "
        "hverdag så længe som muligt, og at give omsorg og pleje af høj faglig kvalitet, når "
        "borgeren ikke længere kan klare sig selv."
    )

    doc.add_heading("Politikken på én side", level=1)
    doc.add_paragraph(
        "Tabellen samler politikkens fem fokusområder. For hvert fokusområde står det mål, vi "
        "vil nå inden udgangen af 2029, de vigtigste indsatser, og hvem der har ansvaret for at "
        "føre dem ud i livet."
    )
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.6), Cm(4.4), Cm(6.4), Cm(3.0)]
    for i, h in enumerate(["Fokusområde", "Mål", "Indsatser", "Ansvarlig"]):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "2F5F4F")
    for focus, goal, acts, resp in HESSELMARK_ROWS:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(focus).bold = True
        shade(cells[0], "E3EFE9")
        cells[1].text = goal
        cells[2].text = "• " + acts[0]
        for a in acts[1:]:
            cells[2].add_paragraph("• " + a)
        cells[3].text = resp
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
            for par in row.cells[i].paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9.5)

    doc.add_heading("Nøgletal", level=1)
    for t in [
        "Antallet af borgere over 80 år forventes at stige fra 3.150 i 2025 til 4.020 i 2030.",
        "Hjemmeplejen hjælper i dag omkring 1.480 borgere.",
        "Ældreområdets budget er 612 mio. kr. i 2026.",
        "Der er 412 plejeboliger fordelt på syv plejecentre.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Opfølgning", level=1)
    doc.add_paragraph(
        "Social- og Ældreudvalget følger op på politikken hvert år i september, hvor "
        "forvaltningen fremlægger en status på målene i tabellen. Ældrerådet inddrages i "
        "opfølgningen. Politikken evalueres i efteråret 2029, inden en ny politik udarbejdes."
    )

    doc.add_paragraph("Vedtaget af Hesselmark Byråd den 27. januar 2026.")
    sig = doc.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Birthe Vinterlund Riis"
    sig.cell(1, 0).text = "Borgmester"
    sig.cell(0, 1).text = "Jonas Ravn Holst"
    sig.cell(1, 1).text = "Formand for Social- og Ældreudvalget"
    save_docx(doc, out("hesselmark-aeldre-vaerdighedspolitik-2026-2029.docx"))
    write_meta(
        "hesselmark-aeldre-vaerdighedspolitik-2026-2029.meta.toml",
        organisation="Hesselmark Kommune",
        area="Ældre",
        title="Ældre- og værdighedspolitik 2026-2029",
        kind="politik",
        year=2026,
        period="2026-2029",
        url="https://www.hesselmark.dk/politik/aeldre-og-vaerdighedspolitik",
    )


# ---------------------------------------------------------------------------
# 2. Askerød Kommune: landscape PDF, three columns, shaded fact box (no sidecar)
# ---------------------------------------------------------------------------
ASKEROED_BLOCKS = [
    ("h", "Forord"),
    ("p", "Askerød har aldrig haft så mange borgere i beskæftigelse som nu. Alligevel står "
          "omkring 2.900 borgere i den arbejdsdygtige alder uden for arbejdsmarkedet, og "
          "virksomhederne i kommunen melder om mangel på arbejdskraft. Da vi i 2019 lavede den "
          "seneste beskæftigelsesplan, var ledigheden dobbelt så høj. I dag handler opgaven i "
          "højere grad om borgere, der er langt fra arbejdsmarkedet, og om at skaffe "
          "kvalificeret arbejdskraft til virksomhederne."),
    ("p", "Strategien er udarbejdet af Jobcenter Askerød i samarbejde med Erhvervsrådet, de "
          "faglige organisationer og Handicaprådet. Den bygger på de gode erfaringer, vi har "
          "gjort med virksomhedsrettede forløb i de seneste år."),
    ("h", "Vision"),
    ("p", "Alle borgere i Askerød, der kan arbejde, skal have en plads på arbejdsmarkedet - og "
          "ingen skal parkeres i et system uden retning."),
    ("h", "Formål"),
    ("p", "Strategien sætter retning for Jobcenter Askerøds arbejde i perioden 2026-2028 og "
          "prioriterer de ressourcer, kommunen bruger på beskæftigelsesindsatsen. Den gælder for "
          "alle målgrupper, fra dagpengemodtagere til borgere i ressourceforløb. Strategien har "
          "fire prioriteter, som er beskrevet herunder."),
    ("box", "Askerød i tal (2025)", [
        ("Borgere på offentlig forsørgelse", "4.350"),
        ("Fuldtidsledige", "1.120"),
        ("Ledighed", "3,1 procent"),
        ("Ungeledighed (16-29 år)", "5,4 procent"),
        ("Borgere i fleksjob", "860"),
        ("Borgere i ressourceforløb", "210"),
        ("Budget til beskæftigelse 2026", "318 mio. kr."),
    ]),
    ("h", "Prioritet 1: Unge i uddannelse og job"),
    ("s", "Det vil vi opnå"),
    ("p", "Antallet af unge under 30 år på uddannelseshjælp skal falde med 25 procent inden "
          "udgangen af 2028."),
    ("s", "Det gør vi"),
    ("b", "Et samlet ungeteam, hvor Ungdommens Uddannelsesvejledning og jobcentret sidder "
          "sammen i Ungehuset på Torvegade."),
    ("b", "Alle unge får en mentor senest 14 dage efter første samtale."),
    ("b", "Brobygningsforløb til erhvervsuddannelserne i samarbejde med Askerød Tekniske Skole."),
    ("h", "Prioritet 2: Virksomhederne som samarbejdspartnere"),
    ("s", "Det vil vi opnå"),
    ("p", "Mindst 450 virksomheder i kommunen har et aktivt samarbejde med jobcentret om "
          "rekruttering eller praktik i 2028."),
    ("s", "Det gør vi"),
    ("b", "En fælles virksomhedsservice med én indgang for alle arbejdsgivere."),
    ("b", "Jobmesse to gange om året på Askerød Rådhus."),
    ("b", "Rekrutteringspakker til brancher med mangel på arbejdskraft, især byggeri, "
          "transport og sundhed."),
    ("h", "Prioritet 3: Vej til job for borgere med komplekse problemer"),
    ("s", "Det vil vi opnå"),
    ("p", "Halvdelen af borgerne i ressourceforløb skal have haft mindst én virksomhedspraktik "
          "eller timer i løntilskud inden for det første år."),
    ("s", "Det gør vi"),
    ("b", "Tværfaglige teams med sagsbehandler, sundhedsfaglig konsulent og misbrugskonsulent."),
    ("b", "IPS-metoden, hvor borgeren får støtte til at finde og fastholde et almindeligt job, "
          "udbredes til borgere med psykiske lidelser."),
    ("b", "Småjob på 2-10 timer om ugen som første skridt mod arbejdsmarkedet."),
    ("h", "Prioritet 4: Fastholdelse og sygefravær"),
    ("s", "Det vil vi opnå"),
    ("p", "Den gennemsnitlige varighed af et sygedagpengeforløb skal ned fra 24 uger til 20 "
          "uger inden udgangen af 2028."),
    ("s", "Det gør vi"),
    ("b", "Tidlig dialog med arbejdsgiveren inden for de første fire uger af sygemeldingen."),
    ("b", "Delvis raskmelding bruges som hovedregel, når det er fagligt forsvarligt."),
    ("b", "Fastholdelseskonsulenter besøger arbejdspladser med mange langtidssygemeldte."),
    ("h", "Opfølgning"),
    ("p", "Beskæftigelsesudvalget får en status på strategiens mål hvert kvartal. Målene "
          "justeres ved en midtvejsevaluering i juni 2027."),
    ("p", "Askerød, den 3. december 2025"),
    ("sig", ["Mette Sandgaard Friis", "Formand for Beskæftigelsesudvalget"]),
    ("sig", ["Anders Bro Nikolajsen", "Jobcenterchef, Jobcenter Askerød"]),
]


class AskerodPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.set_xy(12, 7)
            self.cell(0, 5, "Askerød Kommune · Beskæftigelsesstrategi 2026-2028")
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.set_xy(12, 200)
        self.cell(273, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def make_askeroed():
    pdf = AskerodPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 12, 3, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", f"{FONTS}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONTS}/DejaVuSans-Bold.ttf")
    pdf.set_title("Beskæftigelsesstrategi 2026-2028")
    pdf.set_author("Askerød Kommune")
    margin, gap = 12, 8
    colw = (297 - 2 * margin - 2 * gap) / 3
    bottom = 194
    lh = 4.7

    pdf.add_page()
    pdf.set_fill_color(24, 70, 110)
    pdf.rect(0, 0, 297, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(margin, 8)
    pdf.cell(0, 6, "Askerød Kommune")
    pdf.set_font("DejaVu", "B", 22)
    pdf.set_xy(margin, 15)
    pdf.cell(0, 10, "Beskæftigelsesstrategi 2026-2028")
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(margin, 27)
    pdf.cell(0, 6, "Flere i job - færre på kanten af arbejdsmarkedet")
    pdf.set_text_color(0, 0, 0)

    state = {"col": 0, "y": 46, "top": 46}

    def x():
        return margin + state["col"] * (colw + gap)

    def need(h):
        if state["y"] + h > bottom:
            state["col"] += 1
            if state["col"] > 2:
                pdf.add_page()
                state["col"] = 0
                state["top"] = 16
            state["y"] = state["top"]

    def lines(text, w, style="", size=9.5):
        pdf.set_font("DejaVu", style, size)
        return pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")

    for blk in ASKEROED_BLOCKS:
        kind = blk[0]
        if kind == "h":
            ls = lines(blk[1], colw, "B", 12)
            need(len(ls) * 6 + 3 + 3 * lh)
            state["y"] += 2
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_text_color(24, 70, 110)
            for ln in ls:
                pdf.set_xy(x(), state["y"])
                pdf.cell(colw, 6, ln)
                state["y"] += 6
            pdf.set_text_color(0, 0, 0)
            state["y"] += 1
        elif kind == "s":
            need(lh * 3)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_xy(x(), state["y"])
            pdf.cell(colw, lh, blk[1])
            state["y"] += lh
        elif kind in ("p", "b"):
            ind = 4 if kind == "b" else 0
            ls = lines(blk[1], colw - ind)
            first = True
            for ln in ls:
                need(lh)
                pdf.set_font("DejaVu", "", 9.5)
                if first and kind == "b":
                    pdf.set_xy(x(), state["y"])
                    pdf.cell(ind, lh, "•")
                pdf.set_xy(x() + ind, state["y"])
                pdf.cell(colw - ind, lh, ln)
                state["y"] += lh
                first = False
            state["y"] += 1.8
        elif kind == "box":
            title, rows = blk[1], blk[2]
            h = 9 + len(rows) * 6 + 4
            need(h)
            state["y"] += 2
            pdf.set_fill_color(226, 236, 245)
            pdf.set_draw_color(24, 70, 110)
            pdf.rect(x(), state["y"], colw, h, style="DF")
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_xy(x() + 3, state["y"] + 2)
            pdf.cell(colw - 6, 6, title)
            yy = state["y"] + 10
            for label, val in rows:
                pdf.set_font("DejaVu", "", 9)
                pdf.set_xy(x() + 3, yy)
                pdf.cell(colw - 30, 5, label)
                pdf.set_font("DejaVu", "B", 9)
                pdf.set_xy(x() + colw - 30, yy)
                pdf.cell(27, 5, val, align="R")
                yy += 6
            state["y"] += h + 4
        elif kind == "sig":
            need(14)
            state["y"] += 4
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_xy(x(), state["y"])
            pdf.cell(colw, lh, blk[1][0])
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_xy(x(), state["y"] + lh)
            pdf.cell(colw, lh, blk[1][1])
            state["y"] += 2 * lh + 2
    pdf.output(out("askeroed-beskaeftigelsesstrategi-2026-2028.pdf"))


# ---------------------------------------------------------------------------
# 3. Kildebjerg Kommune: CMS page, <div class="h2"> headings, <details> accordions
# ---------------------------------------------------------------------------
KILDEBJERG_GOALS = [
    ("Trivsel og fællesskaber", [
        "Alle skoler holder trivselsmøder i hver klasse mindst én gang om måneden.",
        "Klubtilbuddet udvides, så klubberne har åbent til kl. 21 fire aftener om ugen.",
        "Et Ungepanel med 25 unge rådgiver Børne- og Skoleudvalget om sager, der vedrører unge.",
    ], "Andelen af elever i 4.-9. klasse med høj trivsel skal stige fra 86 procent til 90 procent."),
    ("Tidlig og forebyggende indsats", [
        "Hvert skoledistrikt får et Tidligt Team med en socialrådgiver, en psykolog og en "
        "sundhedsplejerske.",
        "Sundhedsplejen tilbyder et ekstra hjemmebesøg til førstegangsforældre, når barnet er "
        "8 måneder.",
        "Forældre kan få anonym rådgivning i Familierådgivningen uden visitation.",
    ], "Mindst 60 procent af familierne skal have den første hjælp inden for 14 dage efter "
       "henvendelsen."),
    ("Læring og dannelse", [
        "Læsebånd på 20 minutter hver dag i indskolingen.",
        "Alle 0.-3. klasser får tilknyttet en sprogvejleder.",
        "Udeskole mindst én dag om ugen på mellemtrinnet.",
    ], "Mindst 85 procent af eleverne skal være i gang med en ungdomsuddannelse et år efter "
       "9. klasse."),
    ("Sunde børn og unge", [
        "Røgfri skoletid for elever og ansatte på alle skoler fra 1. august 2026.",
        "Gratis morgenmad på de skoler, hvor mange børn kommer fra familier med lav indkomst.",
        "Undervisningsforløbet ABC for mental sundhed bruges på alle årgange i udskolingen.",
    ], "Andelen af 15-årige, der dagligt ryger eller bruger nikotinprodukter, skal halveres "
       "fra 12 procent til 6 procent."),
    ("Stærke overgange", [
        "Et fælles overleveringsmøde mellem børnehave, skole og forældre før skolestart.",
        "Brobygning fra 8. klasse til ungdomsuddannelserne i Kildebjerg og omegn.",
        "Et samlet ungeforløb for unge med særlige behov fra 17 til 23 år.",
    ], "Alle børn med særlige behov har en skriftlig overgangsplan senest tre måneder før "
       "skiftet."),
]


def make_kildebjerg():
    acc = []
    for i, (title, acts, measure) in enumerate(KILDEBJERG_GOALS, 1):
        lis = "\n".join(f"          <li>{a}</li>" for a in acts)
        acc.append(f"""      <details class="accordion" id="maal-{i}">
        <summary class="accordion__title">Strategisk mål {i}: {title}</summary>
        <div class="accordion__body">
          <div class="h3">Det vil vi</div>
          <ul>
{lis}
          </ul>
          <div class="h3">Sådan ved vi, om vi lykkes</div>
          <p>{measure}</p>
        </div>
      </details>""")
    accordions = "\n".join(acc)
    html = f"""<!DOCTYPE html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <title>Børne- og ungepolitik 2026-2030 | Kildebjerg Kommune</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/site.min.css">
  <style>
    .h1 {{ font-size: 2.2rem; font-weight: 700; }}
    .h2 {{ font-size: 1.6rem; font-weight: 700; margin-top: 2rem; }}
    .h3 {{ font-size: 1.1rem; font-weight: 700; }}
    details.accordion {{ border-top: 1px solid #ccc; padding: .6rem 0; }}
  </style>
</head>
<body class="page-template-politik">
  <div class="skip-link"><a href="#main">Gå til indhold</a></div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/static/img/kildebjerg-logo.svg" alt="Kildebjerg Kommune"></a>
    <nav class="mega-menu" aria-label="Hovedmenu">
      <ul>
        <li><a href="/borger">Borger</a></li>
        <li><a href="/erhverv">Erhverv</a></li>
        <li><a href="/politik">Politik og demokrati</a></li>
        <li><a href="/job">Job i kommunen</a></li>
        <li><a href="/kontakt">Kontakt</a></li>
      </ul>
    </nav>
    <form class="search" action="/soeg"><input type="search" name="q" placeholder="Søg på kildebjerg.dk"></form>
  </header>
  <div class="breadcrumb">
    <a href="/">Forside</a> › <a href="/politik">Politik og demokrati</a> ›
    <a href="/politik/politikker">Politikker og strategier</a> › <span>Børne- og ungepolitik</span>
  </div>
  <main id="main" class="content">
    <article class="cms-article">
      <div class="h1">Børne- og ungepolitik 2026-2030</div>
      <div class="manchet">Kildebjerg Kommunes fælles politik for alle børn og unge fra 0 til 18 år.</div>

      <div class="h2">Forord</div>
      <div class="rte">
        <p>Kildebjerg er en god kommune at vokse op i. Det viser både trivselsmålingerne og de
        mange samtaler, vi har haft med børn, unge og forældre. Men vi ser også, at flere unge
        oplever ensomhed og præstationspres, og at for mange børn får hjælp for sent. Siden den
        forrige børne- og ungepolitik fra 2018 er antallet af underretninger næsten fordoblet.</p>
        <p>Med den nye politik vil vi flytte indsatsen tidligere og tættere på børnenes hverdag.
        Politikken er udarbejdet i samarbejde med Børne- og Ungebyrådet, skolebestyrelser,
        forældrebestyrelser og medarbejdere fra dagtilbud, skoler, PPR og familieafdelingen.</p>
      </div>

      <div class="h2">Vision</div>
      <div class="rte">
        <p class="quote">Alle børn og unge i Kildebjerg skal have et godt børneliv og blive så
        dygtige, som de kan - i trygge fællesskaber, hvor de bliver set og hørt.</p>
      </div>

      <div class="h2">Politikkens formål</div>
      <div class="rte">
        <p>Politikken er den fælles ramme for alt kommunens arbejde med børn og unge fra 0 til
        18 år. Den gælder for dagplejen, vuggestuer og børnehaver, skoler og SFO, klubber,
        sundhedsplejen, PPR og familieområdet. Politikken skal sikre, at vi arbejder i samme
        retning, og at barnet og familien oplever én sammenhængende kommune.</p>
      </div>

      <div class="h2">Fem strategiske mål</div>
      <div class="rte"><p>Klik på et mål for at se, hvad vi vil gøre, og hvordan vi måler, om vi lykkes.</p></div>
      <div class="accordion-group">
{accordions}
      </div>

      <div class="h2">Kildebjerg i tal</div>
      <div class="factbox">
        <ul class="factlist">
          <li><span class="num">8.950</span> børn og unge mellem 0 og 17 år</li>
          <li><span class="num">14</span> folkeskoler og 31 daginstitutioner</li>
          <li><span class="num">1.640</span> underretninger i 2025</li>
          <li><span class="num">1,2 mia. kr.</span> i budget til børn og unge i 2026</li>
        </ul>
      </div>

      <div class="h2">Opfølgning</div>
      <div class="rte">
        <p>Børne- og Skoleudvalget og Social- og Familieudvalget gør status på politikken hvert
        andet år. Den første status fremlægges i maj 2027, og Børne- og Ungebyrådet inviteres
        med til drøftelsen.</p>
      </div>

      <div class="signature">
        <p>Vedtaget af Kildebjerg Byråd den 9. december 2025</p>
        <p><strong>Lone Vestergaard Aamann</strong><br>Borgmester</p>
        <p><strong>Peter Hjort Damgaard</strong><br>Formand for Børne- og Skoleudvalget</p>
      </div>
    </article>
    <aside class="sidebar">
      <div class="sidebar__box">
        <div class="h3">Relaterede sider</div>
        <ul>
          <li><a href="/politik/politikker/sammenhaengende-boernepolitik">Sammenhængende børnepolitik (arkiv)</a></li>
          <li><a href="/borger/skole">Skole og SFO</a></li>
          <li><a href="/borger/dagtilbud">Dagtilbud</a></li>
        </ul>
      </div>
      <div class="sidebar__box">
        <a class="download" href="/media/boerne-ungepolitik-2026-2030.pdf">Hent politikken som PDF</a>
      </div>
    </aside>
  </main>
  <section class="feedback">
    <div class="h3">Kunne du bruge indholdet på siden?</div>
    <button>Ja</button> <button>Nej</button>
  </section>
  <footer class="site-footer">
    <p>Kildebjerg Kommune · Rådhustorvet 1 · Tlf. 64 20 10 00</p>
    <p>Siden er senest opdateret 14.01.2026</p>
    <p><a href="/cookies">Cookies</a> · <a href="/tilgaengelighed">Tilgængelighedserklæring</a></p>
  </footer>
</body>
</html>
"""
    with open(out("kildebjerg-boerne-ungepolitik-2026-2030.html"), "w", encoding="utf-8") as f:
        f.write(html)
    write_meta(
        "kildebjerg-boerne-ungepolitik-2026-2030.meta.toml",
        organisation="Kildebjerg Kommune",
        area="Børn og unge",
        title="Børne- og ungepolitik 2026-2030",
        kind="politik",
        year=2025,
        period="2026-2030",
        url="https://www.kildebjerg.dk/politik/politikker/boerne-og-ungepolitik",
    )


# ---------------------------------------------------------------------------
# 4. Sølvhøj Kommune: Markdown with setext headings and nested "1." / "   a." lists
# ---------------------------------------------------------------------------
SOELVHOEJ_MD = """Sundhedspolitik 2025-2028
=========================

Sølvhøj Kommune · Sundhed i hele Sølvhøj


Forord
------

Sundhed skabes i hverdagen - i familien, på arbejdspladsen, i foreningslivet og i
naboskabet. Det var udgangspunktet, da Sølvhøj i 2014 fik sin første sundhedspolitik, og det
er det stadig. Alligevel er udfordringerne blevet større. Hver fjerde voksne i Sølvhøj har et
dårligt mentalt helbred, og forskellen i middellevetid mellem borgere med kort og lang
uddannelse er på over fem år.

Sundhedspolitikken for 2025-2028 sætter fire prioriteter, som hele kommunen skal arbejde med
på tværs af forvaltninger. Politikken er udarbejdet af Sundheds- og Forebyggelsesudvalget
efter en borgerinddragelse med over 600 besvarelser og fire borgermøder.


Vision
------

Sølvhøj skal være et sted, hvor det sunde valg er det lette valg, og hvor alle borgere har
lige muligheder for et langt liv med god livskvalitet.


Formål
------

Sundhedspolitikken er byrådets overordnede ramme for kommunens forebyggelse og
sundhedsfremme. Den gælder for alle forvaltninger og skal bruges, når vi planlægger nye
tilbud, bygger om eller indgår aftaler med foreninger og virksomheder. Politikken supplerer
sundhedsaftalen med regionen.


Sådan er politikken bygget op
-----------------------------

Politikken har fire prioriteter. Under hver prioritet står de mål, vi vil nå (1, 2), og
under hvert mål de indsatser, der skal få os derhen (a, b).


Mental sundhed hele livet
-------------------------

Mental sundhed er en forudsætning for at kunne lære, arbejde og indgå i fællesskaber. Vi vil
styrke den mentale sundhed hos både unge og voksne.

1. Færre unge med dårligt mentalt helbred. Andelen af 16-24-årige med dårligt mentalt
   helbred skal falde fra 29 procent til 22 procent.
   a. Vi åbner Snakkerummet, et gratis og anonymt samtaletilbud for unge mellem 12 og 25 år,
      på Sølvhøj Bibliotek.
   b. Alle ungdomsuddannelser i kommunen får tilknyttet en trivselsmedarbejder fra
      Sundhedsafdelingen.
2. Færre voksne, der føler sig ensomme.
   a. Forløbet "Ny i livet" for borgere, der har mistet en ægtefælle, udbydes fire gange om
      året.
   b. Foreninger kan søge Fællesskabspuljen på 400.000 kr. årligt til aktiviteter for
      ensomme borgere.


Et røgfrit Sølvhøj
------------------

Rygning er stadig den største enkeltstående årsag til sygdom og tidlig død. Ingen børn og
unge i Sølvhøj skal begynde at ryge eller bruge nikotin.

1. En røgfri generation. Ingen unge under 18 år skal kunne købe tobak eller
   nikotinprodukter i Sølvhøj.
   a. Kommunen gennemfører kontrolkøb i butikkerne i samarbejde med politiet to gange om
      året.
   b. Røgfri skoletid på alle skoler og ungdomsuddannelser fra skoleåret 2025/26.
2. Flere rygere stopper.
   a. Gratis rygestopkurser i dagtimerne, om aftenen og online.
   b. Rygestop tilbydes systematisk til alle borgere, der er i kontakt med jobcentret eller
      hjemmesygeplejen.


Bevægelse i hverdagen
---------------------

Fysisk aktivitet forebygger sygdom og giver overskud i hverdagen. Vi vil gøre det nemt at
bevæge sig, uanset alder og form.

1. Flere voksne er fysisk aktive mindst 30 minutter om dagen.
   a. Cykelstien mellem Sølvhøj By og Vesterlund på 7 km åbner i 2026.
   b. Udendørs træningspladser i alle syv lokalområder.
2. Flere børn bevæger sig i skole og fritid.
   a. Den daglige bevægelse i skoledagen følges op i kvalitetsrapporten.
   b. Sølvhøj Sommerbevægelse giver gratis idrætsaktiviteter for børn i sommerferien.


Lighed i sundhed
----------------

Der er stor ulighed i sundhed i Sølvhøj. Borgere med kort uddannelse lever i gennemsnit fem
år kortere end borgere med lang uddannelse.

1. Uligheden i middellevetid skal mindskes.
   a. Sundhedstjek i boligområderne Østparken og Møllebakken, hvor sundhedsambassadører, der
      taler beboernes sprog, hjælper med at nå ud.
   b. Målrettede forløb for borgere med type 2-diabetes, KOL og hjertesygdom i Sundhedscenter
      Sølvhøj.
2. Sundhed tænkes ind i alle beslutninger.
   a. Alle sager til byrådet får en vurdering af konsekvenserne for folkesundheden.


Nøgletal
--------

| Indikator | 2024 | Mål 2028 |
|---|---|---|
| Dagligrygere blandt voksne | 14 % | 9 % |
| Unge (16-24 år) med dårligt mentalt helbred | 29 % | 22 % |
| Voksne, der er fysisk aktive mindst 30 minutter dagligt | 58 % | 65 % |
| Voksne, der ofte føler sig ensomme | 7 % | 5 % |
| Forskel i middellevetid mellem kort og lang uddannelse | 5,2 år | 4,5 år |


Opfølgning
----------

Sundheds- og Forebyggelsesudvalget får hvert år i marts en status på politikkens mål. Den
nationale sundhedsprofil fra 2027 bruges til at måle, om vi er på vej.


Sølvhøj, den 24. april 2025

Hanne Lykkegaard Brix  
Formand for Sundheds- og Forebyggelsesudvalget

Kasper Ølgaard Sejr  
Sundhedschef
"""


def make_soelvhoej():
    with open(out("soelvhoej-sundhedspolitik-2025-2028.md"), "w", encoding="utf-8") as f:
        f.write(SOELVHOEJ_MD)
    write_meta(
        "soelvhoej-sundhedspolitik-2025-2028.meta.toml",
        organisation="Sølvhøj Kommune",
        area="Sundhed",
        title="Sundhedspolitik 2025-2028",
        kind="politik",
        year=2025,
        period="2025-2028",
        url="https://www.soelvhoej.dk/sundhed/sundhedspolitik",
    )


# ---------------------------------------------------------------------------
# 5. Mørkedal Kommune: e-mail/memo text, "Mål 1:" ... "Mål 5:" with "Handling:" lines
# ---------------------------------------------------------------------------
MOERKEDAL_TXT = """Fra:      Social og Sundhed, Mørkedal Kommune
Til:      Ledere og medarbejdere på handicap- og psykiatriområdet
Cc:       Handicaprådet
Dato:     12. februar 2026
Emne:     Den nye handicappolitik 2026-2030 - hvad betyder den for os?

Kære alle

Byrådet vedtog den 28. januar 2026 Mørkedal Kommunes nye handicappolitik for perioden
2026-2030. Politikken afløser den handicappolitik, vi har arbejdet efter siden 2017, og den er
blevet til efter et langt forløb med Handicaprådet, brugerorganisationerne og jer
medarbejdere. Tak for jeres bidrag.

I denne mail får I et overblik over politikkens indhold. Den fulde politik ligger på
intranettet, og jeres leder gennemgår den på et personalemøde inden 1. april 2026.

VORES VISION
Mennesker med handicap i Mørkedal skal kunne leve et liv som alle andre - med egen bolig, et
job eller en meningsfuld beskæftigelse, venner og fritidsinteresser.

VORES KERNEOPGAVE
Vi skaber sammen med borgeren de bedste betingelser for et selvstændigt liv. Vi tager
udgangspunkt i borgerens egne ønsker og ressourcer, og vi giver den støtte, der skal til -
hverken mere eller mindre.

POLITIKKENS FEM MÅL

Mål 1: Borgeren bestemmer over sit eget liv
   Handling: Alle borgere i botilbud får en årlig samtale om egne mål, hvor borgeren selv
   vælger, hvem der deltager.
   Handling: Borgerne får adgang til deres egen plan i appen Min Plan, så de kan følge med i
   mål og aftaler.
   Handling: Borgere kan få en bisidder fra Handicaprådets frivilligkorps med til møder med
   kommunen.

Mål 2: Flere i job og uddannelse
   Handling: Vi skaber 40 nye fleksjob og skånejob på kommunens egne arbejdspladser inden
   udgangen af 2028.
   Handling: Alle elever på STU skal have mindst ét praktikforløb i en virksomhed.
   Handling: Jobcentret ansætter to specialiserede handicapkonsulenter.

Mål 3: En bolig, der passer til den enkelte
   Handling: Vi bygger 32 nye almene boliger med bostøtte på Kildevej i Nørre Tjørne, som
   står klar i 2028.
   Handling: Ventetiden på et botilbud må højst være seks måneder.
   Handling: Bostøtte kan også gives digitalt, fx som videosamtale om aftenen.

Mål 4: Et tilgængeligt Mørkedal
   Handling: Alle kommunens bygninger får en tilgængelighedsgennemgang inden udgangen af 2027.
   Handling: Vi afsætter 1,5 mio. kr. om året til ramper, døråbnere og handicaptoiletter.
   Handling: Kommunens hjemmeside og selvbetjening skal leve op til kravene om
   webtilgængelighed.

Mål 5: Fritid og fællesskab for alle
   Handling: Foreninger kan søge en fritidspulje på 250.000 kr. om året til at inkludere
   medlemmer med handicap.
   Handling: Ledsageordningen udvides fra 15 til 20 timer om måneden.
   Handling: Mørkedal-stævnet for parasport holdes hvert år i september.

NØGLETAL
   Borgere med en social indsats efter serviceloven ....... ca. 1.150
   Pladser i kommunens botilbud ........................... 214
   Borgere i fleksjob med et handicap ..................... 390
   Budget for handicap og psykiatri 2026 .................. 486 mio. kr.

HVAD SKER DER NU?
Hver afdeling skal aflevere en lokal handleplan til jeres områdechef senest 15. maj 2026.
Handleplanen skal vise, hvordan afdelingen arbejder med de fem mål. Handicaprådet følger op på
politikken to gange om året, og den samlede politik evalueres i 2030.

Har I spørgsmål, er I velkomne til at kontakte mig eller jeres områdechef.

Med venlig hilsen

Karina Dalsgaard Munk
Direktør for Social og Sundhed
Mørkedal Kommune
Tlf. 72 14 30 00 | social@moerkedal.dk
"""


def make_moerkedal():
    with open(out("moerkedal-handicappolitik-2026-2030.txt"), "w", encoding="utf-8") as f:
        f.write(MOERKEDAL_TXT)


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
H, A, K, S, M = ("Hesselmark Kommune", "Askerød Kommune", "Kildebjerg Kommune",
                 "Sølvhøj Kommune", "Mørkedal Kommune")


def q(id_, text, org, cite, say, kind):
    return {"id": id_, "q": text, "org": org, "cite": cite, "say": say, "kind": kind}


QUESTIONS = [
    # Hesselmark: big strategy table
    q("hesselmark-01", "hvad går fokusområde 3 ud på i hesselmarks ældrepolitik?", [H],
      [["Tryg og sammenhængende pleje i eget hjem"]], [["eget hjem"]], "structure"),
    q("hesselmark-02", "hvilke fokusområder er der i værdighedspolitikken for hesselmark kommune, list dem kort", [H],
      [["Aktive og meningsfulde seniorliv"], ["Rehabilitering før hjælp"], ["Et demensvenligt Hesselmark"]],
      [["seniorliv"], ["rehabilitering"], ["eget hjem"], ["plejecent"], ["demens"]], "structure"),
    q("hesselmark-03", "hvem har ansvaret for demensindsatsen i hesselmark?", [H],
      [["Demensteamet i Sundhed og Omsorg"]], [["Demensteamet"]], "table"),
    q("hesselmark-04", "hvor mange boliger får det nye plejecenter i hesselmark og hvornår åbner det", [H],
      [["Mosehaven med 72 boliger"]], [["72"], ["2028"]], "table"),
    q("hesselmark-05", "hvad er målet for rehab-forløbene i hesselmark kom.?", [H],
      [["Mindst 70 procent af borgerne"]], [["70"]], "table"),
    q("hesselmark-06", "hvornår blev ældrepolitikken vedtaget i hesselmark og hvem er borgmester?", [H],
      [["Hesselmark Byråd den 27. januar 2026"], ["Birthe Vinterlund Riis"]],
      [["27. januar 2026", "27 januar 2026", "27/1 2026"], ["Vinterlund Riis"]], "fact"),
    q("hesselmark-07", "jeg er sosu-assistent i hjemmeplejen i hesselmark, hvad betyder politikken for mig", [H],
      [["flere sygeplejefaglige opgaver", "små faste teams med 10-12 medarbejdere", "én fast kontaktperson"]],
      [], "team"),
    q("hesselmark-08", "hvornår er der storskraldsafhentning i hesselmark kommune?", [], [], [], "refuse"),
    # Askerød: landscape three-column PDF, no sidecar
    q("askeroed-01", "hvad er prioritet 3 i askerøds beskæftigelsesstrategi", [A],
      [["Vej til job for borgere med komplekse problemer"]], [["komplekse"]], "structure"),
    q("askeroed-02", "hvad gør askerød konkret for at få flere unge i uddannelse eller job?", [A],
      [["Alle unge får en mentor senest", "Et samlet ungeteam", "Brobygningsforløb til erhvervsuddannelserne"]],
      [["mentor", "ungeteam", "brobygning"]], "structure"),
    q("askeroed-03", "hvor lange må sygedagpengeforløb vare i askerød når strategien er nået", [A],
      [["fra 24 uger til 20"]], [["20 uger"]], "fact"),
    q("askeroed-04", "hvem er jobcenterchef i askerød kommune?", [A],
      [["Anders Bro Nikolajsen"]], [["Nikolajsen"]], "fact"),
    q("askeroed-05", "hvor mange borgere er i fleksjob i askerød ifølge faktaboksen", [A],
      [["Borgere i fleksjob"]], [["860"]], "table"),
    q("askeroed-06", "giv et kort overblik over askerød kommunes beskæftigelsesstrategi", [A],
      [["en plads på arbejdsmarkedet", "Unge i uddannelse og job", "Virksomhederne som samarbejdspartnere"]],
      [["unge"], ["virksomhed"]], "overview"),
    q("askeroed-07", "vi er virksomhedskonsulenter i jobcentret i askerød, hvad skal vi især have fokus på?", [A],
      [["fælles virksomhedsservice med én indgang", "Rekrutteringspakker til brancher", "Mindst 450 virksomheder"]],
      [["virksomhedsservice", "rekruttering", "450"]], "team"),
    q("askeroed-08", "hvad er åbningstiderne på genbrugspladsen i askerød?", [], [], [], "refuse"),
    # Kildebjerg: CMS page with accordions
    q("kildebjerg-01", "hvad går strategisk mål 2 ud på i kildebjerg", [K],
      [["Tidlig og forebyggende indsats"]], [["tidlig", "forebyg"]], "structure"),
    q("kildebjerg-02", "hvilke mål har kildebjergs børne og ungepolitik?", [K],
      [["Trivsel og fællesskaber"], ["Læring og dannelse"], ["Stærke overgange"]],
      [["trivsel"], ["tidlig"], ["læring"], ["sunde", "sundhed"], ["overgang"]], "structure"),
    q("kildebjerg-03", "hvornår bliver skoletiden røgfri i kildebjerg?", [K],
      [["Røgfri skoletid for elever og ansatte"]], [["1. august 2026", "1 august 2026", "august 2026"]], "fact"),
    q("kildebjerg-04", "hvor mange underretninger havde kildebjerg kommune sidste år (2025)", [K],
      [["1.640 underretninger i 2025"]], [["1.640", "1640"]], "fact"),
    q("kildebjerg-05", "jeg er sundhedsplejerske i kildebjerg – hvad betyder politikken for mit arbejde?", [K],
      [["ekstra hjemmebesøg til førstegangsforældre", "Tidligt Team med en socialrådgiver"]],
      [["hjemmebesøg", "Tidligt Team"]], "team"),
    q("kildebjerg-06", "kan du give mig et hurtigt overblik over børne- og ungepolitikken i kildebjerg", [K],
      [["et godt børneliv", "trygge fællesskaber"]], [["trivsel", "fællesskab"]], "overview"),
    q("kildebjerg-07", "What is Kildebjerg's target for smoking among 15-year-olds?", [K],
      [["fra 12 procent til 6 procent"]], [["12"], ["6"]], "english"),
    q("kildebjerg-08", "hvad koster en plads på musikskolen i kildebjerg?", [], [], [], "refuse"),
    # Sølvhøj: Markdown, setext headings, nested numbered lists
    q("soelvhoej-01", "hvad er den anden prioritet i sølvhøjs sundhedspolitik?", [S],
      [["Et røgfrit Sølvhøj"]], [["røgfri"]], "structure"),
    q("soelvhoej-02", "hvad vil sølvhøj gøre for at folk bevæger sig mere", [S],
      [["Cykelstien mellem Sølvhøj By og Vesterlund", "Udendørs træningspladser i alle syv lokalområder"]],
      [["cykelsti", "træningsplads"]], "structure"),
    q("soelvhoej-03", "hvor stor er fællesskabspuljen i sølvhøj kommune", [S],
      [["Fællesskabspuljen på 400.000 kr."]], [["400.000", "400 000", "400000"]], "fact"),
    q("soelvhoej-04", "hvor mange svarede i borgerinddragelsen til solvhøjs sundhedspolitik?", [S],
      [["over 600 besvarelser"]], [["600"]], "fact"),
    q("soelvhoej-05", "hvad er målet for dagligrygere i sølvhøj i 2028", [S],
      [["Dagligrygere blandt voksne"]], [["9 %", "9 procent", "9%"]], "table"),
    q("soelvhoej-06", "jeg underviser på en ungdomsuddannelse i sølvhøj, hvad betyder sundhedspolitikken for os", [S],
      [["trivselsmedarbejder fra Sundhedsafdelingen", "Røgfri skoletid på alle skoler og ungdomsuddannelser"]],
      [["trivselsmedarbejder", "røgfri"]], "team"),
    q("soelvhoej-07", "How will Sølvhøj reduce inequality in health?", [S],
      [["Sundhedstjek i boligområderne Østparken og Møllebakken", "sundhedsambassadører, der taler beboernes sprog"]],
      [["Østparken", "Møllebakken", "health check"]], "english"),
    q("soelvhoej-08", "må man lufte hund på stranden i sølvhøj om sommeren?", [], [], [], "refuse"),
    # Mørkedal: memo with Mål/Handling lines, no sidecar
    q("moerkedal-01", "hvad handler mål 4 om i mørkedals handicappolitik", [M],
      [["Et tilgængeligt Mørkedal"]], [["tilgængelig"]], "structure"),
    q("moerkedal-02", "hvad skal der ske med job i mørkedal kommunes handicappolitik", [M],
      [["40 nye fleksjob og skånejob"]], [["40"]], "structure"),
    q("moerkedal-03", "hvornår er deadline for den lokale handleplan i mørkedal?", [M],
      [["senest 15. maj 2026"]], [["15. maj", "15 maj", "15/5"]], "fact"),
    q("moerkedal-04", "hvem er direktør for social og sundhed i mørkedal", [M],
      [["Karina Dalsgaard Munk"]], [["Dalsgaard Munk"]], "fact"),
    q("moerkedal-05", "hvor mange timers ledsagelse kan man få om måneden i mørkedal nu", [M],
      [["fra 15 til 20 timer"]], [["20"]], "fact"),
    q("moerkedal-06", "jeg arbejder på et botilbud i mørkedal, hvad betyder den nye politik for os?", [M],
      [["årlig samtale om egne mål", "Ventetiden på et botilbud"]], [], "team"),
    q("moerkedal-07", "kort fortalt, hvad vil mørkedal med sin handicappolitik?", [M],
      [["et liv som alle andre", "et selvstændigt liv"]], [["bolig", "job"]], "overview"),
    q("moerkedal-08", "hvordan søger jeg om at fælde et træ i min have i mørkedal kommune?", [], [], [], "refuse"),
]


def main():
    make_hesselmark()
    make_askeroed()
    make_kildebjerg()
    make_soelvhoej()
    make_moerkedal()
    with open(out("questions.jsonl"), "w", encoding="utf-8") as f:
        for item in QUESTIONS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote 5 documents, 3 sidecars,", len(QUESTIONS), "questions to", HERE)


if __name__ == "__main__":
    main()
