"""How a question names an organisation: every inflection, the English name, lost æ/ø/å."""

import pytest

from retrieval.query import OrganisationNames, organisation_aliases

STORED = ["Københavns Kommune", "Region Midtjylland", "Region Hovedstaden", "Region Syddanmark",
          "Region Sjælland", "Region Nordjylland", "Aarhus Kommune", "Sølund Kommune",
          "Norddjurs Kommune", "Vejle Kommune", "Vejen Kommune", "Lyngby-Taarbæk Kommune"]


@pytest.fixture(scope="module")
def names():
    return OrganisationNames(STORED, ordinary={"vejen"})


@pytest.mark.parametrize("question, expected", [
    ("Hvad er pejlemærke 3 i København?", "Københavns Kommune"),
    ("Hvad er pejlemærke 3 i Københavns Kommunes socialstrategi?", "Københavns Kommune"),
    ("Hvad siger Københavns Kommune om hjemløse?", "Københavns Kommune"),
    ("What is Copenhagen's goal for homelessness?", "Københavns Kommune"),
    ("What does the City of Copenhagen say?", "Københavns Kommune"),
    ("Hvad vil Region Midtjylland?", "Region Midtjylland"),
    ("Hvad er Midtjyllands mål for psykiatrien?", "Region Midtjylland"),
    ("What does the Central Denmark Region want?", "Region Midtjylland"),
    ("Hvad siger Region Hovedstadens strategi?", "Region Hovedstaden"),
    ("What does the Capital Region say about psychiatry?", "Region Hovedstaden"),
    ("Goals of the Region of Southern Denmark", "Region Syddanmark"),
    ("Hvad vil Region Syddanmark?", "Region Syddanmark"),
    ("What does Region Zealand plan?", "Region Sjælland"),
    ("Hvad siger Region Sjælland?", "Region Sjælland"),
    ("North Denmark Region's strategy", "Region Nordjylland"),
    ("Hvad gør Århus for de ældre?", "Aarhus Kommune"),
    ("Hvad gør Aarhus Kommune for de ældre?", "Aarhus Kommune"),
    ("Hvad er pejlemærke 2 i Sølund?", "Sølund Kommune"),
    ("Hvad er pejlemærke 2 i Solund?", "Sølund Kommune"),
    ("Hvad er pejlemærke 2 i Soelund?", "Sølund Kommune"),
    ("Hvad er Norddjurs' pejlemærker?", "Norddjurs Kommune"),
    ("Hvad siger Lyngby-Taarbæk om demens?", "Lyngby-Taarbæk Kommune"),
])
def test_every_inflection_and_the_english_name_find_the_stored_name(names, question, expected):
    assert names.find(question) == expected


def test_the_existing_rules_still_hold(names):
    assert names.find("Hvordan viser vi vejen til et godt ældreliv?") is None  # an ordinary word
    assert names.find("Hvad gør Vejen for de ældre?") == "Vejen Kommune"
    assert names.find("Hvad gør vejen kommune for de ældre?") == "Vejen Kommune"
    assert names.find("Hvad står der om vejledning?") is None  # not the start of a longer word
    assert names.find("Hvad er Vejles pejlemærke 2?") == "Vejle Kommune"
    assert names.find("Hvad siger regionen om psykiatri?") is None
    assert names.find("Hvad er pejlemærke 1?") is None


def test_aliases_are_folded_and_include_the_nominative_of_a_genitive_name():
    aliases = organisation_aliases("Københavns Kommune")
    assert {"kobenhavn", "kobenhavns", "kobenhavns kommune", "copenhagen"} <= aliases
    assert {"region midtjylland", "midtjylland", "central denmark region"} <= organisation_aliases("Region Midtjylland")
    assert {"solund", "soelund"} <= organisation_aliases("Sølund Kommune")


def test_english_names_do_not_make_common_words_names(names):
    assert "city" not in names.name_terms and "denmark" not in names.name_terms
    assert "copenhagen" in names.name_terms
