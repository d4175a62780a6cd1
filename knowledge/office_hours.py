"""When support agents work: weekly hours and holidays in one time zone (Asia/Seoul by default).

Days off are a country's public holidays (the ``holidays`` package: Korea's lunar New Year,
Chuseok and substitute days computed, nothing typed by hand) plus the company's own days
(``ONBOARD_HOLIDAYS``).

Pure rules, no clock of its own: every question takes the moment it is about. The weekly
schedule is written the way operators say it, ``"mon-fri 09:00-18:00"``; several blocks are
separated by ``;`` (``"mon-fri 09:00-18:00; sat 10:00-13:00"``). A block ends before it
starts only by mistake, so overnight blocks are refused rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as public_calendars

DEFAULT_SCHEDULE = "mon-fri 09:00-18:00"
DEFAULT_TIMEZONE = "Asia/Seoul"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Far enough to cross any run of holidays (Chuseok and a weekend) with room to spare.
_SEARCH_DAYS = 60
_BLOCK = re.compile(r"^\s*([a-z,\-\s]+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$")


class OfficeHoursError(ValueError):
    """A schedule, holiday or time zone that cannot be understood; says which and why."""


@dataclass(frozen=True)
class Block:
    """Open from ``opens`` to ``closes`` (exclusive) on each weekday in ``days`` (0 = Monday)."""

    days: frozenset[int]
    opens: time
    closes: time


@dataclass(frozen=True)
class OfficeHours:
    blocks: tuple[Block, ...]
    # The company's own days off.
    holidays: frozenset[date]
    tz: ZoneInfo
    # A country's public holidays; None: only ``holidays``.
    public: public_calendars.HolidayBase | None = None

    def is_day_off(self, day: date) -> bool:
        return day in self.holidays or (self.public is not None and day in self.public)

    def is_open(self, at: datetime) -> bool:
        local = self.local(at)
        if self.is_day_off(local.date()):
            return False
        moment = local.time()
        return any(
            local.weekday() in block.days and block.opens <= moment < block.closes
            for block in self.blocks
        )

    def next_opening(self, at: datetime) -> datetime | None:
        """When agents are next in, in the schedule's time zone; ``at`` itself when open now;
        None when the schedule never opens (no blocks, or holidays cover the next 60 days)."""
        local = self.local(at)
        if self.is_open(local):
            return local
        for offset in range(_SEARCH_DAYS + 1):
            day = local.date() + timedelta(days=offset)
            if self.is_day_off(day):
                continue
            opens = sorted(b.opens for b in self.blocks if day.weekday() in b.days)
            for start in opens:
                candidate = datetime.combine(day, start, tzinfo=self.tz)
                if candidate > local:
                    return candidate
        return None

    def local(self, at: datetime) -> datetime:
        if at.tzinfo is None:
            raise OfficeHoursError("a moment without a time zone is ambiguous")
        return at.astimezone(self.tz)


def parse_days(text: str) -> frozenset[int]:
    """``"mon-fri"``, ``"sat"``, ``"mon,wed,fri"``, ``"fri-mon"`` (wrapping the weekend)."""
    days: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        first, _, last = (s.strip() for s in part.partition("-"))
        if first not in DAYS or (last and last not in DAYS):
            raise OfficeHoursError(f"unknown day in {part!r}; use {', '.join(DAYS)}")
        start, end = DAYS.index(first), DAYS.index(last or first)
        days.update((start + i) % 7 for i in range((end - start) % 7 + 1))
    if not days:
        raise OfficeHoursError("no days given")
    return frozenset(days)


def _clock(text: str) -> time:
    hours, minutes = (int(v) for v in text.split(":"))
    if hours == 24 and minutes == 0:
        return time.max  # "24:00": open to the end of the day
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise OfficeHoursError(f"{text!r} is not a time of day")
    return time(hours, minutes)


def parse_schedule(spec: str) -> tuple[Block, ...]:
    blocks = []
    for raw in (b for b in spec.lower().split(";") if b.strip()):
        match = _BLOCK.match(raw)
        if match is None:
            raise OfficeHoursError(f"{raw.strip()!r}: write blocks like 'mon-fri 09:00-18:00'")
        opens, closes = _clock(match.group(2)), _clock(match.group(3))
        if closes <= opens:
            raise OfficeHoursError(f"{raw.strip()!r}: closes before it opens")
        blocks.append(Block(days=parse_days(match.group(1)), opens=opens, closes=closes))
    return tuple(blocks)


def parse_holidays(values: Iterable[str]) -> frozenset[date]:
    days = set()
    for value in (v.strip() for v in values):
        if not value:
            continue
        try:
            days.add(date.fromisoformat(value))
        except ValueError:
            raise OfficeHoursError(f"holiday {value!r} is not a date like 2026-12-25") from None
    return frozenset(days)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise OfficeHoursError(f"unknown time zone {name!r}") from None


def public_holidays(country: str) -> public_calendars.HolidayBase:
    """The public holidays of ``country`` (ISO code, e.g. ``KR``), any year, computed."""
    try:
        return public_calendars.country_holidays(country.strip().upper())
    except NotImplementedError:
        raise OfficeHoursError(f"no public holidays known for country {country!r}") from None


def office_hours(
    spec: str = DEFAULT_SCHEDULE,
    holidays: Iterable[str] = (),
    timezone: str = DEFAULT_TIMEZONE,
    country: str | None = None,
) -> OfficeHours:
    """``country``: whose public holidays are days off too (None or "": none)."""
    return OfficeHours(
        blocks=parse_schedule(spec),
        holidays=parse_holidays(holidays),
        tz=zone(timezone),
        public=public_holidays(country) if country else None,
    )
