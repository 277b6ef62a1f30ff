"""Teams end to end: activities POSTed to `serve`'s /api/messages, replies recorded at serviceUrl.

The recorder from the Slack tests stands in for the Bot Connector service too: it records every
POST, here the replies to `{serviceUrl}/v3/conversations/{id}/activities/{replyToId}`.
"""

import json
import shutil
from contextlib import contextmanager
import sqlite3
import time
import urllib.error
import urllib.request

import pytest

from tests.fixtures.fake_slack import FakeSlack
from tests.fixtures.serve import start_serve


@pytest.fixture(scope="module")
def teams(corpus_data, tmp_path_factory):
    connector = FakeSlack()
    data = tmp_path_factory.mktemp("teams") / "data"
    shutil.copytree(corpus_data, data)
    channels = data.parent / "kanaler.toml"
    channels.write_text('[teams]\nteam-1 = "Odder"\n', encoding="utf-8")
    url, process, health = start_serve(data, {"TEAMS_ADMINS": "aad-admin", **_anonymous(connector),
                                              "STRATEGIBOT_CHANNELS": str(channels)})
    assert health["surfaces"]["teams"].startswith("/api/messages")
    yield url, connector, data
    process.terminate()
    process.wait(timeout=10)
    connector.close()


def _anonymous(connector) -> dict:
    """Anonymous Teams for a loopback test server, replying only to the recorder."""
    return {"STRATEGIBOT_TEAMS_ANONYMOUS": "on", "STRATEGIBOT_TEAMS_TEST_SERVICE_URL": connector.url}


@contextmanager
def _own_server(corpus_data, tmp_path, env: dict, anonymous: bool = True):
    """A `serve` of the test's own, for settings the shared one does not have."""
    connector = FakeSlack()
    data = tmp_path / "data"
    shutil.copytree(corpus_data, data)
    url, process, health = start_serve(data, {**(_anonymous(connector) if anonymous else {}), **env})
    try:
        yield url, connector, health
    finally:
        process.terminate()
        process.wait(timeout=10)
        connector.close()


def _post(url: str, activity: dict, token: str | None = None) -> int:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{url}/api/messages", data=json.dumps(activity).encode(),
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _activity(connector, text: str, conversation: str, kind: str = "personal", team: str | None = None,
              user: str = "aad-user", value: dict | None = None) -> dict:
    activity = {"type": "message", "id": f"a{time.time_ns()}", "channelId": "msteams", "text": text,
                "serviceUrl": f"{connector.url}/teams/", "locale": "da-DK",
                "from": {"id": f"29:{user}", "name": "Anne", "aadObjectId": user},
                "recipient": {"id": "28:bot", "name": "strategibot"},
                "conversation": {"id": conversation, "conversationType": kind, "tenantId": "t1"}}
    if team:
        activity["channelData"] = {"team": {"id": team}, "channel": {"id": conversation}}
    if value is not None:
        activity["value"] = value
    return activity


def _reply(connector, conversation: str) -> dict:
    """The answer message the bot sent to the conversation (not the typing indicator)."""
    calls = connector.wait_for(lambda c: any(f"conversations/{conversation}/" in m and p.get("type") == "message"
                                             for m, p in c))
    return next(p for m, p in calls if f"conversations/{conversation}/" in m and p.get("type") == "message")


