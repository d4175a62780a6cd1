"""What the business-information journey remembers between turns."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from dialogs.state import JourneySlots


class BusinessSlots(JourneySlots):
    journey: ClassVar[str] = "business"

    business_number: str | None = None
    # Field name -> value, as collected or read from the certificate and confirmed.
    fields: dict[str, str] = Field(default_factory=dict)
    # Saved with "Finish": the merchant is verified for ``business_number``.
    finished: bool = False

    # The stored certificate the fields were read from (``uploads`` row), once known.
    upload_id: int | None = None
    # The event id of the upload whose reading is in flight; a result carrying another
    # reference (an older upload, or one cancelled) is ignored.
    reading_ref: str | None = None
    # Fields the reader was unsure of (shown flagged until the merchant confirms the card).
    unsure: list[str] = Field(default_factory=list)
    # The merchant confirmed the certificate card; later steps ask the remaining fields.
    card_confirmed: bool = False
    # A number read from the certificate that differs from the one given earlier, waiting
    # for the merchant to say which is right.
    conflicting_number: str | None = None
    # Applications were already filed for this business: changes go through an agent.
    applied: bool = False
    # The digits the reader saw as the registration number, even when their check digit
    # failed: finishing verifies the merchant only for this number (or a close correction).
    read_number: str | None = None
    # The step "취소" was said at, to return to when the merchant keeps what they entered.
    paused_at: str | None = None
    # Corrections typed while the certificate was being read ("상호는 하늘무역이에요"): kept,
    # and applied over what the certificate says once it is read.
    while_reading: dict[str, str] = Field(default_factory=dict)
