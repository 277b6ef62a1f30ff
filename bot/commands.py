"""The commands, recognised in one place for every surface, and what each one replies.

`parse` is the only table of command words: `hjælp`, `kilder`, `organisation`, `profil`,
`introduktion`, `handleplan` and the task fit read the same in the terminal, the web chat, Slack
and Teams, in Danish or English. Which organisation a command is for is decided before it runs
(`bot.assistant`); the commands here only do their part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.answer.model import ANSWERED, CLARIFY, Status
from bot.database import WORKSPACE
from bot.message import Command, ExportFile, Listing, Message, Reason, Reply, Surface
from prompts import render
from retrieval.query import find_organisation, match_organisation

_HELP = re.compile(r"^(?:hjælp|hjaelp|help|\?)[.!?]?$", re.I)
_SOURCES = re.compile(r"^(?:kilder|kilderne|dokumenter|dokumenterne|sources|documents)\b[:\s]*(.*)$", re.I | re.S)
_ORGANISATION = re.compile(r"^(?:organisation|organization)\b[:\s]*(.*)$", re.I | re.S)
_WORKSPACE = re.compile(r"^(?:standard|default)\s+(.+)$", re.I | re.S)
_PROFILE_SET = re.compile(r"^(?:profil|profile)\s*[:\-]\s*(.+)$", re.I | re.S)
_PROFILE_SHOW = re.compile(r"^(?:profil|profile|min profil|my profile)$", re.I)
_PROFILE_DELETE = re.compile(r"^(?:slet (?:min )?profil|delete (?:my )?profile|profil slet)$", re.I)
_I_AM = re.compile(r"^(?:jeg er|i am|i'm)\b[^?]*$", re.I)
_INTRO = re.compile(r"^(?:introduktion|intro|introduction|onboarding)\b", re.I)
_PLAN = re.compile(r"^(?:handleplan|action plan)\b\D*(\d{1,2})", re.I)
_FIT = re.compile(r"hvordan passer (?:vores|mit|vort) arbejde ind|how does our work fit", re.I)
# A command written with its English word is answered in English, however few its words are
# ("help", "sources", "introduction for Odder" hold too few English words to detect).
_ENGLISH = re.compile(r"^(?:help|sources|documents|organization|profile|my profile|delete (?:my )?profile|"
                      r"introduction|onboarding|action plan)\b|how does our work fit", re.I)
# What a reply asking which organisation suggests writing, in the asker's language.
_EXAMPLES = {"da": {Command.INTRO: "introduktion", Command.FIT: "hvordan passer vores arbejde ind",
                    Command.PLAN: "handleplan {number}"},
             "en": {Command.INTRO: "introduction", Command.FIT: "how does our work fit",
                    Command.PLAN: "action plan {number}"}}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Parsed:
    command: Command
    argument: str = ""  # what follows the command word: an organisation, a profile, a number
    action: str = ""  # profil: set, show or delete; organisation: channel, workspace or show
    language: str | None = None  # "en" when the command word is English, else None (the text decides)


def parse(text: str, organisations) -> Parsed | None:
    """The command `text` asks for, or None for a question. "kilder Odder" is a command, "kilder
    til finansiering?" a question; "Jeg er sygeplejerske i Rudersdal" saves a profile."""
    parsed = _parse(text.strip(), organisations)
    if parsed is not None and _ENGLISH.search(text.strip()):
        return replace(parsed, language="en")
    return parsed


def _parse(text: str, organisations) -> Parsed | None:
    if _HELP.match(text):
        return Parsed(Command.HELP)
    if found := _SOURCES.match(text):
        rest = found.group(1).strip(" ?.")
        if not rest or match_organisation(rest, organisations):
            return Parsed(Command.SOURCES, rest)
    if found := _ORGANISATION.match(text):
        rest = found.group(1).strip()
        workspace = _WORKSPACE.match(rest)
        return Parsed(Command.ORGANISATION, (workspace.group(1) if workspace else rest).strip(),
                      "workspace" if workspace else "channel" if rest else "show")
    if _PROFILE_DELETE.match(text):
        return Parsed(Command.PROFILE, action="delete")
    if _PROFILE_SHOW.match(text):
        return Parsed(Command.PROFILE, action="show")
    if found := _PROFILE_SET.match(text):
        return Parsed(Command.PROFILE, found.group(1).strip(), "set")
    if _I_AM.match(text) and find_organisation(text, organisations):  # it says who, and where
        return Parsed(Command.PROFILE, text, "set")
    if _INTRO.match(text):
        return Parsed(Command.INTRO)
    if found := _PLAN.match(text):
        return Parsed(Command.PLAN, found.group(1))
    if _FIT.search(text):
        return Parsed(Command.FIT, text)
    return None


def help_text(surface: Surface, language: str) -> str:
    """What the bot does and how to ask it, with the ways of asking this surface has."""
    return render("help", language, where=render(f"help_{surface.value}", language))


def _say(text: str, language: str, command: Command, status: Status = ANSWERED) -> Reply:
    return Reply(Answer(status, text, language=language), command=command)


