"""Step "cancel_confirm": "취소" / "cancel" once a certificate is read or a field typed asks
before it is all discarded (it stopped at once, and the merchant had to upload again); "no"
returns to the step where it was said."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs import texts as common_texts
from dialogs.business import navigation as nav
from dialogs.business import texts
from dialogs.business.slots import BusinessSlots
from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.selection import words
from dialogs.selection.words import Intent
from dialogs.turns import Turn

STEP = "cancel_confirm"
YES = "business:cancel_yes"
NO = "business:cancel_no"


def options(ctx: Ctx) -> list[Option]:
    return [
        Option(value=YES, label=texts.CANCEL_YES(ctx.lang), style="danger"),
        Option(value=NO, label=texts.CANCEL_NO(ctx.lang)),
    ]


def ask(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text=texts.CANCEL_ASK(ctx.lang), options=options(ctx))]


def ask_before_cancel(ctx: Ctx) -> Outcome | None:
    """The question, when something would be lost; None cancels at once."""
    slots = BusinessSlots.of(ctx.state)
    if slots.finished or not (slots.fields or slots.upload_id or slots.reading_ref):
        return None
    if ctx.state.step != STEP:
        slots.paused_at = ctx.state.step
    return Outcome(replies=ask(ctx), next_step=STEP)


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
    slots = BusinessSlots.of(ctx.state)
    if chosen == YES:
        ctx.state.put(BusinessSlots())
        return Outcome(replies=[TextReply(text=common_texts.CANCELLED(ctx.lang))], next_flow="menu")
    if chosen == NO:
        step = slots.paused_at
        slots.paused_at = None
        kept = TextReply(text=texts.CANCEL_KEPT(ctx.lang))
        if step is None or step == STEP:
            return nav.advance(ctx, kept)
        return Outcome(replies=[kept, *nav.prompt(ctx, step)], next_step=step)
    return Outcome(replies=ask(ctx), fallback=True)
