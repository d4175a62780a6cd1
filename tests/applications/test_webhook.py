"""The signed status webhook on a small Starlette app of its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient

from bot.app import Services
from bot.applications.webhook import (
    PATH,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    sign,
    webhook_route,
)
from bot.store.tables import Application, ApplicationEvent
from tests.applications.conftest import file_for
from tests.fakes import FakeClock
from tests.harness import Chat

SECRET = "s3cret-for-tests"


def route(services: Services) -> Route:
    # As bot/http/app.py wires it.
    return webhook_route(services.db, services.settings.webhook_secret, services.engine.clock)


@pytest.fixture
def client(services: Services, chat: Chat) -> Iterator[TestClient]:
    services.settings.webhook_secret = SecretStr(SECRET)
    file_for(chat)
    app = Starlette(routes=[route(services)])
    with TestClient(app) as test_client:
        yield test_client


def post(
    client: TestClient,
    clock: FakeClock,
    payload: dict[str, Any],
    *,
    secret: str = SECRET,
    skew: float = 0,
    signature: str | None = None,
) -> Any:
    body = json.dumps(payload).encode()
    timestamp = str(int(clock().timestamp() + skew))
    headers = {
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature or sign(secret, timestamp, body),
        "Content-Type": "application/json",
    }
    return client.post(PATH, content=body, headers=headers)


def first_app(chat: Chat) -> Application:
    with chat.db.transaction() as session:
        return session.scalars(select(Application).order_by(Application.id)).first()  # type: ignore[return-value]


def events(chat: Chat) -> int:
    with chat.db.transaction() as session:
        return len(session.scalars(select(ApplicationEvent)).all())


def report(
    app_id: int | str, status: str = "received", key: str = "evt-1", **more: Any
) -> dict[str, Any]:
    return {"application_id": app_id, "status": status, "idempotency_key": key, **more}


def test_a_signed_report_changes_the_status_and_tells_the_thread(
    client: TestClient, clock: FakeClock, chat: Chat
) -> None:
    app = first_app(chat)
    before = len(chat.sender.sent)
    response = post(client, clock, report(f"APP-{app.id}", note="via KCP"))
    assert response.status_code == 200
    assert response.json()["result"] == "changed"
    assert first_app(chat).status == "received"
    chat.services.dispatcher.deliver_all()
    assert "Received by the PG" in chat.sender.sent[before + 1].reply.fallback()


def test_a_replayed_delivery_is_acknowledged_and_does_nothing(
    client: TestClient, clock: FakeClock, chat: Chat
) -> None:
    app = first_app(chat)
    assert post(client, clock, report(app.id)).status_code == 200
    count = events(chat)
    chat.services.dispatcher.deliver_all()
    sent = len(chat.sender.sent)
    clock.advance(30)
    again = post(client, clock, report(app.id))
    assert again.status_code == 200 and again.json()["result"] == "duplicate"
    chat.services.dispatcher.deliver_all()
    assert events(chat) == count and len(chat.sender.sent) == sent


@pytest.mark.parametrize(
    "tamper",
    ["wrong secret", "no signature", "stale", "future", "body changed"],
)
def test_bad_or_stale_signatures_are_refused(
    client: TestClient, clock: FakeClock, chat: Chat, tamper: str
) -> None:
    app = first_app(chat)
    payload = report(app.id)
    if tamper == "wrong secret":
        response = post(client, clock, payload, secret="guess")
    elif tamper == "stale":
        response = post(client, clock, payload, skew=-301)
    elif tamper == "future":
        response = post(client, clock, payload, skew=301)
    elif tamper == "body changed":
        timestamp = str(int(clock().timestamp()))
        signed = sign(SECRET, timestamp, json.dumps(report(app.id, "cancelled")).encode())
        response = post(client, clock, payload, signature=signed)
    else:
        response = client.post(PATH, content=json.dumps(payload).encode())
    assert response.status_code == 401
    assert first_app(chat).status == "submitted"


def test_within_the_window_a_slightly_old_request_is_accepted(
    client: TestClient, clock: FakeClock, chat: Chat
) -> None:
    assert post(client, clock, report(first_app(chat).id), skew=-299).status_code == 200


def test_unknown_invalid_and_malformed(client: TestClient, clock: FakeClock, chat: Chat) -> None:
    app = first_app(chat)
    assert post(client, clock, report(99999)).status_code == 404
    refused = post(client, clock, report(app.id, "active", key="e2"))
    assert refused.status_code == 200  # forward skips are allowed
    back = post(client, clock, report(app.id, "received", key="e3"))
    assert back.status_code == 409 and "earlier stage" in back.json()["reason"]
    assert post(client, clock, report(app.id, "rejected", key="e4")).status_code == 409
    assert post(client, clock, {"status": "received", "idempotency_key": "x"}).status_code == 400
    assert post(client, clock, report(app.id, key="")).status_code == 400
    assert first_app(chat).status == "active"


def test_without_a_secret_the_webhook_is_off(services: Services, clock: FakeClock) -> None:
    services.settings.webhook_secret = None
    with TestClient(Starlette(routes=[route(services)])) as client:
        assert post(client, clock, report(1)).status_code == 503
