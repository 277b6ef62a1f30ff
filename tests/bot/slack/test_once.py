"""Slack once and always: one answer per message however Slack delivers it, an answer after a
failed first delivery, and bad requests refused with 4xx (never 500), over HTTP into `serve`."""

import json
import time

from tests.bot.slack.conftest import SECRET


def _answers(calls, channel: str) -> int:
    """How many answers the bot started in `channel` (each begins with its placeholder)."""
    return sum(1 for m, p in calls if m == "chat.postMessage" and p.get("channel") == channel)


def _settled(fake, channel: str, answers: int = 1):
    """Wait for the answers, then for every delivery to have been acknowledged (they already are:
    each POST returned) and the worker to be idle: a question it answers after this one proves it."""
    fake.wait_for(lambda c: sum(1 for m, p in c if m == "chat.update" and p.get("channel") == channel) >= answers)


def _ask_after(slack, fake, channel: str):
    """A fresh question answered in `channel` after the others: the bot's single answer worker is
    then past every earlier delivery, so a double answer would have shown up by now."""
    slack.event({"type": "app_mention", "user": "U1", "channel": channel + "-after", "ts": "1.1",
                 "text": "<@UBOT> Hvad er HandiLeg?"})
    fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == channel + "-after" for m, p in c))


def test_five_event_ids_for_one_message_get_one_answer(slack, fake):
    event = {"type": "app_mention", "user": "U1", "channel": "CFIVE", "ts": "1000.1",
             "text": "<@UBOT> Hvad er Rudersdalmodellen?"}
    for n in range(5):
        assert slack.event(event, event_id=f"EvFIVE{n}")[0] == 200
    _settled(fake, "CFIVE")
    _ask_after(slack, fake, "CFIVE")
    assert _answers(fake.calls, "CFIVE") == 1


def test_a_direct_message_delivered_as_message_im_and_app_mention_gets_one_answer(slack, fake):
    text = "<@UBOT> Hvad er kerneopgaven i Viborg?"
    slack.event({"type": "message", "channel_type": "im", "user": "U1", "channel": "DBOTH", "ts": "1001.1",
                 "text": text}, event_id="EvIM1")
    slack.event({"type": "app_mention", "channel_type": "im", "user": "U1", "channel": "DBOTH", "ts": "1001.1",
                 "text": text}, event_id="EvMENTION1")
    _settled(fake, "DBOTH")
    _ask_after(slack, fake, "DBOTH")
    assert _answers(fake.calls, "DBOTH") == 1


def test_a_channel_message_event_does_not_swallow_the_mention(slack, fake):
    """With message.channels subscribed, a mention also arrives as a plain channel message with the
    same ts; that one is not answered, and must not stop the mention from being answered."""
    text = "<@UBOT> Hvad er HandiLeg?"
    slack.event({"type": "message", "channel_type": "channel", "user": "U1", "channel": "CPLAIN", "ts": "1002.1",
                 "text": text})
    slack.event({"type": "app_mention", "user": "U1", "channel": "CPLAIN", "ts": "1002.1", "text": text})
    _settled(fake, "CPLAIN")
    assert _answers(fake.calls, "CPLAIN") == 1


def test_a_replayed_slash_command_is_answered_once(slack, fake):
    for _ in range(3):
        assert slack.command("Hvad er Rudersdalmodellen?", channel="CREPLAY", trigger_id="trigger-replay")[0] == 200
    _settled(fake, "CREPLAY")
    _ask_after(slack, fake, "CREPLAY")
    assert _answers(fake.calls, "CREPLAY") == 1


def test_when_the_web_api_fails_on_the_first_delivery_the_retry_is_answered(slack, fake):
    fake.fail["chat.postMessage"] = 4  # the first try and slack_sdk's three retries all get 503
    event = {"type": "app_mention", "user": "U1", "channel": "CDOWN", "ts": "1003.1",
             "text": "<@UBOT> Hvad er Åben Dialog i Rudersdal?"}
    assert slack.event(event, event_id="EvDOWN")[0] == 200
    fake.wait_for(lambda c: sum(1 for m, _ in c if m == "chat.postMessage (503)") == 4)
    for retry in (1, 2, 3):  # Slack retries three times; the first one after the failure is answered
        assert slack.event(event, event_id="EvDOWN", headers={"X-Slack-Retry-Num": str(retry),
                                                              "X-Slack-Retry-Reason": "http_error"})[0] == 200
        try:
            fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == "CDOWN" for m, p in c),
                          timeout=5)
            break
        except AssertionError:
            continue
    update = next(p for m, p in fake.calls if m == "chat.update" and p.get("channel") == "CDOWN")
    assert "Rudersdal" in json.dumps(update, ensure_ascii=False)
    _ask_after(slack, fake, "CDOWN")
    assert _answers(fake.calls, "CDOWN") == 1


def test_malformed_unsigned_and_badly_timed_requests_are_4xx_not_500(slack, fake):
    from tests.fixtures.fake_slack import sign

    headers = {"X-Slack-Request-Timestamp": "yesterday", "X-Slack-Signature": "v0=abc"}
    assert slack.post("{not json", "application/json", headers=headers)[0] == 400
    assert slack.post("{not json", "application/json", headers={"X-Slack-Signature": "v0=abc"})[0] == 401
    unsigned = {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": ""}
    assert slack.post("[1, 2", "application/json", headers=unsigned)[0] == 401
    assert slack.post("[1, 2", "application/json", secret="wrong")[0] == 401
    for body in ("{not json", "[1, 2]", "null", '"text"'):  # signed, but not an event
        assert slack.post(body, "application/json", headers=sign(SECRET, body))[0] in (400, 404)
    time.sleep(0.5)
    assert [m for m, _ in fake.calls if m.startswith("chat.")] == []


def test_an_unknown_organisation_in_the_admin_command_is_named_not_an_error(slack, fake):
    fake.clear()
    slack.command("organisation Atlantis", user="UADMIN", channel="CUNKNOWN")
    reply = next(p for m, p in fake.wait_for(lambda c: any(m == "respond/cmd" for m, _ in c)) if m == "respond/cmd")
    assert "Jeg kender ikke organisationen «Atlantis»" in reply["text"] and "Odder Kommune" in reply["text"]
