"""The workers' scan for stale events reads the partial index of unfinished inbox rows, not
the whole inbox: done events are kept (for duplicates and the report) and outnumber the rest.
The stranger check reads an index of the audit log likewise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Executable, text

from bot.actors import told_before_query
from bot.engine import stale_conversations
from bot.store.db import Database

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _plan(db: Database, query: Executable) -> str:
    # A transaction, not ``reading()``: on PostgreSQL reads run in autocommit, where SET LOCAL
    # would not last until the EXPLAIN.
    with db.transaction() as session:
        compiled = query.compile(session.bind, compile_kwargs={"literal_binds": True})
        if db.is_postgres:
            # An empty test table is cheaper to scan whole: ask what the planner can use.
            session.execute(text("SET LOCAL enable_seqscan = off"))
            rows = session.execute(text(f"EXPLAIN {compiled}")).all()
        else:
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_the_stale_scan_reads_only_unfinished_rows(db: Database) -> None:
    plan = _plan(db, stale_conversations(NOW, NOW - timedelta(seconds=5)))
    assert "ix_inbound_unfinished" in plan, plan


def test_the_stranger_check_reads_the_audit_index(db: Database) -> None:
    """Whether a stranger was refused in a conversation before is asked at each of their
    turns; the audit log grows with every agent action (migration 0008)."""
    query = told_before_query("slack:T1:C1:1.0", "U2")
    plan = _plan(db, query)
    assert "ix_audit_conversation_actor" in plan, plan
