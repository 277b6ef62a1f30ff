"""Slack end to end: signed HTTP requests into `serve`, Web API calls recorded on loopback."""

import json
import sqlite3
import time
import urllib.request

from tests.bot.slack.conftest import SECRET


def _texts(params: dict) -> str:
    """Everything a user would read in a message: its text and all text in its blocks."""
    return json.dumps([params.get("text", ""), params.get("blocks", [])], ensure_ascii=False)


def _updated(calls):
    return [p for m, p in calls if m == "chat.update"]


def test_mention_in_a_channel_is_answered_in_its_thread_with_citations(slack, fake):
    status, _ = slack.event({"type": "app_mention", "user": "U1", "channel": "C1", "ts": "100.1",
                             "text": "<@UBOT> Hvad er pejlemærke 3 i Norddjurs?"})
    assert status == 200
    calls = fake.wait_for(lambda c: _updated(c))
    placeholder = next(p for m, p in calls if m == "chat.postMessage")
    assert placeholder["thread_ts"] == "100.1" and placeholder["text"] == "Søger i strategierne…"
    update = _updated(calls)[0]
    assert update["ts"] and update["channel"] == "C1"
    shown = _texts(update)
    assert "Pejlemærke 3: Mest muligt i eget liv" in shown
    assert "Norddjurs Kommune · Fælles langsigtet strategi for Socialområdet" in shown
    actions = [b for b in update["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions[0]["elements"]] == ["feedback_up", "feedback_down"]


def test_direct_message_gets_a_plain_reply(slack, fake):
    slack.event({"type": "message", "channel_type": "im", "user": "U1", "channel": "D1", "ts": "300.1",
                 "text": "Hvad er kerneopgaven i Viborg?"})
    calls = fake.wait_for(lambda c: _updated(c))
    placeholder = next(p for m, p in calls if m == "chat.postMessage")
    assert placeholder["channel"] == "D1" and not placeholder.get("thread_ts")
    assert "Viborg Kommune" in _texts(_updated(calls)[0])


def test_slash_commands(slack, fake):
    fake.clear()
    status, _ = slack.command("hjælp")
    calls = fake.wait_for(lambda c: any(m == "respond/cmd" for m, _ in c))
    help_reply = next(p for m, p in calls if m == "respond/cmd")
    assert status == 200 and help_reply["response_type"] == "ephemeral"  # for the asker only
    shown = _texts(help_reply)
    assert "/strategi kilder" in shown and "&lt;spørgsmål&gt;" in shown and "<spørgsmål>" not in shown
    listing = _command_reply(slack, fake, "kilder", "U1", "C1")
    assert "Odder Kommune" in listing and "Virksomhedsplan 2020" in listing and "(2020)" in listing
    fake.clear()
    status, _ = slack.command("Hvad er Rudersdalmodellen?", channel="C3")
    assert status == 200
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    shown = _texts(update)
    assert "<@U1> spurgte: Hvad er Rudersdalmodellen?" in shown and "Rudersdal Kommune" in shown


def test_slash_command_in_a_channel_without_the_bot_answers_over_response_url(slack, fake):
    slack.command("Hvad er Rudersdalmodellen?", channel="CNOTIN")
    calls = fake.wait_for(lambda c: any(m == "respond/cmd" for m, _ in c))
    reply = next(p for m, p in calls if m == "respond/cmd")
    assert reply["response_type"] == "in_channel" and "Rudersdal Kommune" in _texts(reply)


def _command_reply(slack, fake, text: str, user: str, channel: str) -> str:
    """What the bot answered a slash command with, over the command's response_url."""
    fake.clear()
    slack.command(text, user=user, channel=channel)
    calls = fake.wait_for(lambda c: any(m == "respond/cmd" for m, _ in c))
    return _texts(next(p for m, p in calls if m == "respond/cmd"))


def _mention_answer(slack, fake, channel: str, ts: str, question: str) -> str:
    """What the bot showed for a mention, once the placeholder was replaced."""
    fake.clear()
    slack.event({"type": "app_mention", "user": "U1", "channel": channel, "ts": ts,
                 "text": f"<@UBOT> {question}"})
    return _texts(_updated(fake.wait_for(lambda c: _updated(c)))[0])


def test_admin_ties_a_channel_to_an_organisation(slack, fake):
    assert "Kun administratorer" in _command_reply(slack, fake, "organisation Odder", "U1", "C4")
    assert "Odder Kommune" in _command_reply(slack, fake, "organisation Odder", "UADMIN", "C4")
    # two organisations have a pejlemærke 3; in C4 it means Odder's
    shown = _mention_answer(slack, fake, "C4", "400.1", "Hvad er pejlemærke 3?")
    assert "Økonomisk bæredygtighed" in shown and "Norddjurs" not in shown
    reply = _command_reply(slack, fake, "organisation standard Norddjurs", "UADMIN", "C4")
    assert "som standard ud fra Norddjurs Kommune" in reply
    try:  # another channel follows the workspace default
        shown = _mention_answer(slack, fake, "C44", "400.2", "Hvad er pejlemærke 3?")
        assert "Mest muligt i eget liv" in shown and "Odder" not in shown
    finally:  # the other tests share this server: take the workspace default away again
        with sqlite3.connect(slack.data / "strategibot.sqlite3") as db:
            db.execute("DELETE FROM channel_organisation WHERE channel = '*'")


def test_feedback_click_is_stored_with_question_answer_and_citations(slack, fake):
    slack.event({"type": "app_mention", "user": "U7", "channel": "C5", "ts": "500.1",
                 "text": "<@UBOT> Hvad er HandiLeg?"})
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    button = next(b for b in update["blocks"] if b["type"] == "actions")["elements"][1]
    status, _ = slack.action("feedback_down", button["value"], user="U7")
    assert status == 200
    fake.wait_for(lambda c: any(m == "respond/action" for m, _ in c))
    with sqlite3.connect(slack.data / "strategibot.sqlite3") as db:
        row = db.execute("SELECT question, answer, citations, rating, user FROM feedback WHERE id = ?",
                         (int(button["value"]),)).fetchone()
    assert row[0] == "Hvad er HandiLeg?" and "HandiLeg" in row[1]
    assert json.loads(row[2])[0]["organisation"] == "Rudersdal Kommune"
    assert row[3] == -1 and row[4] == "U7"


def test_a_retried_event_is_answered_once(slack, fake):
    event = {"type": "app_mention", "user": "U1", "channel": "C6", "ts": "600.1",
             "text": "<@UBOT> Hvad er Åben Dialog i Rudersdal?"}
    assert slack.event(event, event_id="EvRETRY1")[0] == 200
    fake.wait_for(lambda c: _updated(c))
    assert slack.event(event, event_id="EvRETRY1", headers={"X-Slack-Retry-Num": "1",
                                                            "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    time.sleep(2)
    assert sum(1 for m, _ in fake.calls if m == "chat.postMessage") == 1


def test_bad_or_stale_signature_gets_401_and_touches_nothing(slack, fake):
    event = {"type": "app_mention", "user": "U1", "channel": "C7", "ts": "700.1", "text": "<@UBOT> Hej"}
    assert slack.event(event, secret="wrong-secret")[0] == 401
    assert slack.event(event, timestamp=int(time.time()) - 600)[0] == 401
    time.sleep(1)
    assert fake.calls == []


def test_long_empty_and_file_messages_get_a_short_polite_reply(slack, fake):
    slack.event({"type": "app_mention", "user": "U1", "channel": "C8", "ts": "800.1",
                 "text": "<@UBOT> " + "hvorfor " * 1250})
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    assert "for langt" in update["text"] + _texts(update) and len(_texts(update)) < 2000
    fake.clear()
    slack.event({"type": "app_mention", "user": "U1", "channel": "C8", "ts": "800.2", "text": "<@UBOT>"})
    posted = fake.wait_for(lambda c: any(m == "chat.postMessage" for m, _ in c))
    assert "Skriv dit spørgsmål efter mit navn" in posted[0][1]["text"]
    fake.clear()
    slack.event({"type": "message", "subtype": "file_share", "channel_type": "im", "user": "U1",
                 "channel": "D2", "ts": "800.3", "text": "", "files": [{"id": "F1"}]})
    posted = fake.wait_for(lambda c: any(m == "chat.postMessage" for m, _ in c))
    assert "vedhæftede filer" in posted[0][1]["text"]


def test_rate_limits_are_waited_out(slack, fake):
    fake.rate_limit["chat.update"] = 1
    slack.event({"type": "app_mention", "user": "U1", "channel": "C9", "ts": "900.1",
                 "text": "<@UBOT> Hvad er Rudersdalmodellen?"})
    calls = fake.wait_for(lambda c: _updated(c))
    assert [m for m, _ in calls].count("chat.update (429)") == 1
    assert "Rudersdal" in _texts(_updated(calls)[0])


def test_app_home_lists_documents(slack, fake):
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    view = next(p for m, p in fake.wait_for(lambda c: any(m == "views.publish" for m, _ in c))
                if m == "views.publish")["view"]
    shown = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home" and "Norddjurs Kommune" in shown and "Hvilke pejlemærker" in shown


def test_profile_in_a_direct_message_and_the_action_plan_attached(slack, fake):
    import io

    import docx

    slack.event({"type": "message", "channel_type": "im", "user": "U9", "channel": "D9", "ts": "950.1",
                 "text": "profil: Jeg er leder af bostøtten i Socialområdet, Norddjurs"})
    assert "Profil gemt" in _texts(_updated(fake.wait_for(lambda c: _updated(c)))[0])
    fake.clear()
    fake.uploads.clear()
    slack.event({"type": "message", "channel_type": "im", "user": "U9", "channel": "D9", "ts": "950.2",
                 "text": "handleplan 3"})
    calls = fake.wait_for(lambda c: any(m == "files.completeUploadExternal" for m, _ in c))
    assert "Handleplan: Pejlemærke 3: Mest muligt i eget liv" in _texts(_updated(calls)[0])
    assert "vedhæftet" not in _texts(_updated(calls)[0])  # the answer does not claim the files ...
    upload = next(p for m, p in calls if m == "files.completeUploadExternal")
    assert upload["initial_comment"].startswith("Handleplanen er vedhæftet")  # ... the upload carries them
    assert upload.get("channel_id") == "D9"
    document = next(docx.Document(io.BytesIO(data)) for data in fake.uploads if data[:2] == b"PK")
    assert any(p.text.startswith("3.2 Vi har en tilbudsvifte") for p in document.paragraphs)
    assert document.core_properties.author == "strategibot"


def test_owners_report_groups_questions_by_organisation_and_pejlemaerke(slack, fake):
    import os
    import subprocess
    import sys

    from tests.fixtures.serve import ROOT

    _mention_answer(slack, fake, "C11", "960.1", "Hvad koster en ny vinterjakke i Føtex?")
    result = subprocess.run([sys.executable, "-m", "bot", "rapport", "--fra", "2000-01-01", "--til", "2100-01-01",
                             "--data", str(slack.data)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Organisation,Pejlemærke eller tema,Spørgsmål,Ubesvarede,Vurderet 👎,Eksempler på ubesvarede eller 👎"
    assert any(line.startswith("Norddjurs Kommune,Pejlemærke 3,") for line in lines)
    unknown = next(line for line in lines if "vinterjakke" in line)
    assert unknown.split(",")[3] == "1"  # counted as unanswered
    html = urllib.request.urlopen(f"{slack.url}/rapport?fra=2000-01-01&til=2100-01-01").read().decode()
    assert "<table class=report>" in html and "Norddjurs Kommune" in html
    assert "vinterjakke" not in html  # the page shows question texts only with STRATEGIBOT_LOG_QUESTIONS
    assert "<th scope=col>Spørgsmål</th>" in html


def test_web_chat_offers_the_action_plan_for_download(slack):
    import io

    import docx

    request = urllib.request.Request(f"{slack.url}/api/ask", method="POST",
                                     headers={"Content-Type": "application/json"},
                                     data=json.dumps({"question": "handleplan for pejlemærke 2 i Norddjurs",
                                                      "user": "web-1"}).encode())
    reply = json.loads(urllib.request.urlopen(request, timeout=30).read())
    docx_file = next(f for f in reply["files"] if f["name"].endswith(".docx"))
    data = urllib.request.urlopen(f"{slack.url}{docx_file['url']}", timeout=30).read()
    headings = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert any(h.startswith("2.3 Vores serviceniveau er tydeligt") for h in headings)
    assert reply["command"] == "handleplan" and reply["blocks"][0]["type"] == "heading"
    assert any(b["type"] == "table" and "Ansvarlig" in b["columns"] for b in reply["blocks"])



def test_help_in_a_direct_message_escapes_the_templates_angle_brackets(slack, fake):
    from tests.bot.slack.blockkit import assert_valid_blocks

    slack.event({"type": "message", "channel_type": "im", "user": "U1", "channel": "D2", "ts": "970.1",
                 "text": "hjælp"})
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    shown = _texts(update)
    assert "organisation &lt;navn&gt;" in shown and "<navn>" not in shown and "<spørgsmål>" not in shown
    assert_valid_blocks(update["blocks"])


def test_a_long_slash_command_keeps_its_asked_by_line_within_slacks_limit(slack, fake):
    from tests.bot.slack.blockkit import assert_valid_blocks

    question = "Hvad siger strategien om <borgere> & <pårørende> i Norddjurs? " * 30  # ~1,900 characters
    slack.command(question.strip(), channel="C5")
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    assert_valid_blocks(update["blocks"])
    asked = next(b for b in update["blocks"] if b["type"] == "context" and "spurgte" in json.dumps(b, ensure_ascii=False))
    assert asked["elements"][0]["text"].startswith("<@U1> spurgte: Hvad siger strategien om &lt;borgere&gt;")


def test_introduction_and_action_plan_arrive_as_blocks_not_markdown(slack, fake):
    from tests.bot.slack.blockkit import assert_valid_blocks

    shown = {}
    for ts, question in (("980.1", "introduktion Odder"), ("980.2", "handleplan 2 i Odder")):
        fake.clear()
        slack.event({"type": "app_mention", "user": "U1", "channel": "C8", "ts": ts, "text": f"<@UBOT> {question}"})
        update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
        assert_valid_blocks(update["blocks"])
        assert update["blocks"][0]["type"] == "header"
        shown[question] = _texts(update)
    intro, plan = shown.values()
    assert "Introduktion til Odder Kommune" in intro and "*Principperne*" in intro and "**" not in intro
    assert "• Pejlemærke 2: Sammen og på tværs" in intro
    assert "Handleplan: Pejlemærke 2: Sammen og på tværs" in plan
    assert "*Lokal handling* · *Ansvarlig*" in plan
    assert "|---" not in plan and "## " not in plan and "\\n# " not in plan and "**" not in plan


def test_english_commands_are_answered_in_english(slack, fake):
    shown = _command_reply(slack, fake, "help", "U1", "C1")
    assert "answers questions about the municipality" in shown and "&lt;question&gt;" in shown
    plan = _mention_answer(slack, fake, "C9", "990.1", "action plan 2 for Odder")
    assert "Action plan: Pejlemærke 2" in plan and "Questions for the team to discuss" in plan
    assert "Spørgsmål at drøfte" not in plan
    actions = next(b for b in json.loads(plan)[1] if b["type"] == "actions")
    assert actions["block_id"].endswith("-en")  # the thanks for a rating comes in English too


def test_a_clarify_answer_asks_which_before_the_answers_it_follows(slack, fake):
    from tests.bot.slack.blockkit import assert_valid_blocks

    fake.clear()
    slack.event({"type": "app_mention", "user": "U1", "channel": "C9", "ts": "905.1",
                 "text": "<@UBOT> Hvad er pejlemærke 3?"})
    update = _updated(fake.wait_for(lambda c: _updated(c)))[0]
    assert_valid_blocks(update["blocks"])
    sections = [b["text"]["text"] for b in update["blocks"] if b["type"] == "section"]
    assert "Hvilken mener du" in sections[0], sections[:2]  # the question, then the two answers
    assert "Norddjurs" in " ".join(sections[1:]) and "Hvilken mener du" not in " ".join(sections[1:])
    assert "Hvilken mener du" in update["text"]  # the notification says what is asked
