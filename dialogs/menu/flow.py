"""The main menu: the journeys a merchant can start. Menu buttons work from any step."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Flow, Outcome
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

# (flow name, label); a journey shows in the menu once its flow is registered.
ENTRIES: tuple[tuple[str, T], ...] = (
    ("contracts", texts.CONTRACTS),
    ("selection", texts.APPLY),
    ("business", texts.BUSINESS),
    ("applications", texts.STATUS),
)


def options(ctx: Ctx, available: Collection[str]) -> list[Option]:
    return [
        Option(value=ACTION_PREFIX + name, label=label(ctx.lang))
        for name, label in ENTRIES
        if name in available
    ]


# Recognises a journey in free text typed at the menu ("기존 계약 확인해 주세요"): the outcome
# entering it, or None.
Intent = Callable[[Ctx, Turn], Outcome | None]


def build(available: Collection[str], intents: Sequence[Intent] = ()) -> Flow:
    def prompt(ctx: Ctx) -> list[Reply]:
        return [ChoicesReply(text=texts.GREETING(ctx.lang), options=options(ctx, available))]

    def start(ctx: Ctx, turn: Turn) -> Outcome:
        if turn.action is None and _GREETING.match(turn.text):
            # The greeting was just shown (the chat opened with it): not the same twice.
            again = ChoicesReply(text=texts.HELLO_AGAIN(ctx.lang), options=options(ctx, available))
            return Outcome(replies=[again])
        chosen = resolve_choice(turn, options(ctx, available))
        if chosen is None and turn.action is None:
            for intent in intents:
                routed = intent(ctx, turn)
                if routed is not None:
                    return routed
        if chosen is None:
            return Outcome(replies=prompt(ctx), fallback=True)
        return Outcome(next_flow=chosen.removeprefix(ACTION_PREFIX))

    return Flow(name=NAME, start_step="start", steps={"start": start}, prompts={"start": prompt})
