"""Probe benchmark: the attacks and bad luck of issue 14, replayed against the real `serve` on loopback.

One `serve` with everything on: web sign-in against a real OpenID Connect provider on loopback
(oidc-provider-mock), Slack with a signing secret and its Web API pointed at a local recorder,
Teams anonymous on loopback replying only to that recorder. Over a small store (one public
document and one only the group "ledelse" may see), it counts:

- leaks: restricted text, another user's profile, rating or download, the report, or a request
  made in a signed-in user's name from another site, reaching someone who may not have it;
- 5xx on malformed input: every kind of bad body the issue lists, on every endpoint;
- double or lost Slack answers: one message delivered in the ways Slack does;
- health that lies: /healthz saying ok (or `serve` starting as if fine) while the state database
  or the data dir is broken, and the web chat answering 500 instead of a clear 503.

Target 0 / 0 / 0 / 0. Prints a table and writes bench/results/probe.json.
Run: `.venv/bin/python bench/probe.py` (about two minutes).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.fake_slack import FakeSlack, sign  # noqa: E402
from tests.fixtures.serve import free_port, start_serve  # noqa: E402

SECRET = "besparelse på 12 mio. kr. ved at lukke Bakkehuset"
RESTRICTED = ("Ledelsens spareplan for Viborg Kommune 2026\n\nFortroligt oplæg til ledergruppen.\n\n"
              f"Pejlemærke 1: Økonomi i balance\n\nVi foreslår en {SECRET} i 2026.\n")
QUESTION = "Hvad står der om besparelse og Bakkehuset i Viborg?"
SIGNING = "probe-signing-secret"
USERS = {"anna": ["g-ledelse"], "bo": [], "ejer": ["g-ejere"]}
CATEGORIES = ("leak", "5xx", "slack", "health")
results: list[dict] = []


def check(category: str, name: str, ok: bool, detail: object = "") -> None:
    results.append({"category": category, "probe": name, "ok": bool(ok), "detail": "" if ok else str(detail)[:300]})


def provider() -> str:
    import logging

    import oidc_provider_mock
    import werkzeug.serving

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    users = [oidc_provider_mock.User(sub=s, claims={"name": s.title(), "groups": g}) for s, g in USERS.items()]
    server = werkzeug.serving.make_server("localhost", 0, oidc_provider_mock.app(user_claims=users), threaded=True)
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    return f"http://localhost:{server.server_port}"


def build_data(root: Path) -> Path:
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    docs, data = root / "docs", root / "data"
    docs.mkdir()
    for name in ("viborg-social-sundhed-omsorg-strategi-2018.txt", "viborg-social-sundhed-omsorg-strategi-2018.meta.toml"):
        shutil.copy(ROOT / "corpus" / name, docs / name)
    (docs / "spareplan.txt").write_text(RESTRICTED, encoding="utf-8")
    (docs / "spareplan.meta.toml").write_text('organisation = "Viborg Kommune"\ntitle = "Ledelsens spareplan"\n'
                                              'kind = "handleplan"\naccess = "ledelse"\n', encoding="utf-8")
    core = build_core(load_settings(data_dir=data))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    return data


def shown(response: httpx.Response) -> str:
    """What a response says, with JSON's escapes undone (aiohttp writes "på" as "p\\u00e5")."""
    try:
        return json.dumps(response.json(), ensure_ascii=False)
    except ValueError:
        return response.text