class Commands:
    def __init__(self, database, chat_model=None):
        self.db = database
        self.chat_model = chat_model

    def personal(self, parsed: Parsed, message: Message, core, language: str,
                 organisation: str | None, reason: Reason | None) -> Reply:
        """hjælp, kilder, organisation and profil: quick, and about the asker or the place."""
        command = parsed.command
        if command == Command.HELP:
            return _say(help_text(message.surface, language), language, command)
        if command == Command.SOURCES:
            listing = Listing(core.catalog, match_organisation(parsed.argument, core.catalog.organisations))
            reply = _say(documents_plain(listing, language), language, command)
            reply.listing = listing
            return reply
        if command == Command.ORGANISATION:
            return self._organisation(parsed, message, core, language, organisation, reason)
        return self._profile(parsed, message, core, language)

    def _profile(self, parsed: Parsed, message: Message, core, language: str) -> Reply:
        surface, user = message.surface.value, message.user
        if parsed.action == "delete":
            self.db.delete_profile(surface, user)
            return _say(render("profile_deleted", language), language, Command.PROFILE)
        profile = self.db.profile(surface, user) if user else None
        if parsed.action == "show" or not user:
            if not profile:
                return _say(render("profile_none", language), language, Command.PROFILE)
            return _say(render("profile_show", language, description=profile["description"],
                               organisation=_suffix(profile["organisation"])), language, Command.PROFILE)
        found = find_organisation(parsed.argument, core.catalog.organisations)
        self.db.set_profile(surface, user, found, parsed.argument)
        return _say(render("profile_saved", language, description=parsed.argument, organisation=_suffix(found)),
                    language, Command.PROFILE)

    def _organisation(self, parsed: Parsed, message: Message, core, language: str,
                      organisation: str | None, reason: Reason | None) -> Reply:
        """`organisation` says which organisation this place answers for and why; `organisation
        <navn>` ties the channel (Slack) or the team, else the chat (Teams) to one, `organisation
        standard <navn>` the whole workspace; both for admins only."""
        command = Command.ORGANISATION
        if parsed.action == "show":
            if organisation is None:
                return _say(render("organisation_none_here", language), language, command)
            why = render(f"why_{reason.value}", language) if reason else ""
            return _say(render("organisation_here", language, organisation=organisation, why=why), language,
                        command)
        place = message.team or message.channel
        if parsed.action == "channel" and not place:
            return _say(render("organisation_no_channel", language), language, command)
        if not message.admin():
            return _say(render("not_admin", language), language, command)
        organisations = core.catalog.organisations
        found = match_organisation(parsed.argument, organisations)
        if not found:
            return _say(render("organisation_unknown", language, asked=parsed.argument,
                               organisations=", ".join(organisations)), language, command)
        workspace = parsed.action == "workspace"
        self.db.set_organisation(message.surface.value, WORKSPACE if workspace else place, found, message.user)
        return _say(render("organisation_default_set" if workspace else "organisation_set", language,
                           organisation=found), language, command)

    def content(self, parsed: Parsed, message: Message, core, language: str, organisation: str | None) -> Reply:
        """introduktion, handleplan and the task fit: answers from the strategies, for one organisation."""
        if parsed.command == Command.INTRO:
            if not organisation:
                return self._which(core, language, Command.INTRO)
            from bot.planning.onboarding import onboarding

            answer, blocks = onboarding(core, organisation, language)
            return Reply(answer, command=Command.INTRO, blocks=blocks)
        if parsed.command == Command.PLAN:
            return self._plan(core, int(parsed.argument), organisation, message, language)
        from bot.planning.fit import fit, split_tasks

        tasks = split_tasks(parsed.argument)
        if not tasks:
            return _say(render("fit_how", language), language, Command.FIT)
        if not organisation:
            return self._which(core, language, Command.FIT)
        return Reply(fit(core, organisation, tasks, language), command=Command.FIT)

    def _which(self, core, language: str, command: Command, number: int = 0) -> Reply:
        """Ask which organisation a command is for, naming the ones there are."""
        organisations = core.catalog.organisations
        example = _EXAMPLES.get(language, _EXAMPLES["da"])[command].format(number=number)
        return _say(render("which_organisation", language, organisations=", ".join(organisations),
                           example=example, first=organisations[0].split()[0] if organisations else ""),
                    language, command, CLARIFY)

    def _plan(self, core, number: int, organisation: str | None, message: Message, language: str) -> Reply:
        from bot.planning.action_plan import build_plan, to_blocks, to_docx

        if organisation is None:  # only one strategy has that number: no need to ask
            having = [org for org, numbers in core.catalog.pejlemaerker(None).items() if number in numbers]
            organisation = having[0] if len(having) == 1 else None
        if organisation is None:
            return self._which(core, language, Command.PLAN, number)
        profile = self.db.profile(message.surface.value, message.user) if message.user else None
        answer, plan = build_plan(core, organisation, number, (profile or {}).get("description", ""),
                                  language, self.chat_model)
        if plan is None:
            return Reply(answer, command=Command.PLAN)
        stem = f"handleplan-pejlemaerke-{number}-{organisation.split()[0].lower()}"
        # Whether the files are attached, linked or saved is each surface's to say (Slack, Teams, CLI).
        return Reply(answer, [ExportFile(f"{stem}.docx", DOCX, to_docx(plan)),
                              ExportFile(f"{stem}.md", "text/markdown", answer.text.encode("utf-8"))],
                     command=Command.PLAN, blocks=to_blocks(plan))


def _suffix(organisation: str | None) -> str:
    return f" ({organisation})" if organisation else ""


def documents_plain(listing: Listing, language: str) -> str:
    """`kilder` as plain text, for the terminal and the web chat."""
    from bot.documents import documents_text

    return documents_text(listing.catalog, language, bold=str, link=lambda url, title: f"{title} ({url})",
                          organisation=listing.organisation)
