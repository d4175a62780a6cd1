"""The Starlette application of ``onboard serve``."""

from __future__ import annotations

from slack_bolt import App
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from bot.app import Services
from bot.applications.webhook import PATH as WEBHOOK_PATH
from bot.applications.webhook import webhook_route
from bot.http.health import health_endpoint
from bot.http.limits import SLACK_MAX_BYTES, WEBHOOK_MAX_BYTES, BodyLimit
from bot.http.metrics import metrics_endpoint
from bot.http.slack import slack_endpoint
from bot.slack.listeners import direct_events

SLACK_PATH = "/slack/events"


def build_http_app(services: Services, slack_app: App | None) -> Starlette:
    """``slack_app`` is None in Socket Mode: Slack then talks over the socket, not HTTP."""
    routes: list[BaseRoute] = [
        Route("/healthz", health_endpoint(services.db), methods=["GET"]),
        Route("/metrics", metrics_endpoint(services), methods=["GET"]),
    ]
    if slack_app is not None:
        signing = services.settings.slack_signing_secret
        signing_secret = signing.get_secret_value() if signing is not None else ""
        routes.append(
            Route(
                SLACK_PATH,
                slack_endpoint(slack_app, signing_secret, direct_events(slack_app)),
                methods=["POST"],
            )
        )
    # ``/webhooks/status``: PGs' status updates (bot/applications/webhook.py).
    secret = services.settings.webhook_secret
    routes.append(webhook_route(services.db, secret, services.engine.clock))
    # Bodies are bounded before anything reads them (bot/http/limits.py).
    limits = {SLACK_PATH: SLACK_MAX_BYTES, WEBHOOK_PATH: WEBHOOK_MAX_BYTES}
    return Starlette(routes=routes, middleware=[Middleware(BodyLimit, limits=limits)])
