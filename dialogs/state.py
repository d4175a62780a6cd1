"""The persisted state of one conversation. Stored as JSON, validated on every load.

Each journey keeps its own slots in a sub-model of its own module; bump ``SCHEMA_VERSION``
and add an upgrade in ``upgrade_state`` when a change is not backwards compatible.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.replies import Option
from dialogs.selection.slots import SelectionSlots
from knowledge.language import Lang

SCHEMA_VERSION = 1


class Frame(BaseModel):
    """Where the conversation was; ``back`` returns to the last frame."""

    flow: str
    step: str


class ConversationState(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    lang: Lang = Lang.KO
    # Set when the merchant chose a language explicitly; detection then stops overriding it.
    lang_fixed: bool = False
    flow: str = "menu"
    step: str = "start"
    history: list[Frame] = Field(default_factory=list, max_length=50)
    # Replies in a row the assistant could not understand (two in a row offer a person).
    misunderstood: int = 0
    human_requested: bool = False
    # The options of the last question asked, so that a typed number can answer it.
    offered: list[Option] = Field(default_factory=list, max_length=100)

    # Each journey's own slots.
    contracts: ContractsSlots = Field(default_factory=ContractsSlots)
    selection: SelectionSlots = Field(default_factory=SelectionSlots)
    business: BusinessSlots = Field(default_factory=BusinessSlots)


class StateError(ValueError):
    """A stored state that cannot be used; the engine restarts the conversation."""


def upgrade_state(raw: dict[str, Any]) -> ConversationState:
    version = raw.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise StateError(f"unknown state schema version {version!r}")
    try:
        return ConversationState.model_validate(raw)
    except ValidationError as exc:
        # Name the fields, never the values: a state holds personal data.
        where = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors())
        raise StateError(f"{exc.error_count()} invalid field(s): {where}") from None
