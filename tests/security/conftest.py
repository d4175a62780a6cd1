"""Attacks on a shared support channel, each a test that failed before its defence.

The Slack tests run the real bolt App over HTTP with signed requests against the fake Web API
(``tests/slack``); every test runs on SQLite and, with ``TEST_DATABASE_URL``, PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.app import Services
from bot.store.tables import AuditEntry, Conversation
from tests.slack.conftest import clock, fake_slack, slack, slack_dialog
from tests.slack.fake_slack import TEAM
from tests.slack.workspace import SUPPORT

__all__ = ["clock", "fake_slack", "slack", "slack_dialog"]

STRANGER = "U0STRANGER"


def thread_key(thread: str, channel: str = SUPPORT) -> str:
    return f"slack:{TEAM}:{channel}:{thread}"


def snapshot(services: Services, key: str) -> dict[str, Any]:
    """Everything a stranger must not change about a conversation."""
    with services.db.reading() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == key)).one()
        return {
            "state": dict(row.state),
            "status": row.status,
            "assignee": row.assignee,
            "waiting_since": row.waiting_since,
            "user_id": row.user_id,
        }


def count(services: Services, table: Any, *where: Any) -> int:
    with services.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def refusals(services: Services, actor: str) -> list[AuditEntry]:
    with services.db.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.actor == actor, AuditEntry.allowed.is_(False))
                .order_by(AuditEntry.id)
            )
        )
