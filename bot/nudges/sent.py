"""The record of nudges sent. A nudge's key is inserted (``ON CONFLICT DO NOTHING``) in the
transaction that queues its message: whichever replica inserts it sends it, the others see
the key taken and send nothing; a crash before the commit loses both, so the next round
tries again. Exactly once, across replicas and restarts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.store.tables import Nudge
from bot.store.upsert import insert_ignore


def claim(
    session: Session,
    key: str,
    *,
    kind: str,
    now: datetime,
    conversation_key: str | None = None,
    application_id: int | None = None,
) -> bool:
    """True when this nudge is ours to send (its key was free)."""
    values = {
        "key": key,
        "kind": kind,
        "conversation_key": conversation_key,
        "application_id": application_id,
        "created_at": now,
    }
    return insert_ignore(session, Nudge, values, keys=["key"])
