"""The contract inquiry at run time: the registry as its read port, lookups recorded."""

from __future__ import annotations

from bot.config import Settings
from bot.contracts.effects import record_lookup
from bot.contracts.store import StoredContracts
from bot.journeys import JourneyRuntime
from dialogs.contracts.port import CONTRACTS_PORT
from dialogs.effects import RecordLookup


def runtime(settings: Settings) -> JourneyRuntime:
    per_hour = settings.lookups_per_hour
    return JourneyRuntime(
        port_name=CONTRACTS_PORT.name,
        port=lambda session, conversation, now, turn: StoredContracts(session, now, per_hour),
        handlers={RecordLookup: record_lookup},
    )