def test_personal_chat_answer_has_citation_entities_and_a_card(teams):
    url, connector, _ = teams
    assert _post(url, _activity(connector, "Hvad er pejlemærke 3 i Norddjurs?", "dm-1")) in (200, 202)
    reply = _reply(connector, "dm-1")
    assert "[1]" in reply["text"] and "Mest muligt i eget liv" in reply["text"]
    citations = reply["entities"][0]["citation"]
    assert reply["entities"][0]["@type"] == "Message" and citations[0]["position"] == 1
    assert citations[0]["appearance"]["@type"] == "DigitalDocument"
    assert len(citations[0]["appearance"]["abstract"]) <= 160
    card = reply["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    shown = json.dumps(card["content"], ensure_ascii=False)
    assert "[1] Norddjurs Kommune · Fælles langsigtet strategi for Socialområdet · Pejlemærke 3" in shown
    assert [a["data"]["rating"] for a in card["content"]["actions"]] == [1, -1]


def test_channel_mention_follows_the_team_organisation_and_a_claimed_admin_id_is_no_admin(teams):
    url, connector, _ = teams
    _post(url, _activity(connector, "<at>strategibot</at> organisation Norddjurs", "19:chan-a", "channel",
                         team="team-1", user="aad-nobody"))
    assert "Kun administratorer" in _reply(connector, "19:chan-a")["text"]
    connector.clear()
    # aad-admin is in TEAMS_ADMINS, but an anonymous request only claims to be from it
    _post(url, _activity(connector, "<at>strategibot</at> organisation Norddjurs", "19:chan-a", "channel",
                         team="team-1", user="aad-admin"))
    assert "Kun administratorer" in _reply(connector, "19:chan-a")["text"]
    connector.clear()
    _post(url, _activity(connector, "<at>strategibot</at> Hvad er pejlemærke 3?", "19:chan-b", "channel",
                         team="team-1"))  # another channel of the same team
    reply = _reply(connector, "19:chan-b")
    assert "Økonomisk bæredygtighed" in reply["text"] and "Norddjurs" not in reply["text"]


def test_a_channels_reply_chain_is_a_conversation(teams):
    url, connector, _ = teams
    _post(url, _activity(connector, "<at>strategibot</at> Hvad er pejlemærke 2 i Odder?", "19:chan-r;messageid=1",
                         "channel", team="team-r"))
    assert "Sammen og på tværs" in _reply(connector, "19:chan-r;messageid=1")["text"]
    connector.clear()
    _post(url, _activity(connector, "<at>strategibot</at> og hvad med Norddjurs?", "19:chan-r;messageid=1",
                         "channel", team="team-r"))
    assert "Fundamentet på plads" in _reply(connector, "19:chan-r;messageid=1")["text"]
    connector.clear()
    _post(url, _activity(connector, "<at>strategibot</at> og hvad med Norddjurs?", "19:chan-r;messageid=2",
                         "channel", team="team-r"))  # another post in the channel: nothing to follow up
    assert "Fundamentet på plads" not in _reply(connector, "19:chan-r;messageid=2")["text"]


def test_group_chat_clarify_looks_different_and_feedback_is_stored(teams):
    url, connector, data = teams
    _post(url, _activity(connector, "Hvad er pejlemærke 3?", "group-1", "groupChat"))
    reply = _reply(connector, "group-1")
    body = reply["attachments"][0]["content"]["body"]
    assert body[0]["color"] == "Warning" and "Flere organisationer" in body[0]["text"]
    # the question which one is meant comes first in the message, before the answers it follows
    assert reply["text"].startswith("**Flere organisationer har et svar på det. Hvilken mener du")
    assert reply["text"].count("Hvilken mener du") == 1
    feedback = reply["attachments"][0]["content"]["actions"][0]["data"]
    connector.clear()
    _post(url, _activity(connector, "", "group-1", "groupChat", value=feedback))
    assert "Tak for din vurdering" in _reply(connector, "group-1")["text"]
    with sqlite3.connect(data / "strategibot.sqlite3") as db:
        row = db.execute("SELECT surface, question, rating FROM feedback WHERE id = ?",
                         (feedback["answer_id"],)).fetchone()
    assert row == ("teams", "Hvad er pejlemærke 3?", 1)


def test_an_anonymous_request_naming_a_team_gets_none_of_its_restricted_documents(corpus_data, tmp_path):
    """The channels file grants a team a restricted set; an anonymous request only claims to come
    from that team (the caller picks channelData.team.id), so it is answered from public documents."""
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    secret = "besparelse på 12 mio. kr. ved at lukke Bakkehuset"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "spareplan.txt").write_text("Ledelsens spareplan for Viborg Kommune 2026\n\nPejlemærke 1: Økonomi\n\n"
                                        f"Vi foreslår en {secret} i 2026.\n", encoding="utf-8")
    (docs / "spareplan.meta.toml").write_text('organisation = "Viborg Kommune"\ntitle = "Ledelsens spareplan"\n'
                                              'kind = "handleplan"\naccess = "ledelse"\n', encoding="utf-8")
    channels = tmp_path / "kanaler.toml"
    channels.write_text('[access]\n"teams:team-ledelse" = ["ledelse"]\n', encoding="utf-8")
    connector = FakeSlack()
    data = tmp_path / "data"
    shutil.copytree(corpus_data, data)
    core = build_core(load_settings(data_dir=data))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    url, process, _ = start_serve(data, {**_anonymous(connector), "STRATEGIBOT_CHANNELS": str(channels)})
    try:
        for n, text in enumerate(("Hvad står der om besparelse og Bakkehuset i Viborg?", "kilder Viborg")):
            conversation = f"19:forged-{n}"
            _post(url, _activity(connector, f"<at>strategibot</at> {text}", conversation, "channel", team="team-ledelse"))
            shown = json.dumps(_reply(connector, conversation), ensure_ascii=False)
            assert "Bakkehuset" not in shown and "Ledelsens spareplan" not in shown, shown[:400]
    finally:
        process.terminate()
        process.wait(timeout=10)
        connector.close()


