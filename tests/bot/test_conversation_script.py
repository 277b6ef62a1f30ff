"""One conversation, four surfaces: the same statuses and the same cited sections in the terminal
(`chat`), the web chat over HTTP, Slack (the real Bolt app, signed requests, its Web API recorded
on loopback) and Teams (activities POSTed to /api/messages, replies recorded at serviceUrl).

A question, two follow-ups, a command, a profile, a question the profile answers, then one that
names another organisation.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.bot.slack.conftest import SECRET, SlackServer
from tests.fixtures.fake_slack import FakeSlack
from tests.fixtures.serve import ROOT, start_serve

SCRIPT = [
    "Hvad er pejlemærke 2 i Odder?",
    "og hvad med Norddjurs?",
    "uddyb punkt 2",
    "kilder",
    "profil: Jeg er leder af bostøtten i Socialområdet, Odder",
    "Hvad er pejlemærke 3?",
    "Hvad er kerneopgaven i Viborg?",
]
LABELS = {"Flere organisationer passer på spørgsmålet": "clarify", "Ikke fundet i strategierne": "no_answer"}


@pytest.fixture(scope="module")
def server(corpus_data, tmp_path_factory):
    """One `serve` with every surface on: the web chat, Teams and Slack (its Web API at `fake`)."""
    fake = FakeSlack()
    data = tmp_path_factory.mktemp("script") / "data"
    shutil.copytree(corpus_data, data)
    url, process, health = start_serve(data, {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET,
                                              "SLACK_API_URL": f"{fake.url}/api/",
                                              "STRATEGIBOT_TEAMS_ANONYMOUS": "on",
                                              "STRATEGIBOT_TEAMS_TEST_SERVICE_URL": fake.url})
    assert health["surfaces"]["slack"] == "/slack/events" and health["surfaces"]["web"] == "/"
    yield url, fake, data
    process.terminate()
    process.wait(timeout=10)
    fake.close()


def _cli(data) -> list[tuple[str, list, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    result = subprocess.run([sys.executable, "-m", "bot", "chat", "--json", "--data", str(data), "--user", "cli-anne"],
                            input="\n".join(SCRIPT) + "\n", capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["status"], [(c["organisation"], c["section"]) for c in r["citations"]], r["answer"]) for r in replies]


def _web(url) -> list[tuple[str, list, str]]:
    out = []
    for text in SCRIPT:
        request = urllib.request.Request(f"{url}/api/ask", method="POST", headers={"Content-Type": "application/json"},
                                         data=json.dumps({"question": text, "user": "web-anne",
                                                          "conversation": "web-script"}).encode())
        reply = json.loads(urllib.request.urlopen(request, timeout=60).read())
        out.append((reply["status"], [(c["organisation"], c["section"]) for c in reply["citations"]],
                    reply["answer"]))
    return out


def _slack(url, fake) -> list[tuple[str, list, str]]:
    """Mentions in one channel thread: the first starts it, the others answer in it."""
    slack, out = SlackServer(url, fake, None), []
    for n, text in enumerate(SCRIPT):
        fake.clear()
        event = {"type": "app_mention", "user": "USCRIPT", "channel": "CSCRIPT", "ts": f"800.{n + 1}",
                 "text": f"<@UBOT> {text}"}
        if n:
            event["thread_ts"] = "800.1"
        assert slack.event(event)[0] == 200
        calls = fake.wait_for(lambda c: any(m == "chat.update" for m, _ in c))
        blocks = next(p for m, p in calls if m == "chat.update")["blocks"]
        contexts = [b["elements"][0]["text"] for b in blocks if b["type"] == "context"]
        status = next((LABELS[label] for label in LABELS if contexts and label in contexts[0]), "answered")
        cited = [html.unescape(t.split("* ", 1)[1]).split(" · ") for t in contexts if t.startswith("*[")]
        shown = "\n".join(html.unescape(b["text"]["text"]) for b in blocks if b["type"] == "section")
        out.append((status, [(parts[0], parts[2]) for parts in cited], shown))
    return out


def _card_text(element: dict) -> str:
    """A TextBlock's text, or a RichTextBlock's runs."""
    return element.get("text") or "".join(run["text"] for run in element.get("inlines", []))


def _teams(url, fake) -> list[tuple[str, list, str]]:
    """Messages in one personal chat."""
    out = []
    for n, text in enumerate(SCRIPT):
        fake.clear()
        activity = {"type": "message", "id": f"script{n}", "channelId": "msteams", "text": text,
                    "serviceUrl": f"{fake.url}/teams/", "locale": "da-DK",
                    "from": {"id": "29:script", "name": "Anne", "aadObjectId": "aad-script"},
                    "recipient": {"id": "28:bot", "name": "strategibot"},
                    "conversation": {"id": "dm-script", "conversationType": "personal", "tenantId": "t1"}}
        request = urllib.request.Request(f"{url}/api/messages", data=json.dumps(activity).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        assert urllib.request.urlopen(request, timeout=60).status in (200, 202)
        calls = fake.wait_for(lambda c: any("conversations/dm-script/" in m and p.get("type") == "message"
                                            for m, p in c))
        reply = next(p for m, p in calls if "conversations/dm-script/" in m and p.get("type") == "message")
        cards = [a["content"] for a in reply.get("attachments") or []
                 if a["contentType"] == "application/vnd.microsoft.card.adaptive"]
        body = cards[0]["body"] if cards else []
        status = {"Warning": "clarify", "Attention": "no_answer"}.get(body[0].get("color"), "answered") if body \
            else "answered"
        cited = [_card_text(item).split("] ", 1)[1].split(" · ") for block in body if block["type"] == "Container"
                 for item in block["items"][:1]]
        out.append((status, [(parts[0], parts[2]) for parts in cited], reply["text"]))
    return out


def test_one_conversation_reads_the_same_on_every_surface(server, tmp_path):
    url, fake, data = server
    started = time.perf_counter()
    surfaces = {"cli": _cli(data), "web": _web(url), "slack": _slack(url, fake), "teams": _teams(url, fake)}
    assert time.perf_counter() - started < 600
    for name, replies in surfaces.items():
        assert len(replies) == len(SCRIPT), name
        for (status, cited, _), (cli_status, cli_cited, _), text in zip(replies, surfaces["cli"], SCRIPT):
            assert (status, cited) == (cli_status, cli_cited), f"{name}: {text}"
        shown = [text for *_, text in replies]
        assert "Odder Kommune" in shown[3] and "Profil gemt" in shown[4], name
        assert "Svarer for Odder Kommune, fra din profil." in shown[5], name  # named none: says why
        assert "Svarer for" not in shown[6], name
    statuses = [status for status, *_ in surfaces["cli"]]
    assert statuses == ["answered"] * len(SCRIPT)
    organisations = [{organisation for organisation, _ in cited} for _, cited, _ in surfaces["cli"]]
    assert organisations == [{"Odder Kommune"}, {"Norddjurs Kommune"}, {"Norddjurs Kommune"}, set(), set(),
                             {"Odder Kommune"}, {"Viborg Kommune"}]
    sections = [{section.split(" › ")[0] for _, section in cited} for _, cited, _ in surfaces["cli"]]
    assert sections[0] == {"Pejlemærke 2 - Sammen og på tværs"}
    assert sections[1] == sections[2] == {"Pejlemærke 2: Fundamentet på plads"}  # the follow-ups
    assert sections[5] == {"Pejlemærke 3 - Økonomisk bæredygtighed"}  # the profile's organisation
