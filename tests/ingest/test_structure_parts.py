"""Structure in layouts the bundled strategies lack: a page break inside a sentence, goals as
numbered subheadings, and goals written "Mål 1:" under items that a lead-in's list names."""

from ingest.model import Block
from ingest.structure import structure

HEADER = "Region Nordhav · Sundhedsstrategi 2025–2028"


def _text(sections) -> str:
    return "\n".join(b.text for s in sections for b in s.blocks)


def test_a_sentence_cut_by_a_page_break_is_whole_and_the_page_furniture_is_kept():
    blocks = [
        Block(HEADER, 1), Block("Psykisk sundhed", 1, "heading", 2),
        Block("Antallet af unge, der henvises, er steget med", 1), Block("Side 1", 1),
        Block(HEADER, 2), Block("45 % siden 2019. For mange venter for længe. Det sætter vi i gang:", 2),
        Block("a) Vi vil halvere ventetiden fra 74 til", 2, "list_item"), Block("37 dage inden 2027.", 2),
        Block("b) Chatrådgivningen åbner i 2025.", 2, "list_item"), Block("Side 2", 2), Block(HEADER, 3),
    ]
    sections, _, _ = structure(blocks)
    lines = _text(sections).split("\n")
    assert "Antallet af unge, der henvises, er steget med 45 % siden 2019. For mange venter for længe. " \
           "Det sætter vi i gang:" in lines
    assert "a) Vi vil halvere ventetiden fra 74 til 37 dage inden 2027." in lines
    # the lead-in and its items stay together; the header and page number are text after them
    start = lines.index("a) Vi vil halvere ventetiden fra 74 til 37 dage inden 2027.")
    assert lines[start + 1] == "b) Chatrådgivningen åbner i 2025."
    assert "Side 1" in lines and lines.count(HEADER) == 3


def test_a_numbered_goal_on_the_next_line_is_not_joined_to_the_goal_before():
    blocks = [Block("Pejlemærke 4: Helhed", 1, "heading", 1), Block("Målsætninger", 1, "heading", 2),
              Block("4.1 Vores tilbud er tilpasset efter borgernes", 1), Block("4.2 Vi har de kompetencer, som skal til", 1)]
    _, items, _ = structure(blocks)
    assert [g.number for g in items[0].maalsaetninger] == ["4.1", "4.2"]


def test_numbered_subheadings_under_an_item_are_its_goals():
    blocks = [
        Block("Strategisk mål 1: Tryghed i eget hjem", 1, "heading", 1),
        Block("De fleste ældre ønsker at bo i eget hjem.", 1),
        Block("1.1 Flere skal klare hverdagen selv", 1, "heading", 2), Block("I 2024 klarede 61 % sig selv.", 1),
        Block("1.2 Hjemmeplejen skal have faste teams", 1, "heading", 2), Block("Højst 8 medarbejdere.", 1),
        Block("Strategisk mål 2: Et værdigt liv", 1, "heading", 1),
        Block("2.1 Beboerne bestemmer over maden", 1, "heading", 2), Block("Køkkenet omlægges.", 1),
    ]
    _, items, _ = structure(blocks)
    assert [(i.number, [g.number for g in i.maalsaetninger]) for i in items] == [(1, ["1.1", "1.2"]), (2, ["2.1"])]
    assert items[0].maalsaetninger[1].text.startswith("Hjemmeplejen skal have faste teams")


def test_goals_written_mal_1_under_items_a_list_names_belong_to_their_item():
    blocks = [
        Block("Formål", None, "heading", 2),
        Block("Strategien samler indsatserne. Vores tre målområder er:", None),
        Block("– Unge på vej mod uddannelse", None, "list_item"),
        Block("– Borgere på kanten af arbejdsmarkedet", None, "list_item"),
        Block("– Virksomhederne som medspillere", None, "list_item"),
        Block("Målområde: Unge på vej mod uddannelse", None, "heading", 3),
        Block("Mål 1: Antallet af unge uden job skal falde fra 310 til 220 inden udgangen af 2028.", None),
        Block("Målområde: Borgere på kanten af arbejdsmarkedet", None, "heading", 3),
        Block("Mål 1: 150 flere borgere skal i fleksjob inden udgangen af 2028.", None),
        Block("Mål 2: Ingen borger i ressourceforløb skal vente mere end 4 uger.", None),
    ]
    sections, items, _ = structure(blocks)
    assert [i.title for i in items] == ["Unge på vej mod uddannelse", "Borgere på kanten af arbejdsmarkedet",
                                        "Virksomhederne som medspillere"]
    assert [g.number for g in items[1].maalsaetninger] == ["2.1", "2.2"]
    assert items[1].maalsaetninger[1].text.startswith("Ingen borger i ressourceforløb")
    # the goals are text of their item's section, not headings of sections of their own
    assert not any(s.path[-1].startswith(("Mål 1", "Mål 2")) for s in sections)


