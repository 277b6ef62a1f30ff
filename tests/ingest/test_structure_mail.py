"""A strategy sent as a mail: header fields, a salutation, hard-wrapped paragraphs, capitals
headings and "Mål 1: …" goals as its only numbered level. Each of these once cost answers: the
title was "Kære alle", a paragraph's first line became a section, "mål 4" found nothing."""

from ingest.metadata import detect_title
from ingest.structure import structure
from ingest.text_reader import paragraphs_to_blocks

MAIL = """Fra:      Social og Sundhed, Egeby Kommune
Til:      Ledere og medarbejdere
Dato:     3. marts 2026
Emne:     Den nye ældrepolitik 2026-2029 - hvad betyder den for os?

Kære alle

Byrådet vedtog den 25. februar 2026 Egeby Kommunes nye ældrepolitik for perioden hele vejen
2026-2029. Politikken afløser den gamle politik, og den er blevet til efter et langt forløb med
Ældrerådet og jer medarbejdere. Tak for jeres store bidrag til arbejdet med politikken.

VORES VISION
Ældre i Egeby skal leve det liv, de selv ønsker.

POLITIKKENS TRE MÅL

Mål 1: Tryghed i eget hjem
   Handling: Alle får en fast kontaktperson.

Mål 2: Et aktivt seniorliv
   Handling: Vi åbner to nye aktivitetscentre.

Mål 3: Et demensvenligt Egeby
   Handling: 300 demensvenner inden 2028.

NØGLETAL
   Borgere over 80 år ......... 4.200

HVAD SKER DER NU?
Hver afdeling afleverer en lokal handleplan senest 1. juni 2026.
"""


def test_a_mail_reads_as_fields_sections_and_goals_as_its_items():
    sections, items, first_heading = structure(paragraphs_to_blocks(MAIL))
    paths = [s.path for s in sections]
    assert [(i.number, i.title, i.label) for i in items] == [
        (1, "Tryghed i eget hjem", "mål"), (2, "Et aktivt seniorliv", "mål"), (3, "Et demensvenligt Egeby", "mål")]
    assert ("NØGLETAL",) in paths and ("HVAD SKER DER NU?",) in paths  # after the items, not inside the last
    assert not any("Byrådet vedtog" in p[-1] or "Kære alle" in p[-1] for p in paths)
    lines = [b.text for s in sections for b in s.blocks]
    assert "Emne:     Den nye ældrepolitik 2026-2029 - hvad betyder den for os?" in lines  # a field a line
    text = "\n".join(lines)
    assert detect_title(text, "mail.txt", first_heading) == "Den nye ældrepolitik 2026-2029 - hvad betyder den for os?"
