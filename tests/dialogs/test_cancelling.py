"""One "ask before discarding" for every journey that has work to lose (``dialogs.cancelling``):
"cancel" asks, "no" returns to the step it was said at with everything kept, "yes" discards that
journey's slots and shows the menu; typed answers in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business.slots import BusinessSlots
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState, JourneySlots
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)


def _state(journey: str, lang: Lang) -> tuple[ConversationState, type[JourneySlots]]:
    if journey == "selection":
        state = ConversationState(flow="selection", step="pgs", lang=lang, lang_fixed=True)
        state.put(SelectionSlots(items=[SelectionItem(method="card")], types_asked=["card"]))
        return state, SelectionSlots
    state = ConversationState(flow="business", step="field.goods", lang=lang, lang_fixed=True)
    state.put(BusinessSlots(business_number="1234567891", fields={"reg_no": "1234567891"}))
    return state, BusinessSlots


def _say(state: ConversationState, text: str) -> ConversationState:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS).state


@pytest.mark.parametrize("journey", ["selection", "business"])
@pytest.mark.parametrize(
    ("lang", "cancel", "no", "yes"),
    [(Lang.KO, "취소", "아니요", "네"), (Lang.EN, "cancel", "keep", "yes")],
)
def test_cancel_asks_no_keeps_yes_discards(
    journey: str, lang: Lang, cancel: str, no: str, yes: str
) -> None:
    state, slots = _state(journey, lang)
    step, kept = state.step, slots.of(state.model_copy(deep=True)).model_dump()
    asked = _say(state, cancel)
    assert (asked.flow, asked.step) == (journey, "cancel_confirm")
    back = _say(asked, no)
    assert (back.flow, back.step) == (journey, step)
    assert {k: v for k, v in slots.of(back).model_dump().items() if k != "paused_at"} == {
        k: v for k, v in kept.items() if k != "paused_at"
    }
    gone = _say(_say(back, cancel), yes)
    assert gone.flow == "menu"
    assert slots.of(gone).model_dump() == slots().model_dump()
