"""Slack events → `Message`, answered by the assistant, posted back as Block Kit.

A converter, like slack-bolt's own adapters: who wrote, where and in which thread becomes a
`Message`; the `Reply` becomes Slack messages. What is answered, for which organisation and with
which context is the assistant's. It runs in a worker thread, so the event loop stays free to
acknowledge Slack within its 3 seconds.
"""

from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from bot.answer.answerer import clean_question
from bot.message import Message, Surface
from bot.slack.render import home_view, mrkdwn, reply_messages
from prompts import render
from retrieval.query import detect_language

log = logging.getLogger(__name__)
SURFACE = Surface.SLACK
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def slack_text(text: str) -> str:
    """The question as the user wrote it: mentions removed, Slack's escaping undone."""
    text = _MENTION.sub(" ", text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def answerable(event: dict) -> bool:
    """A mention, or a direct message (with or without files), written by a person: what the
    bot answers. Other events (its own posts, edits, channel messages) are not answered."""
    if not isinstance(event, dict) or event.get("bot_id"):
        return False
    if event.get("type") == "app_mention":
        return True
    return event.get("type") == "message" and event.get("channel_type") == "im" and \
        event.get("subtype") in (None, "file_share")


def claim_keys(body) -> list[str]:
    """What makes a delivery the same as an earlier one: the event id, and for a message the bot
    answers its channel and ts; for a slash command its trigger id."""
    if not isinstance(body, dict):
        return []
    if body.get("command"):
        return [f"command:{body['trigger_id']}"] if body.get("trigger_id") else []
    keys = [str(body["event_id"])] if body.get("event_id") else []
    event = body.get("event")
    if keys and isinstance(event, dict) and answerable(event) and event.get("channel") and event.get("ts"):
        keys.append(f"message:{event['channel']}:{event['ts']}")
    return keys


class SlackHandlers:
    def __init__(self, assistant, database, executor: ThreadPoolExecutor | None = None):
        self.assistant = assistant
        self.db = database
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")

    def register(self, app) -> None:
        app.middleware(self.once)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.event("app_home_opened")(self.on_home)
        app.command("/strategi")(self.on_command)
        app.action("feedback_up")(self.on_feedback)
        app.action("feedback_down")(self.on_feedback)

    async def once(self, body, context, next):
        """One answer per message: a retried event, the same message under another event id (a DM
        comes as both message.im and app_mention) and a replayed slash command are acknowledged
        and dropped. What is claimed here is done only once the answer is posted (`settle`)."""
        keys = claim_keys(body)
        if keys and not await asyncio.to_thread(self.db.claim, SURFACE.value, keys):
            return BoltResponse(status=200, body="")
        if keys and "command" not in body and not answerable(body.get("event") or {}):
            await asyncio.to_thread(self.db.done, SURFACE.value, keys)  # nothing to answer: done
        elif keys:
            context["claimed"] = keys
        await next()

    async def settle(self, context, work) -> None:
        """Run the answer; mark its keys done when it was posted, or free them when the Web API
        failed, so Slack's retry of the event is answered instead of dropped."""
        keys = context.get("claimed")
        try:
            await work
        except BaseException:
            if keys:
                await asyncio.to_thread(self.db.release, SURFACE.value, keys)
            raise
        if keys:
            await asyncio.to_thread(self.db.done, SURFACE.value, keys)

    def message(self, client, text: str, user: str, channel: str, thread: str | None,
                conversation: bool = True) -> Message:
        """A channel's thread (or a direct message chat) is a conversation; a slash command is not."""
        loop = asyncio.get_running_loop()

        def admin() -> bool:  # asked from the worker thread, only when someone sets an organisation
            info = asyncio.run_coroutine_threadsafe(client.users_info(user=user), loop).result(timeout=20)
            person = info.get("user", {})
            return bool(person.get("is_admin") or person.get("is_owner"))

        return Message(SURFACE, text, user, channel if conversation else None, thread or "", channel=channel,
                       admin=admin)

    async def on_mention(self, event, client, context):
        if not answerable(event):
            return
        thread = event.get("thread_ts") or event["ts"]  # the answer starts a thread under the mention
        await self.settle(context, self._reply(client, event, thread, thread))

    async def on_message(self, event, client, context):
        """Direct messages; channel messages reach the bot as mentions instead."""
        if not answerable(event):
            return
        await self.settle(context, self._reply(client, event, event.get("thread_ts"), event.get("thread_ts")))

    async def _reply(self, client, event, reply_in: str | None, thread: str | None) -> None:
        channel, text = event["channel"], slack_text(event.get("text", ""))
        language = detect_language(text)
        if event.get("files") or event.get("subtype") == "file_share":
            await client.chat_postMessage(channel=channel, thread_ts=reply_in,
                                          text=mrkdwn(render("file_share", language)))
            return
        if not clean_question(text):
            await client.chat_postMessage(channel=channel, thread_ts=reply_in,
                                          text=mrkdwn(render("empty_mention", language)))
            return
        await self.answer(client, channel, reply_in, self.message(client, text, event.get("user", ""), channel, thread))

    async def answer(self, client, channel: str, thread: str | None, message: Message,
                     header: str = "", respond=None) -> None:
        """Placeholder first, then the reply in its place (chat.update). A slash command in a
        channel the bot is not a member of is answered over its response_url instead."""
        language = detect_language(message.text)
        try:
            placeholder = await client.chat_postMessage(channel=channel, thread_ts=thread,
                                                        text=mrkdwn(render("working", language)))
        except SlackApiError as error:
            if respond is None or error.response.get("error") not in ("not_in_channel", "channel_not_found"):
                raise
            for reply_message in reply_messages(await self._handle(message), header):
                await respond(response_type="in_channel", **reply_message)  # files need the bot in the channel
            return
        try:
            reply = await self._handle(message)
        except Exception:
            log.exception("answering failed")
            await client.chat_update(channel=channel, ts=placeholder["ts"],
                                     text=mrkdwn(render("failed", language)))
            return
        messages = reply_messages(reply, header)
        await client.chat_update(channel=channel, ts=placeholder["ts"], **messages[0])
        for extra in messages[1:]:
            await client.chat_postMessage(channel=channel, thread_ts=thread, **extra)
        if reply.files:  # an action plan: the DOCX and Markdown attached in the same thread, saying so
            await client.files_upload_v2(channel=channel, thread_ts=thread, file_uploads=[
                {"file": f.data, "filename": f.name, "title": f.name} for f in reply.files],
                initial_comment=mrkdwn(render("plan_files", reply.answer.language)))

    async def _handle(self, message: Message):
        return await asyncio.get_running_loop().run_in_executor(self.executor, self.assistant.handle, message)

    async def on_command(self, ack, command, client, respond, context):
        """`/strategi …`: a question is answered in the channel under "asked by"; a reply about the
        bot, the asker or the channel (hjælp, kilder, profil, organisation) only to the asker."""
        await ack()
        await self.settle(context, self._command(command, client, respond))

    async def _command(self, command, client, respond):
        text = (command.get("text") or "").strip() or "hjælp"
        channel, user = command["channel_id"], command["user_id"]
        message = self.message(client, text, user, channel, None, conversation=False)
        kind = self.assistant.command_of(message)
        if kind is not None and kind.personal:
            try:
                messages = reply_messages(await self._handle(message))
            except Exception:
                log.exception("the command failed")
                messages = [{"text": mrkdwn(render("failed", detect_language(text)))}]
            for reply_message in messages:
                await respond(response_type="ephemeral", **reply_message)
            return
        header = render("asked_by", detect_language(text), user=user, question=mrkdwn(text))
        await self.answer(client, channel, None, message, header, respond)

    async def on_feedback(self, ack, body, action, respond):
        await ack()
        rating = 1 if action["action_id"] == "feedback_up" else -1
        await asyncio.to_thread(self.db.rate, int(action["value"]), rating)
        language = "en" if action.get("block_id", "").endswith("-en") else "da"
        await respond(text=mrkdwn(render("feedback_thanks", language)), response_type="ephemeral",
                      replace_original=False)

    async def on_home(self, event, client):
        await client.views_publish(user_id=event["user"], view=home_view(self.assistant.core.catalog))
