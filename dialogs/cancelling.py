"""Asking before a journey's work is thrown away: "취소" / "cancel" where there is something to
lose asks first (a step "cancel_confirm"); "yes" discards the journey's slots and goes to the
menu, "no" returns to the step where it was said.

One concept for every journey that needs it: a journey gives its texts, its slots (which
remember ``paused_at``), what counts as something to lose, and how it resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from dialogs import texts as common_texts
from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Outcome
from dialogs.i18n import T
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.state import ConversationState
from dialogs.turns import Turn

STEP = "cancel_confirm"

# Typed answers beyond the buttons' own labels.
_YES_WORDS = ("네", "예", "yes", "y", "지워", "지워 주세요", "discard")
_NO_WORDS = ("아니요", "아니", "아뇨", "no", "n", "keep", "이어서")


class Pausable(Protocol):
    """A journey's slots that remember the step "cancel" was said at."""

    paused_at: str | None


@dataclass(frozen=True)
class Cancelling:
    # Button values; kept as they were sent (Slack keeps old buttons clickable).
    yes: str
    no: str
    ask_text: Callable[[Ctx], str]
    yes_label: T
    no_label: T
    kept: T
    # This journey's slots in the state (created empty the first time), and fresh ones.
    slots: Callable[[ConversationState], Pausable]
    reset: Callable[[ConversationState], None]
    # Whether cancelling now would lose something the merchant gave.
    has_work: Callable[[Ctx], bool]
    # Back to ``step`` (None: wherever the journey stands), saying ``kept`` first.
    resume: Callable[[Ctx, str | None, Reply], Outcome]
    # A typed yes / no in the journey's own words ("좋아요", "keep going"), None otherwise.
    answer: Callable[[str], bool | None] = lambda _text: None

    def options(self, ctx: Ctx) -> list[Option]:
        return [
            Option(value=self.yes, label=self.yes_label(ctx.lang), style="danger"),
            Option(value=self.no, label=self.no_label(ctx.lang)),
        ]

    def ask(self, ctx: Ctx) -> list[Reply]:
        return [ChoicesReply(text=self.ask_text(ctx), options=self.options(ctx))]

    def ask_before_cancel(self, ctx: Ctx) -> Outcome | None:
        """The question, when there is something to lose; None cancels at once."""
        if not self.has_work(ctx):
            return None
        if ctx.state.step != STEP:
            self.slots(ctx.state).paused_at = ctx.state.step
        return Outcome(replies=self.ask(ctx), next_step=STEP)

    def confirm_step(self, ctx: Ctx, turn: Turn) -> Outcome:
        extra: dict[str, Sequence[str]] = {self.yes: _YES_WORDS, self.no: _NO_WORDS}
        chosen = resolve_choice(turn, self.options(ctx), extra=extra)
        if chosen is None and turn.action is None:
            said = self.answer(turn.text)
            chosen = None if said is None else (self.yes if said else self.no)
        if chosen == self.yes:
            self.reset(ctx.state)
            cancelled = TextReply(text=common_texts.CANCELLED(ctx.lang))
            return Outcome(replies=[cancelled], next_flow="menu")
        if chosen == self.no:
            slots = self.slots(ctx.state)
            step, slots.paused_at = slots.paused_at, None
            kept = TextReply(text=self.kept(ctx.lang))
            return self.resume(ctx, None if step == STEP else step, kept)
        # Back to the router (a question nothing answers is not counted as a miss there).
        return Outcome(replies=self.ask(ctx), fallback=True)
