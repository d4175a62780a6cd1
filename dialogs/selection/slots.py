"""What payment-method and PG selection remembers between turns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SelectionItem(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    method: str
    pg: str | None = None
    # Beyond general payment: "subscription", "keyin" (knowledge.catalog.PaymentType values).
    payment_types: list[str] = Field(default_factory=list)


class SelectionSlots(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    items: list[SelectionItem] = Field(default_factory=list)
    # The merchant confirmed the summary; filing waits only for business information.
    confirmed: bool = False
