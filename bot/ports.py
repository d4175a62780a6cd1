"""The dialogs' ports, implemented over the knowledge base and the turn's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.handoff.desk import DeskConfig, StoredAgents
from bot.journeys import JourneyRuntime
from bot.store.tables import Conversation
from dialogs.handoff.port import AGENTS_PORT
from dialogs.ports import FaqAnswer, FaqLookup, Ports
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
    """Builds each turn's ports: the FAQ, the clock, the support desk (every journey can ask
    for a person) and each journey's own port. Everything long-lived is prepared once."""

    def __init__(
        self,
        settings: Settings,
        journeys: Sequence[JourneyRuntime],
        *,
        desk: DeskConfig | None = None,
    ) -> None:
        self.faq = FaqAdapter(load_faq())
        # Support agents' channel, office hours and waits (bot/handoff).
        self.desk = desk or DeskConfig.from_settings(settings)
        self.journeys = journeys

    def __call__(self, session: Session, conversation: Conversation, now: datetime) -> Ports:
        named = {
            j.port_name: j.port(session, conversation, now)
            for j in self.journeys
            if j.port is not None and j.port_name is not None
        }
        named[AGENTS_PORT.name] = StoredAgents(session, conversation, self.desk, now)
        return Ports(faq=self.faq, now=lambda: now, **named)
