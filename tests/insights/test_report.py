"""The report on a seeded history whose answers are counted by hand (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import cli
from bot.insights.funnel import Report
from bot.insights.history_writer import PastApplication, PastConversation, write
from bot.insights.report import build_report, parse_window
from bot.insights.text import render
from bot.store.db import Database
from knowledge.language import Lang

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


def _history() -> list[PastConversation]:
    t0 = NOW - 10 * DAY
    return [
        # 1. only said hello, then asked for a person
        PastConversation("c1", t0, audit=[("request_human", {"reason": "asked"}, t0 + HOUR)]),
        # 2. chose methods, stopped at the PG question; not understood twice
        PastConversation(
            "c2",
            t0,
            state={
                "flow": "selection",
                "step": "pgs",
                "selection": {"items": [{"method": "card"}]},
            },
            audit=[("request_human", {"reason": "not_understood"}, t0 + HOUR)],
        ),
        # 3. confirmed the selection, gave a number, uploaded, stopped before saving
        PastConversation(
            "c3",
            t0,
            state={
                "flow": "business",
                "step": "fields",
                "selection": {"items": [{"method": "card", "pg": "kcp"}], "confirmed": True},
                "business": {"business_number": "1248100998"},
            },
            uploaded_at=t0 + HOUR,
        ),
        # 4. filed with KCP 2 h after the first message (no certificate: typed the number);
        #    received after 1 day, contract signed after 5 days. An agent took over unasked.
        PastConversation(
            "c4",
            t0,
            state={"flow": "applications", "step": "start"},
            saved_at=t0 + 2 * HOUR,
            applications=[
                PastApplication(
                    "kcp",
                    t0 + 2 * HOUR,
                    [
                        ("received", t0 + 2 * HOUR + DAY),
                        ("contract_signed", t0 + 2 * HOUR + 5 * DAY),
                    ],
                )
            ],
            audit=[("takeover", {"previous_status": "active"}, t0 + HOUR)],
        ),
        # 5. filed with KCP 4 h after, uploaded; the PG skipped "received" and went straight to
        #    contract signed after 3 days, then active after 9. Also filed with Inicis, untouched.
        PastConversation(
            "c5",
            t0,
            state={"flow": "applications", "step": "start"},
            uploaded_at=t0 + HOUR,
            saved_at=t0 + 4 * HOUR,
            applications=[
                PastApplication(
                    "kcp",
                    t0 + 4 * HOUR,
                    [
                        ("contract_signed", t0 + 4 * HOUR + 3 * DAY),
                        ("active", t0 + 4 * HOUR + 9 * DAY),
                    ],
                ),
                PastApplication("html5_inicis", t0 + 4 * HOUR),
            ],
            # asked, and the agent then took it from the queue: one reason, "asked"
            audit=[
                ("request_human", {"reason": "asked"}, t0 + HOUR),
                ("takeover", {"previous_status": "waiting"}, t0 + 2 * HOUR),
            ],
        ),
        # 6. outside the window (40 days ago): not counted anywhere
        PastConversation(
            "old",
            NOW - 40 * DAY,
            state={"flow": "applications", "step": "start"},
            applications=[PastApplication("kcp", NOW - 40 * DAY + HOUR)],
        ),
    ]


@pytest.fixture
def seeded(db: Database) -> Database:
    with db.transaction() as session:
        for past in _history():
            write(session, past)
    return db


def _report(db: Database) -> Report:
    return build_report(db, since=NOW - 30 * DAY, until=NOW)


def test_funnel_counts_reached_and_went_on(seeded: Database) -> None:
    steps = {s.step: (s.reached, s.went_on) for s in _report(seeded).steps}
    assert steps == {
        "started": (5, 4),
        "methods": (4, 3),  # c2 stopped at the PG question
        "selection_confirmed": (3, 3),
        "business_number": (3, 3),
        "certificate": (2, 1),  # c3 (stopped) and c5; c4 typed its number
        "business_saved": (2, 2),
        "filed": (2, 2),
        "received": (2, 2),  # c5's KCP skipped it: contract signed implies it was passed
        "contract_signed": (2, 1),
        "card_review": (1, 1),
        "active": (1, 0),
    }


def test_where_unfiled_conversations_stop(seeded: Database) -> None:
    assert _report(seeded).stopped_at == [
        ("business.fields", 1),
        ("menu.start", 1),
        ("selection.pgs", 1),
    ]


def test_timelines_per_pg_median_and_p90(seeded: Database) -> None:
    timelines = {t.pg: t for t in _report(seeded).timelines}
    assert list(timelines) == ["kcp", "html5_inicis"]  # most filed first
    kcp = timelines["kcp"]
    assert kcp.filed == 2
    first = kcp.spans["first_message_to_filed"]
    assert first is not None
    assert (first.count, first.median, first.p90) == (2, 3 * 3600, 4 * 3600)
    received = kcp.spans["received"]
    assert received is not None
    assert (received.median, received.p90) == (2 * 86400, 3 * 86400)
    signed = kcp.spans["contract_signed"]
    assert signed is not None
    assert (signed.median, signed.p90) == (4 * 86400, 5 * 86400)
    active = kcp.spans["active"]
    assert active is not None
    assert (active.count, active.median) == (1, 9 * 86400)
    inicis = timelines["html5_inicis"]
    assert inicis.filed == 1
    assert inicis.spans["received"] is None


def test_agents_needed_and_why(seeded: Database) -> None:
    report = _report(seeded)
    assert report.agent_needed == 4
    assert report.agent_reasons == {"not_understood": 1, "asked": 2, "took_over": 1, "other": 0}


def test_a_shorter_window_leaves_older_conversations_out(seeded: Database) -> None:
    report = build_report(seeded, since=NOW - 5 * DAY, until=NOW)
    assert report.conversations == 0
    assert report.timelines == []


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_text_tables_in_both_languages(seeded: Database, lang: Lang) -> None:
    text = render(_report(seeded), lang)
    assert ("사업자등록증 업로드" if lang is Lang.KO else "Certificate uploaded") in text
    assert ("KCP" in text) or ("NHN KCP" in text)
    assert "3.0h / 4.0h (n=2)" in text


def test_window_parsing() -> None:
    assert parse_window("30d") == 30 * DAY
    assert parse_window("12h") == 12 * HOUR
    assert parse_window("2w") == 14 * DAY
    for bad in ("", "0d", "30", "d", "-3d", "3y"):
        with pytest.raises(ValueError, match="window"):
            parse_window(bad)


def test_command_json_and_png(
    seeded: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", seeded.url)
    monkeypatch.setattr("bot.commands.report.utcnow", lambda: NOW)
    png = tmp_path / "funnel.png"
    assert cli.main(["report", "--json", "--png", str(png)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps"][0] == {"step": "started", "reached": 5, "went_on": 4}
    assert data["agents"]["needed"] == 4
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_without_matplotlib_says_how_to_install(
    seeded: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys

    monkeypatch.setenv("DATABASE_URL", seeded.url)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    assert cli.main(["report", "--png", str(tmp_path / "x.png")]) == 3
    assert "pip install -e '.[report]'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_prometheus_gets_the_same_counts(seeded: Database) -> None:
    from prometheus_client import REGISTRY

    from bot.insights import metrics

    metrics.refresh(seeded, NOW)

    def value(name: str, **labels: str) -> float | None:
        return REGISTRY.get_sample_value(name, labels)

    assert value("onboard_funnel_reached", step="started") == 5
    assert value("onboard_funnel_went_on", step="methods") == 3
    assert value("onboard_agent_needed_conversations", reason="any") == 4
    assert value("onboard_agent_needed_conversations", reason="asked") == 2
    median = value("onboard_pg_stage_seconds", pg="kcp", stage="received", quantile="0.5")
    assert median == 2 * 86400


def test_prometheus_figures_are_recomputed_at_most_once_a_minute(seeded: Database) -> None:
    from prometheus_client import REGISTRY

    from bot.insights import metrics

    def started() -> float | None:
        return REGISTRY.get_sample_value("onboard_funnel_reached", {"step": "started"})

    later = NOW + timedelta(hours=1)
    metrics.refresh(seeded, later)
    assert started() == 5
    with seeded.transaction() as session:
        write(session, PastConversation("c7", later - HOUR))
    metrics.refresh(seeded, later + timedelta(seconds=30))
    assert started() == 5  # the figures of a minute ago
    metrics.refresh(seeded, later + timedelta(seconds=61))
    assert started() == 6
