"""A question typed at any step that takes a typed value is answered (or routed to a person)
and the step asked again; the value is never overwritten by the question (issue 15, item 4)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.effects import RecordUnanswered
from dialogs.ports import Ports
from dialogs.router import Dialog, Result
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState, JourneySlots
from dialogs.turns import Turn
from knowledge.faq import load_faq
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG: Dialog = Dialog(journeys())
FREE_TEXT_STEPS = [
    pytest.param(flow.name, step, id=f"{flow.name}-{step}")
    for flow in journeys()
    for step in sorted(flow.free_text_steps)
]
# Slots that are the merchant's values: none may change when a question is asked.
VALUE_SLOTS: tuple[type[JourneySlots], ...] = (BusinessSlots, ContractsSlots, SelectionSlots)


def _ports() -> Ports:
    return Ports(
        faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
    )


def _state(flow: str, step: str, lang: Lang) -> ConversationState:
    state = ConversationState(flow=flow, step=step, lang=lang, lang_fixed=True)
    if flow == "business":
        # A confirmed certificate, so every details step can be asked.
        state.put(
            BusinessSlots(
                business_number="1234567891",
                fields={
                    "reg_no": "1234567891",
                    "business_type": "individual",
                    "company_name": "하늘상사",
                    "representative": "홍길동",
                },
                card_confirmed=True,
                upload_id=1,
            )
        )
    return state


def _say(state: ConversationState, text: str) -> Result:
    turn = Turn(
        event_id="e", conversation_key="k", transport="t", user_id="u", text=text, author="merchant"
    )
    return DIALOG.respond(state, turn, _ports())


def _values(state: ConversationState) -> dict[str, Any]:
    copy = state.model_copy(deep=True)  # reading slots that were never set creates them
    return {slots.journey: slots.of(copy).model_dump() for slots in VALUE_SLOTS}


def _card_review(lang: Lang) -> str:
    return load_faq().entry("card_review").answer.get(lang)


@pytest.mark.parametrize(("flow", "step"), FREE_TEXT_STEPS)
@pytest.mark.parametrize(
    ("lang", "question"),
    [
        (Lang.KO, "카드사 심사는 얼마나 걸려요?"),
        (Lang.EN, "how long does the card company review take"),
    ],
)
def test_a_question_at_every_free_text_step_is_answered_and_the_step_asked_again(
    flow: str, step: str, lang: Lang, question: str
) -> None:
    state = _state(flow, step, lang)
    before = _values(state)
    result = _say(state, question)
    said = "\n".join(reply.fallback() for reply in result.replies)
    assert _card_review(lang) in said
    assert (result.state.flow, result.state.step) == (flow, step)
    assert _values(result.state) == before  # nothing stored from the question
    # The step's own prompt comes after the answer: in full, as this state was never shown it
    # (a step shown in full is asked again in one line: tests/dialogs/test_reask_short.py).
    prompt = "\n".join(r.fallback() for r in _full_prompt(flow, result.state))
    assert said.endswith(prompt)


def _full_prompt(flow_name: str, state: ConversationState) -> list[Any]:
    flow = DIALOG.flows[flow_name]
    prompt = flow.prompts.get(state.step) or flow.prompts[flow.start_step]
    return prompt(DIALOG_CTX(state))


def DIALOG_CTX(state: ConversationState) -> Any:  # noqa: N802 - reads as a constructor
    from dialogs.flow import Ctx

    return Ctx(state=state.model_copy(deep=True), ports=_ports())


def test_the_service_name_stays_empty_after_a_question() -> None:
    state = _state("business", "field.service_name", Lang.KO)
    result = _say(state, "카드사 심사는 얼마나 걸려요?")
    assert "service_name" not in BusinessSlots.of(result.state).fields
    stored = _say(result.state, "하늘 쇼핑")
    assert BusinessSlots.of(stored.state).fields.get("service_name") == "하늘 쇼핑"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("service_name", "What A Shop"),
        ("service_name", "어떻게든 마켓"),
        ("address", "서울특별시 강남구 테헤란로 123, 4층"),
        ("goods", "의류, 잡화"),
        ("contact_name", "김하나"),
        ("memo", "빠른 처리 부탁드립니다"),
    ],
)
def test_values_are_still_stored(name: str, value: str) -> None:
    state = _state("business", f"field.{name}", Lang.EN)
    BusinessSlots.of(state).fields.pop(name, None)
    result = _say(state, value)
    assert BusinessSlots.of(result.state).fields.get(name) == value


def test_a_question_without_a_confident_answer_offers_a_person_and_is_recorded() -> None:
    state = _state("business", "field.service_name", Lang.KO)
    result = _say(state, "사장님 점심 메뉴는 뭐가 좋을까요?")
    said = "\n".join(reply.fallback() for reply in result.replies)
    assert "확실한 답을 찾지 못했어요" in said
    assert "상담원" in said
    assert result.state.step == "field.service_name"
    assert "service_name" not in BusinessSlots.of(result.state).fields
    recorded = [e for e in result.effects if isinstance(e, RecordUnanswered)]
    assert [(e.flow, e.step, e.outcome) for e in recorded] == [
        ("business", "field.service_name", "none")
    ]


def test_a_support_question_at_the_methods_step_is_answered_from_the_catalog() -> None:
    state = ConversationState(flow="selection", step="methods", lang=Lang.EN, lang_fixed=True)
    result = _say(state, "which PGs do key-in?")
    said = "\n".join(reply.fallback() for reply in result.replies)
    assert "PGs that support key-in" in said
    assert "NHN KCP" in said
    assert result.state.step == "methods"


def test_a_question_that_carries_the_value_goes_to_the_step() -> None:
    state = ConversationState(flow="contracts", step="number", lang=Lang.KO, lang_fixed=True)
    result = _say(state, "124-81-00998 계약 있나요?")
    assert ContractsSlots.of(result.state).business_number == "1248100998"


def test_an_unknown_question_at_the_menu_is_said_unanswered_and_kept() -> None:
    state = ConversationState(lang=Lang.KO, lang_fixed=True)
    result = _say(state, "정산 주기가 어떻게 되나요?")
    said = "\n".join(reply.fallback() for reply in result.replies)
    assert "확실한 답을 찾지 못했어요" in said
    assert "상담원과 이야기하기" in said
    assert [type(e) for e in result.effects] == [RecordUnanswered]
    assert result.state.misunderstood == 0  # a question is never a miss (dlg3, defect 2)
