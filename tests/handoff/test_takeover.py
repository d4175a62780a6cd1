"""An agent takes over (button, slash command, or simply replying), the assistant stays
quiet but keeps the record, and the agent hands back or closes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.engine import HELD_MARK
from bot.store.tables import AuditEntry, TranscriptLine
from dialogs.replies import CardReply
from tests.handoff.conftest import Desk


def _waiting(support: Desk) -> None:
    support.chat.say("agent")
    assert support.conversation().status == "waiting"


@pytest.mark.parametrize("action", ["agent:takeover", "agent:takeover:test:U1"])
def test_take_over_by_button_or_slash(support: Desk, action: str) -> None:
    _waiting(support)
    answer = support.agent(action=action)
    assert "A support agent has joined" in answer
    conversation = support.conversation()
    assert (conversation.status, conversation.assignee) == ("assigned", "A1")
    assert ("A1", "takeover", True) in support.audit()
    # The card of the request is updated in place: taken, with hand back and close.
    taken, first = support.agents.sent[-1], support.agents.sent[0]
    assert isinstance(taken.reply, CardReply)
    assert isinstance(first.reply, CardReply)
    assert "A1" in taken.reply.fallback()
    assert taken.reply.update_key == first.reply.update_key
    assert [o.value for o in taken.reply.options] == [
        "agent:handback:test:U1",
        "agent:transcript:test:U1",
        "agent:close:test:U1",
    ]


def test_take_over_by_typing_the_slash_command(support: Desk) -> None:
    _waiting(support)
    support.agent("/onboard takeover")
    assert support.conversation().assignee == "A1"


def test_take_over_by_replying_in_the_thread(support: Desk) -> None:
    _waiting(support)
    # The agent's own words are the greeting: no bot notice on top of them.
    assert support.agent("Hi, I'm Mina from PortOne support.") == ""
    conversation = support.conversation()
    assert (conversation.status, conversation.assignee) == ("assigned", "A1")


def test_a_second_agent_is_told_who_holds_it(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover")
    assert support.agent(action="agent:takeover", user="A2") == ""  # the merchant sees nothing
    assert "A1 님이 담당하고 있어요" in support.posted()[-1]
    assert support.conversation().assignee == "A1"
    assert ("A2", "agent:takeover", False) in support.audit()


def test_merchant_turns_are_recorded_but_not_answered_while_assigned(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover")
    assert support.chat.say("help") == ""
    assert support.chat.say("what are the fees?") == ""
    with support.services.db.transaction() as session:
        texts = session.scalars(
            select(TranscriptLine.text).where(TranscriptLine.direction == "in")
        ).all()
    assert "what are the fees?" in texts
    support.agent("You need the certificate.")  # the agent answers; on record too
    with support.services.db.transaction() as session:
        authors = session.scalars(select(TranscriptLine.author)).all()
    assert "agent" in authors


def test_hand_back_resumes_at_the_step(support: Desk) -> None:
    step_prompt = support.chat.choose("menu:contracts").split("\n")[-1]
    assert step_prompt
    support.chat.say("agent")
    support.agent(action="agent:takeover")
    answer = support.agent(action="agent:handback")
    assert "handed you back" in answer
    assert step_prompt in answer  # and the step's question again
    conversation = support.conversation()
    assert (conversation.status, conversation.assignee) == ("active", None)
    assert support.chat.say("help")  # the assistant answers again
    assert ("A1", "handback", True) in support.audit()


def test_hand_back_when_nobody_holds_it(support: Desk) -> None:
    assert support.agent(action="agent:handback") == ""
    assert "돌려줄 것이 없어요" in support.posted()[-1]
    assert ("A1", "agent:handback", False) in support.audit()


def test_close(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover")
    assert "closed this conversation" in support.agent(action="agent:close")
    conversation = support.conversation()
    assert (conversation.status, conversation.assignee) == ("closed", None)
    assert "Apply for payment methods" in support.chat.say("hello")  # back at the menu
    support.agent(action="agent:takeover")
    support.agent(action="agent:close")
    assert support.agent(action="agent:close") == ""
    assert "이미 종료된 대화예요" in support.posted()[-1]


@pytest.mark.parametrize(
    "action",
    [
        "agent:takeover",
        "agent:handback",
        "agent:close",
        "agent:link:2208162517",
        "agent:status:1:received",
        "agent:transcript",
    ],
)
def test_merchants_cannot_use_agent_actions(support: Desk, action: str) -> None:
    answer = support.chat.choose(action)
    assert "Only support agents can do that" in answer
    assert support.conversation().status == "active"
    with support.services.db.transaction() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.actor, entry.action, entry.allowed) == ("U1", action, False)
        assert entry.detail["reason"] == "not_an_agent"


def test_merchants_pressing_agent_buttons_while_assigned_are_refused_too(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover")
    assert "Only support agents" in support.chat.choose("agent:handback")
    assert support.conversation().status == "assigned"


def test_someone_marked_agent_but_not_listed_is_refused(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover", user="MALLORY")
    assert support.conversation().status == "waiting"
    assert ("MALLORY", "agent:takeover", False) in support.audit()


def test_link_a_merchant_to_a_business(support: Desk) -> None:
    support.agent(action="agent:link:220-81-62517 U1")
    assert "220-81-62517" in support.posted()[-1]
    assert "U1 님(이 대화의 고객)" in support.posted()[-1]  # agents read Korean here
    from bot.contracts.verification import is_verified

    with support.services.db.transaction() as session:
        assert is_verified(session, "test:U1", "2208162517")
    assert ("A1", "link", True) in support.audit()
    support.agent(action="agent:link:123")
    assert ("A1", "agent:link:123", False) in support.audit()


def test_change_an_application_status(support: Desk) -> None:
    support.agent(action="agent:status:999:received")
    assert "#999" in support.posted()[-1]
    assert ("A1", "status", False) in support.audit()


def test_a_workers_result_while_assigned_is_held_not_posted(support: Desk) -> None:
    _waiting(support)
    support.agent(action="agent:takeover")
    before = len(support.chat.sender.sent)
    support.chat.send(support.chat.turn(author="system", system={"event": "open"}))
    assert len(support.chat.sender.sent) == before  # nothing posted into the agent's talk
    with support.services.db.transaction() as session:
        held = session.scalars(
            select(TranscriptLine.text).where(TranscriptLine.text.startswith(HELD_MARK))
        ).all()
    assert held  # but the agent can read it in the transcript
