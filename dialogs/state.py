"""The persisted state of one conversation. Stored as JSON, validated on every load.

The framework's own fields (language, flow, step, history, ...) are declared here; each journey
keeps its slots in a model of its own, a ``JourneySlots`` subclass naming the journey, stored
under ``slots[<journey>]``. This module imports no journey: a journey's slots register
themselves when their module is imported (the composition root imports every journey), and
``SomeSlots.of(state)`` reads them, typed. Bump ``SCHEMA_VERSION`` and add an upgrade in
``upgrade_state`` when a change is not backwards compatible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    field_validator,
)

from dialogs.replies import Option
from knowledge.language import Lang

# 1: each journey's slots were a top-level field. 2: they live under ``slots``, by journey.
SCHEMA_VERSION = 2


class JourneySlots(BaseModel):
    """Base of a journey's slots: ``journey`` names the key they are stored under."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    journey: ClassVar[str] = ""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if not cls.journey:
            raise TypeError(f"{cls.__name__} must name its journey")
        known = _REGISTERED.get(cls.journey)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise TypeError(f"journey {cls.journey!r} already has slots: {known.__qualname__}")
        _REGISTERED[cls.journey] = cls

    @classmethod
    def of(cls, state: ConversationState) -> Self:
        """This journey's slots in ``state`` (empty ones the first time), changed in place."""
        value = state.slots.get(cls.journey)
        if not isinstance(value, cls):
            value = cls.model_validate(value if isinstance(value, dict) else {})
            state.slots[cls.journey] = value
        return value


# Journey name -> its slots' model; filled as journeys' slot modules are imported.
_REGISTERED: dict[str, type[JourneySlots]] = {}


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
    # Set once the merchant's own words told the language; before that the conversation's
    # opening is said in both languages, and after it a lone word of the other language
    # ("OK", "cancel") does not switch it (a sentence does).
    lang_seen: bool = False
    flow: str = "menu"
    step: str = "start"
    history: list[Frame] = Field(default_factory=list, max_length=50)
    # Replies in a row the assistant could not understand (two in a row offer a person).
    misunderstood: int = 0
    human_requested: bool = False
    # The options of the last question asked, so that a typed number can answer it.
    offered: list[Option] = Field(default_factory=list, max_length=100)
    # Fingerprints of the replies a step last sent, and when: a step asked again after a
    # question is asked in one line while its whole prompt is still what was last shown
    # (dialogs/reask.py).
    shown: list[str] = Field(default_factory=list, max_length=32)
    shown_at: datetime | None = None

    # Each journey's own slots, by journey name: a ``JourneySlots`` once read or validated;
    # the JSON of a journey this process does not know is kept as it was.
    slots: dict[str, Any] = Field(default_factory=dict)

    def put(self, slots: JourneySlots) -> None:
        """Replace a journey's slots (e.g. with empty ones when it is cancelled)."""
        self.slots[slots.journey] = slots

    @field_validator("slots", mode="before")
    @classmethod
    def _validate_slots(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        checked: dict[str, Any] = {}
        for name, raw in value.items():
            model = _REGISTERED.get(name)
            try:
                checked[name] = model.model_validate(raw) if model is not None else raw
            except ValidationError as exc:
                # Field names only (the message ends up in logs); values may be personal data.
                fields = ", ".join(_where(e["loc"]) for e in exc.errors())
                raise ValueError(f"{_SLOTS_ERROR} {name}: {fields}") from None
        return checked

    @field_serializer("slots")
    def _dump_slots(self, slots: dict[str, Any]) -> dict[str, Any]:
        return {
            name: value.model_dump(mode="json") if isinstance(value, BaseModel) else value
            for name, value in slots.items()
        }


_SLOTS_ERROR = "slots of journey"


def _where(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


class StateError(ValueError):
    """A stored state that cannot be used; the engine restarts the conversation."""


def _from_v1(raw: dict[str, Any]) -> dict[str, Any]:
    # Version 1 kept each journey's slots as a top-level field named after the journey.
    framework = set(ConversationState.model_fields) - {"slots"}
    upgraded = {key: value for key, value in raw.items() if key in framework}
    upgraded["slots"] = {key: value for key, value in raw.items() if key not in framework}
    upgraded["schema_version"] = 2
    return upgraded


# Stored version -> the function that brings it one version up.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_v1}


def upgrade_state(raw: dict[str, Any]) -> ConversationState:
    version = raw.get("schema_version", SCHEMA_VERSION)
    while version != SCHEMA_VERSION:
        upgrade = _UPGRADES.get(version) if isinstance(version, int) else None
        if upgrade is None:
            raise StateError(f"unknown state schema version {version!r}")
        raw = upgrade(raw)
        version = raw["schema_version"]
    try:
        return ConversationState.model_validate(raw)
    except ValidationError as exc:
        # Name the fields, never the values: a state holds personal data.
        where = ", ".join(
            e["msg"][e["msg"].index(_SLOTS_ERROR) :]
            if _SLOTS_ERROR in e["msg"]
            else _where(e["loc"])
            for e in exc.errors()
        )
        raise StateError(f"{exc.error_count()} invalid field(s): {where}") from None
