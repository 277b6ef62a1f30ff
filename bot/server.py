"""`serve`: one aiohttp server for every chat surface, plus /healthz for probes.

Slack is mounted at /slack/events when its variables are set; without them the server still
starts (the other surfaces work) and says Slack is off. With SLACK_APP_TOKEN, Slack is reached
over Socket Mode instead, for a laptop or a network without inbound HTTP.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.answer.service import Core
    from bot.database import Database
    from bot.settings import Settings

log = logging.getLogger(__name__)


def build_server(settings: Settings, core: Core, database: Database) -> web.Application:
    from bot.assistant import Assistant
    from bot.slack.app import bolt_route, build_slack_app, slack_configured

    assistant = Assistant(core, database)  # one for every surface: the same answers everywhere
    app = web.Application(client_max_size=1024 ** 2)
    surfaces = {}
    if slack_configured(settings):
        slack = build_slack_app(settings, assistant, database)
        app["slack"] = slack
        app.router.add_post("/slack/events", bolt_route(slack, settings.slack_signing_secret or ""))
        surfaces["slack"] = "socket mode" if settings.slack_app_token else "/slack/events"
    else:
        log.warning("Slack er slået fra: SLACK_BOT_TOKEN og SLACK_SIGNING_SECRET er ikke sat.")
        surfaces["slack"] = "off"

    from bot.teams.app import build_teams, teams_route
    from bot.web.app import FileShelf, add_web_routes

    shelf = FileShelf()
    agent, adapter, auth_configuration, mode = build_teams(settings, assistant, database, shelf)
    app["agent_configuration"] = auth_configuration
    app.router.add_post("/api/messages", teams_route(agent, adapter, settings))
    surfaces["teams"] = {"credentials": "/api/messages", "anonymous": "/api/messages (uden godkendelse)",
                         "closed": "off"}[mode]

    from bot.web.auth import WebAuth

    auth = WebAuth.from_settings(settings)
    add_web_routes(app, assistant, database, shelf=shelf, auth=auth, rate_limit=settings.web_rate_limit,
                   frame_ancestors=settings.frame_ancestors)
    if auth.mode == "off":
        log.warning("WEBCHATTEN ER ÅBEN UDEN LOG-IND (STRATEGIBOT_WEB_AUTH=off): kun til lokal brug på 127.0.0.1.")
    if auth.mode != "unconfigured":
        surfaces["web"] = "/"
    else:
        log.warning("Webchatten er lukket: log-ind er ikke sat op (STRATEGIBOT_OIDC_ISSUER og "
                    "STRATEGIBOT_OIDC_CLIENT_ID), og STRATEGIBOT_WEB_AUTH=off er ikke sat.")
        surfaces["web"] = "off"
    surfaces["web_signin"] = {"oidc": "OpenID Connect", "off": "off"}.get(auth.mode, "not configured")

    async def healthz(request):
        """200 only when a question can be answered: 503 naming each broken dependency otherwise."""
        import asyncio

        from bot.health import problems

        found = await asyncio.to_thread(problems, core, settings, database)
        catalog = core.catalog  # one snapshot: a reload may swap it between the two counts
        return web.json_response({"status": "error" if found else "ok", "problems": found,
                                  "documents": len(catalog.sources), "chunks": len(catalog.documents),
                                  "surfaces": surfaces}, status=503 if found else 200)

    app.router.add_get("/healthz", healthz)
    app.on_startup.append(_retention(database, settings.retention_days))
    app.on_startup.append(_follow_store(core, settings.reload_seconds))
    if settings.slack_app_token and "slack" in app:
        app.on_startup.append(_socket_mode(app["slack"], settings.slack_app_token))
    return app


def _follow_store(core: Core, seconds: float):
    """Pick up what `ingest` writes while serving (another process, or the Chroma server). The
    reload runs in a worker thread beside the questions; `Core.reload` builds the new snapshot
    aside and swaps it in under its lock, so a question in flight keeps the one it took."""
    import asyncio

    async def loop():
        seen = await asyncio.to_thread(core.store_signature)
        while True:
            await asyncio.sleep(seconds)
            try:
                now = await asyncio.to_thread(core.store_signature)
                if now != seen:
                    await asyncio.to_thread(core.reload)
                    seen = now
                    log.info("the store changed: %d documents now", len(core.catalog.sources))
            except Exception:
                log.exception("could not re-read the store")

    async def start(app):
        app["follow_store"] = asyncio.create_task(loop())

    return start


def _retention(database, days: float):
    """Purge stored questions past the retention period at start, then every six hours."""
    import asyncio

    async def loop():
        while True:
            deleted = await asyncio.to_thread(database.purge, days)
            if deleted:
                log.info("retention: %d rows older than %s days deleted", deleted, days)
            await asyncio.sleep(6 * 3600)

    async def start(app):
        app["retention"] = asyncio.create_task(loop())

    return start


def _socket_mode(slack, app_token: str):
    async def start(app):
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        handler = AsyncSocketModeHandler(slack, app_token)
        await handler.connect_async()
        app["socket_mode"] = handler
        log.info("Slack: Socket Mode forbundet")

    return start
