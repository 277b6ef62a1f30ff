"""`Assistant.handle`: one router for every surface, the organisation precedence and its note."""

import pytest

from bot.assistant import Assistant
from bot.database import WORKSPACE, Database
from bot.message import Command, Message, Reason, Surface


@pytest.fixture
def assistant(core, tmp_path):
    return Assistant(core, Database(tmp_path / "bot.sqlite3"))


def _organisations(reply) -> set[str]:
    return {c.organisation for c in reply.answer.citations}


def test_the_organisation_named_in_the_question_beats_the_profile(assistant):
    odder = Message(Surface.WEB, "profil: Jeg er leder af bostøtten i Odder", "anne")
    assert assistant.handle(odder).command == Command.PROFILE
    reply = assistant.handle(Message(Surface.WEB, "Hvad er kerneopgaven i Viborg?", "anne"))
    assert reply.answer.status == "answered" and _organisations(reply) == {"Viborg Kommune"}
    assert (reply.organisation, reply.reason) == ("Viborg Kommune", Reason.NAMED)
    assert "Svarer for" not in reply.answer.text  # named: nothing to explain

    assistant.handle(Message(Surface.WEB, "profil: Jeg er sygeplejerske i Viborg", "bo"))
    reply = assistant.handle(Message(Surface.WEB, "Hvad er pejlemærke 2 i Odder?", "bo"))
    assert reply.answer.status == "answered" and _organisations(reply) == {"Odder Kommune"}
    assert "Sammen og på tværs" in reply.answer.text


def test_a_question_naming_none_says_which_organisation_and_why(assistant):
    assistant.handle(Message(Surface.SLACK, "profil: Jeg er leder af bostøtten i Socialområdet, Odder", "U1"))
    reply = assistant.handle(Message(Surface.SLACK, "Hvad er pejlemærke 3?", "U1"))
    assert reply.answer.status == "answered" and _organisations(reply) == {"Odder Kommune"}
    assert reply.reason == Reason.PROFILE and reply.answer.notes[-1] == "Svarer for Odder Kommune, fra din profil."
    assert reply.answer.text.endswith("Svarer for Odder Kommune, fra din profil.")
    english = assistant.handle(Message(Surface.SLACK, "What is the core task?", "U1"))
    assert english.answer.text.endswith("Answering for Odder Kommune, from your profile.")
    # the same user on another surface has no profile there
    assert assistant.handle(Message(Surface.TEAMS, "Hvad er pejlemærke 3?", "U1")).answer.status == "clarify"


def test_precedence_channel_then_team_then_profile_then_workspace_default(core, tmp_path):
    channels = tmp_path / "kanaler.toml"
    channels.write_text('[slack]\ndefault = "Viborg Kommune"\nC1 = "Odder"\n\n[teams]\nteam-9 = "Norddjurs"\n',
                        encoding="utf-8")
    db = Database(tmp_path / "bot.sqlite3")
    assistant = Assistant(core, db, channels_file=channels)

    def where(surface=Surface.SLACK, user="U1", **place):
        reply = assistant.handle(Message(surface, "Hvad er pejlemærke 3?", user, **place))
        return reply.organisation, reply.reason

    assert where(channel="C1") == ("Odder Kommune", Reason.CHANNEL)  # the file's name, matched
    assert where(channel="C2") == ("Viborg Kommune", Reason.DEFAULT)
    db.set_profile("slack", "U1", "Rudersdal Kommune", "sygeplejerske i Rudersdal")
    assert where(channel="C2") == ("Rudersdal Kommune", Reason.PROFILE)  # the profile beats the default
    assert where(channel="C1") == ("Odder Kommune", Reason.CHANNEL)  # the channel beats the profile
    db.set_organisation("slack", "C1", "Norddjurs Kommune", "UADMIN")
    assert where(channel="C1") == ("Norddjurs Kommune", Reason.CHANNEL)  # an admin's setting beats the file's
    db.set_organisation("slack", WORKSPACE, "Odder Kommune", "UADMIN")
    assert where(channel="C2", user="U2") == ("Odder Kommune", Reason.DEFAULT)  # the admin's default beats the file's
    assert where(Surface.TEAMS, channel="19:chat", team="team-9") == ("Norddjurs Kommune", Reason.TEAM)
    assert where(Surface.CLI, organisation="Viborg") == ("Viborg Kommune", Reason.CHOSEN)
    reply = assistant.handle(Message(Surface.SLACK, "Hvad er kerneopgaven i Viborg?", "U1", channel="C1"))
    assert (reply.organisation, reply.reason) == ("Viborg Kommune", Reason.NAMED)


