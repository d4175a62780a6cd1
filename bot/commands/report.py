"""``onboard report [--since 30d] [--json] [--png FILE]``: the onboarding funnel, the time each
PG takes, and how often an agent was needed, from what the database already holds."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.clock import utcnow
from bot.config import Settings
from bot.insights.report import build_report, parse_window
from bot.insights.text import render
from bot.store.db import Database
from knowledge.language import Lang


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help="the onboarding funnel and timelines")
    parser.add_argument("--since", default="30d", help="window back from now: 30d, 12h, 2w")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--png", type=Path, default=None, help="also draw a chart (matplotlib)")
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Lang],
        default=None,
        help="labels' language (default ONBOARD_AGENT_LANG)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        window = parse_window(args.since)
    except ValueError as exc:
        print(f"onboard: {exc}", file=sys.stderr)
        return 2
    settings = Settings()
    lang = Lang(args.lang) if args.lang else settings.agent_lang
    db = Database(settings.effective_database_url)
    try:
        until = utcnow()
        report = build_report(db, since=until - window, until=until)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(report, lang))
    if args.png is not None:
        from bot.insights.chart import MissingPlottingError, draw

        try:
            draw(report, args.png, lang)
        except MissingPlottingError as exc:
            print(f"onboard: --png needs matplotlib: {exc}", file=sys.stderr)
            return 3
        print(f"chart: {args.png}", file=sys.stderr)
    return 0
