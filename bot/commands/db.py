"""``onboard db upgrade|current`` and ``onboard seed``."""

from __future__ import annotations

import argparse

from bot.clock import utcnow
from bot.config import Settings
from bot.seed import seed_demo
from bot.store import migrate
from bot.store.db import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database schema")
    actions = db.add_subparsers(dest="db_action", required=True)
    upgrade = actions.add_parser("upgrade", help="migrate to the newest schema")
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(func=run_upgrade)
    actions.add_parser("current", help="print the schema revision").set_defaults(func=run_current)
    seed = subparsers.add_parser("seed", help="load demo contracts into an empty registry")
    seed.set_defaults(func=run_seed)


def _db() -> Database:
    return Database(Settings().effective_database_url)


def run_upgrade(args: argparse.Namespace) -> int:
    db = _db()
    migrate.upgrade(db, args.revision)
    print(f"database at revision {migrate.current(db)}")
    db.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    db = _db()
    print(migrate.current(db) or "empty")
    db.dispose()
    return 0


def run_seed(args: argparse.Namespace) -> int:
    db = _db()
    with db.transaction() as session:
        count = seed_demo(session, utcnow())
    print(f"seeded {count} demo contracts" if count else "contracts present; nothing seeded")
    db.dispose()
    return 0
