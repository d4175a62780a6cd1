"""Payment-method and PG selection: methods by tab or typed, subscription / key-in, a PG per
method, then a summary grouped by PG that is confirmed and filed (or handed to business
information first). A merchant who applied before sees it and is not offered it again.

Steps (each re-askable from the slots, see ``prompts``):

    methods  -> category (a tab's multi-select) -> methods
    methods  -> types (only if a chosen method has subscription / key-in) -> pgs -> summary
    summary  -> pgs / types / methods on a change of mind, back to summary when complete

Button values and the multi-select encoding are documented in ``actions``.
"""

from __future__ import annotations

from dialogs.flow import Ctx, Flow, Outcome
from dialogs.selection import (
    cancelling,
    extra_step,
    methods,
    navigation,
    payment_types,
    pgs,
    prompts,
    summary,
    texts,
)
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.steps import MOVES, NAME, Step
from dialogs.state import ConversationState
from dialogs.turns import Turn

__all__ = ["NAME", "build"]


def enter(ctx: Ctx) -> Outcome:
    """Start, or resume where the selection stands (e.g. after a detour to the FAQ or menu)."""
    slots = SelectionSlots.of(ctx.state)
    slots.category = None
    slots.current = None
    if not slots.items:
        slots.types_asked = []
        return navigation.go(ctx, prompts.METHODS)
    return navigation.proceed(ctx)


def cancel(state: ConversationState) -> None:
    state.put(SelectionSlots())


def _extras_step(ctx: Ctx, turn: Turn) -> Outcome:
    return extra_step.extras_step(ctx, turn, summary.confirm)


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step=Step.METHODS,
        # Every step's moves are declared in ``steps.MOVES``; a move it does not list raises.
        steps=MOVES.guard_all(
            {
                Step.METHODS: methods.methods_step,
                Step.CATEGORY: methods.category_step,
                Step.TYPES: payment_types.types_step,
                Step.PGS: pgs.pgs_step,
                Step.SUMMARY: summary.summary_step,
                Step.EXTRAS: _extras_step,
                Step.CANCEL_CONFIRM: cancelling.cancel_confirm_step,
            }
        ),
        prompts={**prompts.PROMPTS, Step.CANCEL_CONFIRM: cancelling.ask},
        on_enter=enter,
        on_cancel=cancel,
        ask_before_cancel=cancelling.ask_before_cancel,
        glossary=texts.GLOSSARY,
        # A PG's extra field takes what is typed as its value, like the choosing steps.
        free_text_steps=frozenset(
            {Step.METHODS, Step.CATEGORY, Step.TYPES, Step.PGS, Step.SUMMARY, Step.EXTRAS}
        ),
    )
