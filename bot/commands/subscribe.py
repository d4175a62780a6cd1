"""``onboard subscribe --channel C123 --all`` (a feed of every status change), or a channel
following one business or application; ``--remove`` ends it."""

from __future__ import annotations

import argparse

from bot.applications.subscriptions import feed_key, subscribe, unsubscribe
from bot.clock import utcnow
from bot.config import Settings
from bot.store.db import Database
from dialogs.applications.parse import parse_app_id
from knowledge.bizno import is_valid_business_number, normalize_digits


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("subscribe", help="send status changes to a channel")
    parser.add_argument("--channel", required=True, help="the channel id, e.g. C123")
    parser.add_argument("--transport", default="slack", help="default: slack")
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--all", action="store_true", help="every application (a feed)")
    scope.add_argument("--business", help="one business number")
    scope.add_argument("--application", help="one application, APP-12 or 12")
    parser.add_argument("--remove", action="store_true", help="unsubscribe instead")
    parser.set_defaults(func=run)


def _scope(args: argparse.Namespace) -> tuple[str, str] | str:
    if args.all:
        return "all", ""
    if args.business is not None:
        digits = normalize_digits(args.business)
        if not is_valid_business_number(digits):
            return "not a valid business number"
        return "business", digits
    app_id = parse_app_id(args.application)
    return ("application", str(app_id)) if app_id is not None else "not an application id"


def run(args: argparse.Namespace) -> int:
    scope = _scope(args)
    if isinstance(scope, str):
        print(f"onboard: {scope}")
        return 2
    kind, value = scope
    key = feed_key(args.transport, args.channel)
    db = Database(Settings().effective_database_url)
    try:
        with db.transaction() as session:
            if args.remove:
                changed = unsubscribe(session, subscriber_key=key, scope=kind, value=value)
            else:
                changed = subscribe(
                    session,
                    subscriber_key=key,
                    transport=args.transport,
                    target={"channel": args.channel},
                    scope=kind,
                    value=value,
                    created_by="operator:cli",
                    now=utcnow(),
                )
    finally:
        db.dispose()
    what = f"{kind} {value}".strip()
    if args.remove:
        print(f"{args.channel}: unsubscribed from {what}" if changed else "no such subscription")
    else:
        print(f"{args.channel}: subscribed to {what}" if changed else "already subscribed")
    return 0