def sign_in(url: str, sub: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    authorize = client.get("/login", follow_redirects=False).headers["location"]
    callback = client.post(authorize, data={"sub": sub}, follow_redirects=False).headers["location"]
    client.get(callback, follow_redirects=False)
    client.headers["X-CSRF-Token"] = client.get("/api/me").json()["csrf"]
    return client


def leaks(url: str, fake: FakeSlack) -> None:
    anna, bo, owner, anonymous = sign_in(url, "anna"), sign_in(url, "bo"), sign_in(url, "ejer"), httpx.Client(
        base_url=url, timeout=60)
    seen = anna.post("/api/ask", json={"question": QUESTION}).json()
    chunk = next((c["id"] for c in seen.get("citations", []) if c["title"] == "Ledelsens spareplan"), "x")
    check("leak", "the member does get the restricted text (sanity)", SECRET in shown(anna.get(f"/api/passage/{chunk}")))
    for path in ("/", "/api/organisations", "/api/me", f"/api/passage/{chunk}", "/rapport"):
        r = anonymous.get(path, follow_redirects=False)
        check("leak", f"anonymous GET {path}", r.status_code in (302, 401) and SECRET not in shown(r), r.status_code)
    r = anonymous.post("/api/ask", json={"question": QUESTION})
    check("leak", "anonymous POST /api/ask", r.status_code == 401 and SECRET not in shown(r), r.status_code)
    for body in ({"question": QUESTION}, {"question": QUESTION, "user": "anna", "access": ["ledelse"]},
                 {"question": "kilder"}, {"question": "kilder Viborg"}, {"question": "introduktion Viborg"},
                 {"question": "handleplan 1 i Viborg"}, {"question": "Hvad er pejlemærke 1 i Viborg?"}):
        r = bo.post("/api/ask", json=body)
        check("leak", f"non-member asks {body}", SECRET not in shown(r) and "Ledelsens spareplan" not in shown(r), shown(r))
    check("leak", "non-member reads the restricted passage", bo.get(f"/api/passage/{chunk}").status_code == 404)
    for cookie in ("eyJzdWIiOiJhbm5hIn0.x.y", "", "a" * 5000):
        forged = httpx.Client(base_url=url, timeout=60, cookies={"strategibot_session": cookie})
        check("leak", f"forged session cookie ({len(cookie)} chars)", forged.get("/api/me").status_code == 401)
    anna.post("/api/ask", json={"question": "profil: Viborg Kommune, hjemmeplejen Nord, telefon 98765432"})
    theirs = shown(bo.post("/api/ask", json={"question": "profil", "user": "anna"}))
    check("leak", "another user's profile", "98765432" not in theirs, theirs)
    answer = anna.post("/api/ask", json={"question": "Hvad er pejlemærke 2 i Viborg?"}).json()
    r = bo.post("/api/feedback", json={"id": answer["id"], "rating": -1})
    check("leak", "rating another user's answer", r.status_code == 404, r.status_code)
    check("leak", "the owner can still rate it (not overwritten)",
          anna.post("/api/feedback", json={"id": answer["id"], "rating": 1}).status_code == 200)
    check("leak", "rating it twice", anna.post("/api/feedback", json={"id": answer["id"], "rating": -1}
                                               ).status_code == 409)
    check("leak", "staff open /rapport", bo.get("/rapport").status_code == 403)
    report = owner.get("/rapport?fra=2000-01-01&til=2100-01-01").text
    check("leak", "the report shows no question text (logging off)", "98765432" not in report and
          "Bakkehuset" not in report, report[:200])
    plan = anna.post("/api/ask", json={"question": "handleplan 1 i Viborg"}).json()
    link = next((f["url"] for f in plan.get("files", [])), None)
    if link:
        check("leak", "the plan downloads for its owner (sanity)", anna.get(link).status_code == 200)
        check("leak", "another user's plan download", bo.get(link).status_code == 404)
        check("leak", "anonymous plan download", anonymous.get(link).status_code == 404)
    for path in ("/api/files/..%2F..%2Fstrategibot.sqlite3/x", "/api/files/../../etc/passwd", "/static/../README.md",
                 "/static/%2e%2e/%2e%2e/README.md"):
        r = anna.get(path)
        check("leak", f"path traversal {path}", r.status_code in (400, 403, 404) and "SQLite" not in r.text, r.status_code)
    for name, headers, kwargs in (("Origin: evil", {"Origin": "https://evil.example"}, {}),
                                  ("Sec-Fetch-Site: cross-site", {"Sec-Fetch-Site": "cross-site"}, {}),
                                  ("text/plain", {"Content-Type": "text/plain"}, {}),
                                  ("no CSRF token", {"X-CSRF-Token": ""}, {})):
        for path, body in (("/api/ask", {"question": "Hvad er pejlemærke 2?"}), ("/api/feedback", {"id": 1, "rating": 1}),
                           ("/logout", {})):
            r = bo.post(path, content=json.dumps(body), headers={"Content-Type": "application/json", **headers})
            check("leak", f"cross-site POST {path} ({name})", r.status_code in (403, 415), r.status_code)
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example", "/\r\nSet-Cookie: x=1"):
        browser = httpx.Client(base_url=url, timeout=60)
        authorize = browser.get("/login", params={"next": target}, follow_redirects=False).headers["location"]
        callback = browser.post(authorize, data={"sub": "bo"}, follow_redirects=False).headers["location"]
        lands = browser.get(callback, follow_redirects=False).headers.get("location", "")
        check("leak", f"after sign-in, next={target!r}", lands == "/", lands)
    teams_leaks(url, fake)


def teams(url: str, activity: dict) -> int:
    return httpx.post(f"{url}/api/messages", json=activity, timeout=60).status_code


def activity(fake: FakeSlack, text: str, conversation: str, team: str | None = None, user: str = "aad-user",
             service_url: str | None = None, **extra) -> dict:
    body = {"type": "message", "id": f"a{time.time_ns()}", "channelId": "msteams", "text": text,
            "serviceUrl": service_url or f"{fake.url}/teams/", "locale": "da-DK",
            "from": {"id": f"29:{user}", "aadObjectId": user}, "recipient": {"id": "28:bot"},
            "conversation": {"id": conversation, "conversationType": "channel" if team else "personal"}, **extra}
    if team:
        body["channelData"] = {"team": {"id": team}, "channel": {"id": conversation}}
    return body


def teams_reply(fake: FakeSlack, conversation: str) -> str:
    calls = fake.wait_for(lambda c: any(f"conversations/{conversation}/" in m and p.get("type") == "message"
                                        for m, p in c), timeout=60)
    return json.dumps([p for m, p in calls if f"conversations/{conversation}/" in m], ensure_ascii=False)


def teams_leaks(url: str, fake: FakeSlack) -> None:
    evil = FakeSlack()
    for n, forged in enumerate(("http://169.254.169.254/latest/", f"{evil.url}/", "https://evil.botframework.com.evil.example/")):
        status = teams(url, activity(fake, "Hvad er pejlemærke 1 i Viborg?", f"ssrf-{n}", service_url=forged))
        check("leak", f"Teams forged serviceUrl {forged}", status == 403, status)
    time.sleep(1)
    check("leak", "nothing was sent to a forged serviceUrl", not evil.calls, evil.calls)
    evil.close()
    teams(url, activity(fake, f"<at>strategibot</at> {QUESTION}", "19:chan-x", team="team-ledelse"))
    shown = teams_reply(fake, "19:chan-x")
    check("leak", "anonymous Teams forging the team granted 'ledelse'", SECRET not in shown
          and "Ledelsens spareplan" not in shown, shown[:300])
    teams(url, activity(fake, "kilder", "19:chan-y", team="team-ledelse"))
    shown = teams_reply(fake, "19:chan-y")
    check("leak", "anonymous Teams 'kilder' in the forged team", "Ledelsens spareplan" not in shown, shown[:300])
    teams(url, activity(fake, "organisation Viborg", "dm-admin", user="aad-admin"))
    check("leak", "Teams claimed aadObjectId admin", "Kun administratorer" in teams_reply(fake, "dm-admin"))


def malformed(url: str, fake: FakeSlack) -> None:
    client = sign_in(url, "ejer")
    deep = "[" * 50_000 + "]" * 50_000
    bodies = {"list": "[1, 2]", "string": '"hej"', "null": "null", "number": "5", "empty": "", "not json": "{nope",
              "deep nesting": deep, "deep object": '{"a":' * 50_000 + "1" + "}" * 50_000,
              "1 MB question": json.dumps({"question": "x" * 1_000_000}), "question int": '{"question": 5}',
              "question list": '{"question": ["a"]}', "organisation object": '{"question": "hej", "organisation": {}}',
              "conversation list": '{"question": "hej", "conversation": []}', "bad utf-8": b'{"question": "\xff\xfe"}',
              "NaN": '{"question": NaN}', "huge int": '{"id": ' + "9" * 5000 + ', "rating": 1}'}
    feedback = {"{}": "{}", "id string": '{"id": "1", "rating": 1}', "rating 5": '{"id": 1, "rating": 5}',
                "rating string": '{"id": 1, "rating": "1"}', "rating float": '{"id": 1, "rating": 0.5}',
                "rating 0": '{"id": 1, "rating": 0}', "id -1": '{"id": -1, "rating": 1}',
                "id 2**70": '{"id": 1180591620717411303424, "rating": 1}', "missing rating": '{"id": 1}',
                "rating null": '{"id": 1, "rating": null}', "rating bool": '{"id": 1, "rating": true}'}
    for path, cases in (("/api/ask", bodies), ("/api/feedback", {**bodies, **feedback})):
        for name, body in cases.items():
            r = client.post(path, content=body, headers={"Content-Type": "application/json"})
            check("5xx", f"POST {path}: {name}", r.status_code < 500, f"{r.status_code} {r.text[:100]}")
    for path in ("/api/passage/%00", "/api/passage/" + "x" * 5000, "/rapport?fra=garbage", "/rapport?fra=9999-99-99",
                 "/rapport?til=2026-02-30", "/api/files/x/y", "/login?next=%00", "/auth/callback?code=x&state=y",
                 "/auth/callback?error=access_denied"):
        r = client.get(path, follow_redirects=False)
        check("5xx", f"GET {path[:60]}", r.status_code < 500, r.status_code)
    r = client.get("/api/me", headers={"X-Long": "a" * 20_000})
    check("5xx", "a 20 kB header", r.status_code < 500, r.status_code)
    r = client.get("/api/me", headers={"Accept-Language": "x" * 4000 + ",en"})
    check("5xx", "a long Accept-Language", r.status_code < 500, r.status_code)
    state = url_data(url) / "strategibot.sqlite3"
    size = state.stat().st_size
    for _ in range(20):
        client.post("/api/ask", content=json.dumps({"question": "y" * 1_000_000}),
                    headers={"Content-Type": "application/json"})
    check("5xx", "20 refused 1 MB questions do not grow the state file", state.stat().st_size - size < 200_000,
          state.stat().st_size - size)
    good = activity(fake, "", "dm-card")
    teams_cases = {"{}": {}, "list": [1], "null": None, "type int": {"type": 5}, "conversation string":
                   {**good, "conversation": "x"}, "from string": {**good, "from": "x"}, "no serviceUrl":
                   {k: v for k, v in good.items() if k != "serviceUrl"}}
    for n, value in enumerate(({"strategibot": "feedback", "answer_id": "abc", "rating": 1},
                               {"strategibot": "feedback", "answer_id": 1, "rating": "x"},
                               {"strategibot": "feedback"}, {"strategibot": "feedback", "answer_id": [1], "rating": {}})):
        teams_cases[f"card value {value}"] = {**good, "id": f"card{n}", "value": value}
    for name, body in teams_cases.items():
        status = httpx.post(f"{url}/api/messages", content=json.dumps(body), timeout=60,
                            headers={"Content-Type": "application/json"}).status_code
        check("5xx", f"Teams {name}", status < 500, status)
    for name, body in (("not json", "{nope"), ("deep", deep)):
        status = httpx.post(f"{url}/api/messages", content=body, timeout=60,
                            headers={"Content-Type": "application/json"}).status_code
        check("5xx", f"Teams {name}", status < 500, status)
    slack = f"{url}/slack/events"
    now = str(int(time.time()))
    for name, body, headers in (
            ("unsigned malformed", "{nope", {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": ""}),
            ("no headers", "[1, 2", {}), ("non-numeric timestamp", "{nope",
                                          {"X-Slack-Request-Timestamp": "yesterday", "X-Slack-Signature": "v0=a"}),
            ("wrong secret", "{}", sign("wrong", "{}")), ("signed list", "[1]", sign(SIGNING, "[1]")),
            ("signed null", "null", sign(SIGNING, "null")), ("signed not json", "{x", sign(SIGNING, "{x")),
            ("signed event without event", '{"type": "event_callback"}', sign(SIGNING, '{"type": "event_callback"}'))):
        r = httpx.post(slack, content=body, headers={"Content-Type": "application/json", **headers}, timeout=60)
        check("5xx", f"Slack {name}", r.status_code < 500, r.status_code)
    form = "payload=%7Bnope"
    r = httpx.post(slack, content=form, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                 **sign(SIGNING, form)}, timeout=60)
    check("5xx", "Slack signed malformed button payload", r.status_code < 500, r.status_code)


def slack_once(url: str, fake: FakeSlack) -> None:
    def post(payload: dict, headers: dict | None = None, form: bool = False) -> int:
        import urllib.parse

        body = urllib.parse.urlencode(payload) if form else json.dumps(payload)
        kind = "application/x-www-form-urlencoded" if form else "application/json"
        return httpx.post(f"{url}/slack/events", content=body, timeout=60,
                          headers={"Content-Type": kind, **sign(SIGNING, body), **(headers or {})}).status_code

    def event(event: dict, event_id: str, headers: dict | None = None) -> int:
        return post({"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": event_id,
                     "event_time": int(time.time()), "event": event}, headers)

    def answers(channel: str) -> int:
        fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == channel for m, p in c), timeout=60)
        event({"type": "app_mention", "user": "U1", "channel": channel + "-after", "ts": "9.9",
               "text": "<@UBOT> Hvad er pejlemærke 1 i Viborg?"}, f"after-{channel}")
        fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == channel + "-after" for m, p in c),
                      timeout=60)  # the single answer worker is past every earlier delivery
        return sum(1 for m, p in fake.calls if m == "chat.postMessage" and p.get("channel") == channel)

    mention = {"type": "app_mention", "user": "U1", "channel": "CFIVE", "ts": "1.1",
               "text": "<@UBOT> Hvad er pejlemærke 2 i Viborg?"}
    for n in range(5):
        event(mention, f"EvFIVE{n}")
    count = answers("CFIVE")
    check("slack", "five event ids for one message", count == 1, count)
    text = "<@UBOT> Hvad er pejlemærke 3 i Viborg?"
    event({"type": "message", "channel_type": "im", "user": "U1", "channel": "DBOTH", "ts": "2.1", "text": text}, "EvIM")
    event({"type": "app_mention", "channel_type": "im", "user": "U1", "channel": "DBOTH", "ts": "2.1", "text": text},
          "EvMENTION")
    count = answers("DBOTH")
    check("slack", "message.im + app_mention for one DM", count == 1, count)
    command = {"command": "/strategi", "text": "Hvad er pejlemærke 1 i Viborg?", "user_id": "U1", "channel_id": "CCMD",
               "team_id": "T1", "response_url": f"{fake.url}/respond/cmd", "trigger_id": "trigger-replayed"}
    for _ in range(3):
        post(command, form=True)
    count = answers("CCMD")
    check("slack", "a slash command replayed three times", count == 1, count)
    fake.fail["chat.postMessage"] = 4  # the first try and slack_sdk's three retries all fail
    down = {"type": "app_mention", "user": "U1", "channel": "CDOWN", "ts": "3.1", "text": text}
    event(down, "EvDOWN")
    fake.wait_for(lambda c: sum(1 for m, _ in c if m == "chat.postMessage (503)") == 4, timeout=60)
    for retry in (1, 2, 3):
        event(down, "EvDOWN", {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_error"})
        try:
            fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == "CDOWN" for m, p in c), timeout=10)
            break
        except AssertionError:
            continue
    try:
        count = answers("CDOWN")
    except AssertionError:
        count = 0
    check("slack", "Web API down on the first delivery, then Slack's retries", count == 1, count)


