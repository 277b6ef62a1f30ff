"""Held-out strategy documents in layouts the bundled corpus and the devset lack.

Six fictional organisations (Bøgelund, Havmose, Kragsø, Lyngbæk, Strandvig Kommune and Region
Vesterhav), one document each, one layout each. Everything here is invented.

    .venv/bin/python bench/layouts/make.py           # (re)write the six documents and four sidecars
    .venv/bin/python bench/layouts/make.py --check   # check every cite phrase in questions.jsonl

The check extracts text the plain way (pypdf for PDF, python-docx for DOCX, BeautifulSoup for
HTML, the raw file otherwise), folds case, æ/ø/å, punctuation and whitespace, and reports cite
phrases that are not in the document(s) of the question's organisations.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 12, 1, 12, 0, 0, tzinfo=dt.timezone.utc)

FILES = {
    "Bøgelund Kommune": "boegelund-voksenomraadet-strategi-2026-2030.pdf",
    "Havmose Kommune": "havmose-aeldre-vaerdighedspolitik-2025-2028.pdf",
    "Kragsø Kommune": "kragsoe-mental-sundhed-strategi-2025-2029.docx",
    "Lyngbæk Kommune": "lyngbaek-rusmiddelstrategi-2026-2029.md",
    "Region Vesterhav": "region-vesterhav-psykiatri-socialplan-2025-2030.html",
    "Strandvig Kommune": "strandvig-udsattepolitik-2024-2027.txt",
}


def meta(path: Path, **fields) -> None:
    lines = []
    for key, value in fields.items():
        if key.startswith("#"):
            lines.append(f"# {value}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    path.with_suffix(".meta.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. Bøgelund Kommune: two-column PDF, "Strategisk spor A/B/C" with sub-goals A1, A2 …
# ---------------------------------------------------------------------------------------------

BOEGELUND_FORORD = [
    "Siden 2019 har vi i Bøgelund Kommune arbejdet målrettet med at omlægge støtten til borgere "
    "med handicap og psykisk sårbarhed fra pleje og kompensation til udvikling og mestring. Vi er "
    "kommet langt. Flere borgere bor i dag i egen bolig med bostøtte, og færre har brug for et "
    "botilbud. Men vi ser også nye udfordringer: Flere unge med angst, autisme og ADHD har brug "
    "for støtte, udgifterne stiger, og det er svært at rekruttere medarbejdere.",
    "Med denne strategi sætter vi retningen for de næste fem år. Strategien er blevet til i et tæt "
    "samarbejde med borgere, pårørende, medarbejdere, Handicaprådet og Udsatterådet. Over 300 "
    "personer deltog i de fire dialogmøder i foråret 2025, og deres input går igen i de tre "
    "strategiske spor.",
    "Strategien blev vedtaget af Byrådet den 9. december 2025 og gælder fra 1. januar 2026 til og "
    "med 2030.",
]

BOEGELUND_SPOR = [
    ("A", "Recovery og mestring",
     "Vi tror på, at alle mennesker kan komme sig eller få et bedre liv med deres handicap eller "
     "sygdom. Støtten skal derfor bygge på borgerens egne mål og ressourcer, og den skal være så "
     "kortvarig som muligt og så langvarig som nødvendigt.",
     ["Alle borgere, der bevilges bostøtte, har en individuel recoveryplan med egne mål senest "
      "tre måneder efter bevillingen.",
      "Andelen af bostøtteforløb, der afsluttes, fordi borgerens mål er nået, stiger fra 41 "
      "procent i 2024 til 55 procent i 2028.",
      "Vi ansætter 12 peer-medarbejdere med egen erfaring med psykisk sårbarhed fordelt på "
      "bostøtten og botilbuddene.",
      "Digital bostøtte via videoopkald tilbydes som supplement til mindst 200 borgere inden "
      "udgangen af 2027."]),
    ("B", "Fællesskaber og beskæftigelse",
     "Et meningsfuldt hverdagsliv handler om at have noget at stå op til og nogen at være sammen "
     "med. Vi vil skabe flere veje til job, uddannelse og fællesskaber uden for de kommunale "
     "tilbud.",
     ["40 flere borgere fra målgruppen er i ordinære timer, fleksjob eller job med løntilskud i "
      "2028 end i 2024.",
      "Aktivitetshuset Kløvervej holder åbent aften og weekend fra 1. marts 2026, så borgere med "
      "job også kan bruge huset.",
      "Vi opretter en fællesskabspulje på 800.000 kr. årligt, som foreninger kan søge til at "
      "inkludere borgere med handicap.",
      "Alle borgere på botilbud har mindst ét fritidstilbud uden for botilbuddet, hvis de ønsker "
      "det."]),
    ("C", "Faglighed, sammenhæng og økonomi",
     "Gode resultater for borgerne kræver stærk faglighed, sammenhængende forløb og en økonomi i "
     "balance. Vi vil bruge ressourcerne der, hvor de gør størst forskel.",
     ["Unge med handicap får en fast overgangskoordinator, fra de fylder 16 år, så overgangen fra "
      "børne- til voksenområdet sker uden brud.",
      "Sagsbehandlingstiden for ansøgninger om bostøtte efter servicelovens § 85 er højst otte "
      "uger.",
      "Personaleomsætningen på de kommunale botilbud falder fra 22 til under 15 procent.",
      "Udgiften pr. borger må højst stige med 1,5 procent om året, korrigeret for pris- og "
      "lønudvikling."]),
]


def make_boegelund(path: Path) -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "Bøgelund Kommune  |  Strategi for det specialiserede voksenområde 2026–2030",
                      align="L")
            self.ln(9)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("Sans", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, str(self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Strategi for det specialiserede voksenområde 2026-2030")
    pdf.set_author("Bøgelund Kommune, Social og Sundhed")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    # Full-width title block.
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(20, 90, 60)
    pdf.cell(0, 6, "BØGELUND KOMMUNE · SOCIAL OG SUNDHED", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(0, 10, "Et godt liv med den rette støtte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 7, "Strategi for det specialiserede voksenområde 2026–2030",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_draw_color(20, 90, 60)
    pdf.set_line_width(0.6)
    pdf.line(16, pdf.get_y(), 194, pdf.get_y())
    pdf.ln(5)

    def heading(cols, text, size=12.5):
        pdf.set_font("Sans", "B", size)
        pdf.set_text_color(20, 90, 60)
        with cols.paragraph(top_margin=3, bottom_margin=1.5) as par:
            par.write(text)
        pdf.set_text_color(0, 0, 0)

    def body(cols, text, style=""):
        pdf.set_font("Sans", style, 9)
        with cols.paragraph(text_align="J", bottom_margin=2.2, line_height=1.25) as par:
            par.write(text)

    def goal(cols, label, text):
        pdf.set_font("Sans", "B", 9)
        with cols.paragraph(text_align="L", bottom_margin=1.8, line_height=1.25, indent=7,
                            bullet_string=label, bullet_r_margin=2) as par:
            pdf.set_font("Sans", "", 9)
            par.write(text)

    with pdf.text_columns(ncols=2, gutter=8) as cols:
        heading(cols, "Forord")
        for p in BOEGELUND_FORORD:
            body(cols, p)

        heading(cols, "Området i tal")
        body(cols, "Det specialiserede voksenområde i Bøgelund omfatter bostøtte, botilbud, "
                   "beskæftigelses- og aktivitetstilbud, misbrugsbehandling og rådgivning. I 2025 "
                   "modtog 1.450 borgere mellem 18 og 67 år en social indsats, og området har et "
                   "samlet budget på 612 mio. kr. Kommunen driver selv 14 tilbud og køber pladser "
                   "på 31 tilbud i andre kommuner og regioner.")

        heading(cols, "Vision")
        body(cols, "Borgere med handicap og psykisk sårbarhed i Bøgelund lever et så selvstændigt "
                   "liv som muligt – i fællesskab med andre og med den rette støtte på det rette "
                   "tidspunkt.", style="I")
        heading(cols, "Kerneopgave")
        body(cols, "Vores kerneopgave er at styrke borgerens mestring af eget liv gennem faglig, "
                   "helhedsorienteret og tidsafgrænset støtte, der tager udgangspunkt i borgerens "
                   "egne mål.")
        body(cols, "Strategien har tre strategiske spor. Hvert spor har en række delmål, som vi "
                   "måler os på. Delmålene er nummereret med sporets bogstav, så det er nemt at "
                   "henvise til dem i handleplaner og i dialogen med borgerne.")

        for letter, title, intro, goals in BOEGELUND_SPOR:
            heading(cols, f"Strategisk spor {letter}: {title}")
            body(cols, intro)
            pdf.set_font("Sans", "B", 9)
            with cols.paragraph(bottom_margin=1.2) as par:
                par.write("Delmål")
            for i, g in enumerate(goals, 1):
                goal(cols, f"{letter}{i}", g)

        heading(cols, "Hvad betyder strategien i hverdagen?")
        body(cols, "For medarbejdere i bostøtten betyder strategien, at hver indsats skal have "
                   "klare mål, som borgeren selv har været med til at formulere, og at støtten "
                   "løbende vurderes, så den kan trappes ned, når målene er nået.")
        body(cols, "For medarbejdere på botilbuddene betyder den, at hverdagen skal åbnes mod "
                   "lokalsamfundet, og at peer-medarbejderne skal være en fast del af "
                   "personalegruppen. For myndighedsrådgivere betyder den kortere "
                   "sagsbehandlingstid og tættere opfølgning på de enkelte forløb.")

        heading(cols, "Opfølgning")
        body(cols, "Social- og Sundhedsudvalget får en status på delmålene hvert år i april. "
                   "Status drøftes også med Handicaprådet og Udsatterådet. Hver afdeling "
                   "udarbejder en lokal handleplan for, hvordan den bidrager til de tre spor, "
                   "senest 1. juni 2026.")

        pdf.set_font("Sans", "", 9)
        with cols.paragraph(top_margin=6, bottom_margin=4) as par:
            par.write("Bøgelund, december 2025")
        for name, title in [("Henrik Bødker Lund", "Formand for Social- og Sundhedsudvalget"),
                            ("Anne-Mette Kjærgaard", "Direktør for Social og Sundhed")]:
            pdf.set_font("Sans", "B", 9)
            with cols.paragraph(bottom_margin=0.5) as par:
                par.write(name)
            pdf.set_font("Sans", "", 9)
            with cols.paragraph(bottom_margin=4) as par:
                par.write(title)

    pdf.output(str(path))
    meta(path, organisation="Bøgelund Kommune", area="Det specialiserede voksenområde",
         title="Et godt liv med den rette støtte – Strategi for det specialiserede voksenområde 2026–2030",
         kind="strategi", year=2025,
         **{"#1": "Vedtaget af Byrådet 9. december 2025; gælder 1. januar 2026 til og med 2030."},
         period="2026-2030", url="")


# ---------------------------------------------------------------------------------------------
# 2. Havmose Kommune: PDF whose headings are bold body-size text; "Sigtelinje 1–5" with numbered
#    goal lists; a budget table. No sidecar.
# ---------------------------------------------------------------------------------------------

HAVMOSE_SIGTELINJER = [
    ("Selvbestemmelse i hverdagen",
     "Den enkelte borger ved bedst, hvad der giver livskvalitet. Hjælpen skal tilrettelægges "
     "sammen med borgeren og ikke for borgeren.",
     ["Alle beboere på plejecentrene har en Min hverdag-samtale ved indflytningen og herefter "
      "mindst hvert halve år.",
      "Fleksibel hjemmehjælp tilbydes alle borgere, der modtager praktisk hjælp, fra 1. januar "
      "2026, så borgeren selv kan bytte mellem ydelserne.",
      "Faste teams i hjemmeplejen: Den enkelte borger møder højst 8 forskellige medarbejdere på "
      "14 dage."]),
    ("Aktiv og sund alderdom",
     "Vi vil forebygge tab af funktionsevne og styrke ældres muligheder for at klare sig selv.",
     ["Mindst 75 procent af de borgere, der afslutter et rehabiliteringsforløb, er helt eller "
      "delvist selvhjulpne bagefter.",
      "Forebyggende hjemmebesøg tilbydes alle 75-årige og alle over 70 år, som har mistet en "
      "ægtefælle.",
      "Antallet af faldrelaterede indlæggelser blandt borgere over 65 år falder med 20 procent "
      "inden udgangen af 2028."]),
    ("Fællesskab og mod på livet",
     "Ensomhed er lige så skadeligt for helbredet som rygning. Vi vil sammen med foreninger og "
     "frivillige skabe flere steder, hvor ældre kan mødes.",
     ["Andelen af ældre, der ofte er uønsket alene, falder fra 9 til 6 procent målt i Den "
      "Nationale Sundhedsprofil.",
      "Spisevenner: Frivillige spiser med beboerne på alle fire plejecentre mindst én gang om "
      "ugen.",
      "Partnerskabet Havmose mod ensomhed udvides fra 14 til 25 foreninger og frivillige "
      "organisationer."]),
    ("Pårørende som samarbejdspartnere",
     "Pårørende er en vigtig ressource, men de har også selv brug for støtte og aflastning.",
     ["En pårørendekoordinator er ansat og kan kontaktes på alle hverdage fra september 2025.",
      "Afløsning og aflastning bevilges senest fem hverdage efter ansøgningen.",
      "Havmose bliver demensvenlig kommune med 2.000 demensvenner inden 2028."]),
    ("En værdig afslutning på livet",
     "Alle skal have mulighed for en værdig død, så vidt muligt der, hvor de ønsker det.",
     ["Alle plejecentre og hjemmeplejegrupper har mindst to palliative nøglepersoner med særlig "
      "uddannelse.",
      "En palliativ nattevagt gør det muligt for flere at dø i eget hjem.",
      "Efterladte tilbydes en samtale med en sygeplejerske senest seks uger efter dødsfaldet."]),
]

HAVMOSE_BUDGET = [
    ["Indsats (mio. kr.)", "2025", "2026", "2027", "2028"],
    ["Pårørendekoordinator", "0,3", "0,6", "0,6", "0,6"],
    ["Palliativ nattevagt", "–", "1,2", "1,2", "1,2"],
    ["Faldforebyggelse", "–", "0,5", "0,5", "0,5"],
    ["Spisevenner og frivillighed", "0,1", "0,4", "0,4", "0,4"],
    ["Fleksibel hjemmehjælp", "–", "0,5", "0,5", "0,5"],
    ["I alt", "0,4", "3,2", "3,2", "3,2"],
]


def make_havmose(path: Path) -> None:
    from fpdf import FPDF

    SIZE = 10

    class Doc(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Serif", "", 8)
            self.cell(0, 5, f"Havmose Kommune · Ældre- og værdighedspolitik · side {self.page_no()}",
                      align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Ældre- og værdighedspolitik 2025-2028")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 5.2

    def bold(text, before=3.0):
        pdf.ln(before)
        pdf.set_font("Serif", "B", SIZE)
        pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    def para(text):
        pdf.set_font("Serif", "", SIZE)
        pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.8)

    def numbered(items):
        pdf.set_font("Serif", "", SIZE)
        for i, item in enumerate(items, 1):
            pdf.set_x(31)
            pdf.cell(6, lh, f"{i}.")
            pdf.multi_cell(0, lh, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1.2)

    bold("Havmose Kommune", before=0)
    bold("Ældre- og værdighedspolitik 2025–2028", before=0)
    para("Et værdigt liv – hele livet")

    bold("Forord")
    para("Siden 2018 er antallet af borgere over 80 år i Havmose Kommune steget med 34 procent, og "
         "frem mod 2030 ventes endnu 1.100 flere. Det er en glædelig udvikling, at vi lever "
         "længere, men den stiller også nye krav til, hvordan vi indretter ældreområdet. Med den "
         "nye ældrelov er der kommet større fokus på selvbestemmelse, tillid og sammenhæng i "
         "hjælpen, og det er netop de værdier, denne politik bygger på.")
    para("Politikken er udarbejdet i samarbejde med Ældrerådet, Pårørenderådet og medarbejdere fra "
         "hjemmeplejen, plejecentrene og træningsenheden. Den afløser værdighedspolitikken fra "
         "2021. Byrådet vedtog politikken den 27. maj 2025, og den gælder for perioden 2025–2028.")

    bold("Vision")
    para("I Havmose lever ældre borgere et værdigt liv med mest mulig selvbestemmelse, nærhed og "
         "tryghed – hele livet.")
    bold("Kerneopgave")
    para("Ældreområdets kerneopgave er at hjælpe ældre borgere til at klare sig selv så længe som "
         "muligt og at give en tryg, værdig og helhedsorienteret pleje og omsorg, når de ikke "
         "længere kan.")

    bold("Ældreområdet i Havmose")
    para("Havmose Kommune har 41.300 indbyggere, heraf 9.850 over 65 år. Omkring 1.600 borgere "
         "modtager hjemmepleje, og kommunen har 312 plejeboliger fordelt på fire plejecentre: "
         "Solbakken, Engtoften, Lindegården og Havmosehjemmet. Ældreområdets budget er 487 mio. "
         "kr. i 2025.")
    para("Politikken har fem sigtelinjer. Under hver sigtelinje står de mål, vi arbejder efter.")

    for n, (title, intro, goals) in enumerate(HAVMOSE_SIGTELINJER, 1):
        bold(f"Sigtelinje {n}: {title}")
        para(intro)
        numbered(goals)

    bold("Hvad betyder politikken for medarbejderne?")
    para("I hjemmeplejen betyder politikken, at de faste teams skal sikre kontinuitet, og at "
         "medarbejderne sammen med borgeren aftaler, hvordan tiden til praktisk hjælp bruges. På "
         "plejecentrene skal Min hverdag-samtalen danne grundlag for, hvordan den enkelte beboers "
         "dag tilrettelægges. Træningsenheden har ansvaret for rehabiliteringsforløbene og for "
         "faldforebyggelsen.")

    bold("Økonomi")
    para("Politikken gennemføres inden for ældreområdets samlede budget. Derudover har Byrådet "
         "afsat 3,2 mio. kr. årligt fra 2026 til nye indsatser, fordelt som vist i tabellen.")
    pdf.set_font("Serif", "", SIZE - 1)
    with pdf.table(col_widths=(60, 20, 20, 20, 20), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=5.5, first_row_as_headings=True,
                   headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as table:
        for row in HAVMOSE_BUDGET:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(3)

    bold("Opfølgning")
    para("Ældre- og Omsorgsudvalget følger politikken to gange om året, i juni og december. "
         "Ældrerådet inddrages i opfølgningen, og politikken evalueres i efteråret 2028.")

    pdf.ln(8)
    pdf.set_font("Serif", "", SIZE)
    y = pdf.get_y()
    for x, (name, title) in zip((25, 110), [("Birgitte Holm Sørensen", "Borgmester"),
                                             ("Jens Ole Vestergaard",
                                              "Formand for Ældre- og Omsorgsudvalget")]):
        pdf.set_xy(x, y)
        pdf.cell(75, lh, "_" * 28, new_x="LEFT", new_y="NEXT")
        pdf.cell(75, lh, name, new_x="LEFT", new_y="NEXT")
        pdf.multi_cell(75, lh, title)

    pdf.output(str(path))
    # Deliberately no .meta.toml: organisation and period must be read from the text.


# ---------------------------------------------------------------------------------------------
# 3. Kragsø Kommune: DOCX, "Tema 1–4" as bold paragraphs (Normal style), goal tables
#    "Mål | Indsats | Ansvarlig | Tidsplan", principles as a Word-numbered list.
# ---------------------------------------------------------------------------------------------

KRAGSOE_TEMAER = [
    ("Trivsel i børne- og ungelivet",
     "Børn og unges trivsel grundlægges i familien, dagtilbuddet og skolen. Vi vil give de voksne "
     "omkring børnene redskaber til at styrke trivslen og opdage mistrivsel tidligt.",
     [("Andelen af elever i 4.–9. klasse med høj trivsel stiger fra 84 til 89 procent",
       "ABC for mental sundhed indføres i alle 11 folkeskoler", "Skole og Dagtilbud", "2025–2027"),
      ("Færre unge oplever præstationspres",
       "Trivselsgrupper i udskolingen ledet af skolesocialrådgivere", "Skole og Dagtilbud, PPR",
       "Fra skoleåret 2025/26"),
      ("Fødselsdepression opdages tidligt",
       "Sundhedsplejen screener alle mødre og fædre for fødselsdepression", "Sundhedsplejen",
       "Fra 1. januar 2026")]),
    ("Hurtig hjælp ved psykisk mistrivsel",
     "Når livet er svært, skal hjælpen være let at finde og komme hurtigt. Ingen skal vente "
     "måneder på en samtale.",
     [("Ventetiden til Åben Rådgivning er højst fem hverdage",
       "Åben Rådgivning for 15–25-årige i Sundhedshuset, også tirsdag og torsdag aften",
       "Sundhed og Forebyggelse", "Fra 1. september 2025"),
      ("60 børn og unge om året gennemfører et angstforløb",
       "Angstforløbene Cool Kids og Chilled udbydes i PPR", "PPR", "2025–2029"),
      ("Voksne med let til moderat angst eller depression får et tilbud inden for 14 dage",
       "Kurset Tackling af angst og depression udbydes seks gange om året", "Sundhedshuset",
       "Fra 2026")]),
    ("Fællesskaber mod ensomhed",
     "Fællesskaber beskytter mod mistrivsel. Vi vil gøre det lettere at finde og blive en del af "
     "et fællesskab – uanset alder.",
     [("1.000 borgere deltager årligt i aktiviteter under Kragsø Sammen",
       "Foreningspulje på 450.000 kr. årligt til nye fællesskaber", "Kultur og Fritid", "2026–2029"),
      ("Ensomme ældre bliver opsporet",
       "Besøgsvenner og gåhold i samarbejde med Røde Kors og Ældre Sagen",
       "Ældre og Sundhed, frivilligkoordinatoren", "Løbende"),
      ("Alle tre biblioteker er mødesteder",
       "Fællesspisning og samtalesaloner på bibliotekerne i Kragsø, Vestermølle og Ryå",
       "Kultur og Fritid", "Fra 2025")]),
    ("Mental sundhed i arbejdslivet",
     "Et job er en vigtig kilde til mening og fællesskab. Samtidig er stress og psykisk "
     "mistrivsel den hyppigste årsag til langvarigt sygefravær.",
     [("80 borgere med psykiske lidelser får job med støtte efter IPS-metoden",
       "IPS-teamet i Jobcentret udvides med tre jobkonsulenter", "Jobcentret", "2026"),
      ("Sygemeldte med stress tilbydes et stressforløb senest fire uger efter sygemeldingen",
       "Stressforløbet Ro på i samarbejde med Sundhedshuset", "Jobcentret, Sundhedshuset",
       "Fra 2026"),
      ("Alle kommunale arbejdspladser har en trivselsplan",
       "Alle ledere i Kragsø Kommune gennemfører kurset Mental sundhed på arbejdspladsen", "HR",
       "2025–2026")]),
]


def _fix_zip_dates(path: Path) -> None:
    """python-docx stamps zip entries with the current time; fix them so reruns are byte-identical."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())


