"""Issue 15 item 5: intents that start the application from free text, with several answers
in one message and PG names misspelt."""

from __future__ import annotations

import pytest

from dialogs.replies import CardReply
from dialogs.selection.intent import is_opener
from dialogs.selection.typos import find_pgs
from knowledge.language import Lang
from tests.selection.test_intent import menu_talk


@pytest.mark.parametrize(
    "text",
    [
        "전자결제 신청하려고요",
        "결제수단 신청할래요",
        "결제 신청하고 싶어요",
        "PG 신청",
        "I want to apply",
        "I'd like to apply for online payments",
        "apply",
        "get started",
    ],
)
def test_natural_openers_start_the_application(text: str) -> None:
    assert is_opener(text)
    talk = menu_talk()
    said = talk.say(text)
    assert talk.state.flow == "selection", said
    assert talk.step == "methods"


@pytest.mark.parametrize(
    "text",
    [
        "신청 현황 보여 주세요",
        "신청 취소하고 싶어요",
        "어떻게 신청해요?",
        "how do I apply?",
        "can I apply for card?",
        "I want to cancel my application",
    ],
)
def test_status_cancel_and_questions_are_not_openers(text: str) -> None:
    assert not is_opener(text)


@pytest.mark.parametrize(
    ("text", "pg"),
    [
        ("니이시스", "inicis"),
        ("니이시스로 해 주세요", "inicis"),
        ("kg inicsi", "inicis"),
        ("ksnte", "ksnet"),
        ("스마트러로", "smartro"),
    ],
)
def test_misspelt_pg_names_are_recognised(text: str, pg: str) -> None:
    assert find_pgs(text).values == [pg]


@pytest.mark.parametrize("text", ["신용카드", "정기결제", "카드로 할게요", "네", "결제수단"])
def test_words_that_are_no_pg_stay_so(text: str) -> None:
    assert find_pgs(text).values == []


def test_methods_and_pg_in_one_message_reach_the_summary() -> None:
    talk = menu_talk()
    talk.say("카드랑 카카오페이 이니시스로 신청하고 싶어요")
    assert talk.state.flow == "selection"
    assert talk.step == "summary"
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert talk.reply(CardReply).rows == [("KG이니시스", "신용카드, 카카오페이")]


def test_a_misspelt_pg_and_a_payment_type_in_one_message() -> None:
    talk = menu_talk()
    talk.say("카드랑 카카오페이, 니이시스로 카드 정기결제도 할게요")
    assert talk.step == "summary"
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert talk.types("card") == ["subscription"]
    assert talk.types("kakaopay") == []


def test_in_english_too() -> None:
    talk = menu_talk()
    talk.state.lang = Lang.EN
    said = talk.say("I'd like card and Kakao Pay with KG Inicis")
    assert talk.step == "summary", said
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}


def test_a_named_pg_that_cannot_take_a_method_leaves_it_to_be_asked() -> None:
    talk = menu_talk()
    said = talk.say("카드랑 네이버페이 다날로 신청할게요")
    assert talk.step == "pgs", said
    assert talk.chosen == {"card": "danal", "naverpay": None}
    assert "다날: 네이버페이" in said  # why not, then the question


def test_selection_started_by_button_takes_several_answers_too() -> None:
    talk = menu_talk()
    talk.choose("menu:selection")
    talk.say("카드, 가상계좌는 KCP로")
    assert talk.step == "summary"
    assert talk.chosen == {"card": "kcp", "vbank": "kcp"}


def test_an_application_asked_for_in_another_journey_starts_it() -> None:
    talk = menu_talk()
    talk.choose("menu:business")
    assert talk.state.flow == "business"  # asked for the certificate
    said = talk.say("카드랑 카카오페이 이니시스로 신청하고 싶어요")
    assert talk.state.flow == "selection", said
    assert talk.step == "summary"
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}


def test_identity_verification_by_phone_is_not_phone_billing() -> None:
    talk = menu_talk()
    talk.state.lang = Lang.EN
    talk.say("card and identity verification by phone with Danal")
    assert set(talk.chosen) == {"card", "identity_phone"}
    talk = menu_talk()
    talk.say("카드랑 휴대폰 결제 다날로 신청할게요")  # phone billing named outright stays
    assert set(talk.chosen) == {"card", "phone"}
