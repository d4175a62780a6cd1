"""``onboard erase --user KEY [--yes]``: erase what Onboard keeps about one person."""

from __future__ import annotations

import argparse

from bot.config import Settings
from bot.privacy import erase_user
from bot.store.db import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "erase", help="erase one person's conversations and look-ups (a dry run without --yes)"
    )
    parser.add_argument("--user", required=True, help="user key, e.g. slack:U123")
    parser.add_argument("--yes", action="store_true", help="erase; without it, only count")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = Database(Settings().effective_database_url)
    try:
        with db.transaction() as session:
            report = erase_user(session, args.user, dry_run=not args.yes)
    except ValueError as exc:
        print(f"onboard erase: {exc}")
        return 2
    finally:
        db.dispose()
    verb = "erased" if args.yes else "would erase (dry run; add --yes)"
    print(f"{args.user}: {verb} {report.total} rows")
    for table, count in report.erased.items():
        print(f"  {table:18} {count}")
    print("redacted (their lines in other people's conversations):")
    for table, count in report.redacted.items():
        print(f"  {table:18} {count}")
    print("kept (records of the business or of actions, not of the person):")
    for table, count in report.kept.items():
        print(f"  {table:18} {count}")
    return 0
