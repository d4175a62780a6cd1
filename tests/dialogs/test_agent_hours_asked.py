"""A question about the agents' hours is answered, not taken as a request for a person."""

from __future__ import annotations

import pytest

from dialogs.commands import Command, detect_command
from dialogs.turns import Turn
from knowledge.understand import Kind, load_understanding


def _turn(text: str) -> Turn:
    return Turn(event_id="e", conversation_key="k", transport="console", user_id="u", text=text)


@pytest.mark.parametrize(
    "text",
    [
        "상담원 몇 시까지 있어요?",
        "상담사 운영시간이 어떻게 돼요",
        "주말에도 상담원 있나요?",
        "what time can I talk to a human agent?",
        "are human agents there on weekends?",
    ],
)
def test_asking_about_the_agents_is_a_question(text: str) -> None:
    assert detect_command(_turn(text)) is None
    found = load_understanding().understand(text)
    # talk_to_person also states when a person answers; either is an answer, not a queue.
    assert found.kind is Kind.FAQ, (text, found.kind)
    assert found.entry_id in {"agent_hours", "talk_to_person"}, (text, found.entry_id)


@pytest.mark.parametrize(
    "text", ["상담원 연결해 주세요", "상담원이랑 얘기하고 싶어요", "talk to a human please"]
)
def test_asking_for_a_person_still_queues(text: str) -> None:
    assert detect_command(_turn(text)) is Command.HUMAN
