"""Generate holdout6: five fictional Danish municipal strategy documents in five layouts.

Run:  /work/main/.venv/bin/python make.py
"""
import html
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(HERE, name)


def write(name, text, newline="\n"):
    with open(out(name), "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 1) Havrevig Kommune – PDF exported from Word
# ---------------------------------------------------------------------------
HAV_TITLE = "Ældre- og demenspolitik 2026–2029"
HAV_SUB = "Et trygt og værdigt ældreliv i Havrevig"

HAV_CHAPTERS = [
    ("1. Indledning", None, [
        "Forord",
        "Ældre- og demenspolitikken afløser Havrevig Kommunes Ældrepolitik fra 2019 og "
        "Demenshandleplanen fra 2020. Meget er sket siden da. Antallet af borgere over 80 år "
        "vokser hurtigt, flere lever længe med en eller flere kroniske sygdomme, og vi mangler "
        "hænder i både hjemmeplejen og på plejecentrene. Samtidig har den nye ældrelov givet os "
        "mulighed for at tilrettelægge hjælpen mere frit og tættere på den enkelte borger.",
        "Politikken er blevet til i dialog med Ældrerådet, Demensforeningen Havrevig, pårørende, "
        "medarbejdere og ledere fra hjemmeplejen, sygeplejen og de fem plejecentre. Mere end "
        "300 borgere deltog i vores dialogmøder i foråret 2025, og deres input går igen i alle fire "
        "pejlemærker.",
        "Politikken gælder for alle kommunale og private leverandører af pleje og praktisk hjælp i "
        "Havrevig Kommune og skal omsættes til konkrete handleplaner i hvert distrikt.",
    ]),
    ("2. Vision", None, [
        "Vores vision er: Et godt ældreliv i Havrevig er et liv med tryghed, værdighed og "
        "fællesskab – også når hukommelsen svigter.",
        "Kerneopgave",
        "Vi hjælper ældre borgere med at leve det liv, de ønsker, så længe som muligt i eget hjem. "
        "Vi tager udgangspunkt i det, der er vigtigt for den enkelte, og vi arbejder sammen med "
        "borgeren, de pårørende og civilsamfundet.",
        "Visionen bygger på tre værdier: selvbestemmelse, faglighed og nærvær.",
    ]),
    ("3. Pejlemærker", None, [
        "Politikken har fire pejlemærker. Under hvert pejlemærke beskriver vi, hvad vi vil opnå, og "
        "hvilke indsatser vi sætter i gang i perioden 2026–2029.",
    ]),
    ("3.1 Pejlemærke: Tryghed", "sub", [
        "Tryghed handler om at vide, hvem der kommer, og at hjælpen er der, når man har brug for den.",
        "Mål: Borgere i hjemmeplejen skal højst møde 6 forskellige medarbejdere på 14 dage.",
        "Indsatser:",
        "• Vi organiserer hjemmeplejen i faste teams på 8-12 medarbejdere omkring hver borger.",
        "• Vi indfører et natligt tryghedsopkald til borgere, der bor alene og har behov for det.",
        "• Vi udvider akutteamet, så det er bemandet døgnet rundt fra 2027.",
    ]),
    ("3.2 Pejlemærke: Demensvenligt Havrevig", "sub", [
        "Omkring 1.150 borgere i Havrevig lever med en demenssygdom, og tallet stiger. Vi vil skabe "
        "et lokalsamfund, hvor mennesker med demens kan deltage og føle sig velkomne.",
        "Mål: Havrevig skal være certificeret som demensvenlig kommune i 2028.",
        "Indsatser:",
        "• Vi vil uddanne 400 demensvenner i lokalsamfundet blandt butikker, busser og foreninger.",
        "• Vi ansætter en demenskoordinator i hvert af de tre distrikter.",
        "• Vi åbner Demenscaféen Lyngtoften for borgere med demens og deres pårørende.",
        "• Alle medarbejdere på plejecentrene gennemfører et demensforløb på 5 dage inden udgangen af 2027.",
    ]),
    ("3.3 Pejlemærke: Aktiv hverdag og rehabilitering", "sub", [
        "Mange ældre kan klare mere selv, når de får den rette træning og støtte i tide.",
        "Mål: 65 procent af borgerne i et rehabiliteringsforløb skal være helt eller delvist "
        "selvhjulpne efter forløbet.",
        "Indsatser:",
        "• Vi tilbyder hverdagsrehabilitering før hjemmehjælp til alle nye borgere.",
        "• Vi opretter træningsfællesskaber i samarbejde med lokale idrætsforeninger.",
        "• Vi bruger velfærdsteknologi som skærmbesøg og spiserobotter, hvor borgeren ønsker det.",
    ]),
    ("3.4 Pejlemærke: Pårørende som partnere", "sub", [
        "Pårørende er en vigtig ressource, men de har også selv brug for støtte og aflastning.",
        "Mål: Alle pårørende til en borger med demens skal tilbydes en pårørendesamtale inden for "
        "en måned efter diagnosen.",
        "Indsatser:",
        "• Vi ansætter en pårørendekonsulent, som kan rådgive og samle pårørendegrupper.",
        "• Vi tilbyder aflastning i weekender på Plejecenter Strandgården.",
        "• Vi afholder fire temaaftener om året for pårørende.",
    ]),
    ("4. Nøgletal", "table", [
        "Nedenstående nøgletal er udgangspunktet for politikken og følges op hvert år.",
    ]),
    ("5. Opfølgning og godkendelse", None, [
        "Ældre- og Sundhedsudvalget følger op på politikken hvert år i september med en status "
        "på pejlemærkerne og nøgletallene. Politikken evalueres samlet i 2029.",
        "Vedtaget af Havrevig Byråd den 24. september 2025.",
        "Karen Østergaard Lind",
        "Borgmester",
        "Jens Hvid Mortensen",
        "Formand for Ældre- og Sundhedsudvalget",
    ]),
]

HAV_TABLE = [
    ("Nøgletal", "2025", "Forventet 2030"),
    ("Borgere over 80 år", "2.950", "3.700"),
    ("Borgere med demens (skøn)", "1.150", "1.400"),
    ("Plejeboliger", "412", "440"),
    ("Modtagere af hjemmepleje", "1.870", "2.100"),
    ("Ventetid på plejebolig (dage)", "54", "30"),
]


class HavPDF(FPDF):
    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 10, "Havrevig Kommune · " + HAV_TITLE, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 10, f"Side {self.page_no()} af {{nb}}", align="R")


