"""The Teams app package: manifest.json and the two icons, zipped, ready to upload in Teams.

Built from the settings (MICROSOFT_APP_ID, STRATEGIBOT_PUBLIC_URL), so each municipality's
package names its own bot and address.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from urllib.parse import urlparse

MANIFEST_VERSION = "1.17"


class PackageError(ValueError):
    pass


def manifest(app_id: str, public_url: str, version: str = "1.0.0") -> dict:
    host = urlparse(public_url).hostname
    if not host:
        raise PackageError("STRATEGIBOT_PUBLIC_URL skal være en adresse som https://bot.kommune.dk, "
                           f"ikke {public_url!r}")
    return {
        "$schema": f"https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json",
        "manifestVersion": MANIFEST_VERSION, "version": version, "id": app_id,
        "developer": {"name": "strategibot", "websiteUrl": public_url, "privacyUrl": public_url,
                      "termsOfUseUrl": public_url},
        "name": {"short": "strategibot", "full": "strategibot: spørg kommunens strategier"},
        "description": {"short": "Svar om kommunens strategier, med kilder du kan tjekke.",
                        "full": "Stil spørgsmål om kommunens strategier (pejlemærker, målsætninger, "
                                "principper og indsatser) og få svar med kilder: organisation, dokument, "
                                "afsnit og side, med det citerede afsnit."},
        "icons": {"color": "color.png", "outline": "outline.png"}, "accentColor": "#2C5F7C",
        "bots": [{"botId": app_id, "scopes": ["personal", "team", "groupChat"],
                  "supportsFiles": False, "isNotificationOnly": False,
                  "commandLists": [{"scopes": ["personal", "team", "groupChat"], "commands": [
                      {"title": "hjælp", "description": "Hvad jeg kan, med eksempler"},
                      {"title": "kilder", "description": "De dokumenter, jeg svarer ud fra"}]}]}],
        "permissions": ["identity", "messageTeamMembers"], "validDomains": [host],
    }


def _icon(size: int, outline: bool) -> bytes:
    """A plain mark: a filled square for the colour icon, a white outline on transparent for the other."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0) if outline else (44, 95, 124, 255))
    draw = ImageDraw.Draw(image)
    margin = size // 5
    box = (margin, margin, size - margin, size - margin)
    if outline:
        draw.rectangle(box, outline=(255, 255, 255, 255), width=max(1, size // 16))
    else:
        draw.ellipse(box, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def build_package(app_id: str | None, public_url: str | None, out: Path) -> Path:
    if not app_id:
        raise PackageError("MICROSOFT_APP_ID mangler: botten skal være registreret (Azure Bot) først")
    if not public_url:
        raise PackageError("STRATEGIBOT_PUBLIC_URL mangler: den adresse, Teams når `serve` på")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest(app_id, public_url), indent=2, ensure_ascii=False))
        archive.writestr("color.png", _icon(192, outline=False))
        archive.writestr("outline.png", _icon(32, outline=True))
    return out
