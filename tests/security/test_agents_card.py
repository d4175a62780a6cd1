"""The agents' card shows the applications of a business only when the merchant is verified
for its number: a number typed by anyone would otherwise put another business's applications
in front of the agent, as if they were the merchant's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.contracts.verification import verify
from bot.store.tables import Application, Business, Conversation
from dialogs.contracts.slots import ContractsSlots
from dialogs.state import upgrade_state
from tests.handoff.conftest import MONDAY_10_KST, Desk, desk, open_desk

NUMBER = "2208162517"


@pytest.fixture
def support(db_url: str, tmp_path: Path, db: Any) -> Iterator[Desk]:
    built = open_desk(db_url, tmp_path, desk(), MONDAY_10_KST)
    built.chat.say("English")
    yield built
    built.services.close()


def test_a_typed_number_shows_no_other_business_on_the_card(support: Desk) -> None:
    services, now = support.services, support.clock()
    with services.db.transaction() as session:
        # Another business's application and stored name; the merchant only typed its number.
        session.add(
            Application(
                business_number=NUMBER,
                conversation_key="slack:T0:C0:9.9",
                pg="kcp",
                methods=["card"],
                payment_types=[],
                status="contract_in_progress",
                created_at=now,
                updated_at=now,
            )
        )
        session.add(
            Business(
                business_number=NUMBER,
                profile={"trade_name": "남의상사"},
                finished_by="slack:U0OTHER",
                conversation_key="slack:T0:C0:9.9",
                finished_at=now,
                updated_at=now,
            )
        )
        conversation = session.scalars(select(Conversation)).one()
        state = upgrade_state(conversation.state)
        ContractsSlots.of(state).business_number = NUMBER
        conversation.state = state.model_dump(mode="json")
    support.chat.say("talk to a person")
    card = support.posted()[-1]
    assert "220-81-62517" in card and "본인 확인 전" in card
    assert "contract_in_progress" not in card and "남의상사" not in card
    # Once verified (an agent's link), the card shows them.
    with services.db.transaction() as session:
        verify(session, "test:U1", NUMBER, "agent", "test:A1", now)
    support.agent(action="agent:takeover")
    card = support.posted()[-1]
    assert "contract_in_progress" in card and "남의상사" in card
