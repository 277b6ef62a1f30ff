"""A store with many municipalities: answers stay short, and names that are also words stay words."""

import pytest

from bot.answer import Question
from retrieval.query import parse_query

ORGANISATIONS = ["Vejle", "Vejen", "Skive", "Lejre", "Struer", "Faxe", "Sorø"]
THEMES = ["hverdagsrehabilitering", "demensvenlige boliger", "pårørendesamarbejde", "ensomhed",
          "velfærdsteknologi", "tidlig opsporing", "frivillige"]


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    root = tmp_path_factory.mktemp("many")
    docs = root / "docs"
    docs.mkdir()
    for name, theme in zip(ORGANISATIONS, THEMES):
        slug = name.lower().replace("ø", "oe")
        (docs / f"{slug}-strategi.md").write_text(
            f"# Ældrestrategi for {name} Kommune\n\n{name} Kommune vil vise vejen til et godt ældreliv.\n\n"
            f"## Pejlemærke 1: Borgeren først\n\nVi tager udgangspunkt i borgerens egne mål.\n\n"
            f"## Pejlemærke 2: Hjemme hos borgeren\n\nHjælpen gives så vidt muligt i eget hjem.\n\n"
            f"## Pejlemærke 3: Sammen om {theme}\n\n{name} Kommune arbejder sammen med borgerne om "
            f"{theme} i alle distrikter. Læs mere på www.{slug}.dk.\n", encoding="utf-8")
        (docs / f"{slug}-handleplan.md").write_text(
            f"# Handleplan for {name} Kommune\n\nI år sætter vi fokus på {theme} i hjemmeplejen.\n",
            encoding="utf-8")
        for kind in ("strategi", "handleplan"):
            (docs / f"{slug}-{kind}.meta.toml").write_text(
                f'organisation = "{name} Kommune"\narea = "Ældre"\ntitle = "{kind.title()} for {name}"\n'
                f'kind = "{kind}"\nperiod = "2025-2028"\n', encoding="utf-8")
    (docs / "skive-socialstrategi.md").write_text(  # a second strategy with its own pejlemærke 3
        "# Socialstrategi for Skive Kommune\n\n## Pejlemærke 1: Fællesskaber\n\nAlle hører til et sted.\n\n"
        "## Pejlemærke 3: Job og uddannelse\n\nSkive Kommune hjælper unge med handicap i job.\n",
        encoding="utf-8")
    (docs / "skive-socialstrategi.meta.toml").write_text(
        'organisation = "Skive Kommune"\narea = "Socialområdet"\ntitle = "Socialstrategi for Skive"\n'
        'kind = "strategi"\nperiod = "2025-2028"\n', encoding="utf-8")
    core = build_core(load_settings(data_dir=root / "data"))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()
    return core


def test_a_pejlemaerke_many_have_is_answered_for_the_best_few_and_the_rest_counted(many):
    answer = many.answerer.answer(Question("Hvad er pejlemærke 3?"))
    assert answer.status == "clarify"
    cited = {c.organisation for c in answer.citations}
    assert 1 <= len(cited) <= 3
    assert "Det findes hos 7 organisationer" in answer.text


def test_a_named_municipality_is_not_confused_with_a_word_or_a_longer_name(many):
    answer = many.answerer.answer(Question("Hvad er pejlemærke 3 i Vejle?"))
    assert answer.status == "answered"
    assert {c.organisation for c in answer.citations} == {"Vejle Kommune"}
    # "vejen" is an ordinary word in these documents; "Vejen" with a capital is the municipality
    assert parse_query("Hvordan viser vi vejen til et godt ældreliv?", many.catalog.organisations).organisation is None
    assert parse_query("Hvad gør Vejen for de ældre?", many.catalog.organisations).organisation == "Vejen Kommune"
    assert parse_query("Hvad står der om vejledning?", many.catalog.organisations).organisation is None
    assert parse_query("Hvad er Vejles pejlemærke 2?", many.catalog.organisations).organisation == "Vejle Kommune"
    # a web address in the documents does not make a name an ordinary word
    assert parse_query("hvad er pejlemærke 2 i vejle?", many.catalog.organisations).organisation == "Vejle Kommune"


def test_refusals_count_what_they_do_not_list(many):
    missing = many.answerer.answer(Question("Hvad er pejlemærke 9?"))
    assert missing.status == "no_answer"
    assert "og 4 andre organisationer" in missing.text
    assert missing.text.count(" pejlemærker, og pejlemærke 9 findes ikke") == 3
    outside = many.answerer.answer(Question("Hvad koster en ny vinterjakke i Føtex?"))
    assert outside.status == "no_answer"
    assert outside.text.count("• ") == 12
    assert "3 dokumenter mere, i alt fra 7 organisationer" in outside.text


def test_two_strategies_of_one_municipality_with_the_same_pejlemaerke_are_not_mixed(many):
    answer = many.answerer.answer(Question("Hvad er pejlemærke 3 i Skive?"))
    assert answer.status == "clarify"
    parts = answer.text.split("\n\n")
    social = next(p for p in parts if "Socialstrategi for Skive" in p)
    elderly = next(p for p in parts if "«Strategi for Skive»" in p and p is not social)
    assert "Job og uddannelse" in social and "pårørendesamarbejde" not in social
    assert "pårørendesamarbejde" in elderly and "Job og uddannelse" not in elderly
    assert "Skive Kommune: «Socialstrategi for Skive»" in answer.text
    assert {c.title for c in answer.citations} == {"Socialstrategi for Skive", "Strategi for Skive"}


def test_kilder_lists_organisations_when_there_are_many_and_one_on_request(many, monkeypatch):
    import bot.documents
    from bot.slack.render import documents_text

    assert "Socialstrategi for Skive" in documents_text(many.catalog, "da")  # few: every document
    monkeypatch.setattr(bot.documents, "MAX_LISTED_ORGANISATIONS", 5)

    overview = documents_text(many.catalog, "da")
    assert "• Skive Kommune (3)" in overview and "Strategi for Skive" not in overview
    assert "Det er 7 organisationer med 15 dokumenter i alt" in overview
    one = documents_text(many.catalog, "da", "Skive Kommune")
    assert "Socialstrategi for Skive" in one and "Vejle" not in one