def health(url: str, data: Path, env: dict) -> None:
    state = data / "strategibot.sqlite3"
    backup = state.read_bytes()
    client = sign_in(url, "ejer")
    for name, breaks in (("corrupt", lambda: state.write_bytes(b"not a database" * 500)), ("deleted", state.unlink)):
        breaks()
        r = httpx.get(f"{url}/healthz", timeout=60)
        check("health", f"/healthz with the state database {name}", r.status_code == 503, r.status_code)
        r = client.post("/api/ask", json={"question": "Hvad er pejlemærke 1 i Viborg?"})
        check("health", f"web question with the state database {name}: a clear 503", r.status_code == 503
              and "database" in shown(r), f"{r.status_code} {r.text[:100]}")
        state.write_bytes(backup)
    copy = data.parent / "broken"
    shutil.copytree(data, copy)
    (copy / "strategibot.sqlite3").write_bytes(b"garbage" * 1000)
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(free_port()),
                             "--data", str(copy)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**env, "PYTHONPATH": str(ROOT)})
    check("health", "serve refuses to start on a corrupt state database, saying why", result.returncode == 1
          and "tilstandsdatabasen" in result.stderr and "Traceback" not in result.stderr, result.stderr[-300:])
    shutil.rmtree(data)
    r = httpx.get(f"{url}/healthz", timeout=60)
    check("health", "/healthz with the data dir deleted while serving", r.status_code == 503, r.status_code)
    empty_url, process, status = start_serve(data.parent / "gone", {}, healthy=False)
    process.terminate()
    process.wait(timeout=10)
    check("health", "serve on a missing data dir is not healthy", status.get("status_code") == 503, status)


