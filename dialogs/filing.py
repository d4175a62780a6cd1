"""Filing: once payment methods are confirmed and business information is finished, file one
application per PG. Both journeys call this when they complete, whichever finishes last."""

from __future__ import annotations

from collections import defaultdict

from dialogs.effects import ApplicationItem, FileApplications
from dialogs.flow import Ctx, Outcome
from dialogs.i18n import T
from dialogs.replies import TextReply
from dialogs.state import ConversationState

FILED = T(
    "신청서를 결제대행사별로 접수했어요. 진행 상황이 바뀌면 이 대화로 알려 드릴게요.",
    "Your applications are filed, one per PG. I'll post every status change in this conversation.",
)


def ready_to_file(state: ConversationState) -> bool:
    selection, business = state.selection, state.business
    return (
        selection.confirmed
        and any(item.pg for item in selection.items)
        and business.finished
        and business.business_number is not None
    )


def items_by_pg(state: ConversationState) -> tuple[ApplicationItem, ...]:
    methods: dict[str, list[str]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    for item in state.selection.items:
        if item.pg is None:
            continue
        methods[item.pg].append(item.method)
        types[item.pg].update(item.payment_types)
    return tuple(
        ApplicationItem(pg=pg, methods=tuple(m), payment_types=tuple(sorted(types[pg])))
        for pg, m in methods.items()
    )


def file_applications(ctx: Ctx) -> Outcome:
    """File and clear the selection. Call only when ``ready_to_file``."""
    state = ctx.state
    assert state.business.business_number is not None
    effect = FileApplications(
        business_number=state.business.business_number, items=items_by_pg(state)
    )
    state.selection.items = []
    state.selection.confirmed = False
    return Outcome(
        replies=[TextReply(text=FILED(ctx.lang))], effects=[effect], next_flow="applications"
    )
