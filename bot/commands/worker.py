"""``onboard worker``: jobs (OCR), recovery and delivery, as a process of its own."""

from __future__ import annotations

import argparse
import signal
from types import FrameType

from bot.app import build_services
from bot.config import Settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("worker", help="run jobs and deliver messages")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings()
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
