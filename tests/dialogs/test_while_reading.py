"""Issue 15, QA round: a correction typed while the certificate is being read ("아 아니 상호는
하늘무역이에요") was answered with FAQ topics and lost (and counted as not understood). It is
kept, said so, and applied over what the certificate says once it is read."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business.slots import BusinessSlots
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
RESULT: dict[str, Any] = {
    "event": "ocr_result",
    "flow": "business",
    "ref": "r1",
    "status": "read",
    "upload_id": 1,
    "kind": "individual",
    "fields": {
        "reg_no": {"value": "123-45-67891", "confidence": 0.97, "sure": True},
        "trade_name": {"value": "하늘상사", "confidence": 0.5, "sure": False},
        "representative": {"value": "홍길동", "confidence": 0.97, "sure": True},
    },
}


def _turn(n: int, text: str = "", **fields: Any) -> Turn:
    return Turn(
        event_id=f"e{n}", conversation_key="k", transport="t", user_id="u", text=text, **fields
    )


@pytest.mark.parametrize(
    ("lang", "typed", "noted", "applied"),
    [
        (
            Lang.KO,
            "아 아니 상호는 하늘무역이에요",
            "알려 주신 값으로 적어 둘게요",
            "알려 주신 항목",
        ),
        (Lang.EN, "the trade name is 하늘무역", "noted", "What you told me while I was reading"),
    ],
)
def test_a_correction_while_reading_is_applied_once_read(
    lang: Lang, typed: str, noted: str, applied: str
) -> None:
    state = ConversationState(flow="business", step="reading", lang=lang, lang_fixed=True)
    state.put(BusinessSlots(upload_id=1, reading_ref="r1"))
    result = DIALOG.respond(state, _turn(1, typed), PORTS)
    said = "\n".join(r.fallback() for r in result.replies)
    assert noted in said
    assert result.state.step == "reading"
    assert result.state.misunderstood == 0
    read = DIALOG.respond(result.state, _turn(2, author="system", system=RESULT), PORTS)
    slots = BusinessSlots.of(read.state)
    assert slots.fields["trade_name"] == "하늘무역"
    assert slots.fields["representative"] == "홍길동"
    assert "trade_name" not in slots.unsure
    assert applied in "\n".join(r.fallback() for r in read.replies)


def test_anything_else_while_reading_still_hears_still_reading() -> None:
    state = ConversationState(flow="business", step="reading", lang=Lang.KO, lang_fixed=True)
    state.put(BusinessSlots(upload_id=1, reading_ref="r1"))
    result = DIALOG.respond(state, _turn(1, "네"), PORTS)
    assert "읽고 있어요" in "\n".join(r.fallback() for r in result.replies)
    assert BusinessSlots.of(result.state).while_reading == {}
