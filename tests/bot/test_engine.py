"""The turn engine on a real database: idempotency, serialization, transcript, bad state."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.app import Services, ports_factory
from bot.config import Settings
from bot.store.tables import Conversation, InboundEvent, OutboxMessage, TranscriptLine
from dialogs.ports import Ports
from dialogs.replies import TextReply
from dialogs.router import Result
from dialogs.state import ConversationState
from dialogs.turns import Turn
from tests.fakes import FakeFaq, RecordingSender
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq({"fees": "Fees depend on the PG."}), now=datetime.now)


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports)
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> Chat:
    return Chat(services)


def test_a_transcript(chat: Chat) -> None:
    assert "Apply for payment methods" in chat.say("hello")  # the menu
    assert "Fees depend on the PG." in chat.say("what are the fees?")
    assert "stopped" in chat.say("cancel")
    with chat.db.transaction() as session:
        lines = session.scalars(select(TranscriptLine).order_by(TranscriptLine.id)).all()
        assert [line.direction for line in lines][:2] == ["in", "out"]
        assert lines[0].text == "hello"
        assert len([line for line in lines if line.direction == "in"]) == 3


def test_the_same_event_twice_is_handled_and_answered_once(chat: Chat) -> None:
    turn = chat.turn("hello", event_id="Ev-1")
    first = chat.send(turn)
    second = chat.send(turn)
    assert first
    assert second == []
    with chat.db.transaction() as session:
        assert len(session.scalars(select(InboundEvent)).all()) == 1
        assert len(session.scalars(select(OutboxMessage)).all()) == len(first)


class CountingDialog:
    """Counts turns in the state: a lost update would show as a missing number."""

    def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
        new = state.model_copy(update={"misunderstood": state.misunderstood + 1})
        return Result(state=new, replies=[TextReply(text=str(new.misunderstood))])

    def greeting(self, state: ConversationState, ports: Ports) -> Result:
        return Result(state=state)


def test_concurrent_turns_of_one_conversation_lose_nothing(services: Services) -> None:
    services.engine.dialog = CountingDialog()  # type: ignore[assignment]
    chat = Chat(services)
    turns = [chat.turn(f"m{i}") for i in range(24)]
    errors: list[BaseException] = []

    def deliver(batch: list[Turn]) -> None:
        try:
            for turn in batch:
                services.engine.handle(turn)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(turns[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    services.dispatcher.deliver_all()
    numbers = sorted(int(m.reply.fallback()) for m in chat.sender.sent)
    assert numbers == list(range(1, 25))
    with services.db.transaction() as session:
        state = session.scalars(select(Conversation.state)).one()
        assert state["misunderstood"] == 24


def test_replies_are_in_order_within_a_conversation(chat: Chat) -> None:
    chat.say("hello")
    chat.say("help")
    ids = [m.outbox_id for m in chat.sender.sent]
    assert ids == sorted(ids)


def test_a_state_that_fails_validation_restarts_with_an_apology(chat: Chat) -> None:
    chat.say("hello")
    with chat.db.transaction() as session:
        session.execute(update(Conversation).values(state={"flow": 7, "bogus": True}))
    answer = chat.say("hi again")
    assert "couldn't restore" in answer or "불러오지 못해" in answer
    assert "무엇을 도와드릴까요" in answer  # the menu follows
    assert "Apply for payment methods" in chat.say("hello")  # and the conversation goes on


def test_a_failing_turn_is_retried_then_answered_with_an_apology(services: Services) -> None:
    class Broken(CountingDialog):
        def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
            if turn.text == "boom":
                raise RuntimeError("bug")
            return super().respond(state, turn, ports)

    services.engine.dialog = Broken()  # type: ignore[assignment]
    chat = Chat(services)
    answer = chat.say("boom")
    assert "something went wrong" in answer or "문제가 생겼어요" in answer
    assert chat.say("next") == "1"  # the conversation is not blocked behind the bad turn
    with services.db.transaction() as session:
        statuses = session.scalars(select(InboundEvent.status).order_by(InboundEvent.id)).all()
        assert statuses == ["failed", "done"]


def test_an_event_accepted_but_not_processed_is_recovered(services: Services) -> None:
    chat = Chat(services)
    turn = chat.turn("hello")
    assert services.engine.accept(turn)  # acked, then the process "died"
    services.engine.clock.advance(60)  # type: ignore[attr-defined]
    assert services.engine.process_stale() == 1
    services.dispatcher.deliver_all()
    assert chat.sender.sent


@pytest.mark.parametrize(
    "text",
    [
        "",
        "가" * 10_000,
        "bell\x07 and nul\x00",
        "🎉🙏💳",
        "'; DROP TABLE conversations; --",
        "<script>alert(1)</script>",
        "\u202eevil",
    ],
)
def test_bad_input_gets_an_answer_and_is_recorded(chat: Chat, text: str) -> None:
    assert chat.say(text)
    assert chat.say("hello")  # still alive
    with chat.db.transaction() as session:
        first = session.scalars(select(TranscriptLine).order_by(TranscriptLine.id)).first()
        assert first is not None
        assert "\x00" not in first.text


def test_real_ports_answer_from_the_faq(db_url: str, tmp_path: Path, db: Any) -> None:
    services = build_test_services(db_url, tmp_path, ports=ports_factory(Settings()))
    chat = Chat(services, sender=RecordingSender())
    try:
        answer = chat.say("사업자등록증은 어떤 파일 형식으로 올리나요?")
        assert "pdf" in answer.lower()
    finally:
        services.close()
