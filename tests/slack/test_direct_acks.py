"""Events acknowledged without bolt's dispatch when workers answer (bot/slack/listeners.py
``DirectEvents``, bot/http/slack.py): the same turns stored, the same checks before, the bot's
own events ignored as bolt ignores them, and everything else still bolt's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from slack_bolt import App

from bot.app import build_services
from bot.http.app import build_http_app
from bot.slack import listeners as listeners_module
from bot.slack.app import attach_slack, build_bolt_app, build_client
from bot.store.db import Database
from tests.fakes import FakeClock
from tests.slack.conftest import slack_settings
from tests.slack.fake_slack import BOT_ID, BOT_USER, FakeSlack
from tests.slack.live import LiveServer
from tests.slack.workspace import OTHER, SUPPORT, SlackWorkspace, TrackingExecutor


def _workspace(
    db_url: str, tmp_path: Path, fake: FakeSlack, clock: FakeClock, *, inline: bool
) -> Iterator[tuple[SlackWorkspace, list[str]]]:
    settings = slack_settings(fake.api_url, tmp_path)
    settings.inline_processing = inline
    services = build_services(settings, database_url=db_url, clock=clock)
    client = build_client(settings)
    attach_slack(services, client, min_interval=0.0)
    executor = TrackingExecutor()
    app, listeners = build_bolt_app(services, client, listener_executor=executor)
    dispatched: list[str] = []
    original = app.dispatch

    def dispatch(request: Any) -> Any:
        dispatched.append(str(request.body.get("type") or request.body.get("command")))
        return original(request)

    app.dispatch = dispatch  # type: ignore[method-assign]
    server = LiveServer(build_http_app(services, app))
    http = httpx.Client(base_url=server.url, timeout=30.0)
    workspace = SlackWorkspace(
        services, fake, http, executor, deliver=services.dispatcher.deliver_all
    )
    workspace.bolt_app = app
    try:
        yield workspace, dispatched
    finally:
        http.close()
        server.close()
        executor.shutdown(wait=True)
        listeners.close()
        services.close()


@pytest.fixture
def direct(
    db: Database, db_url: str, tmp_path: Path, fake_slack: FakeSlack, clock: FakeClock
) -> Iterator[tuple[SlackWorkspace, list[str]]]:
    yield from _workspace(db_url, tmp_path, fake_slack, clock, inline=False)


def _stored(slack: SlackWorkspace) -> list[dict[str, Any]]:
    return [{k: v for k, v in t.items() if k != "event_id"} for t in slack.accepted()]


def test_a_message_is_stored_without_bolt_and_a_worker_answers_it(
    direct: tuple[SlackWorkspace, list[str]],
) -> None:
    slack, dispatched = direct
    thread = slack.post_message("안녕하세요")
    assert dispatched == []  # bolt never saw it
    assert len(slack.accepted()) == 1
    assert slack.bot_messages(thread) == []  # acknowledged, not answered: a worker does
    slack.services.worker.run_once()
    slack.settle()
    assert len(slack.bot_messages(thread)) == 1


def test_the_direct_ack_answers_as_bolt_does(
    direct: tuple[SlackWorkspace, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    slack, dispatched = direct
    body = slack.event_body(
        {"type": "message", "channel": SUPPORT, "user": "U0X", "text": "hi", "ts": "1.000100"}
    )
    direct_answer = slack.request(json.dumps(body), "application/json")
    # The same request through bolt: the direct path declines it.
    monkeypatch.setattr(listeners_module.DirectEvents, "__call__", lambda _self, _body: None)
    body["event_id"] = "EvThroughBolt"
    bolt_answer = slack.request(json.dumps(body), "application/json")
    assert dispatched == ["event_callback"]
    assert (direct_answer.status_code, direct_answer.content) == (200, b"")
    assert (bolt_answer.status_code, bolt_answer.content) == (200, b"")
    ours, bolts = (r.headers["content-type"] for r in (direct_answer, bolt_answer))
    assert ours == bolts
    # The same turn stored both ways (bolt's own path: the listener's ack_message).
    first, second = _stored(slack)
    assert first == second


@pytest.mark.parametrize("who", [{"user": BOT_USER}, {"bot_id": BOT_ID, "subtype": "bot_message"}])
def test_the_bots_own_events_are_ignored_as_bolt_ignores_them(
    direct: tuple[SlackWorkspace, list[str]], who: dict[str, str]
) -> None:
    slack, dispatched = direct
    for kind in ("message", "app_mention"):
        event = {"type": kind, "channel": OTHER, "text": f"<@{BOT_USER}> hi", "ts": "2.1", **who}
        response = slack.send_event(event)
        assert response.status_code == 200
    assert slack.accepted() == []
    assert dispatched == []


def test_mentions_and_threads_outside_support_channels_follow_the_listeners(
    direct: tuple[SlackWorkspace, list[str]],
) -> None:
    slack, dispatched = direct
    thread = slack.mention("도와주세요")
    assert [t["text"] for t in slack.accepted()] == ["도와주세요"]  # the mention, not both
    # A reply in that thread is followed once the conversation exists (a worker created it).
    slack.services.worker.run_once()
    slack.post_message("계속", thread=thread, channel=OTHER)
    assert [t["text"] for t in slack.accepted()][-1] == "계속"
    # A thread the bot was never mentioned in is not.
    slack.post_message("남의 스레드", thread="9.000100", channel=OTHER)
    assert len(slack.accepted()) == 2
    assert dispatched == []


def test_what_is_not_a_stored_event_still_goes_to_bolt(
    direct: tuple[SlackWorkspace, list[str]],
) -> None:
    slack, dispatched = direct
    shared = slack.send_event({"type": "file_shared", "file_id": "F1", "user_id": "U0X"})
    assert shared.status_code == 200 and dispatched == []  # acknowledged, ignored
    challenge = json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"})
    answer = slack.request(challenge, "application/json")
    assert answer.status_code == 200 and answer.json() == {"challenge": "abc"}
    other = slack.send_event({"type": "reaction_added", "user": "U0X", "reaction": "+1"})
    assert dispatched == ["url_verification", "event_callback"]
    assert other.status_code == 404  # bolt's answer to an event nobody listens to
    assert slack.accepted() == []


def test_unsigned_forged_and_stale_events_never_reach_the_direct_path(
    direct: tuple[SlackWorkspace, list[str]],
) -> None:
    slack, _ = direct
    body = json.dumps(
        slack.event_body({"type": "message", "channel": SUPPORT, "user": "U0X", "text": "x"})
    )
    assert slack.request(body, "application/json", signature="v0=forged").status_code == 401
    assert slack.request(body, "application/json", timestamp=1_000_000).status_code == 401
    assert slack.accepted() == []


def test_a_failing_store_is_a_500_and_counted_as_bolts_listener_errors_are(
    direct: tuple[SlackWorkspace, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    slack, _ = direct

    def broken(_turn: Any) -> bool:
        raise RuntimeError("database down")

    monkeypatch.setattr(slack.services.engine, "accept", broken)
    body = slack.event_body({"type": "message", "channel": SUPPORT, "user": "U0X", "text": "x"})
    assert slack.request(json.dumps(body), "application/json").status_code == 500


def test_inline_processing_keeps_bolt_for_everything(
    db: Database, db_url: str, tmp_path: Path, fake_slack: FakeSlack, clock: FakeClock
) -> None:
    """When serve answers its own events, the work after the ack is bolt's lazy listener."""
    for slack, dispatched in _workspace(db_url, tmp_path, fake_slack, clock, inline=True):
        assert listeners_module.direct_events(slack.bolt_app) is None
        thread = slack.post_message("안녕하세요")
        assert dispatched == ["event_callback"]
        assert len(slack.bot_messages(thread)) == 1


