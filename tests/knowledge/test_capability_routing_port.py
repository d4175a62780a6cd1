"""A capability question with two readings, through the chat (issue 15, know9): the merchant is
asked which reading they meant, with a button for each, and the button is answered from the
catalog; never a prose FAQ entry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.replies import ChoicesReply
from dialogs.router import FAQ_ACTION_PREFIX, Dialog
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.catalog_query import encode, parse
from knowledge.language import Lang
from knowledge.understand import load_understanding

ADAPTER = KnowledgeAdapter(load_understanding())
DIALOG = Dialog(journeys())
PORTS = Ports(faq=ADAPTER, now=lambda: datetime(2026, 1, 5, tzinfo=UTC))


def _turn(n: int, text: str = "", action: str | None = None) -> Turn:
    return Turn(
        event_id=f"e{n}",
        conversation_key="k",
        transport="t",
        user_id="u",
        text=text,
        action=action,
    )


@pytest.mark.parametrize(
    ("lang", "text", "pgs"),
    [
        (Lang.KO, "KCP랑 이니시스 정기결제 돼요?", ("NHN KCP", "KG이니시스")),
        (Lang.EN, "does KCP or Inicis support Apple Pay?", ("NHN KCP", "KG INICIS")),
    ],
)
def test_two_readings_become_two_buttons_answered_from_the_catalog(
    lang: Lang, text: str, pgs: tuple[str, str]
) -> None:
    state = ConversationState(lang=lang, lang_fixed=True)
    result = DIALOG.respond(state, _turn(1, text), PORTS)
    choices = [r for r in result.replies if isinstance(r, ChoicesReply)]
    assert choices, [r.fallback() for r in result.replies]
    catalog_options = [
        o for o in choices[0].options if o.value.startswith(FAQ_ACTION_PREFIX + "catalog?")
    ]
    assert [any(pg in o.label for pg in pgs) for o in catalog_options] == [True, True]
    # pressing the first button answers that reading, as the catalog says it
    first = catalog_options[0].value
    pressed = DIALOG.respond(result.state, _turn(2, action=first), PORTS)
    said = "\n".join(r.fallback() for r in pressed.replies)
    assert pgs[0] in said


def test_a_reading_id_is_answered_like_the_question_itself() -> None:
    query = parse("KCP 정기결제 돼요?")
    assert query is not None
    direct = ADAPTER.lookup("KCP 정기결제 돼요?", Lang.KO).best
    by_id = ADAPTER.answer(encode(query), Lang.KO)
    assert direct is not None and by_id is not None
    assert by_id.answer == direct.answer


def test_an_faq_id_is_still_an_faq_answer() -> None:
    found = ADAPTER.answer("fees", Lang.KO)
    assert found is not None and found.entry_id == "fees"
