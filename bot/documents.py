"""The indexed documents per organisation, with their periods, for `kilder` on every surface.

One listing; each surface passes its own markup (Slack's *bold* and <url|title>, Teams'
markdown), so the surfaces cannot drift apart in what they show.
"""

from __future__ import annotations

from typing import Callable

from prompts import render

# Beyond this many organisations `kilder` lists them with their number of documents, and
# `kilder <organisation>` lists one: a region's full listing would not fit in a Teams message.
MAX_LISTED_ORGANISATIONS = 10


def documents_text(catalog, language: str, bold: Callable[[str], str], link: Callable[[str, str], str],
                   bullet: str = "• ", escape: Callable[[str], str] = str, organisation: str | None = None) -> str:
    """The listing for `kilder` (or `kilder <organisation>`, already matched to a stored name):
    documents per organisation, or the organisations alone when there are many."""
    if not catalog.sources:
        return render("no_documents", language)
    listing = catalog.listing()
    if organisation:
        listing = {organisation: listing[organisation]}
    lines = [bold(render("documents_heading", language))]
    if len(listing) > MAX_LISTED_ORGANISATIONS:
        lines += [f"{bullet}{escape(organisation)} ({len(documents)})" for organisation, documents in listing.items()]
        lines.append("\n" + render("documents_per_organisation", language,
                                   organisations=len(listing), documents=len(catalog.sources),
                                   example=escape(next(iter(listing)).split()[0])))
        return "\n".join(lines)
    for organisation, documents in listing.items():
        lines.append("\n" + bold(escape(organisation)) + ("\n" if bullet.startswith("-") else ""))
        for info in documents:
            title = link(info.url, escape(info.title)) if info.url else escape(info.title)
            period = f" ({info.period_label()})" if info.period_label() else ""
            lines.append(f"{bullet}{title}{period}")
    return "\n".join(lines)
