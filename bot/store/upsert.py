"""INSERT … ON CONFLICT DO NOTHING on both dialects (the one statement SQLAlchemy keeps per
dialect)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignore(session: Session, table: Any, values: dict[str, Any], *, keys: list[str]) -> bool:
    """Insert a row unless one with the same ``keys`` exists; True when it inserted."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    core = table.__table__
    stmt = (
        dialect.insert(core)
        .values(**values)
        .on_conflict_do_nothing(index_elements=keys)
        # rowcount is not reliable here across drivers (psycopg reports -1); RETURNING is.
        .returning(*(core.c[key] for key in keys))
    )
    # A Core statement on the session's connection: the ORM's bulk-insert machinery cost more
    # than the insert itself (bench/turns.py). Pending objects are flushed first, as the ORM
    # would before any statement, so the row sees what the transaction wrote so far.
    session.flush()
    return session.connection().execute(stmt).first() is not None
