"""What /api/messages accepts before the Agents SDK sees a request.

The SDK trusts an activity's fields: it POSTs the typing indicator and the answer to whatever
`serviceUrl` the request names. So the endpoint is closed unless credentials are set (or anonymous
use is switched on for a loopback test server), a body must be a JSON object shaped like an
activity, and replies may only go to the Bot Framework's own hosts (or a configured test host).
"""

from __future__ import annotations

import ipaddress
import json
from urllib.parse import urlsplit

from aiohttp import web

from prompts import render

# The Bot Connector's hosts: the public cloud, Azure China and the US government clouds.
BOT_FRAMEWORK_HOSTS = ("smba.trafficmanager.net",)
BOT_FRAMEWORK_SUFFIXES = (".botframework.com", ".botframework.us", ".botframework.azure.us",
                          ".botframework.azure.cn", ".infra.gov.teams.microsoft.us",
                          ".infra.dod.teams.microsoft.us", ".infra.gcc.teams.microsoft.com")


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.1, ::1 and localhost: an address nobody else can reach."""
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def service_url_allowed(url: str, test_urls: tuple[str, ...] = ()) -> bool:
    """An https URL on one of the Bot Framework's hosts, or one starting with a configured test URL."""
    if any(test and url.startswith(test) for test in test_urls):
        return True
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if parts.scheme != "https" or parts.username or parts.password:
        return False
    return host in BOT_FRAMEWORK_HOSTS or host.endswith(BOT_FRAMEWORK_SUFFIXES)


def _refuse(status: int, template: str) -> web.Response:
    return web.json_response({"error": render(template, "da")}, status=status)


def closed_route():
    """/api/messages when Teams has neither credentials nor anonymous use switched on."""

    async def handle(request):
        return _refuse(401, "teams_closed")

    return handle


def checked(handler, test_urls: tuple[str, ...]):
    """`handler` behind the body checks: 400 for anything that is not an activity, 403 for a
    serviceUrl off the Bot Framework's hosts. The body is read once; aiohttp caches it."""

    async def handle(request):
        try:
            body = json.loads(await request.read() or b"null")
        except (ValueError, RecursionError):
            return _refuse(400, "teams_bad_request")
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            return _refuse(400, "teams_bad_request")
        conversation, service_url = body.get("conversation"), body.get("serviceUrl")
        if not isinstance(service_url, str) or not isinstance(conversation, dict) \
                or not isinstance(conversation.get("id"), str) or not isinstance(body.get("from") or {}, dict):
            return _refuse(400, "teams_bad_request")
        if not service_url_allowed(service_url, test_urls):
            return _refuse(403, "teams_service_url")
        return await handler(request)

    return handle
