"""The dialogs' FAQ port over the question understanding: a support question gets the
catalog's answer (rendered in the merchant's language), a question two entries fit equally
gets both as ``close``, anything else the FAQ's best entry or nothing."""

from __future__ import annotations

from dialogs.answers.catalog import option_label, render
from dialogs.ports import FaqAnswer, FaqLookup
from knowledge import catalog_query
from knowledge.faq import FaqHit
from knowledge.language import Lang
from knowledge.understand import CATALOG_ENTRY, Kind, Understanding


def _answer(hit: FaqHit) -> FaqAnswer:
    return FaqAnswer(
        entry_id=hit.entry_id, question=hit.question, answer=hit.answer, score=hit.score
    )


class KnowledgeAdapter:
    def __init__(self, understanding: Understanding) -> None:
        self.understanding = understanding

    def lookup(self, text: str, lang: Lang) -> FaqLookup:
        understood = self.understanding.understand(text, lang)
        alternatives = [_answer(hit) for hit in understood.alternatives]
        if understood.kind is Kind.CATALOG and understood.catalog is not None:
            catalog = FaqAnswer(
                entry_id=CATALOG_ENTRY,
                question=text,
                answer=render(understood.catalog, lang),
                score=100.0,
            )
            return FaqLookup(best=catalog, alternatives=[])
        best = _answer(understood.best) if understood.best is not None else None
        close = [_answer(hit) for hit in understood.clarify]
        # A capability question with two readings: a button for each, answered from the catalog.
        close += [
            FaqAnswer(
                entry_id=catalog_query.encode(facts.query),
                question=option_label(facts.query, lang),
                answer=render(facts, lang),
                score=100.0,
            )
            for facts in understood.catalog_options
        ]
        return FaqLookup(best=best, alternatives=alternatives, close=close)

    def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None:
        query = catalog_query.decode(entry_id)
        if query is not None:  # the button of one reading of a capability question
            facts = catalog_query.resolve(query)
            return FaqAnswer(
                entry_id=entry_id,
                question=option_label(query, lang),
                answer=render(facts, lang),
                score=100.0,
            )
        try:
            entry = self.understanding.faq.entry(entry_id)
        except KeyError:
            return None
        return FaqAnswer(
            entry_id=entry_id,
            question=entry.question(lang),
            answer=entry.answer.get(lang),
            score=100.0,
        )
