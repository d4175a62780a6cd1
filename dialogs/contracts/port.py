"""What the contract inquiry reads from the registry (implemented in ``bot/contracts``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from dialogs.ports import PortKey


@dataclass(frozen=True)
class ContractView:
    """One contract as the dialog may show it: the MID arrives already masked, so no code
    path in the dialog can reveal it in full."""

    pg: str
    methods: tuple[str, ...]
    status: str  # in_progress, active, terminated
    mid_masked: str | None
    contract_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class LookupAllowance:
    """Whether a user may look up one more business number now.

    ``retry_at`` is when the oldest lookup in the window expires (when refused)."""

    allowed: bool
    limit: int
    retry_at: datetime | None = None


class ContractsPort(Protocol):
    def contracts(self, business_number: str) -> list[ContractView]: ...

    def is_verified(self, user_key: str, business_number: str) -> bool: ...

    def allowance(self, user_key: str, business_number: str) -> LookupAllowance:
        """Looking up a number already looked up in the window is always allowed."""
        ...


class NoContracts:
    """The default (ports built without a store): an empty registry, nobody verified."""

    def contracts(self, business_number: str) -> list[ContractView]:
        return []

    def is_verified(self, user_key: str, business_number: str) -> bool:
        return False

    def allowance(self, user_key: str, business_number: str) -> LookupAllowance:
        return LookupAllowance(allowed=True, limit=0)


CONTRACTS_PORT: PortKey[ContractsPort] = PortKey("contracts", NoContracts())
