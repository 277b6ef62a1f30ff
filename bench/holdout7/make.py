"""Regenerates the five holdout7 documents."""
from pathlib import Path
from fpdf import FPDF
import docx
D = Path(__file__).parent
F = "/usr/share/fonts/truetype/dejavu/"

def pdf_doc():
    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8); self.cell(0, 6, "Nørre Kildebro Kommune · Ældrestrategi 2026-2029", new_x="LMARGIN", new_y="NEXT"); self.ln(2)
        def footer(self):
            self.set_y(-12); self.set_font("DV", "", 8); self.cell(0, 6, f"Side {self.page_no()} af {{nb}}", align="C")
    p = P(); p.add_font("DV", "", F+"DejaVuSans.ttf"); p.add_font("DV", "B", F+"DejaVuSans-Bold.ttf")
    p.add_page()
    def h(t): p.set_font("DV", "B", 13); p.multi_cell(0, 8, t); p.ln(1)
    def t(x): p.set_font("DV", "", 10); p.multi_cell(0, 5.5, x); p.ln(2)
    p.set_font("DV", "B", 20); p.multi_cell(0, 10, "Værdighed hele livet\nÆldrestrategi for Nørre Kildebro Kommune 2026-2029"); p.ln(4)
    h("Forord")
    t("Vi bliver flere ældre i Nørre Kildebro, og det er en god nyhed. Samtidig ved vi, at antallet af borgere over 80 år vil stige markant frem mod 2030, og at vi allerede i dag har svært ved at rekruttere nok social- og sundhedsmedarbejdere. Strategien bygger på et halvt års dialog med Ældrerådet, pårørende, medarbejdere og mere end 400 borgere, der deltog i vores borgermøder i Lindebjerg, Østrup Mark og Havnshøj.")
    t("Nørre Kildebro, 14. oktober 2025\nBirgitte Holm Lauridsen\nFormand for Ældre- og Sundhedsudvalget")
    h("Vision")
    t("Ældre i Nørre Kildebro lever et selvstændigt og meningsfuldt liv – med den rette hjælp, på det rette tidspunkt.")
    t("Strategien består af en vision, fire strategiske mål og i alt tolv delmål. Den gælder for hjemmeplejen, sygeplejen, træningsenheden, de seks plejecentre, aktivitetscentrene og visitationen.")
    p.set_fill_color(230, 236, 245); p.set_font("DV", "", 10)
    p.multi_cell(0, 6, "NØGLETAL 2025\nBorgere på 65 år og derover: 11.840\nForventet antal borgere over 80 år i 2030: 4.350\nPlejeboliger: 412 fordelt på seks plejecentre\nNettobudget 2026: 612,4 mio. kr.", border=1, fill=True); p.ln(4)
    p.add_page()
    goals = [("Strategisk mål 1: Flere gode år i eget hjem", ["1.1 I 2029 tilbydes 75 procent af alle nye borgere et rehabiliteringsforløb. I 2024 var andelen 52 procent.", "1.2 Målet er 600 aktive skærmbesøgsborgere i 2028.", "1.3 Vi bygger 60 nye ældreboliger i Lindebjerg inden udgangen af 2028."]),
             ("Strategisk mål 2: Sammenhæng og tryghed i plejen", ["2.1 Akutteamet er fra 1. marts 2026 bemandet døgnet rundt alle ugens dage.", "2.2 Forebyggelige genindlæggelser skal falde fra 11,2 procent til 8 procent i 2029.", "2.3 Fælles aftale om medicinhåndtering med de praktiserende læger."]),
             ("Strategisk mål 3: Fællesskaber der holder ensomheden væk", ["3.1 Netværket Kildebro Sammen skal have mindst 250 aktive frivillige i 2027.", "3.2 Alle nye borgere bliver spurgt om ensomhed og tilbudt en besøgsven.", "3.3 Spisefællesskaber mindst to gange om ugen på alle fem aktivitetscentre."]),
             ("Strategisk mål 4: Et godt arbejdsliv på ældreområdet", ["4.1 Sygefraværet skal ned fra 8,9 procent til 6,5 procent i 2029.", "4.2 Vi ansætter 100 nye social- og sundhedselever om året.", "4.3 Alle nye stillinger slås op med mindst 32 timer om ugen."])]
    for g, ds in goals:
        h(g)
        for d in ds: t(d)
    p.add_page(); h("Hvad betyder strategien i hverdagen?")
    p.set_font("DV", "", 10)
    with p.text_columns(ncols=2, gutter=8, text_align="L") as c:
        c.write("For borgere og pårørende: Den første samtale handler om, hvad du selv gerne vil kunne igen. Pårørende inviteres med til opstartsmødet.\n")
        c.new_column()
        c.write("For medarbejdere: I hjemmeplejen får hver hjemmeplejegruppe en fast rehabiliteringsansvarlig. Terapeuter og hjælpere planlægger forløbet sammen.\n")
    p.ln(6); h("Økonomi")
    with p.table(col_widths=(120, 50)) as tb:
        for r in [("Investering", "Mio. kr. pr. år"), ("Døgnbemandet akutteam", "4,2"), ("Rehabilitering og træning", "3,1"), ("Kildebro Sammen og spisefællesskaber", "1,5"), ("Rekruttering og elever", "2,8"), ("I alt", "11,6")]:
            row = tb.row()
            for x in r: row.cell(x)
    p.ln(4); h("Opfølgning")
    t("Direktør for Sundhed og Omsorg, Henrik Aagaard, har det administrative ansvar. Forvaltningen udarbejder hvert år en statusrapport, som forelægges udvalget på mødet i maj. I efteråret 2027 gennemføres en midtvejsevaluering.")
    t("Birgitte Holm Lauridsen, formand          Henrik Aagaard, direktør")
    p.output(str(D / "noerre-kildebro-aeldrestrategi.pdf"))

