"""A waiting conversation nobody took is posted again once a period, by one replica only,
and not while agents are away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.handoff.alerts import UnassignedAlerts
from bot.handoff.desk import DeskConfig
from bot.store.db import Database
from tests.handoff.conftest import Desk, desk, open_desk


def _alerts(support: Desk, config: DeskConfig | None = None) -> UnassignedAlerts:
    return UnassignedAlerts(
        support.services.db, support.clock, config or desk(), every=timedelta(0)
    )


def _cards(support: Desk) -> list[str]:
    support.services.dispatcher.deliver_all()
    return [text for text in support.posted() if "Take" in text or "담당하기" in text]


def test_alert_once_per_period(support: Desk) -> None:
    alerts = _alerts(support)
    support.chat.say("agent")
    assert len(_cards(support)) == 1  # the request's card
    support.clock.advance(9 * 60)
    assert alerts() == 0
    support.clock.advance(60)
    assert alerts() == 1
    assert "10분째 대기 중" in _cards(support)[-1]
    assert alerts() == 0  # the same period: nothing more
    support.clock.advance(5 * 60)
    assert alerts() == 0
    support.clock.advance(5 * 60)
    assert alerts() == 1
    assert len(_cards(support)) == 3


def test_no_alert_once_taken(support: Desk) -> None:
    alerts = _alerts(support)
    support.chat.say("agent")
    support.agent(action="agent:takeover")
    support.clock.advance(3600)
    assert alerts() == 0


def test_two_replicas_alert_once(support: Desk, db_url: str) -> None:
    support.chat.say("agent")
    support.clock.advance(11 * 60)
    other = Database(db_url)  # a second replica: its own engine and connections
    try:
        first = _alerts(support)
        second = UnassignedAlerts(other, support.clock, desk(), every=timedelta(0))
        assert first() + second() == 1
    finally:
        other.dispose()


def test_no_alert_while_agents_are_away(db_url: str, tmp_path: Path, db: Any) -> None:
    friday_1755 = datetime(2026, 11, 6, 8, 55, tzinfo=UTC)
    built = open_desk(db_url, tmp_path, desk(), friday_1755)
    try:
        alerts = _alerts(built)
        built.chat.say("agent")
        built.clock.advance(30 * 60)  # 18:25: closed
        assert alerts() == 0
        built.clock.now = datetime(2026, 11, 9, 0, 0, tzinfo=UTC)  # Monday 09:00 KST
        assert alerts() == 1
    finally:
        built.services.close()


def test_the_worker_runs_the_alert_step(support: Desk) -> None:
    support.chat.say("agent")
    support.clock.advance(11 * 60)
    support.services.worker.run_once()
    support.services.dispatcher.deliver_all()
    assert "11분째 대기 중" in support.posted()[-1]
    support.services.worker.run_once()  # within the check period, and already alerted
    support.services.dispatcher.deliver_all()
    assert sum("대기 중" in text for text in support.posted()) == 1
