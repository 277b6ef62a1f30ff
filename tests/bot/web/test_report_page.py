"""/rapport over HTTP: asked through the web chat's /api/ask, in Danish and English, only the
questions are counted, and the page reads Danish."""

import asyncio
import re

import pytest


@pytest.fixture
def assistant(core, tmp_path):
    from bot.assistant import Assistant
    from bot.database import Database

    return Assistant(core, Database(tmp_path / "state.sqlite3"))


ASKED = [
    "Hvad er pejlemærke 2 i Odder?",  # a question
    "What is the core task in Odder?",  # a question, in English
    "introduktion Odder", "introduction for Odder",  # the rest are commands, in both languages
    "handleplan 2 i Odder", "action plan 3 for Odder",
    "profil: Jeg er leder af bostøtten i Odder", "profile", "hjælp", "help", "kilder", "sources",
    "Hvordan passer vores arbejde ind: hjemmebesøg; genoptræning",
]


def test_the_report_counts_questions_not_commands_and_reads_danish(assistant):
    from aiohttp import web
    from aiohttp.test_utils import TestClient, TestServer

    from bot.web.app import add_web_routes
    from bot.web.auth import WebAuth

    async def run() -> str:
        app = web.Application()
        add_web_routes(app, assistant, assistant.db, auth=WebAuth("off"))
        async with TestClient(TestServer(app)) as client:
            for text in ASKED:
                response = await client.post("/api/ask", json={"question": text, "user": "leder",
                                                               "conversation": "rapport"})
                assert response.status == 200, text
            response = await client.get("/rapport?fra=2000-01-01&til=2100-01-01")
            assert response.status == 200
            return await response.text()

    page = asyncio.run(run())
    assert "<html lang=da>" in page and "<h1>Rapport for strategiejere</h1>" in page
    assert "<th scope=col>Spørgsmål</th>" in page and "<th scope=col>Ubesvarede</th>" in page
    counts = [int(n) for n in re.findall(r"<td>Odder Kommune</td><td>[^<]*</td><td class=number>(\d+)</td>", page)]
    assert sum(counts) == 2, page  # the two questions; no command counted, in either language
    rows = page.split("<tbody>", 1)[1].lower()
    for command in ("introduktion", "introduction", "handleplan", "action plan", "profil", "hjemmebesøg"):
        assert command not in rows, command  # nor shown as an example of an unanswered question
