"""One way to queue work in a table: claim under a lease, count attempts, back off, give up.

The inbox (turns, ``bot/engine.py``), the jobs (``bot/jobs.py``) and the outbox (deliveries,
``bot/outbox.py``) are rows that a worker claims, works on outside the claim's transaction,
and settles. What they share is here, written once:

- A claim is a lease (``claimed_until``). A worker that dies leaves the row to be claimed again
  when the lease runs out, never before; the lease is short (seconds), so a crash holds up
  only the work that was in flight, and only for that long.
- An attempt is counted when the row is claimed, not when it fails: work that kills the
  process (a poison message or file) still uses up its attempts.
- A failed attempt is retried after ``Policy.backoff``; after ``max_attempts`` the row is
  given up (``failed``/``dead``) and its owner tells someone.
- Claims lock with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so any number of workers share a
  table without waiting on each other (SQLite has one writer at a time and ignores it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, or_


class Status(StrEnum):
    """Where a queued row is in its life (inbox events and jobs)."""

    PENDING = "pending"  # waiting to be claimed (or for its retry)
    RUNNING = "running"  # claimed under a lease
    DONE = "done"
    FAILED = "failed"  # given up after the attempts cap (or a permanent error)


class Delivery(StrEnum):
    """The outbox's words for the same life: a message is sent, or dead, not done/failed.

    Kept as they were stored before this module existed (transports and operators read them).
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DEAD = "dead"


# Work not finished yet, in either vocabulary.
UNFINISHED = (Status.PENDING, Status.RUNNING)
UNDELIVERED = (Delivery.PENDING, Delivery.SENDING)


@dataclass(frozen=True)
class Policy:
    """How long a claim holds, how often to try, how long to wait between tries."""

    lease: timedelta
    max_attempts: int
    # Seconds between the first attempt and the second; it doubles after each failure.
    backoff_first: float
    backoff_cap: float = 300.0

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th attempt failed."""
        seconds = self.backoff_first * 2 ** max(attempts - 1, 0)
        return timedelta(seconds=min(seconds, self.backoff_cap))

    def exhausted(self, attempts: int) -> bool:
        return attempts >= self.max_attempts


class Leased(Protocol):
    """The columns a queued row has (mapped attributes of the ORM model)."""

    status: Any
    attempts: Any
    claimed_until: Any


def claimable(
    model: Any,
    now: datetime,
    *,
    due: Any = None,
    pending: str = Status.PENDING,
    running: str = Status.RUNNING,
) -> ColumnElement[bool]:
    """The rows a worker may claim at ``now``: pending ones that are due, and claimed ones
    whose lease ran out (their worker died; the attempt it used is already counted)."""
    waiting: ColumnElement[bool] = model.status == pending
    if due is not None:
        waiting = and_(waiting, due <= now)
    expired = and_(model.status == running, model.claimed_until < now)
    return or_(waiting, expired)


def is_abandoned(row: Leased, running: str = Status.RUNNING) -> bool:
    """A row claimed before by a worker that never settled it (a crash)."""
    return bool(row.status == running)


def claim(row: Leased, policy: Policy, now: datetime, running: str = Status.RUNNING) -> int:
    """Take the row for ``policy.lease`` and count the attempt; the attempt's number."""
    row.status = running
    row.attempts += 1
    row.claimed_until = now + policy.lease
    return int(row.attempts)


def retry_or_give_up(
    row: Leased,
    policy: Policy,
    now: datetime,
    *,
    pending: str = Status.PENDING,
    failed: str = Status.FAILED,
) -> tuple[bool, datetime]:
    """After a failed attempt: back to ``pending`` (when to retry), or ``failed`` at the cap.

    Returns (given up, when it may run again)."""
    row.claimed_until = None
    if policy.exhausted(int(row.attempts)):
        row.status = failed
        return True, now
    row.status = pending
    return False, now + policy.backoff(int(row.attempts))


def settle(row: Leased, status: str) -> None:
    """The attempt ended (done, sent, dead, or back to pending): the lease is released."""
    row.status = status
    row.claimed_until = None
