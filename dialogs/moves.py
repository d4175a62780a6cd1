"""A journey's steps and the moves allowed between them, declared in one table.

Each journey lists, per step, where an answer may take it: another of its steps, or out to
another journey (``leave("business")``). Staying on the step is always allowed. ``guard``
wraps a step function so that a move the table does not list raises ``IllegalMoveError``: a test
drives every step with every kind of answer, so a step that wanders where the table says it
cannot (defects like "keep them" reopening cancellation) fails there, not in front of a
merchant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from dialogs.flow import Ctx, Outcome, StepFn
from dialogs.turns import Turn

LEAVE = "->"


def leave(flow: str, step: str | None = None) -> str:
    """A move out of the journey, to ``flow`` (at ``step`` when given)."""
    return f"{LEAVE}{flow}" + (f":{step}" if step else "")


class IllegalMoveError(RuntimeError):
    """A step returned a move its journey's table does not allow."""


@dataclass(frozen=True)
class Moves:
    flow: str
    table: Mapping[StrEnum, frozenset[str]]

    def move_of(self, outcome: Outcome) -> str | None:
        """The move an outcome makes, in the table's terms; None when it stays."""
        if outcome.next_flow is not None and outcome.next_flow != self.flow:
            return leave(outcome.next_flow, outcome.next_step)
        return outcome.next_step

    def allows(self, step: str, outcome: Outcome) -> bool:
        move = self.move_of(outcome)
        if move is None or move == step:
            return True
        key = _key(self.table, step)
        allowed = self.table[key] if key is not None else frozenset()
        if move in allowed:
            return True
        # ``leave("menu")`` allows entering the menu at any of its steps.
        return move.startswith(LEAVE) and move.split(":", 1)[0] in allowed

    def guard(self, step: str, fn: StepFn) -> StepFn:
        def guarded(ctx: Ctx, turn: Turn) -> Outcome:
            outcome = fn(ctx, turn)
            if not self.allows(step, outcome):
                move = self.move_of(outcome)
                raise IllegalMoveError(f"{self.flow}: {step} -> {move} is not declared")
            return outcome

        guarded.__name__ = getattr(fn, "__name__", step)
        return guarded

    def guard_all(self, steps: Mapping[str, StepFn]) -> dict[str, StepFn]:
        missing = set(steps) - {str(s) for s in self.table}
        if missing:
            raise IllegalMoveError(f"{self.flow}: steps without moves: {sorted(missing)}")
        return {name: self.guard(name, fn) for name, fn in steps.items()}


def _key(table: Mapping[StrEnum, frozenset[str]], step: str) -> StrEnum | None:
    return next((s for s in table if s == step), None)
