"""What tripped a new merchant trying the business journey in the console (QA round)."""

from __future__ import annotations

from collections.abc import Callable

from bot.app import Services
from tests.business.conftest import INDIVIDUAL, BusinessChat, ScriptedReader, reading


def at_phone_step(chat: BusinessChat) -> None:
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    assert "010-1234-5678" in chat.choose("business:confirm")


def test_a_short_mobile_number_is_not_told_to_start_with_010(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    """'010-1234-567' got "휴대폰번호가 아니에요. 010으로 시작하는 번호를 적어 주세요." though it
    starts with 010: the merchant could not tell what was wrong."""
    chat = BusinessChat(make_services(reader), reader)
    chat.say("안녕하세요")
    at_phone_step(chat)
    said = chat.say("010-1234-567")
    assert "010으로 시작하는" not in said
    assert "010-1234-5678" in said and "자리" in said
    assert "이메일" in chat.say("010-1234-5678")


def test_a_short_mobile_number_in_english(chat: BusinessChat) -> None:
    at_phone_step(chat)
    said = chat.say("010-1234-567")
    assert "starting with 010" not in said
    assert "11 digits" in said
