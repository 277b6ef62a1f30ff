"""Generate the third held-out set: five fictional organisations, five different layouts.

Run with the project's virtualenv (needs python-docx and fpdf2):

    .venv/bin/python bench/holdout3/make.py

Writes, next to this file:
  kloevermose-handicappolitik-2026-2029.docx (+ .meta.toml)
      Word document: built-in Title/Heading 1/Heading 2 styles, "Tema 1-4" as typed Heading 1
      text, goals as an automatic multi-level Word list (numbering.xml: "1." / "1.1" are NOT in
      the paragraph text), a budget table and a footer.
  region-nordmarsk-sundhedsstrategi-2026-2029.pdf
      fpdf2 report: cover page, table of contents with dotted leaders and page numbers, running
      header with the title, "n / N" page numbers, "Fokusområde 1-3" each with a Mål/Hvornår/Hvem
      table (the table in Fokusområde 2 breaks across a page and repeats its header row).
  tjoernebro-beskaeftigelsesstrategi-2026-2028.txt
      plain text saved from a word processor: UPPERCASE headings, "INDSATSOMRÅDE I-III", goals
      "I.1", "II.2", indented "a." / "b." items, hard wraps at 70 characters, tab-separated key
      figure table, a form feed after the title page.
  vibedal-boerne-ungepolitik-2026-2030.html
      intranet page: <h2>Principper</h2> + <dl> of "1. ..." terms, "Strategiske mål" <ol>,
      a key figures <table>, navigation and footer around the content.
  stenlykke-aeldrepolitik-2026-2029.md (+ .meta.toml)
      Markdown: vision as blockquote, "**Pejlemærke 1 – Tryghed**" bold paragraphs (no # heading),
      "Det vil vi:" bullet lists, a pipe table of money.

Everything is fictional. Output is deterministic (fixed dates in DOCX/PDF metadata and zip).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2026, 1, 20, 9, 30, 0, tzinfo=dt.timezone.utc)


def write_meta(stem: str, organisation: str, title: str) -> None:
    text = f'organisation = "{organisation}"\ntitle = "{title}"\n'
    (HERE / f"{stem}.meta.toml").write_text(text, encoding="utf-8")


# =============================================================================================
# 1. DOCX - Kløvermose Kommune, Handicap- og psykiatripolitik 2026-2029
# =============================================================================================

KLOEVERMOSE_STEM = "kloevermose-handicappolitik-2026-2029"
KLOEVERMOSE_TITLE = "Handicap- og psykiatripolitik 2026–2029"

KLOEVERMOSE_INTRO = [
    (
        "Forord",
        [
            "Handicap- og psykiatripolitikken beskriver, hvordan Kløvermose Kommune vil arbejde for, "
            "at borgere med fysisk, psykisk eller kognitiv funktionsnedsættelse kan leve det liv, de "
            "selv ønsker. Politikken er skrevet i tæt samarbejde med Handicaprådet, "
            "brugerorganisationerne og medarbejdere fra både myndighed og udfører. Mere end 140 "
            "borgere, pårørende og medarbejdere deltog i de fire dialogmøder i foråret 2025, og "
            "deres input går igen i alle fire temaer.",
            "Politikken gælder for alle kommunens forvaltninger – fra byggesager og kultur til skoler "
            "og jobcenter – fordi tilgængelighed og inklusion ikke kun er en opgave for det sociale "
            "område.",
            "Anne-Mette Sørvad, borgmester, og Kasper Lund Iversen, formand for Social- og "
            "Sundhedsudvalget",
        ],
    ),
    (
        "Vision",
        [
            "I Kløvermose skal mennesker med handicap eller psykisk sårbarhed have de samme "
            "muligheder som alle andre for at bo, lære, arbejde og deltage i fællesskaber – på "
            "egne præmisser.",
        ],
    ),
    (
        "Formål og kerneopgave",
        [
            "Politikkens formål er at give en fælles retning for indsatsen over for de ca. 4.300 "
            "borgere i Kløvermose, der modtager en social indsats på grund af handicap eller psykisk "
            "sygdom. Kerneopgaven er at styrke borgerens mestring af eget liv, så hjælpen gør "
            "borgeren mere selvhjulpen og ikke mere afhængig.",
            "Politikken bygger på FN's Handicapkonvention og på de fire handicappolitiske principper: "
            "kompensation, sektoransvar, solidaritet og ligebehandling.",
            "Politikken er bygget op om fire temaer. Under hvert tema beskriver vi, hvorfor temaet er "
            "vigtigt, hvilke mål vi vil nå inden udgangen af 2029, og hvem der har ansvaret.",
        ],
    ),
]

# (heading, why, [(goal, [sub-goals])], responsibility)
KLOEVERMOSE_THEMES = [
    (
        "Tema 1: Selvstændigt liv i eget hjem",
        "Et eget hjem er grundlaget for et selvstændigt liv. I dag bor 212 voksne borgere i "
        "kommunens botilbud, og flere af dem fortæller, at de gerne vil prøve kræfter med egen "
        "bolig, hvis de kan få den rette støtte. Samtidig venter borgerne for længe på hjælpemidler, "
        "og det begrænser både hverdagen og arbejdslivet.",
        [
            (
                "Flere borgere skal kunne bo i egen bolig med støtte",
                [
                    "Antallet af borgere, der hvert år flytter fra botilbud til egen bolig med "
                    "bostøtte, skal stige fra 9 i 2024 til 20 i 2029.",
                    "Ventetiden på socialpædagogisk støtte i eget hjem må højst være fire uger, fra "
                    "afgørelsen er truffet.",
                ],
            ),
            (
                "Hjælpemidler skal være på plads hurtigere",
                [
                    "Sagsbehandlingstiden for hjælpemidler og boligændringer skal ned fra 11 uger "
                    "til 6 uger inden udgangen af 2027.",
                    "Hjælpemiddeldepotet på Mosevej holder åbent til kl. 18 hver torsdag fra 1. "
                    "marts 2026.",
                ],
            ),
            (
                "Borgeren skal selv sætte målene for sin støtte",
                [
                    "Alle borgere med socialpædagogisk støtte har en indsatsplan med egne mål, som "
                    "gennemgås sammen med borgeren mindst hvert halve år.",
                ],
            ),
        ],
        "Myndighed Voksne har ansvaret for visitation og sagsbehandlingstider. Bostøtteteamet og "
        "botilbuddene har ansvaret for indsatsplanerne og for at forberede de borgere, der ønsker "
        "at flytte i egen bolig.",
    ),
    (
        "Tema 2: Uddannelse, job og en meningsfuld hverdag",
        "Arbejde og uddannelse giver ikke kun økonomisk frihed, men også kolleger, struktur og "
        "stolthed. Alt for få unge med handicap kommer videre efter den særligt tilrettelagte "
        "ungdomsuddannelse (STU), og kun hver tredje borger i beskyttet beskæftigelse har kontakt "
        "til en almindelig arbejdsplads.",
        [
            (
                "Flere unge med handicap skal i job eller uddannelse efter STU",
                [
                    "Mindst 60 % af de unge, der afslutter STU, skal være i job, uddannelse eller "
                    "beskæftigelse et år efter. I 2024 var andelen 42 %.",
                    "Overgangen planlægges, fra den unge er 17 år, så ingen afslutter STU uden en "
                    "aftalt plan for det næste.",
                ],
            ),
            (
                "Kommunen skal gå foran som arbejdsplads",
                [
                    "Kløvermose Kommune opretter 25 nye fleksjob og job med løntilskud i egne "
                    "afdelinger inden udgangen af 2028.",
                ],
            ),
            (
                "Dagtilbud og beskyttet beskæftigelse skal pege ud mod samfundet",
                [
                    "Halvdelen af borgerne i beskyttet beskæftigelse skal have mindst én ugentlig "
                    "opgave på en almindelig arbejdsplads i 2029.",
                    "Aktivitetshuset Lysningen holder åbent til kl. 20 to aftener om ugen fra august "
                    "2026.",
                ],
            ),
        ],
        "Jobcenter Kløvermose og Ungeenheden har ansvaret for overgangen fra STU. HR og Løn "
        "koordinerer fleksjob i egne afdelinger, og Aktivitetshuset Lysningen har ansvaret for "
        "aftenåbningen.",
    ),
    (
        "Tema 3: Tilgængelighed og deltagelse i fællesskaber",
        "Det skal være lige så let for en kørestolsbruger, en blind eller en borger med autisme at "
        "gå til koncert, bruge biblioteket eller melde sig ind i en forening som for alle andre. "
        "Tilgængelighed handler både om fysiske forhold, om digitale løsninger og om den måde, vi "
        "møder hinanden på.",
        [
            (
                "Kommunens bygninger skal være tilgængelige for alle",
                [
                    "Rådhuset, de tre biblioteker og Kløvermosehallen gennemgås for tilgængelighed i "
                    "2026 sammen med Handicaprådet.",
                    "Der afsættes 2,5 mio. kr. om året i 2026–2029 til at fjerne de barrierer, "
                    "gennemgangen finder.",
                ],
            ),
            (
                "Digital selvbetjening skal kunne bruges af alle",
                [
                    "Kommunens hjemmeside og selvbetjeningsløsninger skal leve op til WCAG 2.1 "
                    "niveau AA inden 1. juli 2027, og alle breve fra kommunen skal kunne læses op.",
                ],
            ),
            (
                "Flere skal deltage i foreningslivet",
                [
                    "En inklusionspulje på 400.000 kr. om året støtter foreninger, der laver hold "
                    "eller aktiviteter for borgere med handicap.",
                    "Antallet af borgere med handicap, der er aktive i en forening, skal stige med "
                    "30 % i perioden.",
                ],
            ),
        ],
        "Teknik og Miljø har ansvaret for bygningerne, Digitalisering for "
        "selvbetjeningsløsningerne og Kultur og Fritid for inklusionspuljen.",
    ),
    (
        "Tema 4: Mental sundhed og psykiatri",
        "Hver femte borger i Kløvermose vil i løbet af livet opleve en psykisk lidelse. Mange venter "
        "for længe på hjælp, og overgangen fra hospital til eget hjem er et sårbart tidspunkt, hvor "
        "vi for ofte mister kontakten til borgeren.",
        [
            (
                "Hjælpen skal være let at få og komme tidligt",
                [
                    "Den anonyme rådgivning Åben Dør holder åbent alle hverdage, og ingen borger skal "
                    "vente mere end tre hverdage på en samtale.",
                    "Alle borgere, der udskrives fra psykiatrisk afdeling, får et møde med kommunen "
                    "senest 48 timer efter udskrivelsen.",
                ],
            ),
            (
                "Recovery og erfaringsviden skal præge indsatsen",
                [
                    "Der ansættes fire peer-medarbejdere med egen erfaring med psykisk sygdom i "
                    "Socialpsykiatrien i 2027.",
                    "Alle medarbejdere i Socialpsykiatrien gennemfører et kursus i recoveryorienteret "
                    "praksis inden udgangen af 2026.",
                ],
            ),
            (
                "Pårørende skal have støtte",
                [
                    "Der oprettes to pårørendegrupper om året, og pårørende tilbydes en samtale, når "
                    "et familiemedlem får bostøtte.",
                ],
            ),
        ],
        "Socialpsykiatrien har ansvaret for Åben Dør og for ansættelsen af peer-medarbejderne. "
        "Møderne efter udskrivelse holdes i samarbejde med regionens psykiatriske center.",
    ),
]

KLOEVERMOSE_BUDGET = [
    ("Indsats", "Tema", "Beløb pr. år", "Periode"),
    ("Tilgængelighedspulje til kommunens bygninger", "3", "2,5 mio. kr.", "2026–2029"),
    ("Inklusionspulje til foreninger", "3", "400.000 kr.", "2026–2029"),
    ("Fire peer-medarbejdere i Socialpsykiatrien", "4", "1,9 mio. kr.", "2027–2029"),
    ("Aftenåbning i Aktivitetshuset Lysningen", "2", "650.000 kr.", "2026–2029"),
    ("Ekstra sagsbehandler på hjælpemiddelområdet", "1", "560.000 kr.", "2026–2027"),
]

KLOEVERMOSE_FOLLOWUP = [
    "Social og Sundhed udarbejder hvert år i september en status på målene, som behandles i "
    "Social- og Sundhedsudvalget og i Handicaprådet. Politikken evalueres samlet i 2029, inden en "
    "ny politik udarbejdes.",
    "Direktøren for Social og Sundhed har det overordnede ansvar for, at politikken føres ud i "
    "livet.",
]


def _numbering_xml(abstract_id: int, num_ids: list[int]) -> tuple[str, list[str]]:
    """A two-level Word list ("1." then "1.1") and one restarting w:num per theme."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = [
        ("%1.", 357, 357, True),
        ("%1.%2", 1077, 720, False),
        ("%1.%2.%3", 1797, 900, False),
    ]
    lvl_xml = ""
    for i, (text, left, hanging, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvl_xml += (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
        )
    abstract = (
        f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="4B1D{abstract_id:04X}"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="0C2A{abstract_id:04X}"/>{lvl_xml}</w:abstractNum>'
    )
    nums = [
        f'<w:num {ns} w:numId="{n}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for n in num_ids
    ]
    return abstract, nums


def _fixed_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as src:
        members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())


