"""One lookup: read the number, respect the hourly limit, disclose only to the verified.

Used by the flow's steps and by the menu's free-text entry, so both answer the same way.
"""

from __future__ import annotations

import math

from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command
from dialogs.contracts import answer, texts
from dialogs.contracts.numbers import NumberProblem, read_business_number
from dialogs.contracts.port import CONTRACTS_PORT, LookupAllowance
from dialogs.contracts.slots import ContractsSlots
from dialogs.contracts.users import user_key
from dialogs.effects import RecordLookup
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.turns import Turn
from knowledge.bizno import BusinessNumber
from knowledge.language import Lang

NAME = "contracts"
STEP_NUMBER = "number"
STEP_RESULT = "result"
ACTION_ANOTHER = "contracts:another"
# Starts an application: the menu's action for the selection journey.
ACTION_APPLY = "menu:selection"
ACTION_HUMAN = COMMAND_PREFIX + Command.HUMAN


def result_options(lang: Lang) -> list[Option]:
    # One order everywhere: a merchant who types "3" means the third button they were shown.
    return [
        Option(value=ACTION_APPLY, label=texts.APPLY(lang)),
        Option(value=ACTION_ANOTHER, label=texts.ANOTHER(lang)),
        Option(value=ACTION_HUMAN, label=texts.TALK_TO_PERSON(lang)),
    ]


def look_up(ctx: Ctx, turn: Turn) -> Outcome:
    """Answer a message that should carry a business number (and maybe PG names)."""
    slots = ContractsSlots.of(ctx.state)
    named = answer.pgs_named(turn.text)
    if named:
        slots.pgs = named
    read = read_business_number(turn.text, ctx.lang)
    if isinstance(read, NumberProblem):
        return Outcome(replies=[TextReply(text=read.message)], fallback=read.no_digits)
    return _answer(ctx, turn, read)


def _answer(ctx: Ctx, turn: Turn, number: BusinessNumber) -> Outcome:
    slots, lang, port = ContractsSlots.of(ctx.state), ctx.lang, CONTRACTS_PORT.of(ctx.ports)
    who = user_key(turn)
    allowance = port.allowance(who, number.digits)
    if not allowance.allowed:
        effect = RecordLookup(user_key=who, business_number=number.digits, outcome="refused")
        return Outcome(replies=[_refused(ctx, allowance)], effects=[effect])
    slots.business_number = number.digits
    pgs, slots.pgs = list(slots.pgs), []
    if not port.is_verified(who, number.digits):
        text = texts.WITHHELD(lang, number=number.formatted, kind=answer.kind_label(number, lang))
        effect = RecordLookup(user_key=who, business_number=number.digits, outcome="withheld")
        replies: list[Reply] = [ChoicesReply(text=text, options=result_options(lang))]
        return Outcome(replies=replies, effects=[effect], next_step=STEP_RESULT)
    contracts = port.contracts(number.digits)
    replies = answer.disclosed(number, contracts, pgs, lang)
    replies.append(ChoicesReply(text=texts.AFTER(lang), options=result_options(lang)))
    effect = RecordLookup(user_key=who, business_number=number.digits, outcome="disclosed")
    return Outcome(replies=replies, effects=[effect], next_step=STEP_RESULT)


def _refused(ctx: Ctx, allowance: LookupAllowance) -> Reply:
    minutes = 60
    if allowance.retry_at is not None:
        seconds = (allowance.retry_at - ctx.ports.now()).total_seconds()
        minutes = max(1, math.ceil(seconds / 60))
    text = texts.RATE_LIMITED(ctx.lang, limit=allowance.limit, minutes=minutes)
    human = Option(value=ACTION_HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
    return ChoicesReply(text=text, options=[human])
