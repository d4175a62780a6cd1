"""Telling a question from a value typed at a step."""

import pytest

from knowledge.questions import carries_value, looks_like_question


@pytest.mark.parametrize(
    "text",
    [
        "카드사 심사는 얼마나 걸려요?",
        "카드사 심사는 얼마나 걸려요",
        "정산 주기가 어떻게 되나요",
        "서비스명 어딨어요",
        "정산 주기 뭐에요",
        "이거 되요",
        "수수료 얼마에요",
        "메모는 몇 자까지 쓸 수 있어요",
        "서류 목록 알려주세요",
        "how long does approval take",
        "how long does approval take?",
        "what is a MID",
        "can I pay by card",
        "is there a fee",
        "tell me about fees",
    ],
)
def test_questions(text: str) -> None:
    assert looks_like_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "홍길동",
        "김하나",
        "이유니",
        "서울특별시 강남구 테헤란로 123, 4층",
        "서울 중구 을지로2가 11",
        "What A Shop",
        "Can Do Mart",
        "How To Cook Korea",
        "어떻게든 마켓",
        "010-1234-5678",
        "hong@example.com",
        "https://shop.example.com",
        "의류, 잡화, 화장품",
        "빠른 처리 부탁드립니다",
        "카드랑 카카오페이",
        "KCP로 할게요",
        "",
    ],
)
def test_values(text: str) -> None:
    assert not looks_like_question(text)


@pytest.mark.parametrize(
    ("text", "carries"),
    [
        ("124-81-00998 계약 있나요?", True),
        ("제 메일 kim@example.com 맞나요?", True),
        ("https://shop.example.com 이거 되나요?", True),
        ("카드사 심사 2주 걸려요?", False),
        ("메모 100자까지 되나요?", False),
    ],
)
def test_a_question_may_carry_a_value(text: str, carries: bool) -> None:
    assert carries_value(text) is carries
