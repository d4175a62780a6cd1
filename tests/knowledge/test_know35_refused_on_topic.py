"""know35: the desk's own subject asked with a word an out_of_scope rule refuses is answered;
the refusal word's own topic is still refused (knowledge/scope.py's ``desk_subject``).
Sentences written for this file, not taken from any question set or held-out file."""

from __future__ import annotations

import pytest

from knowledge.scope import desk_subject
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("넌 뭐 할 수 있는 봇이야?", "assistant_scope"),
        ("are you a bot? what can you do for me", "assistant_scope"),
        ("can a simplified VAT taxpayer apply", "simplified_taxpayer"),
        ("부가세 간이과세자도 신청 가능한가요", "simplified_taxpayer"),
        ("슬랙 알림으로 신청 상태 바뀌는 거 알 수 있어요?", "status_updates"),
    ],
)
def test_the_desks_subject_is_answered_despite_a_refusal_word(text: str, entry: str) -> None:
    found = load_understanding().understand(text)
    assert found.kind is Kind.FAQ
    assert found.entry_id == entry


@pytest.mark.parametrize(
    "text",
    [
        "간이과세자는 부가세 신고를 언제 해요?",
        "how do I file my vat return as a simplified taxpayer",
        "are you a robot? tell me a joke",
        "PG사 연동해줄 외주 개발자 추천해주세요",
        "슬랙 알림 끄는 법",
        "환불 정책 작성해 주세요",
        "사업자등록증 받았는데 부가세는 어떻게 내요?",
        "면세사업자는 부가세 면제 조건이 뭔가요",
        "취업비자 신청하려면 뭐 해야 돼요?",
        "can you give me legal advice about the PG contract?",
        "택배 회사랑 계약 끝나면 다음엔 뭐 해요?",
        "인스타 광고 심사 결과 언제 나와요",
        "상표 등록 서류는 뭐가 필요해요?",
    ],
)
def test_the_refusal_words_own_topic_is_still_refused(text: str) -> None:
    assert load_understanding().understand(text).kind is Kind.NONE


def test_the_desk_subject_needs_a_subject_and_no_own_topic_ask() -> None:
    assert desk_subject("전자결제 신청해도 돼요?")
    assert not desk_subject("오늘 날씨 어때")
    assert not desk_subject("사업자등록증 있는데 부가세 신고는 어떻게 해요")
