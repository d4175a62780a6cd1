"""Delivery after commit: retried on failure, paced per lane, never sent twice."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from bot import outbox
from bot.app import Services
from bot.clock import utcnow
from bot.outbox import Dispatcher, Outgoing, RetryLater, Undeliverable, enqueue
from bot.store.tables import OutboxMessage
from dialogs.ports import Ports
from dialogs.replies import CardReply, TextReply
from tests.fakes import FakeClock, FakeFaq
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any, clock: FakeClock) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports, clock=clock)
    yield built
    built.close()


def queue(services: Services, text: str, channel: str = "C1", **reply: Any) -> None:
    with services.db.transaction() as session:
        enqueue(
            session,
            transport="test",
            target={"channel": channel},
            reply=TextReply(text=text, **reply),
            now=services.engine.clock(),
        )


def statuses(services: Services) -> list[str]:
    with services.db.transaction() as session:
        return list(session.scalars(select(OutboxMessage.status).order_by(OutboxMessage.id)))


def test_a_failed_send_is_retried_with_backoff(services: Services, clock: FakeClock) -> None:
    chat = Chat(services)
    chat.sender.failures.append(RuntimeError("connection reset"))
    queue(services, "one")
    assert services.dispatcher.deliver_all() == 1
    assert chat.sender.sent == []
    assert statuses(services) == ["pending"]
    clock.advance(5)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["one"]
    assert statuses(services) == ["sent"]


def test_retry_after_holds_the_whole_lane_in_order(services: Services, clock: FakeClock) -> None:
    chat = Chat(services)
    chat.sender.failures.append(RetryLater(30))
    queue(services, "first")
    queue(services, "second")
    queue(services, "elsewhere", channel="C2")
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["elsewhere"]
    clock.advance(29)
    services.dispatcher.deliver_all()
    assert len(chat.sender.sent) == 1
    clock.advance(2)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["elsewhere", "first", "second"]


def test_lanes_are_paced(services: Services, clock: FakeClock) -> None:
    chat = Chat(services)
    chat.sender.min_interval = 1.0
    for i in range(3):
        queue(services, str(i))
    services.dispatcher.deliver_all()
    assert len(chat.sender.sent) == 1
    clock.advance(1)
    services.dispatcher.deliver_all()
    assert len(chat.sender.sent) == 2


def test_undeliverable_is_dead_and_does_not_block(services: Services) -> None:
    chat = Chat(services)
    chat.sender.failures.append(Undeliverable("channel_not_found"))
    queue(services, "lost")
    queue(services, "next")
    services.dispatcher.deliver_all()
    assert statuses(services) == ["dead", "sent"]


def test_a_crash_mid_send_neither_loses_nor_doubles(services: Services, clock: FakeClock) -> None:
    chat = Chat(services)
    queue(services, "once")
    claims = services.dispatcher._claim(None, 10)
    assert len(claims) == 1
    chat.sender.send(claims[0].message)  # it reached Slack, then the process died
    clock.advance(services.dispatcher.lease.total_seconds() + 1)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["once"]
    assert statuses(services) == ["sent"]


def test_a_crash_before_the_send_delivers_after_the_lease(
    services: Services, clock: FakeClock
) -> None:
    chat = Chat(services)
    queue(services, "late")
    services.dispatcher._claim(None, 10)  # claimed, then the process died before sending
    services.dispatcher.deliver_all()
    assert chat.sender.sent == []  # the lease still holds
    clock.advance(services.dispatcher.lease.total_seconds() + 1)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["late"]


def test_an_update_replaces_the_earlier_message(services: Services) -> None:
    chat = Chat(services)
    for status in ("submitted", "received"):
        with services.db.transaction() as session:
            card = CardReply(title="APP-1", rows=[("status", status)], update_key="app:1")
            enqueue(
                session,
                transport="test",
                target={"channel": "C1"},
                reply=card,
                now=services.engine.clock(),
            )
        services.dispatcher.deliver_all()
    assert [m.replaces for m in chat.sender.sent] == [None, "ref-1"]


def _statements_of_a_round(services: Services, channels: int) -> tuple[int, int]:
    """(messages sent, statements executed) by one delivery round over ``channels`` lanes."""
    chat = Chat(services)
    for i in range(channels):
        queue(services, f"to {i}", channel=f"C{channels}x{i}")
    executed: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        executed.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        sent = services.dispatcher.deliver_due()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
    assert len(chat.sender.sent) >= sent
    return sent, len(executed)


def test_a_round_costs_the_same_statements_for_few_lanes_or_many(services: Services) -> None:
    # The claim and the settlement hold the write lock (on SQLite every ack waits for them):
    # a round reads its lanes' messages and settles them in a fixed number of statements,
    # not a few per message.
    few = _statements_of_a_round(services, 2)
    many = _statements_of_a_round(services, 12)
    assert (few[0], many[0]) == (2, 12)
    # The updates of a round go to the driver as one batch a table (executemany): the same
    # count for 12 messages as for 2 (it was 3 more statements a message: 102 against 22).
    assert many[1] <= few[1] + 2


class SlowParts:
    """A reply of three parts, one call each, every call slow (Slack stalling); what reached
    the transport is recorded part by part. It never finds a message it did not finish."""

    min_interval = 0.0

    def __init__(self, posted: list[tuple[int, int]], *, pause: float) -> None:
        self.posted = posted
        self.pause = pause
        self.started = threading.Event()

    def send(self, message: Outgoing) -> str | None:
        self.started.set()
        for part in range(3):
            time.sleep(self.pause)
            self.posted.append((message.outbox_id, part))
        return "ts-3"

    def find_delivered(self, message: Outgoing) -> str | None:
        return None  # as a sender would if the parts were still in flight


def test_a_send_longer_than_its_lease_keeps_it(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three parts of 0.8 s against a lease of 1.5 s: the sending worker renews the lease
    (every 0.5 s) while it sends, so another worker never takes the message over (and posts
    it again). Margins of a second: a loaded machine may delay a renewal."""
    monkeypatch.setattr(outbox, "SEND_TIMEOUT", 0.1)
    queue(services, "a long table", channel="C9")
    posted: list[tuple[int, int]] = []
    lease = timedelta(seconds=1.5)
    first, second = (Dispatcher(services.db, clock=utcnow, lease=lease) for _ in range(2))
    slow = SlowParts(posted, pause=0.8)
    first.add_sender("test", slow)
    second.add_sender("test", SlowParts(posted, pause=0.0))
    sending = threading.Thread(target=first.deliver_due)
    sending.start()
    assert slow.started.wait(10)  # the first worker claimed it and is sending
    taken_over = 0
    deadline = time.monotonic() + 2.2  # the lease ran out meanwhile, without renewal
    while time.monotonic() < deadline:
        taken_over += second.deliver_due()
        time.sleep(0.05)
    sending.join(10)
    assert taken_over == 0
    assert sorted(posted) == [(posted[0][0], part) for part in range(3)]  # each part once
    assert statuses(services) == ["sent"]


