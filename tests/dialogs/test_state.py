"""Stored conversation states: journeys' slots by journey, and states stored before that
(schema version 1, each journey's slots a top-level field) still load."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.selection.slots import SelectionSlots
from dialogs.state import (
    SCHEMA_VERSION,
    ConversationState,
    JourneySlots,
    StateError,
    upgrade_state,
)
from knowledge.language import Lang

# A state as version 1 stored it, mid-journey (the JSON of a real conversation's row).
V1_STATE: dict[str, Any] = {
    "schema_version": 1,
    "lang": "en",
    "lang_fixed": True,
    "flow": "selection",
    "step": "pgs",
    "history": [{"flow": "menu", "step": "start"}, {"flow": "selection", "step": "methods"}],
    "misunderstood": 1,
    "human_requested": False,
    "offered": [{"value": "sel:pg:kcp", "label": "NHN KCP"}],
    "contracts": {"business_number": "2208162517", "pgs": ["kcp"]},
    "selection": {
        "items": [{"method": "card", "pg": None, "payment_types": ["subscription"]}],
        "confirmed": False,
        "category": None,
        "current": "card",
        "types_asked": ["card"],
        "asking": [],
    },
    "business": {
        "business_number": "2208162517",
        "fields": {"company_name": "주식회사 예시"},
        "finished": False,
        "upload_id": 7,
        "reading_ref": None,
        "unsure": ["company_name"],
        "card_confirmed": False,
        "conflicting_number": None,
        "applied": False,
        "read_number": "2208162517",
    },
}


def test_a_version_1_state_loads_with_every_slot() -> None:
    state = upgrade_state(V1_STATE)
    assert state.schema_version == SCHEMA_VERSION == 2
    assert (state.lang, state.flow, state.step, state.misunderstood) == (
        Lang.EN,
        "selection",
        "pgs",
        1,
    )
    assert [f.step for f in state.history] == ["start", "methods"]
    assert ContractsSlots.of(state).pgs == ["kcp"]
    assert SelectionSlots.of(state).items[0].payment_types == ["subscription"]
    assert SelectionSlots.of(state).current == "card"
    business = BusinessSlots.of(state)
    assert (business.upload_id, business.unsure) == (7, ["company_name"])
    assert business.fields == {"company_name": "주식회사 예시"}


def test_an_upgraded_state_is_stored_in_the_new_shape_and_loads_again() -> None:
    stored = upgrade_state(V1_STATE).model_dump(mode="json")
    assert stored["schema_version"] == 2
    assert set(stored["slots"]) == {"contracts", "selection", "business"}
    assert "selection" not in stored
    # Kept as it was, with the fields added since at their defaults.
    assert stored["slots"]["business"] == {
        **V1_STATE["business"],
        "paused_at": None,
        "while_reading": {},
    }
    assert upgrade_state(stored).model_dump(mode="json") == stored


def test_slots_changed_in_place_are_stored() -> None:
    state = ConversationState()
    SelectionSlots.of(state).confirmed = True
    assert SelectionSlots.of(state) is SelectionSlots.of(state)
    state.put(BusinessSlots(business_number="1248100998"))
    stored = upgrade_state(state.model_dump(mode="json"))
    assert SelectionSlots.of(stored).confirmed is True
    assert BusinessSlots.of(stored).business_number == "1248100998"


def test_a_deep_copy_does_not_share_slots() -> None:
    state = ConversationState()
    SelectionSlots.of(state).confirmed = True
    copy = state.model_copy(deep=True)
    SelectionSlots.of(copy).confirmed = False
    assert SelectionSlots.of(state).confirmed is True


def test_the_slots_of_a_journey_this_process_does_not_know_are_kept() -> None:
    raw = {"schema_version": 2, "slots": {"retired": {"anything": [1, 2]}}}
    assert upgrade_state(raw).model_dump(mode="json")["slots"] == raw["slots"]


@pytest.mark.parametrize(
    "raw",
    [
        {**V1_STATE, "business": {**V1_STATE["business"], "upload_id": "not a number"}},
        {"schema_version": 2, "slots": {"business": {"surprise": "880101-1234567"}}},
    ],
)
def test_invalid_slots_name_the_journey_and_field_never_the_value(raw: dict[str, Any]) -> None:
    with pytest.raises(StateError) as caught:
        upgrade_state(raw)
    message = str(caught.value)
    assert "slots of journey business" in message
    assert "not a number" not in message and "880101" not in message


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(StateError, match="unknown state schema version 99"):
        upgrade_state({"schema_version": 99})


def test_two_journeys_cannot_claim_one_name() -> None:
    with pytest.raises(TypeError, match="already has slots"):

        class Impostor(JourneySlots):
            journey: ClassVar[str] = "business"
