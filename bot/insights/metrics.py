"""The report's counts for Prometheus (``/metrics``), over the last 30 days, read at scrape
time like the other database gauges so that every replica reports the same figures."""

from __future__ import annotations

from datetime import datetime, timedelta

from prometheus_client import Gauge

from bot.insights.report import build_report
from bot.store.db import Database

WINDOW = timedelta(days=30)
# The report reads a month of history (about 1.5 s for 5,000 conversations on SQLite,
# docs/performance.md): a scrape every few seconds recomputes it at most once a minute.
REFRESH_EVERY = timedelta(seconds=60)
_computed_at: dict[str, datetime] = {}  # database URL -> when its figures were computed

FUNNEL_REACHED = Gauge(
    "onboard_funnel_reached",
    "Conversations started in the last 30 days that reached each journey step",
    ["step"],
)
FUNNEL_WENT_ON = Gauge(
    "onboard_funnel_went_on",
    "Conversations started in the last 30 days that went on past each journey step",
    ["step"],
)
AGENT_NEEDED = Gauge(
    "onboard_agent_needed_conversations",
    "Conversations started in the last 30 days that needed an agent, by reason ('any': all)",
    ["reason"],
)
PG_STAGE_SECONDS = Gauge(
    "onboard_pg_stage_seconds",
    "Seconds from filing to each status per PG (first_message_to_filed: before filing), "
    "applications filed in the last 30 days",
    ["pg", "stage", "quantile"],
)


def refresh(db: Database, now: datetime) -> None:
    last = _computed_at.get(db.url)
    if last is not None and last <= now < last + REFRESH_EVERY:
        return
    report = build_report(db, since=now - WINDOW, until=now)
    _computed_at[db.url] = now
    for step in report.steps:
        FUNNEL_REACHED.labels(step=step.step).set(step.reached)
        FUNNEL_WENT_ON.labels(step=step.step).set(step.went_on)
    AGENT_NEEDED.labels(reason="any").set(report.agent_needed)
    for reason, count in report.agent_reasons.items():
        AGENT_NEEDED.labels(reason=reason).set(count)
    PG_STAGE_SECONDS.clear()  # a PG with nothing filed in the window must disappear
    for timeline in report.timelines:
        for stage, spread in timeline.spans.items():
            if spread is None:
                continue
            PG_STAGE_SECONDS.labels(pg=timeline.pg, stage=stage, quantile="0.5").set(spread.median)
            PG_STAGE_SECONDS.labels(pg=timeline.pg, stage=stage, quantile="0.9").set(spread.p90)
