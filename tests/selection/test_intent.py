"""Methods named at the menu start the selection with them; questions stay with the FAQ."""

from __future__ import annotations

import pytest

from bot.app import journeys
from dialogs.router import Dialog
from dialogs.selection.intent import is_method_request
from tests.selection.talk import Talk


def menu_talk() -> Talk:
    talk = Talk()
    talk.dialog = Dialog(journeys())  # the real menu, with its free-text intents
    return talk


@pytest.mark.parametrize(
    "text", ["카드랑 카카오페이 신청하고 싶어요", "카드, 네이버페이", "I'd like card and Naver Pay"]
)
def test_named_methods_are_a_request(text: str) -> None:
    assert is_method_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "카드 결제는 어떻게 신청해요?",
        "카카오페이 수수료가 얼마예요",
        "how do I add kakao pay?",
        "기존 계약 확인해 주세요",
        "안녕하세요",
    ],
)
def test_questions_and_other_messages_are_not(text: str) -> None:
    assert not is_method_request(text)


def test_the_menu_starts_the_selection_with_the_named_methods() -> None:
    talk = menu_talk()
    answer = talk.say("카드랑 카카오페이 신청하고 싶어요")
    assert talk.state.flow == "selection"
    assert set(talk.chosen) == {"card", "kakaopay"}
    assert "신용카드" in answer
    assert "카카오페이" in answer


def test_back_from_there_returns_to_the_menu() -> None:
    talk = menu_talk()
    talk.say("카드 신청할게요")
    talk.say("뒤로")
    assert talk.state.flow == "menu"
