"""``/slack/events``: Slack's events, interactivity and slash commands, handed to bolt.

Bolt's own Starlette handler calls the (synchronous) app on the event loop; here the
dispatch runs in a worker thread so that one request's database write does not stall the
others. Request translation is bolt's (``to_bolt_request``/``to_starlette_response``).
"""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from bot import metrics


def slack_endpoint(app: App):  # type: ignore[no-untyped-def]
    async def slack_events(request: Request) -> Response:
        body = await request.body()
        with metrics.timed(metrics.ACK_SECONDS, kind="http"):
            try:
                bolt_request = to_bolt_request(request, body)
            except (ValueError, TypeError, AttributeError):
                # Not JSON, nor a form with a JSON payload: no sender of Slack's would send it,
                # and it must cost neither a stack trace nor a 500 (which Slack would retry).
                return PlainTextResponse("malformed request body", status_code=400)
            response = await run_in_threadpool(app.dispatch, bolt_request)
        return to_starlette_response(response)

    return slack_events
