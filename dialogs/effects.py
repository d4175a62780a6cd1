"""What a dialog asks the runtime to do, as data. The engine applies effects inside the same
transaction as the state change, so a turn's effects and its new state commit together.

Each effect is a frozen dataclass; ``bot/effects.py`` maps each type to its handler.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Effect:
    """Base of every effect."""


@dataclass(frozen=True)
class RequestHuman(Effect):
    """The merchant asked for a person (or the assistant failed to understand twice)."""

    reason: str


@dataclass(frozen=True)
class ApplicationItem:
    """What one application asks of one PG."""

    pg: str
    methods: tuple[str, ...]
    payment_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileApplications(Effect):
    """File one application per PG for a business whose information is finished."""

    business_number: str
    items: tuple[ApplicationItem, ...]
