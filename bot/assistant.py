"""The one entry point behind every surface: `Assistant.handle(Message) -> Reply`.

The terminal, the web chat, Slack and Teams only convert (request → `Message`, `Reply` → their
format); everything a user can notice besides the format is decided here, once:

- the language, detected once from the message;
- the command, if it is one (`bot.commands.parse`, the only table of command words);
- what a follow-up means, against the conversation's previous turn (`bot.conversation`);
- the organisation: the one the question names, then the one chosen for the session (CLI flag,
  web chat's list), then one an earlier question of the conversation named, then the channel's or
  team's setting, then the asker's profile, then the workspace default; when the question named
  none, the reply says which and why;
- which documents the place may see (public, plus the channel's restricted sets);
- what is kept: the conversation's turns, and the exchange for 👍/👎 and the owners' report.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answer import Answer, Question
from bot.answer.model import CLARIFY
from bot.commands import Commands, parse
from bot.conversation import CONTEXT_HOURS, Resolved, Turn, items_of, resolve
from bot.database import WORKSPACE
from bot.message import Command, Message, Reason, Reply, Surface
from prompts import render
from retrieval.query import detect_language, find_organisations, match_organisation

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from bot.answer.service import Core
    from bot.database import Database

log = logging.getLogger(__name__)


class Assistant:
    def __init__(self, core: Core, database: Database, chat_model: BaseChatModel | None = None, *,
                 channels_file: Path | None = None, log_questions: bool | None = None):
        """`channels_file` and `log_questions` default to the core's settings."""
        self.core = core
        self.db = database
        settings = getattr(core, "settings", None)
        # channel, team and workspace organisations and access groups (STRATEGIBOT_CHANNELS)
        self.channels_file = channels_file or getattr(settings, "channels_file", None)
        self.log_questions = bool(getattr(settings, "log_questions", False) if log_questions is None
                                  else log_questions)
        generator = getattr(core.answerer, "generator", None)
        if chat_model is None and generator is not None:
            chat_model = generator.chat_model
        self.commands = Commands(database, chat_model)
        self._channels: dict[str, dict[str, str]] = {}

    def handle(self, message: Message) -> Reply:
        started = time.perf_counter()
        reply = self._handle(message)
        extra = {"event": "answered", "surface": message.surface.value, "status": reply.answer.status,
                 "citations": len(reply.answer.citations), "ms": round((time.perf_counter() - started) * 1000)}
        if self.log_questions:
            extra["question"] = message.text
        log.info("answered", extra=extra)
        return reply

    def command_of(self, message: Message) -> Command | None:
        """The command a message is, for a surface that shows some replies differently (Slack's
        slash command answers `hjælp` to the asker only); the routing itself is `handle`'s."""
        parsed = parse(message.text.strip(), self.core.for_access(self.access(message)).catalog.organisations)
        return parsed.command if parsed else None

    def _handle(self, message: Message) -> Reply:
        core = self.core.for_access(self.access(message))
        organisations = core.catalog.organisations
        text = message.text.strip()
        language = detect_language(text)
        parsed = parse(text, organisations)
        language = parsed.language or language if parsed else language  # "help", "sources": English
        if parsed and parsed.command.personal:
            organisation, reason = self._place(message, organisations) if parsed.command == Command.ORGANISATION \
                else (None, None)
            organisation, reason = self._chosen(message, organisations) or (organisation, reason)
            return self.commands.personal(parsed, message, core, language, organisation, reason)
        previous = self._previous(message)
        resolved = resolve(text, previous, organisations, language)
        if resolved.missing_item is not None:
            return Reply(Answer(CLARIFY, render("followup_no_item", language, count=resolved.missing_item),
                                language=language))
        if resolved.text != text:
            parsed = parse(resolved.text, organisations)  # "og hvad med Norddjurs?" after "handleplan 3"
        named = [resolved.organisation] if resolved.organisation and resolved.reason == Reason.NAMED \
            else find_organisations(resolved.text, organisations)  # the follow-up's, or the question's own
        organisation, reason = self._organisation(message, resolved, named, organisations, previous)
        if parsed:
            reply = self.commands.content(parsed, message, core, language, organisation)
        else:  # two organisations named: the answerer compares them, so it gets neither
            scope = organisation if len(named) < 2 else None
            reply = Reply(core.answerer.answer(Question(resolved.text, scope, resolved.context)))
        reply.organisation, reply.reason = organisation, reason
        if organisation and reason is not None and reason != Reason.NAMED:
            note = render("organisation_note", language, organisation=organisation,
                          why=render(f"why_{reason.value}", language))
            reply.answer.notes.append(note)
            reply.answer.text = f"{reply.answer.text}\n\n{note}"
        self._record(message, text, resolved, reply)
        return reply

    def access(self, message: Message) -> tuple[str, ...]:
        """The restricted document sets this place may see: the caller's own (CLI --access) and
        the channel's or team's from the channels file. Public documents are always seen."""
        from bot.settings import access_from_file

        granted = access_from_file(self.channels_file, message.surface.value, message.channel, message.team) \
            if message.place_trusted else []
        return tuple(sorted({*message.access, *granted}))

    def _organisation(self, message: Message, resolved: Resolved, named: list[str], organisations: list[str],
                      previous: Turn | None) -> tuple[str | None, Reason | None]:
        if named:
            return (named[0] if len(named) == 1 else None), Reason.NAMED
        chosen = self._chosen(message, organisations)
        if chosen:
            return chosen
        if resolved.organisation and not self._profile_since(message, previous):
            return resolved.organisation, resolved.reason
        return self._place(message, organisations)

    def _profile_since(self, message: Message, previous: Turn | None) -> bool:
        """Whether the asker saved a profile after the conversation's last question: saying where
        you work is newer than the organisation an earlier question named."""
        profile = self.db.profile(message.surface.value, message.user) if message.user and previous else None
        return bool(previous is not None and profile and profile["organisation"]
                    and (profile["updated"] or 0) > previous.created)

    @staticmethod
    def _chosen(message: Message, organisations: list[str]) -> tuple[str, Reason] | None:
        found = match_organisation(message.organisation, organisations) or message.organisation
        return (found, Reason.CHOSEN) if found else None

    def _place(self, message: Message, organisations: list[str]) -> tuple[str | None, Reason | None]:
        """The place's own setting (an admin's, then the channels file's) for the channel, then the
        team; then the asker's profile; then the workspace default (admin's, then file's)."""
        surface = message.surface.value
        channels = self._channels_of(surface)
        for key, reason in ((message.channel, Reason.CHANNEL), (message.team, Reason.TEAM)):
            found = key and (self.db.organisation(surface, key) or channels.get(key))
            if found:
                return match_organisation(found, organisations) or found, reason
        profile = self.db.profile(surface, message.user) if message.user else None
        if profile and profile["organisation"]:
            return match_organisation(profile["organisation"], organisations) or profile["organisation"], \
                Reason.PROFILE
        found = self.db.organisation(surface, WORKSPACE) or channels.get("default")
        return (match_organisation(found, organisations) or found, Reason.DEFAULT) if found else (None, None)

    def _channels_of(self, surface: str) -> dict[str, str]:
        """The `[slack]` or `[teams]` table of the channels file: channel, team or "default" → organisation."""
        if surface not in self._channels:
            from bot.settings import channels_from_file

            self._channels[surface] = channels_from_file(self.channels_file, surface)
        return self._channels[surface]

    def _previous(self, message: Message) -> Turn | None:
        """The conversation's last question; a chat without threads forgets it after CONTEXT_HOURS."""
        if not message.conversation:
            return None
        since = 0.0 if message.thread else time.time() - CONTEXT_HOURS * 3600
        row = self.db.last_turn(message.surface.value, message.conversation, message.thread, since)
        if row is None:
            return None
        return Turn(row["question"], row["organisation"], Reason(row["reason"]) if row["reason"] else None,
                    row["items"], row["created"])

    def _record(self, message: Message, text: str, resolved: Resolved, reply: Reply) -> None:
        """The turn, for the next message to follow up; the exchange, for 👍/👎 and the report
        (not from the terminal, where nobody rates)."""
        if message.conversation and text:
            self.db.add_turn(message.surface.value, message.conversation, message.thread, message.user,
                             resolved.standalone, reply.organisation,
                             reply.reason.value if reply.reason else None, items_of(reply.answer.text))
        if message.surface != Surface.CLI:
            reply.answer_id = self.db.record_answer(
                message.surface.value, message.channel or message.conversation or "", message.user, text,
                reply.answer, reply.command.value if reply.command else None)
