"""Teams activities → `Message`, answered by the assistant, sent back as a message with citations.

A converter: personal chat, group chat and channel @mentions arrive as message activities and
become a `Message` (a reply chain of a channel, or a chat, is a conversation); the `Reply` becomes
a Teams message. A card's 👍/👎 arrives as a message whose `value` names the stored answer.
"""

from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from bot.answer.answerer import clean_question
from bot.documents import documents_text
from bot.message import Message, Surface
from bot.teams.render import answer_activity, escape
from prompts import render
from retrieval.query import detect_language

log = logging.getLogger(__name__)
SURFACE = Surface.TEAMS
_MENTION = re.compile(r"<at>.*?</at>", re.S)
_CARD = "application/vnd.microsoft.card.adaptive"


def teams_markdown(text: str) -> str:
    """The shared help text is written with *bold*; Teams' markdown wants **bold**."""
    return re.sub(r"(?<![*\w])\*(\S[^*\n]*?)\*(?![*\w])", r"**\1**", text)


def documents_markdown(catalog, language: str, organisation: str | None = None) -> str:
    return documents_text(catalog, language, bold=lambda t: f"**{t}**",
                          link=lambda url, title: f"[{title}]({url})", bullet="- ", escape=escape,
                          organisation=organisation)


def authenticated(identity) -> bool:
    """True when the request carried a JWT the SDK validated: the activity then comes from the Bot
    Connector, which vouches for who sent it. An anonymous request's fields are the caller's word."""
    return bool(identity is not None and getattr(identity, "claims", None) and not identity.allow_anonymous)


def teams_message(activity, text: str, admins: set[str], identity=None) -> Message:
    """Who wrote, where: the chat (or the channel's reply chain, `;messageid=` in its id) is the
    conversation; the channel and the team are what an admin can tie to an organisation. Being an
    admin, and the channels file's access grants for the team or chat, need a validated token:
    without one (anonymous mode) the caller names them, so no one is an admin and no grant applies."""
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    conversation, _, thread = activity.conversation.id.partition(";messageid=")
    team = (data.get("team") or {}).get("id")
    channel = (data.get("channel") or {}).get("id") or conversation
    sender = activity.from_property
    user = sender.aad_object_id or sender.id
    trusted = authenticated(identity)
    return Message(SURFACE, text, user, conversation, thread, channel=channel, team=team, place_trusted=trusted,
                   admin=lambda: trusted and user in admins)


class TeamsHandlers:
    def __init__(self, assistant, database, admins: set[str] | None = None,
                 executor: ThreadPoolExecutor | None = None, shelf=None, public_url: str | None = None,
                 proactive_after: float = 10.0):
        self.assistant = assistant
        self.db = database
        self.admins = admins or set()  # Entra object ids allowed to tie a chat to an organisation
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        self.proactive_after = proactive_after  # seconds before the answer is sent proactively
        self._pending: set = set()
        self.shelf, self.public_url = shelf, public_url  # where plans can be downloaded from

    def register(self, agent) -> None:
        agent.activity("message")(self.on_message)

    async def on_message(self, context, state) -> None:
        """Once per activity id: a redelivered activity is dropped; one whose answer failed to send
        may be answered when it comes again."""
        key = context.activity.id
        if key and not await asyncio.to_thread(self.db.claim, SURFACE.value, [key]):
            return
        try:
            await self._on_message(context)
        except BaseException:
            if key:
                await asyncio.to_thread(self.db.release, SURFACE.value, [key])
            raise
        if key:
            await asyncio.to_thread(self.db.done, SURFACE.value, [key])

    async def _on_message(self, context) -> None:
        activity = context.activity
        value = activity.value if isinstance(activity.value, dict) else {}
        if value.get("strategibot") == "feedback":
            try:  # the card's data, but the request's word: a bad value is not a server error
                answer_id, rating = int(value["answer_id"]), int(value["rating"])
            except (KeyError, TypeError, ValueError):
                answer_id, rating = 0, 0
            if rating in (1, -1):
                await asyncio.to_thread(self.db.rate, answer_id, rating)
            language = "en" if value.get("language") == "en" else "da"
            await context.send_activity(render("feedback_thanks", language))
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
        await self.answer(context, teams_message(activity, text, self.admins, context.identity))

    async def answer(self, context, message: Message) -> None:
        """Within the turn when the answer is quick; otherwise the turn ends with a note and the
        answer follows proactively, so Teams gets its HTTP answer well inside its 15 seconds."""
        activity = context.activity
        language = detect_language(message.text)
        try:
            await context.send_activity(_typing())
        except Exception:  # only a courtesy: the answer matters, and is retried itself
            log.warning("the typing indicator could not be sent")
        task = asyncio.ensure_future(self._message(message))
        try:
            reply = await asyncio.wait_for(asyncio.shield(task), timeout=self.proactive_after)
        except asyncio.TimeoutError:
            await send_with_retry(context, render("working_long", language))
            reference = activity.get_conversation_reference().get_continuation_activity()
            later = asyncio.ensure_future(self._send_later(context.adapter, context.identity, reference, task))
            self._pending.add(later)
            later.add_done_callback(self._pending.discard)
            return
        await send_with_retry(context, reply)

    async def _message(self, message: Message):
        """The assistant's reply as a Teams message: a reply about the bot or the asker (hjælp,
        kilder, profil, organisation) as markdown text, an answer with its citations and card."""
        try:
            reply = await asyncio.get_running_loop().run_in_executor(self.executor, self.assistant.handle, message)
        except Exception:
            log.exception("answering failed")
            from microsoft_agents.activity import Activity, ActivityTypes

            return Activity(type=ActivityTypes.message, text=render("failed", detect_language(message.text)))
        if reply.personal:
            listing = reply.listing
            return documents_markdown(listing.catalog, reply.answer.language, listing.organisation) if listing \
                else teams_markdown(reply.answer.text)
        activity = answer_activity(reply.answer, reply.answer_id, reply.blocks)
        if reply.files and self.shelf is not None and self.public_url:
            from microsoft_agents.activity import Attachment

            # Teams bots cannot attach a file's bytes to a chat message; they link to a download
            activity.attachments += [Attachment(content_type=f.mime, name=f.name, content_url=(
                f"{self.public_url.rstrip('/')}/api/files/{self.shelf.put(f)}/{f.name}")) for f in reply.files]
            activity.text = f"{activity.text}\n\n{render('plan_links', reply.answer.language)}"
        return activity

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
