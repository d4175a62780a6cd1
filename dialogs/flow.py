"""The dialog framework: a flow is a table of steps, each a function of (context, turn)
returning an ``Outcome``; prompts re-ask a step (after back, an FAQ answer or a restart).

A journey is a flow that also says how the main menu names it and which free text enters it;
see docs/adding-a-journey.md."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from dialogs.effects import Effect
from dialogs.glossary import Term
from dialogs.i18n import T
from dialogs.ports import Ports
from dialogs.reask import asks_to_show_again, remember, seen, short
from dialogs.replies import Reply
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang


@dataclass
class Ctx:
    """What a step sees. ``state`` is the turn's own copy: steps change its slots in place."""

    state: ConversationState
    ports: Ports

    @property
    def lang(self) -> Lang:
        return self.state.lang


@dataclass
class Outcome:
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    # Next step of this flow; None stays on the current step.
    next_step: str | None = None
    # Switch to another flow (its start step unless ``next_step`` is given).
    next_flow: str | None = None
    # The step did not understand the message: the router may answer it from the FAQ.
    fallback: bool = False


StepFn = Callable[[Ctx, Turn], Outcome]
PromptFn = Callable[[Ctx], list[Reply]]
# Recognises a journey in free text typed at the menu ("기존 계약 확인해 주세요"): the outcome
# entering it, or None.
IntentFn = Callable[[Ctx, Turn], Outcome | None]


@dataclass(frozen=True)
class Flow:
    name: str
    start_step: str
    steps: Mapping[str, StepFn]
    prompts: Mapping[str, PromptFn]
    # Called when entering the flow; may skip ahead (e.g. a number already known).
    on_enter: Callable[[Ctx], Outcome] | None = None
    # A file the merchant sent while in this flow (or sent anywhere, for the flow that
    # takes files).
    on_attachment: StepFn | None = None
    # A system turn addressed to this flow (e.g. an OCR result from a worker).
    on_system: StepFn | None = None
    # Forget this flow's unfinished slots when the merchant cancels it.
    on_cancel: Callable[[ConversationState], None] | None = None
    # How the main menu names this flow (in the order flows are given); None: not listed.
    menu_label: T | None = None
    # Free text typed at the menu that this flow takes (first match over all flows wins).
    intents: Sequence[IntentFn] = ()
    # Files sent outside any flow that takes attachments come to this flow (one flow at most).
    takes_files: bool = False
    # Steps that take typed text as a value (a name, an address, a number, a choice typed):
    # the router answers a question typed there instead of handing it to the step.
    free_text_steps: frozenset[str] = frozenset()
    # Asked instead of cancelling at once when there is something to lose ("discard the
    # methods chosen so far?"); None cancels right away.
    ask_before_cancel: Callable[[Ctx], Outcome | None] | None = None
    # The words this journey's steps use, explained when asked about ("업태가 뭐예요?"), then
    # the step is asked again (``dialogs.glossary``); kept in the journey's texts module.
    glossary: Sequence[Term] = ()
    # A step asked again after a question is asked in one line with its buttons while the
    # merchant has its whole prompt in front of them (``dialogs.reask``); False: always in
    # full (the menu, which is short and is what "menu" asks to see).
    reask_short: bool = True
    # That one line, for a step whose prompt has no sentence that asks (the upload's
    # instructions); other steps' lines are their prompt's asking sentence.
    questions: Mapping[str, T] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Every step, file and system handler notes what it sent, so that the prompt asked
        # again later knows whether the merchant has seen it (journeys write nothing for it).
        steps = {name: self._remembering(name, fn) for name, fn in self.steps.items()}
        object.__setattr__(self, "steps", steps)
        for handler in ("on_attachment", "on_system"):
            fn = getattr(self, handler)
            if fn is not None:
                object.__setattr__(self, handler, self._remembering(None, fn))

    def _remembering(self, step: str | None, fn: StepFn) -> StepFn:
        if getattr(fn, "remembers", False):
            return fn  # already wrapped (a journey's ``replace`` of a built flow)
        prompts, start = self.prompts, self.start_step

        def remembering(ctx: Ctx, turn: Turn) -> Outcome:
            plain = not (turn.action or turn.form or turn.attachments)
            if step is not None and plain and asks_to_show_again(turn.text):
                # "다시 보여줘": the whole prompt, whatever was shown before.
                full = (prompts.get(step) or prompts[start])(ctx)
                remember(ctx.state, full, ctx.ports.now())
                return Outcome(replies=full)
            outcome = fn(ctx, turn)
            if not outcome.fallback:  # a fallback's replies are shown only sometimes
                remember(ctx.state, outcome.replies, ctx.ports.now())
            return outcome

        remembering.remembers = True  # type: ignore[attr-defined]
        remembering.__name__ = getattr(fn, "__name__", step or "handler")
        return remembering

    def enter(self, ctx: Ctx) -> Outcome:
        if self.on_enter is not None:
            outcome = self.on_enter(ctx)
        else:
            outcome = Outcome(replies=self.prompts[self.start_step](ctx), next_step=self.start_step)
        if not outcome.fallback:
            remember(ctx.state, outcome.replies, ctx.ports.now())
        return outcome

    def prompt(self, ctx: Ctx) -> list[Reply]:
        """The current step's question: in one line with its buttons when the merchant has
        just seen all of it (after a question answered there), else in full."""
        prompt = self.prompts.get(ctx.state.step) or self.prompts[self.start_step]
        full = prompt(ctx)
        now = ctx.ports.now()
        if not self.reask_short:
            return full
        if seen(ctx.state, full, now):
            question = self.questions.get(ctx.state.step)
            return short(full, ctx.lang, question(ctx.lang) if question else None)
        remember(ctx.state, full, now)
        return full
