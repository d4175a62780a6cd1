"""Issue 15, QA round: the documents checklist reads right in English for both business types
("as a individual business" was said)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)


@pytest.mark.parametrize(
    ("typed", "header"),
    [
        ("individual", "as an individual business:"),
        ("corporation", "as a corporation:"),
    ],
)
def test_the_checklist_header_in_english(typed: str, header: str) -> None:
    state = ConversationState(flow="documents", step="type", lang=Lang.EN, lang_fixed=True)
    said = ""
    for n, text in enumerate((typed, "none of these")):
        turn = Turn(event_id=f"e{n}", conversation_key="k", transport="t", user_id="u", text=text)
        result = DIALOG.respond(state, turn, PORTS)
        state = result.state
        said = "\n".join(r.fallback() for r in result.replies)
    assert f"What to prepare for the contract {header}" in said
