"""How the runtime carries out what dialogs ask for (see ``dialogs/effects.py``).

Every handler runs inside the turn's transaction. Journeys add their handlers to
``HANDLERS``; the engine refuses a turn whose effect has no handler (a programming error).
"""

from __future__ import annotations

from bot.applications.effects import HANDLERS as APPLICATION_HANDLERS
from bot.business.effects import read_certificate, save_business
from bot.contracts.effects import record_lookup
from bot.engine import EffectHandler
from bot.handoff.handlers import HANDLERS as HANDOFF_HANDLERS
from dialogs.effects import Effect, ReadCertificate, RecordLookup, SaveBusiness

HANDLERS: dict[type[Effect], EffectHandler] = {
    # Asking for a person, and agents' actions (take over, hand back, ...): bot/handoff.
    **HANDOFF_HANDLERS,
    RecordLookup: record_lookup,
    ReadCertificate: read_certificate,
    SaveBusiness: save_business,
    **APPLICATION_HANDLERS,
}
