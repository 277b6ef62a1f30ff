"""All configuration, read once from the environment (and `.env`) into one typed object.

An empty variable counts as unset, so `OPENAI_API_KEY=` in a `.env` copied from `.env.example`
leaves the bot in its offline default instead of failing on an empty key.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    data_dir: Path = Field(Path("data"), alias="STRATEGIBOT_DATA")
    chroma_host: str | None = Field(None, alias="CHROMA_HOST")
    chroma_port: int = Field(8000, alias="CHROMA_PORT")

    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field("gpt-4o-mini", alias="OPENAI_MODEL")
    openai_embedding_model: str | None = Field(None, alias="OPENAI_EMBEDDING_MODEL")
    azure_openai_endpoint: str | None = Field(None, alias="AZURE_OPENAI_ENDPOINT")
    openai_api_version: str = Field("2024-10-21", alias="OPENAI_API_VERSION")
    llm_timeout: float = Field(30.0, alias="LLM_TIMEOUT")
    # hosts a generated answer may link to besides those the documents' url metadata are on
    link_hosts: str | None = Field(None, alias="STRATEGIBOT_LINK_HOSTS")

    log_questions: bool = Field(False, alias="STRATEGIBOT_LOG_QUESTIONS")
    reload_seconds: float = Field(30, alias="STRATEGIBOT_RELOAD_SECONDS")
    retention_days: float = Field(30, alias="STRATEGIBOT_RETENTION_DAYS")
    top_k: int = Field(6, alias="STRATEGIBOT_TOP_K")
    max_question_chars: int = Field(2000, alias="STRATEGIBOT_MAX_QUESTION_CHARS")
    # below this the documents do not cover a question; set per embedding model (see answerer.py)
    min_similarity: float | None = Field(None, alias="STRATEGIBOT_MIN_SIMILARITY")

    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    channels_file: Path | None = Field(None, alias="STRATEGIBOT_CHANNELS")
    # restricted document sets a .meta.toml's access may name, besides those in the channels file
    access_groups: str | None = Field(None, alias="STRATEGIBOT_ACCESS_GROUPS")
    microsoft_app_id: str | None = Field(None, alias="MICROSOFT_APP_ID")
    microsoft_app_password: str | None = Field(None, alias="MICROSOFT_APP_PASSWORD")
    microsoft_app_tenant_id: str | None = Field(None, alias="MICROSOFT_APP_TENANT_ID")
    teams_proactive_after: float = Field(10.0, alias="STRATEGIBOT_TEAMS_PROACTIVE_AFTER")
    teams_admins: str | None = Field(None, alias="TEAMS_ADMINS")  # Entra object ids, comma-separated
    # no credentials: /api/messages answers 401, unless this is on and serve listens on loopback
    teams_anonymous: bool = Field(False, alias="STRATEGIBOT_TEAMS_ANONYMOUS")
    # serviceUrl prefixes replies may go to besides the Bot Framework's hosts (the tests' recorder)
    teams_test_service_url: str | None = Field(None, alias="STRATEGIBOT_TEAMS_TEST_SERVICE_URL")
    database_url: str | None = Field(None, alias="DATABASE_URL")  # PostgreSQL; unset: SQLite in the data dir
    public_url: str | None = Field(None, alias="STRATEGIBOT_PUBLIC_URL")  # for the Teams app package
    host: str | None = Field(None, alias="HOST")  # 0.0.0.0, or 127.0.0.1 when the web chat is open
    port: int = Field(3000, alias="PORT")

    # The web chat's sign-in (bot/web/auth.py): OpenID Connect, or "off" for local use on loopback.
    web_auth: str | None = Field(None, alias="STRATEGIBOT_WEB_AUTH")
    oidc_issuer: str | None = Field(None, alias="STRATEGIBOT_OIDC_ISSUER")
    oidc_client_id: str | None = Field(None, alias="STRATEGIBOT_OIDC_CLIENT_ID")
    oidc_client_secret: str | None = Field(None, alias="STRATEGIBOT_OIDC_CLIENT_SECRET")
    oidc_redirect_url: str | None = Field(None, alias="STRATEGIBOT_OIDC_REDIRECT_URL")
    oidc_scopes: str = Field("openid profile email", alias="STRATEGIBOT_OIDC_SCOPES")
    oidc_groups_claim: str = Field("groups", alias="STRATEGIBOT_OIDC_GROUPS_CLAIM")
    oidc_groups: str | None = Field(None, alias="STRATEGIBOT_OIDC_GROUPS")  # "<group id>=ledelse,…"
    oidc_owners: str | None = Field(None, alias="STRATEGIBOT_OIDC_OWNERS")  # group ids: strategy owners
    oidc_admins: str | None = Field(None, alias="STRATEGIBOT_OIDC_ADMINS")  # group ids: admins
    session_secret: str | None = Field(None, alias="STRATEGIBOT_SESSION_SECRET")
    session_hours: float = Field(8, alias="STRATEGIBOT_SESSION_HOURS")
    web_rate_limit: str = Field("20/minute", alias="STRATEGIBOT_WEB_RATE_LIMIT")
    frame_ancestors: str = Field("'none'", alias="STRATEGIBOT_FRAME_ANCESTORS")

    @property
    def web_open(self) -> bool:
        """STRATEGIBOT_WEB_AUTH=off: the web chat without sign-in, for one person on their own machine."""
        return (self.web_auth or "").strip().lower() in ("off", "0", "false", "no", "nej")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url or self.azure_openai_endpoint)


def channels_from_file(path: Path | None, surface: str) -> dict[str, str]:
    """The `[slack]` or `[teams]` table of the STRATEGIBOT_CHANNELS file: channel, team or
    "default" → organisation."""
    if not path:
        return {}
    import tomllib

    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.get(surface, {}).items()}


def access_from_file(path: Path | None, surface: str, *keys: str | None) -> list[str]:
    """The restricted document sets a channel or team may see: `[access]` in the channels file,
    keyed "surface:channel" (or "surface:team"), e.g. "slack:C0123" = ["ledelse"]."""
    if not path:
        return []
    import tomllib

    table = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("access", {})
    return sorted({group for key in keys if key for group in table.get(f"{surface}:{key}", [])})


def configured_access_groups(settings) -> frozenset[str]:
    """Every restricted set something is configured to see: STRATEGIBOT_ACCESS_GROUPS and the
    groups in the channels file's `[access]` table."""
    groups = {g.strip().lower() for g in (settings.access_groups or "").split(",") if g.strip()}
    if settings.channels_file:
        import tomllib

        table = tomllib.loads(Path(settings.channels_file).read_text(encoding="utf-8")).get("access", {})
        groups |= {str(g).strip().lower() for values in table.values() for g in values}
    return frozenset(groups)


def load_settings(**overrides) -> Settings:
    settings = Settings()
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    return settings
