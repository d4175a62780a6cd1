"""Forms the dialog sent through the outbox, for transports that show a form in a UI of their
own (Slack modals): finding a form message again, and taking back the form a submission
returned with field errors so the transport answers it in place instead of posting it.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bot.outbox import REPLY
from bot.queue import Delivery
from bot.store.db import Database
from bot.store.tables import Conversation, OutboxMessage
from dialogs.replies import FormReply


class FormOutbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def last_id(self) -> int:
        """The newest outbox row now: what a turn processed after this adds comes after it."""
        with self.db.reading() as session:
            return int(session.scalar(select(func.max(OutboxMessage.id))) or 0)

    def form_of(self, outbox_id: int, transport: str, channel: str) -> tuple[str, FormReply] | None:
        """The form message ``outbox_id`` sent to ``channel``, with its conversation's key."""
        with self.db.reading() as session:
            found = session.execute(
                select(OutboxMessage, Conversation.key)
                .join(Conversation, Conversation.id == OutboxMessage.conversation_id)
                .where(OutboxMessage.id == outbox_id, OutboxMessage.transport == transport)
            ).first()
        if found is None or found[0].target.get("channel") != channel:
            return None
        reply = REPLY.validate_python(found[0].reply)
        return (found[1], reply) if isinstance(reply, FormReply) else None

    def take_returned(self, conversation_key: str, form_id: str, after_id: int) -> FormReply | None:
        """The form ``form_id`` the dialog sent back with field errors since ``after_id``,
        marked delivered: the transport shows its errors where the merchant submitted it."""
        with self.db.transaction() as session:
            rows = session.scalars(
                select(OutboxMessage)
                .join(Conversation, Conversation.id == OutboxMessage.conversation_id)
                .where(
                    Conversation.key == conversation_key,
                    OutboxMessage.id > after_id,
                    OutboxMessage.status == Delivery.PENDING,
                )
                .order_by(OutboxMessage.id)
                .with_for_update()
            ).all()
            for row in rows:
                reply = REPLY.validate_python(row.reply)
                if not isinstance(reply, FormReply) or reply.form_id != form_id:
                    continue
                if any(field.error for field in reply.fields):
                    row.status = Delivery.SENT
                    row.error = "answered in the modal"
                    return reply
        return None


def is_known(db: Database, conversation_key: str) -> bool:
    """Whether a conversation with this key exists (a transport decides whether to follow a
    thread by it)."""
    with db.reading() as session:
        found = session.scalar(select(Conversation.id).where(Conversation.key == conversation_key))
        return found is not None
