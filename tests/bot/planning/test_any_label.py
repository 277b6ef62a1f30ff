"""Every structure feature works for a strategy whose items are not called pejlemærker: a Word
document with "Indsatsområde N" headings and "Mål N.M" paragraphs, and no metadata file."""

import shutil
from pathlib import Path

import pytest

from bot.answer import Question
from bot.message import Message, Surface

DEVSET = Path(__file__).resolve().parents[2] / "fixtures" / "devset"


@pytest.fixture(scope="module")
def lindholm(tmp_path_factory):
    from bot.answer.service import build_core
    from bot.assistant import Assistant
    from bot.database import Database
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor
    from retrieval.embeddings import make_embeddings
    from retrieval.store import open_vectorstore

    folder = tmp_path_factory.mktemp("lindholm")
    shutil.copy(DEVSET / "lindholm-sundhed-omsorg-strategi-2025.docx", folder)
    (folder / "bakkeby-aeldrepolitik.md").write_text(
        "# Ældrepolitik 2025–2028 for Bakkeby Kommune\n\nVi arbejder efter tre principper:\n\n"
        "1. Borgeren bestemmer over eget liv.\n2. Hjælpen gives tæt på hjemmet.\n3. Pårørende er partnere.\n\n"
        "## Tema 1: Et aktivt ældreliv\n\nFlere ældre skal dyrke motion hver uge.\n\n"
        "## Tema 2: Tryg pleje\n\nAlle plejehjem har en fast læge tilknyttet fra 2026.\n\n"
        "## Tema 3: Et godt liv på plejecentrene\n\nBeboerne bestemmer selv, hvornår de spiser.\n\n"
        "Alle plejecentre får en frivilligkoordinator i 2026.\n", encoding="utf-8")
    pejlemaerker = "\n\n".join(f"{n}. {t}" for n, t in enumerate(
        ["Flere udsatte borgere får et job", "Færre unge mistrives", "Alle har et sted at bo",
         "Borgeren er med i egen sag", "Hjælpen kommer tidligt"], 1))
    (folder / "kk-socialstrategi.txt").write_text(
        "Socialstrategi 2025–2028\n\nKøbenhavns Kommune vil skabe et socialt bæredygtigt København.\n\n"
        f"De fem pejlemærker lyder:\n\n{pejlemaerker}\n\nStrategien følges op hvert år.\n", encoding="utf-8")
    settings = load_settings(data_dir=folder / "data")
    embeddings = make_embeddings(settings)
    report = Ingestor(open_vectorstore(settings, embeddings), embeddings).run([folder])
    assert not report.failed and all(d.coverage.ratio == 1.0 for d in report.documents)
    core = build_core(settings)
    assistant = Assistant(core, Database(folder / "data" / "state.sqlite3"))
    return core, lambda text: assistant.handle(Message(Surface.CLI, text, "anne", organisation="Lindholm Kommune"))


