"""Sign-in for the web chat against a real OpenID Connect provider on loopback (oidc-provider-mock)
and the real `serve` over HTTP: who may ask, see, rate and read what, and what a strange site can't do."""

import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from tests.fixtures.serve import ROOT, start_serve

SECRET = "besparelse på 12 mio. kr. ved at lukke Bakkehuset"
RESTRICTED = f"""Ledelsens spareplan for Rudersdal Kommune 2026

Fortroligt oplæg til ledergruppen i Social og Sundhed.

Pejlemærke 1: Økonomi i balance

Vi foreslår en {SECRET} i 2026. Hjemmeplejen og rehabiliteringen skal omlægges.
"""
QUESTION = "Hvad står der om besparelse og Bakkehuset i Rudersdal?"
USERS = {"anna": ["g-ledelse"], "bo": ["g-andet"], "ejer": ["g-ejere"], "rate": [], "cat": [], "dan": []}


class Recorder:
    """WSGI middleware in front of the provider: keeps the form of every token request, so a test
    can check what `serve` sent (the PKCE verifier)."""

    def __init__(self, app):
        self.app, self.token_requests = app, []

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == "/oauth2/token":
            import io

            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            self.token_requests.append(parse_qs(body.decode()))
            environ["wsgi.input"] = io.BytesIO(body)
        return self.app(environ, start_response)


@pytest.fixture(scope="module")
def provider_server():
    import threading

    import oidc_provider_mock
    import werkzeug.serving

    users = [oidc_provider_mock.User(sub=sub, claims={"name": sub.title(), "groups": groups})
             for sub, groups in USERS.items()]
    recorder = Recorder(oidc_provider_mock.app(user_claims=users))
    server = werkzeug.serving.make_server("localhost", 0, recorder, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_port}", recorder
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="module")
def provider(provider_server) -> str:
    return provider_server[0]


@pytest.fixture(scope="module")
def data(corpus_data, tmp_path_factory) -> Path:
    """The corpus plus one document only the group "ledelse" may see."""
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    root = tmp_path_factory.mktemp("signin")
    data = root / "data"
    shutil.copytree(corpus_data, data)
    docs = root / "docs"
    docs.mkdir()
    (docs / "spareplan.txt").write_text(RESTRICTED, encoding="utf-8")
    (docs / "spareplan.meta.toml").write_text('organisation = "Rudersdal Kommune"\ntitle = "Ledelsens spareplan"\n'
                                              'kind = "handleplan"\naccess = "ledelse"\n', encoding="utf-8")
    core = build_core(load_settings(data_dir=data))
    Ingestor(core.vectorstore, core.embeddings).run([ROOT / "corpus", docs])
    return data


def oidc_env(provider: str, **extra) -> dict[str, str]:
    return {"STRATEGIBOT_WEB_AUTH": "", "STRATEGIBOT_OIDC_ISSUER": provider,
            "STRATEGIBOT_OIDC_CLIENT_ID": "strategibot", "STRATEGIBOT_OIDC_CLIENT_SECRET": "hemmelig",
            "STRATEGIBOT_OIDC_GROUPS": "g-ledelse=ledelse", "STRATEGIBOT_OIDC_OWNERS": "g-ejere",
            "STRATEGIBOT_SESSION_SECRET": "test-secret", "STRATEGIBOT_WEB_RATE_LIMIT": "3/hour", **extra}


@pytest.fixture(scope="module")
def server(provider, data):
    url, process, health = start_serve(data, oidc_env(provider))
    assert health["surfaces"]["web_signin"] == "OpenID Connect"
    yield url
    process.terminate()
    process.wait(timeout=10)


