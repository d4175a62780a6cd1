"""Prometheus metrics of a process (``/metrics`` of ``onboard serve``).

The objects live in prometheus-client's default registry, once per process; a label set is
created when first used. Gauges that describe the database (outbox backlog, jobs) are read
at scrape time by ``refresh`` so that every replica reports the same, current figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from time import perf_counter

from prometheus_client import Counter, Gauge, Histogram

TURNS = Counter("onboard_turns_total", "Turns processed by the engine", ["transport", "source"])
ACK_SECONDS = Histogram(
    "onboard_ack_seconds",
    "Time from a Slack request's arrival to its acknowledgement",
    ["kind"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0),
)
INBOX_WRITE_SECONDS = Histogram(
    "onboard_inbox_write_seconds",
    "Time of an acknowledgement's one write (storing the event in the inbox), lock wait included",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0),
)
TURN_SECONDS = Histogram(
    "onboard_turn_seconds",
    "Time to process a conversation's pending turns",
    ["transport", "source"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
ERRORS = Counter("onboard_errors_total", "Errors by where they happened", ["where"])
SLACK_RATE_LIMITED = Counter("onboard_slack_rate_limited_total", "Slack 429 answers")
OUTBOX_BACKLOG = Gauge("onboard_outbox_backlog", "Outgoing messages not yet delivered")
JOBS = Gauge("onboard_jobs", "Jobs (OCR) by kind and status, unfinished ones", ["kind", "status"])
WORKER_WORK = Counter("onboard_worker_work_total", "Work done by worker rounds", ["step"])


@contextmanager
def timed(histogram: Histogram, **labels: str) -> Iterator[None]:
    start = perf_counter()
    try:
        yield
    finally:
        (histogram.labels(**labels) if labels else histogram).observe(perf_counter() - start)


def process_turns(process: Callable[[str], int], key: str, *, transport: str, source: str) -> int:
    """``engine.process(key)``, counted and timed."""
    with timed(TURN_SECONDS, transport=transport, source=source):
        handled = process(key)
    TURNS.labels(transport=transport, source=source).inc(handled)
    return handled
