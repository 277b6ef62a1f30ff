"""The owners' report counts questions only, and reads Danish: on the page, in the CSV."""

import asyncio

import pytest

from bot.answer.model import Answer
from bot.message import Message, Surface


@pytest.fixture
def assistant(core, tmp_path):
    from bot.assistant import Assistant
    from bot.database import Database

    return Assistant(core, Database(tmp_path / "state.sqlite3"))


def _ask(assistant, text, user="leder"):
    return assistant.handle(Message(Surface.WEB, text, user, conversation=f"c-{user}"))


def test_commands_are_recorded_as_commands_and_not_counted(assistant):
    from bot.planning.report import build_report

    _ask(assistant, "Hvad er pejlemærke 3 i Norddjurs?")
    _ask(assistant, "Hvad koster en vinterjakke i Føtex?", user="anden")
    plan = _ask(assistant, "handleplan 3 i Norddjurs")
    _ask(assistant, "introduktion Odder")
    _ask(assistant, "profil: Jeg er leder af bostøtten i Norddjurs")
    follow_up = _ask(assistant, "og hvad med Odder?", user="ny")  # no command: a question
    assert plan.command is not None and plan.answer_id is not None
    assistant.db.record_answer("slack", "C1", "U1", "profil: Jeg er leder i Odder",  # an older database's row
                               Answer("answered", "Profil gemt"))
    rows = assistant.db.feedback()
    assert {r["question"]: r["command"] for r in rows}["handleplan 3 i Norddjurs"] == "handleplan"
    assert {r["question"]: r["command"] for r in rows}["introduktion Odder"] == "introduktion"
    assert "profil: Jeg er leder af bostøtten i Norddjurs" not in {r["question"] for r in rows}
    report = build_report(rows, assistant.core.catalog.organisations)
    assert sum(r.questions for r in report) == 2 + (follow_up.answer_id is not None)
    norddjurs = next(r for r in report if r.organisation == "Norddjurs Kommune")
    assert (norddjurs.item, norddjurs.questions) == ("Pejlemærke 3", 1)
    unknown = next(r for r in report if "vinterjakke" in r.examples)
    assert unknown.unanswered == 1


def test_an_older_database_gets_the_command_column(tmp_path):
    import sqlite3

    from bot.database import Database

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL, surface TEXT,"
                    " channel TEXT, user TEXT, question TEXT, answer TEXT, status TEXT, citations TEXT,"
                    " rating INTEGER, rated REAL)")
        old.execute("INSERT INTO feedback (created, question, status, citations) VALUES (1, 'handleplan 2',"
                    " 'answered', '[]')")
    database = Database(path)
    assert database.feedback()[0]["command"] is None
    database.record_answer("web", "c", "u", "introduktion", Answer("answered", "…"), "introduktion")
    assert [r["command"] for r in database.feedback()] == [None, "introduktion"]


def test_items_of_any_label_are_grouped_by_their_own_name():
    from bot.planning.report import build_report

    def row(question, section=""):
        return {"question": question, "status": "answered", "rating": None, "command": None,
                "citations": [{"organisation": "Lindholm Kommune", "section": section}] if section else []}

    report = build_report([row("Hvad er indsatsområde 2 i Lindholm?"),
                           row("Hvad gør vi for rehabilitering?", "Indsatsområde 2: Rehabilitering og hverdagsmestring"),
                           row("Hvad siger pejlemaerke 1?", "Pejlemærke 1 - Aktivt Medborgerskab")],
                          ["Lindholm Kommune"])
    assert {(r.item, r.questions) for r in report} == {("Indsatsområde 2", 2), ("Pejlemærke 1", 1)}


def test_the_report_page_and_csv_have_danish_headers(assistant):
    from aiohttp import web
    from aiohttp.test_utils import TestClient, TestServer

    from bot.planning.report import build_report, to_csv
    from bot.web.app import add_web_routes
    from bot.web.auth import WebAuth

    _ask(assistant, "Hvad er pejlemærke 3 i Norddjurs?")
    _ask(assistant, "handleplan 3 i Norddjurs")
    headers = ["Organisation", "Pejlemærke eller tema", "Spørgsmål", "Ubesvarede", "Vurderet 👎",
               "Eksempler på ubesvarede eller 👎"]
    csv_text = to_csv(build_report(assistant.db.feedback(), assistant.core.catalog.organisations))
    assert csv_text.splitlines()[0] == ",".join(headers)
    assert csv_text.splitlines()[1].startswith("Norddjurs Kommune,Pejlemærke 3,1,")

    async def fetch(query: str) -> str:
        app = web.Application()
        add_web_routes(app, assistant, assistant.db, auth=WebAuth("off"))
        async with TestClient(TestServer(app)) as client:
            response = await client.get(f"/rapport{query}")
            assert response.status == 200
            return await response.text()

    page = asyncio.run(fetch("?fra=2000-01-01&til=2100-01-01"))
    assert "<html lang=da>" in page and "<h1>Rapport for strategiejere</h1>" in page
    assert "".join(f"<th scope=col>{h}</th>" for h in headers) in page
    assert "questions" not in page and "thumbs_down" not in page and "pejlemaerke" not in page
    assert "<td>Pejlemærke 3</td><td class=number>1</td>" in page
    assert "handleplan 3" not in page  # the command is not a question, nor an example of one
    assert "Ingen spørgsmål i perioden." in asyncio.run(fetch("?fra=2000-01-01&til=2000-01-02"))
