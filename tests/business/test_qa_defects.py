"""What tripped a new merchant trying the business journey in the console (QA round)."""

from __future__ import annotations

from collections.abc import Callable

from bot.app import Services
from tests.business.conftest import INDIVIDUAL, BusinessChat, ScriptedReader, reading
from tests.business.test_journey import fill_details


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


def test_a_business_number_typed_at_the_upload_step_is_not_a_miss(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    """At "사업자등록증을 올려 주세요" a merchant typed "직접 입력할게요", then the number
    "124-81-00998": an FAQ guess about payment windows, then "두 번 연속으로 말씀을 이해하지
    못했어요" and an agent. Both are understood: the number is read from the certificate."""
    chat = BusinessChat(make_services(reader), reader)
    chat.say("안녕하세요")
    assert "사업자등록증을" in chat.choose("menu:business")
    said = chat.say("124-81-00998")
    assert "상담원" not in said and "결제창" not in said
    assert "사업자등록증에서 읽어" in said and "사업자등록증을" in said
    said = chat.say("직접 입력할게요")
    assert "상담원" not in said and "이해하지 못했어요" not in said
    assert "사업자등록증에서 읽어" in said
    said = chat.say("123-45-67890")
    assert "이해하지 못했어요" not in said
    chat.send_certificate(reading(INDIVIDUAL))
    assert "123-45-67891" in chat.run_jobs()  # the certificate's number, not a typed one


def test_a_business_number_typed_at_the_upload_step_in_english(chat: BusinessChat) -> None:
    chat.choose("menu:business")
    said = chat.say("my business number is 124-81-00998")
    assert "agent" not in said.casefold()
    assert "read it from the certificate" in said
    said = chat.say("can I type it in instead?")
    assert "read it from the certificate" in said


def test_a_bare_one_at_the_summary_does_not_file_the_applications(chat: BusinessChat) -> None:
    """The summary card numbers its rows 1-20 ("1. Business registration number …") and says
    "fix 3" picks a row, then offers "1. Finish": a merchant typing "1" to fix the first row
    had the business saved and the applications filed at once. A bare number now asks."""
    chat.choose("menu:selection")
    chat.say("card")
    chat.choose("sel:done")
    chat.choose("sel:types:")
    chat.choose("sel:pg:card:kcp")
    chat.choose("sel:confirm")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    summary = fill_details(chat)
    assert "1. Business registration number" in summary and "1. Finish" in summary
    said = chat.say("1")
    assert "filed" not in said and "saved" not in said
    assert "Business registration number" in said  # which row 1 is, and a way to finish
    said = chat.say("3")  # a bare row number other than 1: that row, as "fix 3"
    assert "filed" not in said
    assert "trade name" in said
    # Changed their mind at the reopened row: "완료" kept the old value, not "Trade name: 완료".
    said = chat.say("완료")
    assert "Trade name: 하늘상사" in said and "filed" not in said
    said = chat.say("finish")
    assert "I've filed the application" in said


def test_done_at_a_reopened_row_keeps_its_value(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    """ "3번 수정" then "그대로 둘게요" stored "그대로 둘게요" as the trade name."""
    chat = BusinessChat(make_services(reader), reader)
    chat.say("안녕하세요")
    at_phone_step(chat)
    chat.say(
        "휴대폰: 010-1234-5678, 이메일: ceo@sky.co.kr, 서비스명: 하늘쇼핑, "
        "URL: www.sky.co.kr, 판매 품목: 의류, 월 거래액: 1천만원 미만"
    )
    assert "상호" in chat.say("3번 수정")
    said = chat.say("그대로 둘게요")
    assert "상호(법인명): 하늘상사" in said and "그대로 둘게요" not in said


def test_a_bare_row_number_at_the_summary_opens_that_row(chat: BusinessChat) -> None:
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    summary = fill_details(chat)
    row = next(line for line in summary.splitlines() if "Service name" in line)
    number = row.strip().split(".")[0]
    assert "name of the service" in chat.say(number)


def test_cancel_mid_business_form_asks_before_wiping(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    """ "취소" after the certificate was read and the phone typed stopped at once ("진행하던
    일을 취소했어요"); coming back asked for the certificate again. Now it asks first."""
    chat = BusinessChat(make_services(reader), reader)
    chat.say("안녕하세요")
    at_phone_step(chat)
    chat.say("010-2222-3333")
    said = chat.say("취소")
    assert "지울까요" in said and "취소했어요" not in said
    said = chat.say("아니요")
    assert "이메일" in said  # back where it was said
    chat.say("취소")
    assert "취소했어요" in chat.say("네")
    assert "사업자등록증을" in chat.choose("menu:business")


def test_cancel_in_english_keeps_on_no(chat: BusinessChat) -> None:
    at_phone_step(chat)
    said = chat.say("cancel")
    assert "Discard" in said
    said = chat.press("No, keep")
    assert "mobile" in said


def test_cancel_before_anything_is_read_stops_at_once(chat: BusinessChat) -> None:
    chat.choose("menu:business")
    assert "stopped" in chat.say("cancel")
