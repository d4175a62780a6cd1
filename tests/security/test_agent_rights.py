"""Agents' rights come from the acting user: a non-agent in a conversation an agent started
may neither follow any business nor see another business's applications."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.applications.ports import StoredApplicationsView
from bot.store.db import Database
from bot.store.tables import Application, Conversation
from dialogs.state import ConversationState
from dialogs.turns import Author, Turn

AGENT, STRANGER = "U0AGENT", "U0STRANGER"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def turn(user: str, author: Author = Author.MERCHANT) -> Turn:
    return Turn(
        event_id=f"ev-{user}",
        conversation_key="slack:T0:C0:1.1",
        transport="slack",
        user_id=user,
        author=author,
    )


def test_rights_follow_the_acting_user_not_the_conversations_starter(db: Database) -> None:
    with db.transaction() as session:
        conversation = Conversation(
            key="slack:T0:C0:1.1",
            transport="slack",
            address={"channel": "C0", "thread_ts": "1.1"},
            user_id=AGENT,  # an agent started it
            state=ConversationState().model_dump(mode="json"),
            status="active",
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(conversation)
        for number, key in (("2208162517", "slack:T0:C9:9.9"),):
            session.add(
                Application(
                    business_number=number,
                    conversation_key=key,
                    pg="kcp",
                    methods=["card"],
                    payment_types=[],
                    status="submitted",
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        session.flush()
        agents = {AGENT}
        stranger = StoredApplicationsView(session, conversation, agents, turn(STRANGER))
        assert not stranger.is_agent()
        assert not stranger.may_follow("2208162517")
        assert stranger.get(1) is None
        agent = StoredApplicationsView(session, conversation, agents, turn(AGENT, Author.AGENT))
        assert agent.is_agent()
        assert agent.may_follow("2208162517")
