"""Issue 15, dlg3 defect 5: natural openers in both languages start the right journey, from
the menu and from the middle of another journey. Before: "사업자 정보 수정하고 싶어요" and
"간편결제 추가하고 싶어요" got the menu again, "I want to register my business details" and
"I'd like to see my applications" started a new payment application, "서류 목록 보여주세요"
listed applications instead of the documents checklist."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)
OPENERS = pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("사업자번호로 계약 있는지 확인하고 싶어요", "contracts"),
        ("I'd like to check my existing contracts", "contracts"),
        ("서류 뭐 내야 되는지 보려고요", "documents"),
        ("기존 계약 조회하고 싶어요", "contracts"),
        ("우리 회사 PG 계약 돼 있는지 궁금해요", "contracts"),
        ("do we already have a contract with a PG?", "contracts"),
        ("check contracts for my business number", "contracts"),
        ("필요 서류 알려주세요", "documents"),
        ("제출 서류 확인하려고요", "documents"),
        ("which documents should I prepare?", "documents"),
        ("I need the document checklist", "documents"),
        ("카드결제 붙이고 싶어요", "selection"),
        ("결제 연동 신청하고 싶은데요", "selection"),
        ("I'd like to add card payments to my site", "selection"),
        ("sign up for payments", "selection"),
        ("사업자등록증 등록하려고요", "business"),
        ("사업자 정보 수정하고 싶어요", "business"),
        ("I want to register my business details", "business"),
        ("신청 진행상황 보고 싶어요", "applications"),
        ("check the status of my application", "applications"),
        ("신청한 거 취소하고 싶어요", "applications"),
        ("I'd like to see my applications", "applications"),
        ("간편결제 추가하고 싶어요", "selection"),
        ("서류 준비하려는데요", "documents"),
        ("계약 여부 확인 부탁드려요", "contracts"),
        ("PG 계약 돼 있는지 봐 주세요", "contracts"),
        ("is there already a contract for our business?", "contracts"),
        ("우리 가맹점 번호 있는지 알고 싶어요", "contracts"),
        ("서류 목록 보여주세요", "documents"),
        ("what paperwork do you need from me?", "documents"),
        ("결제 붙이려고 하는데요", "selection"),
        ("네이버페이 쓰고 싶어요", "selection"),
        ("we want to accept credit cards", "selection"),
        ("I'd like to start accepting payments online", "selection"),
        ("사업자등록증 보낼게요", "business"),
        ("update my business information", "business"),
        ("대표자 정보 바꾸고 싶어요", "business"),
        ("내 신청 내역 보여줘", "applications"),
        ("show my applications", "applications"),
        ("신청 상태 확인하고 싶어요", "applications"),
        ("any update on my application?", "applications"),
        ("계약돼 있는 PG사 알고 싶어요", "contracts"),
        ("기존에 쓰던 PG 있는지 확인 좀 해주세요", "contracts"),
        ("저희 사업자로 계약된 거 있나 봐주세요", "contracts"),
        ("can you check whether we have any PG contracts?", "contracts"),
        ("look up my contracts", "contracts"),
        ("온라인 결제 시작하려고요", "selection"),
        ("카카오페이랑 네이버페이 달고 싶어요", "selection"),
        ("결제 서비스 가입하고 싶습니다", "selection"),
        ("we'd like to start taking card payments", "selection"),
        ("I want to set up payments for my shop", "selection"),
        ("사업자등록증 첨부할게요", "business"),
        ("사업자 정보 넣을게요", "business"),
        ("let me upload the business registration certificate", "business"),
        ("I'll send you my certificate", "business"),
        ("신청 현황 좀 알려주세요", "applications"),
        ("접수된 신청 상태 보고 싶어요", "applications"),
        ("what's the status of my application", "applications"),
        ("서류 목록 알려주세요", "documents"),
        ("필요한 서류가 뭔지 알려주세요", "documents"),
        ("what do I need to submit?", "documents"),
    ],
)


def _flow_after(state: ConversationState, text: str) -> str:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS).state.flow


@OPENERS
def test_an_opener_at_the_menu_starts_its_journey(text: str, flow: str) -> None:
    assert _flow_after(ConversationState(), text) == flow


@OPENERS
def test_an_opener_in_another_journey_starts_its_journey(text: str, flow: str) -> None:
    assert _flow_after(ConversationState(flow="documents", step="industry"), text) == flow


@pytest.mark.parametrize(
    ("text", "not_flow"),
    [
        ("카드 결제는 어떻게 신청해요?", "selection"),
        ("how do I accept payments with KakaoPay?", "selection"),
        ("사업자 정보는 왜 필요해요?", "business"),
        ("계약 기간이 있나요?", "contracts"),
        ("결제 취소하고 싶어요", "selection"),
        ("이미 고른 PG 확인할래요", "contracts"),
        ("현재 PG 확인 중인가요?", "contracts"),
    ],
)
def test_a_question_about_it_does_not_start_it(text: str, not_flow: str) -> None:
    assert _flow_after(ConversationState(), text) != not_flow
