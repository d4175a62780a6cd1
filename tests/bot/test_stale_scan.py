"""The workers' scan for stale events reads the partial index of unfinished inbox rows, not
the whole inbox: done events are kept (for duplicates and the report) and outnumber the rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from bot.engine import stale_conversations
from bot.store.db import Database

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _plan(db: Database) -> str:
    query = stale_conversations(NOW, NOW - timedelta(seconds=5))
    with db.reading() as session:
        compiled = query.compile(session.bind, compile_kwargs={"literal_binds": True})
        if db.is_postgres:
            # An empty test table is cheaper to scan whole: ask what the planner can use.
            session.execute(text("SET LOCAL enable_seqscan = off"))
            rows = session.execute(text(f"EXPLAIN {compiled}")).all()
        else:
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_the_stale_scan_reads_only_unfinished_rows(db: Database) -> None:
    plan = _plan(db)
    assert "ix_inbound_unfinished" in plan, plan
