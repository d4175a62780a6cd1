"""know27: near entries that a word of the question decides (knowledge/close_pairs.py), and a
question for the PGs of subscriptions in general (knowledge/catalog_query.py
``bare_subscription_list``). Sentences written for this file, not taken from any question set."""

from __future__ import annotations

import pytest

from knowledge import catalog_query
from knowledge.understand import Kind, load_understanding, named_stage

NEAR = [
    # where a number is printed on the certificate is its fields, not why it fails
    ("개업연월일은 등록증 어디에 나와 있어요?", "certificate_fields"),
    ("법인등록번호는 등록증 어디쯤 적혀 있나요", "certificate_fields"),
    ("where is the business number printed on the certificate", "certificate_fields"),
    ("법인번호 검증번호 계산 어떻게 해요", "invalid_corporate_number"),
    # the reading got a value wrong, before submitting: the OCR's entry
    ("the text recognition misread our address", "certificate_ocr"),
    ("인식된 상호명이 틀리게 들어갔어요", "certificate_ocr"),
    ("제출 후에 상호를 바꾸고 싶어요", "change_business_info"),
    # another MID is added, one held elsewhere is reused
    ("사이트를 하나 더 만들어서 MID가 추가로 필요해요", "add_methods_later"),
    ("we'd like an additional MID for our second brand", "add_methods_later"),
    ("기존 상점아이디 그대로 재사용 가능해요?", "mid_reuse"),
    # the representative changed since the contract
    (
        "our representative changed after we signed with KCP, is the contract still ok?",
        "change_business_info",
    ),
]


@pytest.mark.parametrize(("text", "entry"), NEAR)
def test_the_word_that_decides_picks_the_entry(text: str, entry: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == entry


@pytest.mark.parametrize(
    "text",
    [
        "정기결제 지원하는 pg사는 어디예요?",
        "which payment gateways can do subscriptions?",
        "빌링키 발급 가능한 pg 어디 있어요",
        "정기결제 하려고 하는데 어디 pg로 해야돼요?",
    ],
)
def test_the_pgs_of_subscriptions_in_general_are_the_entry(text: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == catalog_query.SUBSCRIPTION_LIST_ENTRY


@pytest.mark.parametrize(
    "text",
    [
        "KCP에서 정기결제 돼요?",  # a PG named: its row
        "which pgs do recurring billing through the API",  # a mode named: the rows of it
        "카카오페이로 정기결제 받을 수 있는 pg는요?",  # a method named
        "키인 결제 되는 pg 목록",  # key-in's list is the catalog's
    ],
)
def test_a_subscription_question_that_names_more_is_the_catalog(text: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.CATALOG


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "our status changed from received by the PG to contract guidance",
            "status_contract_guidance",
        ),
        ("상태가 신청접수에서 계약진행으로 넘어갔어요", "status_contract_progress"),
        ("계약안내랑 계약진행 차이가 뭐예요", None),  # two statuses compared, no move
    ],
)
def test_a_move_between_two_statuses_names_the_one_moved_to(text: str, stage: str | None) -> None:
    assert named_stage(text) == stage


def test_a_tie_with_the_named_status_is_that_status() -> None:
    text = "we've been sitting at contract in progress for ten days, what are they waiting on?"
    got = load_understanding().understand(text)
    assert (got.kind, got.entry_id) == (Kind.FAQ, "status_contract_progress")
