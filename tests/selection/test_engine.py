"""Selection through the real engine and database: the whole journey to the business hand-off,
filing when business information is already finished, and adding a method later over rows
of the ``applications`` table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app import Services
from bot.applications.ports import StoredApplicationsView
from bot.store.tables import Application, Conversation
from dialogs.business.slots import BusinessSlots
from dialogs.ports import Ports
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services

NUMBER = "1234567891"


def ports(session: Session, conversation: Conversation, now: datetime, turn: Turn) -> Ports:
    # The real read port over the turn's session; a fake FAQ keeps the tests fast.
    return Ports(
        faq=FakeFaq(),
        now=lambda: now,
        applications=StoredApplicationsView(session, conversation, (), turn),
    )


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=ports)
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> Chat:
    return Chat(services)


def state_of(chat: Chat) -> ConversationState:
    with chat.db.transaction() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == chat.key)).one()
        return ConversationState.model_validate(row.state)


def edit_state(chat: Chat, **business: Any) -> None:
    with chat.db.transaction() as session:
        row = session.scalars(select(Conversation).where(Conversation.key == chat.key)).one()
        state = ConversationState.model_validate(row.state)
        for name, value in business.items():
            setattr(BusinessSlots.of(state), name, value)
        row.state = state.model_dump(mode="json")


def add_application(chat: Chat, pg: str, methods: list[str], status: str) -> None:
    now = datetime(2026, 10, 1, tzinfo=UTC)
    with chat.db.transaction() as session:
        session.add(
            Application(
                business_number=NUMBER,
                conversation_key="earlier",
                pg=pg,
                methods=methods,
                payment_types=[],
                status=status,
                status_note=None,
                created_at=now,
                updated_at=now,
            )
        )


def test_a_merchant_chooses_and_is_handed_to_business_information(chat: Chat) -> None:
    assert "결제수단 신청" in chat.say("안녕하세요")
    assert "어떤 결제수단이 필요하세요?" in chat.choose("menu:selection")
    assert "추가했어요: 신용카드, 카카오페이" in chat.say("카드랑 카카오페이")
    assert "정기결제(빌링키)" in chat.say("다 골랐어요")
    assert "신용카드 (정기결제): 어느 PG사로" in chat.say("카드 정기결제")
    assert "신용카드: KG이니시스 선택했어요" in chat.say("이니시스")
    said = chat.say("이니시스")
    assert "[신청 내용 확인]" in said
    assert "KG이니시스: 신용카드 (정기결제), 카카오페이" in said
    assert "사업자 정보만 입력하시면" in chat.say("신청할게요")
    state = state_of(chat)
    assert state.flow == "business"
    assert SelectionSlots.of(state).confirmed
    assert [(i.method, i.pg, i.payment_types) for i in SelectionSlots.of(state).items] == [
        ("card", "inicis", ["subscription"]),
        ("kakaopay", "inicis", []),
    ]


def test_with_business_information_finished_the_confirmation_files(chat: Chat) -> None:
    chat.choose("menu:selection")
    edit_state(chat, business_number=NUMBER, finished=True)
    chat.choose("sel:add:vbank,naverpay")
    chat.press("선택 완료")
    chat.press("일반결제만")
    chat.press("NHN KCP")
    chat.press("네이버페이")
    asked = chat.press("이대로 신청")
    assert "개발 방식" in asked  # what Naver Pay needs beyond the common application
    said = chat.say("자체개발")
    assert "NHN KCP: 가상계좌" in said
    assert "네이버페이: 네이버페이" in said
    with chat.db.transaction() as session:
        rows = session.scalars(select(Application).order_by(Application.id)).all()
        assert [(r.business_number, r.pg, r.methods) for r in rows] == [
            (NUMBER, "kcp", ["vbank"]),
            (NUMBER, "naverpay", ["naverpay"]),
        ]
    assert SelectionSlots.of(state_of(chat)).items == []


def test_adding_a_method_later_skips_what_is_applied(chat: Chat) -> None:
    chat.say("hello")
    edit_state(chat, business_number=NUMBER, finished=True)
    add_application(chat, "inicis", ["card", "kakaopay"], "received")
    add_application(chat, "kcp", ["card"], "cancelled")  # over: may be applied for again
    said = chat.choose("menu:selection")
    assert "What you have already applied for:" in said
    assert "KG INICIS: Credit card, Kakao Pay (status: Received by the PG)" in said
    assert "NHN KCP" not in said
    chat.say("card")
    chat.choose("sel:done")
    said = chat.choose("sel:types:")
    assert "Left out, already applied: KG INICIS" in said
    assert "NHN KCP" in said
    assert not any(line.endswith(". KG INICIS") for line in said.splitlines())  # not a button
    assert "you already applied with KG INICIS" in chat.say("KG INICIS")
    chat.say("NHN KCP")
    chat.choose("sel:confirm")
    with chat.db.transaction() as session:
        rows = session.scalars(select(Application).order_by(Application.id)).all()
        assert [(r.pg, r.methods, r.status) for r in rows][-1] == ("kcp", ["card"], "submitted")
