"""Generate the holdout5 documents: five fictional Danish organisations, five new layouts.

Run:  /work/main/.venv/bin/python make.py
Everything (organisations, people, places, numbers) is invented.
"""
import datetime
import os
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(HERE, name)


def write_meta(name, **kv):
    lines = [f'{k} = "{v}"' if isinstance(v, str) else f"{k} = {v}" for k, v in kv.items()]
    with open(out(name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 1. Egemose Kommune – socialpsykiatri – DOCX
#    headings are only larger font size (Normal style, not bold), goals in
#    two-column tables "Målsætning | Succeskriterium", a shaded one-cell
#    sidebar quote, header and footer, no heading styles, no list styles.
# ---------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 25, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def egemose():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Egemose Kommune · Social og Sundhed"
    sec.footer.paragraphs[0].text = "Sammen om recovery · Strategi for socialpsykiatrien 2026–2029"

    def big(text, size):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.space_after = Pt(4)
        return p

    def para(text, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = italic
        return p

    def goal_table(rows):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        h = t.rows[0].cells
        h[0].text = "Målsætning"
        h[1].text = "Succeskriterium"
        for c in h:
            shade(c, "D9E2F3")
        for a, b in rows:
            r = t.add_row().cells
            r[0].text = a
            r[1].text = b
        doc.add_paragraph()

    big("Egemose Kommune", 14)
    big("Sammen om recovery", 26)
    big("Strategi for socialpsykiatrien i Egemose Kommune 2026–2029", 16)

    big("Forord", 18)
    para("Da Egemose Kommune i 2018 vedtog sin første socialpsykiatriske plan, handlede den især om at "
         "skabe flere pladser i botilbud. Siden da er antallet af borgere, der modtager socialpædagogisk "
         "støtte efter servicelovens § 85, steget med 41 procent, og hver tredje nye borger er under 30 år. "
         "Borgere og pårørende har i dialogmøderne fortalt os, at de ønsker en støtte, der tager "
         "udgangspunkt i deres egne mål – og ikke i vores faste ydelser.")
    para("Med denne strategi tager vi næste skridt. Vi vil arbejde recoveryorienteret i alle dele af "
         "socialpsykiatrien, vi vil give flere borgere mulighed for at bo i egen bolig, og vi vil gøre "
         "meget mere for at hjælpe borgerne i job eller uddannelse. Strategien er blevet til i tæt "
         "samarbejde med Handicaprådet, brugerrådet på Café Lysningen, Pårørendeforeningen Egemose og "
         "medarbejderne i Center for Socialpsykiatri.")

    # sidebar quote: shaded one-cell table
    q = doc.add_table(rows=1, cols=1)
    c = q.rows[0].cells[0]
    shade(c, "FFF2CC")
    c.text = ""
    r = c.paragraphs[0].add_run("»Det vigtigste var, at min støttekontaktperson troede på, at jeg kunne "
                                "komme i gang med en uddannelse igen.«")
    r.italic = True
    c.add_paragraph("– Borger, 27 år, bruger af Café Lysningen")
    doc.add_paragraph()

    big("Vision", 18)
    para("Alle borgere med psykiske vanskeligheder i Egemose skal have mulighed for at leve et meningsfuldt "
         "liv med fællesskab, arbejde eller uddannelse og et hjem, de selv har valgt.")
    big("Kerneopgave", 18)
    para("Socialpsykiatrien støtter borgeren i at komme sig og i at mestre sit eget hverdagsliv – så kort "
         "tid som muligt og så længe som nødvendigt.")

    big("Strategiens fire satsninger", 18)
    para("Strategien samler indsatsen i fire satsninger. Under hver satsning beskriver vi, hvad vi vil gøre, "
         "og hvordan vi kan se, at vi er lykkedes.")

    big("Satsning 1 – Recovery og egen mestring", 15)
    para("Borgeren er ekspert i eget liv. Støtten skal bygge på borgerens egne mål og styrker, og den skal "
         "trappes ned, når borgeren er klar til det. Derfor indfører vi en fælles recoverymodel i alle "
         "tilbud, og alle bostøttemedarbejdere uddannes i recoveryorienteret praksis inden udgangen af 2027.")
    para("Det gør vi: Hver borger udarbejder sin egen recoveryplan sammen med sin støttekontaktperson. "
         "Vi ansætter fire peermedarbejdere med egen erfaring med psykisk sårbarhed, og vi tilbyder "
         "kurser i Recoveryskolen Egemose, hvor borgere, pårørende og medarbejdere lærer side om side.")
    goal_table([
        ("Alle borgere har en recoveryplan med egne mål", "95 procent af borgerne med § 85-støtte har en opdateret recoveryplan i 2027"),
        ("Støtten trappes ned, når borgeren er klar", "30 procent af forløbene afsluttes med, at borgerens mål er nået"),
        ("Borgerne oplever, at støtten hjælper", "Mindst 80 procent svarer i brugerundersøgelsen, at støtten gør en forskel"),
    ])

    big("Satsning 2 – Bolig og et trygt hjem", 15)
    para("Et trygt sted at bo er forudsætningen for at komme sig. Vi vil nedbringe brugen af botilbud uden "
         "for kommunen og i stedet give borgerne mulighed for at bo i egen lejlighed med fleksibel støtte. "
         "Sammen med boligselskabet Egebo opretter vi 18 støttede lejligheder i Skovparken.")
    para("Det gør vi: Vi etablerer et udkørende akutteam, som kan komme ud til borgeren hele døgnet, og vi "
         "indfører Housing First som metode for hjemløse borgere med psykiske vanskeligheder.")
    goal_table([
        ("Borgere visiteres hurtigt til bostøtte", "Ventetiden fra henvendelse til opstart er højst 4 uger i 2027"),
        ("Færre borgere bor i botilbud uden for kommunen", "Antallet falder fra 46 til 30 borgere i 2029"),
        ("Ingen borgere udskrives fra psykiatrien til gaden", "Der er aftalt en bolig for alle inden udskrivning"),
    ])

    big("Satsning 3 – Arbejde, uddannelse og meningsfuld aktivitet", 15)
    para("Et arbejde eller en uddannelse giver struktur, økonomi og fællesskab. Vi vil bygge bro mellem "
         "socialpsykiatrien og jobcentret, så flere borgere kan få fodfæste på arbejdsmarkedet.")
    para("Det gør vi: Vi udvider IPS-indsatsen (individuelt planlagt job med støtte) til 60 forløb om året, "
         "og vi åbner et værksted for unge på Café Lysningen, hvor unge kan prøve sig selv af i små opgaver.")
    goal_table([
        ("Flere borgere i job eller uddannelse", "25 procent af borgerne i IPS-forløb er i job eller uddannelse efter 18 måneder"),
        ("Alle unge under 30 har en aktivitet i hverdagen", "Ingen unge med § 85-støtte er uden dagligt indhold i mere end tre måneder"),
    ])

    big("Satsning 4 – Pårørende og fællesskaber", 15)
    para("Pårørende er en vigtig ressource, men de har også brug for selv at få støtte. Vi tilbyder "
         "pårørendekurser to gange om året og en fast pårørendekontakt i Center for Socialpsykiatri.")
    para("Det gør vi: Vi indgår partnerskaber med foreninger og aftenskoler, så borgerne kan deltage i "
         "almindelige fællesskaber, og vi støtter brugerrådet med 150.000 kr. om året.")
    goal_table([
        ("Pårørende kender deres muligheder for støtte", "Alle nye borgere får tilbud om en pårørendesamtale inden for to måneder"),
        ("Flere borgere deltager i foreningslivet", "120 borgere deltager i et foreningstilbud i 2029"),
    ])

    big("Socialpsykiatrien i tal", 18)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cc, txt in zip(t.rows[0].cells, ["Nøgletal", "2022", "2025"]):
        cc.text = txt
        shade(cc, "D9E2F3")
    for row in [("Borgere med socialpædagogisk støtte (§ 85)", "412", "581"),
                ("Borgere i botilbud uden for kommunen", "39", "46"),
                ("Brugere af Café Lysningen pr. uge", "95", "140"),
                ("Budget for socialpsykiatrien", "96,2 mio. kr.", "118,5 mio. kr.")]:
        cells = t.add_row().cells
        for cc, txt in zip(cells, row):
            cc.text = txt
    doc.add_paragraph()

    big("Opfølgning", 18)
    para("Social- og Sundhedsudvalget får hvert år i september en status på strategiens målsætninger. "
         "Brugerrådet og Handicaprådet inddrages i statussen, og strategien evalueres samlet i 2029.")

    para("Strategien er godkendt af Social- og Sundhedsudvalget den 3. februar 2026 og vedtaget af "
         "Byrådet i Egemose Kommune den 25. februar 2026.")
    doc.add_paragraph()
    sig = doc.add_table(rows=2, cols=2)
    sig.rows[0].cells[0].text = "Maja Kirkeskov"
    sig.rows[1].cells[0].text = "Borgmester"
    sig.rows[0].cells[1].text = "Henrik Lundsgaard"
    sig.rows[1].cells[1].text = "Formand for Social- og Sundhedsudvalget"

    cp = doc.core_properties
    cp.author = "Egemose Kommune"
    cp.title = "Sammen om recovery"
    cp.created = datetime.datetime(2026, 2, 25, 12, 0, 0)
    cp.modified = datetime.datetime(2026, 2, 25, 12, 0, 0)
    cp.last_modified_by = "Egemose Kommune"
    path = out("egemose-socialpsykiatri-strategi-2026-2029.docx")
    doc.save(path)
    normalise_zip(path)
    write_meta("egemose-socialpsykiatri-strategi-2026-2029.meta.toml",
               organisation="Egemose Kommune", area="Socialpsykiatri",
               title="Sammen om recovery – Strategi for socialpsykiatrien 2026–2029",
               kind="strategi", year=2026, period="2026-2029",
               url="https://www.egemose.dk/politikker/socialpsykiatri")


# ---------------------------------------------------------------------------
# 2. Rævlinge Kommune – sundhedsfremme – PDF poster
#    page 1 is a one-page poster: banner, vision line, 2x2 grid of boxes each
#    with a title and 3 bullets (no numbers); page 2 forord, kerneopgave,
#    indicator table "Indikator | Baseline 2024 | Mål 2027 | Mål 2029",
#    approval and signatures side by side.
# ---------------------------------------------------------------------------

def raevlinge():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
    pdf.add_font("dv", "", f"{FONTDIR}/DejaVuSans.ttf")
    pdf.add_font("dv", "B", f"{FONTDIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", f"{FONTDIR}/DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("Sundere sammen")
    pdf.set_author("Rævlinge Kommune")

    # --- page 1: poster
    pdf.add_page()
    pdf.set_fill_color(0, 110, 90)
    pdf.rect(0, 0, 210, 52, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 10)
    pdf.set_font("dv", "", 12)
    pdf.cell(0, 6, "RÆVLINGE KOMMUNE")
    pdf.set_xy(15, 19)
    pdf.set_font("dv", "B", 30)
    pdf.cell(0, 14, "Sundere sammen")
    pdf.set_xy(15, 35)
    pdf.set_font("dv", "", 12)
    pdf.multi_cell(180, 6, "Plan for sundhedsfremme og forebyggelse 2026–2030")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(15, 60)
    pdf.set_font("dv", "I", 13)
    pdf.multi_cell(180, 7, "Vores vision: I Rævlinge er det sunde valg det lette valg – for alle "
                           "borgere, i alle aldre og i alle lokalområder.", align="C")

    boxes = [
        ("Røgfri fremtid", [
            "Røgfri skoletid på alle kommunens skoler og ungdomsuddannelser fra august 2026",
            "Gratis rygestopforløb for unge under 25 år på apoteket og i Sundhedshuset",
            "Røgfri udearealer ved alle kommunale arbejdspladser"]),
        ("Bevægelse i hverdagen", [
            "Skiltede cykel- og gåruter fra alle boligområder til skoler og stationer",
            "Motion på recept udvides til borgere med type 2-diabetes og KOL",
            "Foreningerne kan søge en aktivitetspulje på 400.000 kr. om året"]),
        ("Mental trivsel", [
            "Kurset »Mere mod på livet« tilbydes i alle tre lokalområder",
            "ABC for mental sundhed indføres i dagtilbud, skoler og jobcenter",
            "Ensomme ældre får besøg af en frivillig besøgsven inden for 14 dage"]),
        ("Alkohol og unge", [
            "Fælles forældreaftaler om alkohol i 7.–9. klasse på alle skoler",
            "Kontrolkøb i butikker og på spillesteder to gange om året",
            "Ungdomsfester med alkoholfrie alternativer i samarbejde med Rævlinge Gymnasium"]),
    ]
    colors = [(232, 244, 240), (237, 242, 250), (250, 242, 232), (245, 235, 245)]
    bw, bh = 87, 88
    pos = [(15, 82), (108, 82), (15, 176), (108, 176)]
    for (title, bullets), (x, y), col in zip(boxes, pos, colors):
        pdf.set_fill_color(*col)
        pdf.set_draw_color(0, 110, 90)
        pdf.rect(x, y, bw, bh, style="DF")
        pdf.set_xy(x + 5, y + 5)
        pdf.set_font("dv", "B", 15)
        pdf.set_text_color(0, 90, 70)
        pdf.multi_cell(bw - 10, 8, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("dv", "", 10.5)
        yy = pdf.get_y() + 3
        for b in bullets:
            pdf.set_xy(x + 5, yy)
            pdf.cell(5, 5.5, "•")
            pdf.set_xy(x + 10, yy)
            pdf.multi_cell(bw - 15, 5.5, b, align="L")
            yy = pdf.get_y() + 3
    pdf.set_xy(15, 270)
    pdf.set_font("dv", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(180, 5, "Læs hele planen på raevlinge.dk/sundhed · Sundhed og Forebyggelse, Torvegade 4, Rævlinge",
             align="C")
    pdf.set_text_color(0, 0, 0)

    # --- page 2: background, indicators, approval
    pdf.add_page()

    def h(text):
        pdf.set_font("dv", "B", 14)
        pdf.set_text_color(0, 90, 70)
        pdf.ln(3)
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    def p(text):
        pdf.set_font("dv", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    h("Forord")
    p("Sundhedsprofilen fra 2021 viste, at borgerne i Rævlinge på flere områder har en dårligere "
      "sundhed end landsgennemsnittet. Flere unge ryger, færre voksne er fysisk aktive, og især "
      "mange unge kvinder fortæller om stress og ensomhed. Samtidig er der store forskelle mellem "
      "lokalområderne: i Nørre Rævlinge lever borgerne i gennemsnit fire år kortere end i Kildeby.")
    p("Derfor har Byrådet valgt fire områder, som vi sætter ind over for de næste fem år. Planen er "
      "bevidst kort – den skal kunne hænge på opslagstavlen i både sundhedsplejen, på skolerne og i "
      "foreningerne. Vi kan ikke løse opgaven alene, og planen er derfor udarbejdet sammen med "
      "foreninger, skoler, praktiserende læger og Rævlinge Gymnasium.")
    h("Kerneopgave")
    p("Kommunen skaber rammer, der gør det let at leve sundt, og sætter tidligt ind, hvor uligheden "
      "i sundhed er størst.")
    h("Sådan måler vi")
    p("Vi følger planen med fem indikatorer. Tallene for 2024 stammer fra sundhedsprofilen, "
      "Skolernes trivselsmåling og Sundhedshusets egne opgørelser.")
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(80, 30, 30, 30), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=5.5, width=170) as table:
        for row in [("Indikator", "Baseline 2024", "Mål 2027", "Mål 2029"),
                    ("Unge 15–25 år, der ryger dagligt", "14 %", "10 %", "7 %"),
                    ("Voksne, der er fysisk aktive 30 minutter om dagen", "58 %", "62 %", "66 %"),
                    ("Borgere med et højt stressniveau", "27 %", "24 %", "21 %"),
                    ("Elever i 9. klasse, der har været fulde den seneste måned", "31 %", "26 %", "22 %"),
                    ("Borgere i rygestopforløb pr. år", "210", "300", "350")]:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    h("Opfølgning")
    p("Sundheds- og Forebyggelsesudvalget får en status hvert forår. Planen evalueres i 2030 på "
      "grundlag af den nye sundhedsprofil.")
    p("Planen er vedtaget af Rævlinge Byråd den 29. januar 2026.")
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("dv", "B", 10.5)
    pdf.set_xy(15, y)
    pdf.cell(85, 6, "Sofie Bramsen")
    pdf.set_xy(110, y)
    pdf.cell(85, 6, "Jens Okholm")
    pdf.set_font("dv", "", 10.5)
    pdf.set_xy(15, y + 6)
    pdf.cell(85, 6, "Borgmester")
    pdf.set_xy(110, y + 6)
    pdf.cell(85, 6, "Formand for Sundheds- og Forebyggelsesudvalget")
    pdf.output(out("raevlinge-sundhedsfremme-plan-2026-2030.pdf"))


# ---------------------------------------------------------------------------
# 3. Lergrav Kommune – rusmidler – HTML
#    items are <section> elements with <h3> "Indsatsspor 1–4" titles; goals in
#    <ul> where each <li> has the goal and a "Succeskriterie:" line; nav,
#    breadcrumbs, key-figure table, footer.
# ---------------------------------------------------------------------------

LERGRAV_SPOR = [
    ("Tidlig opsporing og hjælp",
     "Jo tidligere vi opdager et problematisk forbrug, jo lettere er det at ændre det. Derfor skal alle "
     "medarbejdere, der møder borgere i jobcentret, hjemmeplejen og på sygehusets skadestue, kunne tage "
     "den svære samtale om alkohol og andre rusmidler.",
     [("Alle frontmedarbejdere i jobcentret og ældreområdet er uddannet i den korte samtale om alkohol.",
       "Succeskriterie: 400 medarbejdere har gennemført kurset inden udgangen af 2027."),
      ("Borgere kan få anonym rådgivning uden henvisning.",
       "Succeskriterie: Den anonyme rådgivning har åbent fire aftener om ugen fra 2026."),
      ("Børn i familier med rusmiddelproblemer bliver set.",
       "Succeskriterie: Alle familier i behandling tilbydes et samtaleforløb for børnene.")]),
    ("Behandling med borgeren i centrum",
     "Behandlingen skal tage udgangspunkt i borgerens egne mål og kunne tilpasses borgerens hverdag. "
     "Vi tilbyder behandling om aftenen og online, så man kan passe sit arbejde under behandlingen.",
     [("Borgerne kommer hurtigt i behandling.",
       "Succeskriterie: Behandlingen starter senest 7 dage efter henvendelsen for 90 procent af borgerne."),
      ("Behandling kan foregå uden for arbejdstiden.",
       "Succeskriterie: Aftenbehandling og videosamtaler tilbydes i Rusmiddelcenter Lergrav fra marts 2026."),
      ("Borgere med både psykisk lidelse og misbrug får en samlet plan.",
       "Succeskriterie: Der holdes et fælles koordinationsmøde med regionspsykiatrien inden for 14 dage.")]),
    ("Unge og rusmidler",
     "Unges brug af hash, kokain og festrusmidler er steget. Vi vil møde de unge, hvor de er – på "
     "ungdomsuddannelserne, i klubberne og online – og vi vil styrke samarbejdet i SSP.",
     [("SSP-medarbejderne holder rusmiddelforebyggende undervisning i alle 8. klasser.",
       "Succeskriterie: Alle skoler har haft undervisningsforløbet hvert skoleår fra 2026/27."),
      ("Ungeteamet kan nås på chat og sociale medier.",
       "Succeskriterie: Ungechatten har åbent alle hverdage kl. 15–22."),
      ("Unge i behandling fastholder skole eller uddannelse.",
       "Succeskriterie: 75 procent af de unge er i uddannelse eller job et år efter endt behandling.")]),
    ("Et liv efter behandlingen",
     "Behandlingen er kun første skridt. For at undgå tilbagefald har borgerne brug for en bolig, et "
     "netværk og noget at stå op til. Vi samarbejder med Netværkshuset Lergrav og de frivillige "
     "selvhjælpsgrupper om efterbehandling.",
     [("Alle borgere får tilbud om efterbehandling i seks måneder.",
       "Succeskriterie: 70 procent tager imod tilbuddet om efterbehandling."),
      ("Borgere uden fast bolig får hjælp til at finde en.",
       "Succeskriterie: Ingen borgere afslutter døgnbehandling uden en aftalt bolig."),
      ("Flere borgere kommer i job efter behandlingen.",
       "Succeskriterie: En fast jobkonsulent er tilknyttet rusmiddelcentret.")]),
]


def lergrav():
    secs = []
    for i, (title, intro, goals) in enumerate(LERGRAV_SPOR, 1):
        lis = "\n".join(
            f"          <li>{g}<br>\n            <span class=\"kriterie\">{k}</span></li>" for g, k in goals)
        secs.append(f"""      <section class="spor" id="spor-{i}">
        <h3>Indsatsspor {i}: {title}</h3>
        <p>{intro}</p>
        <ul class="maal">
{lis}
        </ul>
      </section>""")
    sections = "\n".join(secs)
    html = f"""<!DOCTYPE html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <title>Rusmiddelstrategi 2026–2029 | Lergrav Kommune</title>
  <link rel="stylesheet" href="/static/lergrav.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Lergrav Kommune</a>
    <nav class="topmenu">
      <ul>
        <li><a href="/borger">Borger</a></li>
        <li><a href="/erhverv">Erhverv</a></li>
        <li><a href="/politik">Politik og indflydelse</a></li>
        <li><a href="/job">Job i kommunen</a></li>
      </ul>
    </nav>
    <form class="search" action="/soeg"><input name="q" placeholder="Søg på lergrav.dk"><button>Søg</button></form>
  </header>
  <nav class="breadcrumb">Forside › Politik og indflydelse › Politikker og strategier › Rusmiddelstrategi</nav>
  <main>
    <article>
      <h1>Rusmiddelstrategi 2026–2029: Frihed fra afhængighed</h1>
      <p class="lead">Lergrav Kommunes strategi for forebyggelse og behandling af alkohol- og stofproblemer.</p>

      <h2>Forord</h2>
      <p>Lergrav Kommunes sidste rusmiddelpolitik er fra 2019. Siden er der sket meget: flere unge bruger
      kokain til fester, flere ældre drikker mere, end der er godt for dem, og behandlingen er blevet
      mere individuel. Med denne strategi samler vi forebyggelse, behandling og efterbehandling i én
      fælles retning, så borgerne oplever en sammenhængende hjælp, uanset hvor de henvender sig.</p>
      <p>Strategien er udarbejdet i dialog med borgere i behandling, pårørende, SSP, regionspsykiatrien
      og de frivillige organisationer.</p>

      <h2>Vision</h2>
      <p>I Lergrav skal ingen miste job, familie eller helbred på grund af rusmidler – og alle, der ønsker
      at ændre deres forbrug, skal få hurtig og kvalificeret hjælp.</p>

      <h2>Kerneopgave</h2>
      <p>Vi forebygger problematisk brug af rusmidler og giver borgerne en behandling, der hjælper dem
      til et liv med færre eller ingen rusmidler.</p>

      <h2>Fire indsatsspor</h2>
      <p>Strategien er bygget op om fire indsatsspor. Hvert spor har en række mål, og til hvert mål hører
      et succeskriterie, som vi måler på.</p>
{sections}

      <h2>Rusmiddelområdet i tal</h2>
      <table class="noegletal">
        <thead><tr><th>Nøgletal</th><th>2025</th></tr></thead>
        <tbody>
          <tr><td>Borgere i alkoholbehandling</td><td>312</td></tr>
          <tr><td>Borgere i stofbehandling</td><td>186</td></tr>
          <tr><td>Unge under 25 år i behandling</td><td>74</td></tr>
          <tr><td>Gennemsnitlig ventetid fra henvendelse til behandlingsstart</td><td>11 dage</td></tr>
          <tr><td>Budget for rusmiddelområdet</td><td>24,6 mio. kr.</td></tr>
        </tbody>
      </table>

      <h2>Opfølgning</h2>
      <p>Social- og Beskæftigelsesudvalget følger strategien med en årlig status i foråret. Status
      bygger på succeskriterierne ovenfor og på tal fra Rusmiddelcenter Lergrav.</p>

      <p class="vedtaget">Vedtaget af Lergrav Byråd den 10. december 2025.</p>
      <div class="underskrift">
        <p>Anders Kløvedal<br>Borgmester</p>
        <p>Lone Vestergård<br>Formand for Social- og Beskæftigelsesudvalget</p>
      </div>
    </article>
    <aside class="sidebar">
      <h2>Kontakt</h2>
      <p>Rusmiddelcenter Lergrav<br>Teglværksvej 12<br>Tlf. 72 40 11 00</p>
      <h2>Relaterede sider</h2>
      <ul><li><a href="/sundhedspolitik">Sundhedspolitik</a></li><li><a href="/ssp">SSP i Lergrav</a></li></ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>Lergrav Kommune · Rådhuspladsen 1 · 7790 Lergrav · <a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/cookies">Cookies</a></p>
  </footer>
</body>
</html>
"""
    with open(out("lergrav-rusmiddelstrategi-2026-2029.html"), "w", encoding="utf-8") as f:
        f.write(html)
    write_meta("lergrav-rusmiddelstrategi-2026-2029.meta.toml",
               organisation="Lergrav Kommune", area="Rusmidler og misbrug",
               title="Rusmiddelstrategi 2026–2029: Frihed fra afhængighed",
               kind="strategi", year=2025, period="2026-2029",
               url="https://www.lergrav.dk/politik/rusmiddelstrategi")


# ---------------------------------------------------------------------------
# 4. Birkholt Kommune – børn og unge med handicap – Markdown
#    numbered outline: "# 3. …" (level 1), "## Ledetråd 3.1 …" (level 2),
#    "### 3.1.1 …" goal headings (level 3); pipe table of key figures.
# ---------------------------------------------------------------------------

BIRKHOLT = """# Et godt børneliv – også med handicap

*Politik for børn og unge med handicap og deres familier · Birkholt Kommune · 2026–2030*

# 1. Forord

Da Birkholt Kommune i 2016 samlede rådgivningen for børn med handicap i ét team, var målet at give
familierne én indgang til kommunen. Det er lykkedes på mange områder, men familierne fortæller os
stadig, at de bruger for mange kræfter på møder, ansøgninger og klager. Forældre til et barn med
handicap skal have overskud til at være forældre – ikke sagsbehandlere.

Politikken er skrevet sammen med forældre, unge, Handicaprådet, skolerne og dagtilbuddene. Den
gælder for alle børn og unge fra 0 til 23 år med en fysisk eller psykisk funktionsnedsættelse.

# 2. Vision og kerneopgave

## 2.1 Vision

Alle børn og unge med handicap i Birkholt skal have et godt børneliv med venner, leg og læring –
tæt på deres familie og i de samme fællesskaber som andre børn.

## 2.2 Kerneopgave

Vi støtter familien, så barnet kan udvikle sig og trives, og vi gør det tidligt, sammenhængende og
med familien som ligeværdig partner.

# 3. Familien er omdrejningspunktet

Familien kender barnet bedst. Vi vil lytte mere og gøre det enklere at få hjælp.

## Ledetråd 3.1 Én fast indgang til kommunen

### 3.1.1 Fast familierådgiver

Alle nye familier får en fast familierådgiver inden for 10 arbejdsdage efter den første henvendelse.
Rådgiveren følger familien, indtil barnet fylder 18 år, medmindre familien selv ønsker et skift.

### 3.1.2 Samlet handleplan

Familien får én samlet handleplan, som går på tværs af dagtilbud, skole, sundhedspleje og
socialområdet. Planen gennemgås på et årligt familiemøde.

## Ledetråd 3.2 Aflastning og pusterum

### 3.2.1 Flere aflastningspladser

Vi opretter 8 nye aflastningspladser i Solsikken, så familier ikke skal vente mere end tre måneder
på aflastning.

### 3.2.2 Søskende bliver set

Søskende til børn med handicap tilbydes søskendegrupper to gange om året.

# 4. Tidlig og rettidig indsats

Jo tidligere vi sætter ind, jo bedre er barnets muligheder.

## Ledetråd 4.1 Opsporing i sundhedsplejen og dagtilbud

### 4.1.1 Udviklingsscreening

Sundhedsplejen og dagtilbuddene bruger det samme screeningsværktøj, så tegn på forsinket udvikling
opdages, før barnet fylder tre år.

## Ledetråd 4.2 Hurtige afgørelser

### 4.2.1 Sagsbehandlingstid

Ansøgninger om merudgifter og tabt arbejdsfortjeneste afgøres inden for 8 uger.

### 4.2.2 Forståelige afgørelser

Alle afgørelser skrives i et klart sprog og gennemgås mundtligt med familien, hvis den ønsker det.

# 5. Fællesskaber i dagtilbud, skole og fritid

Børn med handicap skal være en del af de almindelige fællesskaber, så vidt det er muligt.

## Ledetråd 5.1 Inkluderende dagtilbud og skoler

### 5.1.1 Støttepædagoger

Et korps af støttepædagoger fra Videnscenter Birkholt hjælper dagtilbud og skoler med at tilrettelægge
hverdagen, så børn med handicap kan deltage.

### 5.1.2 Kompetenceløft

Alle pædagoger i dagtilbud får et kursus i neuropædagogik inden udgangen af 2027.

## Ledetråd 5.2 Fritid og foreninger

### 5.2.1 Fritidsguide

En fritidsguide hjælper børn og unge med at finde og fastholde en fritidsaktivitet.

# 6. Overgangen til voksenlivet

Overgangen fra barn til voksen er en sårbar tid, hvor mange familier oplever at skulle starte forfra.

## Ledetråd 6.1 Tidlig planlægning af overgangen

### 6.1.1 Overgangsmøde ved 16 år

Når den unge fylder 16 år, holder vi et overgangsmøde med voksenområdet, jobcentret og familien.

## Ledetråd 6.2 Uddannelse og bolig

### 6.2.1 Ungdomsuddannelse

Alle unge får tilbud om en særligt tilrettelagt ungdomsuddannelse eller et andet uddannelsesforløb.

### 6.2.2 Egen bolig

Unge, der ønsker det, får hjælp til at finde en bolig i Ungebyen på Birkholt Havn.

# 7. Nøgletal

| Nøgletal | 2023 | 2025 |
| --- | --- | --- |
| Børn og unge med handicap i kontakt med kommunen | 388 | 426 |
| Familier, der modtager merudgiftsydelse | 214 | 239 |
| Familier, der modtager tabt arbejdsfortjeneste | 97 | 109 |
| Aflastningspladser i kommunen | 14 | 14 |
| Gennemsnitlig sagsbehandlingstid for merudgifter | 13 uger | 11 uger |

# 8. Opfølgning og vedtagelse

## 8.1 Opfølgning

Børne- og Familieudvalget får hvert år en status, der også forelægges Handicaprådet. Forældrepanelet
inddrages i evalueringen i 2030.

## 8.2 Vedtagelse

Politikken er vedtaget af Birkholt Byråd den 17. marts 2026.

Tove Lindahl
Borgmester

Mads Engstrup
Formand for Børne- og Familieudvalget
"""


def birkholt():
    with open(out("birkholt-boern-unge-handicap-politik-2026-2030.md"), "w", encoding="utf-8") as f:
        f.write(BIRKHOLT)
    write_meta("birkholt-boern-unge-handicap-politik-2026-2030.meta.toml",
               organisation="Birkholt Kommune", area="Børn og unge med handicap",
               title="Et godt børneliv – også med handicap",
               kind="politik", year=2026, period="2026-2030",
               url="https://www.birkholt.dk/politikker/boern-med-handicap")


# ---------------------------------------------------------------------------
# 5. Tornkær Kommune – hjemmepleje og rehabilitering – plain text
#    items as "A)", "B)", "C)", "D)" lines, goals "A.1", "A.2" …, hard-wrapped
#    at 76 characters, space-aligned key figure table, no sidecar.
# ---------------------------------------------------------------------------

def wrap(text, indent=""):
    return textwrap.fill(text, width=76, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


TORNKAER_ITEMS = [
    ("A", "Rehabilitering før hjælp",
     "Alle borgere, der søger om hjemmepleje, skal først have tilbud om et rehabiliteringsforløb. "
     "Målet er, at borgeren bliver så selvhjulpen som muligt og selv kan klare de opgaver, der betyder "
     "mest i hverdagen.",
     [("A.1", "Mindst 45 procent af borgerne er helt selvhjulpne efter endt rehabiliteringsforløb."),
      ("A.2", "Forløbene starter senest fem hverdage efter visitationen."),
      ("A.3", "Terapeuter og hjemmehjælpere planlægger forløbet sammen på et fælles opstartsmøde.")],
     ["Vi samler terapeuter og hjemmeplejens hverdagsrehabiliteringsteam i fire lokale teams.",
      "Vi bruger samtaleredskabet »Det gode hverdagsliv« til at afdække borgerens egne mål."]),
    ("B", "En stærkere hjemmesygepleje",
     "Flere borgere udskrives hurtigere fra sygehuset og har brug for avanceret pleje i hjemmet. "
     "Hjemmesygeplejen skal derfor kunne løse flere opgaver, og samarbejdet med de praktiserende "
     "læger og Sygehus Østervang skal styrkes.",
     [("B.1", "Hjemmesygeplejen kan give intravenøs behandling i hjemmet alle ugens dage."),
      ("B.2", "Alle borgere, der udskrives efter mere end tre dages indlæggelse, får et opfølgende "
              "hjemmebesøg af en sygeplejerske inden for 24 timer."),
      ("B.3", "Antallet af forebyggelige indlæggelser falder med 15 procent frem mod 2028.")],
     ["Vi opretter et akutteam med sygeplejersker, der har specialuddannelse i akut sygepleje.",
      "Sygeplejersker får adgang til videokonsultation med sygehusets geriatere."]),
    ("C", "Velfærdsteknologi der frigiver tid",
     "Teknologi skal gøre borgerne mere selvhjulpne og give medarbejderne mere tid til de opgaver, "
     "hvor der er brug for hænder og nærvær.",
     [("C.1", "600 borgere har skærmbesøg i stedet for et eller flere fysiske besøg i 2027."),
      ("C.2", "Alle nye borgere med behov for hjælp til bad vurderes til et vasketoilet."),
      ("C.3", "Elektronisk medicindispensering afløser manuel dosering hos 250 borgere.")],
     ["Vi opretter en teknologihub på Tornkær Plejecenter, hvor borgere og pårørende kan prøve "
      "hjælpemidlerne.",
      "Hver hjemmeplejegruppe får en teknologiansvarlig medarbejder."]),
    ("D", "Rekruttering og fastholdelse",
     "Om få år vil der være langt flere ældre og færre i den erhvervsaktive alder. Vi skal derfor "
     "både uddanne flere og holde på de dygtige medarbejdere, vi har.",
     [("D.1", "Vi ansætter 60 social- og sundhedselever om året."),
      ("D.2", "Sygefraværet i hjemmeplejen falder fra 8,9 til 6,5 procent."),
      ("D.3", "Flere deltidsansatte går op i tid, så den gennemsnitlige arbejdstid stiger til 34 timer om ugen.")],
     ["Alle nye medarbejdere får en mentor i de første tre måneder.",
      "Vi afprøver selvstyrende teams i to hjemmeplejegrupper."]),
]


def tornkaer():
    L = []
    L += ["TORNKÆR KOMMUNE", "Ældre og Sundhed", "",
          "Længst muligt i eget liv",
          "Strategi for hjemmepleje og rehabilitering 2025–2028", "", ""]
    L += ["Forord", "------", ""]
    L += [wrap("I 2017 var Tornkær en af de første kommuner i landsdelen, der indførte "
               "hverdagsrehabilitering i hjemmeplejen. Erfaringerne er gode: mange borgere har fået "
               "hverdagen tilbage efter et kort forløb og har ikke brug for varig hjælp. Men antallet "
               "af borgere over 80 år stiger med knap 40 procent frem mod 2035, og det bliver stadig "
               "sværere at rekruttere medarbejdere."), ""]
    L += [wrap("Denne strategi beskriver, hvordan vi vil møde udfordringerne. Den er udarbejdet af "
               "Ældre og Sundhed i samarbejde med Ældrerådet, medarbejderne i hjemmeplejen og "
               "hjemmesygeplejen samt de private leverandører."), "", ""]
    L += ["Vision", "------", ""]
    L += [wrap("Borgerne i Tornkær skal kunne leve et selvstændigt og værdigt liv i eget hjem så længe "
               "som muligt – med hjælp, når der er brug for det."), "", ""]
    L += ["Kerneopgave", "-----------", ""]
    L += [wrap("Vi hjælper borgeren til at klare mest muligt selv og giver den pleje og omsorg, der "
               "er brug for, når borgeren ikke selv kan."), "", ""]
    L += ["Strategiens fire indsatser", "--------------------------", ""]
    L += [wrap("Strategien har fire indsatser, A til D. Til hver indsats hører en række mål og de "
               "vigtigste handlinger."), "", ""]
    for letter, title, intro, goals, actions in TORNKAER_ITEMS:
        L += [f"{letter}) {title}", ""]
        L += [wrap(intro), ""]
        L += ["Mål:"]
        for code, g in goals:
            L += [wrap(f"{code} {g}", indent="").replace("\n", "\n    ")]
        L += ["", "Det gør vi:"]
        for a in actions:
            w = textwrap.fill(a, width=74, break_long_words=False, break_on_hyphens=False)
            L += ["  - " + w.replace("\n", "\n    ")]
        L += ["", ""]
    L += ["Nøgletal", "--------", ""]
    rows = [("", "2022", "2024"),
            ("Borgere visiteret til hjemmepleje", "1.840", "1.910"),
            ("Borgere i rehabiliteringsforløb", "520", "655"),
            ("Borgere med skærmbesøg", "140", "310"),
            ("Sygefravær i hjemmeplejen (procent)", "9,4", "8,9"),
            ("Udgifter til hjemmepleje (mio. kr.)", "212,0", "236,4")]
    for a, b, c in rows:
        L += [f"{a:<42}{b:>10}{c:>10}"]
    L += ["", ""]
    L += ["Opfølgning", "----------", ""]
    L += [wrap("Ældre- og Sundhedsudvalget får en status to gange om året. Målene følges på "
               "udvalgets dashboard, og Ældrerådet inddrages i den årlige status."), "", ""]
    L += [wrap("Strategien er vedtaget af Ældre- og Sundhedsudvalget den 14. maj 2025 og godkendt "
               "af Tornkær Byråd den 27. maj 2025."), "", ""]
    L += [f"{'Peter Holmegaard':<40}Karen Risbjerg",
          f"{'Formand for Ældre- og Sundhedsudvalget':<40}Direktør for Ældre og Sundhed", ""]
    with open(out("tornkaer-hjemmepleje-rehabilitering-2025-2028.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# questions.jsonl
# ---------------------------------------------------------------------------

EG, RA, LE, BI, TO = ("Egemose Kommune", "Rævlinge Kommune", "Lergrav Kommune",
                      "Birkholt Kommune", "Tornkær Kommune")

QUESTIONS = [
    # Egemose – DOCX, socialpsykiatri
    ("egemose-01", "hvilke satsninger er der i egemoses strategi for socialpsykiatrien?", [EG],
     [["Recovery og egen mestring"], ["Bolig og et trygt hjem"],
      ["Arbejde, uddannelse og meningsfuld aktivitet"], ["Pårørende og fællesskaber"]],
     [["recovery"], ["bolig"], ["arbejde", "uddannelse"], ["pårørende"]], "structure"),
    ("egemose-02", "hvad gaar satsning 3 ud på i egemose kommunes socialpsyk strategi", [EG],
     [["Arbejde, uddannelse og meningsfuld aktivitet", "udvider IPS-indsatsen"]],
     [["arbejde", "job"], ["uddannelse"]], "structure"),
    ("egemose-03", "hvornår blev sammen om recovery vedtaget af byrådet i egemose?", [EG],
     [["Byrådet i Egemose Kommune den 25. februar"]],
     [["25. februar 2026", "25 februar 2026", "25/2 2026", "25/2-2026"]], "fact"),
    ("egemose-04", "hvor mange peer medarbejdere vil egemose ansætte i socialpsykiatrien", [EG],
     [["ansætter fire peermedarbejdere"]], [["fire", "4"]], "fact"),
    ("egemose-05", "egemose kommune: hvad er succeskriteriet for ventetiden på bostøtte?", [EG],
     [["højst 4 uger i 2027"]], [["4 uger", "fire uger"]], "table"),
    ("egemose-06", "jeg er bostøttemedarbejder i egemose, hvad kommer strategien til at betyde for mig i hverdagen", [EG],
     [["alle bostøttemedarbejdere uddannes i recoveryorienteret praksis",
       "udarbejder sin egen recoveryplan sammen med sin støttekontaktperson"]],
     [["recovery"]], "team"),
    ("egemose-07", "kort fortalt, hvad vil egemose med socialpsykiatrien de næste år?", [EG],
     [["leve et meningsfuldt liv med fællesskab", "at mestre sit eget hverdagsliv"]],
     [["meningsfuldt", "recovery", "komme sig"]], "overview"),
    ("egemose-08", "hvad siger egemose kommunes socialpsykiatristrategi om tandpleje til borgere i botilbud?", [],
     [], [], "refuse"),

    # Rævlinge – PDF poster, sundhedsfremme
    ("raevlinge-01", "hvad handler det fjerde område i rævlinge kommunes sundhedsplan om?", [RA],
     [["Alkohol og unge"]], [["alkohol"]], "structure"),
    ("raevlinge-02", "hvilke områder sætter raevlinge ind på i planen sundere sammen", [RA],
     [["Røgfri fremtid"], ["Bevægelse i hverdagen"], ["Mental trivsel"], ["Alkohol og unge"]],
     [["røg", "rygning"], ["bevægelse"], ["mental", "trivsel"], ["alkohol"]], "structure"),
    ("raevlinge-03", "hvor meget kan foreningerne søge i aktivitetspuljen i rævlinge kommune", [RA],
     [["aktivitetspulje på 400.000 kr. om året"]], [["400.000", "400 000", "400000"]], "fact"),
    ("raevlinge-04", "hvem har underskrevet rævlinges plan for sundhedsfremme?", [RA],
     [["Sofie Bramsen"], ["Jens Okholm"]], [["Sofie Bramsen"]], "fact"),
    ("raevlinge-05", "hvad er målet for 2029 for unge der ryger dagligt i rævlinge?", [RA],
     [["der ryger dagligt"]], [["7 %", "7%", "7 procent", "syv procent"]], "table"),
    ("raevlinge-06", "jeg er lærer i udskolingen i Rævlinge Kommune, hvad skal vi gøre ifølge sundhedsplanen", [RA],
     [["Røgfri skoletid på alle kommunens skoler", "Fælles forældreaftaler om alkohol"]],
     [["røgfri", "forældreaftale"]], "team"),
    ("raevlinge-07", "giv mig et kort overblik over rævlinge kommunes sundhedsfremmeplan", [RA],
     [["det sunde valg det lette valg", "Røgfri fremtid", "Bevægelse i hverdagen"]],
     [["røg", "rygning"], ["alkohol"]], "overview"),
    ("raevlinge-08", "hvad siger rævlinge kommune om influenzavaccination af ældre?", [], [], [], "refuse"),

    # Lergrav – HTML sections, rusmidler
    ("lergrav-01", "hvad går indsatsspor 2 ud på i lergrav kommune", [LE],
     [["Behandling med borgeren i centrum"]], [["behandling"]], "structure"),
    ("lergrav-02", "lergrav: hvilke succeskriterier er der for de unge i rusmiddelstrategien?", [LE],
     [["Ungechatten har åbent alle hverdage"], ["75 procent af de unge"]], [["75"]], "structure"),
    ("lergrav-03", "hvor hurtigt skal man kunne starte i behandling i lergrav efter man har henvendt sig", [LE],
     [["senest 7 dage efter henvendelsen"]], [["7 dage", "syv dage"]], "fact"),
    ("lergrav-04", "hvornår vedtog byrådet i lergrav rusmiddelstrategien", [LE],
     [["Vedtaget af Lergrav Byråd den 10. december 2025"]],
     [["10. december 2025", "10 december 2025", "10/12 2025", "10/12-2025"]], "fact"),
    ("lergrav-05", "hvor mange borgere var i stofbehandling i lergrav i 2025?", [LE],
     [["Borgere i stofbehandling"]], [["186"]], "table"),
    ("lergrav-06", "vi er ssp-medarbejdere i lergrav – hvad forventer rusmiddelstrategien af os?", [LE],
     [["rusmiddelforebyggende undervisning i alle 8. klasser"]], [["8. klasse"]], "team"),
    ("lergrav-07", "sammenlign egemose og lergrav: hvad gør de to kommuner for at borgerne har en bolig?", [EG, LE],
     [["18 støttede lejligheder i Skovparken", "Housing First som metode"],
      ["afslutter døgnbehandling uden en aftalt bolig", "Borgere uden fast bolig får hjælp"]],
     [["bolig"]], "overview"),
    ("lergrav-08", "står der noget om ludomani i lergravs rusmiddelstrategi?", [], [], [], "refuse"),

    # Birkholt – Markdown numbered outline, børn og unge med handicap
    ("birkholt-01", "hvad går ledetråd 4.2 ud på i birkholt", [BI],
     [["Hurtige afgørelser", "afgøres inden for 8 uger"]], [["8 uger", "otte uger"]], "structure"),
    ("birkholt-02", "hvilke ledetråde er der under overgangen til voksenlivet i birkholt kommunes børnehandicappolitik", [BI],
     [["Tidlig planlægning af overgangen"], ["Uddannelse og bolig"]],
     [["overgang"], ["uddannelse"]], "structure"),
    ("birkholt-03", "hvor længe går der før man får en fast familierådgiver i birkholt?", [BI],
     [["inden for 10 arbejdsdage"]], [["10 arbejdsdage", "ti arbejdsdage"]], "fact"),
    ("birkholt-04", "hvor mange nye aflastningspladser kommer der i birkholt", [BI],
     [["8 nye aflastningspladser i Solsikken"]], [["8", "otte"]], "fact"),
    ("birkholt-05", "hvor mange familier fik merudgiftsydelse i birkholt kommune i 2025", [BI],
     [["Familier, der modtager merudgiftsydelse"]], [["239"]], "table"),
    ("birkholt-06", "jeg er pædagog i en børnehave i birkholt, hvad betyder politikken for mit arbejde?", [BI],
     [["kursus i neuropædagogik", "støttepædagoger fra Videnscenter Birkholt", "samme screeningsværktøj"]],
     [["neuropædagogik", "støttepædagog", "screening"]], "team"),
    ("birkholt-07", "What does Birkholt's policy for disabled children promise families about getting a case worker?", [BI],
     [["fast familierådgiver inden for 10 arbejdsdage"]], [["10"]], "english"),
    ("birkholt-08", "hvad siger birkholts politik for børn med handicap om skolekørsel?", [], [], [], "refuse"),

    # Tornkær – txt with A)–D) and A.1 goals, hjemmepleje og rehabilitering
    ("tornkaer-01", "hvad handler punkt c om i tornkærs strategi for hjemmeplejen", [TO],
     [["Velfærdsteknologi der frigiver tid"]], [["teknologi"]], "structure"),
    ("tornkaer-02", "hvad er mål b.2 i tornkaer kommunes hjemmeplejestrategi", [TO],
     [["hjemmebesøg af en sygeplejerske inden for 24 timer"]], [["24 timer"]], "structure"),
    ("tornkaer-03", "hvor mange procent skal være helt selvhjulpne efter et rehab forløb i tornkær", [TO],
     [["Mindst 45 procent af borgerne er helt selvhjulpne"]], [["45"]], "fact"),
    ("tornkaer-04", "hvor mange sosu elever vil tornkær ansætte om året", [TO],
     [["ansætter 60 social- og sundhedselever om året"]], [["60"]], "fact"),
    ("tornkaer-05", "tornkær: hvor mange borgere var visiteret til hjemmepleje i 2024?", [TO],
     [["Borgere visiteret til hjemmepleje"]], [["1.910", "1910", "1 910"]], "table"),
    ("tornkaer-06", "jeg er sygeplejerske i hjemmesygeplejen i tornkær, hvad betyder strategien for mig", [TO],
     [["intravenøs behandling i hjemmet alle ugens dage",
       "hjemmebesøg af en sygeplejerske inden for 24 timer",
       "specialuddannelse i akut sygepleje"]], [], "team"),
    ("tornkaer-07", "How will Tornkær Municipality use welfare technology in home care?", [TO],
     [["600 borgere har skærmbesøg", "Elektronisk medicindispensering afløser manuel dosering"]],
     [["600"], ["skærm", "screen", "video"]], "english"),
    ("tornkaer-08", "hvad står der om madservice i tornkær kommunes strategi for hjemmepleje", [], [], [], "refuse"),
]


def questions():
    import json
    with open(out("questions.jsonl"), "w", encoding="utf-8") as f:
        for qid, q, org, cite, say, kind in QUESTIONS:
            f.write(json.dumps({"id": qid, "q": q, "org": org, "cite": cite, "say": say, "kind": kind},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    egemose()
    raevlinge()
    lergrav()
    birkholt()
    tornkaer()
    questions()
    print("ok")
