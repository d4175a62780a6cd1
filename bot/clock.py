"""Time, injectable so that tests and benchmarks can run a simulated clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Every:
    """At most once a period: the worker loop turns several times a second, and its periodic
    steps (alerts, nudges, retention) need no such precision."""

    def __init__(self, clock: Clock, period: timedelta) -> None:
        self.clock = clock
        self.period = period
        self._next: datetime | None = None

    def due(self) -> datetime | None:
        """Now, when a period has passed since the last time this said so; else None."""
        now = self.clock()
        if self._next is not None and now < self._next:
            return None
        self._next = now + self.period
        return now
