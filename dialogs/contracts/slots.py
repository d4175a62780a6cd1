"""What the contract inquiry remembers between turns."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from dialogs.state import JourneySlots


class ContractsSlots(JourneySlots):
    journey: ClassVar[str] = "contracts"

    # The last business number the merchant gave (10 digits), checked and valid.
    business_number: str | None = None
    # PGs (catalog codes) the pending question named ("do we have a KCP contract?"), kept
    # until the number arrives; cleared once answered.
    pgs: list[str] = Field(default_factory=list, max_length=30)
