"""Unanswered questions are kept masked and listed grouped by ``onboard knowledge gaps``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import Services
from bot.commands import knowledge_check
from bot.knowledge_gaps import list_gaps
from bot.store.tables import KnowledgeGap
from tests.fakes import FakeClock
from tests.harness import Chat, build_test_services

UNANSWERABLE = "고양이가 키보드를 밟으면 어떻게 하나요? 연락처 010-1234-5678"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, clock=clock)
    from bot.store import migrate

    migrate.upgrade(built.db)
    yield built
    built.db.dispose()


def _gaps(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    parser = argparse.ArgumentParser(prog="onboard")
    knowledge_check.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["knowledge", "gaps", *argv])
    assert args.func(args) == 0
    return capsys.readouterr().out


def test_unanswered_questions_are_recorded_masked_grouped_and_listed(
    services: Services,
    clock: FakeClock,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = Chat(services, "U1"), Chat(services, "U2")
    first.say(UNANSWERABLE)
    clock.advance(60)
    second.say(UNANSWERABLE.replace("5678", "9999") + "!!")  # same question, other number
    clock.advance(60)
    answered = second.say("카드사 심사는 얼마나 걸려요?")  # answered: not a gap
    assert "2주" in answered
    with services.db.reading() as session:
        rows = session.scalars(select(KnowledgeGap)).all()
        assert len(rows) == 2
        assert all("1234-5678" not in row.text and "010-1234" not in row.text for row in rows)
        assert "0**-****-5678" in rows[0].text
        groups = list_gaps(session)
    assert [(g.count, g.lang) for g in groups] == [(2, "ko")]
    assert groups[0].steps == ("menu/start",)

    monkeypatch.setenv("DATABASE_URL", db_url)
    out = json.loads(_gaps(["--json"], capsys))
    assert [(g["count"], g["lang"]) for g in out] == [(2, "ko")]
    assert "010-1234" not in json.dumps(out, ensure_ascii=False)
    assert "고양이가 키보드를" in _gaps([], capsys)


def test_since_leaves_older_questions_out(services: Services, clock: FakeClock) -> None:
    Chat(services, "U1").say(UNANSWERABLE)
    with services.db.reading() as session:
        assert len(list_gaps(session, since=clock() - timedelta(minutes=5))) == 1
        assert list_gaps(session, since=clock() + timedelta(minutes=5)) == []


def test_the_period_is_checked() -> None:
    from bot.commands.knowledge_gaps import parse_since

    assert parse_since("30d") == timedelta(days=30)
    assert parse_since("12h") == timedelta(hours=12)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_since("soon")
