"""Before filing: the NTS's answer, fetched by the worker when the number was given, holds the
filing of a suspended or closed business and offers an agent; anything else files. Console
chat (the harness) on SQLite and PostgreSQL, Korean and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import Services, build_services
from bot.config import Settings
from bot.store.tables import Application, Conversation, NtsStatus
from dialogs.applications import flow as applications
from dialogs.router import Dialog
from tests.fakes import FakeClock
from tests.harness import Chat
from tests.nts.fake_nts import KEY, FakeNts
from tests.nts.flows import business_flow

CLOSED = "1058702736"
SUSPENDED = "2208162517"
RUNNING = "1248100998"
UNKNOWN = "1234567891"


def _services(db_url: str, tmp_path: Path, clock: FakeClock, **env: Any) -> Services:
    settings = Settings(ONBOARD_DATA_DIR=tmp_path, **env)
    services = build_services(settings, database_url=db_url, clock=clock)
    services.engine.dialog = Dialog([applications.build(), business_flow()])
    return services


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(
    db_url: str, tmp_path: Path, db: Any, clock: FakeClock, nts: FakeNts
) -> Iterator[Services]:
    built = _services(db_url, tmp_path, clock, ONBOARD_NTS_SERVICE_KEY=KEY, ONBOARD_NTS_URL=nts.url)
    yield built
    built.close()


def _give_number(services: Services, number: str, lang: str = "English") -> Chat:
    chat = Chat(services)
    chat.say(lang)
    chat.say(action="menu:filer")
    chat.say(f"number {number}")
    services.worker.run_once()  # the NTS step asks about the new number
    return chat


def _filed(services: Services) -> int:
    with services.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Application)) or 0)


def test_a_closed_business_is_told_why_and_offered_an_agent(
    services: Services, nts: FakeNts
) -> None:
    nts.registry.businesses = {CLOSED: ("03", "20240131")}
    chat = _give_number(services, CLOSED)
    said = chat.say("file")
    assert "registered as closed (폐업) (closed on 2024-01-31)" in said
    assert "cannot sign a contract with a closed business" in said
    assert "nothing has been filed" in said
    assert _filed(services) == 0
    agent_button = chat.replies()[-1].options[0]  # type: ignore[union-attr]
    assert agent_button.value == "cmd:human"
    chat.say(action=agent_button.value)
    with services.db.reading() as session:
        assert session.scalars(select(Conversation.status)).one() == "waiting"


def test_a_suspended_business_in_korean(services: Services, nts: FakeNts) -> None:
    nts.registry.businesses = {SUSPENDED: ("02", "")}
    chat = _give_number(services, SUSPENDED, "한국어")
    said = chat.say("file")
    assert "'휴업' 상태예요" in said
    assert "거절돼요" in said
    assert "상담원 연결" in said
    assert _filed(services) == 0


@pytest.mark.parametrize("number", [RUNNING, UNKNOWN])
def test_running_or_not_yet_registered_files(services: Services, nts: FakeNts, number: str) -> None:
    nts.registry.businesses = {RUNNING: ("01", "")}
    chat = _give_number(services, number)
    assert "filed the application" in chat.say("file")
    assert _filed(services) == 1


@pytest.mark.parametrize("mode", ["error", "slow", "bad_key", "not_json"])
def test_the_service_failing_never_blocks_filing(
    services: Services, nts: FakeNts, mode: str
) -> None:
    nts.registry.businesses = {CLOSED: ("03", "")}
    nts.registry.mode = mode
    nts.registry.slow_seconds = 3.0  # beyond the client's 2 s
    chat = _give_number(services, CLOSED)
    assert "filed the application" in chat.say("file")


def test_the_answer_is_kept_a_day(services: Services, nts: FakeNts, clock: FakeClock) -> None:
    nts.registry.businesses = {CLOSED: ("01", "")}  # still running when first asked
    chat = _give_number(services, CLOSED)
    asked = len(nts.registry.requests)
    nts.registry.businesses = {CLOSED: ("03", "")}  # closes that afternoon
    clock.advance(3600)
    chat.say(f"number {CLOSED}")
    services.worker.run_once()
    assert len(nts.registry.requests) == asked  # a fresh answer is not asked again
    assert "filed the application" in chat.say("file")
    clock.advance(timedelta(days=1).total_seconds())
    chat.say(action="menu:filer")  # filing moved the chat to the applications journey
    chat.say(f"number {CLOSED}")
    services.worker.run_once()
    assert len(nts.registry.requests) == asked + 1
    assert "registered as closed" in chat.say("file")
    with services.db.reading() as session:
        assert session.get(NtsStatus, CLOSED).status_code == "03"  # type: ignore[union-attr]


def test_off_without_a_key(db_url: str, tmp_path: Path, db: Any, nts: FakeNts) -> None:
    nts.registry.businesses = {CLOSED: ("03", "")}
    services = _services(db_url, tmp_path, FakeClock(), ONBOARD_NTS_URL=nts.url)
    try:
        chat = _give_number(services, CLOSED)
        assert "filed the application" in chat.say("file")
        assert nts.registry.requests == []
    finally:
        services.close()


def test_a_failing_service_is_left_alone_a_minute(
    services: Services, nts: FakeNts, clock: FakeClock
) -> None:
    nts.registry.mode = "error"
    _give_number(services, CLOSED)
    assert len(nts.registry.requests) == 1
    clock.advance(30)
    services.worker.run_once()
    assert len(nts.registry.requests) == 1
    nts.registry.mode = "ok"
    clock.advance(31)
    services.worker.run_once()  # the number is still unchecked: asked again
    assert len(nts.registry.requests) == 2
    with services.db.reading() as session:
        assert session.get(NtsStatus, CLOSED) is not None


def test_answers_past_their_use_are_deleted(
    services: Services, nts: FakeNts, clock: FakeClock
) -> None:
    nts.registry.businesses = {RUNNING: ("01", "")}
    _give_number(services, RUNNING)
    asked = len(nts.registry.requests)
    clock.advance(60)
    services.worker.run_once()  # a later round: the watermark passes the conversation
    clock.advance(timedelta(days=2, hours=2).total_seconds())
    services.worker.run_once()  # the conversation is quiet: nothing to ask, the old answer goes
    assert len(nts.registry.requests) == asked
    with services.db.reading() as session:
        assert session.get(NtsStatus, RUNNING) is None
