"""A journey's run-time half: the read port it builds for each turn and the effects it carries
out. The dialog half is its flow (``dialogs/<journey>/journey.py``); ``bot/app.py`` lists both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from bot.engine import EffectHandler
from bot.store.tables import Conversation
from dialogs.effects import Effect
from dialogs.turns import Turn

# Builds a journey's read port over one turn's transaction, for the turn's acting user.
PortBuilder = Callable[[Session, Conversation, datetime, Turn], object]


@dataclass(frozen=True)
class JourneyRuntime:
    # The name of the journey's ``PortKey`` (dialogs/<journey>/port.py), when it has a port.
    port_name: str | None = None
    port: PortBuilder | None = None
    handlers: Mapping[type[Effect], EffectHandler] = field(default_factory=dict)


def merge_handlers(
    *groups: Mapping[type[Effect], EffectHandler],
) -> dict[type[Effect], EffectHandler]:
    """One handler per effect type; two journeys claiming one effect is a wiring mistake."""
    merged: dict[type[Effect], EffectHandler] = {}
    for group in groups:
        for kind, handler in group.items():
            if kind in merged:
                raise ValueError(f"two handlers for {kind.__name__}")
            merged[kind] = handler
    return merged
