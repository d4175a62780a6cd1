"""The applications journey through the engine, as transcripts."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import Services
from bot.applications.service import change_status
from bot.contracts.verification import verify
from bot.store.tables import Application, Subscription
from tests.applications.conftest import AGENT, BUSINESS, file_for
from tests.harness import Chat


def ids(chat: Chat) -> list[int]:
    with chat.db.transaction() as session:
        return list(session.scalars(select(Application.id).order_by(Application.id)))


def status_of(chat: Chat, app_id: int) -> str:
    with chat.db.transaction() as session:
        row = session.get(Application, app_id)
        assert row is not None
        return row.status


def move(chat: Chat, app_id: int, status: str) -> None:
    with chat.db.transaction() as session:
        change_status(session, app_id, status, "agent:U9", now=chat.services.engine.clock())


def test_status_lists_every_application_as_a_card(chat: Chat) -> None:
    assert "No applications have been filed" in chat.say(action="menu:applications")
    file_for(chat)
    said = chat.say("show status")
    assert "Here are your applications (2)" in said
    assert "[APP-1 · NHN KCP]" in said and "[APP-2 · KG INICIS]" in said
    assert "Integration guides" in said  # the buttons


def test_cancel_while_submitted_then_refused_after_the_pg_has_it(chat: Chat) -> None:
    file_for(chat)
    kcp, inicis = ids(chat)
    assert "Withdraw APP-1 (NHN KCP)?" in chat.say("cancel APP-1")
    said = chat.say("yes")
    assert "moved from Submitted to Cancelled" in said
    assert status_of(chat, kcp) == "cancelled"
    # KG INICIS takes applications over at once: explained, and a person offered.
    said = chat.say("cancel APP-2")
    assert "KG INICIS takes applications over the moment they are filed" in said
    assert "Talk to an agent" in said
    assert "Nothing was cancelled" in chat.press("Keep them")
    assert status_of(chat, inicis) == "submitted"


def test_after_the_pg_received_it_the_assistant_offers_an_agent(chat: Chat) -> None:
    file_for(chat)
    kcp, _ = ids(chat)
    move(chat, kcp, "received")
    said = chat.say("I want to withdraw APP-1")
    assert "already been received by the PG" in said and "Talk to an agent" in said
    assert "asked a support agent" in chat.press("Talk to an agent")
    assert status_of(chat, kcp) == "received"


def test_a_stale_cancel_button_is_refused_without_harm(chat: Chat) -> None:
    file_for(chat)
    kcp, _ = ids(chat)
    chat.say(action="app:cancel")
    move(chat, kcp, "received")  # the PG took it while the buttons were on screen
    said = chat.say(action=f"app:cancel:{kcp}")
    assert "already been received by the PG" in said
    assert status_of(chat, kcp) == "received"


def test_a_colleague_subscribes_only_when_verified(services: Services, chat: Chat) -> None:
    file_for(chat)
    colleague = Chat(services, user="U2", sender=chat.sender)
    colleague.say("English")
    colleague.say(action="menu:applications")
    said = colleague.say("subscribe 220-81-62517")
    assert "need to be verified" in said
    with services.db.transaction() as session:
        verify(session, "test:U2", BUSINESS, "agent", "test:UAGENT", services.engine.clock())
    assert "every status change of 220-81-62517" in colleague.say("subscribe 220-81-62517")
    assert "already subscribed" in colleague.say("subscribe 220-81-62517")
    # Now the colleague sees the business's applications and hears of changes.
    assert "APP-1" in colleague.say("status")
    kcp, _ = ids(chat)
    before = len(chat.sender.sent)
    move(chat, kcp, "received")
    services.dispatcher.deliver_all()
    to_colleague = [m for m in chat.sender.sent[before:] if m.target["channel"] == "U2"]
    assert len(to_colleague) == 1 and "Received by the PG" in to_colleague[0].reply.fallback()
    said = colleague.say("unsubscribe")
    assert "Which subscription" in said and "220-81-62517" in said
    assert "Unsubscribed from 220-81-62517" in colleague.say("1")
    with services.db.transaction() as session:
        assert session.scalars(select(Subscription)).all() == []


def test_bad_numbers_and_the_all_feed(services: Services, chat: Chat) -> None:
    chat.say(action="menu:applications")
    assert "isn't valid" in chat.say("subscribe 220-81-62518")
    assert "Only agents" in chat.say("subscribe all")
    agent = Chat(services, user=AGENT, sender=chat.sender)
    agent.say("English")
    agent.say(action="menu:applications")
    assert "every application's status changes" in agent.say("subscribe all")
    assert "every status change of 124-81-00998" in agent.say("구독 124-81-00998")


def test_integration_guides_and_adding_methods(chat: Chat) -> None:
    file_for(chat)
    said = chat.say("integration guides")
    assert "https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp" in said
    assert "https://developers.portone.io/opi/ko/integration/pg/v1/inicis" in said
    # No selection journey in this test dialog: "add" goes to it, or the menu without it.
    assert "What would you like to do?" in chat.say("add payment methods")


def test_in_korean_too(chat: Chat) -> None:
    file_for(chat)
    chat.say("한국어")
    said = chat.say("신청 현황 보여줘")
    assert "신청 현황이에요 (2건)" in said and "신청 접수" in said
    assert "구독을 해지" not in said
    assert "이 대화에는 구독이 없어요" in chat.say("구독 해지")