@pytest.mark.parametrize("surface", list(Surface))
def test_commands_are_routed_the_same_on_every_surface(assistant, surface):
    def command(text):
        return assistant.handle(Message(surface, text, "u1")).command

    for text in ("kilder", "dokumenter", "sources", "Kilder Odder", "kilder: Norddjurs"):
        assert command(text) == Command.SOURCES, text
    assert command("kilder til finansiering af projekter?") is None  # a question that starts with the word
    for text in ("hjælp", "Help", "?"):
        assert command(text) == Command.HELP
    assert command("organisation") == Command.ORGANISATION
    assert command("profil") == Command.PROFILE and command("slet profil") == Command.PROFILE
    assert command("introduktion Viborg") == Command.INTRO
    assert command("handleplan 3 i Norddjurs") == Command.PLAN
    assert command("Hvordan passer vores arbejde ind i Norddjurs: madlavning; netværk") == Command.FIT


def test_replies_about_the_bot_and_the_asker_are_personal_and_not_recorded(assistant):
    listing = assistant.handle(Message(Surface.WEB, "kilder Odder", "u1", "c1"))
    assert listing.personal and listing.listing.organisation == "Odder Kommune"
    assert "Odder Kommune" in listing.answer.text and "Norddjurs" not in listing.answer.text
    assert listing.answer_id is None and assistant.db.feedback() == []
    question = assistant.handle(Message(Surface.WEB, "Hvad er HandiLeg?", "u1", "c1"))
    assert not question.personal and question.answer_id is not None
    assert [r["question"] for r in assistant.db.feedback()] == ["Hvad er HandiLeg?"]
    assert assistant.handle(Message(Surface.CLI, "Hvad er HandiLeg?", "u1")).answer_id is None  # nobody rates


@pytest.mark.parametrize("surface, says", [(Surface.SLACK, "/strategi kilder"), (Surface.TEAMS, "organisation <navn>"),
                                           (Surface.WEB, "Ny samtale"), (Surface.CLI, "python -m bot chat")])
def test_help_names_this_surfaces_ways_of_asking(assistant, surface, says):
    text = assistant.handle(Message(surface, "hjælp", "u1")).answer.text
    assert says in text and "uddyb punkt 2" in text


def test_the_organisation_command_shows_and_sets_the_place(assistant):
    admin = Message(Surface.TEAMS, "organisation Odder", "boss", "19:c", channel="19:c", team="t1",
                    admin=lambda: True)
    nobody = Message(Surface.TEAMS, "organisation Odder", "anne", "19:c", channel="19:c", team="t1")
    assert "Kun administratorer" in assistant.handle(nobody).answer.text
    assert "Odder Kommune" in assistant.handle(admin).answer.text
    shown = assistant.handle(Message(Surface.TEAMS, "organisation", "anne", channel="19:other", team="t1"))
    assert shown.answer.text.startswith("Her svarer jeg for Odder Kommune, fra teamets indstilling.")
    assert "ingen kanal" in assistant.handle(Message(Surface.WEB, "organisation Odder", "anne")).answer.text
    assert "ingen organisation valgt" in assistant.handle(Message(Surface.WEB, "organisation", "anne")).answer.text
    unknown = Message(Surface.TEAMS, "organisation Atlantis", "boss", channel="19:c", admin=lambda: True)
    assert "Jeg kender ikke organisationen «Atlantis»" in assistant.handle(unknown).answer.text
