"""What payment-method and PG selection remembers between turns."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from dialogs.state import JourneySlots


class SelectionItem(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    method: str
    pg: str | None = None
    # Beyond general payment: "subscription", "keyin" (knowledge.catalog.PaymentType values).
    payment_types: list[str] = Field(default_factory=list)


class SelectionSlots(JourneySlots):
    journey: ClassVar[str] = "selection"

    items: list[SelectionItem] = Field(default_factory=list)
    # The merchant confirmed the summary; filing waits only for business information.
    confirmed: bool = False
    # PG -> its extra fields' answers (``dialogs.selection.extras``), filed with its application.
    extras: dict[str, dict[str, str]] = Field(default_factory=dict)

    # -- where the journey is (not part of what gets filed) -------------------------------
    # The method tab whose multi-select is open (a knowledge.catalog.MethodCategory value).
    category: str | None = None
    # The method whose PG is being asked; None: the first method still without one.
    current: str | None = None
    # Methods whose subscription/key-in question was answered, so it is not asked again.
    types_asked: list[str] = Field(default_factory=list)
    # Option values of the last clarifying question ("which pay did you mean?"), so that a
    # typed number answers that question rather than the step's own buttons.
    asking: list[str] = Field(default_factory=list)
    # The step "cancel" was said at, while asking whether to discard the choices.
    paused_at: str | None = None
    # A PG the merchant named before naming methods ("이니시스" at the methods step): taken
    # for each method it can take as it is chosen; ``preferred_for`` are the methods it was
    # tried for (a refusal is said once).
    preferred_pg: str | None = None
    preferred_for: list[str] = Field(default_factory=list)

    def item(self, method: str) -> SelectionItem | None:
        return next((i for i in self.items if i.method == method), None)

    def methods(self) -> list[str]:
        return [i.method for i in self.items]

    def pg_target(self) -> SelectionItem | None:
        """The item whose PG is asked: the one being changed, else the first without a PG,
        else the last (so that going back to this step can still change one)."""
        current = self.item(self.current) if self.current else None
        if current is not None:
            return current
        missing = next((i for i in self.items if i.pg is None), None)
        return missing or (self.items[-1] if self.items else None)
