"""The web chat: a plain page at / that asks the core through /api/ask.

It needs no keys and no build step, so it is what a newcomer sees after the README's run command.
Text from the documents is only ever put into the page as text, never as HTML.
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

from bot.answer import Question

STATIC = Path(__file__).parent / "static"
SURFACE = "web"


def add_web_routes(app: web.Application, core, database, executor: ThreadPoolExecutor | None = None) -> None:
    executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")

    async def index(request):
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def organisations(request):
        return web.json_response({"organisations": core.catalog.organisations})

    async def ask(request):
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.json_response({"error": "Forespørgslen skal være JSON."}, status=400)
        text = str(payload.get("question", ""))
        question = Question(text, payload.get("organisation") or None)
        answer = await asyncio.get_running_loop().run_in_executor(executor, core.answerer.answer, question)
        answer_id = await asyncio.to_thread(database.record_answer, SURFACE, "web", "", text, answer)
        return web.json_response({
            **answer.as_json(), "id": answer_id, "language": answer.language,
            "citations": [{**c.as_json(), "id": c.chunk_id, "url": c.link()} for c in answer.citations]})

    async def passage(request):
        """A cited chunk in full, so the quoted passage can be read in its section."""
        doc = core.catalog.by_id.get(request.match_info["chunk_id"])
        if doc is None:
            return web.json_response({"error": "Ukendt afsnit."}, status=404)
        meta = doc.metadata
        return web.json_response({"organisation": meta["organisation"], "title": meta["title"],
                                  "section": meta["section"], "page": meta.get("page") or None,
                                  "text": doc.page_content[meta.get("body_start", 0):]})

    async def feedback(request):
        payload = await request.json()
        ok = await asyncio.to_thread(database.rate, int(payload["id"]), 1 if payload.get("rating", 0) > 0 else -1)
        return web.json_response({"ok": ok})

    app.router.add_get("/", index)
    app.router.add_get("/api/organisations", organisations)
    app.router.add_post("/api/ask", ask)
    app.router.add_get("/api/passage/{chunk_id}", passage)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_static("/static", STATIC, append_version=True)
