"""What every surface hands the assistant (`Message`) and gets back (`Reply`).

A surface is a converter: it turns a platform's request into a `Message` and a `Reply` into the
platform's format, and decides nothing else. Keeping both types here, free of any platform, is
what lets the CLI, the web chat, Slack and Teams behave as one bot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable

from bot.answer.model import Answer


class Surface(str, Enum):
    CLI = "cli"
    WEB = "web"
    SLACK = "slack"
    TEAMS = "teams"


class Reason(str, Enum):
    """Why a reply answers for the organisation it does, most specific first."""
    NAMED = "named"  # the question (or the one it follows up) names it
    CHOSEN = "chosen"  # the asker chose it for this session: the CLI's --organisation, the web chat's list
    CONVERSATION = "conversation"  # an earlier question of the conversation named it
    CHANNEL = "channel"  # the Slack channel or Teams chat is tied to it
    TEAM = "team"  # the Teams team is tied to it
    PROFILE = "profile"  # the asker's saved profile
    DEFAULT = "default"  # the workspace's default


class Command(str, Enum):
    """What a message can ask for besides a question; the same words on every surface."""
    HELP = "hjælp"
    SOURCES = "kilder"
    ORGANISATION = "organisation"
    PROFILE = "profil"
    INTRO = "introduktion"
    PLAN = "handleplan"
    FIT = "opgaver"  # "Hvordan passer vores arbejde ind: …"

    @property
    def personal(self) -> bool:
        """About the bot, the asker or the place rather than the strategies: shown to the asker
        only where a surface can (Slack), never rated, and no turn of the conversation."""
        return self in (Command.HELP, Command.SOURCES, Command.ORGANISATION, Command.PROFILE)


@dataclass(frozen=True)
class Message:
    surface: Surface
    text: str
    user: str = ""
    conversation: str | None = None  # None: a one-off question, with no context kept
    thread: str = ""  # a reply chain within the conversation (Slack thread, Teams reply chain)
    channel: str | None = None  # the Slack channel or Teams chat, for its organisation and access
    team: str | None = None  # the Teams team
    access: tuple[str, ...] = ()  # restricted document sets the caller itself grants (CLI --access)
    organisation: str | None = None  # chosen for the session (CLI flag, web chat's list)
    # Whether channel and team are the platform's word (a signed Slack request, a Teams JWT) rather
    # than the caller's: only then do the channels file's access grants for them apply.
    place_trusted: bool = True
    # Whether the sender may tie the channel to an organisation; asked only when they try, since
    # Slack needs an API call to know.
    admin: Callable[[], bool] = field(default=lambda: False, compare=False, repr=False)


@dataclass
class ExportFile:
    name: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class Listing:
    """`kilder`: the documents of `catalog` (one organisation's, or all), for each surface to
    list with its own markup (Slack's links, Teams' markdown)."""
    catalog: object
    organisation: str | None = None


@dataclass
class Reply:
    answer: Answer
    files: list[ExportFile] = field(default_factory=list)
    organisation: str | None = None  # the organisation it answered for, when one was set
    reason: Reason | None = None  # and why
    command: Command | None = None  # None for a question
    listing: Listing | None = None
    answer_id: int | None = None  # the recorded exchange, for 👍/👎
    # The reply as structured content (heading, paragraph, quote, list, table; see
    # bot.planning.action_plan.to_blocks), for a surface that shows it as such rather than as the
    # answer's Markdown text: the web chat shows an action plan as a plan. Empty for most replies.
    blocks: list[dict] = field(default_factory=list)

    @property
    def personal(self) -> bool:
        return self.command is not None and self.command.personal