def test_a_card_value_that_is_no_rating_is_thanked_and_changes_nothing(teams):
    url, connector, data = teams
    _post(url, _activity(connector, "Hvad er pejlemærke 3 i Norddjurs?", "dm-card"))
    good = _reply(connector, "dm-card")["attachments"][0]["content"]["actions"][0]["data"]
    for n, bad in enumerate(({**good, "rating": "x"}, {**good, "rating": 7}, {**good, "answer_id": "abc"},
                             {**good, "rating": None}, {"strategibot": "feedback"}, {**good, "answer_id": [1]})):
        connector.clear()
        assert _post(url, _activity(connector, "", f"dm-card-{n}", value=bad)) in (200, 202), bad
        assert "Tak for din vurdering" in _reply(connector, f"dm-card-{n}")["text"], bad
    with sqlite3.connect(data / "strategibot.sqlite3") as db:
        rating = db.execute("SELECT rating FROM feedback WHERE id = ?", (good["answer_id"],)).fetchone()[0]
    assert rating is None  # none of them rated the answer


def test_out_of_scope_and_too_long_questions(teams):
    url, connector, _ = teams
    _post(url, _activity(connector, "Hvem vandt fodboldkampen i går?", "dm-2"))
    body = _reply(connector, "dm-2")["attachments"][0]["content"]["body"]
    assert body[0]["color"] == "Attention" and "Ikke fundet" in body[0]["text"]
    connector.clear()
    _post(url, _activity(connector, "hvorfor " * 1250, "dm-3"))
    assert "for langt" in json.dumps(_reply(connector, "dm-3"), ensure_ascii=False)


def test_with_credentials_an_unauthenticated_request_gets_401(corpus_data, tmp_path):
    credentials = {"MICROSOFT_APP_ID": "00000000-0000-0000-0000-000000000001", "MICROSOFT_APP_PASSWORD": "secret",
                   "MICROSOFT_APP_TENANT_ID": "00000000-0000-0000-0000-000000000002"}
    with _own_server(corpus_data, tmp_path, credentials, anonymous=False) as (url, connector, health):
        assert health["surfaces"]["teams"] == "/api/messages"
        activity = _activity(connector, "Hvad er pejlemærke 3?", "dm-9")
        assert _post(url, activity) == 401
        assert _post(url, activity, token="not-a-jwt") == 401
        time.sleep(1)
        assert connector.calls == []


def test_help_and_sources_as_messages(teams):
    url, connector, _ = teams
    _post(url, _activity(connector, "kilder", "dm-4"))
    sources = _reply(connector, "dm-4")["text"]
    assert "**Odder Kommune**" in sources and "- Virksomhedsplan 2020: Social og Sundhed i bevægelse (2020)" in sources
    connector.clear()
    _post(url, _activity(connector, "hjælp", "dm-5"))
    assert "**strategibot**" in _reply(connector, "dm-5")["text"]


def test_a_slow_answer_ends_the_turn_at_once_and_follows_proactively(corpus_data, tmp_path):
    # every answer counts as slow here: the turn must end with a note, the answer come afterwards
    with _own_server(corpus_data, tmp_path, {"STRATEGIBOT_TEAMS_PROACTIVE_AFTER": "0"}) as (url, connector, _):
        started = time.perf_counter()
        question = _activity(connector, "Hvad er HandiLeg?", "dm-slow")
        assert _post(url, question) in (200, 202)
        assert time.perf_counter() - started < 15
        calls = connector.wait_for(lambda c: sum(1 for m, p in c if "conversations/dm-slow/" in m
                                                 and p.get("type") == "message") >= 2)
        messages = [(m, p) for m, p in calls if "conversations/dm-slow/" in m and p.get("type") == "message"]
        assert "svaret kommer her om lidt" in messages[0][1]["text"]
        proactive_path, answer = messages[1]
        assert "HandiLeg" in answer["text"] and answer["entities"][0]["citation"]
        assert messages[0][0].endswith(question["id"])  # the note answers the user's message in the turn,
        assert not proactive_path.endswith(question["id"])  # the answer is sent afterwards, on its own


