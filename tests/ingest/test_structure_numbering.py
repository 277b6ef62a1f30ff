"""Numbering real strategies use that the bundled five do not: goals numbered afresh under each
item (Word's multi-level lists), roman goal codes in a hard-wrapped text export, an item whose
text is all in its subsections, a wrapped upper-case heading, and a <dl> of principles."""

from ingest.html_reader import html_blocks
from ingest.model import Block
from ingest.structure import structure


def _lines(sections) -> list[str]:
    return [b.text for s in sections for b in s.blocks]


def _tema(number: int, title: str, goals: list[str]) -> list[Block]:
    return [Block(f"Tema {number}: {title}", 1, "heading", 1),
            Block("Hvorfor er det vigtigt?", 1, "heading", 2), Block("Fordi det betyder noget.", 1),
            Block("Det vil vi nå", 1, "heading", 2), *[Block(g, 1, "list_item") for g in goals]]


def test_goals_numbered_afresh_under_each_item_belong_to_that_item():
    blocks = _tema(1, "Eget hjem", ["1. Flere skal bo i egen bolig", "1.1 Antallet skal stige fra 9 til 20.",
                                    "2. Hjælpemidler hurtigere", "2.1 Ned fra 11 til 6 uger."]) + \
        _tema(2, "Mental sundhed", ["1. Hjælpen skal komme tidligt", "1.1 Ingen venter mere end tre dage.",
                                    "2. Pårørende skal have støtte", "2.1 To pårørendegrupper om året."])
    _, items, _ = structure(blocks)
    assert [(g.number, g.text) for g in items[1].maalsaetninger] == [
        ("2.1", "Hjælpen skal komme tidligt"), ("2.1.1", "Ingen venter mere end tre dage."),
        ("2.2", "Pårørende skal have støtte"), ("2.2.1", "To pårørendegrupper om året.")]
    assert [g.number for g in items[0].maalsaetninger] == ["1.1", "1.1.1", "1.2", "1.2.1"]


def test_goals_numbered_with_the_items_number_keep_their_numbers():
    blocks = _tema(4, "Helhed", ["4.1 Vores tilbud er tilpasset", "4.2 Vi har kompetencerne"])
    _, items, _ = structure(blocks)
    assert [g.number for g in items[0].maalsaetninger] == ["4.1", "4.2"]


def test_an_item_whose_text_is_all_in_subsections_keeps_its_heading_as_text():
    sections, _, _ = structure(_tema(3, "Tilgængelighed og deltagelse", ["1. Bygninger for alle"]))
    assert "Tema 3: Tilgængelighed og deltagelse" in _lines(sections)


def test_roman_goal_codes_wrapped_over_lines_are_goals_each_whole():
    text = "\n".join([
        "Mål:",
        "II.1   Mindst 250 borgere på kontanthjælp skal hvert år",
        "starte i ordinære løntimer.",
        "II.2   Antallet af sygedagpengesager skal falde fra 380 til 290.",
    ])
    blocks = [Block("INDSATSOMRÅDE I: UNGE", 1), Block("Unge skal i job.", 1),
              Block("INDSATSOMRÅDE II: VEJEN TIL JOB FOR BORGERE LANGT FRA", 1),
              Block("Mange er langt fra job.", 1), Block(text, 1)]
    sections, items, _ = structure(blocks)
    assert [g.number for g in items[1].maalsaetninger] == ["II.1", "II.2"]
    assert "II.1   Mindst 250 borgere på kontanthjælp skal hvert år starte i ordinære løntimer." in _lines(sections)


def test_a_wrapped_upper_case_item_heading_is_one_heading():
    blocks = [Block("INDSATSOMRÅDE I: UNGE I JOB", 1),
              Block("INDSATSOMRÅDE II: VIRKSOMHEDERNE SKAL HAVE DEN ARBEJDSKRAFT, DE\nMANGLER", 1),
              Block("Bygge- og anlægsbranchen mangler hænder.", 1)]
    _, items, _ = structure(blocks)
    assert items[1].title == "VIRKSOMHEDERNE SKAL HAVE DEN ARBEJDSKRAFT, DE MANGLER"


def test_a_line_ending_in_an_abbreviation_goes_on_in_the_next():
    blocks = [Block("Sådan gør vi", 1, "heading", 2),
              Block("a. Sagsbehandlerne får færre sager: højst 45 borgere pr.\nmedarbejder mod 62 i dag.", 1)]
    sections, _, _ = structure(blocks)
    assert "a. Sagsbehandlerne får færre sager: højst 45 borgere pr. medarbejder mod 62 i dag." in _lines(sections)


def test_terms_of_a_definition_list_are_the_principles(tmp_path):
    page = ("<h2>Principper</h2><p>Seks principper gælder for alt vores arbejde:</p><dl>"
            + "".join(f"<dt>{n}. {t}</dt><dd>{t} betyder noget for os.</dd>"
                      for n, t in enumerate(["Barnet i centrum", "Tidlig indsats", "Familien som ressource",
                                             "Fællesskaber for alle"], 1)) + "</dl>")
    blocks = html_blocks(tmp_path / "p.html", page.encode())
    sections, _, _ = structure(blocks)
    fourth = next(s for s in sections if s.path[-1] == "4. Fællesskaber for alle")
    assert fourth.kind == "principper"
    assert [b.text for b in fourth.blocks] == ["4. Fællesskaber for alle", "Fællesskaber for alle betyder noget for os."]
