"""Services with an agents' channel, office hours mon-fri 09-18 KST, a Wednesday holiday, and
a clock that starts on Monday 2026-11-02 10:00 KST; nudges run by hand at chosen moments."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import Services
from bot.handoff.desk import AGENT_TRANSPORT, DeskConfig
from bot.nudges.runner import NudgeConfig, Nudges
from bot.store.db import Database
from bot.store.tables import OutboxMessage
from knowledge.office_hours import office_hours
from tests.fakes import FakeClock, RecordingSender
from tests.harness import Chat, build_test_services

AGENTS_CHANNEL = "C_AGENTS"
HOLIDAY = "2026-11-04"  # a Wednesday
MONDAY_10_KST = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def kst(day: int, hour: int, minute: int = 0) -> datetime:
    """2026-11-<day> at hour:minute in Seoul, as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=9)


def desk() -> DeskConfig:
    return DeskConfig(
        agent_channel=AGENTS_CHANNEL,
        agent_users=frozenset({"A1"}),
        hours=office_hours("mon-fri 09:00-18:00", [HOLIDAY]),
    )


@dataclass
class World:
    services: Services
    chat: Chat
    agents: RecordingSender
    clock: FakeClock

    def nudges(self, **changes: Any) -> Nudges:
        """A nudge runner (a replica's) with the desk's hours; ``changes`` switch kinds."""
        config = NudgeConfig.from_settings(self.services.settings, desk())
        values = {**config.__dict__, **changes}
        return Nudges(self.services.db, self.clock, NudgeConfig(**values))

    def run_at(self, when: datetime, **changes: Any) -> int:
        self.clock.now = when
        sent = self.nudges(**changes).run(when)
        self.services.dispatcher.deliver_all()
        return sent

    def merchant_texts(self) -> list[str]:
        return [m.reply.fallback() for m in self.chat.sender.sent]

    def agent_texts(self) -> list[str]:
        return [m.reply.fallback() for m in self.agents.sent]


def outbox_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


@pytest.fixture
def world(db_url: str, tmp_path: Path, db: Database) -> Iterator[World]:
    clock = FakeClock(MONDAY_10_KST)
    services = build_test_services(db_url, tmp_path, clock=clock, desk=desk())
    agents = RecordingSender()
    services.dispatcher.add_sender(AGENT_TRANSPORT, agents)
    built = World(services, Chat(services), agents, clock)
    yield built
    services.close()