def test_connector_errors_are_retried_with_backoff(teams):
    url, connector, _ = teams
    connector.fail["teams/v3/conversations/dm-retry/"] = 2  # the typing indicator and the answer fail once each
    _post(url, _activity(connector, "Hvad er Rudersdalmodellen?", "dm-retry"))
    reply = _reply(connector, "dm-retry")
    assert "Rudersdal" in reply["text"]
    assert sum(1 for m, _ in connector.calls if m.endswith("(503)")) == 2


def test_an_action_plan_links_its_files_and_says_so_only_when_it_can(corpus_data, tmp_path):
    import io

    import docx

    with _own_server(corpus_data, tmp_path, {"STRATEGIBOT_PUBLIC_URL": "https://bot.kommune.example"}) \
            as (url, connector, _):
        assert _post(url, _activity(connector, "handleplan 3 i Norddjurs", "dm-plan")) in (200, 202)
        reply = _reply(connector, "dm-plan")
        files = [a for a in reply["attachments"] if a["contentType"] != "application/vnd.microsoft.card.adaptive"]
        assert [f["name"] for f in files] == ["handleplan-pejlemaerke-3-norddjurs.docx",
                                              "handleplan-pejlemaerke-3-norddjurs.md"]
        assert all(f["contentUrl"].startswith("https://bot.kommune.example/api/files/") for f in files)
        assert reply["text"].endswith("Hent handleplanen som Word-dokument eller Markdown fra linkene herunder.")
        path = files[0]["contentUrl"].removeprefix("https://bot.kommune.example")
        data = urllib.request.urlopen(f"{url}{path}", timeout=30).read()
        assert docx.Document(io.BytesIO(data)).core_properties.subject == "Norddjurs Kommune"


def test_without_a_public_address_a_plan_claims_no_files(teams):
    url, connector, _ = teams
    _post(url, _activity(connector, "handleplan 3 i Norddjurs", "dm-plan-2"))
    reply = _reply(connector, "dm-plan-2")
    assert "Handleplan: Pejlemærke 3" in reply["text"]
    assert "Hent handleplanen" not in reply["text"] and "vedhæftet" not in reply["text"]
    assert [a["contentType"] for a in reply["attachments"]] == ["application/vnd.microsoft.card.adaptive"]


def test_an_answer_is_read_once_and_its_card_is_adaptive_card_1_5(teams):
    from tests.bot.teams.adaptive import assert_valid_card, card_texts

    url, connector, _ = teams
    _post(url, _activity(connector, "Hvad er pejlemærke 3 i Norddjurs?", "dm-once"))
    reply = _reply(connector, "dm-once")
    card = reply["attachments"][0]["content"]
    assert_valid_card(card)
    first_line = reply["text"].split("\n")[0]
    assert first_line and not any(first_line in text for text in card_texts(card))
    assert "additionalType" not in reply["entities"][0]  # quoted, not generated: no AI label


def test_introduction_and_action_plan_are_not_raw_markdown_in_teams(teams):
    from tests.bot.teams.adaptive import assert_valid_card

    url, connector, _ = teams
    shown = {}
    for conversation, question in (("dm-intro", "introduktion Odder"), ("dm-plan-3", "handleplan 2 i Odder")):
        connector.clear()
        _post(url, _activity(connector, question, conversation))
        reply = _reply(connector, conversation)
        assert_valid_card(reply["attachments"][0]["content"])
        shown[question] = reply["text"]
    intro, plan = shown.values()
    assert intro.startswith("**Introduktion til Odder Kommune**") and "**Principperne**" in intro
    assert "- Pejlemærke 2: Sammen og på tværs" in intro
    assert plan.startswith("**Handleplan: Pejlemærke 2: Sammen og på tværs**")
    assert "**Lokal handling** · **Ansvarlig**" in plan and "|---" not in plan and "\n#" not in plan