def make_kloevermose() -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.title = KLOEVERMOSE_TITLE
    cp.author = "Social og Sundhed, Kløvermose Kommune"
    cp.last_modified_by = "Social og Sundhed"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for name, size, colour in (("Heading 1", 16, (0x2E, 0x6B, 0x3A)), ("Heading 2", 12.5, (0x3C, 0x3C, 0x3C))):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(*colour)

    # --- numbering definitions (multi-level list, restarted for each theme) ---
    numbering = doc.part.numbering_part.element
    abstract_id = 41
    num_ids = [71, 72, 73, 74]
    abstract, nums = _numbering_xml(abstract_id, num_ids)
    first_num = numbering.find(qn("w:num"))
    abs_el = parse_xml(abstract)
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    for n in nums:
        numbering.append(parse_xml(n))

    def list_item(text: str, num_id: int, level: int) -> None:
        p = doc.add_paragraph(text, style="List Paragraph")
        ppr = p._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        num_pr.append(ilvl)
        num_pr.append(nid)
        ppr.insert(0, num_pr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(num_pr)
        p.paragraph_format.space_after = Pt(3)
        if level == 0:
            for run in p.runs:
                run.bold = True

    # --- footer ---
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = f"Kløvermose Kommune · {KLOEVERMOSE_TITLE}"
    footer.runs[0].font.size = Pt(8)

    # --- front ---
    doc.add_paragraph(KLOEVERMOSE_TITLE, style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Et liv med muligheder – Kløvermose Kommune")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph("Vedtaget af Byrådet den 9. december 2025")

    for heading, paras in KLOEVERMOSE_INTRO:
        doc.add_heading(heading, level=1)
        for i, text in enumerate(paras):
            p = doc.add_paragraph(text)
            if heading == "Vision":
                for run in p.runs:
                    run.italic = True
                    run.font.size = Pt(12.5)
            if heading == "Forord" and i == len(paras) - 1:
                for run in p.runs:
                    run.italic = True

    for (heading, why, goals, resp), num_id in zip(KLOEVERMOSE_THEMES, num_ids):
        doc.add_heading(heading, level=1)
        doc.add_heading("Hvorfor er det vigtigt?", level=2)
        doc.add_paragraph(why)
        doc.add_heading("Det vil vi nå", level=2)
        for goal, subs in goals:
            list_item(goal, num_id, 0)
            for s in subs:
                list_item(s, num_id, 1)
        doc.add_heading("Ansvar", level=2)
        doc.add_paragraph(resp)

    doc.add_heading("Økonomi", level=1)
    doc.add_paragraph(
        "Politikken gennemføres for en stor del inden for de eksisterende budgetter. Byrådet har i "
        "budget 2026 afsat følgende ekstra midler:"
    )
    table = doc.add_table(rows=len(KLOEVERMOSE_BUDGET), cols=4)
    table.style = "Light Grid Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(KLOEVERMOSE_BUDGET):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_heading("Opfølgning og ansvar", level=1)
    for text in KLOEVERMOSE_FOLLOWUP:
        doc.add_paragraph(text)

    out = HERE / f"{KLOEVERMOSE_STEM}.docx"
    doc.save(out)
    _fixed_zip(out)
    write_meta(KLOEVERMOSE_STEM, "Kløvermose Kommune", KLOEVERMOSE_TITLE)


# =============================================================================================
# 2. PDF - Region Nordmarsk, Sundhedsstrategi 2026-2029
# =============================================================================================

NORDMARSK_FILE = "region-nordmarsk-sundhedsstrategi-2026-2029.pdf"
NORDMARSK_TITLE = "Sundhedsstrategi 2026–2029"

NORDMARSK_SECTIONS = [
    (
        "Forord",
        [
            "Sundhedsvæsenet i Nordmarsk står over for store forandringer. Frem mod 2030 bliver der "
            "28 % flere borgere over 80 år i regionen, mens antallet af borgere i den erhvervsaktive "
            "alder falder. Samtidig vokser antallet af børn og unge, der mistrives. Vi kan ikke løse "
            "opgaverne ved at gøre mere af det samme.",
            "Strategien samler regionens indsats om tre fokusområder, hvor vi sammen med de ni "
            "kommuner og de praktiserende læger kan gøre den største forskel for borgerne. Den er "
            "blevet til efter en lang række møder med patientforeninger, medarbejdere og borgere, "
            "og den erstatter Sundhedsplan 2021–2024.",
            "Mads Kjærsgaard Holm, regionsrådsformand",
        ],
    ),
    (
        "Vision og kerneopgave",
        [
            "Vision: Sundhed tæt på – et sammenhængende sundhedsvæsen, hvor borgeren oplever én "
            "indgang og ét forløb, uanset hvem der leverer hjælpen.",
            "Kerneopgave: Region Nordmarsk skal forebygge, udrede, behandle og pleje, så borgerne "
            "lever længere med højere livskvalitet – og gøre det i tæt samarbejde med kommunerne, "
            "de praktiserende læger og borgerne selv.",
        ],
    ),
    (
        "Sådan læser du strategien",
        [
            "Strategien gælder fra 1. januar 2026 til 31. december 2029. Hvert fokusområde indledes "
            "med en kort beskrivelse af udfordringen. Derefter følger en tabel med målene, hvornår "
            "de skal være nået, og hvem der har ansvaret.",
            "Målene er aftalt i Sundhedssamarbejdsudvalget, hvor regionen, de ni kommuner og de "
            "praktiserende læger er repræsenteret. Hvor en kommune står som ansvarlig, gælder målet "
            "for alle ni kommuner, med mindre andet er nævnt.",
        ],
    ),
]

NORDMARSK_FOCUS = [
    (
        "Fokusområde 1: Sammenhæng for ældre og kronisk syge",
        [
            "Ældre medicinske patienter og borgere med flere kroniske sygdomme oplever ofte, at de "
            "skal fortælle deres historie igen og igen. 14 % af de ældre medicinske patienter "
            "genindlægges inden for 30 dage efter udskrivelse, og mange indlæggelser kunne være "
            "undgået med en tidligere indsats i eget hjem.",
            "Vi vil flytte mere behandling ud i nærområdet, styrke samarbejdet mellem sygehus, "
            "kommunale akutteams og almen praksis og give borgeren ét samlet overblik over sit "
            "forløb.",
        ],
        [
            ("Genindlæggelser af ældre medicinske patienter inden for 30 dage falder fra 14 % til 10 %",
             "Udgangen af 2028", "Medicinsk Afdeling, Nordmarsk Sygehus, og kommunernes akutteams"),
            ("Kommunale akutteams har døgndækning med sygeplejerske i alle ni kommuner",
             "1. januar 2027", "Kommunerne, med støtte fra Akutberedskabet"),
            ("Borgere med to eller flere kroniske sygdomme får en fælles digital forløbsplan, som "
             "borger, læge og kommune kan se", "Fra 2027", "Almen praksis og Sundhedsinnovation"),
            ("Tre nye sundhedshuse åbner i Tangholm, Ebbesund og Krageby",
             "2026, 2027 og 2029", "Regionens Byggeafdeling og de tre værtskommuner"),
            ("Udgående geriatrisk team kommer på hjemmebesøg senest 5 hverdage efter henvisning",
             "Fra 1. september 2026", "Geriatrisk Afdeling"),
        ],
    ),
    (
        "Fokusområde 2: Børn og unges mentale sundhed",
        [
            "Antallet af børn og unge, der henvises til børne- og ungdomspsykiatrien, er steget med "
            "38 % siden 2019. Mange venter længe, og mange af dem kunne have fået hjælp tidligere "
            "og tættere på deres hverdag i skole, fritid og familie.",
            "Vi vil styrke den tidlige hjælp i kommunerne, så den specialiserede psykiatri kan "
            "koncentrere sig om de børn og unge, der har mest brug for den. Samtidig skal "
            "overgangen fra behandling tilbage til hverdagen være bedre planlagt, så de unge ikke "
            "står alene, når forløbet slutter.",
            "Unge skal inddrages i, hvordan tilbuddene indrettes. Et ungepanel med 12 unge i "
            "alderen 15–24 år følger arbejdet og mødes med psykiatriledelsen fire gange om året.",
        ],
        [
            ("Ventetiden til udredning i Børne- og Ungdomspsykiatrien er højst 30 dage",
             "1. juli 2027", "Børne- og Ungdomspsykiatrien Nordmarsk"),
            ("Alle ni kommuner har et gruppeforløb for børn og unge med lettere angst og depression",
             "Udgangen af 2026", "Kommunerne"),
            ("PPR og sundhedsplejen kan få psykiatrisk rådgivning i en fast telefontid hver hverdag "
             "kl. 8–10", "Fra marts 2026", "Børne- og Ungdomspsykiatrien Nordmarsk"),
            ("Tværfaglige teams med psykolog, socialrådgiver og sundhedsplejerske i alle kommuner",
             "2028", "Kommunerne og regionen i fællesskab"),
            ("Brugen af bæltefiksering af børn og unge halveres i forhold til 2024",
             "2029", "Børne- og Ungdomspsykiatrien Nordmarsk"),
            ("Alle unge, der afslutter behandling, har en skriftlig plan for overgangen til "
             "kommunale tilbud", "2027", "Psykiatrien og kommunernes ungeenheder"),
            ("Ungepanelet giver hvert år en skriftlig vurdering af tilbuddene til "
             "Sundhedssamarbejdsudvalget", "Hvert år i oktober", "Psykiatriledelsen"),
        ],
    ),
    (
        "Fokusområde 3: Lighed i sundhed",
        [
            "Borgere med kort uddannelse lever i gennemsnit fem år kortere end borgere med lang "
            "uddannelse i Nordmarsk. Forskellen skyldes blandt andet rygning, overvægt og at sårbare "
            "borgere sjældnere møder op til undersøgelser og behandling.",
            "Vi vil målrette indsatsen, så de borgere, der har størst behov, får mest hjælp – også "
            "når det betyder, at vi skal gøre tingene forskelligt for forskellige borgere.",
        ],
        [
            ("Andelen af dagligrygere blandt unge på 16–24 år falder fra 13 % til 8 %",
             "2029", "Forebyggelsescenter Nordmarsk og kommunerne"),
            ("Tolkning via video er mulig på alle sygehusafsnit", "Udgangen af 2026", "Patientkontoret"),
            ("Udeblivelser fra ambulante aftaler blandt borgere i udsatte boligområder halveres",
             "2028", "Sygehusenes ambulatorier og Sundhedsinnovation"),
            ("Udkørende sundhedstjek besøger 20 lokalområder om året",
             "Fra 2027", "Forebyggelsescenter Nordmarsk"),
            ("Sociale sygeplejersker på begge akutmodtagelser", "2026", "Akutmodtagelserne"),
        ],
    ),
]

NORDMARSK_END = (
    "Økonomi og opfølgning",
    [
        "Strategien finansieres af en pulje på 48 mio. kr. for hele perioden: 9 mio. kr. i 2026 og "
        "13 mio. kr. om året i 2027–2029. Hertil kommer kommunernes egne bidrag til de fælles mål.",
        "Sundhedssamarbejdsudvalget følger op på målene to gange om året, i maj og november, og "
        "regionen udgiver en offentlig statusrapport hvert år i januar. Koncerndirektionen har det "
        "samlede ansvar for strategien, mens de enkelte mål ejes af de enheder, der står i "
        "tabellerne.",
        "Kontakt: Center for Sundhedsstrategi, Regionshuset Nordmarsk.",
    ],
)


def make_nordmarsk() -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    green = (0, 92, 80)

    class Report(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(9)
            self.cell(0, 5, f"Region Nordmarsk · {NORDMARSK_TITLE}", align="L")
            self.set_draw_color(*green)
            self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            if self.page_no() == 1:
                return
            self.set_y(-13)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(NORDMARSK_TITLE)
    pdf.set_author("Region Nordmarsk")
    pdf.set_subject("Det nære og sammenhængende sundhedsvæsen")
    for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT_DIR / file))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=18)

    # --- cover ---
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(0, 0, pdf.w, 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 28)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Region Nordmarsk")
    pdf.set_xy(20, 52)
    pdf.set_font("DejaVu", "B", 32)
    pdf.cell(0, 14, NORDMARSK_TITLE)
    pdf.set_xy(20, 70)
    pdf.set_font("DejaVu", "", 16)
    pdf.cell(0, 9, "Det nære og sammenhængende sundhedsvæsen")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 130)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(
        0, 6,
        "Godkendt af Regionsrådet den 17. december 2025\n"
        "Udarbejdet i samarbejde med de ni kommuner i regionen og de praktiserende læger",
    )
    pdf.set_xy(20, 260)
    pdf.set_font("DejaVu", "I", 9)
    pdf.cell(0, 5, "Center for Sundhedsstrategi · Regionshuset Nordmarsk · januar 2026")

    # --- table of contents ---
    def render_toc(p: FPDF, outline) -> None:
        p.set_x(p.l_margin)
        p.set_font("DejaVu", "B", 18)
        p.set_text_color(*green)
        p.cell(0, 12, "Indhold", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(4)
        p.set_font("DejaVu", "", 11)
        dot = p.get_string_width(".")
        for section in outline:
            name = section.name
            page = str(section.page_number)
            avail = p.epw - p.get_string_width(name) - p.get_string_width(page) - 4
            dots = "." * max(3, int(avail / dot))
            link = p.add_link(page=section.page_number)
            p.cell(p.get_string_width(name) + 1, 8, name, link=link)
            p.cell(avail + 2, 8, dots, align="C")
            p.cell(0, 8, page, align="R", new_x="LMARGIN", new_y="NEXT", link=link)

    pdf.add_page()
    pdf.insert_toc_placeholder(render_toc, pages=1)

    def heading(text: str, new_page: bool = False) -> None:
        if new_page or pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        else:
            pdf.ln(4)
        pdf.start_section(text)
        pdf.set_font("DejaVu", "B", 15)
        pdf.set_text_color(*green)
        pdf.multi_cell(0, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def para(text: str, style: str = "") -> None:
        pdf.set_font("DejaVu", style, 10.5)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    # insert_toc_placeholder() has already moved on to a fresh page
    for title, paras in NORDMARSK_SECTIONS:
        heading(title)
        for i, text in enumerate(paras):
            para(text, "I" if (title == "Forord" and i == len(paras) - 1) else "")

    for title, paras, rows in NORDMARSK_FOCUS:
        heading(title)
        for text in paras:
            para(text)
        if pdf.get_y() > pdf.h - 50:  # keep the label together with the first table rows
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, "Mål for fokusområdet", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_fill_color(255, 255, 255)
        head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=green)
        with pdf.table(
            col_widths=(92, 34, 44),
            text_align="LEFT",
            line_height=5,
            headings_style=head_style,
            cell_fill_color=(232, 243, 240),
            cell_fill_mode="ROWS",
            borders_layout="HORIZONTAL_LINES",
            padding=1.5,
        ) as table:
            row = table.row()
            for h in ("Mål", "Hvornår", "Hvem"):
                row.cell(h)
            for goal, when, who in rows:
                row = table.row()
                row.cell(goal)
                row.cell(when)
                row.cell(who)
        pdf.ln(3)

    title, paras = NORDMARSK_END
    heading(title)
    for text in paras:
        para(text)

    pdf.output(str(HERE / NORDMARSK_FILE))


# =============================================================================================
# 3. TXT - Tjørnebro Kommune, Beskæftigelsesstrategi 2026-2028
# =============================================================================================

TJOERNEBRO_FILE = "tjoernebro-beskaeftigelsesstrategi-2026-2028.txt"

# (roman, title, description, goals, actions)
TJOERNEBRO_AREAS = [
    (
        "I",
        "UNGE I UDDANNELSE OG JOB",
        "Der er i dag 412 unge under 30 år på uddannelseshjælp i Tjørnebro. Halvdelen af dem har "
        "kun folkeskolen, og mange kæmper med angst, stress eller andre psykiske udfordringer. De "
        "unge skal mødes med en klar forventning om uddannelse og job – og med den støtte, der skal "
        "til for at komme i gang.",
        [
            "Antallet af unge under 30 år på uddannelseshjælp skal falde fra 412 til 300 inden "
            "udgangen af 2028.",
            "70 % af de unge, der starter på en erhvervsuddannelse via jobcentret, skal gennemføre "
            "grundforløbet.",
            "Alle unge får en fast kontaktperson i Ungeindsatsen og mindst én samtale om måneden.",
        ],
        [
            "Ungeindsatsen flytter ind på Tjørnebro Erhvervsskole fra august 2026, så vejledning og "
            "uddannelse er under samme tag.",
            "40 unge om året tilbydes en mentor fra en lokal virksomhed.",
            "Unge med psykiske vanskeligheder kan få op til 10 samtaler med en psykolog via "
            "jobcentret.",
        ],
    ),
    (
        "II",
        "VEJEN TIL JOB FOR BORGERE LANGT FRA ARBEJDSMARKEDET",
        "Ca. 1.450 borgere er på kontanthjælp, i ressourceforløb eller i jobafklaringsforløb. Mange "
        "har været på offentlig forsørgelse i mere end fem år. Erfaringen viser, at selv få timers "
        "arbejde om ugen på en almindelig arbejdsplads gør en stor forskel – både for økonomien og "
        "for troen på egne evner.",
        [
            "Mindst 250 borgere på kontanthjælp eller i ressourceforløb skal hvert år starte i "
            "ordinære løntimer.",
            "Antallet af sygedagpengesager, der varer over 22 uger, skal falde fra 380 til 290.",
            "Ingen borger, der er visiteret til fleksjob, skal vente mere end seks måneder på at "
            "komme i gang.",
        ],
        [
            "Sagsbehandlerne får færre sager: højst 45 borgere pr. medarbejder i ressourceforløb "
            "mod 62 i dag.",
            "Jobcentret indfører IPS-metoden (individuelt planlagt job med støtte) for borgere med "
            "psykiske lidelser i 2026.",
            "Rehabiliteringsplanen udarbejdes sammen med Socialafdelingen og den praktiserende "
            "læge, så borgeren kun har én plan.",
        ],
    ),
    (
        "III",
        "VIRKSOMHEDERNE SKAL HAVE DEN ARBEJDSKRAFT, DE MANGLER",
        "Bygge- og anlægsbranchen, transport og ældreplejen mangler allerede hænder, og frem mod "
        "2030 går 2.200 medarbejdere på pension i Tjørnebro. Virksomhedsservice skal være nem at "
        "bruge, og virksomhederne skal opleve ét samlet jobcenter, uanset hvilken målgruppe de "
        "rekrutterer fra.",
        [
            "Virksomhedsservice skal have kontakt med 600 virksomheder om året, heraf mindst 150 "
            "nye.",
            "Mindst 80 % af virksomhederne skal være tilfredse eller meget tilfredse med jobcentrets "
            "service i den årlige måling.",
            "Der oprettes 120 opkvalificeringsforløb om året målrettet brancher med mangel på "
            "arbejdskraft, fx truckcertifikat og social- og sundhedsuddannelserne.",
        ],
        [
            "Virksomhedskonsulenterne organiseres i tre brancheteams: byg og industri, transport og "
            "logistik samt sundhed og omsorg.",
            "Alle henvendelser fra virksomheder besvares senest næste hverdag.",
            "Jobcentret og Tjørnebro Erhvervsråd holder fire fælles rekrutteringsmesser om året.",
        ],
    ),
]

TJOERNEBRO_FIGURES = [
    ("Nøgletal", "Udgangspunkt 2024", "Mål 2028"),
    ("Unge under 30 år på uddannelseshjælp", "412", "300"),
    ("Borgere på kontanthjælp/i ressourceforløb, der starter i løntimer", "175", "250 om året"),
    ("Sygedagpengesager over 22 uger", "380", "290"),
    ("Virksomheder i kontakt med Virksomhedsservice", "470", "600 om året"),
    ("Virksomhedernes tilfredshed med jobcentret", "71 %", "80 %"),
    ("Borgere på offentlig forsørgelse (fuldtidspersoner)", "3.100", "2.700"),
]


def _wrap(text: str, indent: str = "", hang: str | None = None, width: int = 70) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=indent, subsequent_indent=hang if hang is not None else indent,
        break_on_hyphens=False, break_long_words=False,
    )


