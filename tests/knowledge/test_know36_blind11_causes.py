"""know36: causes of blind set 11's misses, as rules about merchants' language. The support
desk's hours, moving about in the chat, the Slack thread, ending a PG contract (해지 /
terminate) and a dashboard's second factor. Sentences written for this file, not taken from
any question set or held-out file."""

from __future__ import annotations

import pytest

from knowledge.understand import Kind, load_understanding


def _answer(text: str) -> tuple[Kind, str | None]:
    found = load_understanding().understand(text)
    return found.kind, found.entry_id


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("상담 운영시간 좀 알려주세요", "agent_hours"),
        ("공휴일에도 상담 되나요?", "agent_hours"),
        ("what are your business hours", "agent_hours"),
        ("이전 단계로 되돌아가고 싶어", "chat_commands"),
        ("how do I step back to the last question", "chat_commands"),
        ("이 스레드 다른 사람이 보면 어떡해요", "thread_who_can_act"),
        ("PG사와의 계약을 해지하면 어떻게 되나요", "status_contract_cancelled"),
        ("how to terminate the contract with the PG", "status_contract_cancelled"),
    ],
)
def test_the_cause_is_answered_by_its_entry(text: str, entry: str) -> None:
    assert _answer(text) == (Kind.FAQ, entry)


@pytest.mark.parametrize(
    "text",
    [
        # a day off with no answering named is a payout's or a payment's day, not the desk's
        "주말에 들어온 결제는 언제 정산돼요?",
        "do refunds go through on weekends?",
        # a teammate added to a dashboard account is the console's, not the Slack thread's
        "how can I invite a colleague to our console account",
        # a dashboard's second factor, switched off or on
        "2차 인증 비활성화하는 방법",
        "how do I turn off OTP for the admin login",
    ],
)
def test_the_neighbouring_question_is_still_refused(text: str) -> None:
    assert _answer(text)[0] is Kind.NONE


def test_cancelling_an_application_is_still_its_own_entry() -> None:
    assert _answer("신청한 거 취소할래요") == (Kind.FAQ, "cancel_application")
