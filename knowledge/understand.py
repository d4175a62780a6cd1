"""One question in, one decision out: a catalog answer, an FAQ entry, a clarifying question
between two close entries, or nothing (the merchant is offered an agent).

Order matters: a support question ("does KCP do key-in?") is answered from the catalog before
the FAQ is asked, because the FAQ only has prose about the topic. Otherwise the FAQ's retrieval
score decides: clearly ahead answers, two entries close together ask "A or B?", anything else
is left unanswered rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from knowledge import catalog_query
from knowledge.catalog_query import CatalogFacts
from knowledge.faq import Faq, FaqHit, load_faq
from knowledge.language import Lang, detect_lang

CATALOG_ENTRY = "catalog"


class Kind(StrEnum):
    FAQ = "faq"
    CATALOG = "catalog"
    CLARIFY = "clarify"
    NONE = "none"


@dataclass(frozen=True)
class Understood:
    kind: Kind
    lang: Lang
    best: FaqHit | None = None  # Kind.FAQ
    catalog: CatalogFacts | None = None  # Kind.CATALOG
    clarify: list[FaqHit] = field(default_factory=list)  # Kind.CLARIFY: the close entries
    alternatives: list[FaqHit] = field(default_factory=list)

    @property
    def entry_id(self) -> str | None:
        if self.kind is Kind.CATALOG:
            return CATALOG_ENTRY
        return self.best.entry_id if self.best is not None else None

    @property
    def answered(self) -> bool:
        return self.kind in (Kind.FAQ, Kind.CATALOG)


class Understanding:
    def __init__(self, faq: Faq) -> None:
        self.faq = faq

    def understand(self, text: str, lang: Lang | None = None) -> Understood:
        lang = lang or detect_lang(text) or Lang.KO
        query = catalog_query.parse(text)
        if query is not None:
            facts = catalog_query.resolve(query)
            return Understood(Kind.CATALOG, lang, catalog=facts)
        result = self.faq.lookup(text, lang)
        if result.best is not None:
            return Understood(Kind.FAQ, lang, best=result.best, alternatives=result.alternatives)
        if result.close:
            return Understood(
                Kind.CLARIFY, lang, clarify=result.close, alternatives=result.alternatives
            )
        return Understood(Kind.NONE, lang, alternatives=result.alternatives)


@cache
def load_understanding() -> Understanding:
    """The packaged catalog and FAQ, indexed once per process."""
    return Understanding(load_faq())
