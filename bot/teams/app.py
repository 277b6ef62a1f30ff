"""Wiring: a Microsoft 365 Agents SDK `AgentApplication` on the assistant, at /api/messages.

With credentials (MICROSOFT_APP_ID/PASSWORD/TENANT_ID, or the SDK's own CONNECTIONS__… variables)
every request's JWT is validated and an unauthenticated one gets 401. Without them the endpoint is
closed (401 for everything), so a Slack-only deployment has no anonymous Teams door; only with
STRATEGIBOT_TEAMS_ANONYMOUS=on and `serve` on loopback does it take anonymous requests, for local
testing (e.g. the Agents Playground), and then no one is an admin.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)
_SDK_PREFIX = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"


class AnonymousConnections:
    """The SDK's `Connections` for a bot with no credentials: anonymous tokens in and out."""

    def __init__(self):
        from microsoft_agents.hosting.core import AnonymousTokenProvider

        self._provider = AnonymousTokenProvider()

    def get_connection(self, connection_name):
        return self._provider

    def get_default_connection(self):
        return self._provider

    def get_token_provider(self, *args, **kwargs):
        return self._provider

    def get_token_provider_from_activity(self, *args, **kwargs):
        return self._provider

    def get_default_connection_configuration(self):
        from microsoft_agents.hosting.core import AgentAuthConfiguration

        return AgentAuthConfiguration(anonymous_allowed=True)


def sdk_configuration(settings) -> dict | None:
    """The SDK's configuration from our variables or its own; None when there are no credentials."""
    from microsoft_agents.activity import load_configuration_from_env

    if settings.microsoft_app_id:
        env = {f"{_SDK_PREFIX}CLIENTID": settings.microsoft_app_id,
               f"{_SDK_PREFIX}CLIENTSECRET": settings.microsoft_app_password or "",
               f"{_SDK_PREFIX}TENANTID": settings.microsoft_app_tenant_id or ""}
        return load_configuration_from_env(env)
    if os.environ.get(f"{_SDK_PREFIX}CLIENTID"):
        return load_configuration_from_env(os.environ)
    return None


def teams_mode(settings) -> str:
    """"credentials", "anonymous" (asked for, and serve on loopback) or "closed"."""
    from bot.teams.guard import is_loopback

    if sdk_configuration(settings) is not None:
        return "credentials"
    if settings.teams_anonymous and is_loopback(settings.host):
        return "anonymous"
    if settings.teams_anonymous:
        log.warning("STRATEGIBOT_TEAMS_ANONYMOUS gælder kun, når serve lytter på 127.0.0.1 (nu %s): "
                    "Teams er lukket.", settings.host)
    return "closed"


def build_teams(settings, assistant, database, shelf=None):
    """(agent application, adapter, auth configuration, mode) for /api/messages; agent and
    adapter are None when Teams is closed."""
    from microsoft_agents.hosting.aiohttp import CloudAdapter
    from microsoft_agents.hosting.core import AgentApplication, MemoryStorage, TurnState

    from bot.teams.handlers import TeamsHandlers

    mode = teams_mode(settings)
    if mode == "closed":
        log.warning("Teams er slået fra: MICROSOFT_APP_ID er ikke sat, så /api/messages svarer 401.")
        return None, None, None, mode
    config = sdk_configuration(settings)
    if config is None:
        connections, config = AnonymousConnections(), {}
        log.warning("TEAMS UDEN GODKENDELSE (STRATEGIBOT_TEAMS_ANONYMOUS=on): /api/messages tager imod "
                    "uautentificerede forespørgsler, og ingen er administrator. Kun til lokal test.")
    else:
        from microsoft_agents.authentication.msal import MsalConnectionManager

        connections = MsalConnectionManager(**config)
    adapter = CloudAdapter(connection_manager=connections)

    async def on_turn_error(context, error):
        """The SDK's default shows the exception to the user; log it and say something polite."""
        from prompts import render

        log.error("Teams turn failed: %s", type(error).__name__, exc_info=error)
        try:
            await context.send_activity(render("failed", "da"))
        except Exception:
            log.warning("the failure message could not be sent either")

    adapter.on_turn_error = on_turn_error
    agent = AgentApplication[TurnState](storage=MemoryStorage(), adapter=adapter,
                                        connection_manager=connections, **config)
    admins = {a.strip() for a in (settings.teams_admins or "").split(",") if a.strip()}
    TeamsHandlers(assistant, database, admins, shelf=shelf, public_url=settings.public_url,
                  proactive_after=settings.teams_proactive_after).register(agent)
    return agent, adapter, connections.get_default_connection_configuration(), mode


def teams_route(agent, adapter, settings):
    """The aiohttp handler for /api/messages: the SDK's JWT check first, then the body's (an
    activity, replying to a Bot Framework host); closed when there is no agent."""
    from microsoft_agents.hosting.aiohttp import jwt_authorization_decorator, start_agent_process

    from bot.teams.guard import checked, closed_route

    if agent is None:
        return closed_route()
    test_urls = tuple(u.strip() for u in (settings.teams_test_service_url or "").split(",") if u.strip())

    async def process(request):
        return await start_agent_process(request, agent, adapter)

    return jwt_authorization_decorator(checked(process, test_urls))
