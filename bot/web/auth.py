"""Who is asking in the web chat: sign-in through OpenID Connect, kept in a signed session cookie.

The web chat serves restricted documents to the groups an identity provider (Microsoft Entra ID or
any OIDC provider) says a person is in, so the identity must come from a validated ID token, never
from the browser. The flow is the authorization code flow with PKCE, through Authlib; the session
is a cookie signed with STRATEGIBOT_SESSION_SECRET (itsdangerous), so several `serve` workers with
the same secret share sessions and nothing is stored on the server.

Three modes, decided once from the settings (`WebAuth.mode`):
- "oidc": sign-in required for the page, /api/*, /rapport and downloads;
- "off" (STRATEGIBOT_WEB_AUTH=off): one local person, no sign-in, every role; `serve` binds
  127.0.0.1 then, unless told otherwise;
- "unconfigured": neither, e.g. a Slack-only deployment: the web chat answers 503 and says so.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlencode, urlparse

from itsdangerous import BadSignature, URLSafeTimedSerializer

log = logging.getLogger(__name__)

SESSION_COOKIE = "strategibot_session"
LOGIN_COOKIE = "strategibot_login"
LOGIN_SECONDS = 600  # from the redirect to the provider until the callback
STAFF, OWNER, ADMIN = "staff", "owner", "admin"


@dataclass(frozen=True)
class WebUser:
    """The signed-in person as the session cookie holds it: the provider's subject, the access
    groups and roles their groups map to, and the token their page sends with each POST."""
    subject: str
    name: str = ""
    access: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset({STAFF})
    csrf: str = ""
    session: str = ""  # this sign-in's id, so that signing out ends it on the server too

    def as_json(self) -> dict:
        return {"name": self.name or self.subject, "roles": sorted(self.roles), "access": list(self.access)}


LOCAL_USER = WebUser("local", "lokal bruger", (), frozenset({STAFF, OWNER, ADMIN}))


def parse_mapping(text: str | None) -> dict[str, list[str]]:
    """STRATEGIBOT_OIDC_GROUPS: "<group id>=ledelse,<group id>=hr" → group id → access groups;
    one group id may be listed more than once."""
    mapping: dict[str, list[str]] = {}
    for part in (text or "").replace(";", ",").split(","):
        if "=" in part:
            group, _, access = part.partition("=")
            if group.strip() and access.strip():
                mapping.setdefault(group.strip(), []).append(access.strip())
    return mapping


def parse_ids(text: str | None) -> set[str]:
    return {part.strip() for part in (text or "").replace(";", ",").split(",") if part.strip()}


def is_loopback_http(url: str) -> bool:
    """A plain-HTTP address on this machine: the one place a session cookie may go without Secure."""
    parsed = urlparse(url)
    if parsed.scheme != "http":
        return False
    host = (parsed.hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def safe_next(target: str | None) -> str:
    """Where to go after sign-in: a path on this site only, never another host."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")) or "\\" in target \
            or any(ord(c) < 0x21 or ord(c) == 0x7f for c in target):  # no header injection via Location
        return "/"
    return target


