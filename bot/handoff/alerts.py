"""Waiting conversations nobody took: posted to the agents' channel again, once a period.

Run from the worker loop on every replica. Idempotent across replicas: the due rows are
selected and locked in one statement (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, which
re-checks the condition on a row another replica just updated; SQLite serializes writers),
and ``last_alert_at`` is moved in the same transaction as the message is queued. Outside
office hours nobody would read the alert: it waits for the opening.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.clock import Clock, Every
from bot.handoff import audit
from bot.handoff.card import Kind, build_card
from bot.handoff.desk import DeskConfig, post_to_agents
from bot.store.db import Database
from bot.store.tables import Conversation

# The worker loop turns every fraction of a second; the alert needs no such precision, and
# on SQLite every check takes the write lock.
CHECK_EVERY = timedelta(seconds=30)
BATCH = 20


class UnassignedAlerts:
    def __init__(
        self, db: Database, clock: Clock, config: DeskConfig, *, every: timedelta = CHECK_EVERY
    ) -> None:
        self.db = db
        self.clock = clock
        self.config = config
        self.period = Every(clock, every)

    def __call__(self) -> int:
        """The worker's step: at most one check a period of ``every``."""
        now = self.period.due()
        return 0 if now is None else self.alert_due(now)

    def alert_due(self, now: datetime) -> int:
        """Post every conversation due for an alert; how many were posted."""
        config = self.config
        target = config.agents_target
        if target is None or not config.hours.is_open(now):
            return 0
        cutoff = now - timedelta(minutes=config.alert_minutes)
        last = func.coalesce(Conversation.last_alert_at, Conversation.waiting_since)
        with self.db.transaction() as session:
            due = session.scalars(
                select(Conversation)
                .where(Conversation.status == "waiting", last <= cutoff)
                .order_by(Conversation.id)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
                .execution_options(populate_existing=True)
            ).all()
            for conversation in due:
                conversation.last_alert_at = now
                card = build_card(session, conversation, config, now, kind=Kind.ALERT)
                post_to_agents(session, conversation, target, card, now)
                audit.record(
                    session,
                    actor="system",
                    action="unassigned_alert",
                    allowed=True,
                    conversation_key=conversation.key,
                    now=now,
                )
            return len(due)
