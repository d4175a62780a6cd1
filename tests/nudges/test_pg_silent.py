"""(b) A filed application whose PG has not moved for 3 business days (holidays skipped)
alerts the agents' channel once per status, with the PG's contact route."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.applications.service import change_status, file_applications
from bot.nudges.business_days import add_business_days, business_days_between
from dialogs.effects import ApplicationItem
from knowledge.language import Lang
from knowledge.office_hours import office_hours
from tests.nudges.conftest import HOLIDAY, World, kst


def _file(world: World, pg: str, at: datetime) -> int:
    with world.services.db.transaction() as session:
        rows = file_applications(
            session,
            conversation_key="test:U1",
            business_number="1248100998",
            items=[ApplicationItem(pg=pg, methods=("card",), payment_types=())],
            actor="merchant:U1",
            now=at,
        )
        return rows[0].id


def test_business_days_skip_weekends_and_holidays() -> None:
    hours = office_hours("mon-fri 09:00-18:00", [HOLIDAY])
    # Monday + 3 business days, Wednesday off: Friday, same time.
    assert add_business_days(hours, kst(2, 10), 3) == kst(6, 10)
    # Friday + 1: Monday.
    assert add_business_days(hours, kst(6, 17), 1) == kst(9, 17)
    assert business_days_between(hours, kst(2, 10), kst(9, 10)) == 4


def test_an_alert_once_per_status_after_three_business_days(world: World) -> None:
    app_id = _file(world, "kcp", kst(2, 10))
    assert world.run_at(kst(5, 10, 30)) == 0  # Thursday: 2 business days (Wednesday is off)
    assert world.run_at(kst(6, 10, 1)) == 1  # Friday
    alert = world.agent_texts()[-1]
    assert f"APP-{app_id}" in alert
    assert "124-81-00998" in alert
    assert "pgs@portone.io" in alert
    assert "https://www.kcp.co.kr/" in alert  # the card review lookup page
    assert world.run_at(kst(6, 11, 0)) == 0
    assert world.run_at(kst(9, 10, 0)) == 0  # still silent, already told
    # The PG moves on Monday; silent again for 3 business days: a second alert.
    with world.services.db.transaction() as session:
        assert change_status(session, app_id, "received", "pg:webhook", now=kst(9, 10)).ok
    assert world.run_at(kst(11, 17, 0)) == 0
    assert world.run_at(kst(12, 10, 1)) == 1
    assert len(world.agent_texts()) == 2
    assert "접수" in world.agent_texts()[-1]  # the status it is stuck at now (agents read Korean)


def test_the_agents_language(world: World) -> None:
    _file(world, "html5_inicis", kst(2, 10))
    _file(world, "kcp", kst(2, 10))
    assert world.run_at(kst(6, 10, 1), agent_lang=Lang.EN) == 2
    assert all("business days without a move" in text for text in world.agent_texts())
    assert "KG INICIS" in world.agent_texts()[0]


def test_final_or_active_applications_are_not_chased(world: World) -> None:
    app_id = _file(world, "kcp", kst(2, 10))
    with world.services.db.transaction() as session:
        assert change_status(session, app_id, "cancelled", "merchant:U1", now=kst(2, 11)).ok
    assert world.run_at(kst(9, 10)) == 0


def test_switched_off_and_without_an_agents_channel(world: World) -> None:
    _file(world, "kcp", kst(2, 10))
    assert world.run_at(kst(6, 10, 1), pg_silent=False) == 0
    assert world.run_at(kst(6, 10, 2), agents_target=None) == 0
    assert world.run_at(kst(6, 10, 3)) == 1  # nothing was recorded while it could not go out


def test_korean_public_holidays_are_not_business_days() -> None:
    hours = office_hours("mon-fri 09:00-18:00", [], country="KR")
    christmas_eve = datetime(2026, 12, 24, 1, 0, tzinfo=UTC)  # Thursday 10:00 KST
    # Friday the 25th is a public holiday: one business day later is Monday the 28th.
    assert add_business_days(hours, christmas_eve, 1) == datetime(2026, 12, 28, 1, 0, tzinfo=UTC)