def docx_doc():
    d = docx.Document(); d.add_heading("Tættere på – Psykiatriplan for Region Søndervang 2026-2029", 0)
    b = lambda x: d.add_paragraph().add_run(x).__setattr__("bold", True)
    b("Forord")
    d.add_paragraph("Psykiatrien skal være tættere på patienternes eget liv. Planen er udarbejdet sammen med regionens 14 kommuner, brugerorganisationer og medarbejdere.")
    d.add_paragraph("Vibeborg, 2. december 2025 – Anders Vestergaard Møller, regionsrådsformand")
    b("Mission")
    d.add_paragraph("Psykiatrien hjælper mennesker med psykisk sygdom til at komme sig og leve et liv med mening.")
    for tema, items in [("I. Hurtig hjælp når det gælder", ["a) Ingen venter mere end 30 dage på udredning.", "b) Psykiatrilinjen er døgnåben fra 2026.", "c) To nye udgående akutteams i Skærlund og Bøgevig."]),
                        ("II. Sammenhæng på tværs af sektorer", ["a) Koordinationsplan for alle patienter med samtidigt misbrug.", "b) Udskrivningskonference for 90 procent af de langvarigt indlagte."]),
                        ("III. Mindre tvang, mere tryghed", ["a) Bæltefikseringer halveres fra 412 episoder i 2024.", "b) Alle sengeafsnit indfører sanserum og træning i de-eskalering."]),
                        ("IV. Recovery, pårørende og peers", ["a) Vi ansætter 25 peer-medarbejdere i 2028.", "b) Pårørende tilbydes en samtale inden for 7 dage."])]:
        d.add_heading(tema, 1)
        for i in items: d.add_paragraph(i)
    d.add_heading("Mål og indikatorer", 1)
    rows = [("Mål", "Indikator", "Baseline", "Mål 2028", "Ansvarlig"), ("Hurtig udredning", "Andel udredt inden 30 dage", "61 %", "90 %", "Centerledelserne"),
            ("Færre bæltefikseringer", "Antal pr. år", "412", "206", "Enhed for Kvalitet"), ("Færre genindlæggelser", "Akutte genindlæggelser inden 30 dage", "19 %", "14 %", "Centerledelserne")]
    t = d.add_table(rows=len(rows), cols=5)
    for i, r in enumerate(rows):
        for j, x in enumerate(r): t.cell(i, j).text = x
    b("Økonomi"); d.add_paragraph("Regionsrådet har afsat 38 mio. kr. ekstra pr. år og 18 nye sengepladser på Psykiatrisk Center Skærlund i 2027.")
    b("Ordliste"); d.add_paragraph("Peer-medarbejder: en medarbejder med egen erfaring med psykisk sygdom.")
    d.save(D / "soendervang-psykiatriplan.docx")

HTML = """<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Børne- og ungepolitik | Lundsø Kommune</title></head><body>
<nav><a href="/">Borger</a> <a href="/erhverv">Erhverv</a> <a href="/politik">Politik</a></nav>
<div class="breadcrumbs">Forside › Politik og strategi › Børne- og ungepolitik</div>
<main><h1>Alle børn skal høre til – Børne- og ungepolitik 2026-2029</h1>
<h2>Forord</h2><p>Politikken er blevet til i dialog med børn, forældre og medarbejdere.</p><p>Lundsø, 23. september 2025. Kirsten Dahl Rasmussen, formand for Børne- og Familieudvalget</p>
<h2>Fokusområder</h2>
<h3>Trivsel og mental sundhed</h3><p>Andelen af elever med høj trivsel skal stige fra 87 til 92 procent i 2029.</p><p>a) Trivselsteams på alle ni skoler.</p><p>b) Åben rådgivning uden henvisning i Ung i Lundsø.</p>
<h3>Tidlig og forebyggende indsats</h3><p>a) En familierådgiver tilknyttes hver daginstitution.</p><p>b) Sundhedsplejen tilbyder et ekstra hjemmebesøg.</p>
<h3>Fællesskaber for alle</h3><p>a) Et fritidspas til 400 børn om året.</p>
<h2>Tidslinje</h2><p>2026: Trivselsteams etableres. 2027: Fritidspas rulles ud. 2029: Politikken evalueres.</p>
<h2>Økonomi</h2><table><tr><th>Indsats</th><th>Mio. kr. pr. år</th></tr><tr><td>Trivselsteams</td><td>2,4</td></tr><tr><td>Familierådgivere</td><td>3,0</td></tr></table>
<h2>Kontakt</h2><p>Tobias Kragh, børne- og ungechef, tlf. 72 34 56 10</p></main>
<footer>Lundsø Kommune · Rådhustorvet 1 · 4790 Lundsø</footer></body></html>"""