def test_a_lane_is_inserted_until_its_row_is_known_committed(services: Services) -> None:
    chat = Chat(services)
    inserts: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO delivery_lanes"):
            inserts.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)

    def failed_turn() -> None:
        with services.db.transaction() as session:
            enqueue(
                session,
                transport="test",
                target={"channel": "CR"},
                reply=TextReply(text="rolled back"),
                now=services.engine.clock(),
            )
            raise RuntimeError("the turn failed")

    with pytest.raises(RuntimeError):
        failed_turn()
    assert len(inserts) == 1
    queue(services, "one", channel="CR")  # the rolled-back row taught nothing: inserted
    assert len(inserts) == 2
    queue(services, "two", channel="CR")  # known committed now: no insert
    queue(services, "three", channel="CR")
    assert len(inserts) == 2
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["one", "two", "three"]


def test_a_stored_reply_that_is_not_valid_is_dead_and_the_rest_goes_on(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    """A reply row no release can read (an older schema, a bad write): it used to fail the
    whole claim at every round, holding up every lane claimed with it."""
    chat = Chat(services)
    queue(services, "unreadable", channel="CBAD")
    queue(services, "after it", channel="CBAD")
    queue(services, "elsewhere", channel="COK")
    with services.db.transaction() as session:
        row = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
        assert row is not None
        row.reply = {"kind": "no such kind", "text": "secret 010-1234-5678"}
    services.dispatcher.deliver_all()
    assert sorted(m.reply.fallback() for m in chat.sender.sent) == ["after it", "elsewhere"]
    assert statuses(services) == ["dead", "sent", "sent"]
    assert "not valid" in caplog.text
    assert "010-1234-5678" not in caplog.text  # the log names fields, not the content


def test_one_renewer_thread_serves_every_send(services: Services) -> None:
    """A send's lease is renewed by the dispatcher's one renewer thread, not a thread a
    send (that cost ~3 % of a worker's CPU)."""
    chat = Chat(services)
    started: list[int] = []
    real_start = threading.Thread.start

    def counting_start(thread: threading.Thread) -> None:
        if thread.name == "onboard-outbox-lease":
            started.append(1)
        real_start(thread)

    for i in range(5):
        queue(services, f"message {i}", channel=f"CR{i}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(threading.Thread, "start", counting_start)
        services.dispatcher.deliver_all()
    assert len(chat.sender.sent) == 5
    assert len(started) == 1
