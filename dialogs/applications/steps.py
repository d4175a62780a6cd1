"""The applications journey on one screen: its steps and where each may lead.

    start            -> cancel_pick | cancel_refused | subscribe_target | unsubscribe_pick
                        | selection (apply for more) | menu
    cancel_pick      -> start (withdrawn, or kept) | cancel_refused (the PG has it already)
    cancel_refused   -> start (kept: "2"; a person is a global command), or, for anything but
                        a number, wherever the start would go
    subscribe_target -> start | unsubscribe_pick
    unsubscribe_pick -> start

"Keep them" under a refusal returns to the start, never to the cancel picker.
"""

from __future__ import annotations

from enum import StrEnum

from dialogs.moves import Moves, leave

NAME = "applications"


class Step(StrEnum):
    START = "start"
    CANCEL_PICK = "cancel_pick"
    CANCEL_REFUSED = "cancel_refused"
    SUBSCRIBE_TARGET = "subscribe_target"
    UNSUBSCRIBE_PICK = "unsubscribe_pick"


_FROM_START = frozenset(
    {
        Step.CANCEL_PICK,
        Step.CANCEL_REFUSED,
        Step.SUBSCRIBE_TARGET,
        Step.UNSUBSCRIBE_PICK,
        leave("selection"),
        leave("menu"),
    }
)

MOVES = Moves(
    flow=NAME,
    table={
        Step.START: _FROM_START,
        Step.CANCEL_PICK: frozenset({Step.START, Step.CANCEL_REFUSED}),
        Step.CANCEL_REFUSED: _FROM_START | {Step.START},
        Step.SUBSCRIBE_TARGET: frozenset({Step.START, Step.UNSUBSCRIBE_PICK}),
        Step.UNSUBSCRIBE_PICK: frozenset({Step.START}),
    },
)
