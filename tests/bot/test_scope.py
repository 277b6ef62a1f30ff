"""Scope and English questions over the bundled corpus: an English question about what the
documents cover is answered in English from the Danish text; a Danish question about something
absent is refused even when it names an organisation and a place the documents mention."""

import pytest

from bot.answer import Question
from retrieval.query import danish_terms, detect_language


@pytest.mark.parametrize("question, organisation, danish", [
    ("How does Rudersdal work with loneliness among older people?", "Rudersdal Kommune", "ensomhed"),
    ("What does Odder's strategy say about welfare technology?", "Odder Kommune", "velfærdsteknologi"),
    ("How does Norddjurs involve relatives and volunteers?", "Norddjurs Kommune", "frivillig"),
])
def test_english_question_is_answered_in_english_with_danish_citations(core, question, organisation, danish):
    answer = core.answerer.answer(Question(question))
    assert answer.status == "answered", answer.text
    assert answer.language == "en"
    assert answer.text.startswith("According to"), answer.text  # the frame is English ...
    assert {c.organisation for c in answer.citations} == {organisation}
    # ... the quotes are the documents' own Danish words
    assert any(danish in c.text.lower() for c in answer.citations), [c.text for c in answer.citations]
    for n, citation in enumerate(answer.citations, 1):
        assert f"[{n}]" in answer.text
        assert citation.text in core.catalog.by_id[citation.chunk_id].page_content


@pytest.mark.parametrize("question", [
    "Hvad er åbningstiderne for Bakkehuset i Rudersdal?",
    "Hvad koster en parkeringslicens ved Center for Sundhed og Træning i Rudersdal?",
    "Hvornår er der fernisering i Kontaktcentret i Rudersdal Kommune?",
    "Hvad koster en plads på et plejecenter i Rudersdal pr. døgn?",  # a price no passage states
])
def test_danish_question_about_something_absent_is_refused(core, question):
    answer = core.answerer.answer(Question(question))
    assert answer.status == "no_answer", answer.text
    assert not answer.citations


@pytest.mark.parametrize("question", [
    "Hvor mange medarbejdere har Rudersdal Social og Sundhed iflg. virksomhedsplanen?",  # an abbreviation
    "Hvad er Odders kerneopgave ifølge strategien?",  # the organisation in the genitive
    "Hvad siger Norddjurs' socialstratgi om frivillige?",  # the document's name, misspelt
])
def test_how_a_question_names_its_source_does_not_refuse_it(core, question):
    assert core.answerer.answer(Question(question)).status == "answered"


def test_a_topic_absent_from_the_named_strategy_is_refused_even_after_its_name(core):
    # "strategi" names the document; "seniorjob" is what is asked for, and no document has it
    answer = core.answerer.answer(Question("Hvad siger Odders strategi om seniorjob til ledige?"))
    assert answer.status == "no_answer", answer.text


@pytest.mark.parametrize("question", [
    "Jeg arbejder på et bosted i Odder. Hvad siger strategien om pårørende?",
    "Hvor mange penge har Rudersdal Social og Sundhed i nettobudget i 2020?",
])
def test_words_outside_the_ask_or_common_words_do_not_refuse(core, question):
    # the asker's workplace is context, and "penge" is an everyday word, not what is asked about
    assert core.answerer.answer(Question(question)).status == "answered"


def test_names_with_danish_letters_leave_an_english_question_english():
    assert detect_language("What are Sølund's health goals for children?") == "en"
    assert detect_language("How often does the committee in Rønnede get a status?") == "en"
    assert detect_language("Hvad er åbningstiderne for Sølund Sundhedscenter?") == "da"
    assert detect_language("Hvad er pejlemærke 2 i Rønnede?") == "da"


def test_glossary_covers_ordinary_policy_english_and_plurals():
    terms = danish_terms("targets for youth education, housing and loneliness among older people")
    for danish in ("mål", "ungdomsuddannelse", "bolig", "ensomhed", "ældre"):
        assert danish in terms, terms


def test_what_one_organisation_has_does_not_put_anothers_question_in_scope(core):
    """Rudersdal's plan has a Kontaktcenter; Odder's strategy does not, so Odder's staff get a
    refusal, not Odder sentences that happen to be near."""
    assert core.answerer.answer(Question("Hvad laver Kontaktcentret i Rudersdal?")).status == "answered"
    assert core.answerer.answer(Question("Hvad laver Kontaktcentret i Odder?")).status == "no_answer"


def test_english_question_quoting_a_danish_term_stays_english_and_finds_compounds():
    """Danish writes one word where English writes two ("dementia friends" → demensvenner), and an
    English question may quote the Danish term it read ("'skæve boliger'")."""
    from retrieval.query import danish_terms, detect_language

    assert detect_language("How many 'skæve boliger' (homes for homeless people) are built?") == "en"
    assert detect_language("Hvornår åbner «Sundhedshuset»?") == "da"
    assert "demensven" in danish_terms("How many dementia friends are there?").split()
    assert "alkoholbehandling" in danish_terms("Where is alcohol treatment offered?").split()