def make_kragsoe(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.core_properties.author = "Kragsø Kommune, Sundhed og Forebyggelse"
    d.core_properties.title = "Mod på livet – Strategi for mental sundhed 2025–2029"
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Kragsø Kommune"
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kragsø Kommune · Strategi for mental sundhed 2025–2029"
    sec.footer.paragraphs[0].text = "Sundhed og Forebyggelse · Torvet 1 · 4999 Kragsø · kragsoe.dk (fiktiv)"

    def para(text="", bold=False, size=None, color=None, italic=False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
        return p

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para("Kragsø Kommune", bold=True, size=14, color=(0x1f, 0x4e, 0x79))
    para("Mod på livet", bold=True, size=24, color=(0x1f, 0x4e, 0x79))
    para("Strategi for mental sundhed 2025–2029", size=16)
    para()

    para("Forord", bold=True, size=13)
    para("Siden 2017 har vi kunnet se en bekymrende udvikling i den mentale sundhed i Kragsø. I "
         "Sundhedsprofilen 2023 havde 24,8 procent af de 16–24-årige en lav mental sundhed, og hver "
         "ottende voksen oplever ofte at være uønsket alene. Mental sundhed er ikke kun fravær af "
         "psykisk sygdom. Det handler om at kunne udfolde sine evner, håndtere hverdagens "
         "udfordringer og indgå i fællesskaber med andre.")
    para("Strategien er udarbejdet af Sundheds- og Forebyggelsesudvalget i samarbejde med Børne- og "
         "Skoleudvalget og Beskæftigelsesudvalget. Den blev vedtaget af Kommunalbestyrelsen den 24. "
         "april 2025 og gælder til og med 2029.")

    para("Vision", bold=True, size=13)
    para("Alle borgere i Kragsø skal have mod på livet og mulighed for at trives – også når livet "
         "er svært.", italic=True)
    para("Kerneopgave", bold=True, size=13)
    para("Vores fælles kerneopgave er at fremme mental sundhed, opdage mistrivsel tidligt og give "
         "hurtig og sammenhængende hjælp tæt på borgerens hverdag.")

    para("Sådan arbejder vi", bold=True, size=13)
    para("Fire principper gælder for alle indsatser i strategien:")
    for item in ["Vi handler tidligt – før mistrivsel udvikler sig til sygdom.",
                 "Vi tager udgangspunkt i borgerens hverdag og ressourcer.",
                 "Vi arbejder på tværs af fagområder og sammen med civilsamfundet.",
                 "Vi måler det, der betyder noget for borgerne."]:
        d.add_paragraph(item, style="List Number")
    para("Strategien har fire temaer. Til hvert tema hører en tabel med mål, indsatser, hvem der har "
         "ansvaret, og hvornår indsatsen gennemføres.")
    page_break()

    for n, (title, intro, rows) in enumerate(KRAGSOE_TEMAER, 1):
        para(f"Tema {n}: {title}", bold=True)
        para(intro)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, ["Mål", "Indsats", "Ansvarlig", "Tidsplan"]):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
        para()
        if n == 2:
            page_break()

    para("Økonomi", bold=True, size=13)
    para("Kommunalbestyrelsen har afsat i alt 6,4 mio. kr. til strategien i perioden 2025–2029. "
         "Hertil kommer midler fra statslige puljer til mental sundhed, som kommunen søger i 2025.")
    para("Opfølgning", bold=True, size=13)
    para("Sundheds- og Forebyggelsesudvalget får status på strategien hvert år i oktober. "
         "Strategien midtvejsevalueres i 2027 og evalueres samlet i 2029 med udgangspunkt i "
         "Sundhedsprofilen og den nationale trivselsmåling i folkeskolen.")
    para()
    para("Kragsø, april 2025")
    para()
    for name, title in [("Louise Damgaard Friis", "Formand for Sundheds- og Forebyggelsesudvalget"),
                        ("Peter Aagaard Mikkelsen", "Sundhedschef")]:
        para(name, bold=True)
        para(title)
    d.save(str(path))
    _fix_zip_dates(path)
    meta(path, organisation="Kragsø Kommune", area="Sundhed og forebyggelse",
         title="Mod på livet – Strategi for mental sundhed 2025–2029", kind="strategi", year=2025,
         **{"#1": "Vedtaget af Kommunalbestyrelsen 24. april 2025; gælder til og med 2029."},
         period="2025-2029", url="")


# ---------------------------------------------------------------------------------------------
# 4. Lyngbæk Kommune: Markdown; "De fire fokusområder er:" + numbered list, later sections
#    "## 2. …" with "Delmål 2a/2b" lines and bullets, a pipe table.
# ---------------------------------------------------------------------------------------------

LYNGBAEK_MD = """\
# Rusmiddelstrategi 2026–2029

**Lyngbæk Kommune** · Socialområdet

*Sammen om et liv uden skadeligt rusmiddelforbrug*

---

## Forord

Siden 2020 er antallet af unge under 25 år i behandling for cannabis i Lyngbæk næsten fordoblet, og
alkohol er fortsat det rusmiddel, der skader flest borgere og deres familier. I 2024 var 412
borgere i rusmiddelbehandling i Lyngbæk, heraf 96 under 25 år. Bag tallene står også børn og
pårørende, der lever med konsekvenserne hver dag.

Rusmiddelproblemer løses ikke af behandlingen alene. Det kræver, at skoler, jobcenter,
boligsociale medarbejdere, foreninger og behandlere arbejder sammen – og at vi ser på hele
borgerens liv. Strategien er blevet til i dialog med borgere i behandling, pårørende,
medarbejdere og Lyngbæk Ungeråd.

Strategien er vedtaget af Byrådet den 11. november 2025 og gælder for årene 2026–2029. Den
afløser Alkohol- og stofpolitikken fra 2018.

## Vision

> Færre borgere i Lyngbæk har et skadeligt forbrug af rusmidler, og de, der har, får hurtigt hjælp, der virker.

## Kerneopgave

Rusmiddelområdets kerneopgave er at forebygge skadeligt forbrug og at give behandling og støtte,
så borgeren kan mestre et liv med mindre eller intet forbrug af rusmidler.

## Strategiens opbygning

Strategien bygger på tre grundholdninger: Vi møder borgeren uden fordømmelse, vi tager
udgangspunkt i borgerens egne mål, og vi ser rusmiddelproblemer i sammenhæng med resten af
livet.

De fire fokusområder er:

1. Tidlig opsporing og forebyggelse blandt unge
2. Behandling, der virker
3. Et liv ud over rusmidlerne
4. Børn og pårørende

Under hvert fokusområde er der et antal delmål. Delmålene er nummereret med fokusområdets nummer
og et bogstav, fx delmål 3b.

## 1. Tidlig opsporing og forebyggelse blandt unge

Jo tidligere vi opdager et begyndende problem, jo lettere er det at vende udviklingen. Vi vil
gøre det naturligt at tale om rusmidler – i skolen, i foreningerne og derhjemme.

**Delmål 1a:** Alle ungdomsuddannelser i Lyngbæk har en rusmiddelpolitik senest i 2027.

**Delmål 1b:** Andelen af 15–16-årige, der har været fulde inden for den seneste måned, falder
fra 31 til 25 procent.

Sådan gør vi:

- SSP-medarbejderne holder forældremøder om rusmidler i alle 8. klasser.
- Vi tilbyder anonym chatrådgivning for unge tre aftener om ugen.
- Natteravnene, politiet og ungdomsklubberne samarbejder om trygge fester.

## 2. Behandling, der virker

Behandlingen skal begynde hurtigt og være tilrettelagt efter borgerens liv – ikke efter
institutionens åbningstider.

**Delmål 2a:** Behandlingen begynder senest 14 dage efter henvendelsen, og for unge under 25 år
senest 7 dage efter.

**Delmål 2b:** Andelen af borgere, der afslutter behandlingen som stoffri eller med et reduceret
forbrug, stiger fra 52 til 65 procent.

**Delmål 2c:** Alle borgere med både en psykisk lidelse og et rusmiddelproblem får en
koordineret behandlingsplan med regionspsykiatrien.

Sådan gør vi:

- Rusmiddelcenter Lyngbæk holder aftenåbent tirsdag og torsdag til kl. 20.
- Unge tilbydes behandling efter metoden MOVE, også i deres eget hjem.
- Et fælles dobbeltdiagnoseteam med regionspsykiatrien mødes hver anden uge.

## 3. Et liv ud over rusmidlerne

Et liv uden skadeligt forbrug kræver noget andet at fylde dagene med: en bolig, et job eller en
uddannelse og et netværk.

**Delmål 3a:** Alle borgere i behandling, som har sager i flere afdelinger, har én koordinerende
sagsbehandler.

**Delmål 3b:** 30 borgere i eller efter behandling kommer hvert år i job eller uddannelse med
støtte efter IPS-metoden.

**Delmål 3c:** Ingen udskrives fra døgnbehandling uden en aftale om bolig.

Sådan gør vi:

- To peer-medarbejdere med egen erfaring med rusmidler ansættes i Rusmiddelcenter Lyngbæk i 2026.
- Recoverycaféen Lyset holder åbent for borgere efter endt behandling.
- Efterbehandling i grupper tilbydes i mindst seks måneder efter afsluttet behandling.

## 4. Børn og pårørende

Omkring hvert tiende barn i Lyngbæk vokser op i en familie med alkohol- eller stofproblemer. Børn
og pårørende skal have hjælp – uanset om den, der drikker eller tager stoffer, selv ønsker
behandling.

**Delmål 4a:** Alle børn i familier med rusmiddelproblemer tilbydes et gruppeforløb i
Familieværkstedet.

**Delmål 4b:** Pårørende tilbydes en første samtale senest 7 dage efter henvendelsen.

Sådan gør vi:

- Sundhedsplejersker, lærere og pædagoger uddannes i at opspore børn i familier med rusmiddelproblemer.
- Pårørenderådgivningen holder åben rådgivning hver onsdag.

## Sådan måler vi

| Målepunkt | Udgangspunkt 2024 | Mål 2029 |
| --- | ---: | ---: |
| Ventetid til behandling, unge under 25 år (dage) | 12 | 7 |
| Afsluttet som stoffri eller med reduceret forbrug (pct.) | 52 | 65 |
| 15–16-årige, der har været fulde seneste måned (pct.) | 31 | 25 |
| Borgere i job eller uddannelse via IPS (antal pr. år) | 11 | 30 |
| Pårørende, der modtager rådgivning (antal pr. år) | 64 | 120 |

## Økonomi og opfølgning

Byrådet har afsat 2,8 mio. kr. årligt fra 2026 til at gennemføre strategien. Socialudvalget får en
status på delmålene hvert år i september, og strategien evalueres i foråret 2029.

---

Lyngbæk, november 2025

**Mette Fogh Andreasen**
Formand for Socialudvalget

**Kasper Winther**
Leder af Rusmiddelcenter Lyngbæk
"""


def make_lyngbaek(path: Path) -> None:
    path.write_text(LYNGBAEK_MD, encoding="utf-8")
    meta(path, organisation="Lyngbæk Kommune", area="Socialområdet – rusmidler",
         title="Rusmiddelstrategi 2026–2029", kind="strategi", year=2025,
         **{"#1": "Vedtaget af Byrådet 11. november 2025; gælder 2026–2029."},
         period="2026-2029", url="")


# ---------------------------------------------------------------------------------------------
# 5. Region Vesterhav: HTML page with nav, cookie banner, breadcrumbs, sidebar and footer;
#    "Politisk mål 1–3" with "Indsats" lists; a key-figure table.
# ---------------------------------------------------------------------------------------------

VESTERHAV_HTML = """\
<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Psykiatri- og socialplan 2025–2030 | Region Vesterhav</title>
<meta name="description" content="Region Vesterhavs plan for psykiatri og det specialiserede sociale område 2025–2030.">
<link rel="stylesheet" href="/static/css/main.3f9a1c.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="page-article">
<div id="cookie-banner" class="cookie-consent" role="dialog" aria-label="Cookies">
  <p>Vi bruger cookies til at forbedre din oplevelse af regionvesterhav.dk og til statistik.
  Du kan til enhver tid trække dit samtykke tilbage.</p>
  <button class="btn accept">Accepter alle</button> <button class="btn reject">Kun nødvendige</button>
  <a href="/cookies">Læs mere om cookies</a>
</div>
<a class="skip-link" href="#main">Spring til indhold</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo-vesterhav.svg" alt="Region Vesterhav – forsiden"></a>
  <nav class="main-nav" aria-label="Hovedmenu">
    <ul>
      <li><a href="/sundhed">Sundhed</a></li>
      <li><a href="/psykiatri" class="active">Psykiatri</a></li>
      <li><a href="/social">Social</a></li>
      <li><a href="/regional-udvikling">Regional udvikling</a></li>
      <li><a href="/politik">Politik</a></li>
      <li><a href="/job">Job</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
  <form class="search" action="/soeg"><input type="search" name="q" placeholder="Søg på siden"><button>Søg</button></form>
</header>
<nav class="breadcrumb" aria-label="Brødkrumme">
  <a href="/">Forside</a> › <a href="/politik">Politik</a> › <a href="/politik/planer-og-strategier">Planer og strategier</a> › Psykiatri- og socialplan 2025–2030
</nav>
<div class="layout">
<main id="main">
<article>
<h1>Psykiatri- og socialplan 2025–2030</h1>
<p class="lead">Sådan vil Region Vesterhav styrke psykiatrien og de specialiserede sociale tilbud frem mod 2030.</p>
<p class="meta">Sidst opdateret 2. juli 2025 · Læsetid 8 min.</p>

<h2>Forord</h2>
<p>Siden 2016 er antallet af patienter i den regionale psykiatri steget med over 40 procent, og især
flere børn og unge henvises til udredning. Samtidig har vi svært ved at rekruttere psykiatere og
sygeplejersker i den vestlige del af regionen. Det kalder på nye måder at arbejde på – og på et
langt tættere samarbejde med kommunerne.</p>
<p>Planen er udarbejdet i samarbejde med regionens ni kommuner, patient- og
pårørendeorganisationerne og medarbejderne i psykiatrien og på de sociale tilbud. Regionsrådet
vedtog planen den 17. juni 2025, og den gælder for perioden 2025–2030.</p>

<h2>Vision og kerneopgave</h2>
<p>Visionen er, at mennesker med psykisk sygdom i Region Vesterhav skal have de samme muligheder for
et langt og godt liv som alle andre.</p>
<p>Psykiatriens og de sociale tilbuds kerneopgave er at udrede, behandle og støtte mennesker med
psykisk sygdom og komplekse sociale behov – i tæt samarbejde med kommunerne, almen praksis og
borgerens netværk.</p>
<aside class="factbox">
<h3>Fakta</h3>
<p>Region Vesterhav dækker ni kommuner med i alt 612.000 indbyggere. Psykiatrien har 2.900
medarbejdere og behandler hvert år omkring 38.000 patienter. Regionen driver 11 specialiserede
sociale tilbud, blandt andet Botilbuddet Klithuse og Kystcentret.</p>
</aside>

<h2>Politisk mål 1: Hurtig udredning og behandling</h2>
<p>Ventetiden til udredning i børne- og ungdomspsykiatrien er i dag 64 dage i gennemsnit. Det er for
lang tid for børn og familier, der står i en svær situation.</p>
<h3>Indsats</h3>
<ul>
<li>Udredningsretten på 30 dage overholdes for mindst 90 procent af børn og unge i 2027.</li>
<li>En psykiatrisk akuttelefon er åben døgnet rundt for borgere, pårørende og fagpersoner fra 1. januar 2026.</li>
<li>En ny psykiatrisk akutmodtagelse med 14 observationspladser åbner ved Holmsted Sygehus i 2027.</li>
<li>De udgående teams udvides, så flere patienter kan behandles i eget hjem.</li>
</ul>

<h2>Politisk mål 2: Sammenhæng på tværs af sektorer</h2>
<p>Mange patienter har brug for hjælp fra både regionen, kommunen og egen læge. Overgangene mellem
sektorerne skal hænge sammen, så ingen falder mellem to stole.</p>
<h3>Indsats</h3>
<ul>
<li>Alle patienter, der udskrives efter mere end 14 dages indlæggelse, får en fælles udskrivningskonference med kommunen.</li>
<li>Psykiatriens Hus etableres i fire kommuner inden 2028, hvor regionale og kommunale medarbejdere arbejder side om side.</li>
<li>Et fælles team for borgere med psykisk sygdom og samtidigt rusmiddelforbrug dækker alle ni kommuner.</li>
<li>Klithuse og Kystcentret stiller specialviden om autisme og svære spiseforstyrrelser til rådighed for kommunerne.</li>
</ul>

<h2>Politisk mål 3: Længere og sundere liv</h2>
<p>Mennesker med svær psykisk sygdom lever 15–20 år kortere end resten af befolkningen.
Overdødeligheden skyldes især hjerte-kar-sygdom, diabetes og rygning.</p>
<h3>Indsats</h3>
<ul>
<li>Alle patienter med svær psykisk sygdom tilbydes en årlig somatisk helbredsundersøgelse.</li>
<li>Rygestopforløb tilpasset psykiatriske patienter tilbydes på alle afdelinger.</li>
<li>Bevægelse og kost indgår i alle behandlingsplaner.</li>
<li>Brugen af tvang skal halveres: antallet af tvangsfikseringer skal falde fra 312 i 2024 til højst 150 i 2030.</li>
</ul>

<h2>Nøgletal</h2>
<p>Tabellen viser udgangspunktet i 2024 og målene for 2030.</p>
<table class="keyfigures">
<thead>
<tr><th>Nøgletal</th><th>2024</th><th>Mål 2030</th></tr>
</thead>
<tbody>
<tr><td>Ventetid til udredning, børn og unge (dage)</td><td>64</td><td>30</td></tr>
<tr><td>Genindlæggelser inden for 30 dage (pct.)</td><td>21,5</td><td>15</td></tr>
<tr><td>Tvangsfikseringer (antal)</td><td>312</td><td>150</td></tr>
<tr><td>Patienter med årlig somatisk helbredsundersøgelse (pct.)</td><td>38</td><td>80</td></tr>
<tr><td>Sengepladser i voksenpsykiatrien</td><td>286</td><td>310</td></tr>
</tbody>
</table>

<h2>Økonomi</h2>
<p>Regionens samlede budget til psykiatri og social er 3,1 mia. kr. i 2025. Regionsrådet har afsat
yderligere 75 mio. kr. over planperioden til de nye indsatser, heraf 28 mio. kr. til den nye
akutmodtagelse i Holmsted.</p>

<h2>Opfølgning</h2>
<p>Udvalget for Psykiatri og Social følger planen hvert halve år på baggrund af nøgletallene.
Kommunerne og Brugerrådet for Psykiatrien inddrages i den årlige status i november.</p>

<div class="signature">
<p>På vegne af Regionsrådet</p>
<p><strong>Karen Munk Thygesen</strong><br>Regionsrådsformand</p>
<p><strong>Ole Bjerregaard</strong><br>Formand for Udvalget for Psykiatri og Social</p>
</div>

<div class="share">Del siden: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a> <a href="javascript:print()">Print</a></div>
<div class="feedback">Var siden nyttig? <button>Ja</button> <button>Nej</button></div>
</article>
</main>
<aside class="sidebar" aria-label="Relaterede sider">
  <h2>Relaterede sider</h2>
  <ul>
    <li><a href="/politik/sundhedsaftale">Sundhedsaftalen 2024–2027</a></li>
    <li><a href="/social/rammeaftale">Rammeaftale for det specialiserede sociale område</a></li>
    <li><a href="/psykiatri/ventetider">Aktuelle ventetider i psykiatrien</a></li>
    <li><a href="/psykiatri/akut">Akut hjælp: Ring 1813</a></li>
  </ul>
  <h2>Download</h2>
  <ul><li><a href="/media/psykiatri-og-socialplan-2025-2030.pdf">Planen som PDF (2,4 MB)</a></li></ul>
</aside>
</div>
<footer class="site-footer">
  <div class="col">
    <h2>Region Vesterhav</h2>
    <p>Regionshuset<br>Klitvej 2<br>6999 Holmsted</p>
    <p>Tlf. 7000 1234 · CVR 10 20 30 40 (fiktiv)</p>
  </div>
  <div class="col">
    <h2>Genveje</h2>
    <ul><li><a href="/om">Om regionen</a></li><li><a href="/presse">Presse</a></li><li><a href="/job">Ledige stillinger</a></li><li><a href="/aktindsigt">Aktindsigt</a></li></ul>
  </div>
  <div class="col">
    <p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/privatliv">Privatlivspolitik</a> · <a href="/cookies">Cookies</a></p>
    <p>© Region Vesterhav 2025</p>
  </div>
</footer>
<script src="/static/js/main.8d21e0.js"></script>
</body>
</html>
"""


def make_vesterhav(path: Path) -> None:
    path.write_text(VESTERHAV_HTML, encoding="utf-8")
    meta(path, organisation="Region Vesterhav", area="Psykiatri og social",
         title="Psykiatri- og socialplan 2025–2030", kind="plan", year=2025,
         **{"#1": "Vedtaget af Regionsrådet 17. juni 2025."},
         period="2025-2030", url="")


# ---------------------------------------------------------------------------------------------
# 6. Strandvig Kommune: plain text as exported from a scanned PDF. Page headers, bare page
#    numbers, hyphenated line breaks, OCR errors; "Princip 1–6", "Indsatsområde I–III".
#    No sidecar.
# ---------------------------------------------------------------------------------------------

# Blocks: ("h", text) heading line, ("p", text) paragraph wrapped with hyphenation,
# ("pre", text) kept as is, ("brk",) page break.
STRANDVIG_BLOCKS = [
    ("pre", "STRANDVIG KOMMUNE"),
    ("pre", "\nPOLITIK FOR SOCIALT UDSATTE BORGERE 2024–2027\n\nEt sted at høre til\n"),
    ("pre", "Indhold\n"
            "Forord .............................................. 1\n"
            "Vision og kerneopgave ............................... 2\n"
            "Seks principper ..................................... 2\n"
            "Indsatsområde l: Bolig og bostøtte .................. 3\n"
            "Indsatsområde II: Sundhed og skadesreduktion ........ 3\n"
            "Indsatsområde III: Fællesskab og beskæftigelse ...... 4\n"
            "Økonomi og opfølgning ............................... 4\n"),
    ("h", "Forord"),
    ("p", "Strandvig har siden 2015 arbejdet efter Housing First-tilgangen, og vi har erfaret, at "
          "en stabil bolig er det bedste fundament for at komme videre i livet. Alligevel viste den "
          "seneste hjemløsetælling i 2022, at 68 borgere i Strandvig var hjemløse, heraf 19 unge "
          "under 25 år. Det er for mange, og det er et fælles ansvar at ændre det."),
    ("p", "Politikken er blevet til i tæt dialog med Strandvig Udsatteråd, brugere af værestedet "
          "Fyrtårnet, frivillige organisationer og medarbejdere i socialafdelingen, jobcentret og "
          "sundhedsplejen. Den bygger på seks principper og tre indsatsområder, og den gælder for "
          "alle afdelinger i kommunen, der møder socialt udsatte borgere."),
    ("p", "Politikken er vedtaget af Byrådet den 30. januar 2024 og gælder for årene 2024 til 2027."),
    ("brk",),
    ("h", "Vision og kerneopgave"),
    ("p", "Vision: Alle borgere i Strandvig skal have et sted at bo, et fællesskab at høre til og "
          "en hverdag med mening."),
    ("p", "Kerneopgave: Socialområdets kerneopgave er at hjælpe socialt udsatte borgere til at "
          "mestre eget liv i egen bolig – med den støtte, der er nødvendig, så længe den er "
          "nødvendig."),
    ("p", "Politikken omfatter borgere over 18 år, som er hjemløse eller i risiko for at blive "
          "det, har et rusmiddelforbrug, er psykisk sårbare eller på anden måde lever på kanten af "
          "samfundet. Vi anslår, at omkring 450 borgere i Strandvig er i målgruppen."),
    ("h", "Seks principper"),
    ("p", "Alle indsatser i politikken bygger på seks principper. De gælder for både kommunale "
          "medarbejdere og de partnere, vi samarbejder med."),
    ("p", "Princip 1: Bolig først. En egen bolig er ikke en belønning for at være klar, men "
          "udgangspunktet for at kunne arbejde med alt det andet."),
    ("p", "Princip 2: Borgeren er ekspert i eget liv. Vi lytter til borgerens egne ønsker og mål "
          "og respekterer borgerens valg."),
    ("p", "Princip 3: Skadesreduktion frem for krav. Vi stiller ikke krav om stoffrihed for at "
          "give hjælp, men arbejder for at mindske skaderne ved et forbrug."),
    ("p", "Princip 4: Én plan og én indgang. Borgeren skal kun fortælle sin historie én gang og "
          "har én koordinerende kontaktperson i kommunen."),
    ("p", "Princip 5: Ingen udskrivning til gaden. Ingen borger skal forlade hospital, fængsel "
          "eller behandling uden et sted at sove."),
    ("p", "Princip 6: Civilsamfundet er en partner. Frivillige og foreninger er ligeværdige "
          "samarbejdspartnere, ikke et supplement."),
    ("brk",),
    ("h", "Indsatsområde I: Bolig og bostøtte"),
    ("p", "Målsætning: Antallet af hjemløse borgere skal falde fra 68 til under 35 ved "
          "hjemløsetællingen i 2026."),
    ("p", "Det gør vi:"),
    ("ul", "- 20 skæve boliger opføres på Kildemarken og står klar i efteråret 2025.\n"
            "- CTI-forløb på ni måneder tilbydes til 40 borgere om året, når de flytter i egen bolig.\n"
            "- Ingen borger skal bo mere end 120 dage på forsorgshjemmet Havnely.\n"
            "- Boligsociale medarbejdere og bostøtten samarbejder om at forebygge udsættelser."),
    ("p", "Akuttilbuddet Havnely har 24 pladser efter servicelovens § 110. Opholdet skal bruges "
          "aktivt til at finde en varig bolig, og en bostøttemedarbejder følger borgeren fra første "
          "dag."),
    ("h", "Indsatsområde II: Sundhed og skadesreduktion"),
    ("p", "Målsætning: Antallet af akutte indlæggelser blandt borgere i målgruppen skal falde med "
          "15 procent inden 2027."),
    ("p", "Det gør vi:"),
    ("ul", "- Gadesygeplejersken kommer på værestederne og på Havnely fire dage om ugen.\n"
            "- Sundhedsrummet på Havnegade 12 har åbent alle hverdage kl. 10-16.\n"
            "- Naloxon udleveres til alle, der bruger opioider, og til deres netværk.\n"
            "- Alle beboere på Havnely tilbydes tandbehandling gennem socialtandplejen."),
    ("brk",),
    ("h", "Indsatsområde III: Fællesskab og beskæftigelse"),
    ("p", "Målsætning: 25 borgere i målgruppen har et særligt tilrettelagt job eller småjob i "
          "2027."),
    ("p", "Det gør vi:"),
    ("ul", "- Værestedet Fyrtårnet holder åbent alle årets 365 dage.\n"
            "- Den socialøkonomiske virksomhed Café Strandkanten ansætter borgere i småjob.\n"
            "- Jobcentret har to mentorer, der kender målgruppen, og som møder borgerne på værestederne.\n"
            "- Strandvig Udsatteråd får 150.000 kr. årligt til egne aktiviteter."),
    ("h", "Økonomi og opfølgning"),
    ("p", "Byrådet har afsat i alt 22 mio. kr. til politikken i perioden 2024-2027, fordelt som vist "
          "herunder."),
    ("pre", "Økonomi (1.000 kr.)              2024     2025     2026     2027\n"
            "Skæve boliger, drift            1.200    2.400    2.400    2.400\n"
            "CTI-team                        1.850    1.850    1.850    1.850\n"
            "Sundhedsrummet                    900      900      900      900\n"
            "Fyrtårnet, udvidet åbningstid     650      650      650      650\n"
            "I alt                           4.600    5.800    5.800    5.800"),
    ("p", "Social- og Arbejdsmarkedsudvalget følger op på politikken én gang om året i maj sammen "
          "med Strandvig Udsatteråd. Politikken evalueres i 2027, før en ny politik udarbejdes."),
    ("pre", "\nStrandvig, januar 2024\n\n\n"
            "Jørgen Kvist Madsen                    Susanne Lykke\n"
            "Formand for Social- og                 Socialdirektør\n"
            "Arbejdsmarkedsudvalget"),
]

# Scan damage, applied to the finished text: (old, new, which occurrences (1-based) or None=all).
STRANDVIG_OCR = [
    (" på ", " pa ", (1, 3, 4, 6, 9)),
    ("Målsætning:", "Malsaetning:", (2,)),
    ("Målsætning:", "Målsaetning:", (3,)),
    ("Indsatsområde II:", "Indsatsomrade II:", (2,)),
    ("fællesskab", "faellesskab", (1,)),
    ("særligt", "saerligt", None),
    ("borgerne", "borgeme", (1,)),
    ("Havnely", "HavneIy", (2,)),
    ("støtte", "stotte", (1,)),
    ("bostøtten", "bostotten", None),
    ("ønsker", "gnsker", None),
    ("skæve", "skaeve", (1,)),
    ("Økonomi og opfølgning", "Okonomi og opfolgning", (1,)),
]

STRANDVIG_HEADER = "Strandvig Kommune · Udsattepolitik 2024-2027"


VOWELS = set("aeiouyæøå")


def hyphen_wrap(text: str, width: int = 72) -> list[str]:
    """Wrap like a PDF export: long words that do not fit are split with a hyphen."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - (1 if line else 0) - 1
        cut = room
        while cut >= 4 and not (word[cut].lower() not in VOWELS and word[cut + 1:cut + 2].lower() in VOWELS):
            cut -= 1  # break before a consonant followed by a vowel, as Danish syllables do
        if len(word) >= 9 and cut >= 4 and len(word) - cut >= 4 and word[:cut].isalpha():
            lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def make_strandvig(path: Path) -> None:
    pages, cur = [], []
    for block in STRANDVIG_BLOCKS:
        kind = block[0]
        if kind == "brk":
            pages.append(cur)
            cur = []
        elif kind == "h":
            cur += ["", block[1], ""]
        elif kind == "p":
            cur += hyphen_wrap(block[1]) + [""]
        elif kind == "ul":
            for item in block[1].split("\n"):
                wrapped = hyphen_wrap(item[2:], width=68)
                cur += ["- " + wrapped[0]] + ["  " + x for x in wrapped[1:]]
            cur += [""]
        else:
            cur += block[1].split("\n") + [""]
    pages.append(cur)
    out = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out += [STRANDVIG_HEADER, ""]
        while page and not page[0].strip():
            page.pop(0)
        while page and not page[-1].strip():
            page.pop()
        out += page
        out += ["", "", " " * 36 + str(n), ""]
    text = "\n".join(out) + "\n"
    for old, new, which in STRANDVIG_OCR:
        parts = text.split(old)
        rebuilt = parts[0]
        for i, part in enumerate(parts[1:], 1):
            rebuilt += (new if which is None or i in which else old) + part
        text = rebuilt
    path.write_text(text, encoding="utf-8")
    # Deliberately no .meta.toml: organisation and period must be read from the text.


# ---------------------------------------------------------------------------------------------
# Checking questions.jsonl against the generated files
# ---------------------------------------------------------------------------------------------

def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def fold(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def check() -> int:
    texts = {org: fold(extract(HERE / name)) for org, name in FILES.items()}
    bad = 0
    rows = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ids = set()
    for q in rows:
        assert set(q) == {"id", "q", "org", "cite", "say", "kind"}, q
        assert q["id"] not in ids, q["id"]
        ids.add(q["id"])
        assert q["kind"] in {"structure", "fact", "table", "team", "overview", "english", "refuse"}, q
        assert all(o in FILES for o in q["org"]), q
        pool = [texts[o] for o in q["org"]]
        for group in q["cite"]:
            hits = [p for p in group if any(fold(p) in t for t in pool)]
            if not hits:
                bad += 1
                print(f"{q['id']}: no phrase of {group} found in {q['org']}")
            for p in group:
                if p not in hits:
                    print(f"  ({q['id']}: alternative {p!r} not found; ok if another matches)")
        if len(q["org"]) > 1:
            for o in q["org"]:
                if not any(any(fold(p) in texts[o] for p in g) for g in q["cite"]):
                    bad += 1
                    print(f"{q['id']}: no cite group points into {o}")
    print(f"{len(rows)} questions, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    makers = {"Bøgelund Kommune": make_boegelund, "Havmose Kommune": make_havmose,
              "Kragsø Kommune": make_kragsoe, "Lyngbæk Kommune": make_lyngbaek,
              "Region Vesterhav": make_vesterhav, "Strandvig Kommune": make_strandvig}
    for org, name in FILES.items():
        makers[org](HERE / name)
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
