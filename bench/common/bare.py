"""A bolt app that only acknowledges, served like ``onboard serve`` serves its app (uvicorn,
Starlette, the dispatch in a worker thread, the same signature check): the upper bound of
what the HTTP side can take on this machine.

    python -m bench.common.bare --port 8001 --api-url http://127.0.0.1:…/api/
"""

from __future__ import annotations

import argparse
import logging

import uvicorn
from slack_bolt import Ack, App
from slack_sdk import WebClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bench.common.slack import BOT_TOKEN, SIGNING_SECRET
from bot.http.slack import slack_endpoint


def build(api_url: str) -> Starlette:
    app = App(
        client=WebClient(token=BOT_TOKEN, base_url=api_url),
        signing_secret=SIGNING_SECRET,
        process_before_response=True,
        logger=logging.getLogger("slack_bolt"),
    )

    def ack_only(ack: Ack) -> None:
        ack()

    app.event("message")(ack_only)

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/slack/events", slack_endpoint(app, SIGNING_SECRET), methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-url", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    uvicorn.run(build(args.api_url), host="127.0.0.1", port=args.port, log_config=None)


if __name__ == "__main__":
    main()
