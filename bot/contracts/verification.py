"""Who may see a business's contracts: a user verified for its business number.

Two ways in: the business-information journey calls ``verify(..., source="certificate")``
when an uploaded certificate carried the number, and an agent's link command calls it with
``source="agent"``. Both run inside the caller's transaction. Everyone else learns only that a
number is valid (see docs/decisions.md, "Contract details only to verified users").
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.tables import Verification
from bot.store.upsert import insert_ignore
from dialogs.contracts.users import user_key
from knowledge.bizno import is_valid_business_number, normalize_digits

__all__ = ["Source", "is_verified", "user_key", "verified_numbers", "verify"]

Source = Literal["certificate", "agent"]
SOURCES: tuple[str, ...] = ("certificate", "agent")


def _digits(business_number: str) -> str:
    digits = normalize_digits(business_number)
    if not is_valid_business_number(digits):
        # A caller bug, not merchant input: merchants' numbers are checked before this.
        raise ValueError("not a valid business registration number")
    return digits


def verify(
    session: Session,
    user_key: str,
    business_number: str,
    source: Source,
    verified_by: str | None,
    now: datetime,
) -> bool:
    """Record that ``user_key`` may see ``business_number``'s contracts.

    ``business_number`` may carry hyphens; ``verified_by`` is the agent's user key (None for a
    certificate). Idempotent: True when this added a verification, False when it existed.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown verification source {source!r}")
    if not user_key:
        raise ValueError("empty user key")
    values = {
        "user_key": user_key,
        "business_number": _digits(business_number),
        "source": source,
        "verified_by": verified_by,
        "at": now,
    }
    return insert_ignore(session, Verification, values, keys=["user_key", "business_number"])


def is_verified(session: Session, user_key: str, business_number: str) -> bool:
    digits = normalize_digits(business_number)
    if not is_valid_business_number(digits):
        return False
    found = session.scalar(
        select(Verification.id).where(
            Verification.user_key == user_key, Verification.business_number == digits
        )
    )
    return found is not None


def verified_numbers(session: Session, user_key: str) -> list[str]:
    """The business numbers ``user_key`` is verified for, oldest first."""
    rows = session.scalars(
        select(Verification.business_number)
        .where(Verification.user_key == user_key)
        .order_by(Verification.id)
    )
    return list(rows)
