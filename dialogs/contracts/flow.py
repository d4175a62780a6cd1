"""The existing-contract inquiry: ask for a business number, look it up, answer.

Steps: ``number`` (waiting for a number) and ``result`` (an answer was given; another number,
an application or a person next). Reached from the menu or from a free-text question (see
``intent``); the answer itself is built in ``lookup``.
"""

from __future__ import annotations

from dialogs.choice import resolve_choice
from dialogs.contracts import answer, texts
from dialogs.contracts.lookup import (
    ACTION_ANOTHER,
    ACTION_APPLY,
    NAME,
    STEP_NUMBER,
    STEP_RESULT,
    look_up,
    result_options,
)
from dialogs.contracts.slots import ContractsSlots
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.replies import ChoicesReply, Reply, TextReply
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.bizno import BusinessNumber, number_runs, parse_business_number

__all__ = ["NAME", "build"]


def _ask_number(ctx: Ctx) -> list[Reply]:
    pgs = ContractsSlots.of(ctx.state).pgs
    if pgs:
        text = texts.ASK_NUMBER_FOR_PGS(ctx.lang, pgs=answer.pg_list(pgs, ctx.lang))
    else:
        text = texts.ASK_NUMBER(ctx.lang)
    return [TextReply(text=text)]


def _after(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text=texts.AFTER(ctx.lang), options=result_options(ctx.lang))]


def _number(ctx: Ctx, turn: Turn) -> Outcome:
    if turn.action is not None:  # a button of an earlier answer
        return _option(ctx, turn) or Outcome(replies=_ask_number(ctx))
    # Without digits the outcome is a fallback: the router tries the FAQ before re-asking.
    return look_up(ctx, turn)


def _option(ctx: Ctx, turn: Turn) -> Outcome | None:
    """The answer's buttons, pressed or typed (label or number)."""
    chosen = resolve_choice(turn, result_options(ctx.lang))
    if chosen == ACTION_ANOTHER:
        ContractsSlots.of(ctx.state).pgs = []
        return Outcome(replies=_ask_number(ctx), next_step=STEP_NUMBER)
    if chosen == ACTION_APPLY:
        return Outcome(next_flow=ACTION_APPLY.removeprefix("menu:"))
    # "Talk to a person" (ACTION_HUMAN) never gets here: the router takes the button, its
    # number typed, and the words.
    return None


def _result(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = _option(ctx, turn)
    if chosen is not None:
        return chosen
    if number_runs(turn.text):
        return look_up(ctx, turn)
    # "And KCP?" after an answer: the same number again, for the PGs now named.
    known = ContractsSlots.of(ctx.state).business_number
    if known is not None and answer.pgs_named(turn.text):
        parsed = parse_business_number(known)
        if isinstance(parsed, BusinessNumber):
            same = turn.model_copy(update={"text": f"{turn.text} {parsed.formatted}"})
            return look_up(ctx, same)
    return Outcome(replies=_after(ctx), fallback=True)


def _cancel(state: ConversationState) -> None:
    state.put(ContractsSlots(business_number=ContractsSlots.of(state).business_number))


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step=STEP_NUMBER,
        steps={STEP_NUMBER: _number, STEP_RESULT: _result},
        prompts={STEP_NUMBER: _ask_number, STEP_RESULT: _after},
        on_cancel=_cancel,
        # The result step takes "and KCP?" itself and leaves anything else to the FAQ.
        free_text_steps=frozenset({STEP_NUMBER}),
        glossary=texts.GLOSSARY,
    )
