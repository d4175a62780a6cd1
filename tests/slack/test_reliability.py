"""What Slack does to a bot: retries, bad signatures, rate limits, outages, crashes."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from slack_bolt.request import BoltRequest

from bot.app import build_services
from bot.config import Settings
from bot.outbox import Outgoing, RetryLater, Undeliverable
from bot.slack.app import build_client
from bot.slack.sender import SlackSender
from bot.worker import Worker
from dialogs.replies import TableReply, TextReply
from tests.fakes import FakeClock
from tests.slack.conftest import slack_settings
from tests.slack.fake_slack import TEAM, FakeSlack
from tests.slack.workspace import SUPPORT, SlackWorkspace, sign


def _event_body(slack: SlackWorkspace) -> str:
    event = {"type": "message", "channel": SUPPORT, "user": "U0X", "text": "hi", "ts": "5.1"}
    return json.dumps(slack.event_body(event))


def test_a_bad_signature_is_refused(slack: SlackWorkspace) -> None:
    body = _event_body(slack)
    forged = sign(body, int(time.time()), secret="not-the-secret")
    response = slack.request(body, "application/json", signature=forged)
    assert response.status_code == 401
    assert slack.accepted() == []


def test_a_stale_timestamp_is_refused(slack: SlackWorkspace) -> None:
    body = _event_body(slack)
    stale = int(time.time()) - 10 * 60  # Slack's window is 5 minutes
    response = slack.request(body, "application/json", timestamp=stale)
    assert response.status_code == 401
    assert slack.accepted() == []


def test_url_verification_and_file_shared_are_acknowledged(slack: SlackWorkspace) -> None:
    challenge = json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"})
    response = slack.request(challenge, "application/json")
    assert response.status_code == 200
    assert "abc" in response.text
    file_shared = {"type": "file_shared", "file_id": "F1", "user_id": "U0X", "channel_id": SUPPORT}
    assert slack.send_event(file_shared).status_code == 200
    assert slack.accepted() == []


def test_a_rate_limited_reply_waits_for_retry_after_and_arrives_once(
    slack: SlackWorkspace, clock: FakeClock
) -> None:
    slack.fake.fail("chat.postMessage", 429, retry_after=30)
    thread = slack.post_message("hello")
    assert slack.bot_messages(thread) == []
    clock.advance(29)
    slack.settle()
    assert slack.bot_messages(thread) == []
    clock.advance(2)
    slack.settle()
    assert len(slack.bot_messages(thread)) >= 1
    assert slack.services.dispatcher.backlog() == 0


def test_a_slack_outage_is_retried_with_backoff(slack: SlackWorkspace, clock: FakeClock) -> None:
    slack.fake.fail("chat.postMessage", 500)
    thread = slack.post_message("hello")
    assert slack.bot_messages(thread) == []
    clock.advance(5)
    slack.settle()
    assert slack.bot_messages(thread)


@pytest.fixture
def sender(fake_slack: FakeSlack, tmp_path: object) -> SlackSender:
    from pathlib import Path

    client = build_client(slack_settings(fake_slack.api_url, Path(str(tmp_path))))
    return SlackSender(client, min_interval=0.0)


def _outgoing(outbox_id: int, reply: object, **target: str) -> Outgoing:
    return Outgoing(
        outbox_id=outbox_id,
        transport="slack",
        target=target or {"channel": SUPPORT, "thread_ts": "1.000100"},
        reply=reply,  # type: ignore[arg-type]
        replaces=None,
    )


def test_after_a_crash_mid_send_the_sender_finds_what_arrived(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    sent = _outgoing(7, TextReply(text="hello"))
    ts = sender.send(sent)
    assert sender.find_delivered(sent) == ts
    assert sender.find_delivered(_outgoing(8, TextReply(text="other"))) is None
    dm = _outgoing(9, TextReply(text="in a DM"), channel="D0DM")
    dm_ts = sender.send(dm)
    assert sender.find_delivered(dm) == dm_ts


def test_a_long_reply_posted_in_parts_is_completed_not_repeated(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    rows = [[f"row {i}", "x" * 80] for i in range(2000)]
    table = _outgoing(3, TableReply(title="Big", columns=["a", "b"], rows=rows))
    fake_slack.fail("chat.postMessage", 500, after=1)
    # The first part arrives, the second fails; later a worker recovers the message.
    with pytest.raises(Exception, match="Internal error"):
        sender.send(table)
    assert len(fake_slack.bot_messages(SUPPORT)) == 1
    assert sender.find_delivered(table) is None  # not complete: send the rest
    last = sender.send(table)
    parts = fake_slack.bot_messages(SUPPORT)
    assert len(parts) >= 2
    assert [m["metadata"]["event_payload"]["part"] for m in parts] == list(range(len(parts)))
    assert sender.find_delivered(table) == last


def test_rate_limit_and_gone_channels_become_outbox_instructions(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.fail("chat.postMessage", 429, retry_after=7)
    with pytest.raises(RetryLater) as raised:
        sender.send(_outgoing(1, TextReply(text="hi")))
    assert raised.value.retry_after == 7
    with pytest.raises(Undeliverable):
        sender.send(_outgoing(2, TextReply(text="hi"), channel="CGONE1"))


def test_without_inline_processing_the_server_only_stores_and_a_worker_answers(
    slack: SlackWorkspace,
) -> None:
    slack.services.settings.inline_processing = False
    thread = slack.post_message("안녕하세요")
    assert slack.bot_messages(thread) == []  # acknowledged and stored, not answered
    key = f"slack:{TEAM}:{SUPPORT}:{thread}"
    assert slack.services.engine.pending(key) == 1
    services = slack.services
    worker = Worker(services.engine, services.jobs, services.dispatcher, stale_after=timedelta(0))
    worker.run_once()
    slack.settle()
    assert len(slack.bot_messages(thread)) == 1
    assert services.engine.pending(key) == 0


def test_the_worker_answers_at_once_when_the_server_does_not(tmp_path: Path) -> None:
    inline = build_services(Settings(ONBOARD_DATA_DIR=tmp_path))
    separate = build_services(
        Settings(ONBOARD_DATA_DIR=tmp_path, ONBOARD_INLINE_PROCESSING="false")
    )
    try:
        assert inline.worker.stale_after > timedelta(0)  # recovery only
        assert separate.worker.stale_after == timedelta(0)
    finally:
        inline.close()
        separate.close()


def test_bolt_leaves_the_signature_to_the_endpoint_and_no_route_lets_an_unsigned_one_in(
    slack: SlackWorkspace,
) -> None:
    # Bolt's own check is off: an unsigned request handed to it directly is answered...
    challenge = json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"})
    direct = slack.bolt_app.dispatch(
        BoltRequest(body=challenge, headers={"content-type": "application/json"})
    )
    assert direct.status == 200
    # ...so the server must refuse, on every route it has, every kind of body bolt would
    # dispatch when it is unsigned or signed with another secret.
    event = _event_body(slack)
    payload = json.dumps(
        {"type": "block_actions", "user": {"id": "U0X"}, "actions": [{"action_id": "menu:x"}]}
    )
    command = "command=%2Fonboard&text=hi&user_id=U0X&channel_id=C1"
    form = "application/x-www-form-urlencoded"
    bodies = [
        (event, "application/json"),
        (challenge, "application/json"),
        (f"payload={payload}", form),
        (command, form),
    ]
    paths = [path for path in slack.paths if path not in ("/healthz", "/metrics")]
    assert "/slack/events" in paths
    now = int(time.time())
    for path in paths:
        for body, content_type in bodies:
            forged = sign(body, now, secret="not-the-secret")
            for headers in (
                {"Content-Type": content_type},
                {
                    "Content-Type": content_type,
                    "X-Slack-Request-Timestamp": str(now),
                    "X-Slack-Signature": forged,
                },
            ):
                response = slack.http.post(path, content=body.encode(), headers=headers)
                assert response.status_code in (401, 503), (path, body[:20], response.status_code)
                assert "abc" not in response.text
    assert slack.accepted() == []
