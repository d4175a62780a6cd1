"""``onboard serve``: settings checked at start; health and metrics over HTTP."""

from __future__ import annotations

import argparse
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.routing import Route

from bot.commands import serve
from bot.config import Settings, SlackSettingsError
from bot.http.health import health_endpoint
from bot.store.db import Database
from tests.slack.live import LiveServer
from tests.slack.workspace import SlackWorkspace

_SLACK_VARIABLES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "ONBOARD_SUPPORT_CHANNELS",
    "ONBOARD_AGENT_CHANNEL",
    "ONBOARD_AGENT_USERS",
)


def test_missing_settings_stop_the_server_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in _SLACK_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert serve.run(argparse.Namespace(host="127.0.0.1", port=0)) == 2
    error = capsys.readouterr().err
    assert "SLACK_BOT_TOKEN is not set" in error
    assert "SLACK_SIGNING_SECRET is not set" in error


def test_malformed_settings_are_named() -> None:
    settings = Settings(
        SLACK_BOT_TOKEN=SecretStr("xoxp-user-token"),
        SLACK_APP_TOKEN=SecretStr("not-an-app-token"),
        SLACK_API_URL="slack.com/api",
        ONBOARD_SUPPORT_CHANNELS="#support",
        ONBOARD_AGENT_USERS="alice",
    )
    with pytest.raises(SlackSettingsError) as raised:
        settings.require_slack()
    message = str(raised.value)
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "ONBOARD_SUPPORT_CHANNELS",
        "ONBOARD_AGENT_USERS",
    ):
        assert name in message
    assert "SLACK_SIGNING_SECRET" not in message  # Socket Mode needs none


def test_good_settings_pass() -> None:
    Settings(
        SLACK_BOT_TOKEN=SecretStr("xoxb-1"),
        SLACK_SIGNING_SECRET=SecretStr("s"),
        ONBOARD_SUPPORT_CHANNELS="C0123,G0456",
        ONBOARD_AGENT_USERS="U01,W02",
    ).require_slack()


def test_health_and_metrics(slack: SlackWorkspace) -> None:
    health = slack.http.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok"}
    slack.post_message("hello")
    metrics = slack.http.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'onboard_turns_total{source="slack",transport="slack"}' in text
    assert "onboard_ack_seconds_bucket" in text
    assert "onboard_turn_seconds_bucket" in text
    assert "onboard_outbox_backlog 0.0" in text
    assert slack.http.get("/slack/events").status_code == 405


def test_health_reports_a_database_that_does_not_answer(tmp_path: Path) -> None:
    (tmp_path / "x.db").mkdir()  # a directory where the database file should be
    missing = Database(f"sqlite:///{tmp_path}/x.db")
    server = LiveServer(Starlette(routes=[Route("/healthz", health_endpoint(missing))]))
    try:
        response = httpx.get(server.url + "/healthz")
    finally:
        server.close()
        missing.dispose()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "error"}


def test_the_status_webhook_is_mounted(slack: SlackWorkspace) -> None:
    # Unsigned: refused by the webhook itself (not a 404 from the router).
    response = slack.http.post("/webhooks/status", content=b"{}")
    assert response.status_code in (401, 503)
