"""Fixtures for the contracts tests: a registry with demo contracts, a chat with real ports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, ports_factory
from bot.config import Settings
from bot.contracts.csvio import import_csv
from bot.contracts.verification import verify
from bot.store.db import Database
from tests.fakes import FakeClock
from tests.harness import Chat, build_test_services

REGISTRY = """business_number,pg,methods,status,mid,contract_date,end_date
124-81-00998,kcp,card|vbank,active,IMP_KCP_A1B2C3D4,2023-03-14,
124-81-00998,kakaopay,kakaopay,active,IMPKAKAO0042,2023-04-02,
220-88-12340,nice_v2,card,terminated,nicepay00m,2021-06-01,2024-05-31
"""
LIMIT = 3


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def registry(db: Database, clock: FakeClock) -> Database:
    with db.transaction() as session:
        report = import_csv(session, REGISTRY, clock())
    assert report.ok, report.errors
    return db


@pytest.fixture
def services(db_url: str, tmp_path: Path, registry: Any, clock: FakeClock) -> Iterator[Services]:
    built = build_test_services(
        db_url, tmp_path, clock=clock, ports=ports_factory(Settings(ONBOARD_LOOKUPS_PER_HOUR=LIMIT))
    )
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> Chat:
    return Chat(services, "U1")


def verify_user(db: Database, key: str, number: str, clock: FakeClock) -> None:
    with db.transaction() as session:
        verify(session, key, number, "agent", "test:AGENT", clock())
