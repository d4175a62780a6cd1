"""``onboard worker``: jobs (OCR), recovery and delivery, as a process of its own."""

from __future__ import annotations

import argparse
import logging
import os
import signal
from types import FrameType

from bot.config import Settings

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("worker", help="run jobs and deliver messages")
    parser.set_defaults(func=run)


# ONBOARD_WORKER_NICE's value when unset, on PostgreSQL.
DEFAULT_WORKER_NICE = 10


def worker_niceness(settings: Settings) -> int:
    """``ONBOARD_WORKER_NICE``, or when unset 10 on PostgreSQL and 0 on SQLite: there a
    worker's commit holds the writers' lock (``<database>-writers.lock``) that serve's ack
    insert waits for, and a worker preempted while holding it would make the ack wait longer
    (measured: docs/performance.md, perf4)."""
    if settings.worker_nice is not None:
        return settings.worker_nice
    if settings.effective_database_url.startswith("sqlite"):
        return 0
    return DEFAULT_WORKER_NICE


def lower_priority(increment: int) -> int:
    """Adds ``increment`` to this process's nice value (``ONBOARD_WORKER_NICE``) and returns
    the value it runs at. On a machine that serve shares with workers, serve's acks get the
    cores first under a burst; workers take what is left, and all of it when serve is idle.
    A process may always lower its own priority, so this fails only where the OS has no nice
    values (then it logs and runs as it is)."""
    try:
        current = os.nice(0)
        if increment > 0:
            current = os.nice(increment)
    except OSError as exc:  # pragma: no cover - a platform without nice values
        log.warning("worker priority unchanged (%s)", exc)
        return 0
    return current


def run(args: argparse.Namespace) -> int:
    # Imported here: lowering the priority needs none of it (and its test stays fast).
    from bot.app import build_services

    settings = Settings()
    increment = worker_niceness(settings)
    niceness = lower_priority(increment)
    log.info("worker runs at nice %d (ONBOARD_WORKER_NICE: +%d)", niceness, increment)
    if settings.slack_bot_token is not None:
        # Delivers Slack messages and downloads Slack files (bot/slack/app.py).
        from bot.slack.app import build_slack_services

        services, _client = build_slack_services(settings)
    else:
        services = build_services(settings)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        services.worker.stop_event.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    services.worker.run_forever()
    services.close()
    return 0
