"""Follow-ups read against the previous turn: the rules on their own, then through the assistant."""

import sqlite3
import time

import pytest

from bot.assistant import Assistant
from bot.conversation import Turn, item_question, items_of, replace_organisation, resolve
from bot.database import Database
from bot.message import Message, Reason, Surface

ORGANISATIONS = ["Norddjurs Kommune", "Odder Kommune", "Rudersdal Kommune", "Viborg Kommune"]
ODDER_2 = Turn("Hvad er pejlemærke 2 i Odder?", "Odder Kommune", Reason.NAMED,
               ["Vi tilrettelægger individuelle og fleksible løsninger",
                "Vi har fokus på at borgeren oplever sammenhæng og helhed i indsatsen"])


def test_an_organisations_name_is_replaced_as_written():
    assert replace_organisation("Hvad er pejlemærke 2 i Odder?", "Odder Kommune", "Norddjurs Kommune") == \
        "Hvad er pejlemærke 2 i Norddjurs?"
    assert replace_organisation("Hvad siger Odder Kommunes strategi?", "Odder Kommune", "Viborg Kommune") == \
        "Hvad siger Viborg Kommunes strategi?"
    assert replace_organisation("Hvad er Odders vision?", "Odder Kommune", "Norddjurs Kommune") == \
        "Hvad er Norddjurs' vision?"
    assert replace_organisation("Hvad er pejlemærke 2?", "Odder Kommune", "Viborg Kommune") is None
    assert replace_organisation("Hvad er pejlemærke 2?", None, "Viborg Kommune") is None


def test_only_a_new_organisation_re_asks_the_previous_question():
    for text in ("og hvad med Norddjurs?", "hvad med i Norddjurs?", "Norddjurs", "samme for Norddjurs Kommune",
                 "And what about Norddjurs?"):
        resolved = resolve(text, ODDER_2, ORGANISATIONS, "da")
        assert (resolved.text, resolved.organisation, resolved.reason) == \
            ("Hvad er pejlemærke 2 i Norddjurs?", "Norddjurs Kommune", Reason.NAMED), text
        assert not resolved.context
    # a question of its own that names an organisation is not a follow-up
    resolved = resolve("Hvad er kerneopgaven i Viborg?", ODDER_2, ORGANISATIONS, "da")
    assert (resolved.text, resolved.context, resolved.organisation) == ("Hvad er kerneopgaven i Viborg?", "", None)


def test_a_point_of_the_previous_answer():
    assert resolve("uddyb punkt 2", ODDER_2, ORGANISATIONS, "da").text == \
        "Hvad står der om: Vi har fokus på at borgeren oplever sammenhæng og helhed i indsatsen"
    assert resolve("Fortæl mere om det første punkt", ODDER_2, ORGANISATIONS, "da").text == \
        "Hvad står der om: Vi tilrettelægger individuelle og fleksible løsninger"
    assert resolve("uddyb punkt 7", ODDER_2, ORGANISATIONS, "da").missing_item == 2
    resolved = resolve("uddyb punkt 2", ODDER_2, ORGANISATIONS, "da")
    assert (resolved.organisation, resolved.reason) == ("Odder Kommune", Reason.NAMED)
    assert item_question("Pejlemærke 2: Fundamentet på plads – «Vi har et stærkt fundament» [2]", "da") == \
        "Hvad er pejlemærke 2?"
    assert item_question("3.2 Vi har en tilbudsvifte", "da") == "Hvad er 3.2?"
    assert item_question("Mål 2b Flere i job", "en") == "What is mål 2b?"


def test_the_items_an_answer_listed():
    text = ("Ifølge Norddjurs Kommune:\n• Pejlemærke 1: Borgeren først [1]\n• Pejlemærke 2: Fundamentet på plads [2]"
            "\n\nPrincipper:\n- «Alle indsatser tilrettelægges» [3] [4]\n1. Første\n«Et citat.» [5]")
    assert items_of(text) == ["Pejlemærke 1: Borgeren først", "Pejlemærke 2: Fundamentet på plads",
                              "Alle indsatser tilrettelægges", "Første"]


@pytest.mark.parametrize("text", ["og hvilke principper hører til?", "Hvad betyder det?", "uddyb", "hvorfor?",
                                  "fortæl mere", "og så?", "Which principles belong to it?"])
def test_a_message_that_points_back_is_asked_with_the_previous_question(text):
    resolved = resolve(text, ODDER_2, ORGANISATIONS, "da")
    assert (resolved.text, resolved.context, resolved.organisation) == (text, ODDER_2.question, "Odder Kommune")
    assert resolved.standalone == f"{ODDER_2.question} {text}"


def test_a_new_question_keeps_only_an_organisation_the_conversation_named():
    resolved = resolve("Hvad er pejlemærke 3?", ODDER_2, ORGANISATIONS, "da")
    assert (resolved.text, resolved.context) == ("Hvad er pejlemærke 3?", "")
    assert (resolved.organisation, resolved.reason) == ("Odder Kommune", Reason.CONVERSATION)
    from_profile = Turn("Hvad er pejlemærke 2?", "Odder Kommune", Reason.PROFILE)
    assert resolve("Hvad er pejlemærke 3?", from_profile, ORGANISATIONS, "da").organisation is None
    assert resolve("Hvad siger strategien om borgere og deres pårørende?", ODDER_2, ORGANISATIONS, "da").context == ""
    assert resolve("Hvad er pejlemærke 3?", None, ORGANISATIONS, "da").organisation is None


@pytest.fixture
def assistant(core, tmp_path):
    return Assistant(core, Database(tmp_path / "bot.sqlite3"))


def _sections(reply) -> list[tuple[str, str]]:
    return [(c.organisation, c.section) for c in reply.answer.citations]


