"""``onboard prune [--days N] [--dry-run]``: delete what is past its retention now (the
worker does it about once an hour; see ``bot/retention.py``)."""

from __future__ import annotations

import argparse

from bot.clock import utcnow
from bot.config import Settings
from bot.retention import prune
from bot.store.db import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "prune",
        help="delete processed events, sent messages, finished jobs and unkept uploads "
        "older than ONBOARD_RETENTION_DAYS",
    )
    parser.add_argument("--days", type=int, help="instead of ONBOARD_RETENTION_DAYS")
    parser.add_argument("--dry-run", action="store_true", help="only count")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        print("onboard prune: --days must be at least 1")
        return 2
    db = Database(settings.effective_database_url)
    try:
        with db.transaction() as session:
            report = prune(session, utcnow(), days, dry_run=args.dry_run)
    finally:
        db.dispose()
    verb = "would prune (dry run)" if args.dry_run else "pruned"
    print(f"{verb} {report.total} rows older than {report.cutoff:%Y-%m-%d %H:%M} UTC")
    for table, count in report.pruned.items():
        print(f"  {table:18} {count}")
    return 0
