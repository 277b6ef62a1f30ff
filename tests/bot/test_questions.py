"""The benchmark's questions over the bundled corpus: right status, organisation and section.

The stricter measure (does a citation hold the needed passage?) is the benchmark's, whose
figures are in the README; these checks are what a user would notice at once.
"""

import json
from pathlib import Path

import pytest

from bot.answer import Question

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).resolve().parents[2] / "bench" / "questions.jsonl").read_text().splitlines()
             if line.strip()]


@pytest.mark.parametrize("case", QUESTIONS, ids=[c["q"][:60] for c in QUESTIONS])
def test_question(core, case):
    answer = core.answerer.answer(Question(case["q"]))
    # bot eval's format: an expected refusal is kind "refuse"; two organisations and none named: clarify
    expected = "no_answer" if case["kind"] == "refuse" else "clarify" if len(case["org"]) > 1 else "answered"
    assert answer.status == expected, answer.text
    if answer.status == "no_answer":
        assert not answer.citations
        return
    organisations = {c.organisation for c in answer.citations}
    if len(case["org"]) == 1:
        assert organisations == set(case["org"])
    else:
        assert organisations >= set(case["org"])
    if case.get("section"):
        assert any(case["section"] in c.section for c in answer.citations), \
            [c.section for c in answer.citations]
    for n, citation in enumerate(answer.citations, 1):
        assert f"[{n}]" in answer.text  # every citation is used, numbered in order
        assert citation.text and citation.text in core.catalog.by_id[citation.chunk_id].page_content


def test_list_of_pejlemaerker_quotes_each_with_its_motto(core):
    answer = core.answerer.answer(Question("Hvilke pejlemærker har Norddjurs?"))
    assert answer.status == "answered"
    for number, title in ((1, "Borgeren først"), (2, "Fundamentet på plads"),
                          (3, "Mest muligt i eget liv"), (4, "Helhed og fremtidssikring")):
        assert f"Pejlemærke {number}: {title}" in answer.text
    assert [c.section.split(" › ")[0] for c in answer.citations] == [
        "Pejlemærke 1: Borgeren først", "Pejlemærke 2: Fundamentet på plads",
        "Pejlemærke 3: Mest muligt i eget liv", "Pejlemærke 4: Helhed og fremtidssikring"]


def test_pejlemaerker_without_organisation_asks_which_and_leaves_out_other_goal_kinds(core):
    answer = core.answerer.answer(Question("Hvad er pejlemærkerne?"))
    assert answer.status == "clarify"
    assert {c.organisation for c in answer.citations} == {"Norddjurs Kommune", "Odder Kommune"}


def test_pejlemaerke_named_by_title_lists_its_principper(core):
    answer = core.answerer.answer(Question("Hvad betyder økonomisk bæredygtighed i Odder?"))
    assert answer.status == "answered" and "Pejlemærke 3: Økonomisk bæredygtighed" in answer.text
    assert "• Vi tilstræber at flere borgere modtager et lokalt tilbud [" in answer.text


@pytest.mark.parametrize("question", ["Hvordan nulstiller jeg min adgangskode til Outlook?",
                                      "Hvornår er der julefrokost?", "Hvem er statsminister?"])
def test_everyday_questions_outside_the_strategies_are_refused(core, question):
    answer = core.answerer.answer(Question(question))
    assert answer.status == "no_answer" and not answer.citations
    assert "Norddjurs Kommune: Fælles langsigtet strategi for Socialområdet" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("\x00\x07\x1b[31m", "Skriv et spørgsmål"),  # only control characters
    ("🙂🙂🙂 🎉", "Skriv et spørgsmål"),  # only emoji
    ("Hvad er\x00 pejlemærke\x1b 2 i Odder?", "Sammen og på tværs"),  # controls inside a real question
    ("ø" * 50_000, "for langt"),
])
def test_odd_questions_get_a_polite_reply(core, question, expected):
    answer = core.answerer.answer(Question(question))
    assert expected in answer.text and len(answer.text) < 5000


def test_two_named_organisations_each_get_a_cited_section(core):
    answer = core.answerer.answer(Question("Hvordan adskiller Odders og Norddjurs' strategier sig?"))
    assert answer.status == "answered"
    parts = answer.text.split("\n\n")
    odder = next(p for p in parts if p.startswith("Ifølge Odder Kommune"))
    norddjurs = next(p for p in parts if p.startswith("Ifølge Norddjurs Kommune"))
    for part, organisation in ((odder, "Odder Kommune"), (norddjurs, "Norddjurs Kommune")):
        numbers = [int(n) for n in __import__("re").findall(r"\[(\d+)\]", part)]
        assert numbers and {answer.citations[n - 1].organisation for n in numbers} == {organisation}


def test_an_overview_question_quotes_the_kerneopgave(core):
    answer = core.answerer.answer(Question("Kort fortalt, hvad er kerneopgaven i Odder?"))
    assert "Vi understøtter borgeren i at mestre eget liv" in answer.text
    assert "Pejlemærke 1: Aktivt Medborgerskab" in answer.text


def test_punkt_n_means_the_organisations_own_item_n(core):
    # staff say "punkt 2" for whatever the strategy numbers: Odder's pejlemærke 2
    answer = core.answerer.answer(Question("Hvad handler punkt 2 om i Odder?"))
    assert answer.status == "answered"
    assert answer.text.splitlines()[1].startswith("Pejlemærke 2: Sammen og på tværs")


def test_an_english_clarify_asks_which_in_english():
    from bot.answer.kinds import clarify

    english = clarify("en", ["Odder Kommune", "Norddjurs Kommune", "Viborg Kommune"], 0)
    assert "Odder Kommune, Norddjurs Kommune or Viborg Kommune?" in english and " eller " not in english
    assert "Odder Kommune eller Norddjurs Kommune?" in clarify("da", ["Odder Kommune", "Norddjurs Kommune"], 0)
