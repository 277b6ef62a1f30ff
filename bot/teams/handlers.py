"""Teams activities → `Question`, answered by the core, sent back as a message with citations.

Personal chat, group chat and channel @mentions arrive as message activities; a card's 👍/👎
arrives as a message whose `value` names the stored answer.
"""

from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from bot.answer.answerer import clean_question
from bot.database import WORKSPACE
from bot.documents import documents_text
from bot.teams.render import answer_activity
from prompts import render
from retrieval.query import detect_language, match_organisation

log = logging.getLogger(__name__)
SURFACE = "teams"
_MENTION = re.compile(r"<at>.*?</at>", re.S)
_CARD = "application/vnd.microsoft.card.adaptive"


def teams_markdown(text: str) -> str:
    """The shared help text is written with *bold*; Teams' markdown wants **bold**."""
    return re.sub(r"(?<![*\w])\*(\S[^*\n]*?)\*(?![*\w])", r"**\1**", text)


def documents_markdown(catalog, language: str, organisation: str | None = None) -> str:
    return documents_text(catalog, language, bold=lambda t: f"**{t}**",
                          link=lambda url, title: f"[{title}]({url})", bullet="- ", organisation=organisation)


class TeamsHandlers:
    def __init__(self, core, database, channels: dict[str, str] | None = None,
                 admins: set[str] | None = None, executor: ThreadPoolExecutor | None = None,
                 shelf=None, public_url: str | None = None, access_file=None, proactive_after: float = 10.0):
        self.core = core
        self.db = database
        self.channels = channels or {}  # conversation or team id, or "default" → organisation
        self.admins = admins or set()  # Entra object ids allowed to tie a chat to an organisation
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        self.access_file = access_file
        self._features: dict[tuple[str, ...], object] = {}
        self.proactive_after = proactive_after  # seconds before the answer is sent proactively
        self._pending: set = set()
        self.shelf, self.public_url = shelf, public_url  # where plans can be downloaded from

    def register(self, agent) -> None:
        agent.activity("message")(self.on_message)

    def features_for(self, conversation: str, team: str | None):
        from bot.settings import access_from_file

        groups = tuple(access_from_file(self.access_file, SURFACE, conversation, team))
        if groups not in self._features:
            self._features[groups] = self.core.for_access(groups).features(self.db)
        return self._features[groups]

    def organisation(self, conversation: str, team: str | None) -> str | None:
        for key in (conversation, team):
            if key and (found := self.db.organisation(SURFACE, key) or self.channels.get(key)):
                return found
        return self.db.organisation(SURFACE, WORKSPACE) or self.channels.get("default")

    async def on_message(self, context, state) -> None:
        activity = context.activity
        value = activity.value if isinstance(activity.value, dict) else {}
        if value.get("strategibot") == "feedback":
            await asyncio.to_thread(self.db.rate, int(value["answer_id"]), int(value["rating"]))
            await context.send_activity(render("feedback_thanks", "da"))
            return
        text = _MENTION.sub(" ", activity.text or "").strip()
        language = detect_language(text)
        files = [a for a in activity.attachments or [] if a.content_type not in (_CARD, "text/html")]
        if files and not text:
            await context.send_activity(render("file_share", language))
            return
        if not clean_question(text):
            await context.send_activity(render("empty_mention", language))
            return
        word, _, rest = text.partition(" ")
        sources = word.lower() in ("kilder", "sources")
        catalog = self.features_for(*self._keys(activity)).core.catalog if sources else None  # this chat's
        named = match_organisation(rest, catalog.organisations) if sources and rest else None
        if word.lower() in ("hjælp", "hjaelp", "help") and not rest:
            await context.send_activity(teams_markdown(render("help", language)))
        elif sources and (named or not rest):  # "kilder <anything else>" is a question
            await context.send_activity(documents_markdown(catalog, language, named))
        elif word.lower() == "organisation" and rest:
            await context.send_activity(self._set_organisation(activity, rest.strip(), language))
        else:
            await self.answer(context, text)

    def _keys(self, activity) -> tuple[str, str | None]:
        data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
        return activity.conversation.id, (data.get("team") or {}).get("id")

    def _set_organisation(self, activity, name: str, language: str) -> str:
        if (activity.from_property.aad_object_id or activity.from_property.id) not in self.admins:
            return render("not_admin", language)
        organisation = match_organisation(name, self.core.catalog.organisations)
        if not organisation:
            return render("organisation_unknown", language, name=name,
                          organisations=", ".join(self.core.catalog.organisations))
        conversation, team = self._keys(activity)
        self.db.set_organisation(SURFACE, team or conversation, organisation, activity.from_property.id)
        return render("organisation_set", language, organisation=organisation)

    async def answer(self, context, text: str) -> None:
        """Within the turn when the answer is quick; otherwise the turn ends with a note and the
        answer follows proactively, so Teams gets its HTTP answer well inside its 15 seconds."""
        activity = context.activity
        conversation, team = self._keys(activity)
        language = detect_language(text)
        try:
            await context.send_activity(_typing())
        except Exception:  # only a courtesy: the answer matters, and is retried itself
            log.warning("the typing indicator could not be sent")
        user = activity.from_property.aad_object_id or activity.from_property.id
        task = asyncio.ensure_future(self._message(text, conversation, team, user, activity.from_property.id))
        try:
            message = await asyncio.wait_for(asyncio.shield(task), timeout=self.proactive_after)
        except asyncio.TimeoutError:
            await send_with_retry(context, render("working_long", language))
            reference = activity.get_conversation_reference().get_continuation_activity()
            later = asyncio.ensure_future(self._send_later(context.adapter, context.identity, reference, task))
            self._pending.add(later)
            later.add_done_callback(self._pending.discard)
            return
        await send_with_retry(context, message)

    async def _message(self, text: str, conversation: str, team: str | None, user: str, sender: str):
        try:
            reply = await asyncio.get_running_loop().run_in_executor(
                self.executor, self.features_for(conversation, team).handle, text, SURFACE, user,
                self.organisation(conversation, team))
            answer_id = await asyncio.to_thread(self.db.record_answer, SURFACE, conversation, sender, text,
                                                reply.answer)
        except Exception:
            log.exception("answering failed")
            from microsoft_agents.activity import Activity, ActivityTypes

            return Activity(type=ActivityTypes.message, text=render("failed", detect_language(text)))
        message = answer_activity(reply.answer, answer_id)
        if reply.files and self.shelf is not None and self.public_url:
            from microsoft_agents.activity import Attachment

            # Teams bots cannot attach a file's bytes to a chat message; they link to a download
            message.attachments += [Attachment(content_type=f.mime, name=f.name, content_url=(
                f"{self.public_url.rstrip('/')}/api/files/{self.shelf.put(f)}/{f.name}")) for f in reply.files]
        return message

    @staticmethod
    async def _send_later(adapter, identity, reference, task) -> None:
        message = await task

        async def send(turn_context):
            await send_with_retry(turn_context, message)

        try:
            await adapter.continue_conversation_with_claims(identity, reference, send)
        except Exception:
            log.exception("the proactive answer could not be sent")


async def send_with_retry(context, activity, attempts: int = 4):
    """Send to the Bot Connector, retrying its errors (throttling, 5xx, a dropped connection) with
    exponential back-off; each retry is logged, and the last error is raised."""
    from tenacity import AsyncRetrying, before_sleep_log, stop_after_attempt, wait_exponential

    async for attempt in AsyncRetrying(stop=stop_after_attempt(attempts), reraise=True,
                                       wait=wait_exponential(multiplier=0.5, max=8),
                                       before_sleep=before_sleep_log(log, logging.WARNING)):
        with attempt:
            return await context.send_activity(activity)


def _typing():
    from microsoft_agents.activity import Activity, ActivityTypes

    return Activity(type=ActivityTypes.typing)
