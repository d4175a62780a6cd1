"""``/healthz``: the process answers and its database does. A load balancer's probe."""

from __future__ import annotations

import logging

from sqlalchemy import text
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from bot.store.db import Database

log = logging.getLogger(__name__)


def health_endpoint(db: Database):  # type: ignore[no-untyped-def]
    def check() -> None:
        with db.reading() as session:
            session.execute(text("SELECT 1"))

    async def healthz(request: Request) -> JSONResponse:
        try:
            await run_in_threadpool(check)
        except Exception as exc:
            log.warning("health check: database unavailable (%s)", type(exc).__name__)
            return JSONResponse({"status": "unavailable", "database": "error"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    return healthz
