"""``POST /webhooks/status``: a PG (or PortOne's back office) reports a status change.

Signed like Slack's requests: ``X-Onboard-Timestamp`` (Unix seconds) and
``X-Onboard-Signature: v1=<hex>``, the HMAC-SHA256 with ``ONBOARD_WEBHOOK_SECRET`` of
``v1:<timestamp>:<raw body>``. A timestamp more than 5 minutes from now is refused, so a
captured request cannot be replayed later; within the window, the body's ``idempotency_key``
makes a repeated delivery a no-op.

Body (JSON): ``{"application_id": 12, "status": "received", "note": "…",
"idempotency_key": "pg-evt-123"}``; ``application_id`` may also be ``"APP-12"``.

Answers: 200 changed or duplicate (nothing done twice), 400 malformed, 401 bad or stale
signature, 404 unknown application, 409 refused by the lifecycle (or the key reused for a
different change), 503 when no secret is configured.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import SecretStr
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.applications.service import Actor, Change, Result, change_status
from bot.clock import Clock, utcnow
from bot.store.db import Database
from dialogs.applications.parse import parse_app_id
from knowledge.lifecycle import ActorKind

log = logging.getLogger(__name__)

PATH = "/webhooks/status"
TIMESTAMP_HEADER = "X-Onboard-Timestamp"
SIGNATURE_HEADER = "X-Onboard-Signature"
SIGNATURE_VERSION = "v1"
WINDOW_SECONDS = 300
# The HTTP app bounds the body before this reads it (bot/http/limits.py WEBHOOK_MAX_BYTES);
# this second check guards the endpoint mounted elsewhere.
MAX_BODY_BYTES = 64 * 1024
# Application ids are BIGINT (PostgreSQL) / INTEGER (SQLite): both signed 64-bit.
MAX_APPLICATION_ID = 2**63 - 1
# Keys from the webhook live in their own namespace: an agent's or the CLI's cannot clash.
KEY_PREFIX = "webhook:"
ACTOR = Actor(ActorKind.PG, "webhook")

STATUS_CODES = {
    Change.CHANGED: 200,
    Change.DUPLICATE: 200,
    Change.NOT_FOUND: 404,
    Change.REFUSED: 409,
    Change.KEY_REUSED: 409,
}


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value for ``body`` sent at ``timestamp`` (senders use this)."""
    message = f"{SIGNATURE_VERSION}:{timestamp}:".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_VERSION}={digest}"


def verify(
    secret: str, timestamp: str | None, signature: str | None, body: bytes, now: datetime
) -> str | None:
    """None when the request is authentic and fresh; else why not (for the log only)."""
    if not timestamp or not signature:
        return "missing signature headers"
    try:
        sent = int(timestamp)
    except ValueError:
        return "malformed timestamp"
    if abs(now.timestamp() - sent) > WINDOW_SECONDS:
        return "timestamp outside the 5-minute window"
    if not hmac.compare_digest(sign(secret, timestamp, body), signature):
        return "signature mismatch"
    return None


@dataclass(frozen=True)
class StatusReport:
    application_id: int
    status: str
    note: str | None
    idempotency_key: str

    @classmethod
    def parse(cls, body: bytes) -> StatusReport | str:
        """The report, or what is wrong with it."""
        try:
            raw: Any = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return "body is not JSON"
        if not isinstance(raw, dict):
            return "body must be a JSON object"
        app = raw.get("application_id")
        app_id = app if isinstance(app, int) and not isinstance(app, bool) else None
        if isinstance(app, str):
            app_id = parse_app_id(app)
        if app_id is not None and not 0 < app_id <= MAX_APPLICATION_ID:
            app_id = None  # 10**30 would overflow the database's integer, not find nothing
        status, note, key = raw.get("status"), raw.get("note"), raw.get("idempotency_key")
        if app_id is None:
            return "application_id is missing or malformed"
        if not isinstance(status, str) or not status:
            return "status is missing"
        if note is not None and not isinstance(note, str):
            return "note must be a string"
        if not isinstance(key, str) or not 1 <= len(key) <= 150:
            return "idempotency_key is missing (1-150 characters)"
        return cls(app_id, status.strip(), note, key)


def apply_report(db: Database, report: StatusReport, now: datetime) -> Result:
    with db.transaction() as session:
        return change_status(
            session,
            report.application_id,
            report.status,
            ACTOR,
            report.note,
            idempotency_key=KEY_PREFIX + report.idempotency_key,
            now=now,
        )


def build_endpoint(db: Database, secret: str | None, clock: Clock = utcnow) -> Any:
    async def status_webhook(request: Request) -> JSONResponse:
        if secret is None:
            return JSONResponse({"error": "status webhook not configured"}, status_code=503)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return JSONResponse({"error": "body too large"}, status_code=413)
        problem = verify(
            secret,
            request.headers.get(TIMESTAMP_HEADER),
            request.headers.get(SIGNATURE_HEADER),
            body,
            clock(),
        )
        if problem is not None:
            log.warning("status webhook refused: %s", problem)
            return JSONResponse({"error": "invalid signature"}, status_code=401)
        report = StatusReport.parse(body)
        if isinstance(report, str):
            return JSONResponse({"error": report}, status_code=400)
        result = await run_in_threadpool(apply_report, db, report, clock())
        log.info(
            "status webhook: application %s -> %s: %s",
            report.application_id,
            report.status,
            result.change,
        )
        return JSONResponse(
            {
                "result": result.change.value,
                "application_id": result.application_id,
                "from": result.from_status,
                "to": result.to_status,
                "reason": result.reason,
            },
            status_code=STATUS_CODES[result.change],
        )

    return status_webhook


def webhook_route(db: Database, secret: SecretStr | None, clock: Clock = utcnow) -> Route:
    """The route the HTTP app mounts; ``secret`` is ``Settings.webhook_secret`` (None: off)."""
    endpoint = build_endpoint(db, secret.get_secret_value() if secret is not None else None, clock)
    return Route(PATH, endpoint, methods=["POST"])
