"""The real `serve` process with Slack on, its Web API pointed at a local recorder."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.fixtures.fake_slack import FakeSlack, sign
from tests.fixtures.serve import start_serve

SECRET = "test-signing-secret"


class SlackServer:
    def __init__(self, url: str, fake: FakeSlack, data: Path):
        self.url, self.fake, self.data = url, fake, data
        self._event = 0

    def post(self, body: str, content_type: str, headers: dict | None = None,
             secret: str = SECRET, timestamp: int | None = None) -> tuple[int, str]:
        request = urllib.request.Request(f"{self.url}/slack/events", data=body.encode(), method="POST",
                                         headers={"Content-Type": content_type,
                                                  **sign(secret, body, timestamp), **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def event(self, event: dict, event_id: str | None = None, headers: dict | None = None, **kw):
        self._event += 1
        body = json.dumps({"type": "event_callback", "team_id": "T1", "api_app_id": "A1",
                           "event_id": event_id or f"Ev{time.time_ns()}{self._event}",
                           "event_time": int(time.time()), "event": event})
        return self.post(body, "application/json", headers, **kw)

    def command(self, text: str, user: str = "U1", channel: str = "C1", trigger_id: str | None = None):
        self._event += 1
        form = {"command": "/strategi", "text": text, "user_id": user, "channel_id": channel,
                "team_id": "T1", "response_url": f"{self.fake.url}/respond/cmd",
                "trigger_id": trigger_id or f"t{time.time_ns()}{self._event}"}
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")

    def action(self, action_id: str, value: str, user: str = "U1"):
        payload = {"type": "block_actions", "user": {"id": user}, "team": {"id": "T1"},
                   "api_app_id": "A1", "channel": {"id": "C1"}, "container": {"type": "message"},
                   "response_url": f"{self.fake.url}/respond/action", "trigger_id": "t",
                   "actions": [{"action_id": action_id, "value": value, "block_id": "b", "type": "button"}]}
        return self.post(urllib.parse.urlencode({"payload": json.dumps(payload)}),
                         "application/x-www-form-urlencoded")


@pytest.fixture(scope="module")
def slack(corpus_data, tmp_path_factory):
    fake = FakeSlack()
    data = tmp_path_factory.mktemp("serve") / "data"
    shutil.copytree(corpus_data, data)
    url, process, health = start_serve(data, {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET,
                                              "SLACK_API_URL": f"{fake.url}/api/"})
    assert health["surfaces"]["slack"] == "/slack/events"
    yield SlackServer(url, fake, data)
    process.terminate()
    process.wait(timeout=10)
    fake.close()


@pytest.fixture
def fake(slack):
    slack.fake.clear()
    slack.fake.rate_limit.clear()
    return slack.fake
