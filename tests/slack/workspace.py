"""A Slack workspace for tests: people post, click and submit; the bot answers in threads.

Requests go through the real bolt ``App`` over HTTP (a real uvicorn on 127.0.0.1), signed as
Slack signs them and shaped like Slack's payloads; the bot's Web API calls go to the fake
server. After each request ``settle`` waits for the work bolt runs after the ack and then
delivers the outbox, so a test reads like a transcript:

    thread = slack.post_message("hello")
    slack.click("menu:contracts", thread=thread)
    assert "사업자등록번호" in slack.last_text(thread)
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy import select

from bot.app import Services
from bot.store.tables import InboundEvent
from tests.slack.fake_slack import BOT_USER, TEAM, FakeSlack, buttons

SIGNING_SECRET = "test-signing-secret"
SUPPORT = "C0SUPPORT"
AGENTS = "C0AGENTS"
OTHER = "C0OTHER"
MERCHANT = "U0MERCHANT"
AGENT = "U0AGENT"
DM = "D0MERCHANT"
# A hang guard for the work after the ack, not a timing assertion.
SETTLE_TIMEOUT = 60.0


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener executor, with a way to wait for everything submitted so far."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="bolt-test")
        self._futures: list[Future[Any]] = []
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._futures.append(future)
        return future

    def drain(self) -> None:
        while True:
            with self._lock:
                pending = [f for f in self._futures if not f.done()]
                self._futures = pending
            if not pending:
                return
            done, not_done = wait(pending, timeout=SETTLE_TIMEOUT)
            if not_done:
                raise TimeoutError("work after the ack did not finish")
            for future in done:
                future.result()


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackWorkspace:
    def __init__(
        self,
        services: Services,
        fake: FakeSlack,
        http: httpx.Client,
        executor: TrackingExecutor,
        *,
        deliver: Callable[[], object],
    ) -> None:
        self.services = services
        self.fake = fake
        self.http = http
        self.executor = executor
        self.deliver = deliver
        self._events = itertools.count(1)
        self._actions = itertools.count(1)
        # Options chosen in a message's selects, by message ts, until its submit is clicked.
        self._selected: dict[str, dict[str, list[str]]] = {}
        # The bolt app and the server's routes, for tests of what reaches bolt (set by the
        # fixture that builds them).
        self.bolt_app: Any = None
        self.paths: list[str] = []

    # -- raw requests -------------------------------------------------------------------

    def request(
        self, body: str, content_type: str, *, timestamp: int | None = None, signature: str = ""
    ) -> httpx.Response:
        ts = int(time.time()) if timestamp is None else timestamp
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": signature or sign(body, ts),
        }
        return self.http.post("/slack/events", content=body.encode(), headers=headers)

    def send_event(self, event: dict[str, Any], *, event_id: str | None = None) -> httpx.Response:
        body = self.event_body(event, event_id=event_id)
        response = self.request(json.dumps(body), "application/json")
        self.settle()
        return response

    def event_body(self, event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
        return {
            "token": "legacy-verification-token",
            "team_id": TEAM,
            "api_app_id": "A0ONBOARD",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._events):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": TEAM, "user_id": BOT_USER, "is_bot": True, "enterprise_id": None}
            ],
            "is_ext_shared_channel": False,
        }

    def send_interactive(self, payload: dict[str, Any]) -> httpx.Response:
        body = urlencode({"payload": json.dumps(payload)})
        response = self.request(body, "application/x-www-form-urlencoded")
        self.settle()
        return response

    def settle(self) -> None:
        """Wait for the work after the ack, then deliver what the bot queued."""
        self.executor.drain()
        self.deliver()

    # -- people ---------------------------------------------------------------------------

    def post_message(
        self,
        text: str,
        *,
        thread: str | None = None,
        user: str = MERCHANT,
        channel: str = SUPPORT,
        files: list[dict[str, Any]] | None = None,
        event_id: str | None = None,
    ) -> str:
        """Post as a person; returns the conversation's thread ts (the message's own ts
        when it starts a thread)."""
        ts = self.fake.next_ts()
        event: dict[str, Any] = {
            "type": "message",
            "channel": channel,
            "user": user,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "team": TEAM,
            "channel_type": "im" if channel.startswith("D") else "channel",
        }
        if thread is not None:
            event["thread_ts"] = thread
        if files:
            event["subtype"] = "file_share"
            event["files"] = files
        self.fake.record_user_message(channel, dict(event))
        response = self.send_event(event, event_id=event_id)
        assert response.status_code == 200, response.text
        return thread or ts

    def mention(self, text: str, *, channel: str = OTHER, thread: str | None = None) -> str:
        """@mention the bot; Slack sends both a message and an app_mention event."""
        ts = self.fake.next_ts()
        event: dict[str, Any] = {
            "user": MERCHANT,
            "text": f"<@{BOT_USER}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
            "team": TEAM,
        }
        if thread is not None:
            event["thread_ts"] = thread
        self.fake.record_user_message(channel, {**event, "type": "message"})
        for kind in ("message", "app_mention"):
            extra = {"channel_type": "channel"} if kind == "message" else {}
            response = self.send_event({**event, "type": kind, **extra})
            assert response.status_code == 200, response.text
        return thread or ts

    def find_button(
        self, value: str, *, channel: str = SUPPORT, thread: str | None = None
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """(message, block, button) of the newest bot message with a button of ``value``."""
        for message in reversed(self.fake.bot_messages(channel, thread)):
            for block, element in buttons(message):
                if element.get("value") == value or element.get("action_id") == value:
                    return message, block, element
        raise AssertionError(f"no button {value!r} in {channel} {thread}: {self.texts(thread)}")

    def click(
        self,
        value: str,
        *,
        thread: str | None = None,
        channel: str = SUPPORT,
        user: str = MERCHANT,
    ) -> httpx.Response:
        """Click the newest button whose value (or action id) is ``value``."""
        message, block, element = self.find_button(value, channel=channel, thread=thread)
        return self.send_interactive(self.block_actions(message, block, element, user=user))

    def block_actions(
        self, message: dict[str, Any], block: dict[str, Any], element: dict[str, Any], *, user: str
    ) -> dict[str, Any]:
        n = next(self._actions)
        channel = message["channel"]
        state: dict[str, Any] = {}
        for action_id, values in self._selected.pop(message["ts"], {}).items():
            state.setdefault("select:0", {})[action_id] = {
                "type": "multi_static_select",
                "selected_options": [{"value": v} for v in values],
            }
        return {
            "type": "block_actions",
            "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": "A0ONBOARD",
            "token": "legacy-verification-token",
            "container": {
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel,
                "is_ephemeral": False,
                **({"thread_ts": message["thread_ts"]} if message.get("thread_ts") else {}),
            },
            "trigger_id": f"{n}.trigger",
            "team": {"id": TEAM, "domain": "acme"},
            "channel": {"id": channel, "name": "support"},
            "message": message,
            "state": {"values": state},
            "response_url": "https://hooks.slack.com/actions/T0/1/x",
            "actions": [
                {
                    "action_id": element["action_id"],
                    "block_id": block.get("block_id", ""),
                    "text": element.get("text"),
                    "value": element.get("value"),
                    "type": "button",
                    "action_ts": f"{1_700_000_000 + n}.000200",
                }
            ],
        }

    def select(self, values: list[str], *, thread: str | None = None) -> None:
        """Choose options in the newest multi-select (sent with the next submit click)."""
        for message in reversed(self.fake.bot_messages(SUPPORT, thread)):
            for block in message.get("blocks") or []:
                for element in block.get("elements") or []:
                    if element.get("type") == "multi_static_select":
                        chosen = self._selected.setdefault(message["ts"], {})
                        chosen[element["action_id"]] = values
                        return
        raise AssertionError("no multi-select to choose from")

    def opened_view(self) -> dict[str, Any]:
        calls = self.fake.called("views.open")
        assert calls, "no modal was opened"
        view: dict[str, Any] = calls[-1].args["view"]
        return view

    def submit_view(
        self, values: dict[str, str], *, view: dict[str, Any] | None = None, user: str = MERCHANT
    ) -> httpx.Response:
        """Submit the last opened modal with ``values`` by field name; returns Slack's view
        of the answer (``response_action: errors`` or an empty 200)."""
        view = view or self.opened_view()
        n = next(self._actions)
        state = {
            block["block_id"]: {
                block["element"]["action_id"]: {
                    "type": "plain_text_input",
                    "value": values.get(block["block_id"]),
                }
            }
            for block in view["blocks"]
            if block["type"] == "input"
        }
        payload = {
            "type": "view_submission",
            "team": {"id": TEAM, "domain": "acme"},
            "user": {"id": user, "team_id": TEAM},
            "api_app_id": "A0ONBOARD",
            "token": "legacy-verification-token",
            "trigger_id": f"{n}.view-trigger",
            "view": {
                "id": f"V{n}",
                "team_id": TEAM,
                "type": "modal",
                "callback_id": view["callback_id"],
                "private_metadata": view["private_metadata"],
                "hash": f"{n}.hash",
                "blocks": view["blocks"],
                "state": {"values": state},
            },
        }
        return self.send_interactive(payload)

    def slash(self, text: str, *, channel: str = AGENTS, user: str = AGENT) -> httpx.Response:
        n = next(self._actions)
        form = {
            "token": "legacy-verification-token",
            "team_id": TEAM,
            "team_domain": "acme",
            "channel_id": channel,
            "channel_name": "agents",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/onboard",
            "text": text,
            "api_app_id": "A0ONBOARD",
            "response_url": "https://hooks.slack.com/commands/T0/1/x",
            "trigger_id": f"{n}.slash-trigger",
        }
        response = self.request(urlencode(form), "application/x-www-form-urlencoded")
        self.settle()
        return response

    # -- what the bot received and said -------------------------------------------------

    def accepted(self) -> list[dict[str, Any]]:
        """The turns the bot stored, oldest first."""
        with self.services.db.transaction() as session:
            rows = session.scalars(select(InboundEvent).order_by(InboundEvent.id)).all()
            return [dict(r.turn) for r in rows]

    def bot_messages(self, thread: str | None, channel: str = SUPPORT) -> list[dict[str, Any]]:
        return self.fake.bot_messages(channel, thread)

    def texts(self, thread: str | None, channel: str = SUPPORT) -> list[str]:
        return [str(m["text"]) for m in self.bot_messages(thread, channel)]

    def last_text(self, thread: str | None, channel: str = SUPPORT) -> str:
        found = self.texts(thread, channel)
        assert found, f"the bot said nothing in {channel} {thread}"
        return found[-1]
