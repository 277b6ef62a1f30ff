"""Guiding questions read a målsætning's own words: its verb and object, its subject, its figure,
its date and its partners, from the kinds of sentences Danish strategies write goals in."""

import pytest

from bot.planning.questions import guiding_questions, read


@pytest.mark.parametrize("goal, kind, doing, topic", [
    ("Vi arbejder med konkrete og afgrænsede mål og giver slip, når målet er nået", "we",
     "arbejde med konkrete og afgrænsede mål", "konkrete og afgrænsede mål"),
    ("Vi har en tilbudsvifte, som understøtter tidsafgrænset, virtuel og gruppebaseret støtte", "we",
     "have en tilbudsvifte, som understøtter tidsafgrænset, virtuel og gruppebaseret støtte", "en tilbudsvifte"),
    ("Vi udfordrer, støtter og motiverer borgeren til at deltage aktivt.", "we",
     "udfordre, støtte og motivere borgeren til at deltage aktivt", "udfordre, støtte og motivere borgeren til at deltage"),
    ("Alle medarbejdere kender og bidrager til løsningen af den fælles kerneopgave", "clause",
     "alle medarbejdere kender og bidrager til løsningen af den fælles kerneopgave",
     "løsningen af den fælles kerneopgave"),
    ("- Andelen af elever i 4.-9. klasse med høj trivsel skal stige fra 86 til 90 procent.", "clause",
     "andelen af elever i 4.-9. klasse med høj trivsel stiger fra 86 til 90 procent",
     "andelen af elever i 4.-9. klasse med høj trivsel"),
    ("Alle borgere, der fylder 75 år, tilbydes et forebyggende hjemmebesøg inden for tre måneder.", "clause",
     "alle borgere, der fylder 75 år, tilbydes et forebyggende hjemmebesøg inden for tre måneder",
     "et forebyggende hjemmebesøg"),
    (": Alle kommunale køkkener og kantiner følger de officielle kostråd, og mindst 60 procent er økologiske.",
     "clause", "alle kommunale køkkener og kantiner følger de officielle kostråd", "de officielle kostråd"),
    ("Lindholm Sundhedshus i Bøgeby åbner i 2026 med sygeplejeklinik.", "clause",
     "Lindholm Sundhedshus i Bøgeby åbner i 2026 med sygeplejeklinik", "Lindholm Sundhedshus i Bøgeby"),
    ("inddrage borgeren i at formulere mål for egen indsats", "we",
     "inddrage borgeren i at formulere mål for egen indsats", "borgeren i at formulere mål for egen indsats"),
    ("Tryg pleje", "phrase", "Tryg pleje", "Tryg pleje"),
])
def test_a_goal_is_read_in_its_own_words(goal, kind, doing, topic):
    found = read(goal)
    assert (found.kind, found.doing, found.topic) == (kind, doing, topic)


def test_figures_dates_and_partners_get_their_own_questions():
    questions = guiding_questions("Genindlæggelser inden for 30 dage nedbringes fra 12 til 9 procent.", "da")
    assert "Målet er «fra 12 til 9 procent»: hvilke af vores egne tal viser, om vi bidrager, og hvor står vi i dag?" \
        in questions
    assert any("«inden for 30 dage»" in q for q in questions)
    dated = guiding_questions("Akutteamet er bemandet døgnet rundt fra 1. marts 2025.", "da")
    assert any(q.startswith("Målsætningen siger «fra 1. marts 2025»") for q in dated)
    partners = guiding_questions("Vi samarbejder med frivillige, foreninger og civilsamfund om at skabe "
                                 "stjernestunder i hverdagen.", "da")
    assert "Hvordan inddrager vi frivillige, foreninger og civilsamfund, og hvem hos os holder kontakten?" in partners
    assert any("«skabe stjernestunder i hverdagen»" in q for q in partners)


def test_two_goals_never_share_their_questions_and_english_quotes_the_danish():
    first = guiding_questions("Vi har en stærk faglighed", "da")
    second = guiding_questions("Vi agerer med en høj grad af professionalisme", "da")
    assert len(first) == len(second) == 4 and not set(first) & set(second)
    english = guiding_questions("Sygefraværet i hjemmeplejen nedbringes til 6,0 procent.", "en")
    assert english[0] == ("What do we concretely do in our daily work so that «sygefraværet i hjemmeplejen "
                          "nedbringes til 6,0 procent»?")
    assert english[1] == "Who in our team is responsible for «sygefraværet i hjemmeplejen», and who do we work with?"
