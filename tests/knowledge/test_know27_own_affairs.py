"""know27: the merchant's own application and contracts (knowledge/own_affairs.py). Asking where
one's application is, or what one's MID or contract is, is answered by the entry that says where
it is looked up; the general questions that share the words (what a status means, what a MID is,
when it is issued, reusing or adding one) keep their entries. Sentences written for this file,
not taken from any question set."""

from __future__ import annotations

import pytest

from knowledge.own_affairs import CONTRACT_ENTRY, STATUS_ENTRY, own_affair
from knowledge.understand import Kind, load_understanding

OWN = [
    ("APP-44 지금 상태 알려주세요", STATUS_ENTRY),
    ("where is APP-5 at?", STATUS_ENTRY),
    ("제 신청서 지금 어디까지 갔어요?", STATUS_ENTRY),
    ("how is our application going", STATUS_ENTRY),
    ("우리 신청서 제출됐나요?", STATUS_ENTRY),
    ("우리 신청 건 상태가 어떻게 돼요?", STATUS_ENTRY),
    ("상태 알림 구독 끊고 싶어요", STATUS_ENTRY),
    ("please unsubscribe me from APP-8", STATUS_ENTRY),
    ("저희 이니시스 상점아이디가 뭐였는지 기억이 안 나요", CONTRACT_ENTRY),
    ("what was our merchant id at Toss?", CONTRACT_ENTRY),
    ("우리 회사 나이스 계약 아직 유효한가요?", CONTRACT_ENTRY),
    ("do we have a contract with Danal already?", CONTRACT_ENTRY),
    ("전에 KCP랑 계약했었는데 지금도 살아 있는지 궁금해요", CONTRACT_ENTRY),
    # the look-up itself: who sees contract details, how many look-ups an hour
    ("사업자번호 조회 하루에 몇 번까지 돼요?", CONTRACT_ENTRY),
    ("who can see the contract details of our business?", CONTRACT_ENTRY),
    ("it told me I hit the lookup limit", CONTRACT_ENTRY),
]

GENERAL: list[tuple[str, str | None]] = [
    ("신청 상태는 어떤 단계들이 있나요?", "status_overview"),
    ("what does contract guidance status mean for my application", "status_contract_guidance"),
    ("my application was rejected, why?", "status_rejected"),
    ("how long will our application take?", "timeline"),
    ("When will we get our MID from Danal?", "danal_mid_timing"),
    ("MID가 뭐예요?", "what_is_mid"),
    ("기존에 쓰던 상점아이디 그대로 포트원에 연결할 수 있어요?", "mid_reuse"),
    ("we'd like an additional MID for our second brand", "add_methods_later"),
    ("신청 후 상태 종류가 뭐뭐 있어요?", "status_overview"),
    ("Do we have to sign a contract with each PG?", "multiple_pgs"),
    ("카드사 심사 조회는 어디서 해요?", "card_review_lookup"),
    ("올린 파일 다른 사람이 볼 수 있어요?", "upload_privacy"),
    ("is there a list of all application status values?", None),
]


@pytest.mark.parametrize(("text", "entry"), OWN)
def test_own_affair_is_answered_with_where_to_look_it_up(text: str, entry: str) -> None:
    assert own_affair(text) == entry
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == entry


@pytest.mark.parametrize(("text", "entry"), GENERAL)
def test_general_question_with_the_same_words_keeps_its_entry(text: str, entry: str | None) -> None:
    assert own_affair(text) is None
    got = load_understanding().understand(text)
    # (None: the retriever asks back between general entries; never the own-affair answers)
    assert got.entry_id == entry


def test_a_status_named_in_an_own_question_is_that_status() -> None:
    # "제 신청이 계약진행인데": the status is named, its own entry says what to do at it
    got = load_understanding().understand("제 신청 상태가 계약 진행으로 바뀌었는데 뭐 해야 돼요?")
    assert got.entry_id == "status_contract_progress"
