"""The web chat: a plain page at / that asks the assistant through /api/ask, one conversation a page.

It needs no build step, and with STRATEGIBOT_WEB_AUTH=off no keys, so it is what a newcomer sees
after the README's run command; deployed, every route but the static files sits behind sign-in
(bot/web/auth.py, bot/web/security.py). Text from the documents is only ever put into the page as
text, never as HTML.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.message import Message, Surface
from bot.web.auth import ADMIN, OWNER, WebAuth
from bot.web.render import answer_parts
from bot.web.requests import AskRequest, FeedbackRequest, parse
from bot.web.security import RateLimit, guard, refuse, security_headers
from strategy.schema import chunk_meta

STATIC = Path(__file__).parent / "static"
SURFACE = "web"


class FileShelf:
    """Generated files (action plans) kept for download for an hour, by an unguessable token; a
    file made for a signed-in web user is handed only to that user."""

    def __init__(self, keep: int = 200, seconds: float = 3600):
        self._files: OrderedDict[str, tuple[object, str | None, float]] = OrderedDict()
        self._keep, self._seconds = keep, seconds

    def put(self, file, owner: str | None = None) -> str:
        token = secrets.token_urlsafe(16)
        self._files[token] = (file, owner, time.time() + self._seconds)
        while len(self._files) > self._keep:
            self._files.popitem(last=False)
        return token

    def get(self, token: str, user: str | None = None):
        """The file, or None when unknown, expired, or someone else's."""
        file, owner, expires = self._files.get(token, (None, None, 0.0))
        if file is None or time.time() > expires or (owner is not None and owner != user):
            return None
        return file


def add_web_routes(app: web.Application, assistant, database, executor: ThreadPoolExecutor | None = None,
                   shelf: FileShelf | None = None, auth: WebAuth | None = None, rate_limit: str = "20/minute",
                   frame_ancestors: str = "'none'") -> None:
    """The page and its API behind `auth` (bot/web/auth.py); without one the chat is closed (503)."""
    from bot.web.signin import add_signin_routes

    executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
    shelf = shelf or FileShelf()
    auth = auth or WebAuth("unconfigured")
    limit = RateLimit(rate_limit)
    app["files"] = shelf
    app.on_response_prepare.append(security_headers(frame_ancestors))
    auth.ended = database.session_ended
    add_signin_routes(app, auth, database.end_session)
    core = assistant.core

    @guard(auth, page=True)
    async def index(request):
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @guard(auth)
    async def organisations(request):
        return web.json_response({"organisations": core.for_access(request["user"].access).catalog.organisations})

    @guard(auth)
    async def ask(request):
        """One message of a conversation: the browser sends its conversation id with each, so a
        follow-up is read against the previous question. Who asks, and so which restricted
        documents, profile and ratings are theirs, is the signed-in user, never the body."""
        payload, error = parse(AskRequest, await request.read())
        if payload is None:
            return web.json_response({"error": error}, status=400)
        user = request["user"]
        wait = limit.hit(user.subject) if auth.mode == "oidc" else None
        if wait is not None:
            return refuse(request, 429, "web_rate_limited", **{"Retry-After": str(int(wait + 0.999))})
        message = Message(Surface.WEB, payload.question, user=user.subject, access=user.access,
                          conversation=payload.conversation or None, organisation=payload.organisation or None,
                          admin=lambda: ADMIN in user.roles)
        reply = await asyncio.get_running_loop().run_in_executor(executor, assistant.handle, message)
        answer = reply.answer
        return web.json_response({
            **answer.as_json(), **answer_parts(answer), "id": reply.answer_id, "language": answer.language,
            "conversation": message.conversation, "organisation": reply.organisation,
            "reason": reply.reason.value if reply.reason else None,
            "command": reply.command.value if reply.command else None,
            "citations": [{**c.as_json(), "id": c.chunk_id, "url": c.link()} for c in answer.citations],
            "blocks": reply.blocks,  # an action plan as headings, lists and tables, for the page to build
            "files": [{"name": f.name, "url": f"/api/files/{shelf.put(f, user.subject)}/{f.name}"}
                      for f in reply.files]})

    async def download(request):
        """A web user's file for that user only; a Teams link (no owner) by its token, for an hour."""
        try:
            user = auth.user(request)
        except SQLAlchemyError:
            return refuse(request, 503, "web_state_unavailable")
        file = shelf.get(request.match_info["token"], user.subject if user else None)
        if file is None:
            return web.json_response({"error": "Filen findes ikke længere; bed om handleplanen igen."}, status=404)
        return web.Response(body=file.data, content_type=file.mime,
                            headers={"Content-Disposition": f'attachment; filename="{file.name}"'})

    @guard(auth)
    async def passage(request):
        """A cited chunk in full, so the quoted passage can be read in its section; a restricted
        one only for those who may see it."""
        doc = core.for_access(request["user"].access).catalog.by_id.get(request.match_info["chunk_id"])
        if doc is None:
            return web.json_response({"error": "Ukendt afsnit."}, status=404)
        meta = chunk_meta(doc)
        return web.json_response({"organisation": meta.organisation, "title": meta.title,
                                  "section": meta.section, "page": meta.page,
                                  "text": doc.page_content[meta.body_start:]})

    @guard(auth)
    async def feedback(request):
        """👍/👎 on an answer the signed-in user got in the web chat, once."""
        payload, error = parse(FeedbackRequest, await request.read())
        if payload is None or payload.rating == 0:
            return web.json_response({"error": error or "«rating» skal være 1 eller -1."}, status=400)
        outcome = await asyncio.to_thread(database.rate_once, payload.id, SURFACE, request["user"].subject,
                                          payload.rating)
        if outcome == "unknown":
            return refuse(request, 404, "web_rating_not_yours")
        if outcome == "rated":
            return refuse(request, 409, "web_rating_done")
        return web.json_response({"ok": True})

    @guard(auth, role=OWNER, page=True)
    async def report(request):
        """The strategy owners' report as a Danish page; the same rows as `python -m bot rapport`."""
        import datetime as dt
        from dataclasses import replace

        from bot.planning.report import build_report, to_html

        today = dt.date.today()
        try:
            start = dt.date.fromisoformat(request.query.get("fra") or str(today - dt.timedelta(days=30)))
            end = dt.date.fromisoformat(request.query.get("til") or str(today))
        except ValueError:
            return web.Response(status=400, text="Datoer skrives ÅÅÅÅ-MM-DD.")
        since = dt.datetime.combine(start, dt.time()).timestamp()
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).timestamp()
        rows = build_report(await asyncio.to_thread(database.feedback_since, since, until),
                            core.catalog.organisations)
        if not assistant.log_questions:  # what staff asked is shown only where logging it is on
            rows = [replace(row, examples="") for row in rows]
        return web.Response(text=to_html(rows, start, end), content_type="text/html")

    app.router.add_get("/", index)
    app.router.add_get("/rapport", report)
    app.router.add_get("/api/organisations", organisations)
    app.router.add_post("/api/ask", ask)
    app.router.add_get("/api/passage/{chunk_id}", passage)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_get("/api/files/{token}/{name}", download)
    app.router.add_static("/static", STATIC, append_version=True)
