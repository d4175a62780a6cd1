"""What the contract inquiry remembers between turns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ContractsSlots(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # The last business number the merchant gave (10 digits), checked and valid.
    business_number: str | None = None