def make_tjoernebro() -> None:
    L: list[str] = []

    def para(text: str) -> None:
        L.extend(_wrap(text))
        L.append("")

    def head(text: str) -> None:
        L.extend(_wrap(text.upper()))
        L.append("")

    L += [
        "Tjørnebro Kommune",
        "Jobcenter Tjørnebro",
        "",
        "",
        "BESKÆFTIGELSESSTRATEGI 2026–2028",
        "Flere i arbejde – færre på kanten",
        "",
        "Vedtaget af Beskæftigelses- og Erhvervsudvalget den 2. december 2025",
        "",
        "\f",
    ]
    head("Indhold")
    for name, page in (("Forord", 2), ("Vision og kerneopgave", 2), ("Strategiens opbygning", 2),
                       ("Indsatsområde I", 3), ("Indsatsområde II", 3), ("Indsatsområde III", 4),
                       ("Nøgletal", 5), ("Ansvar og opfølgning", 5)):
        L.append(f"{name}\t{page}")
    L.append("")
    head("Forord")
    para(
        "Tjørnebro har i dag den laveste ledighed i mere end 15 år, og mange virksomheder "
        "fortæller, at de mangler medarbejdere. Alligevel står omkring 3.100 borgere i den "
        "erhvervsaktive alder uden for arbejdsmarkedet og modtager en offentlig ydelse. "
        "Strategien skal sikre, at flere af dem kommer i job eller uddannelse, og at "
        "virksomhederne får hjælp til at finde og fastholde medarbejdere."
    )
    para(
        "Strategien er udarbejdet i dialog med virksomheder, faglige organisationer, "
        "uddannelsesinstitutioner og borgere, der selv har været ledige. Den gælder for hele "
        "Jobcenter Tjørnebro og for de dele af Socialafdelingen, der arbejder med borgere i "
        "ressourceforløb og jobafklaringsforløb."
    )
    L.append("Henrik Dalsgaard Møller")
    L.append("Formand for Beskæftigelses- og Erhvervsudvalget")
    L.append("")
    head("Vision")
    para(
        "Alle, der kan arbejde, skal have en plads på arbejdsmarkedet i Tjørnebro – og ingen skal "
        "opgives."
    )
    head("Kerneopgave")
    para(
        "Jobcentrets kerneopgave er at bringe borgere i job eller uddannelse så hurtigt og varigt "
        "som muligt og at skaffe virksomhederne den arbejdskraft, de har brug for."
    )
    head("Strategiens opbygning")
    para(
        "Strategien har tre indsatsområder. For hvert indsatsområde beskriver vi udfordringen, de "
        "mål vi vil nå inden udgangen af 2028 (nummereret I.1, I.2 osv.), og hvordan vi vil "
        "arbejde for at nå dem."
    )
    for roman, title, desc, goals, actions in TJOERNEBRO_AREAS:
        L.append("")
        head(f"Indsatsområde {roman}: {title}")
        para(desc)
        L.append("Mål:")
        for i, g in enumerate(goals, 1):
            label = f"{roman}.{i}"
            L.extend(_wrap(g, indent=f"   {label:<7}", hang=" " * 10))
        L.append("")
        L.append("Sådan gør vi:")
        for letter, a in zip("abcdefg", actions):
            L.extend(_wrap(a, indent=f"     {letter}. ", hang=" " * 8))
        L.append("")
    L.append("")
    head("Nøgletal")
    para("Tabellen viser udgangspunktet i 2024 og målet for 2028 for strategiens vigtigste nøgletal.")
    for row in TJOERNEBRO_FIGURES:
        L.append("\t".join(row))
    L.append("")
    L.append("")
    head("Ansvar og opfølgning")
    para(
        "Jobchefen har det samlede ansvar for strategien. Hvert indsatsområde har en ansvarlig "
        "afdelingsleder: Ungeindsatsen (indsatsområde I), Job og Sundhed (indsatsområde II) og "
        "Virksomhedsservice (indsatsområde III)."
    )
    para(
        "Beskæftigelses- og Erhvervsudvalget får en status på målene hvert kvartal, og strategien "
        "evalueres samlet i efteråret 2028, så erfaringerne kan indgå i den næste strategi."
    )
    L.append("Jobcenter Tjørnebro · Stationsvej 14 · jobcenter@tjoernebro.dk")
    text = "\r\n".join(L).replace("\r\n\f\r\n", "\f") + "\r\n"
    (HERE / TJOERNEBRO_FILE).write_bytes(text.encode("utf-8"))


