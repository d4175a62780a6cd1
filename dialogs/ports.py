"""What dialogs need from the outside world, as Protocols. ``bot/`` implements them, bound to
the turn's transaction; tests pass fakes. Writes go out as effects, not through ports.

Only what every journey shares is declared here; a journey declares its own port next to it
(``dialogs/<journey>/port.py``) with a ``PortKey``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, Protocol, TypeVar, cast

from knowledge.language import Lang

P = TypeVar("P")


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
    # No confident answer but two close entries: ask which one was meant.
    close: list[FaqAnswer] = field(default_factory=list)


class FaqPort(Protocol):
    def lookup(self, text: str, lang: Lang) -> FaqLookup: ...

    def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None: ...


class PortKey(Generic[P]):
    """A read port a journey declares (in its own ``port.py``): the name the runtime gives
    its implementation in ``Ports``, and what it is without one (tests, no store)."""

    def __init__(self, name: str, default: P) -> None:
        self.name = name
        self.default = default

    def of(self, ports: Ports) -> P:
        found = ports.named.get(self.name)
        # The runtime registers an implementation under this key's name (bot/app.py).
        return cast(P, found) if found is not None else self.default


class Ports:
    """What one turn may read: the FAQ and the clock, which every journey uses, and each
    journey's own read ports by name (``PortKey.of``). The framework names no journey."""

    def __init__(self, faq: FaqPort, now: Callable[[], datetime], **named: object) -> None:
        self.faq = faq
        self.now = now
        self.named: dict[str, object] = dict(named)
