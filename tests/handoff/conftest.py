"""Services with a support desk: an agents' channel captured by a sender of its own, two
listed agents, office hours in Asia/Seoul, and a clock that starts on a Monday 10:00 KST."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app import Services
from bot.handoff.desk import AGENT_TRANSPORT, DeskConfig, StoredAgents
from bot.store.tables import AuditEntry, Conversation
from dialogs.ports import Ports
from dialogs.turns import Turn
from knowledge.office_hours import office_hours
from tests.fakes import FakeClock, FakeFaq, RecordingSender
from tests.harness import Chat, build_test_services

AGENTS_CHANNEL = "C_AGENTS"
MONDAY_10_KST = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


class HandoffPorts:
    """Fake FAQ, real desk."""

    def __init__(self, desk: DeskConfig) -> None:
        self.desk = desk
        self.faq = FakeFaq({"fees": "Fees depend on the PG."})

    def __call__(
        self, session: Session, conversation: Conversation, now: datetime, turn: Turn
    ) -> Ports:
        return Ports(
            faq=self.faq,
            now=lambda: now,
            agents=StoredAgents(session, conversation, self.desk, now),
        )


def desk(**changes: Any) -> DeskConfig:
    values: dict[str, Any] = {
        "agent_channel": AGENTS_CHANNEL,
        "agent_users": frozenset({"A1", "A2"}),
        "hours": office_hours("mon-fri 09:00-18:00", ["2026-12-25"]),
        "wait_minutes": 10,
        "alert_minutes": 10,
    }
    values.update(changes)
    return DeskConfig(**values)


@dataclass
class Desk:
    services: Services
    chat: Chat
    agents: RecordingSender
    clock: FakeClock

    def agent(self, text: str = "", *, user: str = "A1", **fields: Any) -> str:
        """An agent's turn in the merchant's conversation: what the merchant then saw."""
        return self.chat.say(text, author="agent", user_id=user, **fields)

    def posted(self) -> list[str]:
        """Everything posted to the agents' channel so far, as text."""
        return [m.reply.fallback() for m in self.agents.sent]

    def conversation(self) -> Conversation:
        with self.services.db.transaction() as session:
            return session.scalars(select(Conversation)).one()

    def audit(self) -> list[tuple[str, str, bool]]:
        with self.services.db.transaction() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            return [(r.actor, r.action, r.allowed) for r in rows]


def open_desk(db_url: str, tmp_path: Path, config: DeskConfig, start: datetime) -> Desk:
    clock = FakeClock(start)
    services = build_test_services(
        db_url, tmp_path, clock=clock, ports=HandoffPorts(config), desk=config
    )
    agents = RecordingSender()
    services.dispatcher.add_sender(AGENT_TRANSPORT, agents)
    return Desk(services, Chat(services), agents, clock)


@pytest.fixture
def support(db_url: str, tmp_path: Path, db: Any) -> Iterator[Desk]:
    built = open_desk(db_url, tmp_path, desk(), MONDAY_10_KST)
    built.chat.say("English")
    yield built
    built.services.close()
