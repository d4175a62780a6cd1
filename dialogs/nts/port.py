"""What the dialogs may ask about a business's tax registration (국세청 사업자등록 상태)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from dialogs.ports import PortKey


class TaxStatus(StrEnum):
    ACTIVE = "active"  # 01 계속사업자
    SUSPENDED = "suspended"  # 02 휴업자
    CLOSED = "closed"  # 03 폐업자
    UNREGISTERED = "unregistered"  # not (yet) known to the NTS: a new registration takes a day


@dataclass(frozen=True)
class BusinessStatus:
    status: TaxStatus
    # 폐업일 (YYYYMMDD) of a closed business, when the NTS gives one.
    closed_on: str | None = None


class BusinessStatusPort(Protocol):
    def status(self, business_number: str) -> BusinessStatus | None:
        """What the NTS said within the last day; None when unknown (check off, not yet
        asked, the service down): filing never waits for it."""
        ...


class NoBusinessStatus:
    def status(self, business_number: str) -> BusinessStatus | None:
        return None


BUSINESS_STATUS_PORT: PortKey[BusinessStatusPort] = PortKey("business_status", NoBusinessStatus())
