"""(a) A merchant who stopped mid-application: one reminder in their conversation, a day
later (``ONBOARD_NUDGE_STALLED_HOURS``), with the one thing missing and a button to go on.

A conversation stalls when nothing happened in it for that long while it is ``active`` (not
waiting for or held by an agent). The nudge's key names the moment it stalled
(``updated_at``), so a merchant who comes back and stops again is reminded again, once.
Conversations quiet for more than ``MAX_AGE`` are left alone: a deploy must not wake up
everyone who ever stopped. A conversation with nothing to remind of (the menu, a contract
question, a certificate being read) gets a silent record, so it is not looked at again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, select

from bot.nudges.sent import claim
from bot.outbox import post_to_conversation
from bot.store.db import Database
from bot.store.tables import Conversation, Nudge
from dialogs.nudges.reminder import reminder
from dialogs.state import StateError, upgrade_state

KIND = "stalled"
MAX_AGE = timedelta(days=7)
BATCH = 20


def remind_stalled(db: Database, now: datetime, stall_after: timedelta) -> int:
    """Queue the due reminders; how many were sent."""
    reminded = exists().where(
        Nudge.kind == KIND,
        Nudge.conversation_key == Conversation.key,
        Nudge.created_at >= Conversation.updated_at,
    )
    sent = 0
    with db.transaction() as session:
        due = session.scalars(
            select(Conversation)
            .where(
                Conversation.status == "active",
                Conversation.updated_at <= now - stall_after,
                Conversation.updated_at >= now - MAX_AGE,
                ~reminded,
            )
            .order_by(Conversation.updated_at)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        ).all()
        for conversation in due:
            key = f"{KIND}:{conversation.id}:{conversation.updated_at.isoformat()}"
            if not claim(session, key, kind=KIND, now=now, conversation_key=conversation.key):
                continue
            try:
                state = upgrade_state(conversation.state)
            except StateError:
                continue  # the engine restarts such a conversation at its next turn
            reply = reminder(state)
            if reply is not None:
                post_to_conversation(session, conversation, reply, now)
                sent += 1
    return sent
