"""Wiring: a Microsoft 365 Agents SDK `AgentApplication` on the assistant, at /api/messages.

With credentials (MICROSOFT_APP_ID/PASSWORD/TENANT_ID, or the SDK's own CONNECTIONS__… variables)
every request's JWT is validated and an unauthenticated one gets 401. Without them the endpoint
accepts anonymous requests, for local testing (e.g. the Agents Playground), and says so loudly.
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


def build_teams(settings, assistant, database, shelf=None):
    """(agent application, adapter, auth configuration, anonymous?) for /api/messages."""
    from microsoft_agents.hosting.aiohttp import CloudAdapter
    from microsoft_agents.hosting.core import AgentApplication, MemoryStorage, TurnState

    from bot.teams.handlers import TeamsHandlers

    config = sdk_configuration(settings)
    if config is None:
        connections, config = AnonymousConnections(), {}
        log.warning("TEAMS UDEN GODKENDELSE: MICROSOFT_APP_ID er ikke sat, så /api/messages tager imod "
                    "uautentificerede forespørgsler. Kun til lokal test (fx Agents Playground).")
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
    anonymous = isinstance(connections, AnonymousConnections)
    return agent, adapter, connections.get_default_connection_configuration(), anonymous


def teams_route(agent, adapter):
    """The aiohttp handler for /api/messages, behind the SDK's JWT check."""
    from microsoft_agents.hosting.aiohttp import jwt_authorization_decorator, start_agent_process

    @jwt_authorization_decorator
    async def handle(request):
        return await start_agent_process(request, agent, adapter)

    return handle
