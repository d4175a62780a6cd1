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
from dialogs.selection import methods, navigation, payment_types, pgs, prompts, summary
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState

NAME = "selection"


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


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step=prompts.METHODS,
        steps={
            prompts.METHODS: methods.methods_step,
            prompts.CATEGORY: methods.category_step,
            prompts.TYPES: payment_types.types_step,
            prompts.PGS: pgs.pgs_step,
            prompts.SUMMARY: summary.summary_step,
        },
        prompts=prompts.PROMPTS,
        on_enter=enter,
        on_cancel=cancel,
        free_text_steps=frozenset(
            {prompts.METHODS, prompts.CATEGORY, prompts.TYPES, prompts.PGS, prompts.SUMMARY}
        ),
    )
