"""How the runtime carries out what dialogs ask for (see ``dialogs/effects.py``).

Every handler runs inside the turn's transaction. Each journey brings its handlers in its
``JourneyRuntime`` (``bot/<journey>/journey.py``); asking for a person and agents' actions
work in every journey, so their handlers are always there. The engine refuses a turn whose
effect has no handler (a programming error).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine import EffectHandler
from bot.handoff.handlers import HANDLERS as HANDOFF_HANDLERS
from bot.journeys import JourneyRuntime, merge_handlers
from dialogs.effects import Effect


def effect_handlers(journeys: Iterable[JourneyRuntime]) -> dict[type[Effect], EffectHandler]:
    return merge_handlers(HANDOFF_HANDLERS, *(j.handlers for j in journeys))
