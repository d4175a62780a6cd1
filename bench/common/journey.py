"""Merchants typing their way through a journey, over signed HTTP events.

A conversation posts one step, waits until every reply of that step arrived (the number is
calibrated once on a quiet server: the dialog is deterministic), thinks, and posts the next.
Each event is retried like Slack retries it (same event id) until a server answers 200, so
a server that is down for a while loses nothing on the sender's side.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from bench.common.slack import BenchSlack, message_event, signed_headers

# Menu -> contract inquiry with a number -> apply -> methods by typing -> finish the choice ->
# one-time only -> a PG per method by name -> back to the start. Korean, as merchants type.
JOURNEY: tuple[str, ...] = (
    "안녕하세요",
    "1",
    "124-81-00998",
    "1",
    "카드랑 카카오페이",
    "선택 완료",
    "일반결제만",
    "이니시스",
    "카카오페이",
    "처음으로",
)
# A hang guard per wait, not a measurement.
REPLY_TIMEOUT = 180.0
# Slack's retries are minutes apart; ours are quicker so that a run stays short.
RETRY_PAUSE = 0.5
RETRY_FOR = 120.0


@dataclass(frozen=True)
class Sent:
    event_id: str
    channel: str
    thread: str
    step: int
    text: str


@dataclass
class Record:
    acks: list[float] = field(default_factory=list)
    first_reply: list[float] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    retries: int = 0
    unanswered: list[str] = field(default_factory=list)  # event ids never acked with 200
    timeouts: list[str] = field(default_factory=list)  # steps whose replies did not all come
    journeys: int = 0


# How one event reaches the servers: a list of (url, body) posts to make at once.
Route = Callable[[int, bytes], list[str]]


def one_server(url: str) -> Route:
    return lambda n, body: [url]


class Driver:
    def __init__(
        self,
        slack: BenchSlack,
        http: httpx.AsyncClient,
        route: Route,
        *,
        record: Record | None = None,
        run_id: str = "r",
    ) -> None:
        self.slack, self.http, self.route = slack, http, route
        self.record = record or Record()
        self.run_id = run_id
        self._n = itertools.count(1)

    async def post(self, body: bytes, n: int) -> bool:
        """Deliver one event as Slack would: retried until some server says 200."""
        deadline = time.monotonic() + RETRY_FOR
        while True:
            urls = self.route(n, body)
            results = await asyncio.gather(*(self._post_once(u, body) for u in urls))
            if any(results):
                return True
            if time.monotonic() > deadline:
                return False
            self.record.retries += 1
            await asyncio.sleep(RETRY_PAUSE)

    async def _post_once(self, url: str, body: bytes) -> bool:
        started = time.monotonic()
        try:
            response = await self.http.post(
                url + "/slack/events", content=body, headers=signed_headers(body)
            )
        except httpx.HTTPError:
            return False
        elapsed = time.monotonic() - started
        status = response.status_code
        self.record.statuses[status] = self.record.statuses.get(status, 0) + 1
        if status == 200:
            self.record.acks.append(elapsed)
            # Slack gives up on a request after 3 s and retries it: so do we.
            return elapsed < 3.0
        return False

    async def journey(
        self,
        conv: int,
        channel: str,
        expected: Sequence[int] | None,
        *,
        think: float = 0.0,
        steps: Sequence[str] = JOURNEY,
        stop_at: float | None = None,
    ) -> str:
        """One journey in a new thread; ``expected`` None: do not wait for replies."""
        thread: str | None = None
        done = 0
        user = f"U0M{conv:05d}"
        for step, text in enumerate(steps):
            ts = self.slack.user_ts()
            thread = thread or ts
            n = next(self._n)
            event_id = f"Ev{self.run_id}{conv:05d}x{n:07d}"
            body = message_event(
                event_id=event_id,
                channel=channel,
                user=user,
                text=text,
                ts=ts,
                thread_ts=None if step == 0 else thread,
            )
            started = time.monotonic()
            self.record.sent.append(Sent(event_id, channel, thread, step, text))
            if not await self.post(body, n):
                self.record.unanswered.append(event_id)
            if expected is not None:
                if await self.slack.wait_for(thread, done + 1, REPLY_TIMEOUT):
                    first = self.slack.by_thread[thread][done].at
                    self.record.first_reply.append(first - started)
                done += expected[step]
                if not await self.slack.wait_for(thread, done, REPLY_TIMEOUT):
                    self.record.timeouts.append(event_id)
                    return thread
            if think:
                await asyncio.sleep(think * random.uniform(0.5, 1.5))
            if stop_at is not None and time.monotonic() > stop_at and step < len(steps) - 1:
                # The run is over: the merchant walks away mid-journey (still verified).
                return thread
        self.record.journeys += 1
        assert thread is not None
        return thread
