"""Attack: a crash mid-send, and a message or job that kills its process every time (issue
14 item 6). Recovery without stalls: poison messages and jobs are given up after the attempts
cap (one apology, one card for the agents), and a sender that died mid-send holds up only its
own thread, for seconds, never the channel's other threads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.jobs import JobContext, enqueue_job
from bot.outbox import enqueue, lane_of
from bot.store.tables import InboundEvent, Job, OutboxMessage
from dialogs import texts
from dialogs.ports import Ports
from dialogs.replies import TextReply
from dialogs.router import Result
from dialogs.state import ConversationState
from dialogs.turns import Author, Turn
from knowledge.language import Lang
from tests.handoff.conftest import MONDAY_10_KST, Desk, desk, open_desk

APOLOGY = texts.INTERNAL_ERROR(Lang.EN)


class Killed(BaseException):
    """What a crash looks like from inside: nothing after it runs, nothing is caught."""


class PoisonDialog:
    """Answers every message by counting it, except "poison", which kills the process."""

    def __init__(self, fatal: type[BaseException] = Killed) -> None:
        self.fatal = fatal

    def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
        if turn.text == "poison":
            raise self.fatal("the process dies here")
        new = state.model_copy(update={"misunderstood": state.misunderstood + 1, "lang": Lang.EN})
        return Result(state=new, replies=[TextReply(text=f"ok {new.misunderstood}")])

    def greeting(self, state: ConversationState, ports: Ports) -> Result:
        return Result(state=state)


@pytest.fixture
def support(db_url: str, tmp_path: Path, db: Any) -> Iterator[Desk]:
    built = open_desk(db_url, tmp_path, desk(), MONDAY_10_KST)
    built.services.engine.dialog = PoisonDialog()  # type: ignore[assignment]
    yield built
    built.services.close()


def inbox(support: Desk) -> list[tuple[str, int]]:
    with support.services.db.transaction() as session:
        rows = session.scalars(select(InboundEvent).order_by(InboundEvent.id)).all()
        return [(row.status, row.attempts) for row in rows]


def merchant_saw(support: Desk) -> list[str]:
    return [m.reply.fallback() for m in support.chat.sender.sent]


def test_a_message_that_kills_the_process_is_given_up_after_the_cap(support: Desk) -> None:
    engine = support.services.engine
    assert support.chat.say("hello") == "ok 1"
    poison = support.chat.turn("poison")
    with pytest.raises(Killed):
        engine.handle(poison)
    assert inbox(support)[-1] == ("running", 1)  # counted at the claim, before it died
    # While the dead worker's lease holds, nobody runs the conversation (not even twice).
    assert engine.process_stale() == 0
    for attempt in (2, 3):
        support.clock.advance(engine.policy.lease.total_seconds() + 1)
        with pytest.raises(Killed):
            engine.process_stale()
        assert inbox(support)[-1] == ("running", attempt)
    support.clock.advance(engine.policy.lease.total_seconds() + 1)
    assert engine.process_stale() == 1  # given up, not run a fourth time
    support.services.dispatcher.deliver_all()
    assert inbox(support)[-1] == ("failed", 3)
    assert merchant_saw(support).count(APOLOGY) == 1
    cards = support.posted()
    assert len(cards) == 1
    assert "failed every attempt" in cards[0] or "반복해서 실패" in cards[0]
    # The conversation goes on behind it; nothing more is said about the poison.
    assert support.chat.say("next") == "ok 2"
    support.clock.advance(600)
    assert engine.process_stale() == 0
    support.services.dispatcher.deliver_all()
    assert merchant_saw(support).count(APOLOGY) == 1
    assert len(support.posted()) == 1


def test_a_message_that_raises_every_time_apologizes_and_alerts_once(support: Desk) -> None:
    support.services.engine.dialog = PoisonDialog(fatal=RuntimeError)  # type: ignore[assignment]
    support.chat.say("hello")
    assert support.chat.say("poison") == APOLOGY
    assert inbox(support) == [("done", 1), ("failed", 3)]
    assert len(support.posted()) == 1
    assert support.conversation().status == "waiting"  # a person is asked to look
    # Another bad message: its own apology; the agents' request is already open, one card.
    assert support.chat.say("poison") == APOLOGY
    assert len(support.posted()) == 1


def test_an_agents_turn_that_fails_gets_no_apology_in_the_thread(support: Desk) -> None:
    support.services.engine.dialog = PoisonDialog(fatal=RuntimeError)  # type: ignore[assignment]
    support.chat.say("hello")
    before = len(support.chat.sender.sent)
    support.chat.say("poison", author=Author.AGENT.value, user_id="A1")
    assert support.chat.sender.sent[before:] == []
    assert len(support.posted()) == 1


def _job(support: Desk, handler: Any) -> int:
    runner = support.services.jobs
    runner.handlers.clear()
    runner.add_handler("poison", handler)
    support.chat.say("hello")
    with support.services.db.transaction() as session:
        job = enqueue_job(
            session,
            kind="poison",
            conversation_key=support.chat.key,
            payload={},
            now=support.clock(),
        )
        return job.id


def job_row(support: Desk, job_id: int) -> tuple[str, int]:
    with support.services.db.transaction() as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job.status, job.attempts


def test_a_job_that_kills_the_worker_counts_attempts_and_is_given_up(support: Desk) -> None:
    def kill(ctx: JobContext) -> Turn | None:
        raise Killed

    job_id = _job(support, kill)
    runner = support.services.jobs
    for attempt in (1, 2, 3):
        with pytest.raises(Killed):
            runner.run_due()
        assert job_row(support, job_id) == ("running", attempt)
        assert runner.run_due() == 0  # the lease holds
        support.clock.advance(runner.lease.total_seconds() + 1)
    assert runner.run_due() == 1
    assert job_row(support, job_id) == ("failed", 3)
    support.services.dispatcher.deliver_all()
    assert merchant_saw(support).count(APOLOGY) == 1
    assert len(support.posted()) == 1
    support.clock.advance(3600)
    assert runner.run_due() == 0
    support.services.dispatcher.deliver_all()
    assert merchant_saw(support).count(APOLOGY) == 1
    assert len(support.posted()) == 1


def test_a_job_that_fails_every_time_backs_off_then_apologizes_once(support: Desk) -> None:
    calls: list[int] = []

    def fail(ctx: JobContext) -> Turn | None:
        calls.append(ctx.attempt)
        raise RuntimeError("reader broke")

    job_id = _job(support, fail)
    runner = support.services.jobs
    assert runner.run_due() == 1
    assert job_row(support, job_id) == ("pending", 1)
    support.clock.advance(9)
    assert runner.run_due() == 0  # backs off 10 s, then 20 s
    support.clock.advance(1)
    assert runner.run_due() == 1
    support.clock.advance(20)
    assert runner.run_due() == 1
    assert calls == [1, 2, 3]
    assert job_row(support, job_id) == ("failed", 3)
    support.services.dispatcher.deliver_all()
    assert merchant_saw(support).count(APOLOGY) == 1
    assert len(support.posted()) == 1


def test_a_sender_that_died_holds_up_its_thread_only(support: Desk) -> None:
    """Two threads of one channel; the worker sending thread A's message dies (its lease is
    left to run out on the fake clock). Thread B's message goes out a pace slot later."""
    services, sender = support.services, support.chat.sender
    sender.min_interval = 1.0
    thread_a = {"channel": "C1", "thread_ts": "100.1"}
    thread_b = {"channel": "C1", "thread_ts": "200.2"}
    with services.db.transaction() as session:
        for target, text in ((thread_a, "to A"), (thread_b, "to B"), (thread_a, "A again")):
            enqueue(
                session,
                transport="test",
                target=target,
                reply=TextReply(text=text),
                now=support.clock(),
            )
    claims = services.dispatcher._claim([lane_of("test", thread_a)], 10)
    assert [c.message.reply.fallback() for c in claims] == ["to A"]  # then the worker died
    stall = 0.0
    while not sender.sent:
        services.dispatcher.deliver_all()
        if not sender.sent:
            support.clock.advance(0.25)
            stall += 0.25
    assert [m.reply.fallback() for m in sender.sent] == ["to B"]
    assert stall <= 1.0  # one pace slot, not a lease (target: at most 5 s)
    # Thread A waits for the lease, then is recovered once and in order.
    support.clock.advance(services.dispatcher.lease.total_seconds())
    for _ in range(5):
        services.dispatcher.deliver_all()
        support.clock.advance(1)
    assert [m.reply.fallback() for m in sender.sent] == ["to B", "to A", "A again"]
    with services.db.transaction() as session:
        assert set(session.scalars(select(OutboxMessage.status))) == {"sent"}
    assert services.dispatcher.lease.total_seconds() <= 10
