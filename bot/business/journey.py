"""Business information at run time: finished profiles as its read port; certificates queued
for reading and finished information saved."""

from __future__ import annotations

from bot.business.effects import read_certificate, save_business
from bot.business.store import StoredBusinesses
from bot.journeys import JourneyRuntime
from dialogs.business.port import BUSINESS_PORT
from dialogs.effects import ReadCertificate, SaveBusiness


def runtime() -> JourneyRuntime:
    return JourneyRuntime(
        port_name=BUSINESS_PORT.name,
        port=lambda session, conversation, now, turn: StoredBusinesses(session, conversation),
        handlers={ReadCertificate: read_certificate, SaveBusiness: save_business},
    )