def test_an_item_is_answered_with_its_heading_and_goals(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad er indsatsområde 2 i Lindholm?"))
    assert answer.status == "answered"
    assert any("Indsatsområde 2: Rehabilitering og hverdagsmestring" in c.text for c in answer.citations)
    assert "Mål 2.1" in answer.text and "Mål 3.1" not in answer.text


def test_one_goal_by_its_number(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad siger mål 3.2 i Lindholm?"))
    assert "Genindlæggelser inden for 30 dage" in answer.text
    assert "Mål 3.1" not in answer.text.split("Fra beskrivelsen")[0]


def test_a_number_the_strategy_lacks_is_refused_in_its_own_words(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad er indsatsområde 7 i Lindholm?"))
    assert answer.status == "no_answer" and "4 indsatsområder" in answer.text


def test_action_plan_introduction_and_task_fit_use_the_strategys_items(lindholm):
    _, ask = lindholm
    plan = ask("handleplan 2")
    assert plan.files and "Indsatsområde 2: Rehabilitering og hverdagsmestring" in plan.answer.text
    assert "2.1" in plan.answer.text and "pejlemærke" not in plan.answer.text.lower()
    intro = ask("introduktion").answer.text
    assert "Indsatsområder, ét ad gangen" in intro and "Indsatsområde 4: Attraktive arbejdspladser" in intro
    fit = ask("Hvordan passer vores arbejde ind: forebyggende hjemmebesøg; rekruttering af elever").answer.text
    assert "→ Indsatsområde 1" in fit and "pejlemærke" not in fit.lower()


def test_a_goal_the_item_lacks_is_refused_naming_those_it_has(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad siger mål 3.7 i Lindholm?"))
    assert answer.status == "no_answer" and "3.1, 3.2, 3.3" in answer.text


def test_a_principle_listed_but_not_numbered_as_an_item_is_quoted_by_its_place(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad er princip 2 i Bakkeby?"))
    assert answer.status == "answered"
    assert any("Hjælpen gives tæt på hjemmet" in c.text for c in answer.citations)
    assert core.answerer.answer(Question("Hvad er tema 2 i Bakkeby?")).citations[0].text.startswith("Tema 2: Tryg pleje")


def test_a_part_of_an_item_the_question_names_is_quoted_whole(tmp_path):
    """'Hvilke indsatser er der under mål 2?' lists the item's Indsatser, not its best sentence."""
    from langchain_core.documents import Document

    from bot.answer.compose import CitationList, compose_pejlemaerke

    meta = dict(organisation="Aby Kommune", title="Plan", source="plan.md", pejlemaerke=2, page=0,
                pejlemaerke_label="politisk mål", pejlemaerke_code="2", pejlemaerke_title="Tryghed")
    own = Document("Aby Kommune · Plan\nPolitisk mål 2: Tryghed\n\nPolitisk mål 2: Tryghed\nVi vil skabe tryghed.",
                   metadata={**meta, "id": "a", "section": "Politisk mål 2: Tryghed", "chunk_index": 0,
                             "body_start": len("Aby Kommune · Plan\nPolitisk mål 2: Tryghed\n\n")})
    head = "Aby Kommune · Plan\nPolitisk mål 2: Tryghed › Indsats\n\n"
    part = Document(head + "Indsats\n– Nattevagt på alle plejecentre.\n– Faldforebyggelse i hjemmet.\n"
                    "– Tryghedsopkald til ensomme.", metadata={**meta, "id": "b", "chunk_index": 1,
                    "section": "Politisk mål 2: Tryghed › Indsats", "body_start": len(head)})
    text = compose_pejlemaerke("Hvilke indsatser er der under politisk mål 2?", {"indsats": 1.0}, 2,
                               [own, part], "da", CitationList())
    assert all(item in text for item in ("Nattevagt", "Faldforebyggelse", "Tryghedsopkald"))
    plain = compose_pejlemaerke("Hvad er politisk mål 2?", {"tryghed": 1.0}, 2, [own, part], "da", CitationList())
    assert "Indsats:" not in plain


def test_a_numbered_list_under_a_lead_in_is_the_strategys_items(lindholm):
    """'De fem pejlemærker lyder: 1. … 5.' without a heading per pejlemærke: each is still found by
    its number, and the municipality by any form of its name."""
    core, _ = lindholm
    for question in ("Hvad er pejlemærke 3 i Københavns Kommunes socialstrategi?",
                     "What is pejlemærke 3 in Copenhagen?"):
        answer = core.answerer.answer(Question(question))
        assert answer.status == "answered", answer.text
        assert any("3. Alle har et sted at bo" in c.text for c in answer.citations)
    listing = core.answerer.answer(Question("Hvilke pejlemærker har København?"))
    assert all(f"{n}." in " ".join(c.text for c in listing.citations) for n in range(1, 6))


def test_an_overview_of_a_topic_that_is_an_items_title_finds_the_item(lindholm):
    """"Bakkeby og tryg pleje – i korte træk?" is about Tema 2: Tryg pleje; one shared word is not."""
    core, _ = lindholm
    catalog = core.catalog
    bakkeby = next(o for o in catalog.organisations if o.startswith("Bakkeby"))
    assert catalog.find_item_by_topic("Bakkeby og tryg pleje – hvad er planen i korte træk?", None) == (bakkeby, 2)
    assert catalog.find_item_by_topic("Hvad gør Bakkeby for pleje?", None) is None
    answer = core.answerer.answer(Question("Bakkeby og tryg pleje – hvad er planen i korte træk?"))
    assert answer.status == "answered" and "Tema 2: Tryg pleje" in answer.text


def test_a_principle_number_the_list_does_not_have_is_refused(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad er princip 7 i Bakkeby?"))
    assert answer.status == "no_answer" and "1, 2, 3" in answer.text


def test_a_team_whose_workplace_an_item_names_gets_that_item(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Jeg arbejder på et plejecenter i Bakkeby. Hvad betyder politikken for os?"))
    assert answer.status == "answered"
    assert answer.text.splitlines()[1].startswith("Tema 3: Et godt liv på plejecentrene")


def test_a_goal_by_its_place_under_an_item_named_by_its_topic(lindholm):
    core, _ = lindholm
    answer = core.answerer.answer(Question("Hvad er mål 2 under indsatsområdet om rehabilitering og hverdagsmestring i Lindholm?"))
    assert "Mål 2.2" in answer.text and "Mål 2.1" not in answer.text.split("Fra beskrivelsen")[0]
