from pathlib import Path

from ingest.load import load
from ingest.repair import repair_blocks
from ingest.structure import structure

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _structure(name):
    blocks, _ = repair_blocks(load(CORPUS / name).blocks)
    return structure(blocks)


def test_norddjurs_pejlemaerker_and_maalsaetninger():
    sections, pejlemaerker, _ = _structure("norddjurs-socialomraadet-strategi-2023.txt")
    assert [(p.number, p.title) for p in pejlemaerker] == [
        (1, "Borgeren først"), (2, "Fundamentet på plads"), (3, "Mest muligt i eget liv"),
        (4, "Helhed og fremtidssikring")]
    assert [len(p.maalsaetninger) for p in pejlemaerker] == [4, 4, 3, 3]
    # The PDF printed "2.1 2.2 2.3 2.4" apart from their sentences; each is put back.
    goals = {m.number: m.text for m in pejlemaerker[1].maalsaetninger}
    assert goals["2.1"].startswith("Alle medarbejdere kender og bidrager")
    assert goals["2.3"].startswith("Vores serviceniveau er tydeligt")
    assert goals["2.4"].startswith("Vores dokumentationsarbejde")
    assert pejlemaerker[2].motto.startswith("Vi har fokus på midlertidighed")
    paths = {" › ".join(s.path) for s in sections}
    assert "Pejlemærke 3: Mest muligt i eget liv › Målsætninger" in paths
    assert "Pejlemærke 1: Borgeren først › Nøgleord" in paths


def test_odder_pejlemaerker_with_principper():
    sections, pejlemaerker, _ = _structure("odder-specialiseret-socialomraade-voksne-strategi.txt")
    assert [p.title for p in pejlemaerker] == ["Aktivt Medborgerskab", "Sammen og på tværs",
                                               "Økonomisk bæredygtighed", "Fokus på kerneopgaven"]
    principle = [s for s in sections if s.pejlemaerke == 3 and s.kind == "principper"]
    assert any(s.path[-1] == "Vi tilstræber at flere borgere modtager et lokalt tilbud" for s in principle)


def test_rudersdal_indsats_tables():
    sections, _, _ = _structure("rudersdal-social-sundhed-virksomhedsplan-2020.txt")
    tables = [s for s in sections if s.kind == "indsatser"]
    assert [s.path[-1].split(":")[0] for s in tables][:4] == ["MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4"]
    rows = [b.text for b in tables[1].blocks if b.kind == "table_row"]
    assert "Forankring af Åben Dialog\tCenter for Sociale Indsatser" in rows


def test_a_signature_is_text_not_a_heading():
    """A name over its title ("Marianne Fog / Formand for …") closes a foreword; as a heading it
    would swallow the next section and never be quoted when someone asks who signed."""
    from ingest.model import Block

    for blocks in ([Block("Forord"), Block("Vi har skrevet politikken sammen med de unge."),
                    Block("Marianne Fog\nFormand for Børne- og Ungeudvalget"), Block("Vision"),
                    Block("Alle børn skal trives.")],
                   [Block("Forord", kind="heading", heading_level=2),
                    Block("Vi har skrevet politikken sammen med de unge."),
                    Block("Marianne Fog", kind="heading"), Block("Formand for Børne- og Ungeudvalget"),
                    Block("Vision", kind="heading", heading_level=2), Block("Alle børn skal trives.")]):
        sections, _, _ = structure(blocks)
        paths = [s.path[-1] for s in sections]
        assert "Marianne Fog" not in " ".join(paths) and "Vision" in paths
        foreword = next(s for s in sections if s.path[-1] == "Forord")
        assert "Marianne Fog" in "\n".join(b.text for b in foreword.blocks)
