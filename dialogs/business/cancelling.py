"""Step "cancel_confirm": "취소" / "cancel" once a certificate is read or a field typed asks
before it is all discarded (it stopped at once, and the merchant had to upload again); "no"
returns to the step where it was said (``dialogs.cancelling``)."""

from __future__ import annotations

from dialogs.business import navigation as nav
from dialogs.business import texts
from dialogs.business.slots import BusinessSlots
from dialogs.cancelling import STEP, Cancelling
from dialogs.flow import Ctx, Outcome
from dialogs.replies import Reply
from dialogs.selection.cancelling import yes_or_no
from dialogs.state import ConversationState

__all__ = ["NO", "STEP", "YES", "ask", "ask_before_cancel", "cancel_confirm_step"]

YES = "business:cancel_yes"
NO = "business:cancel_no"


def _has_work(ctx: Ctx) -> bool:
    slots = BusinessSlots.of(ctx.state)
    return not slots.finished and bool(slots.fields or slots.upload_id or slots.reading_ref)


def _resume(ctx: Ctx, step: str | None, kept: Reply) -> Outcome:
    if step is None:
        return nav.advance(ctx, kept)
    return Outcome(replies=[kept, *nav.prompt(ctx, step)], next_step=step)


def _reset(state: ConversationState) -> None:
    state.put(BusinessSlots())


CANCELLING = Cancelling(
    yes=YES,
    no=NO,
    ask_text=lambda ctx: texts.CANCEL_ASK(ctx.lang),
    yes_label=texts.CANCEL_YES,
    no_label=texts.CANCEL_NO,
    kept=texts.CANCEL_KEPT,
    slots=BusinessSlots.of,
    reset=_reset,
    has_work=_has_work,
    resume=_resume,
    answer=yes_or_no,
)
ask = CANCELLING.ask
ask_before_cancel = CANCELLING.ask_before_cancel
cancel_confirm_step = CANCELLING.confirm_step