def test_without_an_auth_test_result_every_event_goes_to_bolt() -> None:
    assert (
        listeners_module.bolt_identity(App(token="xoxb-x", token_verification_enabled=False))
        is None
    )


def test_a_strangers_message_on_the_direct_path_changes_nothing(
    direct: tuple[SlackWorkspace, list[str]],
) -> None:
    """Two users: the direct ack stores who wrote, so the worker's ownership gate refuses a
    stranger typing in a merchant's thread exactly as it does for events bolt dispatched."""
    from tests.security.conftest import STRANGER, snapshot, thread_key

    slack, dispatched = direct
    thread = slack.post_message("안녕하세요")
    slack.services.worker.run_once()
    slack.settle()
    key = thread_key(thread)
    before, said = snapshot(slack.services, key), len(slack.bot_messages(thread))
    slack.post_message("취소해 주세요", thread=thread, user=STRANGER)
    assert dispatched == []  # the direct path, not bolt
    assert [t["user_id"] for t in _stored(slack)][-1] == STRANGER
    slack.services.worker.run_once()
    slack.settle()
    assert snapshot(slack.services, key) == before
    assert len(slack.bot_messages(thread)) == said
    assert "someone else's conversation" in slack.fake.ephemerals(STRANGER)[-1]["text"]
