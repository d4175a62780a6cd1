"""Step "cancel_confirm": "취소" / "cancel" in the middle of choosing asks before the choices
are discarded; "no" returns to the step where it was said (``dialogs.cancelling``)."""

from __future__ import annotations

from dialogs.cancelling import Cancelling
from dialogs.flow import Ctx, Outcome
from dialogs.replies import Reply
from dialogs.selection import describe, navigation, prompts, texts, words
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.words import Intent
from dialogs.state import ConversationState

YES = "sel:cancel_yes"
NO = "sel:cancel_no"


def _ask_text(ctx: Ctx) -> str:
    methods = describe.methods(SelectionSlots.of(ctx.state).methods(), ctx.lang)
    return texts.CANCEL_ASK(ctx.lang, methods=methods)


def _resume(ctx: Ctx, step: str | None, kept: Reply) -> Outcome:
    slots = SelectionSlots.of(ctx.state)
    if step is None or step not in prompts.PROMPTS:
        step = navigation.next_step(slots)
    return navigation.go(ctx, step, kept)


def _reset(state: ConversationState) -> None:
    state.put(SelectionSlots())


def yes_or_no(text: str) -> bool | None:
    """A typed yes or no in the journeys' words ("좋아요", "keep going"); None otherwise."""
    if words.is_answer(text, Intent.YES):
        return True
    if words.is_answer(text, Intent.NO):
        return False
    return None


CANCELLING = Cancelling(
    yes=YES,
    no=NO,
    ask_text=_ask_text,
    yes_label=texts.CANCEL_YES,
    no_label=texts.CANCEL_NO,
    kept=texts.CANCEL_KEPT,
    slots=SelectionSlots.of,
    reset=_reset,
    has_work=lambda ctx: bool(SelectionSlots.of(ctx.state).items),
    resume=_resume,
    answer=yes_or_no,
)
ask = CANCELLING.ask
ask_before_cancel = CANCELLING.ask_before_cancel
cancel_confirm_step = CANCELLING.confirm_step
