"""The dialogs' ports, implemented over the knowledge base and the turn's transaction."""

from __future__ import annotations

from datetime import datetime

from knowledge.faq import Faq, FaqHit, load_faq
from sqlalchemy.orm import Session

from bot.store.tables import Conversation
from dialogs.ports import FaqAnswer, FaqLookup, Ports
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
            entry_id=entry_id, question=entry.question(lang), answer=entry.answer(lang), score=100.0
        )


def _answer(hit: FaqHit) -> FaqAnswer:
    return FaqAnswer(
        entry_id=hit.entry_id, question=hit.question, answer=hit.answer, score=hit.score
    )


class PortsFactory:
    def __init__(self) -> None:
        self.faq = FaqAdapter(load_faq())

    def __call__(self, session: Session, conversation: Conversation, now: datetime) -> Ports:
        return Ports(faq=self.faq, now=lambda: now)
