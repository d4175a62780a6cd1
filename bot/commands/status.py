"""``onboard status set APP_ID STATUS [--note TEXT]`` and ``onboard status list [--business N]``.

Operators see business numbers in full here (they run the service); logs mask them.
"""

from __future__ import annotations

import argparse

from sqlalchemy import select

from bot.applications.service import Actor, change_status
from bot.clock import utcnow
from bot.config import Settings
from bot.store.db import Database
from bot.store.tables import Application
from dialogs.applications.cards import app_label
from dialogs.applications.parse import parse_app_id
from knowledge.bizno import format_business_number, normalize_digits
from knowledge.lifecycle import ActorKind, Status


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = subparsers.add_parser("status", help="application statuses")
    actions = status.add_subparsers(dest="status_action", required=True)
    change = actions.add_parser("set", help="change an application's status")
    change.add_argument("application", help="APP-12 or 12")
    change.add_argument("status", choices=[s.value for s in Status])
    change.add_argument("--note", default=None, help="shown to the merchant (a rejection's reason)")
    change.add_argument("--as", dest="actor", default="cli", help="operator name for the audit log")
    change.set_defaults(func=run_set)
    listing = actions.add_parser("list", help="list applications")
    listing.add_argument("--business", default=None, help="only this business number")
    listing.set_defaults(func=run_list)


def _db() -> Database:
    return Database(Settings().effective_database_url)


def run_set(args: argparse.Namespace) -> int:
    app_id = parse_app_id(args.application)
    if app_id is None:
        print(f"onboard: not an application id: {args.application!r}")
        return 2
    db = _db()
    try:
        with db.transaction() as session:
            result = change_status(
                session,
                app_id,
                args.status,
                Actor(ActorKind.OPERATOR, args.actor),
                args.note,
                now=utcnow(),
            )
    finally:
        db.dispose()
    print(f"{app_label(app_id)}: {result.change.value}: {result.reason}")
    return 0 if result.ok else 1


def run_list(args: argparse.Namespace) -> int:
    db = _db()
    try:
        with db.transaction() as session:
            query = select(Application).order_by(Application.id)
            if args.business:
                query = query.where(Application.business_number == normalize_digits(args.business))
            rows = session.scalars(query).all()
            lines = [
                f"{app_label(r.id):<9} {format_business_number(r.business_number):<13} "
                f"{r.pg:<14} {r.status:<21} {','.join(r.methods)}"
                for r in rows
            ]
    finally:
        db.dispose()
    print(f"{'id':<9} {'business':<13} {'pg':<14} {'status':<21} methods")
    for line in lines:
        print(line)
    if not lines:
        print("(no applications)")
    return 0
