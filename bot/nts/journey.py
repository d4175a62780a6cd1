"""The NTS check's run-time half: the port the filing step reads (the cache), when a service
key is set; without one the dialogs' default (no answer) stands and nothing is checked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.journeys import JourneyRuntime
from bot.nts.cache import CachedBusinessStatus
from bot.store.tables import Conversation
from dialogs.nts.port import BUSINESS_STATUS_PORT
from dialogs.turns import Turn


def _port(
    session: Session, conversation: Conversation, now: datetime, turn: Turn
) -> CachedBusinessStatus:
    return CachedBusinessStatus(session, now)


def runtime(settings: Settings) -> JourneyRuntime:
    if settings.nts_service_key is None:
        return JourneyRuntime()
    return JourneyRuntime(port_name=BUSINESS_STATUS_PORT.name, port=_port)
