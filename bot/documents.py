"""The indexed documents per organisation, with their periods, for `kilder` on every surface.

One listing; each surface passes its own markup (Slack's *bold* and <url|title>, Teams'
markdown), so the surfaces cannot drift apart in what they show.
"""

from __future__ import annotations

from typing import Callable

from prompts import render


def documents_text(catalog, language: str, bold: Callable[[str], str], link: Callable[[str, str], str],
                   bullet: str = "• ", escape: Callable[[str], str] = str) -> str:
    if not catalog.sources:
        return render("no_documents", language)
    lines = [bold(render("documents_heading", language))]
    for organisation, documents in catalog.listing().items():
        lines.append("\n" + bold(escape(organisation)) + ("\n" if bullet.startswith("-") else ""))
        for info in documents:
            title = link(info.url, escape(info.title)) if info.url else escape(info.title)
            period = f" ({info.period_label()})" if info.period_label() else ""
            lines.append(f"{bullet}{title}{period}")
    return "\n".join(lines)
