"""Transcripts of what tripped merchants in the applications journey (issue 16)."""

from __future__ import annotations

from tests.applications.conftest import file_for
from tests.harness import Chat


def test_keep_them_after_a_refused_cancel_does_not_reopen_cancellation(chat: Chat) -> None:
    """Defect 4: "2" ("Keep them") under a refusal opened "Which application to withdraw?"."""
    file_for(chat)
    refused = chat.say("cancel APP-2")  # KG INICIS has it already
    assert "KG INICIS takes applications over" in refused
    said = chat.say("2")
    assert "Which application" not in said
    assert "Nothing was cancelled" in said
    assert chat.say("1") != ""  # back at the journey's own buttons


def test_an_application_typed_in_the_cancel_picker_is_understood(chat: Chat) -> None:
    """Defect 4: "APP-1 취소" typed in the picker got an answer about something else."""
    file_for(chat)
    assert "Which application" in chat.say(action="app:cancel")
    said = chat.say("APP-2 취소")  # KG INICIS: refused with the reason, not the FAQ
    assert "KG INICIS takes applications over" in said
    assert "Which application" in chat.say(action="app:cancel")
    said = chat.say("APP-1 취소")
    assert "APP-1" in said
    assert "moved from Submitted to Cancelled" in said or "Withdraw APP-1" in said
