"""The real bolt app over HTTP against the fake Slack Web API (tests/slack's fixtures)."""

from tests.slack.conftest import clock, fake_slack, slack, slack_dialog

__all__ = ["clock", "fake_slack", "slack", "slack_dialog"]
