"""Moving between the steps of selection: which question comes next, asked in full."""

from __future__ import annotations

from dialogs.flow import Ctx, Outcome
from dialogs.replies import Reply
from dialogs.selection import edit, pg_support, prompts
from dialogs.selection.slots import SelectionSlots


def go(ctx: Ctx, step: str, *before: Reply) -> Outcome:
    """Replies ``before``, then the question of ``step``; a new question forgets the last
    clarifying one."""
    SelectionSlots.of(ctx.state).asking = []
    return Outcome(replies=[*before, *prompts.PROMPTS[step](ctx)], next_step=step)


def stay(ctx: Ctx, *before: Reply) -> Outcome:
    return go(
        ctx, ctx.state.step if ctx.state.step in prompts.PROMPTS else prompts.METHODS, *before
    )


def next_step(slots: SelectionSlots) -> str:
    """The first thing still missing: methods, their payment types, a PG each, then the summary."""
    if not slots.items:
        return prompts.METHODS
    if any(
        i.method not in slots.types_asked and pg_support.type_options(i.method) for i in slots.items
    ):
        return prompts.TYPES
    if slots.current is not None or any(i.pg is None for i in slots.items):
        return prompts.PGS
    return prompts.SUMMARY


def proceed(ctx: Ctx, *before: Reply) -> Outcome:
    # A PG named before the methods goes to the methods chosen since.
    preferred = edit.apply_preference(ctx)
    return go(ctx, next_step(SelectionSlots.of(ctx.state)), *before, *preferred)
