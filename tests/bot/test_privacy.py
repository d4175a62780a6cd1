"""Erasing one person: their conversations and look-ups go, other people's stay, and the
records of the business and of actions are kept and counted."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import Services
from bot.privacy import erase_user
from bot.store.tables import (
    Business,
    ContractLookup,
    Conversation,
    InboundEvent,
    OutboxMessage,
    TranscriptLine,
    Upload,
    Verification,
)
from bot.uploads import store_upload
from dialogs.ports import Ports
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports)
    yield built
    built.close()


def count(services: Services, table: Any) -> int:
    with services.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_erase_one_person(services: Services) -> None:
    merchant, colleague = Chat(services, "U1"), Chat(services, "U2")
    merchant.say("안녕하세요 010-1234-5678")
    colleague.say("hello")
    now = services.engine.clock()
    with services.db.transaction() as session:
        kept_file = store_upload(
            session,
            conversation_key=merchant.key,
            user_id="U1",
            filename="cert.png",
            data=b"\x89PNG kept",
            now=now,
        )
        store_upload(
            session,
            conversation_key=merchant.key,
            user_id="U1",
            filename="other.png",
            data=b"\x89PNG gone",
            now=now,
        )
        session.add(ContractLookup(user_key="test:U1", business_number="1248100998", at=now))
        session.add(
            Verification(
                user_key="test:U1",
                business_number="1248100998",
                source="certificate",
                verified_by=None,
                at=now,
            )
        )
        session.add(
            Business(
                business_number="1248100998",
                profile={"name": "홍길동"},
                upload_id=kept_file.id,
                finished_by="test:U1",
                conversation_key=merchant.key,
                finished_at=now,
                updated_at=now,
            )
        )

    with services.db.transaction() as session:
        dry = erase_user(session, "test:U1")
    assert dry.erased["conversations"] == 1
    assert dry.erased["uploads"] == 1  # the certificate of a kept business stays
    assert dry.kept["businesses"] == 1
    assert count(services, Conversation) == 2  # a dry run changes nothing

    with services.db.transaction() as session:
        done = erase_user(session, "test:U1", dry_run=False)
    assert done.erased == dry.erased
    assert count(services, Conversation) == 1
    assert count(services, Upload) == 1
    assert count(services, ContractLookup) == 0
    assert count(services, Verification) == 0
    assert count(services, Business) == 1
    with services.db.transaction() as session:
        texts = session.scalars(select(TranscriptLine.text)).all()
        keys = set(session.scalars(select(InboundEvent.conversation_key)).all())
        outbox_owners = set(session.scalars(select(OutboxMessage.conversation_id)).all())
    assert not any("010-1234-5678" in text for text in texts)
    assert keys == {colleague.key}
    assert len(outbox_owners) == 1  # only the colleague's messages remain
    assert colleague.say("help")  # the colleague's conversation goes on


def test_a_malformed_user_key_is_refused(services: Services) -> None:
    with services.db.transaction() as session, pytest.raises(ValueError, match="slack:U123"):
        erase_user(session, "U1")


def test_the_command_counts_before_it_erases(tmp_path: Path) -> None:
    env = {**os.environ, "ONBOARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)

    def onboard(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    onboard("chat", "--user", "U9", "--job-timeout", "1")  # one conversation, the greeting
    assert "would erase" in onboard("erase", "--user", "console:U9")
    assert "erased" in onboard("erase", "--user", "console:U9", "--yes")
    assert "erased 0 rows" in onboard("erase", "--user", "console:U9", "--yes")
