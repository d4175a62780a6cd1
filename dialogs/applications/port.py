"""What the applications journey (and selection, to offer nothing twice) reads about
applications (implemented in ``bot/applications/ports.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dialogs.ports import PortKey


@dataclass(frozen=True)
class AppliedItem:
    """One payment method a business has applied for with one PG (catalog codes)."""

    pg: str
    method: str
    status: str


# Applications in these statuses are over: the method may be applied for again.
NOT_APPLIED_STATUSES = frozenset({"cancelled", "rejected", "contract_cancelled"})


@dataclass(frozen=True)
class ApplicationView:
    """One application as the merchant sees it (``status``: a knowledge.lifecycle value)."""

    id: int
    business_number: str
    pg: str
    methods: tuple[str, ...]
    payment_types: tuple[str, ...]
    status: str
    status_note: str | None
    updated_at: datetime


@dataclass(frozen=True)
class SubscriptionView:
    scope: str  # business, application, all
    value: str


class ApplicationsPort(Protocol):
    """Applications: what a business has applied for, those this conversation may see, and
    who may follow what."""

    def applied(self, business_number: str) -> list[AppliedItem]:
        """What the business has applied for (so nothing is offered twice), leaving out
        ``NOT_APPLIED_STATUSES``. Pairs of PG and method only, no details."""
        ...

    def visible(self) -> list[ApplicationView]:
        """Filed in this conversation, or followed by it; oldest first."""
        ...

    def get(self, application_id: int) -> ApplicationView | None:
        """The application if this conversation may see it."""
        ...

    def may_follow(self, business_number: str) -> bool:
        """Verified for the business, or an agent."""
        ...

    def is_agent(self) -> bool: ...

    def subscriptions(self) -> list[SubscriptionView]: ...


class NoApplications:
    """The default: no store, nothing applied for or to show, nobody may follow."""

    def applied(self, business_number: str) -> list[AppliedItem]:
        return []

    def visible(self) -> list[ApplicationView]:
        return []

    def get(self, application_id: int) -> ApplicationView | None:
        return None

    def may_follow(self, business_number: str) -> bool:
        return False

    def is_agent(self) -> bool:
        return False

    def subscriptions(self) -> list[SubscriptionView]:
        return []


APPLICATIONS_PORT: PortKey[ApplicationsPort] = PortKey("applications", NoApplications())
