"""What dialogs need from the outside world, as Protocols. ``bot/`` implements them, bound to
the turn's transaction; tests pass fakes. Writes go out as effects, not through ports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from knowledge.language import Lang


@dataclass(frozen=True)
class FaqAnswer:
    entry_id: str
    question: str
    answer: str
    score: float


@dataclass(frozen=True)
class FaqLookup:
    best: FaqAnswer | None
    alternatives: list[FaqAnswer]


class FaqPort(Protocol):
    def lookup(self, text: str, lang: Lang) -> FaqLookup: ...

    def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None: ...


@dataclass
class Ports:
    faq: FaqPort
    now: Callable[[], datetime]
