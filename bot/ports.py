"""The dialogs' ports, implemented over the knowledge base and the turn's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.handoff.desk import DeskConfig, StoredAgents
from bot.journeys import JourneyRuntime
from bot.knowledge_port import KnowledgeAdapter
from bot.store.tables import Conversation
from dialogs.handoff.port import AGENTS_PORT
from dialogs.ports import Ports
from dialogs.turns import Turn
from knowledge.understand import load_understanding


class PortsFactory:
    """Builds each turn's ports: the FAQ, the clock, the support desk (every journey can ask
    for a person) and each journey's own port. Everything long-lived is prepared once."""

    def __init__(
        self,
        settings: Settings,
        journeys: Sequence[JourneyRuntime],
        *,
        desk: DeskConfig | None = None,
    ) -> None:
        # Catalog answers, the FAQ and clarifying questions (bot/knowledge_port.py).
        self.faq = KnowledgeAdapter(load_understanding())
        # Support agents' channel, office hours and waits (bot/handoff).
        self.desk = desk or DeskConfig.from_settings(settings)
        self.journeys = journeys

    def __call__(
        self, session: Session, conversation: Conversation, now: datetime, turn: Turn
    ) -> Ports:
        # Rights (agent, verified for a business) are the acting user's: ``turn.user_id``.
        named = {
            j.port_name: j.port(session, conversation, now, turn)
            for j in self.journeys
            if j.port is not None and j.port_name is not None
        }
        named[AGENTS_PORT.name] = StoredAgents(session, conversation, self.desk, now)
        return Ports(faq=self.faq, now=lambda: now, **named)
