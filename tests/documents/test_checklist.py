"""The documents checklist, a journey added by following docs/adding-a-journey.md: reachable
from the menu and by free text, in Korean and English, using what the conversation knows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, journeys
from dialogs.business.slots import BusinessSlots
from dialogs.documents.slots import DocumentsSlots
from dialogs.ports import Ports
from dialogs.replies import Reply
from dialogs.router import Dialog
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path)
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> Chat:
    return Chat(services)


def test_from_the_menu_a_corporation_gets_its_list(chat: Chat) -> None:
    assert "필요 서류 확인" in chat.say("안녕하세요")
    assert "개인사업자인가요, 법인사업자인가요?" in chat.press("필요 서류 확인")
    assert "해당하는 게 있나요?" in chat.press("법인사업자")
    answer = chat.press("해당 없음")
    assert "법인사업자 계약에 준비하실 서류예요:" in answer
    for line in (
        "법인인감증명서 — 원본, 발급 3개월 이내",
        "법인등기부등본 — 원본, 발급 3개월 이내",
    ):
        assert line in answer
    assert "정산 통장 사본 — 법인 명의" in answer
    assert "PG사 계약서 — 2부" in answer
    assert "대표자 명의" not in answer
    assert "주류" not in answer.split("서류예요:")[1]


def test_a_question_at_the_menu_starts_it_and_industry_adds_documents(chat: Chat) -> None:
    chat.say("안녕하세요")
    assert "개인사업자인가요" in chat.say("서류 뭐 준비해요?")
    assert "해당하는 게 있나요?" in chat.say("개인이에요")
    answer = chat.say("와인 팔아요")
    assert "개인사업자 계약에 준비하실 서류예요:" in answer
    assert "대표자 인감증명서 — 원본, 대표자 명의, 발급 3개월 이내" in answer
    assert "주민등록번호 뒤 7자리는 가려 주세요" in answer
    assert "주류 판매 면허 또는 통신판매 신고증" in answer
    assert "법인등기부등본" not in answer


def test_in_english_a_business_number_tells_the_type(chat: Chat) -> None:
    chat.say("English")
    assert "individual business (개인사업자) or a corporation" in chat.say(
        "what documents do I need?"
    )
    assert "Does one of them apply to you?" in chat.say("220-81-62517")  # 81: a corporation
    answer = chat.say("none")
    assert "What to prepare for the contract as a corporation:" in answer
    seal = "The corporate seal certificate (법인인감증명서) — original, issued within the last 3"
    assert seal + " months" in answer
    assert "Copy of the settlement bankbook — in the corporation's name" in answer
    assert "Each PG mails you its exact list" in answer


def test_the_answers_can_be_changed(chat: Chat) -> None:
    chat.say("English")
    chat.say("what paperwork is needed")
    chat.press("Individual business")
    assert "in the representative's name" in chat.press("None of these")
    chat.press("Change the line of business")
    assert "Rental business registration" in chat.press("Shared offices or rentals")
    chat.press("Change the business type")
    assert "in the corporation's name" in chat.press("Corporation")


# -- what the conversation already knows: a pure dialog, no database -----------------------


def respond(state: ConversationState, **turn: Any) -> tuple[ConversationState, list[Reply]]:
    ports = Ports(faq=FakeFaq(), now=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    event = Turn.model_validate(
        {"event_id": "e", "conversation_key": "k", "transport": "t", "user_id": "u", **turn}
    )
    result = Dialog(journeys()).respond(state, event, ports)
    return result.state, result.replies


def text_of(replies: list[Reply]) -> str:
    return "\n".join(getattr(r, "text", "") for r in replies)


def test_known_number_pgs_and_certificate_are_used_without_asking() -> None:
    state = ConversationState(lang=Lang.KO, lang_fixed=True)
    state.put(
        BusinessSlots(
            business_number="1248100998",  # 81: a corporation
            fields={"biz_type": "도매 및 소매업", "biz_item": "전자상거래 / 주류 소매"},
        )
    )
    state.put(
        SelectionSlots(
            items=[
                SelectionItem(method="card", pg="kcp"),
                SelectionItem(method="kakaopay", pg="inicis"),
                SelectionItem(method="trans", pg="kcp"),
            ]
        )
    )
    after, replies = respond(state, action="menu:documents")
    answer = text_of(replies)
    assert (after.flow, after.step) == ("documents", "shown")
    assert "법인사업자 계약에 준비하실 서류예요 (NHN KCP, KG이니시스):" in answer
    assert "PG사 계약서 — 2부, PG사마다: NHN KCP, KG이니시스" in answer
    assert "주류 판매 면허" in answer  # the certificate's 종목 names liquor


def test_a_public_body_number_is_asked_about() -> None:
    state = ConversationState(lang=Lang.KO, lang_fixed=True)
    state, _ = respond(state, action="menu:documents")
    state, replies = respond(state, text="123-83-00010")  # 83: a public body
    assert "이 번호로는 사업자 유형을 알 수 없어요." in text_of(replies)
    assert state.step == "type"


def test_a_question_at_a_step_is_not_taken_as_the_answer() -> None:
    state = ConversationState(lang=Lang.KO, lang_fixed=True)
    state, _ = respond(state, action="menu:documents")
    state, _ = respond(state, text="법인도 같은 서류예요?")
    assert (state.step, DocumentsSlots.of(state).business_type) == ("type", None)
    state, _ = respond(state, text="법인이에요")
    state, _ = respond(state, text="주류도 따로 서류가 있나요?")
    assert (state.step, DocumentsSlots.of(state).industry_asked) == ("industry", False)