# =============================================================================================
# 4. HTML - Vibedal Kommune, Børne- og ungepolitik 2026-2030
# =============================================================================================

VIBEDAL_FILE = "vibedal-boerne-ungepolitik-2026-2030.html"

VIBEDAL_PRINCIPLES = [
    ("Barnet i centrum",
     "Vi lytter til barnets egen stemme og inddrager børn og unge i beslutninger om deres liv – "
     "også når de er små. Barnets perspektiv skal fremgå af alle handleplaner."),
    ("Tidlig og rettidig indsats",
     "Vi griber ind, så snart vi ser tegn på mistrivsel, og venter ikke på en diagnose. Hjælpen "
     "skal være så let som mulig og så tæt på barnets hverdag som muligt."),
    ("Familien som ressource",
     "Forældrene er de vigtigste voksne i barnets liv. Vi samarbejder med hele familien og bygger "
     "videre på det, der virker i familien og i netværket."),
    ("Fællesskaber for alle",
     "Alle børn skal være en del af et fællesskab i dagtilbud, skole og fritid. Flere børn skal "
     "gå i almindelige tilbud med støtte i stedet for i specialtilbud."),
    ("Et samlet hold omkring barnet",
     "Pædagoger, lærere, sundhedsplejersker, psykologer og socialrådgivere arbejder sammen, så "
     "familien kun skal fortælle sin historie én gang."),
    ("Viden om, hvad der virker",
     "Vi bruger data og forskning, når vi vælger indsatser, og vi stopper det, der ikke virker. "
     "Hvert år måler vi børnenes trivsel og deler resultaterne med forældrene."),
]