@dataclass
class WebAuth:
    mode: str  # "oidc", "off" or "unconfigured"
    issuer: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    redirect_url: str | None = None
    scopes: str = "openid profile email"
    groups_claim: str = "groups"
    groups: dict[str, list[str]] = field(default_factory=dict)
    owners: set[str] = field(default_factory=set)
    admins: set[str] = field(default_factory=set)
    secret: str = ""
    session_seconds: float = 8 * 3600
    _provider: object = None
    # session id → True once signed out (Database.session_ended), set by the web routes
    ended: Callable[[str], bool] | None = None

    @classmethod
    def from_settings(cls, settings) -> "WebAuth":
        if settings.web_open:
            return cls("off")
        if not (settings.oidc_issuer and settings.oidc_client_id):
            return cls("unconfigured")
        secret = settings.session_secret
        if not secret:
            secret = secrets.token_urlsafe(32)
            log.warning("STRATEGIBOT_SESSION_SECRET er ikke sat: sessioner gælder kun for denne proces og "
                        "forsvinder ved genstart. Sæt den (samme værdi på alle workers).")
        return cls("oidc", issuer=settings.oidc_issuer.rstrip("/"), client_id=settings.oidc_client_id,
                   client_secret=settings.oidc_client_secret, redirect_url=settings.oidc_redirect_url,
                   scopes=settings.oidc_scopes, groups_claim=settings.oidc_groups_claim,
                   groups=parse_mapping(settings.oidc_groups), owners=parse_ids(settings.oidc_owners),
                   admins=parse_ids(settings.oidc_admins), secret=secret,
                   session_seconds=settings.session_hours * 3600)

    # --- the session cookie -------------------------------------------------------------------

    def _serializer(self, salt: str) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self.secret, salt=salt)

    def user(self, request) -> WebUser | None:
        """The signed-in user of a request, LOCAL_USER when sign-in is off, None otherwise."""
        if self.mode == "off":
            return LOCAL_USER
        if self.mode != "oidc":
            return None
        cookie = request.cookies.get(SESSION_COOKIE)
        if not cookie:
            return None
        try:
            data = self._serializer("session").loads(cookie, max_age=int(self.session_seconds))
            user = WebUser(str(data["sub"]), str(data.get("name") or ""), tuple(data.get("access") or ()),
                           frozenset(data.get("roles") or (STAFF,)), str(data["csrf"]), str(data["sid"]))
        except (BadSignature, KeyError, TypeError, ValueError):
            return None
        if self.ended is not None and self.ended(user.session):  # signed out: a copied cookie is dead too
            return None
        return user

    def user_from_claims(self, claims: dict) -> WebUser:
        """The ID token's groups (or app roles, with STRATEGIBOT_OIDC_GROUPS_CLAIM=roles) → access
        groups and roles; a group nobody mapped gives nothing."""
        groups = claims.get(self.groups_claim) or []
        groups = {str(g) for g in (groups if isinstance(groups, list) else [groups])}
        access = sorted({a for g in groups for a in self.groups.get(g, [])})
        roles = {STAFF}
        if groups & self.admins:
            roles |= {ADMIN, OWNER}
        if groups & self.owners:
            roles.add(OWNER)
        name = claims.get("name") or claims.get("preferred_username") or claims.get("email") or ""
        return WebUser(str(claims["sub"]), str(name), tuple(access), frozenset(roles), secrets.token_urlsafe(24),
                       secrets.token_urlsafe(18))

    def session_cookie(self, user: WebUser) -> str:
        return self._serializer("session").dumps({"sub": user.subject, "name": user.name, "access": list(user.access),
                                                  "roles": sorted(user.roles), "csrf": user.csrf, "sid": user.session})

    def cookie_options(self, request) -> dict:
        """HttpOnly and SameSite=Lax always; Secure unless the site is plain HTTP on loopback."""
        where = self.redirect_url or str(request.url)
        return {"httponly": True, "samesite": "Lax", "secure": not is_loopback_http(where), "path": "/"}

    # --- the provider ---------------------------------------------------------------------------

    def provider(self):
        """Authlib's OAuth 2 / OpenID client for the provider, configured from its discovery document."""
        if self._provider is None:
            from authlib.integrations.base_client import BaseApp
            from authlib.integrations.base_client.async_app import AsyncOAuth2Mixin
            from authlib.integrations.base_client.async_openid import AsyncOpenIDMixin
            from authlib.integrations.httpx_client import AsyncOAuth2Client

            class Provider(AsyncOAuth2Mixin, AsyncOpenIDMixin, BaseApp):
                client_cls = AsyncOAuth2Client

            client_kwargs = {"scope": self.scopes, "code_challenge_method": "S256", "timeout": 15}
            if not self.client_secret:  # a public client: PKCE alone
                client_kwargs["token_endpoint_auth_method"] = "none"
            self._provider = Provider(
                None, name="oidc", client_id=self.client_id, client_secret=self.client_secret,
                server_metadata_url=f"{self.issuer}/.well-known/openid-configuration", client_kwargs=client_kwargs)
        return self._provider

    def callback_url(self, request) -> str:
        return self.redirect_url or str(request.url.with_path("/auth/callback").with_query(None))

    async def login_redirect(self, request) -> tuple[str, str]:
        """(the provider's authorization URL, the signed login cookie holding state, nonce and the
        PKCE verifier until the callback)."""
        provider = self.provider()
        metadata = await provider.load_server_metadata()
        if str(metadata.get("issuer", "")).rstrip("/") != self.issuer:
            provider.server_metadata.clear()
            raise ValueError(f"the discovery document names issuer {metadata.get('issuer')!r}, not {self.issuer!r}")
        redirect_uri = self.callback_url(request)
        rv = await provider.create_authorization_url(redirect_uri)
        pending = {"state": rv["state"], "nonce": rv["nonce"], "verifier": rv["code_verifier"],
                   "redirect_uri": redirect_uri, "next": safe_next(request.query.get("next"))}
        return rv["url"], self._serializer("login").dumps(pending)

    async def finish_login(self, request) -> tuple[WebUser, str]:
        """The callback: the state must be the one this browser was sent off with; the code is
        exchanged with the PKCE verifier, and the ID token's signature, issuer, audience, expiry
        and nonce are checked. Returns the user and where they were going."""
        if request.query.get("error"):
            raise PermissionError(request.query.get("error_description") or request.query["error"])
        try:
            pending = self._serializer("login").loads(request.cookies.get(LOGIN_COOKIE, ""), max_age=LOGIN_SECONDS)
        except BadSignature as exc:
            raise PermissionError("no sign-in under way in this browser") from exc
        if not secrets.compare_digest(str(request.query.get("state", "")), str(pending["state"])):
            raise PermissionError("state does not match")
        provider = self.provider()
        token = await provider.fetch_access_token(redirect_uri=pending["redirect_uri"],
                                                  code=request.query.get("code", ""),
                                                  code_verifier=pending["verifier"])
        claims = await provider.parse_id_token(token, nonce=pending["nonce"])
        if claims is None:
            raise PermissionError("the provider sent no ID token")
        return self.user_from_claims(dict(claims)), pending["next"]

    async def logout_url(self, request) -> str:
        """The provider's end-session endpoint when it has one, else the page itself."""
        metadata = await self.provider().load_server_metadata()
        home = str(request.url.with_path("/").with_query(None)) if not self.redirect_url else \
            self.redirect_url.rsplit("/auth/callback", 1)[0] + "/"
        end = metadata.get("end_session_endpoint")
        if not end:
            return "/"
        return f"{end}{'&' if '?' in end else '?'}" + urlencode({"client_id": self.client_id,
                                                                 "post_logout_redirect_uri": home})
