"""Calibrate the FAQ decision rule (knowledge/confidence.py) honestly: fit its thresholds on
one set of labelled questions, report them on questions the fit never saw.

- ``cross_validate``: two folds of one set (split by a hash of the question text, so the split
  is fixed), fit on each half, measured on the other; the figure is the pooled held-out result.
- ``fit``: the best rule on a whole set (to calibrate on one set and report on another).

The objective prices a confident wrong answer (or an answered off-topic question) at
WRONG_COST right answers, and a clarifying question at CLARIFY_VALUE of one: the desk prefers
"not sure, ask or offer a person" over a wrong answer.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from knowledge.confidence import Rule, Signals
from knowledge.understand import Kind, Understanding

WRONG_COST = 5.0
CLARIFY_VALUE = 0.3

GRID: dict[str, tuple[float, ...]] = {
    "min_score": (0.22, 0.26, 0.30),
    "min_margin": (0.03, 0.05, 0.07),
    "sure_score": (0.50, 0.55, 0.60),
    "min_coverage": (0.0, 0.2, 0.3, 0.4, 0.5, 0.6),
    "names_only_score": (0.30, 0.35),
}


class Labelled(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def expect(self) -> str | None: ...
    @property
    def slots(self) -> dict[str, str]: ...
    @property
    def alts(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Outcome:
    right: int = 0
    wrong: int = 0  # confident and wrong, off-topic answered included
    clarified: int = 0
    on_topic: int = 0
    off_topic: int = 0
    off_refused: int = 0

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (
            self.right, self.wrong, self.clarified, self.on_topic, self.off_topic,
            self.off_refused,
        )  # fmt: skip

    @property
    def utility(self) -> float:
        return self.right - WRONG_COST * self.wrong + CLARIFY_VALUE * self.clarified

    def line(self) -> str:
        n = self.on_topic + self.off_topic
        return (
            f"top-1 {self.right / max(1, self.on_topic):.1%}, "
            f"confident wrong {self.wrong / max(1, n):.1%}, "
            f"off-topic refused {self.off_refused / max(1, self.off_topic):.1%}, "
            f"clarifying {self.clarified / max(1, n):.1%} (n={n})"
        )


def _cached_rank(understanding: Understanding) -> None:
    """The ranking does not depend on the rule: compute it once per text for the grid."""
    faq = understanding.faq
    original = faq.rank
    memo: dict[str, tuple[list[tuple[float, int]], Signals] | None] = {}

    def rank(text: str) -> tuple[list[tuple[float, int]], Signals] | None:
        if text not in memo:
            memo[text] = original(text)
        return memo[text]

    faq.rank = rank  # type: ignore[method-assign]


def score(understanding: Understanding, rule: Rule, questions: Iterable[Labelled]) -> Outcome:
    total = Outcome()
    for q in questions:
        got = understanding.understand(q.text, rule=rule)
        confident = got.answered
        if q.expect is None:
            total += Outcome(wrong=int(confident), off_topic=1, off_refused=int(not confident))
            continue
        right = False
        for want in (q.expect, *q.alts):
            if want == "catalog":
                slots = got.catalog.query.slots() if got.catalog is not None else {}
                right |= got.kind is Kind.CATALOG and all(
                    slots.get(k) == v for k, v in q.slots.items()
                )
            else:
                right |= got.kind is Kind.FAQ and got.entry_id == want
        total += Outcome(
            right=int(right),
            wrong=int(confident and not right),
            clarified=int(got.kind is Kind.CLARIFY),
            on_topic=1,
        )
    return total


def rules(base: Rule) -> Iterable[Rule]:
    names = list(GRID)
    for values in itertools.product(*(GRID[name] for name in names)):
        yield replace(base, **dict(zip(names, values, strict=True)))


def fit(understanding: Understanding, questions: list[Labelled], base: Rule) -> Rule:
    _cached_rank(understanding)
    best: tuple[float, Rule] | None = None
    for rule in rules(base):
        value = score(understanding, rule, questions).utility
        if best is None or value > best[0]:
            best = (value, rule)
    assert best is not None
    return best[1]


def _fold(text: str) -> int:
    return hashlib.sha256(text.encode()).digest()[0] % 2


def cross_validate(
    understanding: Understanding,
    questions: list[Labelled],
    base: Rule,
    say: Callable[[str], None] = print,
) -> Outcome:
    folds = [[q for q in questions if _fold(q.text) == k] for k in (0, 1)]
    held_out = Outcome()
    for k in (0, 1):
        rule = fit(understanding, folds[k], base)
        out = score(understanding, rule, folds[1 - k])
        say(f"  fit on fold {k} ({len(folds[k])}): {rule}")
        say(f"    held-out fold {1 - k}: {out.line()}")
        held_out += out
    return held_out
