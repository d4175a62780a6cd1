"""Request limits before reading, and odd requests answered without a 500: oversized and
chunked bodies, timestamps that do not parse, signed bodies of shapes Slack never sends, and
webhook values the database cannot hold."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import time
from urllib.parse import urlencode, urlparse

import pytest

from bot import metrics
from bot.http.limits import SLACK_MAX_BYTES, WEBHOOK_MAX_BYTES
from bot.store.tables import Application, InboundEvent
from tests.security.conftest import count
from tests.slack.conftest import WEBHOOK_SECRET
from tests.slack.workspace import SlackWorkspace, sign

CHUNK = 64 * 1024


def errors_total() -> float:
    return sum(
        sample.value
        for family in metrics.ERRORS.collect()
        for sample in family.samples
        if sample.name == "onboard_errors_total"
    )


def raw_post(slack: SlackWorkspace, path: str, head: dict[str, str], body_bytes: int) -> int:
    """POST ``body_bytes`` of junk over a raw socket (chunked without a Content-Length);
    stop sending when the server answers. The status it answered."""
    url = urlparse(str(slack.http.base_url))
    with socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), 30) as sock:
        chunked = "Content-Length" not in head
        headers = {"Host": "127.0.0.1", **head}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        sock.sendall(f"POST {path} HTTP/1.1\r\n{lines}\r\n".encode())
        sent = 0
        try:
            while sent < body_bytes:
                chunk = b"x" * CHUNK
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" if chunked else chunk)
                sent += len(chunk)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed: exactly what it should do
        answer = b""
        try:
            while b"\r\n" not in answer:
                part = sock.recv(4096)
                if not part:
                    break
                answer += part
        except OSError:
            pass
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize(
    ("path", "limit"),
    [("/slack/events", SLACK_MAX_BYTES), ("/webhooks/status", WEBHOOK_MAX_BYTES)],
)
def test_an_oversized_body_is_refused_before_it_is_read(
    slack: SlackWorkspace, path: str, limit: int
) -> None:
    # Declared: 50 MB announced, 1 MB sent; the answer comes without reading it.
    started = time.monotonic()
    head = {"Content-Length": str(50_000_000), "Content-Type": "application/json"}
    assert raw_post(slack, path, head, 1024 * 1024) == 413
    # Chunked, no length: read up to the limit only (the client may send 300 MB).
    assert raw_post(slack, path, {"Content-Type": "application/json"}, 8 * limit) == 413
    assert time.monotonic() - started < 20  # a hang guard, not a benchmark
    assert count(slack.services, InboundEvent) == 0
    assert slack.http.get("/healthz").status_code == 200


def test_a_body_under_the_limit_still_works(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요 " + "가" * 30_000)  # a long but real message
    assert slack.bot_messages(thread)


def test_a_timestamp_that_does_not_parse_is_401_and_no_error(slack: SlackWorkspace) -> None:
    before = errors_total()
    body = json.dumps({"type": "event_callback", "event": {}, "event_id": "Ev1"})
    for timestamp in ("abc", "1e9", "-5", "9" * 40, ""):
        response = slack.http.post(
            "/slack/events",
            content=body.encode(),
            headers={
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": timestamp,
                "X-Slack-Signature": "v0=00",
            },
        )
        assert response.status_code == 401, timestamp
    assert errors_total() == before


def signed(slack: SlackWorkspace, body: str, content_type: str) -> int:
    return slack.request(body, content_type).status_code


@pytest.mark.parametrize(
    "body",
    [
        {"type": "event_callback", "event": {"type": "message", "text": "hi"}},  # no event_id
        {"type": "event_callback", "event": "message", "event_id": "Ev1"},
        {"type": "event_callback", "event_id": "Ev1"},
        {"type": "event_callback", "event": {"type": "message"}, "event_id": 12},
        {
            "type": "event_callback",
            "event_id": "Ev2",
            "team_id": "T0TEAM",
            "event": {"type": "message", "channel": "C0SUPPORT", "user": ["U1"], "ts": "1.2"},
        },
        {
            "type": "event_callback",
            "event_id": "Ev3",
            "team_id": "T0TEAM",
            "event": {"type": "message", "channel": "C0SUPPORT", "user": "U1", "files": "x"},
        },
        ["not", "an", "object"],
        "just a string",
    ],
)
def test_odd_signed_events_are_400_never_500(slack: SlackWorkspace, body: object) -> None:
    before = errors_total()
    assert signed(slack, json.dumps(body), "application/json") == 400
    slack.settle()
    assert errors_total() == before
    assert count(slack.services, InboundEvent) == 0


@pytest.mark.parametrize(
    "payload",
    ['"block_actions"', "[1, 2]", '{"type": "block_actions", "user": "U1"}', "{not json"],
)
def test_odd_signed_interactions_are_400_never_500(slack: SlackWorkspace, payload: str) -> None:
    before = errors_total()
    body = urlencode({"payload": payload})
    assert signed(slack, body, "application/x-www-form-urlencoded") == 400
    assert errors_total() == before


def test_a_well_typed_but_senseless_event_is_ignored(slack: SlackWorkspace) -> None:
    # A signed event whose fields have the right types but no sense (a thread_ts of 300
    # characters makes a conversation key the Turn refuses): acknowledged, ignored, no error.
    event = {
        "type": "message",
        "channel": "C0SUPPORT",
        "user": "U0MERCHANT",
        "text": "hi",
        "ts": "1" * 300,
        "team": "T0TEAM",
    }
    before = errors_total()
    response = slack.request(json.dumps(slack.event_body(event)), "application/json")
    slack.settle()
    assert response.status_code == 200
    assert errors_total() == before


def webhook(slack: SlackWorkspace, body: dict[str, object]) -> tuple[int, dict[str, object]]:
    raw = json.dumps(body)
    timestamp = str(int(slack.services.engine.clock().timestamp()))
    digest = hmac.new(
        WEBHOOK_SECRET.encode(), f"v1:{timestamp}:{raw}".encode(), hashlib.sha256
    ).hexdigest()
    response = slack.http.post(
        "/webhooks/status",
        content=raw,
        headers={
            "X-Onboard-Timestamp": timestamp,
            "X-Onboard-Signature": f"v1={digest}",
            "Content-Type": "application/json",
        },
    )
    return response.status_code, response.json()


@pytest.mark.parametrize("app_id", [10**30, -1, 0, "APP-" + "9" * 30, 2**63])
def test_webhook_ids_the_database_cannot_hold_are_400(
    slack: SlackWorkspace, app_id: object
) -> None:
    status, answer = webhook(
        slack, {"application_id": app_id, "status": "received", "idempotency_key": "k1"}
    )
    assert status == 400, answer


def test_a_webhook_timestamp_that_does_not_parse_is_401(slack: SlackWorkspace) -> None:
    response = slack.http.post(
        "/webhooks/status",
        content=b"{}",
        headers={"X-Onboard-Timestamp": "abc", "X-Onboard-Signature": "v1=00"},
    )
    assert response.status_code == 401


def test_the_same_key_with_a_different_note_is_409(slack: SlackWorkspace) -> None:
    now = slack.services.engine.clock()
    with slack.services.db.transaction() as session:
        session.add(
            Application(
                business_number="2208162517",
                conversation_key="slack:T0TEAM:C0SUPPORT:1.1",
                pg="kcp",
                methods=["card"],
                payment_types=[],
                status="submitted",
                created_at=now,
                updated_at=now,
            )
        )
    body: dict[str, object] = {
        "application_id": 1,
        "status": "received",
        "note": "서류 확인 중",
        "idempotency_key": "kcp-1",
    }
    assert webhook(slack, body)[0] == 200
    assert webhook(slack, body)[1]["result"] == "duplicate"
    status, answer = webhook(slack, {**body, "note": "다른 메모"})
    assert status == 409
    assert answer["result"] == "key_reused" and "different change" in str(answer["reason"])


def test_signed_requests_still_pass(slack: SlackWorkspace) -> None:
    ts = int(time.time())
    body = json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"})
    response = slack.request(body, "application/json", timestamp=ts, signature=sign(body, ts))
    assert response.status_code == 200
