"""The dialogs' ports, implemented over the knowledge base and the turn's transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.applications.ports import StoredApplicationsView
from bot.business.store import StoredBusinesses
from bot.config import Settings
from bot.contracts.store import StoredContracts
from bot.handoff.desk import DeskConfig, StoredAgents
from bot.store.tables import Conversation
from dialogs.ports import FaqAnswer, FaqLookup, Ports
from dialogs.turns import Turn
from knowledge.faq import Faq, FaqHit, load_faq
from knowledge.language import Lang


class FaqAdapter:
    def __init__(self, faq: Faq) -> None:
        self.faq = faq

    def lookup(self, text: str, lang: Lang) -> FaqLookup:
        result = self.faq.lookup(text, lang)
        best = _answer(result.best) if result.best is not None else None
        return FaqLookup(best=best, alternatives=[_answer(h) for h in result.alternatives])

    def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None:
        try:
            entry = self.faq.entry(entry_id)
        except KeyError:
            return None
        return FaqAnswer(
            entry_id=entry_id,
            question=entry.question(lang),
            answer=entry.answer.get(lang),
            score=100.0,
        )


def _answer(hit: FaqHit) -> FaqAnswer:
    return FaqAnswer(
        entry_id=hit.entry_id, question=hit.question, answer=hit.answer, score=hit.score
    )


class PortsFactory:
    """Builds each turn's ports; everything long-lived is prepared once, from settings."""

    def __init__(self, settings: Settings, *, desk: DeskConfig | None = None) -> None:
        self.faq = FaqAdapter(load_faq())
        self.lookups_per_hour = settings.lookups_per_hour
        # Agents may follow any business and make a channel a feed of every change.
        self.agent_users = frozenset(settings.agent_users)
        # Support agents' channel, office hours and waits (bot/handoff).
        self.desk = desk or DeskConfig.from_settings(settings)

    def __call__(
        self, session: Session, conversation: Conversation, now: datetime, turn: Turn
    ) -> Ports:
        # Rights (agent, verified for a business) are the acting user's: ``turn.user_id``.
        return Ports(
            faq=self.faq,
            now=lambda: now,
            contracts=StoredContracts(session, now, self.lookups_per_hour),
            applications=StoredApplicationsView(session, conversation, self.agent_users, turn),
            business=StoredBusinesses(session, conversation),
            agents=StoredAgents(session, conversation, self.desk, now),
        )
