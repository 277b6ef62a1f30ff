"""Wiring: a Bolt `AsyncApp` on the assistant, its Web API client pointed at `SLACK_API_URL`.

Rate limits (HTTP 429 with Retry-After), dropped connections and Slack's 5xx answers are retried
by slack_sdk's own retry handlers, so a busy workspace delays answers instead of losing them.
"""

from __future__ import annotations

import json
import logging

log = logging.getLogger(__name__)


def slack_configured(settings) -> bool:
    return bool(settings.slack_bot_token and settings.slack_signing_secret)


def build_slack_app(settings, assistant, database):
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.http_retry.builtin_async_handlers import (
        AsyncConnectionErrorRetryHandler,
        AsyncRateLimitErrorRetryHandler,
        AsyncServerErrorRetryHandler,
    )
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.slack.handlers import SlackHandlers

    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    client = AsyncWebClient(token=settings.slack_bot_token, base_url=base_url, retry_handlers=[
        AsyncRateLimitErrorRetryHandler(max_retry_count=5),
        AsyncConnectionErrorRetryHandler(max_retry_count=3),
        AsyncServerErrorRetryHandler(max_retry_count=3)])
    app = AsyncApp(client=client, signing_secret=settings.slack_signing_secret)
    SlackHandlers(assistant, database).register(app)
    return app


def bolt_route(app, signing_secret: str):
    """The aiohttp handler for /slack/events: convert the request, dispatch, convert back.

    The signature is checked before the body is parsed, so an unsigned or malformed request is a
    401 (a timestamp that is not a number: 400) and never reaches Bolt's parser; a signed body
    Bolt cannot parse is a 400."""
    from aiohttp import web
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
    from slack_sdk.signature import SignatureVerifier

    from prompts import render

    verifier = SignatureVerifier(signing_secret)

    async def handle(request):
        body = (await request.read()).decode("utf-8", "replace")
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        if not timestamp.isdigit():
            return web.json_response({"error": render("slack_bad_timestamp", "da")}, status=400)
        if not verifier.is_valid(body, timestamp, request.headers.get("X-Slack-Signature", "")):
            return web.json_response({"error": render("slack_bad_signature", "da")}, status=401)
        bad = web.json_response({"error": render("slack_bad_request", "da")}, status=400)
        try:
            if "json" in request.content_type and not isinstance(json.loads(body), dict):
                return bad
            response = await app.async_dispatch(await to_bolt_request(request))
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
            log.warning("a signed Slack request could not be read")
            return bad
        return await to_aiohttp_response(response)

    return handle
