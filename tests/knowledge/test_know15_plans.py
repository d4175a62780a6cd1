"""know15: a capability stated as a plan ("…하려고 하는데요", "planning to …") is asked of the
catalog like a wish; a plan with a process word stays with the FAQ. Sentences written here."""

from __future__ import annotations

import pytest

from knowledge.understand import Kind, load_understanding

PLANS = [
    "토스페이먼츠로 정기결제 하려고 하는데요",
    "KCP로 가상계좌 붙이려고 합니다",
    "We're planning to take Alipay through Eximbay",
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_is_a_capability_question(text: str) -> None:
    assert load_understanding().understand(text).kind is Kind.CATALOG


def test_a_plan_about_the_process_is_not() -> None:
    got = load_understanding().understand("정기결제 신청하려고 하는데 서류 뭐 필요해요")
    assert got.kind is not Kind.CATALOG


def test_one_api_call_for_two_things_is_an_integration_detail() -> None:
    got = load_understanding().understand("KCP: issue a billing key and charge it in one request?")
    assert got.kind is not Kind.CATALOG
