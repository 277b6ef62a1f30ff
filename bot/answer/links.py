"""Which links a generated answer may contain: only to hosts the organisation publishes its own
documents on (their `url` metadata) or that settings allow; never a script, a scheme-relative or a
bare-domain link.

A link found in a retrieved passage is not enough: a planted "read more at …" in a public document
would then come out as the bot's own words. Every kind of link a chat client makes clickable is
looked for (markdown, <autolinks>, http(s), www., //host, bare domains, javascript: and data:).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SCRIPT = re.compile(r"\b(?:javascript|vbscript)\s*:|\bdata:[a-z]+/[a-z]|\bfile:/", re.I)
_MARKDOWN = re.compile(r"\]\(\s*<?([^)\s>]+)")
_URL = re.compile(r"(?<![\w/])(?:https?:)?//[^\s<>()\[\]\"']+|(?<![\w.@/-])www\.[^\s<>()\[\]\"']+", re.I)
_BARE = re.compile(r"(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24}))(?=[/:\s,;!?)»\"']|\.?$|\.\s)",
                   re.I)
# Common top-level domains; a dotted word ending in another (f.eks, bl.a) is taken for one only
# when one of its labels is long enough to be a name ("phish.example", "kommune.dk").
_TLDS = frozenset("dk com org net eu info io gov edu de se no fi is uk fo gl nl be fr es it pl ch at "
                  "co me app dev xyz site online ly to tv cc biz example test".split())


def host_of(url: str) -> str:
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def allowed(host: str, hosts: "set[str] | frozenset[str]") -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts if h)


def _bare_domains(text: str) -> list[str]:
    found = []
    for match in _BARE.finditer(text):
        name, tld = match.group(1), match.group(2).lower()
        labels = name.split(".")
        if tld in _TLDS or any(len(label) >= 4 for label in labels[:-1]):
            found.append(name)
    return found


def link_problem(text: str, hosts: "set[str] | frozenset[str]") -> str | None:
    """Why `text` may not be shown as written (in Danish, for the fallback note), or None."""
    if _SCRIPT.search(text):
        return "et script-link"
    targets = _MARKDOWN.findall(text) + _URL.findall(text)
    for target in targets:
        if target.startswith("//"):
            return "et link uden protokol (//…)"
        if _SCRIPT.match(target):
            return "et script-link"
        if not re.match(r"(?i)https?://", target):
            return "et link uden https:// til en adresse, kilderne ikke giver"
        if not allowed(host_of(target), hosts):
            return "et link til en adresse, som organisationens dokumenter ikke ligger på"
    rest = _URL.sub(" ", _MARKDOWN.sub("](", text))
    if _bare_domains(rest):
        return "et link uden https:// til en adresse, kilderne ikke giver"
    return None
