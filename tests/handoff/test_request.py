"""Asking for a person: by words, by the button, or after two misses; the wait, office
hours, and the card in the agents' channel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.store.tables import AuditEntry, Conversation
from dialogs.business.slots import BusinessSlots
from dialogs.replies import CardReply
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState
from tests.handoff.conftest import AGENTS_CHANNEL, Desk, desk, open_desk


@pytest.mark.parametrize(
    "words", ["상담원 연결", "사람이랑 얘기하고 싶어요", "talk to a human", "agent"]
)
def test_asking_in_words_marks_waiting_and_tells_the_wait(support: Desk, words: str) -> None:
    answer = support.chat.say(words)
    assert "10분" in answer or "10 minutes" in answer
    conversation = support.conversation()
    assert conversation.status == "waiting"
    assert conversation.waiting_since == support.clock.now
    assert ("U1", "request_human", True) in support.audit()


def test_asking_by_the_button(support: Desk) -> None:
    assert "within 10 minutes" in support.chat.choose("cmd:human")
    assert support.conversation().status == "waiting"


def test_two_misses_in_a_row_call_a_person(support: Desk) -> None:
    assert "twice" not in support.chat.say("blorp")
    assert support.conversation().status == "active"
    second = support.chat.say("zzzz qqq")
    assert "twice in a row" in second
    assert "talk to a person" in second
    assert "within 10 minutes" in second
    assert support.conversation().status == "waiting"
    with support.services.db.transaction() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert entry.detail == {"reason": "not_understood"}
    # A third miss does not call again.
    support.chat.say("???? xx")
    assert len(support.posted()) == 1


def test_the_card_shows_the_merchant_and_a_take_over_button(support: Desk) -> None:
    _give_business(support)
    support.chat.say("fees please")
    support.chat.say("talk to a human")
    [card] = support.agents.sent
    assert card.target == {"channel": AGENTS_CHANNEL}
    text = card.reply.fallback()
    assert "220-81-62517" in text  # staff see the number in full
    assert "주식회사 테스트" in text
    assert "card → tosspayments" in text
    assert "talk to a human" in text  # the last messages
    assert "고객이 상담원을 요청함" in text  # agents read Korean by default
    assert isinstance(card.reply, CardReply)
    assert [o.value for o in card.reply.options] == [f"agent:takeover:{support.chat.key}"]


def test_asking_again_while_waiting_posts_no_second_card(support: Desk) -> None:
    support.chat.say("agent")
    again = support.chat.say("agent")
    assert "already in the queue" in again
    assert len(support.posted()) == 1


def test_outside_office_hours_says_when_agents_are_back(
    db_url: str, tmp_path: Path, db: Any
) -> None:
    saturday_noon = datetime(2026, 11, 7, 3, 0, tzinfo=UTC)  # 12:00 KST
    built = open_desk(db_url, tmp_path, desk(), saturday_noon)
    try:
        built.chat.say("English")
        answer = built.chat.say("agent")
        assert "away right now" in answer
        assert "Mon 9 Nov at 09:00 (KST)" in answer
        assert built.conversation().status == "waiting"
        assert len(built.posted()) == 1  # the card waits in the channel for Monday
    finally:
        built.services.close()


def test_on_a_holiday_in_korean(db_url: str, tmp_path: Path, db: Any) -> None:
    christmas_eve_evening = datetime(2026, 12, 24, 10, 0, tzinfo=UTC)  # 19:00 KST, Thursday
    built = open_desk(db_url, tmp_path, desk(), christmas_eve_evening)
    try:
        answer = built.chat.say("상담원 연결해 주세요")
        assert "12월 28일(월) 09:00부터" in answer  # Christmas and the weekend are skipped
    finally:
        built.services.close()


def test_without_an_agents_channel_the_request_is_recorded(
    db_url: str, tmp_path: Path, db: Any
) -> None:
    built = open_desk(
        db_url, tmp_path, desk(agent_channel=None), datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
    )
    try:
        assert "상담원 연결을 요청했어요" in built.chat.say("상담원")
        assert built.conversation().status == "waiting"
        assert built.posted() == []
        assert ("U1", "request_human", True) in built.audit()
    finally:
        built.services.close()


def _give_business(support: Desk) -> None:
    """Put business details and a selection into the state, as the journeys would."""
    with support.services.db.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        state = ConversationState.model_validate(conversation.state)
        BusinessSlots.of(state).business_number = "2208162517"
        BusinessSlots.of(state).fields = {"trade_name": "주식회사 테스트"}
        SelectionSlots.of(state).items = [SelectionItem(method="card", pg="tosspayments")]
        conversation.state = state.model_dump(mode="json")


def test_the_card_tells_the_agent_what_the_sources_say_about_a_disputed_pick(
    support: Desk,
) -> None:
    _give_business(support)
    with support.services.db.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        state = ConversationState.model_validate(conversation.state)
        SelectionSlots.of(state).items = [
            SelectionItem(method="card", pg="tosspayments"),
            SelectionItem(method="overseas_card", pg="kicc"),
        ]
        conversation.state = state.model_dump(mode="json")
    support.chat.say("talk to a human")
    [card] = support.agents.sent
    text = card.reply.fallback()
    # The confirmed pick as it was; the disputed one with the sources' note, for the agent.
    assert "card → tosspayments," in text
    assert "overseas_card → kicc (PG사 확인 필요 — general: PG 목록" in text
    assert "KICC 해외결제" in text
