"""What the business-information journey reads from the store (implemented in
``bot/business/store.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from dialogs.ports import PortKey


@dataclass(frozen=True)
class FinishedBusiness:
    """Business information finished earlier, as ``BusinessPort.finished`` returns it."""

    business_number: str
    profile: dict[str, str] = field(default_factory=dict)
    upload_id: int | None = None
    # This conversation's merchant is verified for the number, and so was whoever wrote the
    # profile: only then may they see it (it holds names, phones and e-mails).
    verified: bool = False
    # Applications were filed for the business: changes now go through an agent.
    applied: bool = False


class BusinessPort(Protocol):
    def finished(self, business_number: str) -> FinishedBusiness | None:
        """The finished profile of the business (10 digits), or None."""
        ...


class NoBusinesses:
    """The default: no store, nothing finished."""

    def finished(self, business_number: str) -> FinishedBusiness | None:
        return None


BUSINESS_PORT: PortKey[BusinessPort] = PortKey("business", NoBusinesses())
