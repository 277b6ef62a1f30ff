"""Slack events → `Question`, answered by the core, posted back as Block Kit.

Each handler does the Slack part only: who asked, where, in which thread, for which
organisation. The answer itself comes from the core, run in a worker thread so the event loop
stays free to acknowledge Slack within its 3 seconds.
"""

from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from bot.answer import Question
from bot.answer.answerer import clean_question
from bot.database import WORKSPACE
from bot.slack.render import answer_messages, documents_text, home_view, mrkdwn, text_blocks
from prompts import render
from retrieval.query import detect_language, match_organisation

log = logging.getLogger(__name__)
SURFACE = "slack"
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_HELP = {"hjælp", "hjaelp", "help", ""}
_SOURCES = {"kilder", "sources", "dokumenter"}


def slack_text(text: str) -> str:
    """The question as the user wrote it: mentions removed, Slack's escaping undone."""
    text = _MENTION.sub(" ", text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


class SlackHandlers:
    def __init__(self, core, database, channels: dict[str, str] | None = None,
                 executor: ThreadPoolExecutor | None = None, access_file=None):
        self.core = core
        self.db = database
        self.channels = channels or {}  # from the channels file: channel id or "default" → organisation
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        self.access_file = access_file  # the channels file, for restricted document sets per channel
        self._features: dict[tuple[str, ...], object] = {}

    def register(self, app) -> None:
        app.middleware(self.once)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.event("app_home_opened")(self.on_home)
        app.command("/strategi")(self.on_command)
        app.action("feedback_up")(self.on_feedback)
        app.action("feedback_down")(self.on_feedback)

    async def once(self, body, next):
        """A retried event (X-Slack-Retry-Num) is acknowledged and dropped: one answer per event."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if event_id and not await asyncio.to_thread(self.db.first_time, SURFACE, event_id):
            return BoltResponse(status=200, body="")
        await next()

    def features_for(self, channel: str):
        """The features as this channel may see the documents: public, plus its restricted sets."""
        from bot.settings import access_from_file

        groups = tuple(access_from_file(self.access_file, SURFACE, channel))
        if groups not in self._features:
            self._features[groups] = self.core.for_access(groups).features(self.db)
        return self._features[groups]

    def organisation(self, channel: str) -> str | None:
        """The channel's own setting (admin, then file) before the workspace's (admin, then file)."""
        return (self.db.organisation(SURFACE, channel) or self.channels.get(channel)
                or self.db.organisation(SURFACE, WORKSPACE) or self.channels.get("default"))

    async def on_mention(self, event, client):
        if event.get("bot_id"):
            return
        thread = event.get("thread_ts") or event["ts"]
        await self._reply(client, event, thread, slack_text(event.get("text", "")))

    async def on_message(self, event, client):
        """Direct messages; channel messages reach the bot as mentions instead."""
        if event.get("channel_type") != "im" or event.get("bot_id") or \
                event.get("subtype") not in (None, "file_share"):
            return
        await self._reply(client, event, event.get("thread_ts"), slack_text(event.get("text", "")))

    async def _reply(self, client, event, thread: str | None, text: str) -> None:
        channel, user = event["channel"], event.get("user", "")
        language = detect_language(text)
        if event.get("files") or event.get("subtype") == "file_share":
            await client.chat_postMessage(channel=channel, thread_ts=thread, text=render("file_share", language))
            return
        if not clean_question(text):
            await client.chat_postMessage(channel=channel, thread_ts=thread, text=render("empty_mention", language))
            return
        context = self.db.thread_question(SURFACE, channel, thread) if event.get("thread_ts") else ""
        if thread and not context:
            self.db.remember_thread(SURFACE, channel, thread, text)
        await self.answer(client, channel, thread, user, Question(text, self.organisation(channel), context))

    async def answer(self, client, channel: str, thread: str | None, user: str, question: Question,
                     header: str = "", respond=None) -> None:
        """Placeholder first, then the answer in its place (chat.update). A slash command in a
        channel the bot is not a member of is answered over its response_url instead."""
        language = detect_language(question.text)
        try:
            placeholder = await client.chat_postMessage(channel=channel, thread_ts=thread,
                                                        text=render("working", language))
        except SlackApiError as error:
            if respond is None or error.response.get("error") not in ("not_in_channel", "channel_not_found"):
                raise
            messages, _ = await self._messages(channel, user, question, header)
            for message in messages:  # files need the bot in the channel; the text still arrives
                await respond(response_type="in_channel", **message)
            return
        try:
            messages, files = await self._messages(channel, user, question, header)
        except Exception:
            log.exception("answering failed")
            await client.chat_update(channel=channel, ts=placeholder["ts"], text=render("failed", language))
            return
        await client.chat_update(channel=channel, ts=placeholder["ts"], **messages[0])
        for message in messages[1:]:
            await client.chat_postMessage(channel=channel, thread_ts=thread, **message)
        if files:  # an action plan: the DOCX and Markdown attached in the same thread
            await client.files_upload_v2(channel=channel, thread_ts=thread, file_uploads=[
                {"file": f.data, "filename": f.name, "title": f.name} for f in files])

    async def _messages(self, channel: str, user: str, question: Question, header: str):
        """The core's reply (in the worker thread), recorded for feedback, as Slack messages and
        the files to attach. Questions and the features (profil, handleplan, ...) alike."""
        reply = await asyncio.get_running_loop().run_in_executor(
            self.executor, self.features_for(channel).handle, question.text, SURFACE, user,
            question.organisation, question.context)
        answer_id = await asyncio.to_thread(self.db.record_answer, SURFACE, channel, user,
                                            question.text, reply.answer)
        return answer_messages(reply.answer, answer_id, header), reply.files

    async def on_command(self, ack, command, client, respond):
        text = (command.get("text") or "").strip()
        word, _, rest = text.partition(" ")
        language = detect_language(text) if text else "da"
        sources = word.lower() in _SOURCES
        catalog = self.features_for(command["channel_id"]).core.catalog if sources else None  # this channel's
        named = match_organisation(rest, catalog.organisations) if sources and rest else None
        if word.lower() in _HELP and not rest:
            await ack(blocks=text_blocks(render("help", language)), text=render("help", language))
        elif sources and (named or not rest):  # "kilder <anything else>" is a question
            body = documents_text(catalog, language, named)
            await ack(blocks=text_blocks(body), text=body)
        elif word.lower() == "organisation":
            await ack()
            try:
                reply = await self._set_organisation(client, command, rest.strip(), language)
            except Exception:
                log.exception("could not set the channel's organisation")
                reply = render("failed", language)
            await respond(text=reply)
        else:
            await ack()
            header = render("asked_by", language, user=command["user_id"], question=mrkdwn(text))
            await self.answer(client, command["channel_id"], None, command["user_id"],
                              Question(text, self.organisation(command["channel_id"])), header, respond)

    async def _set_organisation(self, client, command, name: str, language: str) -> str:
        info = await client.users_info(user=command["user_id"])
        person = info.get("user", {})
        if not (person.get("is_admin") or person.get("is_owner")):
            return render("not_admin", language)
        first, _, rest = name.partition(" ")
        workspace = first.lower() in ("standard", "default") and bool(rest)
        name = rest.strip() if workspace else name
        organisations = self.core.catalog.organisations
        organisation = match_organisation(name, organisations)
        if not organisation:
            return render("organisation_unknown", language, name=name, organisations=", ".join(organisations))
        channel = WORKSPACE if workspace else command["channel_id"]
        self.db.set_organisation(SURFACE, channel, organisation, command["user_id"])
        return render("organisation_default_set" if workspace else "organisation_set", language,
                      organisation=organisation)

    async def on_feedback(self, ack, body, action, respond):
        await ack()
        rating = 1 if action["action_id"] == "feedback_up" else -1
        await asyncio.to_thread(self.db.rate, int(action["value"]), rating)
        language = "da"
        await respond(text=render("feedback_thanks", language), response_type="ephemeral",
                      replace_original=False)

    async def on_home(self, event, client):
        await client.views_publish(user_id=event["user"], view=home_view(self.core.catalog))
