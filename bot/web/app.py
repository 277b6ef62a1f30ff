"""The web chat: a plain page at / that asks the assistant through /api/ask, one conversation a page.

It needs no keys and no build step, so it is what a newcomer sees after the README's run command.
Text from the documents is only ever put into the page as text, never as HTML.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

from bot.message import Message, Surface
from bot.web.render import answer_parts
from bot.web.requests import AskRequest, FeedbackRequest, parse
from strategy.schema import chunk_meta

STATIC = Path(__file__).parent / "static"
SURFACE = "web"


class FileShelf:
    """Generated files (action plans) kept for download for a while, by an unguessable token."""

    def __init__(self, keep: int = 200):
        self._files: OrderedDict[str, object] = OrderedDict()
        self._keep = keep

    def put(self, file) -> str:
        token = secrets.token_urlsafe(16)
        self._files[token] = file
        while len(self._files) > self._keep:
            self._files.popitem(last=False)
        return token

    def get(self, token: str):
        return self._files.get(token)


def add_web_routes(app: web.Application, assistant, database, executor: ThreadPoolExecutor | None = None,
                   shelf: FileShelf | None = None) -> None:
    executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
    shelf = shelf or FileShelf()
    app["files"] = shelf
    core = assistant.core

    async def index(request):
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def organisations(request):
        return web.json_response({"organisations": core.catalog.organisations})

    async def ask(request):
        """One message of a conversation: the browser sends its conversation id with each, so a
        follow-up is read against the previous question."""
        payload, error = parse(AskRequest, await request.read())
        if payload is None:
            return web.json_response({"error": error}, status=400)
        message = Message(Surface.WEB, payload.question, user=payload.user,
                          conversation=payload.conversation or None, organisation=payload.organisation or None)
        reply = await asyncio.get_running_loop().run_in_executor(executor, assistant.handle, message)
        answer = reply.answer
        return web.json_response({
            **answer.as_json(), **answer_parts(answer), "id": reply.answer_id, "language": answer.language,
            "conversation": message.conversation, "organisation": reply.organisation,
            "reason": reply.reason.value if reply.reason else None,
            "command": reply.command.value if reply.command else None,
            "citations": [{**c.as_json(), "id": c.chunk_id, "url": c.link()} for c in answer.citations],
            "blocks": reply.blocks,  # an action plan as headings, lists and tables, for the page to build
            "files": [{"name": f.name, "url": f"/api/files/{shelf.put(f)}/{f.name}"} for f in reply.files]})

    async def download(request):
        file = shelf.get(request.match_info["token"])
        if file is None:
            return web.json_response({"error": "Filen findes ikke længere; bed om handleplanen igen."}, status=404)
        return web.Response(body=file.data, content_type=file.mime,
                            headers={"Content-Disposition": f'attachment; filename="{file.name}"'})

    async def passage(request):
        """A cited chunk in full, so the quoted passage can be read in its section."""
        doc = core.catalog.by_id.get(request.match_info["chunk_id"])
        if doc is None:
            return web.json_response({"error": "Ukendt afsnit."}, status=404)
        meta = chunk_meta(doc)
        return web.json_response({"organisation": meta.organisation, "title": meta.title,
                                  "section": meta.section, "page": meta.page,
                                  "text": doc.page_content[meta.body_start:]})

    async def feedback(request):
        payload, error = parse(FeedbackRequest, await request.read())
        if payload is None or payload.rating == 0:
            return web.json_response({"error": error or "«rating» skal være 1 eller -1."}, status=400)
        ok = await asyncio.to_thread(database.rate, payload.id, payload.rating)
        return web.json_response({"ok": ok})

    async def report(request):
        """The strategy owners' report as a Danish page; the same rows as `python -m bot rapport`."""
        import datetime as dt

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
        return web.Response(text=to_html(rows, start, end), content_type="text/html")

    app.router.add_get("/", index)
    app.router.add_get("/rapport", report)
    app.router.add_get("/api/organisations", organisations)
    app.router.add_post("/api/ask", ask)
    app.router.add_get("/api/passage/{chunk_id}", passage)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_get("/api/files/{token}/{name}", download)
    app.router.add_static("/static", STATIC, append_version=True)
