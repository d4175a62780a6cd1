"""Log contents: no request body in any log line, whatever the level; values masked where a
message or traceback carries one anyway; Slack timestamps intact."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest

from bot import logs
from bot.logs import mask
from tests.slack.workspace import MERCHANT, SUPPORT, SlackWorkspace, sign

# What the attacker sent: a name, a birth date, an address and a card number.
SECRETS = ("홍길동", "1985-07-21", "양화로 45", "4111 1111 1111 1111", "4111111111111111")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """The process's own logging at DEBUG (as ``ONBOARD_LOG_LEVEL=DEBUG`` configures it),
    captured."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    logs.configure("DEBUG")
    root.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    try:
        yield caplog
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def personal_event(slack: SlackWorkspace) -> str:
    ts = slack.fake.next_ts()
    text = "홍길동 1985-07-21 서울 마포구 양화로 45 카드 4111 1111 1111 1111"
    event = {
        "type": "message",
        "channel": SUPPORT,
        "user": MERCHANT,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": "T0TEAM",
        "channel_type": "channel",
    }
    return json.dumps(slack.event_body(event), ensure_ascii=False)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def test_an_invalid_signature_body_is_never_logged(
    slack: SlackWorkspace, debug_logs: pytest.LogCaptureFixture
) -> None:
    body = personal_event(slack)
    forged = sign(body, int(time.time()), secret="not-the-secret")
    assert slack.request(body, "application/json", signature=forged).status_code == 401
    stale = int(time.time()) - 3600
    assert slack.request(body, "application/json", timestamp=stale).status_code == 401
    slack.settle()
    assert "refused" in debug_logs.text  # the refusal is logged: why, never what
    assert_clean(debug_logs.text)


@pytest.mark.parametrize(
    "text",
    [
        "thread 1700000000.000100 of C0SUPPORT",
        "key slack:T0TEAM:C0SUPPORT:1700000000.000100",
        "ts=1700000123.456789,",
    ],
)
def test_slack_timestamps_survive_masking(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(
    ("raw", "hidden"),
    [
        ("card 4111 1111 1111 1111", "4111 1111 1111"),
        ("card 4111111111111111", "411111111111"),
        ("1 validation error\n  input_value='홍길동 1985-07-21', input_type=str", "홍길동"),
        ("biz 2208162517 at 1700000000.000100", "62517"),
    ],
)
def test_values_are_masked_next_to_timestamps(raw: str, hidden: str) -> None:
    assert hidden not in mask(raw)