def sign_in(url: str, sub: str, next_page: str = "/", lands: str = "/") -> tuple[httpx.Client, dict]:
    """The authorization code flow as a browser goes through it: our /login, the provider's form
    (the mock's "sign in as" button), the callback. Returns the client and the 302s' details."""
    client = httpx.Client(base_url=url, timeout=30)
    to_provider = client.get("/login", params={"next": next_page}, follow_redirects=False)
    assert to_provider.status_code == 302
    authorize = to_provider.headers["location"]
    consent = client.post(authorize, data={"sub": sub}, follow_redirects=False)
    assert consent.status_code == 302
    callback = consent.headers["location"]
    assert callback.startswith(f"{url}/auth/callback?")
    landed = client.get(callback, follow_redirects=False)
    assert landed.status_code == 302 and landed.headers["location"] == lands, landed.text
    me = client.get("/api/me").json()
    client.headers["X-CSRF-Token"] = me["csrf"]
    return client, {"authorize": authorize, "set-cookie": landed.headers.get_list("set-cookie"), "me": me}


def ask(client: httpx.Client, question: str, **body) -> httpx.Response:
    return client.post("/api/ask", json={"question": question, **body})


def test_sign_in_round_trip_uses_pkce_and_a_strict_session_cookie(server, provider_server):
    import base64
    import hashlib

    client, flow = sign_in(server, "anna")
    query = parse_qs(urlparse(flow["authorize"]).query)
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) >= 43
    sent = provider_server[1].token_requests[-1]  # the code exchange carried the matching verifier
    assert sent["grant_type"] == ["authorization_code"]
    digest = hashlib.sha256(sent["code_verifier"][0].encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == query["code_challenge"][0]
    assert query["response_type"] == ["code"] and "openid" in query["scope"][0].split()
    assert query["state"][0] and query["nonce"][0]
    session = next(c for c in flow["set-cookie"] if c.startswith("strategibot_session="))
    assert "HttpOnly" in session and "SameSite=Lax" in session
    assert "Secure" not in session  # plain HTTP on loopback: the one case without Secure
    assert flow["me"]["name"] == "Anna" and flow["me"]["access"] == ["ledelse"]
    page = client.get("/")
    assert page.status_code == 200 and 'id="ask-form"' in page.text


def test_without_a_session_the_api_is_401_and_the_page_sends_to_sign_in(server):
    anonymous = httpx.Client(base_url=server, timeout=30)
    for path in ("/api/organisations", "/api/me", "/api/passage/x"):
        response = anonymous.get(path)
        assert response.status_code == 401 and "logge ind" in response.json()["error"]
    response = anonymous.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 401 and "logge ind" in response.json()["error"]
    page = anonymous.get("/", follow_redirects=False)
    assert page.status_code == 302 and page.headers["location"].startswith("/login?next=")
    report = anonymous.get("/rapport", follow_redirects=False)
    assert report.status_code == 302 and "/login" in report.headers["location"]
    forged = httpx.Client(base_url=server, timeout=30, cookies={"strategibot_session": "eyJzdWIiOiJhbm5hIn0.x.y"})
    assert forged.get("/api/me").status_code == 401


def test_a_callback_with_a_forged_state_is_refused(server):
    client = httpx.Client(base_url=server, timeout=30)
    authorize = client.get("/login", follow_redirects=False).headers["location"]
    callback = client.post(authorize, data={"sub": "anna"}, follow_redirects=False).headers["location"]
    forged = re.sub(r"state=[^&]+", "state=forged", callback)
    response = client.get(forged, follow_redirects=False)
    assert response.status_code == 400 and "Log-ind mislykkedes" in response.text
    assert client.get("/api/me").status_code == 401
    stranger = httpx.Client(base_url=server, timeout=30)  # the code alone, in another browser
    assert stranger.get(callback, follow_redirects=False).status_code == 400


@pytest.mark.parametrize("next_page, lands", [("/rapport?fra=2026-01-01", "/rapport?fra=2026-01-01"),
                                              ("//evil.example/", "/"), ("https://evil.example/", "/"),
                                              ("/\\evil.example", "/"), ("/\r\nSet-Cookie: x=1", "/"),
                                              ("/\t/evil.example", "/")])
def test_after_sign_in_the_browser_returns_to_a_page_of_this_site_only(server, next_page, lands):
    sign_in(server, "cat", next_page, lands)


def test_posts_without_the_csrf_token_or_from_another_site_are_refused(server):
    client, _ = sign_in(server, "cat")
    token = client.headers.pop("X-CSRF-Token")
    response = ask(client, "Hvad er pejlemærke 2 i Odder?")
    assert response.status_code == 403 and "webchattens egen side" in response.json()["error"]
    client.headers["X-CSRF-Token"] = token
    cross = client.post("/api/ask", json={"question": "Hvad er pejlemærke 2 i Odder?"},
                        headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    fetch_site = client.post("/api/ask", json={"question": "Hvad er pejlemærke 2 i Odder?"},
                             headers={"Sec-Fetch-Site": "cross-site"})
    assert fetch_site.status_code == 403
    text_plain = client.post("/api/ask", content=b'{"question": "Hvad er pejlemaerke 2?"}',
                             headers={"Content-Type": "text/plain"})
    assert text_plain.status_code == 415
    form = client.post("/api/feedback", data={"id": "1", "rating": "1"})
    assert form.status_code == 415
    assert ask(client, "Hvad er pejlemærke 2 i Odder?").status_code == 200  # with the token: answered


def test_every_web_response_has_the_security_headers(server):
    client, _ = sign_in(server, "dan")
    for response in (client.get("/"), client.get("/api/me"), client.get("/login", follow_redirects=False),
                     httpx.get(f"{server}/api/me"), client.get("/nowhere")):
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"


def test_a_restricted_document_is_served_only_to_a_member_of_its_group(server):
    member, _ = sign_in(server, "anna")
    other, _ = sign_in(server, "bo")
    seen = ask(member, QUESTION).json()
    assert seen["status"] == "answered" and any(c["title"] == "Ledelsens spareplan" for c in seen["citations"])
    chunk = next(c["id"] for c in seen["citations"] if c["title"] == "Ledelsens spareplan")
    assert SECRET in member.get(f"/api/passage/{chunk}").json()["text"]
    not_seen = ask(other, QUESTION).json()
    assert SECRET not in str(not_seen) and "Ledelsens spareplan" not in str(not_seen)
    assert other.get(f"/api/passage/{chunk}").status_code == 404
    # the body cannot claim someone else's identity or groups
    claimed = ask(other, QUESTION, user="anna", access=["ledelse"]).json()
    assert SECRET not in str(claimed)


def test_a_profile_belongs_to_the_signed_in_user_not_to_an_id_in_the_body(server):
    owner, _ = sign_in(server, "cat")
    other, _ = sign_in(server, "dan")
    saved = ask(owner, "profil: Norddjurs Kommune, jeg arbejder på Strandvejens plejecenter, telefon 98765432").json()
    assert saved["status"] == "answered"
    mine = ask(owner, "profil").json()["answer"]
    assert "98765432" in mine
    theirs = ask(other, "profil", user="cat").json()["answer"]
    assert "98765432" not in theirs and "Strandvejens" not in theirs


def test_a_rating_only_by_the_one_who_got_the_answer_and_only_once(server):
    asker, _ = sign_in(server, "rate")
    other, _ = sign_in(server, "bo")
    answer = ask(asker, "Hvad er pejlemærke 3 i Norddjurs?").json()
    refused = other.post("/api/feedback", json={"id": answer["id"], "rating": -1})
    assert refused.status_code == 404 and "selv har fået" in refused.json()["error"]
    assert asker.post("/api/feedback", json={"id": answer["id"], "rating": 1}).json() == {"ok": True}
    again = asker.post("/api/feedback", json={"id": answer["id"], "rating": -1})
    assert again.status_code == 409 and "allerede" in again.json()["error"]


def test_questions_are_rate_limited_per_user_with_a_danish_429(server):
    client, _ = sign_in(server, "dan")
    statuses = [ask(client, f"Hvad er pejlemærke {n} i Odder?").status_code for n in (1, 2, 3, 4)]
    assert statuses[-1] == 429 and 200 in statuses
    refused = ask(client, "Hvad er pejlemærke 1 i Odder?")
    assert refused.status_code == 429 and "Vent et øjeblik" in refused.json()["error"]
    assert int(refused.headers["retry-after"]) >= 1
    fresh, _ = sign_in(server, "ejer")  # another user is not held back by it
    assert ask(fresh, "Hvad er pejlemærke 1 i Odder?").status_code == 200


def test_a_downloaded_plan_is_only_for_the_user_it_was_made_for(server):
    owner, _ = sign_in(server, "anna")
    other, _ = sign_in(server, "bo")
    reply = ask(owner, "handleplan 3 i Norddjurs").json()
    link = next(f["url"] for f in reply["files"] if f["name"].endswith(".docx"))
    assert owner.get(link).status_code == 200
    assert other.get(link).status_code == 404
    assert httpx.get(f"{server}{link}").status_code == 404


def test_the_report_is_for_strategy_owners_and_hides_question_texts_unless_logged(server, provider, data):
    staff, _ = sign_in(server, "bo")
    ask(staff, "Hvad koster en ny vinterjakke i Føtex?")
    assert staff.get("/rapport").status_code == 403
    owner, _ = sign_in(server, "ejer")
    page = owner.get("/rapport?fra=2000-01-01&til=2100-01-01")
    assert page.status_code == 200 and "<table class=report>" in page.text
    assert "vinterjakke" not in page.text  # STRATEGIBOT_LOG_QUESTIONS is off
    url, process, _ = start_serve(data, oidc_env(provider, STRATEGIBOT_LOG_QUESTIONS="on"))
    try:
        owner, _ = sign_in(url, "ejer")
        assert "vinterjakke" in owner.get("/rapport?fra=2000-01-01&til=2100-01-01").text
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_logout_ends_the_session(server):
    client, _ = sign_in(server, "cat")
    response = client.post("/logout", json={})
    assert response.status_code == 200 and "end_session" in response.json()["redirect"]
    assert client.get("/api/me").status_code == 401


def test_sign_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working(server):
    client, _ = sign_in(server, "cat")
    elsewhere, _ = sign_in(server, "cat")  # the same person in another browser: a session of its own
    copied = httpx.Client(base_url=server, timeout=30, cookies=dict(client.cookies),
                          headers={"X-CSRF-Token": client.headers["X-CSRF-Token"]})
    assert copied.get("/api/me").status_code == 200
    assert client.post("/logout", json={}).status_code == 200
    assert copied.get("/api/me").status_code == 401  # the cookie's signature is still good; the session is not
    assert ask(copied, "Hvad er pejlemærke 2 i Odder?").status_code == 401
    assert elsewhere.get("/api/me").status_code == 200


def test_sign_out_needs_the_csrf_token_and_the_own_origin(server):
    client, _ = sign_in(server, "dan")
    token = client.headers.pop("X-CSRF-Token")
    assert client.post("/logout", json={}).status_code == 403
    assert client.post("/logout", json={}, headers={"X-CSRF-Token": token, "Origin": "https://evil.example"}
                       ).status_code == 403
    assert client.post("/logout", data={"x": "1"}, headers={"X-CSRF-Token": token}).status_code == 415
    assert client.get("/api/me").status_code == 200  # still signed in


def test_behind_https_the_cookies_are_secure(provider, data):
    url, process, _ = start_serve(data, oidc_env(provider, STRATEGIBOT_OIDC_REDIRECT_URL="https://chat.example/auth/callback"))
    try:
        response = httpx.get(f"{url}/login", follow_redirects=False)
        assert response.status_code == 302
        assert parse_qs(urlparse(response.headers["location"]).query)["redirect_uri"] == [
            "https://chat.example/auth/callback"]
        login = response.headers["set-cookie"]
        assert login.startswith("strategibot_login=") and "Secure" in login and "HttpOnly" in login
    finally:
        process.terminate()
        process.wait(timeout=10)
