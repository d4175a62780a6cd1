"""Bad requests at /slack/events: each gets a clear status, nothing is stored or posted."""

from __future__ import annotations

import json
import time

from sqlalchemy import func, select

from bot.store.tables import InboundEvent, OutboxMessage, TranscriptLine
from tests.slack.workspace import MERCHANT, SUPPORT, SlackWorkspace, sign


def _stored(slack: SlackWorkspace) -> tuple[int, int, int]:
    with slack.services.db.transaction() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (InboundEvent, TranscriptLine, OutboxMessage)
        )


def _message(slack: SlackWorkspace, text: str = "안녕하세요") -> str:
    ts = slack.fake.next_ts()
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
    return json.dumps(slack.event_body(event))


def _nothing_happened(slack: SlackWorkspace) -> None:
    slack.settle()
    assert _stored(slack) == (0, 0, 0)
    assert slack.fake.called("chat.postMessage") == []


def test_wrong_signature_is_refused(slack: SlackWorkspace) -> None:
    body = _message(slack)
    forged = sign(body, int(time.time()), secret="not-the-secret")
    response = slack.request(body, "application/json", signature=forged)
    assert response.status_code == 401
    _nothing_happened(slack)


def test_signature_of_another_body_is_refused(slack: SlackWorkspace) -> None:
    now = int(time.time())
    response = slack.request(
        _message(slack, "변조"), "application/json", signature=sign(_message(slack), now)
    )
    assert response.status_code == 401
    _nothing_happened(slack)


def test_stale_timestamp_is_refused(slack: SlackWorkspace) -> None:
    # Bolt allows five minutes of clock skew; a replay from ten minutes ago is refused even
    # with a signature that matches it.
    body = _message(slack)
    old = int(time.time()) - 600
    response = slack.request(body, "application/json", timestamp=old)
    assert response.status_code == 401
    _nothing_happened(slack)


def test_missing_signature_headers_are_refused(slack: SlackWorkspace) -> None:
    response = slack.http.post(
        "/slack/events",
        content=_message(slack).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 401
    _nothing_happened(slack)


def test_malformed_json_is_answered_without_a_crash(slack: SlackWorkspace) -> None:
    for body in ('{"type": "event_callback", "event": ', "null", "[]", "\xff\xfe garbage"):
        response = slack.request(body, "application/json")
        assert 400 <= response.status_code < 500, (body, response.status_code)
    _nothing_happened(slack)


def test_unknown_event_type_is_acknowledged_and_ignored(slack: SlackWorkspace) -> None:
    ts = slack.fake.next_ts()
    event = {"type": "reaction_added", "user": MERCHANT, "reaction": "+1", "event_ts": ts}
    response = slack.request(json.dumps(slack.event_body(event)), "application/json")
    # Not 5xx: Slack would retry a server error and in the end disable the subscription.
    assert response.status_code < 500
    _nothing_happened(slack)


def test_oversized_body_stores_nothing_partial(slack: SlackWorkspace) -> None:
    # 4 MB of text in one message: whatever the answer, either the turn is stored whole and
    # answered, or nothing at all is stored; the server keeps serving.
    response = slack.request(_message(slack, "가" * (4 * 1024 * 1024 // 3)), "application/json")
    assert response.status_code < 500
    slack.settle()
    inbound, transcript, outbox = _stored(slack)
    assert (inbound == 0 and transcript == 0) or (inbound == 1 and outbox >= 1)
    thread = slack.post_message("안녕하세요")
    assert slack.texts(thread), "the server stopped answering after the big request"
