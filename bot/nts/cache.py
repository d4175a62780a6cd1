"""The NTS answers kept a day (``nts_statuses``), and the dialogs' port that reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.nts.client import NtsAnswer, to_status
from bot.store.tables import NtsStatus
from dialogs.nts.port import BusinessStatus
from knowledge.bizno import normalize_digits

FRESH_FOR = timedelta(days=1)


def fresh_numbers(session: Session, numbers: Iterable[str], now: datetime) -> set[str]:
    """The numbers whose answer is younger than a day."""
    wanted = sorted(set(numbers))
    if not wanted:
        return set()
    return set(
        session.scalars(
            select(NtsStatus.business_number).where(
                NtsStatus.business_number.in_(wanted), NtsStatus.checked_at > now - FRESH_FOR
            )
        ).all()
    )


def store(session: Session, answers: Iterable[NtsAnswer], now: datetime) -> int:
    count = 0
    for answer in answers:
        row = session.get(NtsStatus, answer.business_number)
        if row is None:
            row = NtsStatus(business_number=answer.business_number)
            session.add(row)
        row.status_code = answer.status_code
        row.tax_type = answer.tax_type
        row.end_date = answer.end_date
        row.checked_at = now
        count += 1
    return count


def forget_stale(session: Session, now: datetime, older_than: timedelta) -> int:
    """Delete answers nobody needs any more (a business's data, kept no longer than useful)."""
    result = session.execute(delete(NtsStatus).where(NtsStatus.checked_at < now - older_than))
    return int(getattr(result, "rowcount", 0) or 0)


class CachedBusinessStatus:
    """``BusinessStatusPort`` over the turn's transaction: the cache only, never the network."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now

    def status(self, business_number: str) -> BusinessStatus | None:
        row = self.session.get(NtsStatus, normalize_digits(business_number))
        if row is None or row.checked_at <= self.now - FRESH_FOR:
            return None
        return to_status(row.status_code, row.end_date)
