"""What every web-chat request passes before its handler: sign-in, role, CSRF, and a rate limit;
and the security headers on every response.

A POST is accepted only as JSON (a cross-origin form or `text/plain` POST, which a browser sends
without asking, is refused), only from the page's own origin (Origin and Sec-Fetch-Site), and,
when signed in, only with the session's CSRF token in the X-CSRF-Token header that the page's
script adds. A strange site can therefore not make a signed-in browser ask, rate or log out.
"""

from __future__ import annotations

import logging
import secrets
import time
from functools import wraps

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.web.auth import STAFF, WebAuth
from prompts import render

CSRF_HEADER = "X-CSRF-Token"
log = logging.getLogger(__name__)


def language(request) -> str:
    """Danish first; English when the browser prefers it."""
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.strip()[:2].lower()
        if code in ("da", "en"):
            return code
    return "da"


def refuse(request, status: int, name: str, **headers) -> web.Response:
    return web.json_response({"error": render(name, language(request))}, status=status, headers=headers)


def security_headers(frame_ancestors: str = "'none'"):
    """An on_response_prepare hook: a strict CSP (no inline script or style, nothing from other
    hosts), no MIME sniffing, no referrer to other sites, and no framing unless configured."""
    if frame_ancestors.strip().strip("'\"").lower() in ("none", ""):
        frame_ancestors = "'none'"
    csp = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
           f"frame-ancestors {frame_ancestors}")

    async def add(request, response):
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if frame_ancestors.strip() == "'none'":
            response.headers.setdefault("X-Frame-Options", "DENY")
        if request.path.startswith(("/api/", "/rapport", "/auth/", "/login", "/logout")):
            response.headers.setdefault("Cache-Control", "no-store")

    return add


def same_origin(request) -> bool:
    """The browser's own word on where a request comes from: a cross-site Sec-Fetch-Site, or an
    Origin naming another host, is refused. Clients that are not browsers send neither."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    from urllib.parse import urlparse

    return origin != "null" and urlparse(origin).netloc.lower() == request.host.lower()


class RateLimit:
    """Questions per signed-in user in a moving window (the `limits` package, in memory: per
    worker). "off" turns it off; with sign-in off there is one local user and no limit."""

    def __init__(self, rule: str):
        from limits import parse, storage, strategies

        self.item = None if rule.strip().lower() in ("off", "0", "") else parse(rule)
        self.limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def hit(self, key: str) -> float | None:
        """None when allowed; otherwise seconds until the next question may be asked."""
        if self.item is None or self.limiter.hit(self.item, "ask", key):
            return None
        reset = self.limiter.get_window_stats(self.item, "ask", key).reset_time
        return max(1.0, reset - time.time())


def guard(auth: WebAuth, role: str = STAFF, page: bool = False):
    """A handler decorator: the request's user is put in request["user"], or the request is
    refused (401/403/415/503, Danish JSON; a page redirects to the sign-in instead of a 401)."""

    def wrap(handler):
        @wraps(handler)
        async def guarded(request):
            try:
                return await checked(request)
            except SQLAlchemyError:  # a corrupt, deleted or unreachable state database: say so, not 500
                log.exception("web chat: the state database failed")
                if page:
                    return web.Response(status=503, text=render("web_state_unavailable", language(request)))
                return refuse(request, 503, "web_state_unavailable")

        async def checked(request):
            if auth.mode == "unconfigured":
                if page:
                    return web.Response(status=503, text=render("web_login_unconfigured", language(request)))
                return refuse(request, 503, "web_login_unconfigured")
            if request.method == "POST":
                if request.content_type != "application/json":
                    return refuse(request, 415, "web_json_only")
                if not same_origin(request):
                    return refuse(request, 403, "web_csrf")
            user = auth.user(request)
            if user is None:
                if page:
                    raise web.HTTPFound(f"/login?{_next_query(request)}")
                return refuse(request, 401, "web_login_required")
            if role not in user.roles:
                if page:
                    return web.Response(status=403, text=render("web_forbidden", language(request)))
                return refuse(request, 403, "web_forbidden")
            if request.method == "POST" and auth.mode == "oidc" and not secrets.compare_digest(
                    request.headers.get(CSRF_HEADER, ""), user.csrf):
                return refuse(request, 403, "web_csrf")
            request["user"] = user
            return await handler(request)

        return guarded

    return wrap


def _next_query(request) -> str:
    from urllib.parse import urlencode

    return urlencode({"next": request.path_qs})
