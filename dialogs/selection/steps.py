"""The selection journey on one screen: its steps and where each may lead.

    methods        -> category | types | pgs | summary
    category       -> methods | types | pgs | summary
    types          -> methods | category | pgs | summary
    pgs            -> methods | category | types | summary
    summary        -> methods | category | types | pgs | extras | business | applications
    extras         -> summary | methods | types | pgs | business | applications
    cancel_confirm -> (back where it was) | menu

Choosing methods, their payment types and a PG each is slot filling: a change of mind at any
of these steps goes to whatever is missing next (``navigation.next_step``). Only the summary
and the PG's extra questions leave the journey: to business information, or filing. "cancel"
asks first (``cancel_confirm``) instead of wiping the choices.
"""

from __future__ import annotations

from enum import StrEnum

from dialogs.moves import Moves, leave

NAME = "selection"


class Step(StrEnum):
    METHODS = "methods"
    CATEGORY = "category"
    TYPES = "types"
    PGS = "pgs"
    SUMMARY = "summary"
    EXTRAS = "extras"
    CANCEL_CONFIRM = "cancel_confirm"


_CHOOSING = frozenset({Step.METHODS, Step.CATEGORY, Step.TYPES, Step.PGS, Step.SUMMARY})
_FILING = frozenset({leave("business"), leave("applications", "start")})

MOVES = Moves(
    flow=NAME,
    table={
        Step.METHODS: _CHOOSING,
        Step.CATEGORY: _CHOOSING,
        Step.TYPES: _CHOOSING,
        Step.PGS: _CHOOSING,
        Step.SUMMARY: _CHOOSING | {Step.EXTRAS} | _FILING,
        Step.EXTRAS: _CHOOSING | _FILING,
        Step.CANCEL_CONFIRM: _CHOOSING | {Step.EXTRAS, leave("menu")},
    },
)
