"""The engine's own check (bot/actors.py), whatever the transport let through: a stranger's
message, choice or form in another person's conversation changes nothing and earns a hint
addressed to the stranger alone (an outbox target naming them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.actors import EPHEMERAL_USER
from bot.app import Services, ports_factory
from bot.config import Settings
from bot.store.tables import Conversation, TranscriptLine
from tests.harness import Chat, build_test_services


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    ports = ports_factory(Settings(ONBOARD_AGENT_USERS="U0AGENT"))
    built = build_test_services(db_url, tmp_path, ports=ports)
    yield built
    built.close()


def state_of(services: Services, key: str) -> tuple[dict[str, Any], str]:
    with services.db.reading() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == key)).one()
        return dict(row.state), row.status


@pytest.mark.parametrize(
    "fields",
    [
        {"text": "English"},
        {"text": "talk to a person"},
        {"text": "상담원 몇 시까지 있어요?"},  # a question about the agents (session 10)
        {"action": "faq:catalog?list=1"},  # the PG-list option of know20's "A or B?"
        {"action": "menu:contracts"},
        {"action": "cmd:cancel"},
        {"form": {"rep_phone": "010-9999-8888"}},
        {"action": "agent:takeover"},
    ],
)
def test_a_stranger_in_someone_elses_conversation(services: Services, fields: Any) -> None:
    merchant = Chat(services, "U1")
    stranger = Chat(services, "U2", sender=merchant.sender)
    merchant.say("안녕하세요")
    before, sent = state_of(services, merchant.key), len(merchant.sender.sent)
    stranger.send(stranger.turn(conversation_key=merchant.key, **fields))
    stranger.send(stranger.turn(conversation_key=merchant.key, **fields))  # twice: no counting
    assert state_of(services, merchant.key) == before
    new = merchant.sender.sent[sent:]
    # Typing is hinted at once per conversation; a click or a form every time.
    assert len(new) == (1 if "text" in fields else 2)
    assert all(m.target.get(EPHEMERAL_USER) == "U2" for m in new)
    with services.db.reading() as session:
        lines = session.scalars(select(TranscriptLine.user_id)).all()
    assert "U2" not in lines
    # A listed agent acting as one is not a stranger.
    agent = Chat(services, "U0AGENT", sender=merchant.sender)
    agent.send(agent.turn(conversation_key=merchant.key, author="agent", text="hi"))
    assert all(
        m.target.get(EPHEMERAL_USER) is None for m in merchant.sender.sent[sent + len(new) :]
    )
