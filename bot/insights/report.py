"""One report over a window, read from the database in one read-only transaction."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.insights import history
from bot.insights.funnel import Report, compute
from bot.store.db import Database

_WINDOW = re.compile(r"^\s*(\d+)\s*([dhw])\s*$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def parse_window(text: str) -> timedelta:
    """``30d``, ``12h``, ``2w``."""
    match = _WINDOW.match(text.lower())
    if match is None or int(match.group(1)) == 0:
        raise ValueError(f"{text!r}: write a window like 30d, 12h or 2w")
    return int(match.group(1)) * _UNITS[match.group(2)]


def build_report(db: Database, *, since: datetime, until: datetime) -> Report:
    with db.reading() as session:
        data = history.load(session, since, until)
    return compute(data)
