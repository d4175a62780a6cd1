"""``/slack/events``: Slack's events, interactivity and slash commands, handed to bolt.

Before bolt sees a request, this endpoint checks what bolt would trip over: the signature
(with a timestamp that parses; bolt's own check raises on ``abc`` and logs the body of every
request it refuses) and the shape of a signed body (an event without ``event_id``, an
``event`` that is a string, a payload that is not an object), so that no request Slack would
not send costs a 500, a stack trace or an ``onboard_errors_total``. The body itself is never
logged. The size was bounded before this runs (bot/http/limits.py).

Bolt's own Starlette handler calls the (synchronous) app on the event loop; here the
dispatch runs in a worker thread so that one request's database write does not stall the
others. Request translation is bolt's (``to_bolt_request``/``to_starlette_response``).

Events whose acknowledgement only stores a turn (``direct``: messages and mentions when
workers answer, bot/slack/listeners.py ``DirectEvents``) skip bolt's dispatch: the body
parsed here for its shape is handed over as it is, and the ack is the one insert. Bolt's
dispatch (its request object, middleware chain, listener matching, a copy of the request for
a lazy listener with nothing to do, a thread for it) was ~60 % of serve's CPU an ack
(bench/common/ackcpu.py, docs/performance.md); under a burst that CPU is the ack's tail.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs

from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from bot import metrics

log = logging.getLogger(__name__)

TIMESTAMP_HEADER = "x-slack-request-timestamp"
SIGNATURE_HEADER = "x-slack-signature"
# Slack's ids are short; anything longer is not Slack's.
MAX_ID_CHARS = 100


def signature_problem(secret: str, headers: Mapping[str, str], body: bytes) -> str | None:
    """None when the request is Slack's and fresh; else why not (for the log: no body)."""
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    signature = headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signature:
        return "missing signature headers"
    if not timestamp.isdigit() or len(timestamp) > 12:
        return "malformed timestamp"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not UTF-8"
    if not SignatureVerifier(secret).is_valid(text, timestamp, signature):
        return "bad or stale signature"
    return None


def shape_problem(body: bytes, content_type: str) -> str | None:
    """What is wrong with a signed body's shape, None when bolt and the adapter can take it."""
    return parsed_body(body, content_type)[0]


def parsed_body(body: bytes, content_type: str) -> tuple[str | None, dict[str, Any] | None]:
    """(what is wrong with a signed body's shape or None, the JSON event body when it is one):
    parsed once, for the check and for the direct path."""
    try:
        text = body.decode("utf-8")
        if "json" in content_type:
            data = json.loads(text)
            problem = _event_problem(data)
            return problem, data if problem is None else None
        form = parse_qs(text, keep_blank_values=True)
    except ValueError:
        return "not JSON nor a form", None
    return _form_problem(form), None


def _form_problem(form: dict[str, list[str]]) -> str | None:
    if "payload" in form:
        try:
            return _payload_problem(json.loads(form["payload"][0]))
        except ValueError:
            return "payload is not JSON"
    if "command" in form:
        return None
    if "ssl_check" in form:
        return None
    return "neither an event, an interaction nor a command"


def _event_problem(data: Any) -> str | None:
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        return "not an object with a type"
    if data["type"] != "event_callback":
        return None  # url_verification, app_rate_limited: bolt answers those itself
    event, event_id = data.get("event"), data.get("event_id")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return "event is not an object with a type"
    if not isinstance(event_id, str) or not 0 < len(event_id) <= MAX_ID_CHARS:
        return "event_id is missing or malformed"
    for name in ("team_id", "api_app_id"):
        if name in data and not isinstance(data[name], str):
            return f"{name} is not a string"
    for name in ("user", "channel", "team", "text", "ts", "thread_ts", "subtype", "bot_id"):
        if event.get(name) is not None and not isinstance(event[name], str):
            return f"event.{name} is not a string"
    files = event.get("files")
    if files is not None and not (
        isinstance(files, list) and all(isinstance(f, dict) for f in files)
    ):
        return "event.files is not a list of objects"
    return None


def _payload_problem(data: Any) -> str | None:
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        return "payload is not an object with a type"
    for name in ("user", "team", "channel", "container", "message", "view", "state"):
        if data.get(name) is not None and not isinstance(data[name], dict):
            return f"payload.{name} is not an object"
    actions = data.get("actions")
    if actions is not None and not (
        isinstance(actions, list) and all(isinstance(a, dict) for a in actions)
    ):
        return "payload.actions is not a list of objects"
    return None


# Handles an event body without bolt (bot/slack/listeners.py ``DirectEvents``): None when it
# is not one of its events (bolt dispatches it), else the answer's status. Runs in a thread.
DirectAck = Callable[[dict[str, Any]], "int | None"]
# Bolt's answer to an acknowledged event (``ack()`` with nothing): 200, empty, plain text.
_ACKED = {"content-type": "text/plain;charset=utf-8"}


def slack_endpoint(app: App, signing_secret: str, direct: DirectAck | None = None):  # type: ignore[no-untyped-def]
    async def slack_events(request: Request) -> Response:
        body = await request.body()
        with metrics.timed(metrics.ACK_SECONDS, kind="http"):
            refused = signature_problem(signing_secret, request.headers, body)
            if refused is not None:
                log.warning("Slack request refused: %s (%d bytes)", refused, len(body))
                return JSONResponse({"error": "invalid request"}, status_code=401)
            problem, data = parsed_body(body, request.headers.get("content-type", ""))
            if problem is not None:
                # Signed, so Slack's (or a leaked secret's); either way no sender of Slack's
                # would send it: a clear 400, not a 500 that Slack would retry.
                log.warning("Slack request refused: %s", problem)
                return PlainTextResponse("malformed request body", status_code=400)
            if direct is not None and data is not None and data.get("type") == "event_callback":
                status = await run_in_threadpool(direct, data)
                if status is not None:
                    return Response(b"", status_code=status, headers=_ACKED)
            try:
                bolt_request = to_bolt_request(request, body)
            except (ValueError, TypeError, AttributeError):
                return PlainTextResponse("malformed request body", status_code=400)
            response = await run_in_threadpool(app.dispatch, bolt_request)
        return to_starlette_response(response)

    return slack_events
