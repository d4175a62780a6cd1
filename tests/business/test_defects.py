"""Transcripts of what tripped merchants in business information (issue 16)."""

from __future__ import annotations

from tests.business.conftest import INDIVIDUAL, BusinessChat, reading
from tests.business.test_journey import fill_details


def choose_and_confirm(chat: BusinessChat) -> None:
    chat.choose("menu:selection")
    chat.say("card")
    chat.choose("sel:done")
    chat.choose("sel:types:")
    chat.choose("sel:pg:card:kcp")
    assert "upload your business registration certificate" in chat.choose("sel:confirm")


def test_no_contradiction_right_after_filing(chat: BusinessChat) -> None:
    """Defect 2: "I've filed 1 application(s)" was followed by "No applications have been
    filed from this conversation yet"."""
    choose_and_confirm(chat)
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    fill_details(chat)
    said = chat.choose("business:finish")
    assert "I've filed 1 application" in said
    assert "No applications have been filed" not in said
    assert "[APP-1 · NHN KCP]" in said
