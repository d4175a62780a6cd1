"""Business days of the support desk's calendar: a weekday with office hours, not a day off
(the company's own holidays and, by default, Korea's public holidays)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from knowledge.office_hours import OfficeHours

# A run of holidays (Chuseok and a weekend) never exceeds this; it bounds the loop.
_MAX_DAYS = 400


def is_business_day(hours: OfficeHours, day: date) -> bool:
    return not hours.is_day_off(day) and any(day.weekday() in b.days for b in hours.blocks)


def add_business_days(hours: OfficeHours, start: datetime, days: int) -> datetime:
    """The moment ``days`` business days after ``start`` (same local time of day)."""
    local = hours.local(start)
    day, counted = local.date(), 0
    for _ in range(_MAX_DAYS):
        if counted >= days:
            break
        day += timedelta(days=1)
        if is_business_day(hours, day):
            counted += 1
    return datetime.combine(day, local.timetz())


def business_days_between(hours: OfficeHours, start: datetime, end: datetime) -> int:
    """Whole business days from ``start`` to ``end``."""
    count = 0
    while add_business_days(hours, start, count + 1) <= end and count < _MAX_DAYS:
        count += 1
    return count
