from pathlib import Path

from ingest.load import load
from ingest.repair import join_hyphenated, needs_repair, repair_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_restores_lost_danish_letters():
    cases = {
        "Den faelles strategi pa Socialomradet": "Den fælles strategi på Socialområdet",
        "for at understgtte borgerens hab og dremme": "for at understøtte borgerens håb og drømme",
        "Malsaetninger": "Målsætninger",
        "Nogleord": "Nøgleord",
        "kommunikerer i gjenhgjde": "kommunikerer i øjenhøjde",
        "p§ en m8de": "på en måde",
        "de kommende &ar": "de kommende år",
        "Igse opgaverne": "løse opgaverne",
        "| tillaeg til strategien": "I tillæg til strategien",
        "i bestraebelsen p& at lykkes": "i bestræbelsen på at lykkes",
        "en uaendret ressourcemaessig indsats": "en uændret ressourcemæssig indsats",
        "vi skal afsaet og gge kapaciteten": "vi skal afsæt og øge kapaciteten",
    }
    for damaged, repaired in cases.items():
        assert repair_text(damaged)[0] == repaired


def test_leaves_correct_words_and_links_alone():
    correct = ("Vi tror på, at mere ansvar giver bedre trivsel for borgeren, hans far og mor. "
               "Alle kan bidrage, også de faglige fællesskaber og OMU.")
    assert repair_text(correct) == (correct, 0)
    link = "Se https://norddjurs.dk/Media/1/Paaroerendepolitik.pdf"
    assert repair_text(link)[0] == link


def test_joins_words_split_at_line_ends_but_not_lists():
    assert join_hyphenated("medar-\nbejdere og le-\nderne") == "medarbejdere og lederne"
    assert join_hyphenated("over-\nog underkompensere") == "over-\nog underkompensere"


def test_only_damaged_documents_are_repaired():
    damaged = {"norddjurs-socialomraadet-strategi-2023.txt", "viborg-social-sundhed-omsorg-strategi-2018.txt"}
    for path in sorted(CORPUS.glob("*.txt")):
        assert needs_repair(load(path).blocks) == (path.name in damaged), path.name
