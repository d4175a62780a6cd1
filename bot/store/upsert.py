"""INSERT … ON CONFLICT DO NOTHING on both dialects (the one statement SQLAlchemy keeps per
dialect)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


@cache
def _statement(dialect: str, table: Any, keys: tuple[str, ...]) -> Insert:
    """The statement, built once: the values go as parameters, so it is compiled once too
    (built with the values inside, each call coerced every value and generated a cache key
    anew: a third of a turn's CPU went to ``insert_ignore``, bench/turns.py)."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    core = table.__table__
    return (
        insert(core)
        .on_conflict_do_nothing(index_elements=list(keys))
        # rowcount is not reliable here across drivers (psycopg reports -1); RETURNING is.
        .returning(*(core.c[key] for key in keys))
    )


def insert_ignore(session: Session, table: Any, values: dict[str, Any], *, keys: list[str]) -> bool:
    """Insert a row unless one with the same ``keys`` exists; True when it inserted."""
    stmt = _statement(session.get_bind().dialect.name, table, tuple(keys))
    # A Core statement on the session's connection: the ORM's bulk-insert machinery cost more
    # than the insert itself (bench/turns.py). Pending objects are flushed first, as the ORM
    # would before any statement, so the row sees what the transaction wrote so far.
    session.flush()
    return session.connection().execute(stmt, values).first() is not None
