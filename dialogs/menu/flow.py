"""The main menu: the journeys a merchant can start. Menu buttons work from any step."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Flow, IntentFn, Outcome
from dialogs.i18n import T
from dialogs.menu import texts
from dialogs.replies import ChoicesReply, Option, Reply
from dialogs.turns import Turn

NAME = "menu"
_GREETING = re.compile(
    r"^\s*(안녕(하세요|하십니까)?|하이|헬로|반가워요|hello|hi|hey|good\s+(morning|afternoon|evening))"
    r"[\s!.~?]*$",
    re.IGNORECASE,
)
ACTION_PREFIX = "menu:"


def is_greeting(text: str) -> bool:
    """ "안녕하세요", "hello": a greeting alone."""
    return bool(_GREETING.match(text))


def options(ctx: Ctx, entries: Sequence[tuple[str, T]]) -> list[Option]:
    return [Option(value=ACTION_PREFIX + name, label=label(ctx.lang)) for name, label in entries]


def build(entries: Sequence[tuple[str, T]] = (), intents: Sequence[IntentFn] = ()) -> Flow:
    """The menu listing ``entries`` (flow name, label) and entering a flow from free text
    through ``intents``; the router builds it from the flows it is given."""

    def prompt(ctx: Ctx) -> list[Reply]:
        return [ChoicesReply(text=texts.GREETING(ctx.lang), options=options(ctx, entries))]

    def start(ctx: Ctx, turn: Turn) -> Outcome:
        if turn.action is None and is_greeting(turn.text):
            if not ctx.state.offered:
                return Outcome(replies=prompt(ctx))  # hello first: the greeting, once
            # The greeting was just shown (the chat opened with it): not the same twice.
            again = ChoicesReply(text=texts.HELLO_AGAIN(ctx.lang), options=options(ctx, entries))
            return Outcome(replies=[again])
        chosen = resolve_choice(turn, options(ctx, entries))
        if chosen is None and turn.action is None:
            for intent in intents:
                routed = intent(ctx, turn)
                if routed is not None:
                    return routed
        if chosen is None:
            return Outcome(replies=prompt(ctx), fallback=True)
        return Outcome(next_flow=chosen.removeprefix(ACTION_PREFIX))

    return Flow(
        name=NAME,
        start_step="start",
        steps={"start": start},
        prompts={"start": prompt},
        reask_short=False,
    )
