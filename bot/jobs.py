"""Slow work, done by a worker after the request that asked for it has been answered.

A job is a row: claimed with a lease (``SKIP LOCKED`` on PostgreSQL, so any number of
workers can share the table), run outside any transaction, and its result fed back into the
conversation as a system turn whose event id is derived from the job, so a job re-run after a
crash cannot answer twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.clock import Clock, utcnow
from bot.engine import TurnEngine
from bot.store.db import Database
from bot.store.tables import Job
from dialogs.turns import Turn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobContext:
    db: Database
    job_id: int
    kind: str
    conversation_key: str
    payload: Mapping[str, Any]
    attempt: int
    final_attempt: bool


# Runs the job; returns the system turn that tells the conversation the result (or None).
JobHandler = Callable[[JobContext], Turn | None]


def enqueue_job(
    session: Session, *, kind: str, conversation_key: str, payload: dict[str, Any], now: datetime
) -> Job:
    job = Job(
        kind=kind,
        conversation_key=conversation_key,
        payload=payload,
        status="pending",
        attempts=0,
        run_after=now,
        created_at=now,
    )
    session.add(job)
    session.flush()
    return job


class JobRunner:
    def __init__(
        self,
        db: Database,
        engine: TurnEngine,
        *,
        clock: Clock = utcnow,
        lease: timedelta = timedelta(minutes=5),
        max_attempts: int = 3,
    ) -> None:
        self.db = db
        self.engine = engine
        self.clock = clock
        self.lease = lease
        self.max_attempts = max_attempts
        self.handlers: dict[str, JobHandler] = {}

    def add_handler(self, kind: str, handler: JobHandler) -> None:
        self.handlers[kind] = handler

    def run_due(self, limit: int = 1) -> int:
        ran = 0
        for _ in range(limit):
            claimed = self._claim()
            if claimed is None:
                break
            self._run(claimed)
            ran += 1
        return ran

    def unfinished(self, conversation_key: str) -> int:
        with self.db.reading() as session:
            return len(
                session.scalars(
                    select(Job.id).where(
                        Job.conversation_key == conversation_key,
                        Job.status.in_(("pending", "running")),
                    )
                ).all()
            )

    def _claim(self) -> JobContext | None:
        if not self.handlers:
            return None
        now = self.clock()
        with self.db.transaction() as session:
            job = session.scalars(
                select(Job)
                .where(
                    Job.kind.in_(list(self.handlers)),
                    or_(
                        (Job.status == "pending") & (Job.run_after <= now),
                        (Job.status == "running") & (Job.claimed_until < now),
                    ),
                )
                .order_by(Job.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if job is None:
                return None
            job.status = "running"
            job.attempts += 1
            job.claimed_until = now + self.lease
            return JobContext(
                db=self.db,
                job_id=job.id,
                kind=job.kind,
                conversation_key=job.conversation_key,
                payload=dict(job.payload),
                attempt=job.attempts,
                final_attempt=job.attempts >= self.max_attempts,
            )

    def _run(self, ctx: JobContext) -> None:
        try:
            turn = self.handlers[ctx.kind](ctx)
        except Exception as exc:
            log.exception("job %s (%s) failed on attempt %s", ctx.job_id, ctx.kind, ctx.attempt)
            self._finish(ctx, "failed" if ctx.final_attempt else "pending", error=repr(exc))
            return
        if turn is not None:
            self.engine.accept(turn)
        self._finish(ctx, "done")
        if turn is not None:
            self.engine.process(turn.conversation_key)

    def _finish(self, ctx: JobContext, status: str, error: str | None = None) -> None:
        now = self.clock()
        with self.db.transaction() as session:
            job = session.get(Job, ctx.job_id, with_for_update=True)
            if job is None:
                return
            job.status = status
            job.error = error
            job.claimed_until = None
            if status == "pending":
                job.run_after = now + timedelta(seconds=min(5 * 2**ctx.attempt, 300))
            else:
                job.finished_at = now
