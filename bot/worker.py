"""The background loop: slow jobs, recovery of events accepted but not processed, delivery.

``onboard worker`` runs it as a process; the local run and ``onboard serve`` run it as a
thread beside the transport.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from datetime import timedelta
from time import monotonic, perf_counter

from bot import metrics
from bot.engine import TurnEngine
from bot.jobs import JobRunner
from bot.outbox import Dispatcher

log = logging.getLogger(__name__)

# Seconds between two checkpoints of the SQLite WAL by the worker.
CHECKPOINT_EVERY = 1.0


class Worker:
    def __init__(
        self,
        engine: TurnEngine,
        jobs: JobRunner,
        dispatcher: Dispatcher,
        *,
        idle_sleep: float = 0.2,
        stale_after: timedelta = timedelta(seconds=10),
        steps: Iterable[Callable[[], int]] = (),
    ) -> None:
        self.engine = engine
        self.jobs = jobs
        self.dispatcher = dispatcher
        self.idle_sleep = idle_sleep
        self.stale_after = stale_after
        # More periodic work from the composition root (e.g. unassigned-conversation alerts).
        self.extra_steps: tuple[Callable[[], int], ...] = tuple(steps)
        self.stop_event = threading.Event()
        self._thread: threading.Thread | None = None
        self._next_checkpoint = 0.0

    def run_once(self) -> int:
        """One round of everything; how much work it found."""
        work = 0
        steps: tuple[Callable[[], int], ...] = (
            lambda: self.jobs.run_due(limit=1),
            self._recover,
            self.dispatcher.deliver_due,
            self._checkpoint,
            *self.extra_steps,
        )
        for step in steps:
            try:
                work += step()
            except Exception:
                # A database blip must not kill the loop; the next round tries again.
                metrics.ERRORS.labels(where="worker").inc()
                log.exception("worker round failed")
        return work

    def _recover(self) -> int:
        """Turns accepted but never processed (the process died after the ack), counted."""
        start = perf_counter()
        handled = self.engine.process_stale(self.stale_after)
        if handled:  # idle rounds would drown the latency figures
            metrics.TURN_SECONDS.labels(transport="any", source="worker").observe(
                perf_counter() - start
            )
            metrics.TURNS.labels(transport="any", source="worker").inc(handled)
        return handled

    def _checkpoint(self) -> int:
        """About once a second, the SQLite WAL into the database file, off the acks' path
        (``Database.checkpoint``). Not counted as work: it must not keep the loop awake."""
        if monotonic() >= self._next_checkpoint:
            self._next_checkpoint = monotonic() + CHECKPOINT_EVERY
            self.engine.db.checkpoint()
        return 0

    def run_forever(self) -> None:
        while not self.stop_event.is_set():
            if self.run_once() == 0:
                self.stop_event.wait(self.idle_sleep)

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self.run_forever, name="onboard-worker", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        if self._thread is not None:
            self._thread.join(timeout)
