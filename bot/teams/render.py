"""Answer → a Teams message: the text with [n] markers, citation entities the Teams client shows
as citations, and an Adaptive Card with organisation · title · section · page and the passage.

`clarify` and `no_answer` open the card with a coloured label; answers that can be rated close it
with 👍/👎 buttons whose submit carries the stored answer's id.
"""

from __future__ import annotations

from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer
from prompts import render

CARD = "application/vnd.microsoft.card.adaptive"
ABSTRACT_LIMIT = 160  # Teams shows at most this much of a citation's passage in its pop-up
NAME_LIMIT = 80


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def citation_entity(answer: Answer):
    from microsoft_agents.activity.entity.ai_entity import AIEntity, ClientCitation, ClientCitationAppearance

    citations = []
    for n, c in enumerate(answer.citations, 1):
        keywords = [k for k in (c.organisation, c.section.split(" › ")[0]) if k][:3]
        citations.append(ClientCitation(position=n, appearance=ClientCitationAppearance(
            name=_clip(f"{c.title} · {c.section}", NAME_LIMIT), abstract=_clip(c.text, ABSTRACT_LIMIT),
            url=c.link() or None, keywords=[_clip(k, 28) for k in keywords])))
    return AIEntity(citation=citations)


def card(answer: Answer, answer_id: int | None) -> dict:
    body: list[dict] = []
    if answer.status == CLARIFY:
        body.append({"type": "TextBlock", "text": render("label_clarify", answer.language).split(" ", 1)[1],
                     "weight": "Bolder", "color": "Warning", "wrap": True})
    elif answer.status == NO_ANSWER:
        body.append({"type": "TextBlock", "text": render("label_no_answer", answer.language).split(" ", 1)[1],
                     "weight": "Bolder", "color": "Attention", "wrap": True})
    body.append({"type": "TextBlock", "text": answer.text, "wrap": True})
    if answer.citations:
        body.append({"type": "TextBlock", "text": render("sources_heading", answer.language),
                     "weight": "Bolder", "separator": True, "spacing": "Medium"})
    for n, c in enumerate(answer.citations, 1):
        where = [c.organisation, c.title, c.section]
        if c.page:
            where.append(render("page", answer.language, page=c.page))
        items = [{"type": "TextBlock", "text": f"[{n}] " + " · ".join(w for w in where if w),
                  "isSubtle": True, "size": "Small", "wrap": True},
                 {"type": "TextBlock", "text": f"«{c.text}»", "wrap": True, "fontType": "Default"}]
        container: dict[str, object] = {"type": "Container", "items": items, "spacing": "Small"}
        if c.link():
            container["selectAction"] = {"type": "Action.OpenUrl", "url": c.link()}
        body.append(container)
    result = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5", "body": body}
    if answer_id is not None and answer.status in (ANSWERED, CLARIFY):
        result["actions"] = [
            {"type": "Action.Submit", "title": render(name, answer.language),
             "data": {"strategibot": "feedback", "answer_id": answer_id, "rating": rating}}
            for name, rating in (("button_up", 1), ("button_down", -1))]
    return result


def answer_activity(answer: Answer, answer_id: int | None):
    from microsoft_agents.activity import Activity, ActivityTypes, Attachment

    activity = Activity(type=ActivityTypes.message, text=answer.text, text_format="markdown",
                        attachments=[Attachment(content_type=CARD, content=card(answer, answer_id))])
    if answer.citations:
        activity.entities = [citation_entity(answer)]
    return activity
