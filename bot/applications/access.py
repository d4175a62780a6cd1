"""Who may see or follow what. A business's applications are personal data of that business:
only a user verified for its number (bot.contracts.verification), the conversation that filed
them, or an agent may follow them."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contracts.verification import is_verified, user_key
from bot.store.tables import Application, Conversation


def is_agent(conversation: Conversation, agent_users: Collection[str]) -> bool:
    return conversation.user_id in agent_users


def may_follow(
    session: Session,
    conversation: Conversation,
    business_number: str,
    agent_users: Collection[str],
) -> bool:
    if is_agent(conversation, agent_users):
        return True
    if is_verified(session, user_key(conversation), business_number):
        return True
    filed_here = session.scalar(
        select(Application.id)
        .where(
            Application.business_number == business_number,
            Application.conversation_key == conversation.key,
        )
        .limit(1)
    )
    return filed_here is not None
