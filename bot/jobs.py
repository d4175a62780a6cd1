"""Slow work, done by a worker after the request that asked for it has been answered.

A job is a row of a ``bot/queue.py`` queue: claimed with a lease and its attempt counted
(``SKIP LOCKED`` on PostgreSQL, so any number of workers can share the table), run outside any
transaction, and its result fed back into the conversation as a system turn whose event id is
derived from the job, so a job re-run after a crash cannot answer twice. A job that fails, or
whose worker dies, ``max_attempts`` times is given up: the merchant gets an apology and the
agents a card (``TurnEngine.give_up_on``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import Clock, utcnow
from bot.engine import TurnEngine
from bot.queue import (
    UNFINISHED,
    Policy,
    Status,
    claim,
    claimable,
    is_abandoned,
    retry_or_give_up,
    settle,
)
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


# OCR takes seconds; a worker that died holds its job up this long. Retries wait 10 s, 20 s.
JOB_POLICY = Policy(lease=timedelta(minutes=5), max_attempts=3, backoff_first=10)


def enqueue_job(
    session: Session, *, kind: str, conversation_key: str, payload: dict[str, Any], now: datetime
) -> Job:
    job = Job(
        kind=kind,
        conversation_key=conversation_key,
        payload=payload,
        status=Status.PENDING,
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
        lease: timedelta = JOB_POLICY.lease,
        max_attempts: int = JOB_POLICY.max_attempts,
    ) -> None:
        self.db = db
        self.engine = engine
        self.clock = clock
        self.policy = replace(JOB_POLICY, lease=lease, max_attempts=max_attempts)
        self.handlers: dict[str, JobHandler] = {}

    @property
    def lease(self) -> timedelta:
        return self.policy.lease

    @property
    def max_attempts(self) -> int:
        return self.policy.max_attempts

    def add_handler(self, kind: str, handler: JobHandler) -> None:
        self.handlers[kind] = handler

    def run_due(self, limit: int = 1) -> int:
        ran = 0
        for _ in range(limit):
            claimed = self._claim()
            if claimed is None:
                break
            if isinstance(claimed, _Abandoned):
                self.engine.give_up_on(claimed.conversation_key, f"job:{claimed.job_id}")
            else:
                self._run(claimed)
            ran += 1
        return ran

    def unfinished(self, conversation_key: str) -> int:
        with self.db.reading() as session:
            return len(
                session.scalars(
                    select(Job.id).where(
                        Job.conversation_key == conversation_key,
                        Job.status.in_(UNFINISHED),
                    )
                ).all()
            )

    def _claim(self) -> JobContext | _Abandoned | None:
        if not self.handlers:
            return None
        now = self.clock()
        due = select(Job.id).where(
            Job.kind.in_(list(self.handlers)), claimable(Job, now, due=Job.run_after)
        )
        with self.db.reading() as session:
            # The worker asks every round; on SQLite only a round with work takes the lock.
            if session.scalar(due.limit(1)) is None:
                return None
        with self.db.transaction() as session:
            job = session.scalars(
                select(Job)
                .where(Job.kind.in_(list(self.handlers)), claimable(Job, now, due=Job.run_after))
                .order_by(Job.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if job is None:
                return None
            if is_abandoned(job) and self.policy.exhausted(job.attempts):
                # Every attempt ended with its worker dead (a file that crashes the reader).
                log.error("job %s (%s) gave up after %s attempts", job.id, job.kind, job.attempts)
                settle(job, Status.FAILED)
                job.error = "abandoned by a worker that died, on every attempt"
                job.finished_at = now
                return _Abandoned(job.id, job.conversation_key)
            attempt = claim(job, self.policy, now)
            return JobContext(
                db=self.db,
                job_id=job.id,
                kind=job.kind,
                conversation_key=job.conversation_key,
                payload=dict(job.payload),
                attempt=attempt,
                final_attempt=self.policy.exhausted(attempt),
            )

    def _run(self, ctx: JobContext) -> None:
        try:
            turn = self.handlers[ctx.kind](ctx)
        except Exception as exc:
            log.exception("job %s (%s) failed on attempt %s", ctx.job_id, ctx.kind, ctx.attempt)
            if self._failed(ctx, error=repr(exc)):
                self.engine.give_up_on(ctx.conversation_key, f"job:{ctx.job_id}")
            return
        if turn is not None:
            self.engine.accept(turn)
        self._finish(ctx)
        if turn is not None:
            self.engine.process(turn.conversation_key)

    def _finish(self, ctx: JobContext) -> None:
        with self.db.transaction() as session:
            job = session.get(Job, ctx.job_id, with_for_update=True)
            if job is None:
                return
            settle(job, Status.DONE)
            job.error = None
            job.finished_at = self.clock()

    def _failed(self, ctx: JobContext, error: str) -> bool:
        """Record a failed attempt; True when the job was given up."""
        now = self.clock()
        with self.db.transaction() as session:
            job = session.get(Job, ctx.job_id, with_for_update=True)
            if job is None or job.status != Status.RUNNING or job.attempts != ctx.attempt:
                return False  # our lease ran out and another worker has it now
            job.error = error
            gave_up, run_after = retry_or_give_up(job, self.policy, now)
            if gave_up:
                job.finished_at = now
            else:
                job.run_after = run_after
            return gave_up


@dataclass(frozen=True)
class _Abandoned:
    job_id: int
    conversation_key: str
