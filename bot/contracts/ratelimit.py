"""At most N distinct business numbers per user per hour, so nobody can walk through
businesses one by one. Looking up a number again inside the window costs nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store.tables import ContractLookup
from dialogs.contracts.port import LookupAllowance

WINDOW = timedelta(hours=1)


def allowance(
    session: Session, user_key: str, business_number: str, now: datetime, limit: int
) -> LookupAllowance:
    # The newest lookup of each number in the window: a number leaves the count an hour after
    # its last lookup.
    rows = session.execute(
        select(ContractLookup.business_number, func.max(ContractLookup.at))
        .where(ContractLookup.user_key == user_key, ContractLookup.at > now - WINDOW)
        .group_by(ContractLookup.business_number)
    ).all()
    latest: dict[str, datetime] = {row[0]: row[1] for row in rows}
    if business_number in latest or len(latest) < limit:
        return LookupAllowance(allowed=True, limit=limit)
    return LookupAllowance(allowed=False, limit=limit, retry_at=min(latest.values()) + WINDOW)


def record(session: Session, user_key: str, business_number: str, now: datetime) -> None:
    session.add(ContractLookup(user_key=user_key, business_number=business_number, at=now))
