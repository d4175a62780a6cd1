"""The contract inquiry as merchants meet it, through the real engine, store and ports."""

from __future__ import annotations

from sqlalchemy import select

from bot.store.tables import AuditEntry, ContractLookup, Conversation
from dialogs.contracts.users import user_key
from tests.contracts.conftest import LIMIT, verify_user
from tests.fakes import FakeClock
from tests.harness import Chat

FULL_MIDS = ("IMP_KCP_A1B2C3D4", "IMPKAKAO0042", "nicepay00m")


def test_free_text_question_asks_for_the_number_then_withholds_from_a_stranger(chat: Chat) -> None:
    assert "사업자등록번호 10자리" in chat.say("기존 계약 있는지 확인해 주세요")
    reply = chat.say("사업자번호는 124-81-00998 입니다")
    assert "124-81-00998 번호는 올바른 사업자등록번호예요 (법인사업자)" in reply
    assert "상담원이 확인해 드릴 수 있어요" in reply
    # Nothing about the contracts themselves: not the PGs, not even whether any exist.
    for secret in ("NHN KCP", "카카오페이", "C3D4", "계약이 없어요"):
        assert secret not in reply
    assert "상담원과 이야기하기" in reply
    assert "상담원 연결을 요청했어요" in chat.press("상담원과 이야기하기")


def test_a_verified_merchant_sees_contracts_per_pg_with_the_mid_masked(
    chat: Chat, clock: FakeClock
) -> None:
    verify_user(chat.db, "test:U1", "124-81-00998", clock)
    chat.say("English")
    chat.press("Check existing contracts")
    reply = chat.say("124-81-00998")
    assert "PortOne contracts of 124-81-00998 (corporation)" in reply
    assert "NHN KCP" in reply
    assert "Kakao" in reply
    assert "************C3D4" in reply
    assert "********0042" in reply
    assert "2023-03-14" in reply
    assert "Contract signed" in reply
    assert "active" not in reply  # the registry's code, not what a merchant reads (issue 16)
    assert not any(mid in "\n".join(chat.send(chat.turn("124-81-00998"))) for mid in FULL_MIDS)
    assert "can't be reused" in reply  # a MID from outside PortOne


def test_a_pg_named_in_the_question_filters_the_answer(chat: Chat, clock: FakeClock) -> None:
    verify_user(chat.db, "test:U1", "1248100998", clock)
    reply = chat.say("do we already have a KCP contract? 124-81-00998")
    assert "NHN KCP" in reply
    assert "Kakao" not in reply
    # Asked again about another PG, the number is remembered.
    reply = chat.say("and kakaopay?")
    assert "Kakao" in reply
    assert "NHN KCP" not in reply


def test_no_contract_with_the_named_pg_shows_the_others(chat: Chat, clock: FakeClock) -> None:
    verify_user(chat.db, "test:U1", "1248100998", clock)
    assert "NHN KCP" in chat.say("do we already have a KCP contract?")  # asks, naming the PG
    reply = chat.say("our number is 124-81-00998")
    assert "NHN KCP" in reply  # the question's filter was kept until the number came
    assert "Kakao" not in reply
    reply = chat.say("what about inicis?")
    assert "has no KG INICIS contract" in reply
    assert "contracts with other PGs" in reply
    assert "Kakao" in reply


def test_nothing_found_offers_an_application(chat: Chat, clock: FakeClock) -> None:
    verify_user(chat.db, "test:U1", "220-81-62517", clock)
    chat.choose("menu:contracts")
    reply = chat.say("220-81-62517")
    assert "등록된 계약이 없어요" in reply
    assert "전자결제 신청하기" in reply
    assert "menu:selection" in [o.value for r in chat.replies() for o in getattr(r, "options", [])]
    assert "MID" in reply


def test_terminated_contracts_show_their_end(chat: Chat, clock: FakeClock) -> None:
    verify_user(chat.db, "test:U1", "220-88-12340", clock)
    reply = chat.say("기존 계약 조회 2208812340")
    assert "해지 (2024-05-31)" in reply
    assert "******y00m" in reply


def test_precise_errors_lose_nothing(chat: Chat) -> None:
    chat.choose("menu:contracts")
    assert "5자리예요" in chat.say("12345")
    assert "숫자를 다시 확인해 주세요" in chat.say("124-81-00997")
    assert "법인등록번호예요" in chat.say("110111-0062432")
    assert "검증번호가 맞지 않아요" in chat.say("110111-1234567")
    assert "숫자 10자리예요" in chat.say("잘 모르겠는데요")
    # Still waiting for the number: a good one is answered.
    assert "올바른 사업자등록번호예요" in chat.say("124-81-00998")


def test_the_english_errors(chat: Chat) -> None:
    chat.say("English")
    chat.press("Check existing contracts")
    assert "check digit doesn't match. Please check the digits." in chat.say("220-81-62518")
    assert "has 11 digits" in chat.say("010-1234-5678")


def test_lookups_are_limited_per_user_and_the_limit_is_explained(
    chat: Chat, services: object, clock: FakeClock
) -> None:
    numbers = ["124-81-00998", "220-81-62517", "220-88-12340", "123-45-67891"]
    chat.choose("menu:contracts")
    for number in numbers[:LIMIT]:
        assert "올바른 사업자등록번호예요" in chat.say(number)
    refused = chat.say(numbers[LIMIT])
    assert f"{LIMIT}개까지" in refused
    assert "약 60분 뒤" in refused
    # A number already looked up in the window still works.
    assert "올바른 사업자등록번호예요" in chat.say(numbers[0])
    clock.advance(30 * 60)
    assert "약 30분 뒤" in chat.say(numbers[LIMIT])
    clock.advance(30 * 60 + 1)
    assert "올바른 사업자등록번호예요" in chat.say(numbers[LIMIT])
    with chat.db.transaction() as session:
        refusals = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "contract_lookup", ~AuditEntry.allowed)
        ).all()
        assert len(refusals) == 2
        counted = session.scalars(select(ContractLookup.business_number)).all()
        assert "1234567891" in counted


def test_the_limit_is_per_user_not_per_conversation(
    chat: Chat, services: object, clock: FakeClock
) -> None:
    from bot.app import Services

    assert isinstance(services, Services)
    other = Chat(services, "U2", sender=chat.sender)
    for number in ["124-81-00998", "220-81-62517", "220-88-12340"]:
        chat.say(f"기존 계약 조회 {number}")
    assert "까지" in chat.say("123-45-67891")
    assert "올바른 사업자등록번호예요" in other.say("기존 계약 조회 123-45-67891")


def test_the_user_key_is_transport_and_user(chat: Chat) -> None:
    turn = chat.turn("hi")
    assert user_key(turn) == "test:U1"
    chat.say("hi")
    with chat.db.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert user_key(conversation) == "test:U1"


def test_the_answer_buttons_work_typed_as_numbers(chat: Chat) -> None:
    chat.say("기존 계약 조회 124-81-00998")
    assert "사업자등록번호 10자리" in chat.say("2")  # another number
    chat.say("220-81-62517")
    assert "상담원 연결을 요청했어요" in chat.say("3")
    with chat.db.transaction() as session:
        assert session.scalars(select(Conversation)).one().status == "waiting"


def test_an_old_button_while_waiting_for_a_number_re_asks(chat: Chat) -> None:
    chat.choose("menu:contracts")
    assert "사업자등록번호 10자리" in chat.choose("contracts:another")
    assert "올바른 사업자등록번호예요" in chat.say("124-81-00998")
