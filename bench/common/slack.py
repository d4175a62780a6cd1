"""The fake Slack of the benchmarks: tests/slack/fake_slack.py's server, plus arrival times
of the bot's messages, waiters per thread, and outages for a period (429 or 500 on every
call of a method until a deadline)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tests.slack.fake_slack import BOT_TOKEN, BOT_USER, TEAM, Failure, FakeSlack

SIGNING_SECRET = "bench-signing-secret"  # noqa: S105 - a local fake's
__all__ = ["BOT_TOKEN", "BOT_USER", "SIGNING_SECRET", "TEAM", "BenchSlack", "Posted"]


@dataclass(frozen=True)
class Posted:
    at: float  # time.monotonic() when the fake received chat.postMessage
    channel: str
    thread_ts: str
    outbox_id: int
    part: int


class _Outages(dict[str, list[Failure]]):
    """FakeSlack.failures, answering every call of a method with a failure until a deadline
    (the fake pops one queued failure per call; here each ``get`` hands out a fresh one)."""

    def __init__(self) -> None:
        super().__init__()
        self.until: dict[str, tuple[float, Failure]] = {}
        self.served: dict[str, int] = defaultdict(int)

    def get(self, method: str, default: Any = None) -> Any:
        window = self.until.get(method)
        if window is not None and time.monotonic() < window[0]:
            self.served[method] += 1
            f = window[1]
            return [Failure(f.status, dict(f.headers), f.body)]
        return super().get(method, default)


@dataclass(frozen=True)
class Held:
    """A chat.postMessage the fake sat on (``slow``): in flight while it was held."""

    since: float
    channel: str
    thread_ts: str
    outbox_id: int


class BenchSlack(FakeSlack):
    def __init__(self) -> None:
        super().__init__()
        self.slow_until = 0.0
        self.slow_delay = 0.0
        self.held: list[Held] = []
        self.outages = _Outages()
        self.failures = self.outages
        self.posted: list[Posted] = []
        self.by_thread: dict[str, list[Posted]] = defaultdict(list)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiters: dict[str, asyncio.Event] = {}
        self._ts_lock = threading.Lock()
        self._ts_n = 0

    def user_ts(self) -> str:
        """A unique ts for a merchant's message (the fake's own counter is for the bot's)."""
        with self._ts_lock:
            self._ts_n += 1
            return f"{1_600_000_000 + self._ts_n}.000200"

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def outage(self, method: str, status: int, seconds: float, retry_after: int = 1) -> None:
        headers = {"Retry-After": str(retry_after)} if status == 429 else {}
        body = b'{"ok": false, "error": "ratelimited"}' if status == 429 else b"Internal error"
        with self.lock:
            self.outages.until[method] = (
                time.monotonic() + seconds,
                Failure(status, headers, body),
            )

    def slow(self, delay: float, seconds: float) -> None:
        """chat.postMessage calls of the next ``seconds`` are answered ``delay`` s late (and
        only then take effect): a kill meanwhile is a kill mid-send."""
        with self.lock:
            self.slow_delay, self.slow_until = delay, time.monotonic() + seconds

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if time.monotonic() < self.slow_until:
            payload = (args.get("metadata") or {}).get("event_payload") or {}
            held = Held(
                time.monotonic(),
                str(args.get("channel")),
                str(args.get("thread_ts") or ""),
                int(payload.get("outbox_id", -1)),
            )
            with self.lock:
                self.held.append(held)
            time.sleep(self.slow_delay)
        result = super()._chat_postMessage(args)
        if not result.get("ok"):
            return result
        payload = (args.get("metadata") or {}).get("event_payload") or {}
        thread = str(args.get("thread_ts") or result["ts"])
        posted = Posted(
            time.monotonic(),
            str(args.get("channel")),
            thread,
            int(payload.get("outbox_id", -1)),
            int(payload.get("part", 0)),
        )
        with self.lock:
            self.posted.append(posted)
            self.by_thread[thread].append(posted)
        loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(self._wake, thread)
        return result

    def _wake(self, thread: str) -> None:
        waiter = self._waiters.get(thread)
        if waiter is not None:
            waiter.set()

    def count(self, thread: str) -> int:
        with self.lock:
            return len(self.by_thread.get(thread, ()))

    async def wait_for(self, thread: str, n: int, timeout: float) -> bool:
        """Wait until ``thread`` holds ``n`` bot messages; False on timeout."""
        deadline = time.monotonic() + timeout
        while self.count(thread) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            waiter = self._waiters.setdefault(thread, asyncio.Event())
            waiter.clear()
            if self.count(thread) >= n:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter.wait(), timeout=min(left, 1.0))
        return True


def sign(body: bytes, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(
    body: bytes,
    *,
    timestamp: int | None = None,
    secret: str = SIGNING_SECRET,
    content_type: str = "application/json",
) -> dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": sign(body, ts, secret),
    }


def message_event(
    *, event_id: str, channel: str, user: str, text: str, ts: str, thread_ts: str | None
) -> bytes:
    """A signed-ready ``message`` event_callback body, shaped like Slack's."""
    event: dict[str, Any] = {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": TEAM,
        "channel_type": "channel",
    }
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    body = {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "api_app_id": "A0ONBOARD",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [
            {"team_id": TEAM, "user_id": BOT_USER, "is_bot": True, "enterprise_id": None}
        ],
        "is_ext_shared_channel": False,
    }
    return json.dumps(body, ensure_ascii=False).encode()