_DATA: dict[str, Path] = {}


def url_data(url: str) -> Path:
    return _DATA[url]


def main() -> int:
    import os

    started = time.time()
    root = Path(tempfile.mkdtemp(prefix="probe-"))
    try:
        data = build_data(root)
        fake = FakeSlack()
        channels = root / "kanaler.toml"
        channels.write_text('[access]\n"teams:team-ledelse" = ["ledelse"]\n', encoding="utf-8")
        env = {"STRATEGIBOT_WEB_AUTH": "", "STRATEGIBOT_OIDC_ISSUER": provider(), "STRATEGIBOT_OIDC_CLIENT_ID": "bot",
               "STRATEGIBOT_OIDC_CLIENT_SECRET": "hemmelig", "STRATEGIBOT_OIDC_GROUPS": "g-ledelse=ledelse",
               "STRATEGIBOT_OIDC_OWNERS": "g-ejere", "STRATEGIBOT_SESSION_SECRET": "probe",
               "STRATEGIBOT_WEB_RATE_LIMIT": "off", "SLACK_BOT_TOKEN": "xoxb-probe", "SLACK_SIGNING_SECRET": SIGNING,
               "SLACK_API_URL": f"{fake.url}/api/", "STRATEGIBOT_TEAMS_ANONYMOUS": "on",
               "STRATEGIBOT_TEAMS_TEST_SERVICE_URL": fake.url, "TEAMS_ADMINS": "aad-admin",
               "STRATEGIBOT_CHANNELS": str(channels)}
        url, process, _ = start_serve(data, env)
        _DATA[url] = data
        try:
            for step in (leaks, malformed, slack_once):
                try:
                    step(url, fake)
                except Exception as error:  # a probe that could not finish is a finding, not a crash
                    check({"leaks": "leak", "malformed": "5xx", "slack_once": "slack"}[step.__name__],
                          f"{step.__name__} did not finish", False, repr(error))
            health(url, data, {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "STRATEGIBOT_"))})
        finally:
            process.terminate()
            process.wait(timeout=10)
            fake.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return report(time.time() - started)


def report(seconds: float) -> int:
    print("\n| category | probes | failed |\n|---|---|---|")
    summary = {}
    for category in CATEGORIES:
        mine = [r for r in results if r["category"] == category]
        summary[category] = {"probes": len(mine), "failed": sum(not r["ok"] for r in mine)}
        print(f"| {category} | {len(mine)} | {summary[category]['failed']} |")
    for r in results:
        if not r["ok"]:
            print(f"FAILED [{r['category']}] {r['probe']}: {r['detail']}")
    print(f"\n{len(results)} probes in {seconds:.0f} s")
    out = ROOT / "bench" / "results" / "probe.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"summary": summary, "seconds": round(seconds), "probes": results},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