def test_the_issues_follow_ups_on_the_bundled_corpus(assistant):
    def ask(text, conversation="web-1"):
        return assistant.handle(Message(Surface.WEB, text, "anne", conversation))

    first = ask("Hvad er pejlemærke 2 i Odder?")
    principles = ask("og hvilke principper hører til?")
    assert {o for o, _ in _sections(principles)} == {"Odder Kommune"}
    assert any(s.endswith("Principper › Vi tilrettelægger individuelle og fleksible løsninger")
               for _, s in _sections(principles))
    assert "Sammen og på tværs" in principles.answer.text
    alone = ask("og hvilke principper hører til?", conversation=None)  # no conversation: no context
    assert "Sammen og på tværs" not in alone.answer.text
    norddjurs = ask("hvad med i Norddjurs?")
    assert norddjurs.answer.status == "answered" and norddjurs.reason == Reason.NAMED
    assert {s.split(" › ")[0] for _, s in _sections(norddjurs)} == {"Pejlemærke 2: Fundamentet på plads"}
    assert {o for o, _ in _sections(norddjurs)} == {"Norddjurs Kommune"}
    goal = ask("uddyb punkt 2")  # the second item of that answer: målsætning 2.2
    assert "2.2 Vores organisering, systemer og arbejdsgange" in goal.answer.text
    assert "2.1 Alle medarbejdere" not in goal.answer.text
    assert ask("uddyb punkt 9").answer.status == "clarify"
    assert _sections(first) == _sections(ask("Hvad er pejlemærke 2 i Odder?", conversation="web-2"))


def test_a_clarify_is_answered_with_an_organisations_name(assistant):
    assert assistant.handle(Message(Surface.TEAMS, "Hvad er pejlemærke 3?", "u", "dm-7")).answer.status == "clarify"
    reply = assistant.handle(Message(Surface.TEAMS, "Norddjurs", "u", "dm-7"))
    assert reply.answer.status == "answered" and "Mest muligt i eget liv" in reply.answer.text


def test_conversations_and_threads_are_kept_apart(assistant):
    assistant.handle(Message(Surface.SLACK, "Hvad er pejlemærke 2 i Odder?", "U1", "C1", "100.1", channel="C1"))
    other_thread = assistant.handle(Message(Surface.SLACK, "og hvad med Norddjurs?", "U1", "C1", "200.1",
                                            channel="C1"))
    same_thread = assistant.handle(Message(Surface.SLACK, "og hvad med Norddjurs?", "U2", "C1", "100.1",
                                           channel="C1"))
    assert "Fundamentet på plads" in same_thread.answer.text  # anyone in the thread follows it up
    assert "Fundamentet på plads" not in other_thread.answer.text
    other_surface = assistant.handle(Message(Surface.TEAMS, "og hvad med Norddjurs?", "U1", "C1", "100.1"))
    assert "Fundamentet på plads" not in other_surface.answer.text


def test_a_chat_without_threads_forgets_after_a_quiet_working_day(assistant, tmp_path):
    assistant.handle(Message(Surface.SLACK, "Hvad er pejlemærke 2 i Odder?", "U1", "D1", channel="D1"))
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute("UPDATE conversation_turn SET created = ?", (time.time() - 9 * 3600,))
    reply = assistant.handle(Message(Surface.SLACK, "og hvad med Norddjurs?", "U1", "D1", channel="D1"))
    assert "Fundamentet på plads" not in reply.answer.text


def test_the_conversations_organisation_then_a_newer_profile(assistant):
    def ask(text):
        return assistant.handle(Message(Surface.CLI, text, "anne", "cli-1"))

    ask("Hvad er pejlemærke 2 i Norddjurs?")
    carried = ask("Hvad er pejlemærke 3?")
    assert carried.reason == Reason.CONVERSATION and "Mest muligt i eget liv" in carried.answer.text
    assert carried.answer.text.endswith("Svarer for Norddjurs Kommune, som tidligere i samtalen.")
    ask("profil: Jeg er leder af bostøtten i Odder")  # saying where you work is newer than the conversation
    mine = ask("Hvad er pejlemærke 3?")
    assert mine.reason == Reason.PROFILE and "Økonomisk bæredygtighed" in mine.answer.text


def test_turns_are_kept_for_the_retention_period_and_deleted_with_their_user(assistant, tmp_path):
    assistant.handle(Message(Surface.WEB, "Hvad er pejlemærke 2 i Odder?", "anne", "web-9"))
    assistant.handle(Message(Surface.WEB, "Hvad er HandiLeg?", "bo", "web-10"))
    assert assistant.db.delete_user("anne") == 2  # the answer recorded for 👍/👎, and the turn
    assert assistant.db.last_turn("web", "web-9", "") is None
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute("UPDATE conversation_turn SET created = ?", (time.time() - 40 * 86400,))
    assistant.db.purge(30)
    assert assistant.db.last_turn("web", "web-10", "") is None


def test_a_question_about_two_organisations_is_re_asked_for_the_one_named_next(assistant):
    both = assistant.handle(Message(Surface.WEB, "Hvad siger Odder og Norddjurs om samarbejde på tværs?", "u", "w"))
    assert both.reason == Reason.NAMED and both.organisation is None
    assert {c.organisation for c in both.answer.citations} == {"Odder Kommune", "Norddjurs Kommune"}
    viborg = assistant.handle(Message(Surface.WEB, "og hvad med Viborg?", "u", "w"))
    assert (viborg.organisation, viborg.reason) == ("Viborg Kommune", Reason.NAMED)
    assert {c.organisation for c in viborg.answer.citations} <= {"Viborg Kommune"}
