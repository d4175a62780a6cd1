"""Every move an applications step makes is one its table (``dialogs/applications/steps.py``)
allows: each step, reached as a merchant reaches it, answered with every kind of message."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.app import Services
from bot.store.tables import Application, Conversation
from dialogs.applications.flow import build
from dialogs.applications.steps import MOVES, Step
from tests.applications.conftest import file_for
from tests.harness import Chat

MakeChat = Callable[..., tuple[Chat, dict[str, int]]]

TYPED = [
    "1",
    "2",
    "3",
    "9",
    "yes",
    "no",
    "APP-{kcp} 취소",
    "APP-{inicis} 취소",
    "APP-999",
    "subscribe 220-81-62517",
    "unsubscribe APP-{kcp}",
    "status",
    "integration guide",
    "apply for more",
    "what does received mean?",
]


SCRIPTS: dict[Step, tuple[str, ...]] = {
    Step.START: (),
    Step.CANCEL_PICK: ("app:cancel",),
    Step.CANCEL_REFUSED: ("cancel APP-{inicis}",),
    Step.SUBSCRIBE_TARGET: ("app:subscribe",),
    Step.UNSUBSCRIBE_PICK: ("subscribe APP-{kcp}", "app:unsubscribe"),
}


def test_every_step_has_its_moves_declared() -> None:
    assert set(MOVES.table) == set(Step)
    assert set(build().steps) == {str(s) for s in Step}


@pytest.mark.parametrize("step", list(Step))
def test_every_answer_at_a_step_makes_an_allowed_move(
    step: Step,
    make_chat: MakeChat,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for answer in TYPED:
        chat, ids = make_chat(*SCRIPTS[step])
        assert step_of(chat) == step
        # A move the table does not list raises IllegalMoveError inside the turn, which the
        # engine logs as a failed turn.
        with caplog.at_level(logging.ERROR, logger="bot.engine"):
            chat.say(answer.format(**ids))
        failed = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not failed, (step, answer, failed[0].exc_text if failed else "")


def step_of(chat: Chat) -> str:
    with chat.db.transaction() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == chat.key)).one()
        return str(row.state["step"])


@pytest.fixture
def make_chat(services: Services) -> MakeChat:
    """A new merchant with KCP and KG INICIS applications, taken through ``script``."""
    count = iter(range(1000))

    def make(*script: str) -> tuple[Chat, dict[str, int]]:
        chat = Chat(services, user=f"U{next(count)}")
        chat.say("English")
        file_for(chat)
        with chat.db.transaction() as session:
            rows = session.scalars(
                select(Application).where(Application.conversation_key == chat.key)
            ).all()
            ids = {row.pg: row.id for row in rows}
        for line in script:
            if line.startswith("app:"):
                chat.say(action=line)
            else:
                chat.say(line.format(**ids))
        return chat, ids

    return make
