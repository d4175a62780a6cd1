"""Acks never wait on answering: a turn's dialog runs outside the write lock, and its commit
is checked against the conversation's state version (computed again on a conflict)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.app import Services
from bot.store.tables import Conversation, InboundEvent
from dialogs.ports import Ports
from dialogs.replies import TextReply
from dialogs.router import Result
from dialogs.state import ConversationState
from dialogs.turns import Turn
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports)
    yield built
    built.close()


class SlowDialog:
    """Counts turns; "slow" waits until released (a long dialog), "race" lets another
    writer change the conversation while it computes (once)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.release = threading.Event()
        self.running = threading.Event()
        self.calls: list[str] = []

    def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
        self.calls.append(turn.text)
        if turn.text == "slow":
            self.running.set()
            self.release.wait(10)
        if turn.text == "race" and self.calls.count("race") == 1:
            with self.services.db.transaction() as session:  # another turn committed meanwhile
                session.execute(update(Conversation).values(version=Conversation.version + 1))
        new = state.model_copy(update={"misunderstood": state.misunderstood + 1})
        return Result(state=new, replies=[TextReply(text=str(new.misunderstood))])

    def greeting(self, state: ConversationState, ports: Ports) -> Result:
        return Result(state=state)


def test_an_ack_does_not_wait_for_a_turn_being_answered(services: Services) -> None:
    dialog = SlowDialog(services)
    services.engine.dialog = dialog  # type: ignore[assignment]
    chat = Chat(services)
    answering = threading.Thread(target=services.engine.handle, args=(chat.turn("slow"),))
    answering.start()
    try:
        assert dialog.running.wait(10)
        started = time.monotonic()
        assert services.engine.accept(chat.turn("meanwhile"))  # the ack's one write
        took = time.monotonic() - started
    finally:
        dialog.release.set()
        answering.join(10)
    assert took < 2.0  # before: queued behind the turn's write lock until it finished
    services.engine.process(chat.key)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["1", "2"]


def test_a_turn_computed_from_a_stale_state_is_computed_again(services: Services) -> None:
    dialog = SlowDialog(services)
    services.engine.dialog = dialog  # type: ignore[assignment]
    chat = Chat(services)
    assert chat.say("first") == "1"
    assert chat.say("race") == "2"  # computed twice, committed once
    assert dialog.calls == ["first", "race", "race"]
    with services.db.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.state["misunderstood"] == 2
        # One bump by "first", one by the other writer, one by "race".
        assert conversation.version == 3
        assert set(session.scalars(select(InboundEvent.status))) == {"done"}
