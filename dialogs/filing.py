"""Filing: once payment methods are confirmed and business information is finished, file one
application per PG. Both journeys call this when they complete, whichever finishes last.

The dialog only says it is filing; the runtime (``bot/applications/filing.py``) inserts the
applications in the same transaction and posts one status card per PG (methods, status, next
step, typical duration) after this reply, then the applications journey's buttons. Each card
carries its application's update key, so later status changes edit it in place.
"""

from __future__ import annotations

from collections import defaultdict

from dialogs.applications import flow as applications
from dialogs.applications import texts
from dialogs.business.slots import BusinessSlots
from dialogs.effects import ApplicationItem, FileApplications
from dialogs.flow import Ctx, Outcome
from dialogs.nts import gate as nts_gate
from dialogs.replies import TextReply
from dialogs.selection import extras
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState

FILED = texts.FILED


def ready_to_file(state: ConversationState) -> bool:
    selection, business = SelectionSlots.of(state), BusinessSlots.of(state)
    return (
        selection.confirmed
        and any(item.pg for item in selection.items)
        and business.finished
        and business.business_number is not None
        and extras.complete(state)
    )


def items_by_pg(state: ConversationState) -> tuple[ApplicationItem, ...]:
    """One item per PG, in the order the merchant chose; a method listed twice counts once."""
    methods: dict[str, list[str]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    for item in SelectionSlots.of(state).items:
        if item.pg is None:
            continue
        if item.method not in methods[item.pg]:
            methods[item.pg].append(item.method)
        types[item.pg].update(item.payment_types)
    return tuple(
        ApplicationItem(
            pg=pg,
            methods=tuple(m),
            payment_types=tuple(sorted(types[pg])),
            extra_fields=extras.filed(state, pg),
        )
        for pg, m in methods.items()
    )


def file_applications(ctx: Ctx) -> Outcome:
    """File and clear the selection, then stay in the applications journey. Call only when
    ``ready_to_file``; if nothing is left to file, say so instead of filing nothing."""
    state = ctx.state
    items = items_by_pg(state)
    number = BusinessSlots.of(state).business_number
    if number is None or not items:
        return Outcome(replies=[TextReply(text=texts.FILED_NOTHING(ctx.lang))])
    held = nts_gate.hold_filing(ctx, number)
    if held is not None:  # the National Tax Service says the business is not running
        return held
    said = texts.FILED_ONE(ctx.lang) if len(items) == 1 else FILED(ctx.lang, count=len(items))
    effect = FileApplications(business_number=number, items=items, lang=ctx.lang)
    selection = SelectionSlots.of(state)
    selection.items = []
    selection.confirmed = False
    selection.extras = {}
    return Outcome(
        replies=[TextReply(text=said)],
        effects=[effect],
        # With a step given the router does not run the journey's entry, whose listing would
        # not yet see the applications this turn's effect inserts: the runtime posts the cards.
        next_flow=applications.NAME,
        next_step=applications.START,
    )
