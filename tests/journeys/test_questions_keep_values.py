"""Issue 15 "done when": a question typed at any step of every journey is answered (or said
unanswered) and the step asked again, and a value already stored there is never replaced by
it, in Korean and English. One test per step (dlg3, defect 4): the business details with
every field already filled (the merchant came back to change one), the contract inquiry with a
number given, the selection with methods and a PG chosen, the checklist with the business type
answered, and the menu with all of these kept."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business import fields as bf
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.documents.slots import DocumentsSlots
from dialogs.effects import RequestHuman
from dialogs.ports import Ports
from dialogs.router import Dialog, Result
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState, JourneySlots
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)
# One the FAQ answers, one nothing answers, in each language.
QUESTIONS = [
    pytest.param(Lang.KO, "카드사 심사는 얼마나 걸려요?", id="ko-answered"),
    pytest.param(Lang.KO, "정산 주기가 어떻게 되나요?", id="ko-unanswered"),
    pytest.param(Lang.EN, "how long does the card company review take?", id="en-answered"),
    pytest.param(Lang.EN, "how often do I get paid out?", id="en-unanswered"),
]
# A value of each business field, as the merchant entered or the certificate gave it.
FIELDS = {
    "reg_no": "1234567891",
    "business_type": "individual",
    "trade_name": "하늘상사",
    "representative": "홍길동",
    "corp_reg_no": "1101110062432",
    "open_date": "2019-03-15",
    "address": "서울특별시 강남구 테헤란로 123",
    "hq_address": "서울특별시 강남구 테헤란로 123",
    "biz_type": "도매 및 소매업",
    "biz_item": "전자상거래 소매업",
    "birth_date": "1985-07-21",
    "rep_phone": "010-1234-5678",
    "rep_email": "ceo@example.com",
    "contact_name": "김하나",
    "contact_phone": "010-2345-6789",
    "contact_email": "ops@example.com",
    "service_name": "하늘 쇼핑",
    "service_kind": "web",
    "service_url": "www.example.com",
    "goods": "의류, 잡화",
    "volume": "under_10m",
    "memo": "빠른 처리 부탁드립니다",
}
VALUE_SLOTS: tuple[type[JourneySlots], ...] = (
    BusinessSlots,
    ContractsSlots,
    DocumentsSlots,
    SelectionSlots,
)


def _filled(state: ConversationState) -> ConversationState:
    """Every journey's values already given: the question must change none of them."""
    state.put(
        BusinessSlots(
            business_number="1234567891",
            fields=dict(FIELDS),
            card_confirmed=True,
            upload_id=1,
            conflicting_number="1248100998",
        )
    )
    state.put(ContractsSlots(business_number="1248100998"))
    state.put(DocumentsSlots(business_type="individual", industries=[], industry_asked=True))
    state.put(
        SelectionSlots(items=[SelectionItem(method="card", pg="inicis")], types_asked=["card"])
    )
    return state


def _values(state: ConversationState) -> dict[str, Any]:
    copy = state.model_copy(deep=True)
    return {slots.journey: slots.of(copy).model_dump() for slots in VALUE_SLOTS}


def _say(state: ConversationState, text: str) -> Result:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS)


def _check(flow: str, step: str, lang: Lang, question: str, *, after_miss: bool = True) -> None:
    state = _filled(ConversationState(flow=flow, step=step, lang=lang, lang_fixed=True))
    # A miss just before: a question must not make it two (and call an agent). Not at the
    # steps that leave an unanswerable question to the router (dialogs/router.py).
    state.misunderstood = 1 if after_miss else 0
    before = _values(state)
    result = _say(state, question)
    assert (result.state.flow, result.state.step) == (flow, step)
    assert _values(result.state) == before
    assert result.replies, "the step is asked again"
    assert not [e for e in result.effects if isinstance(e, RequestHuman)]


BUSINESS_STEPS = [f"field.{spec.name}" for spec in bf.ALL_FIELDS] + [
    "check",
    "mismatch",
    "contact",
    "summary",
    "upload",
    "reading",
    "cancel_confirm",
]


@pytest.mark.parametrize("step", BUSINESS_STEPS)
@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_business_information(step: str, lang: Lang, question: str) -> None:
    _check("business", step, lang, question)


def test_every_business_field_has_a_value_here() -> None:
    assert {spec.name for spec in bf.ALL_FIELDS} == set(FIELDS)


@pytest.mark.parametrize("step", ["number"])
@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_contract_inquiry(step: str, lang: Lang, question: str) -> None:
    _check("contracts", step, lang, question)


@pytest.mark.parametrize(
    "step", ["methods", "category", "types", "pgs", "summary", "extras", "cancel_confirm"]
)
@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_selection(step: str, lang: Lang, question: str) -> None:
    _check("selection", step, lang, question)


@pytest.mark.parametrize(
    "step", ["start", "cancel_pick", "cancel_refused", "subscribe_target", "unsubscribe_pick"]
)
@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_applications(step: str, lang: Lang, question: str) -> None:
    _check("applications", step, lang, question)


@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_menu(lang: Lang, question: str) -> None:
    _check("menu", "start", lang, question)


@pytest.mark.parametrize(
    ("flow", "step"),
    [
        ("documents", "type"),
        ("documents", "industry"),
        ("documents", "shown"),
        ("contracts", "result"),
        ("business", "done"),
    ],
)
@pytest.mark.parametrize(("lang", "question"), QUESTIONS)
def test_steps_that_leave_questions_to_the_router(
    flow: str, step: str, lang: Lang, question: str
) -> None:
    _check(flow, step, lang, question, after_miss=False)


def test_every_free_text_step_is_covered_here() -> None:
    covered = {
        "business": set(BUSINESS_STEPS),
        "contracts": {"number"},
        "selection": {"methods", "category", "types", "pgs", "summary", "extras"},
        "applications": {
            "start",
            "cancel_pick",
            "cancel_refused",
            "subscribe_target",
            "unsubscribe_pick",
        },
    }
    for flow in journeys():
        assert set(flow.free_text_steps) <= covered.get(flow.name, set()), flow.name
