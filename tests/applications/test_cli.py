"""``onboard status set|list`` and ``onboard subscribe`` on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.app import Services
from bot.cli import main
from bot.store.tables import Application, Subscription
from tests.applications.conftest import file_for
from tests.fakes import FakeClock
from tests.harness import Chat


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, db_url: str, services: Services) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("ONBOARD_LOG_LEVEL", "WARNING")


def test_status_set_and_list(
    cli_env: None, chat: Chat, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    file_for(chat)
    capsys.readouterr()
    assert main(["status", "list"]) == 0
    out = capsys.readouterr().out
    assert "APP-1" in out and "220-81-62517" in out and "submitted" in out
    assert main(["status", "set", "APP-1", "received", "--note", "KCP has it"]) == 0
    assert "APP-1: changed: submitted -> received" in capsys.readouterr().out
    assert main(["status", "set", "1", "submitted"]) == 1
    assert "earlier stage" in capsys.readouterr().out
    assert main(["status", "set", "APP-77", "received"]) == 1
    assert main(["status", "set", "nonsense", "received"]) == 2
    assert main(["status", "list", "--business", "124-81-00998"]) == 0
    assert "(no applications)" in capsys.readouterr().out
    with chat.db.transaction() as session:
        row = session.get(Application, 1)
        assert row is not None and (row.status, row.status_note) == ("received", "KCP has it")
    # The change reached the merchant's thread through the outbox (the CLI runs on real time).
    clock.now = datetime.now(UTC) + timedelta(minutes=1)
    chat.services.dispatcher.deliver_all()
    assert "KCP has it" in chat.sender.sent[-1].reply.fallback()


def test_subscribe_a_channel_feed(
    cli_env: None, capsys: pytest.CaptureFixture[str], chat: Chat
) -> None:
    assert main(["subscribe", "--channel", "C123", "--all"]) == 0
    assert main(["subscribe", "--channel", "C123", "--all"]) == 0
    assert "already subscribed" in capsys.readouterr().out
    assert main(["subscribe", "--channel", "C9", "--business", "220-81-62518"]) == 2
    with chat.db.transaction() as session:
        (feed,) = session.scalars(select(Subscription)).all()
        assert (feed.scope, feed.target, feed.transport) == ("all", {"channel": "C123"}, "slack")
    assert main(["subscribe", "--channel", "C123", "--all", "--remove"]) == 0
    assert "unsubscribed" in capsys.readouterr().out