VIBEDAL_GOALS = [
    "Andelen af elever i 4.–9. klasse med høj trivsel skal stige fra 82 % til 90 % i den "
    "nationale trivselsmåling.",
    "Andelen af skolebørn, der går i specialtilbud, skal falde fra 5,8 % til 4,5 % i 2030.",
    "Alle dagtilbud skal have mindst én pædagog med en diplomuddannelse i inklusion eller sprog "
    "inden august 2028.",
    "Ventetiden til en første samtale i PPR må højst være 15 hverdage fra 1. januar 2027.",
    "Andelen af elever med mere end 10 % fravær skal halveres fra 14 % til 7 %.",
    "95 % af de unge skal have gennemført en ungdomsuddannelse, når de er 25 år.",
    "Familiehuset Kastanjen, hvor familier kan få rådgivning uden visitation, får 6 mio. kr. om "
    "året i hele perioden.",
]

VIBEDAL_FIGURES = [
    ("Nøgletal", "2022", "2024", "Mål 2030"),
    ("Børn og unge 0–17 år", "9.650", "9.800", "–"),
    ("Elever med høj trivsel (4.–9. klasse)", "84 %", "82 %", "90 %"),
    ("Skolebørn i specialtilbud", "5,1 %", "5,8 %", "4,5 %"),
    ("Elever med mere end 10 % fravær", "11 %", "14 %", "7 %"),
    ("Underretninger om børn og unge", "1.020", "1.310", "–"),
    ("Børn og unge anbragt uden for hjemmet", "148", "139", "–"),
    ("Gennemført ungdomsuddannelse ved 25 år", "89 %", "90 %", "95 %"),
]


