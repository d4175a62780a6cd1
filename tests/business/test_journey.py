"""The business journey as merchants go through it: certificate, check, details, finish."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.store.tables import Application, Business, Job, Verification
from dialogs.replies import FormReply
from tests.business.conftest import INDIVIDUAL, BusinessChat, ScriptedReader, reading


def fill_details(chat: BusinessChat) -> str:
    assert "e-mail address" in chat.say("010-1234-5678")
    assert "contact person" in chat.say("ceo@Sky.CO.KR")
    assert "name of the service" in chat.choose("business:contact_same")
    assert "web service or an app" in chat.say("Sky Shop")
    assert "URL" in chat.say("web")
    assert "What do you sell" in chat.say("https://shop.example.com")
    assert "monthly transaction volume" in chat.say("clothing")
    assert "note for PortOne" in chat.say("1")
    return chat.say("none")


def to_check(chat: BusinessChat) -> str:
    assert "upload your business registration certificate" in chat.choose("menu:business")
    assert "Reading your certificate" in chat.send_certificate(reading(INDIVIDUAL))
    return chat.run_jobs()


def test_happy_path_saves_and_verifies(chat: BusinessChat) -> None:
    card = to_check(chat)
    assert "Read from your certificate" in card
    assert "123-45-67891" in card
    assert "하늘상사" in card
    assert "Individual business" in card
    assert "1985-07-21" in card
    asked = chat.press("All correct")
    assert "use this form" in asked  # the whole form offered once
    assert "representative's mobile" in asked
    summary = fill_details(chat)
    assert "final check" in summary
    assert "ceo@sky.co.kr" in summary
    assert "010-1234-5678" in summary
    assert "Under KRW 10 million" in summary
    done = chat.choose("business:finish")
    assert "verified for business 123-45-67891" in done
    assert "Choose payment methods" in done
    with chat.db.transaction() as session:
        row = session.get(Business, "1234567891")
        assert row is not None
        assert row.profile["contact_name"] == "홍길동"
        assert row.profile["service_url"] == "https://shop.example.com"
        assert row.finished_by == "test:U1"
        assert row.upload_id is not None
        verified = session.scalars(select(Verification)).all()
        assert [(v.user_key, v.business_number, v.source) for v in verified] == [
            ("test:U1", "1234567891", "certificate")
        ]
        assert session.scalars(select(Job.status)).all() == ["done"]


def test_korean_conversation(chat: BusinessChat) -> None:
    chat.say("한국어")
    assert "사업자등록증을" in chat.choose("menu:business")
    assert "읽고 있어요" in chat.send_certificate(reading(INDIVIDUAL))
    card = chat.run_jobs()
    assert "사업자등록증에서 읽은 내용" in card
    assert "개인사업자" in card
    assert "대표자 휴대폰번호" in chat.say("모두 맞아요")
    assert "한국 휴대폰번호 형식이 아니에요" in chat.say("02-123-4567")


def test_each_correction_form(chat: BusinessChat) -> None:
    to_check(chat)
    assert "Updated Representative" in chat.say("대표자는 김철수")
    assert "Updated Business address" in chat.say("address: 서울특별시 종로구 종로 1")
    answer = chat.say("개업일 2018.3.15")
    assert "Updated Opening date" in answer
    assert "2018-03-15" in answer
    answer = chat.say("상호를 바다상사로 바꿔 주세요")
    assert "Updated Trade name" in answer
    assert "바다상사" in answer
    assert "doesn't exist" in chat.say("개업일 2019.2.30")
    assert "which field" in chat.say("hmm, something is off")
    chat.choose("business:confirm")
    # Later steps take corrections too, and keep asking where they were.
    answer = chat.say("trade name: 구름상사")
    assert "Updated Trade name" in answer
    assert "representative's mobile" in answer
    fill_details(chat)
    summary = chat.say("memo: 빠른 심사 부탁드립니다")
    assert "빠른 심사 부탁드립니다" in summary
    assert "김철수" in summary
    assert "구름상사" in summary
    assert "at most 100 characters" in chat.say("memo: " + "가" * 101)


def test_fields_not_read_are_asked_and_a_bad_checksum_again(chat: BusinessChat) -> None:
    chat.choose("menu:business")
    partial = {k: v for k, v in INDIVIDUAL.items() if k not in ("address", "biz_item")}
    partial["reg_no"] = "123-45-67890"  # misread: the check digit fails
    chat.send_certificate(
        reading(partial, unsure=("trade_name",), flags={"reg_no": ("checksum_failed",)})
    )
    answer = chat.run_jobs()
    assert "fails its check digit" in answer
    assert "10-digit" in answer
    assert "check digit doesn't match" in chat.say("123-45-67890")
    card = chat.say("123-45-67891")
    assert "(not read)" in card
    assert "please check" in card
    answer = chat.choose("business:confirm")
    assert "couldn't be read" in answer
    assert "business address" in answer
    assert "business item" in chat.say("서울특별시 마포구 양화로 45")
    assert "representative's mobile" in chat.say("전자상거래 소매업")


def test_mismatch_with_an_earlier_number(chat: BusinessChat) -> None:
    # The merchant asked about another business's contracts before.
    chat.choose("menu:contracts")
    chat.say("220-81-62517")
    chat.choose("menu:business")
    chat.send_certificate(reading(INDIVIDUAL))
    answer = chat.run_jobs()
    assert "differs from the number you gave earlier (220-81-62517)" in answer
    answer = chat.choose("business:number_earlier")
    assert "upload the certificate of business 220-81-62517" in answer
    chat.send_certificate(reading(INDIVIDUAL), data=b"the same certificate again")
    assert "Which one is right" in chat.run_jobs()
    assert "Read from your certificate" in chat.say("1")


def test_back_and_cancel(chat: BusinessChat) -> None:
    to_check(chat)
    chat.choose("business:confirm")
    assert "e-mail address" in chat.say("010-1234-5678")
    answer = chat.say("back")
    assert "representative's mobile" in answer
    assert "010-1234-5678" in answer
    assert "Discard" in chat.say("cancel")  # the certificate and the phone would be lost
    assert "stopped" in chat.press("Yes, discard")
    assert "upload your business registration certificate" in chat.choose("menu:business")


def test_progress_resumes_after_a_restart(
    chat: BusinessChat, make_services: Any, reader: ScriptedReader
) -> None:
    to_check(chat)
    chat.choose("business:confirm")
    chat.say("010-1234-5678")
    chat.services.close()
    again = BusinessChat(make_services(reader), reader)
    assert "representative's e-mail" in again.say("hello?")


def test_the_form_at_once_with_errors(chat: BusinessChat) -> None:
    to_check(chat)
    chat.choose("business:confirm")
    form = {
        "birth_date": "1985.07.21",
        "rep_phone": "02-123-4567",
        "rep_email": "ceo@sky.co.kr",
        "contact_name": "",
        "contact_phone": "",
        "contact_email": "",
        "service_name": "Sky Shop",
        "service_kind": "Web service",
        "service_url": "shop example",
        "goods": "clothing",
        "volume": "KRW 10–100 million",
        "memo": "",
    }
    chat.say(form=form)
    replies = chat.replies()[-2:]
    assert isinstance(replies[1], FormReply)
    errors = {f.name: f.error for f in replies[1].fields if f.error}
    assert set(errors) == {"rep_phone", "service_url"}
    assert "URL" in errors["service_url"] or "look right" in errors["service_url"]
    assert replies[1].fields[1].value == "02-123-4567"  # nothing typed is lost
    summary = chat.say(
        form={**form, "rep_phone": "010 1234 5678", "service_url": "https://shop.example.com"}
    )
    assert "final check" in summary
    assert "KRW 10–100 million" in summary
    assert "Contact person: 홍길동" in summary


def test_a_finished_business_is_reused_and_changes_go_through_an_agent(
    chat: BusinessChat, make_services: Any, reader: ScriptedReader
) -> None:
    to_check(chat)
    chat.choose("business:confirm")
    fill_details(chat)
    chat.choose("business:finish")
    other = BusinessChat(make_services(reader), reader)
    other.key = chat.key.replace("U1", "U1-thread2")  # a new conversation, same merchant
    other.say("English")
    with other.db.transaction() as session:
        session.add(
            Application(
                business_number="1234567891",
                conversation_key=chat.key,
                pg="kcp",
                methods=["card"],
                payment_types=[],
                status="received",
                created_at=other.services.engine.clock(),
                updated_at=other.services.engine.clock(),
            )
        )
    other.choose("menu:contracts")
    other.say("123-45-67891")
    answer = other.choose("menu:business")
    assert "already on file" in answer
    assert "Sky Shop" in answer
    answer = other.choose("business:change")
    assert "go through a support agent" in answer
    assert "Ask an agent" in answer
