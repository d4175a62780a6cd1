"""know30: a long message is read for its ask (knowledge/long_message.py): the sentence that asks
is weighed above the story around it. Sentences written for this file, not taken from any
question set or held-out file."""

from __future__ import annotations

from knowledge import long_message
from knowledge.understand import Kind, load_understanding


def test_sentences_end_at_korean_endings_not_inside_words() -> None:
    text = "카드 계좌이체 가상계좌 다 되는 곳 찾고 있어요 둘다 되면 좋겠는데 어디가 되나요?"
    assert long_message.sentences(text) == [
        "카드 계좌이체 가상계좌 다 되는 곳 찾고 있어요",
        "둘다 되면 좋겠는데 어디가 되나요?",
    ]


def test_a_code_with_a_dot_is_not_a_sentence_end() -> None:
    parts = long_message.sentences("our old code says pg: 'html5_inicis.MID' there. is it fine?")
    assert parts == ["our old code says pg: 'html5_inicis.MID' there.", "is it fine?"]


def test_the_asking_sentences_are_found_and_the_story_is_the_rest() -> None:
    reading = long_message.read(
        "We sell dried flowers online. Our bank transfers are a mess. Could you walk me through it?"
    )
    assert reading is not None
    assert reading.ask_texts == ["Could you walk me through it?"]
    assert reading.story == "We sell dried flowers online. Our bank transfers are a mess."


def test_a_short_message_is_no_long_message() -> None:
    assert long_message.read("가입비 있어요? 연회비는요?") is None


def test_a_request_from_the_start_is_told_from_one_about_doing_it_again() -> None:
    assert long_message.from_the_start("처음부터 차근차근 알려주실 수 있을까요")
    assert long_message.from_the_start("can you walk me through it?")
    assert not long_message.from_the_start("처음부터 다시 신청해야 하나요?")
    assert not long_message.from_the_start("처음부터 끝까지 몇 주 걸려요?")


def test_a_walk_through_request_after_a_story_gets_the_application_steps() -> None:
    text = (
        "We're a tiny candle shop that only sold at markets until now. I've got no clue where "
        "to begin with any of this, could you walk me through it?"
    )
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == "how_to_apply"


def test_a_story_sentence_is_no_second_question() -> None:
    # "저 개인사업자에요" reads like the documents entry; it says who asks, not what
    got = load_understanding().understand(
        "정산 계좌를 남편 명의 통장으로 받아도 되나요? 저 개인사업자에요"
    )
    assert got.kind is Kind.FAQ
    assert got.entry_id == "settlement_account"


def test_the_first_ask_is_answered_when_the_whole_message_agrees() -> None:
    text = (
        "we sell e-cigarettes online, is that on the risky industry list? will the card "
        "companies refuse us?"
    )
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == "risky_industry"


def test_two_asks_about_different_things_are_asked_back() -> None:
    got = load_understanding().understand(
        "KCP 본인인증은 어떻게 신청해요? 그리고 계약 끝나면 연동은 어떻게 하나요?"
    )
    assert got.kind is Kind.CLARIFY
    assert {h.entry_id for h in got.clarify} == {"identity_verification", "integration_after"}


def test_a_long_message_that_asks_nothing_on_topic_stays_unanswered() -> None:
    text = (
        "우리 매장에서 쓸 카드 단말기를 알아보고 있어요. 요즘 단말기 임대료가 너무 "
        "비싸더라고요. 싸게 설치하는 방법 없을까요?"
    )
    got = load_understanding().understand(text)
    assert not got.answered
