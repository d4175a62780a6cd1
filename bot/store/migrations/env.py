"""Alembic environment: run against the engine ``bot.store.migrate`` hands us."""

from __future__ import annotations

from alembic import context

from bot.store.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `onboard db upgrade` (bot.store.migrate)")
context.configure(connection=connection, target_metadata=Base.metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
