"""Typed at the menu: asking for one's applications shows them, asking to cancel one asks
which, and a question about the cancellation rule is answered, not acted on."""

from __future__ import annotations

import pytest

from bot.app import Services
from dialogs.applications import journey
from dialogs.router import Dialog
from tests.applications.conftest import file_for, filer_flow
from tests.harness import Chat


@pytest.fixture
def menu_chat(services: Services) -> Chat:
    services.engine.dialog = Dialog([journey.build(), filer_flow()])
    chat = Chat(services)
    chat.say("한국어")
    return chat


def test_asking_for_the_status_at_the_menu_shows_the_applications(menu_chat: Chat) -> None:
    file_for(menu_chat)
    menu_chat.say(action="cmd:menu")
    said = menu_chat.say("신청 현황 알려줘")
    assert "NHN KCP" in said and "KG이니시스" in said


def test_asking_to_cancel_at_the_menu_asks_which_application(menu_chat: Chat) -> None:
    file_for(menu_chat)
    menu_chat.say(action="cmd:menu")
    said = menu_chat.say("신청 취소하고 싶어요")
    assert "어떤 신청을 취소할까요" in said


def test_a_question_about_cancelling_is_not_a_cancellation(menu_chat: Chat) -> None:
    file_for(menu_chat)
    menu_chat.say(action="cmd:menu")
    said = menu_chat.say("취소는 언제까지 돼요?")
    assert "어떤 신청을 취소할까요" not in said
