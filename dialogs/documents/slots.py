"""What the documents checklist remembers between turns."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from dialogs.state import JourneySlots


class DocumentsSlots(JourneySlots):
    journey: ClassVar[str] = "documents"

    # 개인 or 법인 (a knowledge.fields.BusinessType value), as answered here; None: not asked.
    business_type: str | None = None
    # Industries that add documents (knowledge.documents.Industry values), once asked.
    industries: list[str] = Field(default_factory=list)
    industry_asked: bool = False
