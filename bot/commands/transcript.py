"""``onboard transcript CONVERSATION``: a conversation's transcript, by id or key.

The transcript holds personal data as the merchant wrote it; it is printed for staff, never
logged."""

from __future__ import annotations

import argparse
import sys

from bot.config import Settings
from bot.handoff.transcript import find_conversation, format_lines, last_lines
from bot.store.db import Database
from knowledge.office_hours import zone


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("transcript", help="print a conversation's transcript")
    parser.add_argument("conversation", help="the conversation's id or key")
    parser.add_argument("--last", type=int, default=None, help="only the last N lines")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    db = Database(settings.effective_database_url)
    try:
        with db.transaction() as session:
            conversation = find_conversation(session, args.conversation)
            if conversation is None:
                print(f"onboard: no conversation {args.conversation!r}", file=sys.stderr)
                return 1
            lines = last_lines(session, conversation.id, args.last)
            holder = f", {conversation.assignee}" if conversation.assignee else ""
            print(f"# {conversation.key} (#{conversation.id}): {conversation.status}{holder}")
            text = format_lines(lines, zone(settings.timezone), clip=None)
            if text:
                print(text)
    finally:
        db.dispose()
    return 0