def test_english_commands_and_answers_read_as_english(teams):
    url, connector, _ = teams
    replies = {}
    for conversation, text in (("dm-en-1", "help"), ("dm-en-2", "introduction for Odder"),
                               ("dm-en-3", "How does our work fit: home visits; rehabilitation"),
                               ("dm-en-4", "Who won the football match yesterday?")):
        connector.clear()
        _post(url, _activity(connector, text, conversation))
        replies[text] = _reply(connector, conversation)
    assert "answers questions about the municipality's strategies" in replies["help"]["text"]
    intro = replies["introduction for Odder"]["text"]
    assert intro.startswith("**Introduction to Odder Kommune**") and "**The core task (kerneopgaven)**" in intro
    assert not any(frame in intro for frame in ("**Kerneopgaven", "Læs mere", "Principperne", "ét ad gangen"))
    assert 'Write e.g. "how does our work fit' in replies["How does our work fit: home visits; rehabilitation"]["text"]
    refused = replies["Who won the football match yesterday?"]
    assert refused["attachments"][0]["content"]["body"][0]["text"] == "Not found in the strategies"
    feedback = {"strategibot": "feedback", "answer_id": 1, "rating": 1, "language": "en"}
    connector.clear()
    _post(url, _activity(connector, "", "dm-en-5", value=feedback))
    assert "Thank you" in _reply(connector, "dm-en-5")["text"]


def _post_raw(url: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(f"{url}/api/messages", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {}
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_without_credentials_teams_is_closed(corpus_data, tmp_path):
    with _own_server(corpus_data, tmp_path, {"TEAMS_ADMINS": "aad-admin"}, anonymous=False) \
            as (url, connector, health):
        assert health["surfaces"]["teams"] == "off"
        assert _post(url, _activity(connector, "Hvad er pejlemærke 3?", "dm-closed")) == 401
        time.sleep(1)
        assert connector.calls == []  # no typing indicator, no answer, nowhere


def test_anonymous_mode_is_only_for_loopback():
    from bot.settings import Settings
    from bot.teams.app import teams_mode

    assert teams_mode(Settings(STRATEGIBOT_TEAMS_ANONYMOUS="on", HOST="127.0.0.1")) == "anonymous"
    assert teams_mode(Settings(STRATEGIBOT_TEAMS_ANONYMOUS="on", HOST="0.0.0.0")) == "closed"
    assert teams_mode(Settings(HOST="127.0.0.1")) == "closed"


def test_replies_go_only_to_the_bot_framework_or_the_configured_test_host(teams):
    url, connector, _ = teams
    connector.clear()
    elsewhere = FakeSlack()  # an address inside the network an attacker wants the server to call
    try:
        activity = _activity(connector, "Hvad er pejlemærke 3 i Norddjurs?", "dm-ssrf")
        activity["serviceUrl"] = f"{elsewhere.url}/teams/"
        assert _post(url, activity) == 403
        time.sleep(1)
        assert elsewhere.calls == [] and connector.calls == []
    finally:
        elsewhere.close()
    from bot.teams.guard import service_url_allowed

    assert service_url_allowed("https://smba.trafficmanager.net/emea/")
    assert service_url_allowed("https://smba.infra.gov.teams.microsoft.us/")
    assert service_url_allowed("https://europe.webchat.botframework.com/")
    for bad in ("http://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.evil.example/",
                "https://evil.example/botframework.com/", "https://user@smba.trafficmanager.net/",
                "https://botframework.com.evil.example/", "file:///etc/passwd"):
        assert not service_url_allowed(bad), bad


def test_a_body_that_is_not_an_activity_is_400(teams):
    url, connector, _ = teams
    connector.clear()
    for body in (b"{}", b"[]", b"null", b'"text"', b"{not json", b'{"type": "message", "conversation": "x"}',
                 b"[" * 50000 + b"]" * 50000):
        status, reply = _post_raw(url, body)
        assert status == 400, body[:40]
        assert "gyldig Teams-aktivitet" in reply["error"]
    time.sleep(0.5)
    assert connector.calls == []


def test_the_same_activity_delivered_twice_is_answered_once(teams):
    url, connector, _ = teams
    activity = _activity(connector, "Hvad er Rudersdalmodellen?", "dm-twice")
    assert _post(url, activity) in (200, 202)
    assert "Rudersdal" in _reply(connector, "dm-twice")["text"]
    assert _post(url, activity) in (200, 202)
    _post(url, _activity(connector, "Hvad er HandiLeg?", "dm-twice-after"))  # the worker is past the repeat
    _reply(connector, "dm-twice-after")
    answers = [p for m, p in connector.calls if "conversations/dm-twice/" in m and p.get("type") == "message"]
    assert len(answers) == 1
