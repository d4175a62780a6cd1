"""Retention: what Onboard keeps only as long as it is useful, then prunes.

Pruned after ``ONBOARD_RETENTION_DAYS`` (default 30):

- processed inbox rows (``inbound_events`` done or failed): they hold what people wrote;
  Slack redelivers an event within minutes, so a month is long past any retry;
- delivered and dead outbox rows (they hold what the assistant said), except the newest copy
  of a message that is updated in place (a status card), which the next update edits;
- finished jobs (their payloads name users and files);
- uploads no business keeps: rejected junk, abandoned certificates, old files;
- contract look-ups (only the last hour counts for the rate limit).

Kept: conversations and their transcripts (the record of the conversation; erased on
request by ``onboard erase``), businesses and applications (records of the business),
verifications and the audit log. The worker prunes about once an hour
(``Retention.__call__``); ``onboard prune`` does it on demand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, select
from sqlalchemy.orm import Session, aliased

from bot.clock import Clock, Every, utcnow
from bot.queue import Delivery, Status
from bot.store.db import Database
from bot.store.tables import Business, ContractLookup, InboundEvent, Job, OutboxMessage, Upload

DEFAULT_DAYS = 30
# How often the worker prunes: rows a few minutes past the limit do no harm.
EVERY = timedelta(hours=1)
# Rows deleted per statement: a long-idle database is pruned in bites, not one long lock.
BATCH = 1000


@dataclass
class PruneReport:
    cutoff: datetime
    pruned: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.pruned.values())


def _plan(cutoff: datetime) -> list[tuple[str, Any, Any]]:
    newer = aliased(OutboxMessage)
    superseded = exists().where(
        and_(
            newer.lane == OutboxMessage.lane,
            newer.update_key == OutboxMessage.update_key,
            newer.status == Delivery.SENT,
            newer.id > OutboxMessage.id,
        )
    )
    return [
        (
            "inbound_events",
            InboundEvent,
            and_(
                InboundEvent.status.in_((Status.DONE, Status.FAILED)),
                InboundEvent.processed_at.is_not(None),
                InboundEvent.processed_at < cutoff,
            ),
        ),
        (
            "outbox",
            OutboxMessage,
            and_(
                OutboxMessage.status.in_((Delivery.SENT, Delivery.DEAD)),
                OutboxMessage.created_at < cutoff,
                OutboxMessage.update_key.is_(None) | superseded,
            ),
        ),
        (
            "jobs",
            Job,
            and_(Job.status.in_((Status.DONE, Status.FAILED)), Job.created_at < cutoff),
        ),
        (
            "uploads",
            Upload,
            and_(
                Upload.created_at < cutoff,
                Upload.id.not_in(select(Business.upload_id).where(Business.upload_id.is_not(None))),
            ),
        ),
        ("contract_lookups", ContractLookup, ContractLookup.at < cutoff),
    ]


def prune(session: Session, now: datetime, days: int, *, dry_run: bool = False) -> PruneReport:
    """Delete (or, in a dry run, count) what is past its retention, in the caller's
    transaction."""
    report = PruneReport(cutoff=now - timedelta(days=days))
    for name, table, condition in _plan(report.cutoff):
        ids = select(table.id).where(condition)
        if dry_run:
            count = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
        else:
            count = 0
            while True:
                batch = list(session.scalars(ids.limit(BATCH)))
                if not batch:
                    break
                session.execute(delete(table).where(table.id.in_(batch)))
                count += len(batch)
                if len(batch) < BATCH:
                    break
        report.pruned[name] = int(count)
    return report


class Retention:
    """The worker's periodic step (registered in ``bot/app.py``): prune about once an hour."""

    def __init__(self, db: Database, days: int, clock: Clock = utcnow) -> None:
        self.db = db
        self.days = days
        self.clock = clock
        self.period = Every(clock, EVERY)

    def __call__(self) -> int:
        now = self.period.due()
        if now is None:
            return 0
        with self.db.transaction() as session:
            return prune(session, now, self.days).total