def make_vibedal() -> None:
    from html import escape as e

    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="da">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w("  <title>Børne- og ungepolitik 2026–2030 – Vibedal Kommune</title>")
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w("  <style>")
    w("    body { font-family: Arial, sans-serif; max-width: 52rem; margin: 0 auto; color: #222; }")
    w("    header.site { background: #1d4f91; color: #fff; padding: .6rem 1rem; }")
    w("    header.site a { color: #fff; margin-right: 1rem; }")
    w("    dt { font-weight: bold; margin-top: .8rem; }")
    w("    table { border-collapse: collapse; } td, th { border: 1px solid #aaa; padding: .3rem .6rem; }")
    w("  </style>")
    w("</head>")
    w("<body>")
    w('<header class="site">')
    w('  <strong>Vibedal Kommune</strong> · Intranettet')
    w('  <nav><a href="/">Forside</a> <a href="/politikker">Politikker og strategier</a> '
      '<a href="/boern-unge">Børn og Unge</a> <a href="/kontakt">Kontakt</a></nav>')
    w("</header>")
    w('<p class="breadcrumb"><a href="/">Forside</a> › <a href="/politikker">Politikker og strategier</a> '
      "› Børne- og ungepolitik</p>")
    w("<main>")
    w("<article>")
    w("<h1>Børne- og ungepolitik 2026–2030</h1>")
    w('<p class="lead"><em>Alle børn skal have et godt børneliv.</em> Politikken er vedtaget af '
      "Byrådet i Vibedal Kommune den 26. november 2025 og gælder for alle medarbejdere, der arbejder "
      "med børn, unge og familier.</p>")
    w("<section>")
    w("<h2>Vision</h2>")
    w("<p>I Vibedal vokser alle børn og unge op med tryghed, fællesskab og lyst til at lære – og "
      "de, der har brug for det, får hjælp tidligt.</p>")
    w("</section>")
    w("<section>")
    w("<h2>Formål</h2>")
    w("<p>Politikken er den fælles ramme for dagtilbud, skoler, sundhedsplejen, PPR, "
      "fritidstilbuddene og Familierådgivningen. Den gælder for de ca. 9.800 børn og unge mellem "
      "0 og 17 år i kommunen og for deres familier, og den er kommunens sammenhængende børnepolitik "
      "efter barnets lov.</p>")
    w("<p>Politikken er udarbejdet sammen med Børnerådet, forældrebestyrelser, skolebestyrelser og "
      "medarbejdere fra alle dele af Børn og Unge.</p>")
    w("</section>")
    w("<section>")
    w("<h2>Principper</h2>")
    w("<p>Seks principper gælder for alt vores arbejde med børn, unge og familier:</p>")
    w("<dl>")
    for i, (term, desc) in enumerate(VIBEDAL_PRINCIPLES, 1):
        w(f"  <dt>{i}. {e(term)}</dt>")
        w(f"  <dd>{e(desc)}</dd>")
    w("</dl>")
    w("</section>")
    w("<section>")
    w("<h2>Strategiske mål</h2>")
    w("<p>Frem mod 2030 vil vi nå disse mål:</p>")
    w("<ol>")
    for g in VIBEDAL_GOALS:
        w(f"  <li>{e(g)}</li>")
    w("</ol>")
    w("</section>")
    w("<section>")
    w("<h2>Nøgletal</h2>")
    w("<table>")
    w("  <caption>Udvalgte nøgletal for børn og unge i Vibedal</caption>")
    head, *rows = VIBEDAL_FIGURES
    w("  <thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead>")
    w("  <tbody>")
    for r in rows:
        w("    <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    w("  </tbody>")
    w("</table>")
    w("</section>")
    w("<section>")
    w("<h2>Sådan arbejder vi med politikken</h2>")
    w("<p>Hver skole, hvert dagtilbud og hver afdeling i Familierådgivningen omsætter politikken "
      "til lokale handleplaner inden 1. juni 2026. Direktøren for Børn og Unge har det samlede "
      "ansvar, og Børne- og Skoleudvalget følger op på de strategiske mål hvert forår.</p>")
    w("<p>Børnerådet, der består af 15 elever fra kommunens skoler, giver hvert år input til "
      "opfølgningen.</p>")
    w("</section>")
    w("</article>")
    w('<aside><h3>Se også</h3><ul><li><a href="/politikker/sundhedspolitik">Sundhedspolitik</a></li>'
      '<li><a href="/boern-unge/handleplaner">Lokale handleplaner</a></li></ul></aside>')
    w("</main>")
    w("<footer><p>Ansvarlig redaktør: Børn og Unge, Vibedal Kommune · Senest opdateret 8. januar "
      "2026</p></footer>")
    w("</body>")
    w("</html>")
    (HERE / VIBEDAL_FILE).write_text("\n".join(out) + "\n", encoding="utf-8")


# =============================================================================================
# 5. Markdown - Stenlykke Kommune, Ældrepolitik 2026-2029
# =============================================================================================

STENLYKKE_STEM = "stenlykke-aeldrepolitik-2026-2029"
STENLYKKE_TITLE = "Ældrepolitik 2026–2029"

STENLYKKE_MARKS = [
    (
        "Tryghed",
        "Tryghed er at vide, at hjælpen kommer, når den er aftalt, og at der er nogen at ringe "
        "til – også om natten. Mange ældre og pårørende fortæller, at utrygheden især opstår, når "
        "der kommer nye ansigter i hjemmet, eller når man bliver udskrevet fra sygehuset.",
        [
            "Hjemmeplejen arbejder i små, faste grupper, så den enkelte borger højst møder 6 "
            "forskellige medarbejdere på to uger.",
            "Borgere, der udskrives fra sygehus, får besøg af en sygeplejerske senest dagen efter "
            "hjemkomsten.",
            "Der oprettes en døgnåben vagttelefon for ældre og pårørende fra 1. april 2026.",
            "Vi bygger plejecentret Engbakken med 60 plejeboliger, som står klar til indflytning i "
            "2028.",
        ],
    ),
    (
        "Selvbestemmelse og livskvalitet",
        "Den ældre er ekspert i sit eget liv. Hjælpen skal tage udgangspunkt i det, der giver "
        "mening for den enkelte – ikke i det, vi plejer at gøre.",
        [
            "Alle borgere i hjemmeplejen får en årlig samtale om, hvad der er vigtigt for dem, og "
            "hjælpen tilpasses derefter.",
            "Beboerne på plejecentrene bestemmer selv, hvornår de står op, spiser og går i seng.",
            "Borgere, der får praktisk hjælp, kan bytte en opgave til en anden aktivitet, fx en "
            "gåtur eller en tur på kirkegården.",
            "Pårørende inviteres til et pårørendemøde senest fire uger efter indflytning på "
            "plejecenter.",
        ],
    ),
    (
        "Fællesskab mod ensomhed",
        "Omkring 1.100 ældre i Stenlykke føler sig ofte uønsket alene. Ensomhed øger risikoen for "
        "sygdom og depression, og den rammer særligt efter tabet af en ægtefælle.",
        [
            "Vi ansætter fire aktivitetsmedarbejdere, der skal bygge bro mellem ensomme ældre, "
            "foreninger og frivillige.",
            "Antallet af frivillige på ældreområdet skal stige fra 210 til 300 inden 2029.",
            "Alle borgere over 75 år, der har mistet en ægtefælle, tilbydes et besøg inden for seks "
            "uger.",
            "Der er spisefællesskab i alle fem lokalcentre mindst to gange om ugen.",
        ],
    ),
    (
        "Sundhed og aktiv hverdag",
        "Træning, god mad og forebyggelse giver flere gode leveår. Vi vil hjælpe de ældre med at "
        "holde fast i det, de kan, så længe som muligt – også når de får en demenssygdom.",
        [
            "75 % af borgerne i et rehabiliteringsforløb skal klare sig uden hjælp eller med mindre "
            "hjælp bagefter.",
            "Alle beboere på plejecenter vejes hver måned, og uplanlagt vægttab følges op inden for "
            "14 dage.",
            "Stenlykke skal være en demensvenlig kommune: 1.000 borgere og medarbejdere uddannes "
            "som demensvenner inden udgangen af 2027.",
            "Der indrettes 12 demensvenlige boliger med adgang til en lukket have.",
        ],
    ),
    (
        "Nærvær og faglighed",
        "God ældrepleje kræver dygtige medarbejdere med tid til at være nærværende. Vi vil være en "
        "attraktiv arbejdsplads, hvor medarbejderne får tillid til at bruge deres faglighed.",
        [
            "Dokumentationen forenkles, så hver medarbejder i hjemmeplejen bruger mindst 20 minutter "
            "mindre på dokumentation pr. vagt.",
            "Nye medarbejdere får en fast makker de første tre måneder.",
            "Andelen af medarbejdere på 37 timer skal stige fra 38 % til 55 %.",
            "Alle social- og sundhedsassistenter tilbydes efteruddannelse i demens og palliation "
            "inden 2028.",
        ],
    ),
]

STENLYKKE_BUDGET = [
    ("Indsats", "2026", "2027", "2028", "2029"),
    ("Plejecentret Engbakken, anlæg", "38,0", "52,0", "6,5", "–"),
    ("Døgnåben vagttelefon", "0,9", "0,9", "0,9", "0,9"),
    ("Aktivitetsmedarbejdere mod ensomhed (4 stillinger)", "1,1", "2,2", "2,2", "2,2"),
    ("Demensvenlige boliger (12 boliger)", "–", "4,8", "4,8", "–"),
    ("Efteruddannelse i demens og palliation", "1,0", "1,0", "1,0", "1,0"),
]


def make_stenlykke() -> None:
    L: list[str] = []
    L += [
        f"# {STENLYKKE_TITLE}",
        "",
        "*Stenlykke Kommune – ældrepolitik og værdighedspolitik i ét dokument*",
        "",
        "> **Vores vision**",
        ">",
        "> I Stenlykke skal alle ældre kunne leve et trygt og aktivt liv med værdighed – med "
        "indflydelse på egen hverdag og med hjælp, når behovet opstår.",
        "",
        "## Indledning",
        "",
        "Der bliver flere ældre i Stenlykke. I dag er 5.400 borgere over 75 år, og i 2035 vil "
        "tallet være vokset til 7.100. De fleste klarer sig selv og bidrager til familie, "
        "foreningsliv og lokalsamfund, men flere vil også få brug for hjælp – ofte til flere ting "
        "på én gang.",
        "",
        "Ældrepolitikken er blevet til i samarbejde med Ældrerådet, pårørende og medarbejdere. Den "
        "afløser den tidligere værdighedspolitik og gælder for hele Pleje og Omsorg, Træning og "
        "Sundhed samt de dele af kommunen, der møder ældre borgere i hverdagen.",
        "",
        "## Formål",
        "",
        "Politikken skal give ældre, pårørende og medarbejdere et fælles billede af, hvad man kan "
        "forvente af Stenlykke Kommune, og hvad vi vil arbejde for frem til 2029. Den er bygget op "
        "om fem pejlemærker.",
        "",
        "## De fem pejlemærker",
        "",
    ]
    for i, (name, text, items) in enumerate(STENLYKKE_MARKS, 1):
        L.append(f"**Pejlemærke {i} – {name}**")
        L.append("")
        L.append(text)
        L.append("")
        L.append("Det vil vi:")
        L.append("")
        for it in items:
            L.append(f"- {it}")
        L.append("")
    L += [
        "## Økonomi",
        "",
        "Byrådet har i budget 2026 afsat ekstra midler til politikken. Beløbene er i mio. kr.",
        "",
    ]
    head, *rows = STENLYKKE_BUDGET
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    for r in rows:
        L.append("| " + " | ".join(r) + " |")
    L += [
        "",
        "## Ansvar og opfølgning",
        "",
        "Ældre- og Sundhedsudvalget har det politiske ansvar for ældrepolitikken. Chefen for "
        "Pleje og Omsorg har ansvaret for at omsætte den til handling sammen med lederne af "
        "hjemmeplejen, plejecentrene og Træning og Sundhed.",
        "",
        "Opfølgningen sker hvert år i oktober, hvor Ældrerådet og udvalget drøfter en status på "
        "pejlemærkerne. Politikken revideres i 2029.",
        "",
        "*Kontakt: Pleje og Omsorg, Stenlykke Rådhus, Torvet 1*",
        "",
    ]
    (HERE / f"{STENLYKKE_STEM}.md").write_text("\n".join(L), encoding="utf-8")
    write_meta(STENLYKKE_STEM, "Stenlykke Kommune", STENLYKKE_TITLE)


def main() -> None:
    make_kloevermose()
    make_nordmarsk()
    make_tjoernebro()
    make_vibedal()
    make_stenlykke()
    for p in sorted(HERE.iterdir()):
        if p.suffix in {".docx", ".pdf", ".txt", ".html", ".md", ".toml"}:
            print(f"{p.name}\t{p.stat().st_size}")


if __name__ == "__main__":
    main()
