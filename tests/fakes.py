"""Fakes, not mocks: a clock, a transport and an FAQ that tests control."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.outbox import Outgoing
from dialogs.ports import FaqAnswer, FaqLookup
from knowledge.language import Lang


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 2, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RecordingSender:
    """A transport that records what it was asked to send and can fail on demand."""

    min_interval = 0.0

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []
        self.failures: list[Exception] = []
        self._refs = itertools.count(1)

    def send(self, message: Outgoing) -> str | None:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(message)
        return f"ref-{next(self._refs)}"

    def find_delivered(self, message: Outgoing) -> str | None:
        for index, sent in enumerate(self.sent, 1):
            if sent.outbox_id == message.outbox_id:
                return f"ref-{index}"
        return None


@dataclass
class FakeFaq:
    """Answers the questions it was given, by substring."""

    answers: dict[str, str] = field(default_factory=dict)

    def lookup(self, text: str, lang: Lang) -> FaqLookup:
        for key, answer in self.answers.items():
            if key in text:
                return FaqLookup(best=FaqAnswer(key, key, answer, 99.0), alternatives=[])
        return FaqLookup(best=None, alternatives=[])

    def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None:
        answer = self.answers.get(entry_id)
        return FaqAnswer(entry_id, entry_id, answer, 100.0) if answer else None
