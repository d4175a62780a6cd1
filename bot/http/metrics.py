"""``/metrics`` in Prometheus' text format; database gauges are read at each scrape."""

from __future__ import annotations

import logging

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bot import metrics
from bot.app import Services
from bot.insights import metrics as insights_metrics
from bot.store.tables import Job

log = logging.getLogger(__name__)


def refresh(services: Services) -> None:
    metrics.OUTBOX_BACKLOG.set(services.dispatcher.backlog())
    with services.db.reading() as session:
        counts = session.execute(
            select(Job.kind, Job.status, func.count())
            .where(Job.status.in_(("pending", "running", "failed")))
            .group_by(Job.kind, Job.status)
        ).all()
    metrics.JOBS.clear()  # a kind with no unfinished jobs left must read 0, not its last value
    for kind, status, count in counts:
        metrics.JOBS.labels(kind=kind, status=status).set(count)
    insights_metrics.refresh(services.db, services.engine.clock())


def metrics_endpoint(services: Services):  # type: ignore[no-untyped-def]
    async def serve_metrics(request: Request) -> Response:
        try:
            await run_in_threadpool(refresh, services)
        except Exception:
            # Report what the process knows even when the database does not answer.
            metrics.ERRORS.labels(where="metrics_refresh").inc()
            log.exception("metrics: database gauges not refreshed")
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return serve_metrics