def test_lettered_headings_after_a_sentence_naming_their_label_are_the_items():
    blocks = [Block("Strategiens fem fokusområder", 1, "heading"),
              Block("Strategien har fem fokusområder, A til E.", 1)]
    for code, title in zip("ABCDE", ("Tidlig opsporing", "Støtte til pårørende", "Et godt hverdagsliv",
                                     "Gode boliger", "Kompetencer")):
        blocks += [Block(f"{code}. {title}", 1, "heading"), Block(f"Om {title.lower()}.", 1)]
    blocks += [Block("Økonomi", 1, "heading"), Block("Byrådet har afsat 3,2 mio. kr.", 1)]
    sections, items, _ = structure(blocks)
    assert [(i.label, i.code, i.title) for i in items][2] == ("fokusområde", "C", "Et godt hverdagsliv")
    assert len(items) == 5
    assert next(s for s in sections if s.path[-1] == "Økonomi").pejlemaerke is None


def test_lettered_headings_without_a_label_named_stay_headings():
    blocks = []
    for code, title in zip("ABC", ("Indledning", "Baggrund", "Bilag")):
        blocks += [Block(f"{code}. {title}", 1, "heading"), Block("Tekst.", 1)]
    _, items, _ = structure(blocks)
    assert items == []


def test_a_table_of_figures_set_with_spaces_becomes_rows_under_their_years():
    blocks = [Block("Tabel 1. Budget til indsatserne (mio. kr.)", 1), Block("Indsats 2024 2025 2026", 1),
              Block("Skæve boliger og bostøtte 2,1 4,3 4,5", 1), Block("I alt 5,0 8,8 9,0", 1),
              Block("Opfølgning sker i juni 2025 og 2026.", 1)]
    sections, _, _ = structure(blocks)
    rows = [b for s in sections for b in s.blocks if b.kind == "table_row"]
    assert [r.text.split("\t") for r in rows] == [["Indsats", "2024", "2025", "2026"],
                                                 ["Skæve boliger og bostøtte", "2,1", "4,3", "4,5"],
                                                 ["I alt", "5,0", "8,8", "9,0"]]
    assert "Opfølgning sker i juni 2025 og 2026." in _text(sections)


def test_a_bare_item_heading_takes_its_title_from_the_next_line_and_a_signature_is_no_heading():
    blocks = [Block("Forord", 1), Block("Vi vil hjælpe flere borgere tidligt og tæt på hjemmet i de kommende år.", 1),
              Block("Morten Ravn, borgmester", 1),
              Block("INDSATS 1", 1), Block("Egen bolig og en stabil hverdag", 1),
              Block("En stabil bolig er grundlaget for alt andet.", 1),
              Block("INDSATS 2", 1), Block("Misbrug: hjælp uden ventetid", 1),
              Block("Hjælpen skal komme med det samme.", 1)]
    sections, items, _ = structure(blocks)
    assert [(i.number, i.title) for i in items] == [(1, "Egen bolig og en stabil hverdag"),
                                                    (2, "Misbrug: hjælp uden ventetid")]
    assert items[0].motto == "En stabil bolig er grundlaget for alt andet."
    assert not any(s.path[-1].startswith("Morten Ravn") for s in sections)
    assert "Morten Ravn, borgmester" in _text(sections)


def test_headings_under_a_principper_heading_are_principles_at_their_own_level():
    blocks = [Block("Principper", 1, "heading", 1), Block("Fem principper går på tværs af politikken.", 1),
              Block("Lighed i sundhed", 1, "heading", 2), Block("Vi gør mest for dem med størst behov.", 1),
              Block("Viden og læring", 1, "heading", 2), Block("Vi måler effekten.", 1),
              Block("Fokusområde 1: Sunde rammer", 1, "heading", 1), Block("Det sunde valg er let.", 1)]
    sections, _, _ = structure(blocks)
    kinds = {" › ".join(s.path): s.kind for s in sections}
    assert kinds["Principper › Lighed i sundhed"] == "principper"
    assert kinds["Principper › Viden og læring"] == "principper"
    assert kinds["Fokusområde 1: Sunde rammer"] == "text"
