"""Announcing a status change: into the merchant's own conversation (the status card edited in
place where the transport can, and a short message), and to every subscriber (the message).

Everything goes through the outbox in the change's transaction: delivery is per channel,
paced, retried, never lost and never doubled, and nothing is announced for a change that
rolls back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from bot.applications.views import lang_of
from bot.outbox import enqueue, post_to_conversation
from bot.store.tables import Conversation, Subscription
from dialogs.applications.cards import change_message, status_card
from dialogs.applications.port import ApplicationView
from dialogs.replies import Reply
from knowledge.language import Lang


def announce(
    session: Session,
    app: ApplicationView,
    *,
    conversation_key: str,
    old: str | None,
    new: str,
    note: str | None,
    now: datetime,
) -> int:
    """Queue the updates; the number of messages queued."""
    queued = 0
    told: set[str] = set()
    conversation = session.scalars(
        select(Conversation).where(Conversation.key == conversation_key)
    ).first()
    if conversation is not None:
        lang = lang_of(conversation.state)
        replies: list[Reply] = [
            status_card(app, lang),
            change_message(app, old, new, note, lang),
        ]
        for reply in replies:
            post_to_conversation(session, conversation, reply, now)
            queued += 1
        told.add(conversation.key)
    subscribers = session.scalars(
        select(Subscription)
        .where(
            or_(
                and_(
                    Subscription.scope == "business",
                    Subscription.scope_value == app.business_number,
                ),
                and_(Subscription.scope == "application", Subscription.scope_value == str(app.id)),
                Subscription.scope == "all",
            )
        )
        .order_by(Subscription.id)
    ).all()
    langs = _languages(session, [s.subscriber_key for s in subscribers])
    for subscription in subscribers:
        if subscription.subscriber_key in told:
            continue  # one message a subscriber, however many scopes match
        told.add(subscription.subscriber_key)
        lang = langs.get(subscription.subscriber_key, Lang.KO)
        enqueue(
            session,
            transport=subscription.transport,
            target=subscription.target,
            reply=change_message(app, old, new, note, lang),
            now=now,
        )
        queued += 1
    return queued


def _languages(session: Session, keys: list[str]) -> dict[str, Lang]:
    """Subscribers that are conversations speak their conversation's language."""
    found: dict[str, Lang] = {}
    for start in range(0, len(keys), 500):  # keep the IN list within every driver's limits
        rows = session.execute(
            select(Conversation.key, Conversation.state).where(
                Conversation.key.in_(keys[start : start + 500])
            )
        ).all()
        found.update({key: lang_of(state) for key, state in rows})
    return found
