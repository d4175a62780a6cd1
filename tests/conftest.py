"""Shared fixtures: a migrated database (SQLite always, PostgreSQL when TEST_DATABASE_URL is
set), and a chat harness that reads like a transcript: say something, read the replies."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from bot.store import migrate
from bot.store.db import Database, normalize_url

PG_URL = os.environ.get("TEST_DATABASE_URL")

# Property tests check correctness, not speed (speed is for bench/): a slow example on a busy
# 2-core machine must not fail a run.
settings.register_profile("onboard", deadline=None, print_blob=True)
settings.load_profile("onboard")


def _pg_schema_url(schema: str) -> str:
    assert PG_URL is not None
    separator = "&" if "?" in PG_URL else "?"
    return f"{normalize_url(PG_URL)}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema for one test."""
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalize_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'onboard.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'onboard.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    migrate.upgrade(database)
    yield database
    database.dispose()
