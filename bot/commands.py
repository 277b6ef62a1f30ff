"""What a user can write on any surface, routed to the core: a question, or one of the features
(profile, introduktion, handleplan, "hvordan passer vores arbejde ind?").

Every surface (CLI, web, Slack, Teams) calls `Features.handle` with the text and who wrote it, and
renders the `Reply` its own way, so the features work the same everywhere.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from bot.answer import Answer, Question
from bot.answer.model import ANSWERED, CLARIFY
from prompts import render
from retrieval.query import detect_language, find_organisation, match_organisation

_PROFILE_SET = re.compile(r"^(?:profil|profile)\s*[:\-]\s*(.+)$", re.I | re.S)
_PROFILE_SHOW = re.compile(r"^(?:profil|profile|min profil|my profile)$", re.I)
_PROFILE_DELETE = re.compile(r"^(?:slet (?:min )?profil|delete (?:my )?profile|profil slet)$", re.I)
_I_AM = re.compile(r"^(?:jeg er|i am|i'm)\b[^?]*$", re.I)
_INTRO = re.compile(r"^(?:introduktion|intro|introduction|onboarding)\b", re.I)
_PLAN = re.compile(r"^(?:handleplan|action plan)\b\D*(\d{1,2})", re.I)
_FIT = re.compile(r"hvordan passer (?:vores|mit|vort) arbejde ind|how does our work fit", re.I)
log = logging.getLogger(__name__)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class ExportFile:
    name: str
    mime: str
    data: bytes


@dataclass
class Reply:
    answer: Answer
    files: list[ExportFile] = field(default_factory=list)


class Features:
    def __init__(self, core, database, chat_model=None, log_questions: bool = False):
        self.core = core
        self.db = database
        self.chat_model = chat_model
        self.log_questions = log_questions

    def handle(self, text: str, surface: str, user: str, organisation: str | None = None,
               context: str = "") -> Reply:
        """`organisation` is the caller's (channel, flag); a saved profile comes before it."""
        started = time.perf_counter()
        reply = self._handle(text, surface, user, organisation, context)
        extra = {"event": "answered", "surface": surface, "status": reply.answer.status,
                 "citations": len(reply.answer.citations), "ms": round((time.perf_counter() - started) * 1000)}
        if self.log_questions:
            extra["question"] = text
        log.info("answered", extra=extra)
        return reply

    def _handle(self, text: str, surface: str, user: str, organisation: str | None, context: str) -> Reply:
        text = text.strip()
        language = detect_language(text)
        profile = self.db.profile(surface, user) if user else None
        scope = (profile or {}).get("organisation") or organisation
        scope = match_organisation(scope, self.core.catalog.organisations) or scope  # "Lindholm"
        if _PROFILE_DELETE.match(text):
            self.db.delete_profile(surface, user)
            return self._say(render("profile_deleted", language), language)
        if _PROFILE_SHOW.match(text):
            if not profile:
                return self._say(render("profile_none", language), language)
            return self._say(render("profile_show", language, description=profile["description"],
                                    organisation=self._org_suffix(profile["organisation"])), language)
        explicit = _PROFILE_SET.match(text)
        # "Jeg er leder af bostøtten i Socialområdet, Norddjurs" is a profile too: it says who, and where
        description = explicit.group(1).strip() if explicit else (
            text if _I_AM.match(text) and find_organisation(text, self.core.catalog.organisations) else None)
        if description and user:
            found = find_organisation(description, self.core.catalog.organisations)
            self.db.set_profile(surface, user, found, description)
            return self._say(render("profile_saved", language, description=description,
                                    organisation=self._org_suffix(found)), language)
        named = find_organisation(text, self.core.catalog.organisations)
        if _INTRO.match(text):
            return self._with_organisation(named or scope, language, "introduktion", self._intro)
        plan = _PLAN.match(text)
        if plan:
            return self._plan(int(plan.group(1)), named or scope, (profile or {}).get("description", ""),
                              language)
        if _FIT.search(text):
            from bot.planning.fit import fit, split_tasks

            tasks = split_tasks(text)
            if not tasks:
                return self._say(render("fit_how", language), language)
            return self._with_organisation(named or scope, language, "hvordan passer vores arbejde ind",
                                           lambda org, lang: Reply(fit(self.core, org, tasks, lang)))
        return Reply(self.core.answerer.answer(Question(text, scope, context)))

    @staticmethod
    def _say(text: str, language: str) -> Reply:
        return Reply(Answer(ANSWERED, text, language=language))

    @staticmethod
    def _org_suffix(organisation: str | None) -> str:
        return f" ({organisation})" if organisation else ""

    def _with_organisation(self, organisation, language, example, build) -> Reply:
        return build(organisation, language) if organisation else self._which(language, example)

    def _which(self, language: str, example: str) -> Reply:
        """Ask which organisation a feature is for, naming the ones there are."""
        organisations = self.core.catalog.organisations
        text = render("which_organisation", language, organisations=", ".join(organisations),
                      example=example, first=organisations[0].split()[0] if organisations else "")
        return Reply(Answer(CLARIFY, text, language=language))

    def _intro(self, organisation: str, language: str) -> Reply:
        from bot.planning.onboarding import onboarding

        return Reply(onboarding(self.core, organisation, language))

    def _plan(self, number: int, organisation: str | None, team: str, language: str) -> Reply:
        from bot.planning.action_plan import build_plan, to_docx

        if organisation is None:
            having = [org for org, numbers in self.core.catalog.pejlemaerker(None).items() if number in numbers]
            organisation = having[0] if len(having) == 1 else None
        if organisation is None:
            return self._which(language, f"handleplan {number}")
        answer, plan = build_plan(self.core, organisation, number, team, language, self.chat_model)
        if plan is None:
            return Reply(answer)
        stem = f"handleplan-pejlemaerke-{number}-{organisation.split()[0].lower()}"
        answer.notes.append(render("plan_files", language))
        return Reply(answer, [ExportFile(f"{stem}.docx", DOCX, to_docx(plan)),
                              ExportFile(f"{stem}.md", "text/markdown", answer.text.encode("utf-8"))])
