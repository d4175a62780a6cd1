"""Status fan-out benchmark: one status change to many subscribers through the real outbox.

    .venv/bin/python bench/fanout.py [--subscribers 1000] [--channels 50] [--fail 0.1]
                                     [--seed 1] [--database-url URL]

One application changes status once; ``--subscribers`` subscriptions spread evenly over
``--channels`` Slack-like channels (each subscriber its own thread) receive one message each.
The fake transport enforces 1 message a second a channel (a faster send would be a 429 and
is counted as a violation) and fails ``--fail`` of the calls with ``RetryLater(1 s)``, as
Slack's 429 with ``Retry-After: 1``. Time is simulated (the Dispatcher takes a clock), so the
total is what the rate limit allows, not how fast this machine is; wall time is printed too.
Asserts every message was delivered exactly once. ``--database-url`` migrates and writes
into that database: give it a scratch one (the default is a temporary SQLite file).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from bot.applications.service import change_status
from bot.applications.subscriptions import subscribe
from bot.outbox import Dispatcher, Outgoing, RetryLater
from bot.store import migrate
from bot.store.db import Database
from bot.store.tables import Application, DeliveryLane, OutboxMessage

TRANSPORT = "slacksim"


class SimClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class RateLimitedSender:
    """1 message/s/channel like chat.postMessage; a share of calls answer 429."""

    min_interval = 1.0

    def __init__(self, clock: SimClock, fail: float, seed: int) -> None:
        self.clock = clock
        self.fail = fail
        self.random = random.Random(seed)
        self.last: dict[str, datetime] = {}
        self.delivered: Counter[int] = Counter()
        self.calls = 0
        self.injected = 0
        self.violations = 0

    def send(self, message: Outgoing) -> str | None:
        self.calls += 1
        channel = str(message.target["channel"])
        now = self.clock()
        last = self.last.get(channel)
        if last is not None and (now - last).total_seconds() < self.min_interval:
            self.violations += 1
            raise RetryLater(1.0, "rate limited (pacing violated)")
        if self.random.random() < self.fail:
            self.injected += 1
            raise RetryLater(1.0, "429 injected")
        self.last[channel] = now
        self.delivered[message.outbox_id] += 1
        return f"{channel}:{message.outbox_id}"

    def find_delivered(self, message: Outgoing) -> str | None:
        return f"x:{message.outbox_id}" if self.delivered[message.outbox_id] else None


def setup(db: Database, clock: SimClock, subscribers: int, channels: int) -> int:
    with db.transaction() as session:
        app = Application(
            business_number="2208162517",
            conversation_key="bench:merchant",  # no conversation: subscribers only
            pg="kcp",
            methods=["card"],
            payment_types=[],
            status="submitted",
            status_note=None,
            created_at=clock(),
            updated_at=clock(),
        )
        session.add(app)
        session.flush()
        for index in range(subscribers):
            channel = f"C{index % channels:03d}"
            subscribe(
                session,
                subscriber_key=f"{TRANSPORT}:{channel}:{index}",
                transport=TRANSPORT,
                target={"channel": channel, "thread_ts": f"{index}.000"},
                scope="business",
                value="2208162517",
                created_by="bench",
                now=clock(),
            )
        return app.id


def next_due(db: Database, now: datetime) -> datetime | None:
    with db.transaction() as session:
        return session.scalar(
            select(func.min(DeliveryLane.next_at)).where(DeliveryLane.next_at > now)
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--channels", type=int, default=50)
    parser.add_argument("--fail", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}")
        migrate.upgrade(db)
        clock = SimClock()
        app_id = setup(db, clock, args.subscribers, args.channels)
        sender = RateLimitedSender(clock, args.fail, args.seed)
        dispatcher = Dispatcher(db, clock=clock)
        dispatcher.add_sender(TRANSPORT, sender)

        started = clock()
        wall = time.perf_counter()
        with db.transaction() as session:
            result = change_status(session, app_id, "received", "pg:bench", now=clock())
        assert result.ok, result.reason
        enqueue_wall = time.perf_counter() - wall
        rounds = 0
        while True:
            rounds += 1
            if dispatcher.deliver_due() > 0:
                continue
            if dispatcher.backlog() == 0:
                break
            due = next_due(db, clock())
            clock.now = due if due is not None else clock.now + timedelta(milliseconds=100)
        wall = time.perf_counter() - wall
        simulated = (clock() - started).total_seconds()

        with db.transaction() as session:
            ids = list(session.scalars(select(OutboxMessage.id)))
            statuses = Counter(session.scalars(select(OutboxMessage.status)))
        db.dispose()

    per_channel = -(-args.subscribers // args.channels)
    bound = per_channel * sender.min_interval
    assert len(ids) == args.subscribers, (len(ids), args.subscribers)
    assert statuses == Counter({"sent": args.subscribers}), statuses
    assert set(sender.delivered) == set(ids)
    assert set(sender.delivered.values()) == {1}
    assert sender.violations == 0, "the dispatcher sent faster than the channel allows"

    print(f"subscribers {args.subscribers} in {args.channels} channels ({per_channel} each)")
    print(f"messages delivered exactly once: {sum(sender.delivered.values())}")
    print(f"send calls {sender.calls}, injected 429s {sender.injected}, pacing violations 0")
    print(
        f"simulated time {simulated:.1f} s; rate-limit bound {bound:.0f} s "
        f"({per_channel} messages x {sender.min_interval:.0f} s a channel; the first at t=0)"
    )
    print(f"wall time {wall:.2f} s (fan-out transaction {enqueue_wall:.2f} s), {rounds} rounds")
    print(f"os.cpu_count() = {os.cpu_count()}, database {db.engine.dialect.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
