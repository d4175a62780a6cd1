"""Step "cancel_confirm": "취소" / "cancel" in the middle of choosing asks before the choices
are discarded; "no" returns to the step where it was said."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs import texts as common_texts
from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.selection import describe, navigation, prompts, texts, words
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.steps import Step
from dialogs.selection.words import Intent
from dialogs.turns import Turn

YES = "sel:cancel_yes"
NO = "sel:cancel_no"


def options(ctx: Ctx) -> list[Option]:
    return [
        Option(value=YES, label=texts.CANCEL_YES(ctx.lang), style="danger"),
        Option(value=NO, label=texts.CANCEL_NO(ctx.lang)),
    ]


def ask(ctx: Ctx) -> list[Reply]:
    methods = describe.methods(SelectionSlots.of(ctx.state).methods(), ctx.lang)
    return [ChoicesReply(text=texts.CANCEL_ASK(ctx.lang, methods=methods), options=options(ctx))]


def ask_before_cancel(ctx: Ctx) -> Outcome | None:
    """The question, when there are choices to lose; None cancels at once."""
    slots = SelectionSlots.of(ctx.state)
    if not slots.items:
        return None
    if ctx.state.step != Step.CANCEL_CONFIRM:
        slots.paused_at = ctx.state.step
    return Outcome(replies=ask(ctx), next_step=Step.CANCEL_CONFIRM)


def cancel_confirm_step(ctx: Ctx, turn: Turn) -> Outcome:
    extra: dict[str, Sequence[str]] = {
        YES: ("네", "예", "yes", "y", "지워", "지워 주세요", "discard"),
        NO: ("아니요", "아니", "아뇨", "no", "n", "keep", "이어서"),
    }
    chosen = resolve_choice(turn, options(ctx), extra=extra)
    if chosen is None and turn.action is None:
        if words.is_answer(turn.text, Intent.YES):
            chosen = YES
        elif words.is_answer(turn.text, Intent.NO):
            chosen = NO
    slots = SelectionSlots.of(ctx.state)
    if chosen == YES:
        ctx.state.put(SelectionSlots())
        return Outcome(replies=[TextReply(text=common_texts.CANCELLED(ctx.lang))], next_flow="menu")
    if chosen == NO:
        step = slots.paused_at or navigation.next_step(slots)
        slots.paused_at = None
        if step not in prompts.PROMPTS:
            step = navigation.next_step(slots)
        return navigation.go(ctx, step, TextReply(text=texts.CANCEL_KEPT(ctx.lang)))
    return Outcome(replies=ask(ctx), fallback=True)
