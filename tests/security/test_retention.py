"""Retention: processed inbox and outbox rows, finished jobs, uploads no business keeps and
old look-ups are pruned after ONBOARD_RETENTION_DAYS, by the worker and by ``onboard prune``;
conversations, transcripts, kept files and what is still pending stay."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import Services
from bot.commands import prune as prune_command
from bot.outbox import enqueue
from bot.retention import Retention
from bot.store.tables import (
    Business,
    ContractLookup,
    Conversation,
    InboundEvent,
    OutboxMessage,
    TranscriptLine,
    Upload,
)
from bot.uploads import store_upload
from dialogs.ports import Ports
from dialogs.replies import CardReply
from tests.fakes import FakeClock, FakeFaq
from tests.harness import Chat, build_test_services
from tests.security.conftest import count

DAY = 86_400.0


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any, clock: FakeClock) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports, clock=clock)
    yield built
    built.close()


def retention_step(services: Services) -> Retention:
    """The step the composition root registered with the worker."""
    (step,) = [s for s in services.worker.extra_steps if isinstance(s, Retention)]
    return step


def populate(services: Services, chat: Chat) -> None:
    chat.say("hello")
    chat.say("cancel")
    now = services.engine.clock()
    with services.db.transaction() as session:
        junk = store_upload(
            session, conversation_key=chat.key, user_id="U1", filename="junk.txt",
            data=b"not a certificate", now=now,
        )  # fmt: skip
        kept = store_upload(
            session, conversation_key=chat.key, user_id="U1", filename="cert.png",
            data=b"\x89PNG kept", now=now,
        )  # fmt: skip
        assert junk.id != kept.id
        session.add(
            Business(
                business_number="2208162517",
                profile={"trade_name": "하늘상사"},
                upload_id=kept.id,
                finished_by="test:U1",
                conversation_key=chat.key,
                finished_at=now,
                updated_at=now,
            )
        )
        session.add(ContractLookup(user_key="test:U1", business_number="2208162517", at=now))
        for text in ("card v1", "card v2"):  # a status card, updated in place
            enqueue(
                session,
                transport="test",
                target={"channel": "U1"},
                reply=CardReply(title=text, rows=[], update_key="app:1"),
                now=now,
            )
    services.dispatcher.deliver_all()


def test_the_worker_prunes_what_is_past_retention(services: Services, clock: FakeClock) -> None:
    chat = Chat(services)
    populate(services, chat)
    step = retention_step(services)
    assert step.days == 30  # the documented default
    assert step() == 0  # nothing is old yet
    clock.advance(31 * DAY)
    # An event accepted but not processed is not pruned, however old.
    services.engine.accept(chat.turn("still pending"))
    clock.advance(1)
    assert step() > 0
    assert count(services, InboundEvent) == 1
    assert count(services, InboundEvent, InboundEvent.status == "pending") == 1
    # Of the delivered messages only the newest copy of the status card stays.
    with services.db.reading() as session:
        left = session.scalars(select(OutboxMessage.reply)).all()
    assert [r["title"] for r in left] == ["card v2"]
    with services.db.reading() as session:
        assert session.scalars(select(Upload.filename)).all() == ["cert.png"]
    assert count(services, ContractLookup) == 0
    # The conversation and its transcript are the record: kept.
    assert count(services, Conversation) == 1
    assert count(services, TranscriptLine) > 0
    assert step() == 0  # again within the hour: nothing to do, nothing done


def test_onboard_prune_counts_then_prunes(
    services: Services,
    clock: FakeClock,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    populate(services, Chat(services))
    monkeypatch.setenv("DATABASE_URL", db_url)
    # ``onboard prune`` reads the real clock: the processed events are backdated past a day.
    with services.db.transaction() as session:
        for row in session.scalars(select(InboundEvent)):
            row.processed_at = datetime(2020, 1, 1, tzinfo=UTC)
    assert prune_command.run(argparse.Namespace(days=1, dry_run=True)) == 0
    assert "dry run" in capsys.readouterr().out
    assert count(services, InboundEvent) > 0
    assert prune_command.run(argparse.Namespace(days=1, dry_run=False)) == 0
    assert "inbound_events" in capsys.readouterr().out
    assert count(services, InboundEvent) == 0
