"""Draw the README's chart: a month of invented conversations in a throw-away SQLite
database, then ``onboard report --png``. Run: ``.venv/bin/python scripts/demo_report.py``."""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bot.insights.chart import draw
from bot.insights.history_writer import demo_history, write
from bot.insights.report import build_report, parse_window
from bot.insights.text import render
from bot.store import migrate
from bot.store.db import Database
from knowledge.language import Lang

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def main(out: Path, lang: Lang) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/demo.db")
        try:
            migrate.upgrade(db)
            with db.transaction() as session:
                for past in demo_history(NOW):
                    write(session, past)
            report = build_report(db, since=NOW - parse_window("30d"), until=NOW)
        finally:
            db.dispose()
    print(render(report, lang))
    draw(report, out, lang)
    print(f"chart: {out}")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/report-demo.png")
    main(target, Lang(sys.argv[2]) if len(sys.argv) > 2 else Lang.EN)
