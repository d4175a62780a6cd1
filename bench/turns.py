"""Profile of a turn: where the time of answering goes, without HTTP or Slack.

    .venv/bin/python bench/turns.py [--journeys 20] [--db sqlite|postgres] [--top 25]
                                    [--no-profile] [--statements] [--dump FILE]

Walks the journey of bench/common/journey.py (``--journeys`` merchants, each in a
conversation of its own) through the real engine, dialogs and ports on a scratch database
(SQLite in a temporary directory; PostgreSQL in a fresh schema of TEST_DATABASE_URL), with a
recording sender standing in for Slack, under cProfile, after one unprofiled journey (loading
the catalog and FAQ is once a process). Prints turns/s, the mean time of a turn, and the
functions with the most cumulative and own time. Counts the SQL statements sent to the
database a turn (BEGIN and COMMIT included), and the function calls a turn; ``--statements``
prints the statements of one turn of each step, ``--no-profile`` times without cProfile.
Bounded: ``--journeys`` at most 200.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event

from bench.common.journey import JOURNEY
from bench.common.server import scratch_database
from bot.app import build_services
from bot.config import Settings
from bot.store import migrate
from bot.store.db import Database
from dialogs.turns import Turn
from tests.fakes import RecordingSender


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--journeys", type=int, default=20)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true", help="time without cProfile")
    parser.add_argument(
        "--statements", action="store_true", help="print the statements of the last journey"
    )
    parser.add_argument("--dump", type=Path, help="write the profile here (pstats format)")
    args = parser.parse_args()
    journeys = max(1, min(args.journeys, 200))
    if args.db == "postgres" and not os.environ.get("TEST_DATABASE_URL"):
        raise SystemExit("--db postgres needs TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="onboard-turns-") as tmp:
        work = Path(tmp)
        with scratch_database(args.db, work, os.environ.get("TEST_DATABASE_URL")) as url:
            db = Database(url)
            migrate.upgrade(db)
            db.dispose()
            services = build_services(
                Settings(ONBOARD_DATA_DIR=work, ONBOARD_LOOKUPS_PER_HOUR=10_000),
                database_url=url,
            )
            services.dispatcher.add_sender("test", RecordingSender())
            turns = [
                [
                    Turn(
                        event_id=f"ev-{j}-{step}",
                        conversation_key=f"test:U{j}",
                        transport="test",
                        address={"channel": f"U{j}"},
                        user_id=f"U{j}",
                        text=words,
                    )
                    for step, words in enumerate(JOURNEY)
                ]
                for j in range(journeys + 1)
            ]
            # One journey first, unprofiled: loading the catalog and the FAQ is once a process.
            for turn in turns.pop(0):
                services.engine.handle(turn)
            statements: list[str] = []

            def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                statements.append(statement)

            # BEGIN and COMMIT too: on PostgreSQL each is a round trip like any statement (on
            # SQLite the BEGIN is a statement of our own, counted as one already).
            def ends(name: str) -> Any:
                def listener(conn: Any) -> None:
                    # In autocommit (PostgreSQL reads, an ack) the driver sends no BEGIN,
                    # COMMIT nor ROLLBACK: not a round trip, not counted.
                    if not getattr(conn.connection.dbapi_connection, "autocommit", False):
                        statements.append(name)

                return listener

            event.listen(services.db.engine, "before_cursor_execute", count)
            # PostgreSQL's ack goes to the driver directly (Database.execute_one): counted too.
            execute_one = services.db.execute_one

            def counted_one(statement: str, *a: Any, **k: Any) -> Any:
                statements.append(statement)
                return execute_one(statement, *a, **k)

            services.db.execute_one = counted_one  # type: ignore[method-assign]
            if services.db.is_postgres:
                event.listen(services.db.engine, "begin", ends("BEGIN"))
            event.listen(services.db.engine, "commit", ends("COMMIT"))
            event.listen(services.db.engine, "rollback", ends("ROLLBACK"))
            profile = cProfile.Profile()
            started, cpu = time.perf_counter(), time.process_time()
            if not args.no_profile:
                profile.enable()
            last: list[list[str]] = []
            for journey in turns:
                last = []
                for turn in journey:
                    before = len(statements)
                    services.engine.handle(turn)
                    last.append(statements[before:])
            profile.disable()
            took, cpu = time.perf_counter() - started, time.process_time() - cpu
            services.close()
    n = journeys * len(JOURNEY)
    how = "without a profiler" if args.no_profile else "under cProfile"
    print(
        f"os.cpu_count() = {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}; {args.db}; "
        f"{n} turns in {took:.2f}s {how}: {n / took:.1f} turns/s, {took / n * 1000:.1f} ms a "
        f"turn (accept + process), of which this process's CPU {cpu / n * 1000:.1f} ms (less "
        f"noisy on a shared machine); {len(statements) / n:.1f} SQL statements a turn "
        f"(BEGIN/COMMIT included)"
    )
    if args.statements:
        for step, (words, executed) in enumerate(zip(JOURNEY, last, strict=True)):
            print(f"-- step {step} ({words!r}): {len(executed)} statements")
            for statement in executed:
                print("   ", " ".join(statement.split())[:150])
    if args.no_profile:
        return 0
    stats = pstats.Stats(profile)
    if args.dump:
        stats.dump_stats(args.dump)
    print(f"function calls a turn: {stats.total_calls / n:,.0f}")  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
