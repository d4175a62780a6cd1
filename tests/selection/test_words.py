"""The few words the selection journey reads beyond method and PG names."""

from __future__ import annotations

import pytest

from dialogs.selection import words
from dialogs.selection.words import Intent
from knowledge.catalog import MethodCategory, PaymentType


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("카카오페이 빼 주세요", Intent.REMOVE),
        ("카카오페이빼주세요", Intent.REMOVE),
        ("remove kakao pay", Intent.REMOVE),
        ("add naver pay", Intent.ADD),
        ("네이버페이도 추가해 주세요", Intent.ADD),
        ("change the PG for card", Intent.CHANGE),
        ("카드 PG 바꿀래요", Intent.CHANGE),
        ("다 골랐어요", Intent.DONE),
        ("that's all", Intent.DONE),
        ("신청할게요", Intent.CONFIRM),
        ("looks good", Intent.CONFIRM),
        ("view all", Intent.TABLE),
        ("전체 PG사 보여 주세요", Intent.TABLE),
    ],
)
def test_intents(text: str, intent: Intent) -> None:
    assert words.says(text, intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I know", Intent.NO),  # "no" inside a word is not a no
        ("card and naver pay", Intent.ADD),
        ("대표자", Intent.TABLE),
        ("카드", Intent.REMOVE),
    ],
)
def test_no_false_intents(text: str, intent: Intent) -> None:
    assert not words.says(text, intent)


def test_yes_and_no_are_whole_answers() -> None:
    assert words.is_answer("네", Intent.YES)
    assert words.is_answer("Yes please", Intent.YES)
    assert words.is_answer("아니요", Intent.NO)
    assert not words.is_answer("네이버페이", Intent.YES)


def test_payment_types_and_categories() -> None:
    assert words.payment_types("카드 정기결제도 필요해요") == [PaymentType.SUBSCRIPTION]
    assert words.payment_types("subscription and key-in") == [
        PaymentType.SUBSCRIPTION,
        PaymentType.KEYIN,
    ]
    assert words.payment_types("카드랑 카카오페이") == []
    assert words.category("간편결제") is MethodCategory.EASY_PAY
    assert words.category("Overseas payments") is MethodCategory.OVERSEAS
    assert words.category("간편결제로 카카오페이") is None
