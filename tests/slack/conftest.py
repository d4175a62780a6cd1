"""Slack fixtures: the fake Web API, and a workspace talking to the real bolt App over HTTP.

A test module may define its own ``slack_dialog`` fixture (e.g. the demo journey) to run the
bot with that dialog instead of the registered journeys.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.app import build_services
from bot.config import Settings
from bot.http.app import build_http_app
from bot.slack.app import attach_slack, build_bolt_app, build_client
from bot.store.db import Database
from dialogs.router import Dialog
from tests.fakes import FakeClock
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.live import LiveServer
from tests.slack.workspace import (
    AGENT,
    AGENTS,
    SIGNING_SECRET,
    SUPPORT,
    SlackWorkspace,
    TrackingExecutor,
)

WEBHOOK_SECRET = "webhook-test-secret"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def slack_dialog() -> Dialog | None:
    return None  # the registered journeys


def slack_settings(api_url: str, data_dir: Path) -> Settings:
    return Settings(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=api_url,
        ONBOARD_SUPPORT_CHANNELS=SUPPORT,
        ONBOARD_AGENT_CHANNEL=AGENTS,
        ONBOARD_AGENT_USERS=AGENT,
        ONBOARD_DATA_DIR=data_dir,
        ONBOARD_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )


@pytest.fixture
def slack(
    db: Database,
    db_url: str,
    tmp_path: Path,
    fake_slack: FakeSlack,
    clock: FakeClock,
    slack_dialog: Dialog | None,
) -> Iterator[SlackWorkspace]:
    settings = slack_settings(fake_slack.api_url, tmp_path)
    services = build_services(settings, database_url=db_url, clock=clock)
    if slack_dialog is not None:
        services.engine.dialog = slack_dialog
    client = build_client(settings)
    attach_slack(services, client, min_interval=0.0)
    executor = TrackingExecutor()
    app, listeners = build_bolt_app(services, client, listener_executor=executor)
    http_app = build_http_app(services, app)
    server = LiveServer(http_app)
    http = httpx.Client(base_url=server.url, timeout=30.0)
    workspace = SlackWorkspace(
        services, fake_slack, http, executor, deliver=services.dispatcher.deliver_all
    )
    workspace.bolt_app = app
    workspace.paths = [getattr(route, "path", "") for route in http_app.routes]
    yield workspace
    http.close()
    server.close()
    executor.shutdown(wait=True)
    listeners.close()
    services.close()
