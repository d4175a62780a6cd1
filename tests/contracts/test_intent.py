"""Which free-text messages at the menu are questions about existing contracts."""

from __future__ import annotations

import pytest

from dialogs.contracts.answer import pgs_named
from dialogs.contracts.intent import is_contract_question


@pytest.mark.parametrize(
    "text",
    [
        "기존 계약 있는지 확인해 주세요",
        "KCP 계약 있나요?",
        "이미 이니시스랑 계약했는지 궁금해요",
        "저희 계약 여부 조회 부탁드려요",
        "MID 있는지 봐 주세요",
        "do we already have a KCP contract?",
        "Do I have any existing contracts?",
        "check our contracts please",
        "are there any KG Inicis contracts for us",
        "contract lookup",
    ],
)
def test_contract_questions(text: str) -> None:
    assert is_contract_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "계약 기간이 있나요?",
        "계약서는 어떻게 보내요?",
        "How do I cancel a contract?",
        "what documents does the contract need",
        "카드 결제 신청하고 싶어요",
        "hello",
    ],
)
def test_other_messages(text: str) -> None:
    assert not is_contract_question(text)


def test_pgs_named_in_a_question() -> None:
    assert pgs_named("do we already have a KCP contract?") == ["kcp"]
    assert set(pgs_named("토스 계약 있어요?")) >= {"tosspayments", "tosspay"}
    # "nice" alone may be the English word: it does not filter.
    assert pgs_named("nice, do we have any contracts?") == []