def build_havrevig(toc_pages):
    pdf = HavPDF(format="A4")
    pdf.add_font("DejaVu", "", f"{FONT}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT}/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 22, 22)
    # cover
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 10, "HAVREVIG KOMMUNE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, HAV_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 16)
    pdf.multi_cell(0, 9, HAV_SUB, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(80)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Sundhed og Omsorg · September 2025", new_x="LMARGIN", new_y="NEXT")
    # colophon
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 8, "Kolofon", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in [
        "Titel: " + HAV_TITLE + ". " + HAV_SUB,
        "Udgivet af: Havrevig Kommune, Sundhed og Omsorg, Rådhuspladsen 1, 4870 Havrevig",
        "Udgivelse: September 2025",
        "Tekst og redaktion: Sekretariatet for Sundhed og Omsorg",
        "Foto: Havrevig Kommune",
        "Sagsnummer: 27.00.00-P22-3-24",
        "Politikken kan hentes på havrevig.dk/aeldrepolitik",
    ]:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    # toc
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 10, "Indhold", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    for head, kind, _ in HAV_CHAPTERS:
        indent = 8 if kind == "sub" else 0
        pdf.set_x(pdf.l_margin + indent)
        w = pdf.w - pdf.l_margin - pdf.r_margin - indent
        pdf.cell(w - 12, 8, head)
        pdf.cell(12, 8, str(toc_pages.get(head, 0)), align="R", new_x="LMARGIN", new_y="NEXT")
    # body
    pages = {}
    pdf.add_page()
    for head, kind, paras in HAV_CHAPTERS:
        if kind is None and head.startswith("3.") is False and head != "1. Indledning":
            if pdf.get_y() > 200:
                pdf.add_page()
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 13 if kind == "sub" else 16)
        pages[head] = pdf.page_no()
        pdf.multi_cell(0, 9, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in paras:
            if p in ("Forord", "Kerneopgave", "Indsatser:"):
                pdf.set_font("DejaVu", "B", 10.5)
            else:
                pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        if kind == "table":
            pdf.set_font("DejaVu", "", 10)
            widths = (80, 40, 40)
            for i, row in enumerate(HAV_TABLE):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
                for w, c in zip(widths, row):
                    pdf.cell(w, 7, c, border=1)
                pdf.ln(7)
            pdf.ln(3)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(0, 5, "Kilde: Danmarks Statistik og Havrevig Kommunes omsorgssystem.",
                           new_x="LMARGIN", new_y="NEXT")
    return pdf, pages


def make_havrevig():
    _, pages = build_havrevig({})
    pdf, pages2 = build_havrevig(pages)
    assert pages == pages2, (pages, pages2)
    name = "havrevig-aeldre-demenspolitik-2026-2029.pdf"
    pdf.output(out(name))
    write("havrevig-aeldre-demenspolitik-2026-2029.meta.toml",
          'organisation = "Havrevig Kommune"\n'
          'area = "Ældre og demens"\n'
          f'title = "{HAV_TITLE}: {HAV_SUB}"\n'
          'kind = "politik"\n'
          'year = 2025\n'
          'period = "2026-2029"\n'
          'url = ""\n')


# ---------------------------------------------------------------------------
# 2) Birkesund Kommune – DOCX with cover table, Heading 1/2, bullets, table
# ---------------------------------------------------------------------------
def make_birkesund():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Birkesund Kommune · Social og Sundhed"
    sec.footer.paragraphs[0].text = "Strategi for udsatte borgere og hjemløshed 2025–2028"

    cover = d.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    cells = [
        ("Birkesund Kommune", "Social og Sundhed"),
        ("Strategi for udsatte borgere og hjemløshed 2025–2028", "Et hjem og en vej frem"),
        ("Godkendt", "12. marts 2025"),
        ("Sagsnr.", "29.09.00-P20-1-24"),
    ]
    for r, (a, b) in enumerate(cells):
        cover.cell(r, 0).text = a
        cover.cell(r, 1).text = b
    d.add_page_break()

    d.add_heading("Forord", level=1)
    d.add_paragraph(
        "Med denne strategi tager Birkesund Kommune næste skridt efter Hjemløsestrategien fra 2018. "
        "Dengang lykkedes det at halvere antallet af borgere, der sov på gaden, men siden 2022 er "
        "antallet af hjemløse unge steget igen, og flere borgere har både et misbrug og en psykisk "
        "lidelse. Ved hjemløsetællingen i 2024 talte vi 96 hjemløse borgere i Birkesund, heraf 23 "
        "unge mellem 18 og 24 år.")
    d.add_paragraph(
        "Strategien er udarbejdet sammen med Udsatterådet, Kirkens Korshær i Birkesund, "
        "Forsorgshjemmet Sønderlys, regionspsykiatrien og borgere med egen erfaring fra gaden.")

    d.add_heading("Vision og mission", level=1)
    d.add_paragraph(
        "Vision: Ingen borger i Birkesund skal leve et liv på gaden. Alle skal have et hjem og en "
        "vej frem.")
    d.add_paragraph(
        "Mission: Vi giver udsatte borgere en stabil bolig og den hjælp, der skal til for at blive "
        "i den – hurtigt, koordineret og med respekt for den enkeltes ønsker.")

    spor = [
        ("Spor 1 – Boligen først",
         "Erfaringerne viser, at en egen bolig med bostøtte er det mest effektive svar på hjemløshed.",
         ["Vi vil give alle hjemløse borgere tilbud om en egen bolig med bostøtte efter Housing First-principperne.",
          "Vi vil nedbringe den gennemsnitlige opholdstid på forsorgshjem til under 90 dage.",
          "Vi vil bygge 30 nye skæve boliger i Nørremarken til borgere, der ikke kan bo i almindelige opgange."],
         "Et Housing First-team med 7 bostøttemedarbejdere etableres og følger borgeren fra første dag i boligen."),
        ("Spor 2 – Sammenhængende hjælp til misbrug og psykisk sygdom",
         "Borgere med dobbeltdiagnose falder for ofte mellem to stole.",
         ["Vi vil sikre, at borgere med både misbrug og psykisk sygdom får én samlet plan.",
          "Vi vil tilbyde behandling for misbrug inden for 7 dage efter henvendelse.",
          "Vi vil etablere et fælles dobbeltdiagnose-team sammen med regionspsykiatrien."],
         "Det fælles team holder åben konsultation i Misbrugscenter Birkesund to eftermiddage om ugen."),
        ("Spor 3 – Unge på kanten af hjemløshed",
         "Ingen unge skal vænne sig til et liv på herberg eller på sofaen hos skiftende venner.",
         ["Vi vil give en ungebolig-garanti, så ingen unge under 25 år skal bo på herberg i mere end 14 dage.",
          "Vi vil tilknytte en ungeguide til alle unge, der mister deres bolig.",
          "Vi vil opspore sofasurfere gennem skoler, ungdomsuddannelser og SSP."],
         "Ungeguide-ordningen drives af Ungeenheden og samarbejder tæt med boligselskaberne."),
        ("Spor 4 – Fællesskab, sundhed og beskæftigelse",
         "Et hjem er ikke nok. Et godt liv kræver også fællesskab, sundhed og noget meningsfuldt at stå op til.",
         ["Vi vil holde Natvarmestuen Fyrlyset åben alle årets dage.",
          "Vi vil tilbyde en gadejurist og en gadesygeplejerske to dage om ugen.",
          "Vi vil skabe 25 skånejob og løntilskudspladser i samarbejde med lokale virksomheder."],
         "Indsatsen koordineres af Birkesund Jobcenter og frivillige organisationer."),
    ]
    for head, intro, goals, indsats in spor:
        d.add_heading(head, level=1)
        d.add_paragraph(intro)
        d.add_heading("Det vil vi", level=2)
        for g in goals:
            d.add_paragraph(g, style="List Bullet")
        d.add_heading("Sådan gør vi", level=2)
        d.add_paragraph(indsats)

    d.add_heading("Indsatser og tidsplan", level=1)
    d.add_paragraph("Tabellen viser de vigtigste indsatser og hvornår de sættes i gang.")
    rows = [
        ("Indsats", "Tidsplan"),
        ("Housing First-team med 7 bostøttemedarbejdere", "1. kvartal 2025"),
        ("Dobbeltdiagnose-team med regionspsykiatrien", "Efteråret 2025"),
        ("Ungeguide-ordning", "Fra august 2025"),
        ("30 skæve boliger i Nørremarken", "Ibrugtages i 2027"),
        ("Gadejurist og gadesygeplejerske", "Fra januar 2026"),
        ("Samlet evaluering af strategien", "4. kvartal 2028"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b

    d.add_heading("Økonomi og opfølgning", level=1)
    d.add_paragraph(
        "Strategien finansieres af en særlig pulje på 4,5 mio. kr. om året i budget 2025–2028 samt "
        "midler fra den nationale Housing First-reform. Socialudvalget får en status hvert halve år.")
    d.add_paragraph("Godkendt af Birkesund Kommunalbestyrelse den 12. marts 2025.")
    p = d.add_paragraph("Mette Dalsgaard")
    p.add_run().add_break()
    p.add_run("Borgmester")
    p = d.add_paragraph("Ole Brink Sørensen")
    p.add_run().add_break()
    p.add_run("Direktør for Social og Sundhed")
    d.save(out("birkesund-strategi-udsatte-hjemloeshed-2025-2028.docx"))


# ---------------------------------------------------------------------------
# 3) Region Vestdal – HTML page
# ---------------------------------------------------------------------------
def make_vestdal():
    fokus = [
        ("Fokus 1: Lighed i sundhed",
         "Der er op til ni års forskel i middellevetid mellem de mest og mindst velstillede borgere i regionen.",
         ["Vi vil halvere forskellen i andelen af dagligrygere mellem uddannelsesgrupper.",
          "Vi vil sende en mobil sundhedsbus rundt til de 20 mindste øer og landsbyer.",
          "Vi vil tilbyde tolkning via video på alle regionens hospitaler."]),
        ("Fokus 2: Det nære sundhedsvæsen",
         "Flere patienter skal behandles tæt på hjemmet og uden unødige indlæggelser.",
         ["Vi vil åbne 4 nye sundhedshuse inden 2030, det første i Kvarbjerg i 2027.",
          "Vi vil styrke samarbejdet med praktiserende læger, så alle borgere har en fast læge inden for 15 km.",
          "Vi vil udbygge Akuttelefonen Vestdal, så ventetiden højst er 5 minutter."]),
        ("Fokus 3: Psykisk sundhed for børn og unge",
         "Hver femte ung i Region Vestdal oplever tegn på dårlig mental trivsel.",
         ["Vi vil nedbringe ventetiden i børne- og ungdomspsykiatrien til højst 30 dage.",
          "Vi vil etablere 3 ambulante ungeklinikker i samarbejde med kommunerne.",
          "Vi vil uddanne sundhedsplejersker og skolepersonale i tidlig opsporing."]),
        ("Fokus 4: Kronisk sygdom og ældre medicinske patienter",
         "Antallet af borgere med to eller flere kroniske sygdomme forventes at stige med 30 procent frem mod 2035.",
         ["Vi vil give alle patienter med KOL eller diabetes en samlet forløbsplan.",
          "Vi vil udvide udgående geriatriske teams til alle 8 kommuner i regionen.",
          "Vi vil reducere antallet af genindlæggelser inden for 30 dage med 20 procent."]),
        ("Fokus 5: Rekruttering og fastholdelse",
         "Uden medarbejdere intet sundhedsvæsen.",
         ["Vi vil øge antallet af uddannelsespladser til sygeplejersker med 15 procent.",
          "Vi vil tilbyde fast ansættelse til alle nyuddannede sygeplejersker og jordemødre.",
          "Vi vil halvere brugen af vikarer på de regionale hospitaler."]),
    ]
    table_rows = [
        ("Lighed i sundhed", "Andel dagligrygere blandt borgere uden uddannelse", "24 %", "15 %"),
        ("Det nære sundhedsvæsen", "Antal sundhedshuse", "2", "6"),
        ("Psykisk sundhed", "Ventetid i børne- og ungdomspsykiatrien", "62 dage", "30 dage"),
        ("Kronisk sygdom", "Genindlæggelser inden for 30 dage", "11,4 %", "9,1 %"),
        ("Rekruttering", "Ubesatte sygeplejerskestillinger", "310", "150"),
    ]
    e = html.escape
    parts = []
    parts.append("""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Sundhedspolitik 2026–2030 | Region Vestdal</title>
<style>body{font-family:Arial,sans-serif;max-width:960px;margin:auto} th{text-align:left}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Region Vestdal</a>
  <nav aria-label="Hovedmenu">
    <ul>
      <li><a href="/sundhed">Sundhed</a></li>
      <li><a href="/hospitaler">Hospitaler</a></li>
      <li><a href="/regional-udvikling">Regional udvikling</a></li>
      <li><a href="/politik">Politik og demokrati</a></li>
      <li><a href="/job">Job</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/politik">Politik og demokrati</a> › Sundhedspolitik</nav>
<main>
<article>
<h1>Sundhedspolitik 2026–2030: Sundhed tæt på dig</h1>
<p class="lead">Region Vestdals sundhedspolitik sætter retningen for regionens hospitaler, psykiatri og samarbejdet med de 8 kommuner og de praktiserende læger.</p>
<h2>Forord</h2>
<p>Sundhedspolitikken afløser Sundhedsplanen fra 2021, som blev vedtaget midt i en pandemi. Siden er ventelisterne vokset, og flere borgere lever med kronisk sygdom. Med sundhedsreformen får regionen et større ansvar for det nære sundhedsvæsen, og derfor har vi skrevet en ny politik sammen med patientforeninger, kommuner, medarbejdere og Regionsrådets Sundhedsudvalg.</p>
<h2>Vision</h2>
<p>Alle borgere i Region Vestdal skal have lige adgang til et sammenhængende sundhedsvæsen af høj kvalitet – uanset hvor de bor, og hvem de er.</p>
<h2>Mission</h2>
<p>Vi forebygger, behandler og plejer i tæt samarbejde med patienten, de pårørende og kommunerne, og vi bringer behandlingen så tæt på borgerens hverdag som muligt.</p>
""")
    for head, intro, goals in fokus:
        parts.append(f"<section>\n<h2>{e(head)}</h2>\n<p>{e(intro)}</p>\n<p>Det gør vi:</p>\n<ul>\n")
        for g in goals:
            parts.append(f"  <li>{e(g)}</li>\n")
        parts.append("</ul>\n</section>\n")
    parts.append("""<h2>Mål for 2030</h2>
<p>Tabellen viser de mål, Regionsrådet følger op på hvert år.</p>
<table>
<thead><tr><th scope="col">Fokus</th><th scope="col">Indikator</th><th scope="col">Status 2025</th><th scope="col">Mål 2030</th></tr></thead>
<tbody>
""")
    for a, b, c, dd in table_rows:
        parts.append(f"<tr><th scope=\"row\">{e(a)}</th><td>{e(b)}</td><td>{e(c)}</td><td>{e(dd)}</td></tr>\n")
    parts.append("""</tbody>
</table>
<h2>Opfølgning</h2>
<p>Sundhedsudvalget får hvert forår en status på de fem fokusområder. Politikken revideres i 2030.</p>
<p>Vedtaget af Regionsrådet i Region Vestdal den 9. december 2025.</p>
<p class="signature">Anders Kjærgaard Holm<br>Regionsrådsformand</p>
</article>
<aside class="related"><h3>Se også</h3><ul><li><a href="/psykiatriplan">Psykiatriplan</a></li><li><a href="/trafik">Trafikplan</a></li></ul></aside>
</main>
<footer><p>Region Vestdal · Regionshuset · Tlf. 70 00 00 00 · <a href="/cookies">Cookies</a> · <a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>
</body>
</html>
""")
    write("region-vestdal-sundhedspolitik-2026-2030.html", "".join(parts))
    write("region-vestdal-sundhedspolitik-2026-2030.meta.toml",
          'organisation = "Region Vestdal"\n'
          'area = "Sundhed"\n'
          'title = "Sundhedspolitik 2026–2030: Sundhed tæt på dig"\n'
          'kind = "politik"\n'
          'year = 2025\n'
          'period = "2026-2030"\n'
          'url = "https://www.regionvestdal.dk/politik/sundhedspolitik"\n')


# ---------------------------------------------------------------------------
# 4) Lyngmose Kommune – plain text from Outlook/Word conversion
# ---------------------------------------------------------------------------
LYNG = """Fra: Jobcenter Lyngmose - Sekretariatet
Sendt: 24. juni 2025 10:12
Til: Alle ledere i Arbejdsmarked og Uddannelse
Emne: Endelig version: Ungestrategi 2025-2027

Hej alle

Hermed den endelige version af ungestrategien, som byrådet godkendte i sidste uge. Den er indsat herunder i tekstform.

Venlig hilsen
Sekretariatet, Jobcenter Lyngmose

----------------------------------------------------------------------

LYNGMOSE KOMMUNE
Ungestrategi for uddannelse og beskæftigelse 2025-2027
"Alle unge i gang"

1) Forord

Ungestrategien afløser Ungeplanen fra 2021. Siden da er ledigheden faldet, men alligevel står for mange unge i Lyngmose uden job og uddannelse. Mange af dem kæmper med angst, stress eller ensomhed, og nogle har aldrig haft et fritidsjob. Vi skal møde dem tidligere og med en mere sammenhængende indsats.

Strategien er udarbejdet af Jobcenter Lyngmose, Ungeindsatsen og Lyngmose Gymnasium & HF sammen med erhvervslivet og Ungebyrådet.

I dag er ca. 1.050 unge mellem 15 og 29 år i Lyngmose hverken i job eller uddannelse. Det koster både den enkelte og samfundet, og det er et spild af talent, som virksomhederne i kommunen har brug for. Med strategien samler vi kræfterne om fire indsatsområder og følger op på dem hvert halve år.

2) Vision og kerneopgave

Vision: Alle unge i Lyngmose skal have en plads i uddannelse eller på arbejdsmarkedet.

Kerneopgave: Vi hjælper unge mellem 15 og 29 år videre i uddannelse eller job, og vi gør det med én fælles plan for hver ung.

3) Uddannelse først

Mål:
o Antallet af 18-29-årige på uddannelseshjælp skal falde fra 412 til 300 i 2027.
o 90 procent af en ungdomsårgang skal have en ungdomsuddannelse som 25-årig.

Indsatser:
o Brobygning til erhvervsuddannelserne
§ Alle elever i 8. klasse kommer i praktik på erhvervsskolen i Tarmvig i to dage.
§ Vi udvider FGU-samarbejdet med 20 ekstra pladser.
o Ungeguider
§ Hver ung på uddannelseshjælp får en fast ungeguide, der følger den unge i op til 12 måneder.

4) Virksomhedsrettet indsats

Mål:
o Halvdelen af de unge på uddannelseshjælp skal være i virksomhedspraktik eller ordinære timer inden for 3 måneder.

Indsatser:
o Virksomhedspartnerskaber
§ Vi indgår aftaler med 80 virksomheder om praktikpladser og småjob.
§ Sommerjobbanken formidler sommerjob til unge mellem 15 og 17 år.
o Mentorordning
§ Frivillige mentorer fra erhvervslivet følger unge i deres første job.

5) Unge med psykisk sårbarhed

Mål:
o Flere unge med angst eller depression skal fastholdes i uddannelse eller job.

Indsatser:
o IPS-forløb
§ Vi tilbyder IPS-metoden (individuelt planlagt job med støtte) til 40 unge om året.
o Samarbejde med psykiatrien
§ En psykolog fra Ungeindsatsen har fast træffetid i jobcentret hver tirsdag.
§ Vi tilbyder gruppeforløbet "Pust ud" for unge med stress og angst.

6) Sammenhæng på tværs

Mål:
o Ingen ung skal fortælle sin historie mere end én gang.

Indsatser:
o Én plan
§ Jobcenter, Ungeindsatsen og socialområdet bruger én fælles ungeplan.
o UngeBasen
§ Alle tilbud samles i UngeBasen på Stationsvej fra august 2026.

Økonomi og opfølgning:
o Strategien finansieres inden for Beskæftigelsesudvalgets budget med en omprioritering på 2,4 mio. kr. om året.
o Beskæftigelsesudvalget får en halvårlig status på målene, og strategien evalueres i foråret 2027.

7) Nøgletal

Nøgletal                                  2024      Mål 2027
Unge på uddannelseshjælp (18-29 år)        412         300
Unge i job med løntilskud eller IPS          65         110
Virksomhedsaftaler                           38          80
Unge uden ungdomsuddannelse (25-årige)     14 %        10 %

8) Godkendelse

Godkendt i Beskæftigelsesudvalget den 3. juni 2025 og i Byrådet den 19. juni 2025.

Lise Thorsager
Formand for Beskæftigelsesudvalget

Per Munk Jeppesen
Jobcenterchef
"""


def make_lyngmose():
    write("lyngmose-ungestrategi-2025-2027.txt", LYNG, newline="\r\n")
    write("lyngmose-ungestrategi-2025-2027.meta.toml",
          'organisation = "Lyngmose Kommune"\n'
          'area = "Beskæftigelse og uddannelse"\n'
          'title = "Ungestrategi for uddannelse og beskæftigelse 2025-2027: Alle unge i gang"\n'
          'kind = "strategi"\n'
          'year = 2025\n'
          'period = "2025-2027"\n'
          'url = ""\n')


# ---------------------------------------------------------------------------
# 5) Ravnsted Kommune – Markdown from wiki
# ---------------------------------------------------------------------------
RAVN = """---
title: "Frivillighedspolitik 2026–2030: Sammen skaber vi Ravnsted"
organisation: Ravnsted Kommune
forvaltning: Kultur, Fritid og Borgerservice
status: Vedtaget
version: 1.2
tags: [frivillighed, civilsamfund, foreninger, politik]
last_edited: 2026-02-03
---

# Frivillighedspolitik 2026–2030

> Denne side er den officielle udgave af politikken. Spørgsmål rettes til Frivilligcenter Ravnsted.

[[_TOC_]]

## Forord

Frivillighedspolitikken afløser Frivillighedspolitikken fra 2017. Meget har ændret sig siden: flere vil gerne give en hånd med i kortere perioder, foreningerne mangler bestyrelsesmedlemmer, og kommunen har fået øjnene op for, hvor meget frivillige betyder i ældreplejen, på skolerne og i naturen. Politikken er skrevet sammen med Folkeoplysningsudvalget, Frivilligrådet og mere end 60 foreninger.

## Vision

**Ravnsted er en kommune, hvor alle kan være med – og hvor fællesskaber skabes af borgerne selv.**

## Mission

Kommunen skal ikke styre frivilligheden, men gøre det let at være frivillig. Vi stiller rammer, lokaler og viden til rådighed og samarbejder ligeværdigt med foreninger og borgergrupper.

## Principper for samarbejdet

- **Frivillighed er frivillig.** Kommunen kan invitere, men aldrig pålægge borgere at løse opgaver.
- **Ligeværd.** Foreninger og kommune mødes som partnere med hver deres styrker.
- **Tillid før kontrol.** Vi stiller så få krav til ansøgninger og dokumentation som muligt.

## Indsatsområde 1: Rum og rammer for frivilligheden

Foreninger og borgergrupper skal have nem adgang til lokaler og støtte.

- Vi åbner gratis lokaler i 14 kommunale bygninger om aftenen og i weekender.
- Foreningspuljen på 1,2 mio. kr. om året kan søges fire gange årligt.
- Vi laver én digital indgang til lokalebooking og tilskud.

Succeskriterier:
- Mindst 90 procent af foreningerne er tilfredse med adgangen til lokaler.
- Sagsbehandlingstiden for tilskud er højst 3 uger.

## Indsatsområde 2: Frivillige i velfærden

Frivillige skal supplere – ikke erstatte – de kommunale medarbejdere.

- Hver forvaltning udpeger en frivilligkoordinator.
- Vi indgår samarbejdsaftaler med de frivillige på alle plejecentre og i hjemmeplejen.
- Medarbejdere kan deltage i kurset "Samarbejde med frivillige" på Frivilligcenter Ravnsted.

Succeskriterier:
- Antallet af frivillige i ældreplejen stiger fra 520 til 700 i 2030.
- Alle plejecentre har en skriftlig frivillighedsaftale inden udgangen af 2026.

## Indsatsområde 3: Nye frivillige og unge

Vi vil gøre det lettere at prøve frivilligt arbejde, også for en enkelt dag.

- Vi indfører Frivilligfredag den sidste fredag i september med arrangementer i hele kommunen.
- Vi giver unge mellem 15 og 25 år mulighed for at få frivilligt arbejde på deres CV gennem et frivilligbevis.
- Vi markedsfører korte opgaver på platformen FrivilligRavnsted.dk.

Succeskriterier:
- Andelen af unge, der er frivillige, stiger fra 28 procent til 35 procent.

## Indsatsområde 4: Anerkendelse og fællesskab

Frivillige skal kunne mærke, at deres indsats gør en forskel.

- Frivillighedsprisen uddeles hvert år i december af borgmesteren.
- Vi holder en årlig frivilligfest for alle frivillige i kommunale tilbud.
- Vi tilbyder gratis førstehjælpskurser til frivillige trænere og ledere.

Succeskriterier:
- Mindst 1.000 deltagere til Frivilligfredag i 2027.

## Opfølgning

Kultur- og Fritidsudvalget får hvert år i marts en status på politikken, baseret på foreningsundersøgelsen og kommunens tal for lokalebooking og tilskud. Frivilligrådet inddrages i opfølgningen, og politikken evalueres samlet i 2030.

## Nøgletal

| Nøgletal | 2025 | Mål 2030 |
|---|---|---|
| Registrerede foreninger | 286 | 300 |
| Andel borgere, der er frivillige | 41 % | 45 % |
| Frivillige i ældreplejen | 520 | 700 |
| Kommunalt tilskud til foreninger | 6,8 mio. kr. | 7,5 mio. kr. |

## Godkendelse

Vedtaget af Ravnsted Byråd den 28. januar 2026.

Birgitte Vang Christensen
Borgmester

---
*Kategori: Politikker | Sidst redigeret af: Kultur, Fritid og Borgerservice*
"""


def make_ravnsted():
    write("ravnsted-frivillighedspolitik-2026-2030.md", RAVN)


if __name__ == "__main__":
    make_havrevig()
    make_birkesund()
    make_vestdal()
    make_lyngmose()
    make_ravnsted()
    print("done")
