"""Every agent action, allowed or refused, as a row of ``audit_log``: who, what, when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.store.tables import AuditEntry


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    allowed: bool,
    conversation_key: str | None,
    now: datetime,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            actor=actor,
            action=action[:60],
            allowed=allowed,
            conversation_key=conversation_key,
            detail=detail,
            at=now,
        )
    )
