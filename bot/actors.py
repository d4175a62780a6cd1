"""Who may act on a conversation: a shared support channel is a room full of strangers.

The model (see ``docs/security.md``):

- a conversation belongs to the user who started it (``conversations.user_id``, of the same
  transport): the **owner**;
- support agents (``ONBOARD_AGENT_USERS``, through the desk's agents port) may act on any
  conversation: an **agent** is a turn marked as an agent's by the transport *and* listed;
- the worker's own turns (an OCR result fed back) are the **system**'s;
- anyone else is a **stranger**: a message, click or form of theirs in another person's
  conversation changes nothing (state, language, queue, applications, the misunderstanding
  count) and earns them a short hint, shown to them alone, on how to start their own.
  Colleagues a merchant would like to invite are not supported yet: they are strangers too.

The engine asks once per turn, before the dialog runs (``turn_away``); every check after that
is about the acting user (the turn), never about who started the conversation.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.handoff import audit
from bot.outbox import enqueue
from bot.store.tables import AuditEntry, Conversation
from dialogs import texts
from dialogs.handoff.actions import is_agent_action
from dialogs.handoff.port import AGENTS_PORT
from dialogs.ports import Ports
from dialogs.replies import TextReply
from dialogs.turns import Author, Turn
from knowledge.language import Lang

# The outbox target key that makes a message visible to one user only (Slack:
# chat.postEphemeral); transports without ephemeral messages show or record it as usual.
EPHEMERAL_USER = "ephemeral_user"


class Role(StrEnum):
    OWNER = "owner"
    AGENT = "agent"
    SYSTEM = "system"
    STRANGER = "stranger"


def role_of(conversation: Conversation, turn: Turn, ports: Ports) -> Role:
    """``ports``: the turn's, whose support desk knows the listed agents."""
    if turn.author is Author.SYSTEM:
        return Role.SYSTEM
    if turn.author is Author.AGENT and AGENTS_PORT.of(ports).is_agent(turn.user_id):
        return Role.AGENT
    if turn.transport == conversation.transport and turn.user_id == conversation.user_id:
        return Role.OWNER
    return Role.STRANGER


def creates_conversation(turn: Turn) -> bool:
    """An agent's turn acts on an existing conversation: it never creates one (a refused or
    mistaken agent action must not leave a conversation owned by whoever sent it)."""
    return turn.author is not Author.AGENT and not is_agent_action(turn)


def is_stranger(conversation: Conversation, turn: Turn, ports: Ports) -> bool:
    return role_of(conversation, turn, ports) is Role.STRANGER


def turn_kind(turn: Turn) -> str:
    """What the turn was, for the audit log: never what it said."""
    if turn.form is not None:
        return "form"
    if turn.action:
        return "choice"
    if turn.attachments:
        return "file"
    return "message"


def stranger_hint() -> str:
    """The stranger's language is unknown: both, Korean first."""
    return f"{texts.NOT_YOUR_CONVERSATION(Lang.KO)}\n{texts.NOT_YOUR_CONVERSATION(Lang.EN)}"


def turn_away(
    session: Session, conversation: Conversation, turn: Turn, ports: Ports, now: datetime
) -> bool:
    """True when the turn's actor is a stranger to the conversation: the attempt is audited
    (what kind, never its content) and the hint is queued for them alone; the caller then
    leaves the conversation exactly as it was."""
    if not is_stranger(conversation, turn, ports):
        return False
    # An agent action keeps its name (agent:takeover…): the refusal reads like the dialog's.
    action = (turn.action or "")[:60] if is_agent_action(turn) else turn_kind(turn)
    hinted = action == "message" and _told_before(session, conversation, turn)
    audit.record(
        session,
        actor=turn.user_id,
        action=action,
        allowed=False,
        conversation_key=conversation.key,
        now=now,
        reason="not_owner",
        author=turn.author.value,
        transport=turn.transport,
    )
    if hinted:
        return True
    row = enqueue(
        session,
        transport=conversation.transport,
        target={**conversation.address, EPHEMERAL_USER: turn.user_id},
        reply=TextReply(text=stranger_hint()),
        now=now,
    )
    # Erasing the stranger's data finds this row by its subject (bot/privacy.py).
    row.subject = f"{turn.transport}:{turn.user_id}"
    return True


def _told_before(session: Session, conversation: Conversation, turn: Turn) -> bool:
    """Whether this stranger's typing here was already refused (and so hinted at): someone
    chatting in a shared thread is told once, not after every line. A click or a form is
    answered every time, since its author is waiting for something to happen."""
    earlier = session.scalar(told_before_query(conversation.key, turn.user_id))
    return earlier is not None


def told_before_query(conversation_key: str, user_id: str) -> Select[int]:
    """The stranger's earlier refusal of typing in this conversation (read through the
    index ``ix_audit_conversation_actor``)."""
    return (
        select(AuditEntry.id)
        .where(
            AuditEntry.conversation_key == conversation_key,
            AuditEntry.actor == user_id,
            AuditEntry.action == "message",
            AuditEntry.allowed.is_(False),
        )
        .limit(1)
    )
