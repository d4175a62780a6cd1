"""Migrations build the schema from an empty database, both ways, and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.store import migrate
from bot.store.db import Database
from bot.store.tables import Base


def test_upgrade_from_empty_and_back(db_url: str) -> None:
    db = Database(db_url)
    try:
        assert migrate.current(db) is None
        migrate.upgrade(db)
        assert migrate.is_up_to_date(db)
        assert {"conversations", "inbound_events", "outbox"} <= set(
            inspect(db.engine).get_table_names()
        )
        migrate.downgrade(db, "base")
        assert "conversations" not in inspect(db.engine).get_table_names()
        migrate.upgrade(db)
        assert migrate.is_up_to_date(db)
    finally:
        db.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db)
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()
