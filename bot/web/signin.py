"""The sign-in routes of the web chat: /login, /auth/callback, /logout and /api/me.

Kept apart from the chat's own routes so that what decides who someone is stays in one small
place (bot/web/auth.py) and these routes only move cookies and redirects.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot.web.auth import LOGIN_COOKIE, LOGIN_SECONDS, SESSION_COOKIE, WebAuth
from bot.web.security import guard, language
from prompts import render

log = logging.getLogger(__name__)


def add_signin_routes(app: web.Application, auth: WebAuth, end_session=lambda session: None) -> None:
    """`end_session(id)` records a sign-out where every worker sees it (Database.end_session)."""

    async def login(request):
        if auth.mode == "off":
            raise web.HTTPFound("/")
        if auth.mode != "oidc":
            return web.Response(status=503, text=render("web_login_unconfigured", language(request)))
        try:
            url, pending = await auth.login_redirect(request)
        except Exception:
            log.exception("sign-in: the identity provider could not be reached or is misconfigured")
            return web.Response(status=503, text=render("web_login_unavailable", language(request)))
        response = web.Response(status=302, headers={"Location": url})
        options = auth.cookie_options(request) | {"path": "/auth"}
        response.set_cookie(LOGIN_COOKIE, pending, max_age=LOGIN_SECONDS, **options)
        return response

    async def callback(request):
        if auth.mode != "oidc":
            raise web.HTTPFound("/")
        try:
            user, target = await auth.finish_login(request)
        except Exception as exc:  # a forged, replayed or stale callback, or a provider error
            log.warning("sign-in refused: %s", exc)
            return web.Response(status=400, text=render("web_login_failed", language(request)))
        log.info("signed in", extra={"event": "signed_in", "access": list(user.access), "roles": sorted(user.roles)})
        response = web.Response(status=302, headers={"Location": target})
        options = auth.cookie_options(request)
        response.set_cookie(SESSION_COOKIE, auth.session_cookie(user), max_age=int(auth.session_seconds), **options)
        response.del_cookie(LOGIN_COOKIE, path="/auth")
        return response

    @guard(auth)
    async def logout(request):
        target = "/"
        if auth.mode == "oidc":
            await asyncio.to_thread(end_session, request["user"].session)
            try:
                target = await auth.logout_url(request)
            except Exception:
                log.exception("sign-out: the provider's end-session endpoint is unknown")
        response = web.json_response({"redirect": target})
        response.del_cookie(SESSION_COOKIE, path="/")
        return response

    @guard(auth)
    async def me(request):
        user = request["user"]
        return web.json_response({**user.as_json(), "csrf": user.csrf, "signin": auth.mode == "oidc"})

    app.router.add_get("/login", login)
    app.router.add_get("/auth/callback", callback)
    app.router.add_post("/logout", logout)
    app.router.add_get("/api/me", me)
