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
from bot.knowledge_gaps import record_unanswered
from dialogs.effects import Effect, RecordUnanswered


def effect_handlers(journeys: Iterable[JourneyRuntime]) -> dict[type[Effect], EffectHandler]:
    # Questions nobody could answer are kept for the support team (bot/knowledge_gaps.py).
    gaps: dict[type[Effect], EffectHandler] = {RecordUnanswered: record_unanswered}
    return merge_handlers(HANDOFF_HANDLERS, gaps, *(j.handlers for j in journeys))
