"""The web chat without sign-in: open only on loopback with STRATEGIBOT_WEB_AUTH=off (`make demo`),
closed with a Danish 503 when sign-in is not configured (a Slack-only deployment still starts)."""

import shutil

import httpx
import pytest

from tests.fixtures.serve import start_serve


def listening(port: int) -> set[str]:
    """The addresses the kernel says something listens on at `port` (Linux /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


@pytest.fixture
def data(corpus_data, tmp_path):
    shutil.copytree(corpus_data, tmp_path / "data")
    return tmp_path / "data"


def stop(process) -> str:
    process.terminate()
    process.wait(timeout=10)
    return process.stdout.read()


def test_web_auth_off_binds_loopback_by_default_and_says_the_chat_is_open(data):
    url, process, health = start_serve(data, {"STRATEGIBOT_WEB_AUTH": "off"}, host=None)
    try:
        port = int(url.rsplit(":", 1)[1])
        assert listening(port) == {"0100007F"}  # 127.0.0.1 only, not 0.0.0.0
        assert health["surfaces"]["web_signin"] == "off"
        assert httpx.get(f"{url}/").status_code == 200
        me = httpx.get(f"{url}/api/me").json()
        assert me["signin"] is False and "owner" in me["roles"]
        # even open, a strange site's simple POST is refused: only JSON, only from the page's origin
        assert httpx.post(f"{url}/api/ask", content=b'{"question": "Hvad er pejlemaerke 2?"}',
                          headers={"Content-Type": "text/plain"}).status_code == 415
        assert httpx.post(f"{url}/api/ask", json={"question": "Hvad er pejlemærke 2 i Odder?"},
                          headers={"Origin": "https://evil.example"}).status_code == 403
        assert httpx.post(f"{url}/api/ask", json={"question": "Hvad er pejlemærke 2 i Odder?"}).status_code == 200
    finally:
        output = stop(process)
    assert "uden log-ind" in output and "STRATEGIBOT_WEB_AUTH=off" in output


def test_without_sign_in_settings_serve_starts_and_the_web_chat_is_closed(data):
    url, process, health = start_serve(data, {"STRATEGIBOT_WEB_AUTH": ""}, host=None)
    try:
        assert health["status"] == "ok" and health["surfaces"]["web"] == "off"
        assert listening(int(url.rsplit(":", 1)[1])) & {"00000000", "00000000000000000000000000000000"}
        page = httpx.get(f"{url}/")
        assert page.status_code == 503 and "ikke sat op" in page.text
        for response in (httpx.post(f"{url}/api/ask", json={"question": "Hvad er pejlemærke 2 i Odder?"}),
                         httpx.get(f"{url}/api/organisations"), httpx.get(f"{url}/rapport")):
            assert response.status_code == 503 and "Log-ind til webchatten er ikke sat op" in response.text
        assert httpx.get(f"{url}/login").status_code == 503
    finally:
        output = stop(process)
    assert "Webchatten er lukket" in output
