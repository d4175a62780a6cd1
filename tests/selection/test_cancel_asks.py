"""Defect 8 of issue 16: "취소" / "cancel" mid-selection asks before wiping the choices."""

from __future__ import annotations

from dialogs.selection.slots import SelectionSlots
from knowledge.language import Lang
from tests.selection.test_defects import at_types


def test_cancel_mid_selection_asks_before_wiping() -> None:
    """Defect 8: "취소" wiped every choice without asking."""
    talk = at_types()
    said = talk.say("취소")
    assert "지울까요" in said
    assert SelectionSlots.of(talk.state).methods() == ["card", "kakaopay"]
    talk.say("아니요")
    assert SelectionSlots.of(talk.state).methods() == ["card", "kakaopay"]
    assert talk.step == "types"
    talk.say("취소")
    talk.say("네")
    assert SelectionSlots.of(talk.state).methods() == []
    assert talk.state.flow == "menu"


def test_cancel_in_english_asks_too() -> None:
    talk = at_types(Lang.EN)
    said = talk.say("cancel")
    assert "Discard" in said
    talk.say("2")  # keep them
    assert SelectionSlots.of(talk.state).methods() == ["card", "kakaopay"]
