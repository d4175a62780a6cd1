"""Issue 15, QA round (item 5): natural openers in both languages start the right journey
from the menu, and from another journey's step; questions about the same things do not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)


def _say(state: ConversationState, text: str) -> ConversationState:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS).state


@pytest.mark.parametrize(
    ("text", "lang", "flow"),
    [
        ("사업자 정보 입력할게요", Lang.KO, "business"),
        ("사업자 정보 등록하려고요", Lang.KO, "business"),
        ("사업자등록증 올릴게요", Lang.KO, "business"),
        ("I'd like to enter my business information", Lang.EN, "business"),
        ("upload my certificate", Lang.EN, "business"),
        ("PG 계약하고 싶어요", Lang.KO, "selection"),
        ("전자결제 신청하려고요", Lang.KO, "selection"),
        ("I want to apply", Lang.EN, "selection"),
        ("신청한 거 어떻게 됐어요?", Lang.KO, "applications"),
        ("where is my application?", Lang.EN, "applications"),
        ("기존 계약 확인해 주세요", Lang.KO, "contracts"),
        ("what documents do I need?", Lang.EN, "documents"),
    ],
)
def test_an_opener_at_the_menu_starts_its_journey(text: str, lang: Lang, flow: str) -> None:
    state = _say(ConversationState(), text)
    assert state.flow == flow
    assert state.lang is lang


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("사업자 정보 입력할게요", "business"),
        ("I'd like to enter my business information", "business"),
    ],
)
def test_an_opener_mid_journey_starts_its_journey(text: str, flow: str) -> None:
    state = ConversationState(flow="documents", step="industry", lang=Lang.KO, lang_fixed=True)
    assert _say(state, text).flow == flow


@pytest.mark.parametrize(
    "text",
    ["사업자 정보는 왜 필요해요?", "how do I upload the certificate?", "PG 계약 있나요?"],
)
def test_a_question_about_it_does_not_start_business_information(text: str) -> None:
    assert _say(ConversationState(), text).flow != "business"


def test_cheoeumeuro_goes_to_the_menu_and_keeps_what_was_entered() -> None:
    """ "처음으로" (to the first screen) is the menu: a half-made selection is kept, and
    choosing the journey again resumes it (it restarted the conversation, losing it)."""
    state = _say(ConversationState(lang=Lang.KO, lang_fixed=True), "카드랑 카카오페이 신청할래요")
    assert state.flow == "selection"
    state = _say(state, "처음으로")
    assert (state.flow, state.step) == ("menu", "start")
    resumed = DIALOG.respond(
        state,
        Turn(
            event_id="e2", conversation_key="k", transport="t", user_id="u", action="menu:selection"
        ),
        PORTS,
    ).state
    assert [i.method for i in SelectionSlots.of(resumed).items] == ["card", "kakaopay"]
