"""What the business-information journey remembers between turns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class BusinessSlots(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    business_number: str | None = None
    # Field name -> value, as collected or read from the certificate and confirmed.
    fields: dict[str, str] = Field(default_factory=dict)
    # Saved with "Finish": the merchant is verified for ``business_number``.
    finished: bool = False
