"""Who follows what: a conversation (a merchant's colleague, an agent) follows a business or
one application; a channel follows everything (a feed). Updates go to the subscription's own
transport and target, so a subscriber hears in the place it subscribed from."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.store.tables import Subscription
from bot.store.upsert import insert_ignore

SCOPES = ("business", "application", "all")


def feed_key(transport: str, channel: str) -> str:
    """The subscriber key of a channel feed (a conversation subscribes under its own key)."""
    return f"{transport}:feed:{channel}"


def subscribe(
    session: Session,
    *,
    subscriber_key: str,
    transport: str,
    target: Mapping[str, Any],
    scope: str,
    value: str,
    created_by: str,
    now: datetime,
) -> bool:
    """True when this added the subscription, False when it existed already."""
    if scope not in SCOPES:
        raise ValueError(f"unknown subscription scope {scope!r}")
    values = {
        "subscriber_key": subscriber_key,
        "transport": transport,
        "target": dict(target),
        "scope": scope,
        "scope_value": "" if scope == "all" else value,
        "created_by": created_by,
        "created_at": now,
    }
    return insert_ignore(
        session, Subscription, values, keys=["subscriber_key", "scope", "scope_value"]
    )


def unsubscribe(session: Session, *, subscriber_key: str, scope: str, value: str) -> bool:
    """True when a subscription was removed."""
    removed = session.execute(
        delete(Subscription)
        .where(
            Subscription.subscriber_key == subscriber_key,
            Subscription.scope == scope,
            Subscription.scope_value == ("" if scope == "all" else value),
        )
        .returning(Subscription.id)
    ).all()
    return bool(removed)


def subscriptions_of(session: Session, subscriber_key: str) -> list[Subscription]:
    return list(
        session.scalars(
            select(Subscription)
            .where(Subscription.subscriber_key == subscriber_key)
            .order_by(Subscription.id)
        )
    )
