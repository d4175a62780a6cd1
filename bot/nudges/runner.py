"""The worker's nudge step: at most one round a minute, and only during office hours (a
reminder at 3 a.m. is noise; a nudge due at night goes out when the office opens)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock, Every
from bot.config import Settings
from bot.handoff.desk import DeskConfig
from bot.nudges.documents import send_checklists
from bot.nudges.pg_silent import alert_silent_pgs
from bot.nudges.stalled import remind_stalled
from bot.store.db import Database
from knowledge.language import Lang
from knowledge.office_hours import OfficeHours

CHECK_EVERY = timedelta(seconds=60)


@dataclass(frozen=True)
class NudgeConfig:
    hours: OfficeHours
    agents_target: tuple[str, dict[str, Any]] | None
    agent_lang: Lang = Lang.KO
    stalled: bool = True
    stalled_after: timedelta = timedelta(hours=24)
    pg_silent: bool = True
    pg_silent_days: int = 3
    documents: bool = True

    @classmethod
    def from_settings(cls, settings: Settings, desk: DeskConfig) -> NudgeConfig:
        return cls(
            hours=desk.hours,
            agents_target=desk.agents_target,
            agent_lang=desk.agent_lang,
            stalled=settings.nudge_stalled,
            stalled_after=timedelta(hours=settings.nudge_stalled_hours),
            pg_silent=settings.nudge_pg_silent,
            pg_silent_days=settings.nudge_pg_silent_days,
            documents=settings.nudge_documents,
        )


class Nudges:
    def __init__(
        self, db: Database, clock: Clock, config: NudgeConfig, *, every: timedelta = CHECK_EVERY
    ) -> None:
        self.db = db
        self.clock = clock
        self.config = config
        self.period = Every(clock, every)

    def __call__(self) -> int:
        """The worker's step: at most one round a period of ``every``."""
        now = self.period.due()
        return 0 if now is None else self.run(now)

    def run(self, now: datetime) -> int:
        """Every nudge that is due and switched on; how many were sent."""
        config = self.config
        if not config.hours.is_open(now):
            return 0
        kinds: list[Callable[[], int]] = []
        if config.stalled:
            kinds.append(lambda: remind_stalled(self.db, now, config.stalled_after))
        if config.pg_silent:
            kinds.append(
                lambda: alert_silent_pgs(
                    self.db,
                    now,
                    hours=config.hours,
                    days=config.pg_silent_days,
                    target=config.agents_target,
                    lang=config.agent_lang,
                )
            )
        if config.documents:
            kinds.append(lambda: send_checklists(self.db, now))
        return sum(kind() for kind in kinds)
