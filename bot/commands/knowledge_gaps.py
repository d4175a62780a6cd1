"""``onboard knowledge gaps [--since 30d] [--json]``: the questions that got no confident
answer, grouped and counted, most asked first (personal data masked when recorded)."""

from __future__ import annotations

import argparse
import json
import re
from datetime import timedelta

from bot.clock import utcnow
from bot.config import Settings
from bot.knowledge_gaps import list_gaps
from bot.store.db import Database

_SINCE = re.compile(r"^(\d+)([dhw])$")
_UNITS = {"d": "days", "h": "hours", "w": "weeks"}


def parse_since(value: str) -> timedelta:
    """ "30d", "12h", "2w" as a period; argparse reports anything else."""
    found = _SINCE.match(value.strip().lower())
    if found is None:
        raise argparse.ArgumentTypeError(f"expected a period like 30d, 12h or 2w, got {value!r}")
    return timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})


def add_to(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gaps = actions.add_parser("gaps", help="questions that got no confident answer")
    gaps.add_argument(
        "--since", type=parse_since, default=None, help="only this recent, e.g. 30d, 12h, 2w"
    )
    gaps.add_argument("--json", action="store_true", help="print the groups as JSON")
    gaps.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    since = utcnow() - args.since if args.since is not None else None
    db = Database(Settings().effective_database_url)
    try:
        with db.reading() as session:
            groups = list_gaps(session, since)
    finally:
        db.dispose()
    if args.json:
        payload = [
            {
                "question": g.text,
                "count": g.count,
                "lang": g.lang,
                "last_asked": g.last_asked.isoformat(),
                "asked_at": list(g.steps),
            }
            for g in groups
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not groups:
        print("no unanswered questions / 답하지 못한 질문이 없어요")
        return 0
    for g in groups:
        when = g.last_asked.strftime("%Y-%m-%d")
        print(f"{g.count:>5}  {g.text}  [{g.lang}, last {when}, {', '.join(g.steps)}]")
    return 0
