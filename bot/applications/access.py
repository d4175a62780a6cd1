"""Who may see or follow what. A business's applications are personal data of that business:
only a user verified for its number (bot.contracts.verification), the conversation that filed
them, or an agent may follow them.

Every check is about the *acting* user (the turn), never about who started the conversation:
in a shared channel an agent's thread may have a stranger in it (bot/actors.py turns strangers
away before the dialog runs; these checks hold even if a caller forgets that).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contracts.verification import is_verified, user_key
from bot.store.tables import Application, Conversation
from dialogs.turns import Turn


def is_agent(actor: Turn, agent_users: Collection[str]) -> bool:
    return actor.user_id in agent_users


def may_follow(
    session: Session,
    conversation: Conversation,
    actor: Turn,
    business_number: str,
    agent_users: Collection[str],
) -> bool:
    if is_agent(actor, agent_users):
        return True
    if is_verified(session, user_key(actor), business_number):
        return True
    if actor.transport != conversation.transport or actor.user_id != conversation.user_id:
        return False  # what this conversation filed is its owner's to follow
    filed_here = session.scalar(
        select(Application.id)
        .where(
            Application.business_number == business_number,
            Application.conversation_key == conversation.key,
        )
        .limit(1)
    )
    return filed_here is not None
