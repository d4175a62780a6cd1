"""know27: a long message is read for its question (knowledge/understand.py): clauses that two
different entries answer are asked back ("A or B?"), and when no clause pair is answered the
sentence that asks is read alone; a near tie there is asked back too, never nothing. Sentences
written for this file, not taken from any question set."""

from __future__ import annotations

from knowledge.understand import Kind, load_understanding


def test_a_story_with_two_asks_is_asked_back() -> None:
    text = (
        "안녕하세요 저희는 작은 떡집을 하는데요 이번에 온라인 주문을 받으려고 해요. "
        "근데 카드사 심사는 얼마나 걸리는지 모르겠고요. 그리고 보증보험은 꼭 들어야 하나요?"
    )
    got = load_understanding().understand(text)
    assert got.kind is Kind.CLARIFY
    assert {h.entry_id for h in got.clarify} == {"card_review", "guarantee_insurance"}


def test_a_story_with_one_ask_is_answered() -> None:
    text = (
        "we're a tiny studio selling prints online, been doing bank transfers by hand for a "
        "year and it's a mess. our designer says we need a proper gateway. anyway, is there a "
        "sign-up fee or an annual fee?"
    )
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == "fees"


def test_a_short_message_is_not_split() -> None:
    got = load_understanding().understand("가입비 있어요?")
    assert got.entry_id == "fees"
