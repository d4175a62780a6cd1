"""Transcripts of what tripped merchants in business information (issue 16)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bot.app import Services
from bot.contracts.verification import verify
from bot.store.tables import Application, Business, Conversation
from tests.business.conftest import INDIVIDUAL, BusinessChat, ScriptedReader, reading
from tests.business.test_journey import fill_details


def choose_and_confirm(chat: BusinessChat) -> None:
    chat.choose("menu:selection")
    chat.say("card")
    chat.choose("sel:done")
    chat.choose("sel:types:")
    chat.choose("sel:pg:card:kcp")
    assert "upload your business registration certificate" in chat.choose("sel:confirm")


def test_no_contradiction_right_after_filing(chat: BusinessChat) -> None:
    """Defect 2: "I've filed 1 application(s)" was followed by "No applications have been
    filed from this conversation yet"."""
    choose_and_confirm(chat)
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    fill_details(chat)
    said = chat.choose("business:finish")
    assert "I've filed the application" in said
    assert "No applications have been filed" not in said
    assert "[APP-1 · NHN KCP]" in said


def test_korean_data_does_not_switch_an_english_merchant_to_korean(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    """Defect 5: a Korean address typed as a correction switched the conversation to Korean
    ("본점 소재지을(를) 고쳤어요.")."""
    chat = BusinessChat(make_services(reader), reader)
    assert "like to do" in chat.say("hello")  # English, detected
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    said = chat.say("address: 서울특별시 종로구 종로 1")
    assert "Updated Business address" in said
    said = chat.say("서울특별시 중구 세종대로 110")  # typed alone, at the check: still data
    assert "고쳤어요" not in said and "확인" not in said
    chat.choose("business:confirm")
    assert "e-mail" in chat.say("010-1234-5678")
    chat.say("ceo@sky.co.kr")
    chat.choose("business:contact_same")
    said = chat.say("하늘쇼핑")  # the service name, in Korean
    assert "web service or an app" in said
    said = chat.say("한국어로 해 주세요")  # a Korean sentence does switch
    assert "한국어" in said or "웹 서비스" in said


def test_a_strangers_unverified_profile_is_not_shown_to_a_verified_user(
    chat: BusinessChat,
) -> None:
    """Defect 6: a stranger typed business information for 124-81-00998 (unverified); the user
    verified for it then saw the stranger's name, phone and e-mail as "already on file"."""
    now = chat.services.engine.clock()
    stranger = {"representative": "남이름", "rep_phone": "010-9999-8888", "rep_email": "x@y.kr"}
    with chat.db.transaction() as session:
        session.add(
            Business(
                business_number="1248100998",
                profile={"reg_no": "1248100998", **stranger},
                upload_id=None,
                finished_by="test:USTRANGER",
                conversation_key="test:USTRANGER",
                finished_at=now,
                updated_at=now,
            )
        )
        verify(session, "test:U1", "124-81-00998", "agent", "test:UAGENT", now)
    chat.say("do we already have a contract? 124-81-00998")
    said = chat.choose("menu:business")
    for value in stranger.values():
        assert value not in said
    assert "already on file" not in said


def test_a_url_without_its_scheme_is_completed(chat: BusinessChat) -> None:
    """Defect 9: "www.kmuyeok.co.kr" was refused ("must start with http://")."""
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    chat.say("010-1234-5678")
    chat.say("ceo@sky.co.kr")
    chat.choose("business:contact_same")
    chat.say("Sky Shop")
    assert "URL" in chat.say("web")
    said = chat.say("www.kmuyeok.co.kr")
    assert "What do you sell" in said
    with chat.db.transaction() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == chat.key)).one()
        assert (
            row.state["slots"]["business"]["fields"]["service_url"] == "https://www.kmuyeok.co.kr"
        )