MD = """# Job er vejen – Beskæftigelsesstrategi for Falkby Kommune 2026-2029

## Forord
Falkby, 30. oktober 2025 – Jens Peter Brix, formand for Arbejdsmarkedsudvalget

## Mission
Jobcenter Falkby hjælper borgere i job og uddannelse og virksomheder til den arbejdskraft, de har brug for.

| Nøgletal | 2024 | Mål 2029 |
|---|---|---|
| Fuldtidspersoner på offentlig forsørgelse | 4.020 | 3.500 |
| Unge under 30 på uddannelseshjælp | 468 | 300 |
| Borgere i fleksjob | 742 | 850 |

Vi har fire indsatsspor:

1. Unge i uddannelse og job
2. Virksomhederne som medspiller
3. Vejen tilbage for sygemeldte
4. Flere med handicap i job

### Unge i uddannelse og job
Alle unge får en fast kontaktperson i Ungeenheden.

### Virksomhederne som medspiller
Virksomhedsservice besøger 150 nye virksomheder om året. Der er afsat 5,5 mio. kr. i 2026 til en virksomhedspulje.

### Vejen tilbage for sygemeldte
Første samtale holdes inden for to uger efter sygemeldingen.

### Flere med handicap i job
Vi opretter 100 nye fleksjob i samarbejde med lokale virksomheder.

```
Byrådet
  └─ Arbejdsmarkedsudvalget
       └─ Jobcenterchef (Susanne Lind)
            ├─ Ungeenheden (Rikke Højgaard)
            └─ Virksomhedsservice (Mads Thorsen)
```
"""

TXT = """TORNHØJ KOMMUNE
Handicappolitik 2026-2029 - Et liv på lige fod

FORORD
Handicappolitikken er udarbejdet i tæt samarbejde med
Handicapradet. Malet er, at borgere med handicap kan leve
et liv pa lige fod med andre.
Tornhøj, 27. august 2025
Poul Erik Damgaard, borgmester

Politikken hviler på fem principper: ligeværd,
selvbestemmelse, tilgængelighed, inklusion og sammenhæng.

                                             Side 1 af 2
\f
BOLIG OG HVERDAGSLIV
Borgerne på botilbud er selv med til at lægge
deres plan for hverdagen.

TAL
Indsats                                   2024   Mål 2029
Borgere i ordinært job eller fleksjob      318        400
Pladser på botilbud                        268        268

Det specialiserede voksenområde har et budget på 486 mio. kr.
i 2026. Der er afsat 2,0 mio. kr. årligt til en tilgængelighedspulje.

                                             Side 2 af 2
"""

def main():
    pdf_doc(); docx_doc()
    (D / "lundsoe-boerne-og-ungepolitik.html").write_text(HTML, encoding="utf-8")
    (D / "falkby-beskaeftigelsesstrategi.md").write_text(MD, encoding="utf-8")
    (D / "tornhoej-handicappolitik.txt").write_text(TXT, encoding="utf-8")
    for name, org, area, title, kind, url in [
        ("noerre-kildebro-aeldrestrategi.pdf", "Nørre Kildebro Kommune", "ældre", "Værdighed hele livet – Ældrestrategi 2026-2029", "strategi", ""),
        ("soendervang-psykiatriplan.docx", "Region Søndervang", "psykiatri", "Tættere på – Psykiatriplan 2026-2029", "strategi", ""),
        ("lundsoe-boerne-og-ungepolitik.html", "Lundsø Kommune", "børn og unge", "Alle børn skal høre til – Børne- og ungepolitik 2026-2029", "politik", "https://www.lundsoe.dk/politik/boerne-og-ungepolitik")]:
        (D / (name + ".meta.toml")).write_text(f'organisation = "{org}"\narea = "{area}"\ntitle = "{title}"\nkind = "{kind}"\nyear = 2025\nperiod = "2026-2029"\nurl = "{url}"\n', encoding="utf-8")

if __name__ == "__main__":
    main()
