"""know18: questions that name a catalog slot but do not ask which PG offers it go to the FAQ
(knowledge/catalog_query.py). Sentences written for this test, none from a development set."""

from __future__ import annotations

import pytest

from knowledge import catalog_query
from knowledge.understand import Kind, load_understanding

# A payment type's word alone, nothing asked of PGs: what it is.
# A detail of using a method (a field filled ahead, what the buyer hands over): how it works.
NOT_CATALOG = [
    "빌링 키??",
    "a billing key?",
    "본인인증 창에서 이름을 미리 지정해 둘 수 있나요",
    "휴대폰 인증할 때 통신사를 미리 골라 놓을 수 있어요?",
    "키인 결제 때 손님한테 카드 관련해서 뭘 받아야 되나요",
]

# The same words asking which PG offers the thing: still the catalog's.
CATALOG = [
    # (subscriptions in general are the subscription PGs' entry since know27; a PG or a mode
    # named keeps them the catalog's)
    "KCP 빌링키 되나요?",
    "which PGs issue billing keys through the API",
    "휴대폰 본인인증 되는 곳 있나요",
    "키인 결제 되는 pg 있어요?",
    "we want recurring billing with NICE",
]


@pytest.mark.parametrize("text", NOT_CATALOG)
def test_not_a_capability_question(text: str) -> None:
    assert catalog_query.parse(text) is None
    assert not catalog_query.capability_question(text)
    assert load_understanding().understand(text).kind is not Kind.CATALOG


@pytest.mark.parametrize("text", CATALOG)
def test_still_a_capability_question(text: str) -> None:
    assert load_understanding().understand(text).kind is Kind.CATALOG


def test_a_bare_billing_key_gets_the_explainer() -> None:
    got = load_understanding().understand("a billing key?")
    assert (got.kind, got.entry_id) == (Kind.FAQ, "subscription_vs_keyin")


# Sources that disagree are why a capability is asked again, not a comparison.
@pytest.mark.parametrize(
    "text",
    [
        "KCP 정기결제 되나요? 블로그마다 말이 달라서요",
        "does NICE do key-in? the docs contradict each other",
    ],
)
def test_disagreeing_sources_leave_a_capability_question(text: str) -> None:
    assert load_understanding().understand(text).kind is Kind.CATALOG


def test_a_difference_asked_is_still_no_capability_question() -> None:
    # "달라" about two things, no sources named: a comparison, the FAQ's
    assert catalog_query.parse("KCP 정기결제랑 이니시스 정기결제 뭐가 달라요") is None