def test_the_extra_fields_a_pg_needs_are_asked_and_filed(chat: BusinessChat) -> None:
    """Defect 1: "Kakao Pay will also ask for: Delivery and service period" was said, then the
    application was filed without asking it."""
    chat.choose("menu:selection")
    chat.say("card and kakao pay")
    chat.choose("sel:done")
    chat.choose("sel:types:")
    chat.choose("sel:pg:card:inicis")
    summary = chat.choose("sel:pg:kakaopay:kakaopay")
    assert "Delivery and service period" in summary
    assert "service name from your business information" in summary  # KG INICIS: not asked
    asked = chat.choose("sel:confirm")
    assert "Kakao Pay's application needs one more thing: Delivery and service period?" in asked
    said = chat.say("Delivered within 3 days; services for 1 year")
    assert "upload your business registration certificate" in said
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    fill_details(chat)
    filed = chat.choose("business:finish")
    assert "I've filed 2 application" in filed
    with chat.db.transaction() as session:
        rows = {a.pg: a.extra_fields for a in session.scalars(select(Application))}
    assert rows == {
        "inicis": {"website_name_service_name": "Sky Shop"},
        "kakaopay": {"delivery_and_service_period": "Delivered within 3 days; services for 1 year"},
    }


def test_everything_at_once_in_one_message(chat: BusinessChat) -> None:
    """Defect 9: the one-message "fill everything at once" failed in the console
    ("Representative(s): That doesn't look right.")."""
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    asked = chat.choose("business:confirm")
    assert "'label: value' pairs in one message" in asked
    summary = chat.say(
        "mobile: 010-1234-5678, e-mail: ceo@sky.co.kr, service name: Sky Shop, "
        "url: www.sky.co.kr, goods: clothing, monthly volume: under KRW 10 million"
    )
    assert "final check" in summary, summary
    assert "Contact person: 홍길동" in summary
    assert "Service URL: https://www.sky.co.kr" in summary
    assert "Under KRW 10 million" in summary


def test_everything_at_once_one_per_line_in_korean(chat: BusinessChat) -> None:
    chat.say("한국어")
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    summary = chat.say(
        "휴대폰: 010-1234-5678\n이메일: ceo@sky.co.kr\n서비스명: 하늘쇼핑\n"
        "서비스 형태: 앱\n판매 품목: 의류\n월 거래액: 1억 ~ 10억"
    )
    assert "사업자 정보 최종 확인" in summary, summary
    assert "담당자 이름: 홍길동" in summary


def test_one_review_screen_with_fix_n(chat: BusinessChat) -> None:
    """Fewer messages: the final check numbers its rows; "fix N" asks that field alone and
    comes back to the check."""
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    chat.run_jobs()
    chat.choose("business:confirm")
    summary = fill_details(chat)
    row = next(line for line in summary.splitlines() if "Service name:" in line)
    number = row.strip().split(".")[0]
    asked = chat.say(f"fix {number}")
    assert "name of the service" in asked
    assert "Current value: Sky Shop" in asked
    again = chat.say("Sky Mall")
    assert "final check" in again
    assert "Service name: Sky Mall" in again
    assert "representative's mobile" in chat.say("10번 수정")


def test_certificate_first_then_methods_in_one_message(chat: BusinessChat) -> None:
    """Fewer messages: the certificate uploaded first fills the business; then one message
    names methods and PG, one confirms, and the application is filed."""
    sent = 0

    def say(text: str = "", **kwargs: Any) -> str:
        nonlocal sent
        sent += 1
        return chat.say(text, **kwargs)

    say("hello")
    sent += 1
    chat.send_certificate(reading(INDIVIDUAL))  # a file sent at the menu starts business
    chat.run_jobs()
    say("1")  # all correct
    say(
        "mobile: 010-1234-5678, e-mail: ceo@sky.co.kr, service name: Sky Shop, "
        "url: www.sky.co.kr, goods: clothing, monthly volume: under KRW 10 million"
    )
    assert "Choose payment methods" in say("finish")
    summary = say("I'd like card and Kakao Pay with KG Inicis")
    assert "uses your service name, 'Sky Shop', as its website name" in summary
    filed = say("1")
    assert "[APP-1 · KG INICIS]" in filed
    assert sent == 7
