"""Office hours as pure rules: fixed moments in Asia/Seoul, weekends, holidays, bad specs."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from knowledge.office_hours import OfficeHoursError, office_hours, parse_days

SEOUL = ZoneInfo("Asia/Seoul")
HOURS = office_hours("mon-fri 09:00-18:00", ["2026-12-25", "2027-01-01"])


def kst(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (kst(2026, 11, 2, 9, 0), True),  # Monday, opening minute
        (kst(2026, 11, 2, 8, 59), False),
        (kst(2026, 11, 2, 17, 59), True),
        (kst(2026, 11, 2, 18, 0), False),  # closing is exclusive
        (kst(2026, 11, 7, 12, 0), False),  # Saturday
        (kst(2026, 12, 25, 11, 0), False),  # Christmas, a Friday
        (datetime(2026, 11, 2, 0, 30, tzinfo=UTC), True),  # 09:30 KST, given in UTC
    ],
)
def test_is_open(moment: datetime, is_open: bool) -> None:
    assert HOURS.is_open(moment) is is_open


@pytest.mark.parametrize(
    ("moment", "opening"),
    [
        (kst(2026, 11, 2, 10, 0), kst(2026, 11, 2, 10, 0)),  # open: now
        (kst(2026, 11, 2, 7, 0), kst(2026, 11, 2, 9, 0)),  # later today
        (kst(2026, 11, 2, 19, 0), kst(2026, 11, 3, 9, 0)),  # tomorrow
        (kst(2026, 11, 6, 18, 30), kst(2026, 11, 9, 9, 0)),  # over the weekend
        (kst(2026, 12, 24, 19, 0), kst(2026, 12, 28, 9, 0)),  # over Christmas and a weekend
        (kst(2026, 12, 31, 18, 0), kst(2027, 1, 4, 9, 0)),  # New Year's Day, then a weekend
    ],
)
def test_next_opening(moment: datetime, opening: datetime) -> None:
    assert HOURS.next_opening(moment) == opening


def test_several_blocks_and_a_wrapping_range() -> None:
    hours = office_hours("mon-fri 09:00-12:00; mon-fri 13:00-18:00; sat 10:00-13:00")
    assert not hours.is_open(kst(2026, 11, 2, 12, 30))  # lunch
    assert hours.next_opening(kst(2026, 11, 2, 12, 30)) == kst(2026, 11, 2, 13, 0)
    assert hours.is_open(kst(2026, 11, 7, 10, 0))
    assert parse_days("fri-mon") == frozenset({4, 5, 6, 0})
    assert parse_days("mon,wed") == frozenset({0, 2})


def test_another_time_zone() -> None:
    hours = office_hours("mon-fri 09:00-17:00", timezone="Europe/Berlin")
    assert hours.is_open(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))  # 09:00 in Berlin


def test_a_schedule_that_never_opens() -> None:
    assert office_hours("").next_opening(kst(2026, 11, 2, 10, 0)) is None


@pytest.mark.parametrize(
    ("spec", "holidays", "tz"),
    [
        ("mon-fry 09:00-18:00", [], "Asia/Seoul"),
        ("mon-fri 18:00-09:00", [], "Asia/Seoul"),
        ("mon-fri 25:00-26:00", [], "Asia/Seoul"),
        ("weekdays", [], "Asia/Seoul"),
        ("mon-fri 09:00-18:00", ["25/12/2026"], "Asia/Seoul"),
        ("mon-fri 09:00-18:00", [], "Mars/Olympus"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(spec: str, holidays: list[str], tz: str) -> None:
    with pytest.raises(OfficeHoursError):
        office_hours(spec, holidays, tz)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(OfficeHoursError):
        HOURS.is_open(datetime(2026, 11, 2, 10, 0))


KOREA = office_hours("mon-fri 09:00-18:00", ["2026-11-20"], country="KR")


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (kst(2026, 9, 25, 10, 0), False),  # Chuseok (a Friday), from the lunar calendar
        (kst(2026, 10, 5, 10, 0), False),  # substitute holiday for National Foundation Day
        (kst(2026, 5, 25, 10, 0), False),  # substitute holiday for Buddha's Birthday
        (kst(2026, 11, 20, 10, 0), False),  # the company's own day off still counts
        (kst(2026, 11, 19, 10, 0), True),
    ],
)
def test_public_holidays_come_from_the_calendar(moment: datetime, is_open: bool) -> None:
    assert KOREA.is_open(moment) is is_open


def test_the_next_opening_skips_chuseok_and_the_weekend() -> None:
    # Wed 23 Sep 2026 evening; 24-26 Chuseok, 27 Sunday.
    assert KOREA.next_opening(kst(2026, 9, 23, 19, 0)) == kst(2026, 9, 28, 9, 0)
    # Without the country calendar only weekends and listed days are off.
    assert HOURS.next_opening(kst(2026, 9, 23, 19, 0)) == kst(2026, 9, 24, 9, 0)


def test_an_unknown_country_is_refused() -> None:
    with pytest.raises(OfficeHoursError, match="no public holidays known"):
        office_hours(country="XX")
