"""What the contract inquiry remembers between turns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ContractsSlots(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # The last business number the merchant gave (10 digits), checked and valid.
    business_number: str | None = None
    # PGs (catalog codes) the pending question named ("do we have a KCP contract?"), kept
    # until the number arrives; cleared once answered.
    pgs: list[str] = Field(default_factory=list, max_length=30)
