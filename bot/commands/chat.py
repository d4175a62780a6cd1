"""``onboard chat``: the console chat."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from bot.app import build_services
from bot.config import Settings
from bot.store import migrate
from bot.transports.console import run_chat


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("chat", help="chat with the assistant in this terminal")
    parser.add_argument("--user", default="merchant", help="who you are (default: merchant)")
    parser.add_argument(
        "--job-timeout",
        type=float,
        default=120.0,
        help="seconds to wait for pending jobs (OCR) at the end of piped input",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if "ONBOARD_LOG_LEVEL" not in os.environ:
        # The log shares the terminal with the conversation: only what needs attention.
        logging.getLogger().setLevel(logging.WARNING)
    services = build_services(Settings())
    try:
        if not migrate.is_up_to_date(services.db):
            migrate.upgrade(services.db)
        return run_chat(services, args.user, sys.stdin, sys.stdout, job_timeout=args.job_timeout)
    finally:
        services.close()
