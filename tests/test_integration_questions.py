"""Integration details are FAQ questions, not catalog look-ups.

A developer's question names a PG, a method or a payment type ("엑심베이 pay_method", "빌링키
발급 엔드포인트"), so the catalog reader used to take it and answer with a list of PGs that does
not say what was asked. These check that such questions leave the catalog (the FAQ has entries
for them) while the support questions next to them stay catalog look-ups.
"""

from __future__ import annotations

import pytest

from knowledge.catalog_query import parse

INTEGRATION_DETAILS = [
    "엑심베이 pay_method 뭐 넣어요?",
    "Which pay_method does Paymentwall take?",
    "빌링키 발급 엔드포인트가 어디예요?",
    "정기결제 빌링키 발급 API 호출은 어떻게 해요?",
    "Which endpoint charges a billing key for recurring payments?",
    "웰컴페이먼츠 카드 빌링키 발급하면서 결제되나요?",
    "Can Welcome Payments charge the card while issuing the billing key?",
    "브랜드페이 원화만 돼요?",
    "Is Toss BrandPay KRW only?",
    "KCP 퀵페이 되나요?",
    "헥토 내통장결제 정기 돼요?",
    "이니시스 일본결제 돼요?",
    "Does KG INICIS do Japan payments?",
    "kcp_v2 본인인증 otp 되나요?",
    "본인인증 채널 속성은 어느 PG사?",
]

SUPPORT_QUESTIONS = [
    "카드랑 카카오페이 동시에 되는 PG사 어디예요?",
    "이니시스 정기결제 돼요?",
    "KCP 수기결제 API로 돼요?",
    "which pgs offer subscriptions via api",
    "브랜드페이 되는 PG?",
    "다날 휴대폰결제 정기 되나요?",
]


@pytest.mark.parametrize("question", INTEGRATION_DETAILS)
def test_integration_detail_is_not_a_catalog_question(question: str) -> None:
    assert parse(question) is None


@pytest.mark.parametrize("question", SUPPORT_QUESTIONS)
def test_support_question_stays_a_catalog_question(question: str) -> None:
    assert parse(question) is not None
