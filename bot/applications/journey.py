"""Applications at run time: the applications table as the read port; filing, cancelling and
(un)subscribing carried out."""

from __future__ import annotations

from bot.applications.effects import HANDLERS
from bot.applications.ports import StoredApplicationsView
from bot.config import Settings
from bot.journeys import JourneyRuntime
from dialogs.applications.port import APPLICATIONS_PORT


def runtime(settings: Settings) -> JourneyRuntime:
    # Agents may follow any business and make a channel a feed of every change.
    agents = frozenset(settings.agent_users)
    return JourneyRuntime(
        port_name=APPLICATIONS_PORT.name,
        port=lambda session, conversation, now, turn: StoredApplicationsView(
            session, conversation, agents, turn
        ),
        handlers=HANDLERS,
    )
