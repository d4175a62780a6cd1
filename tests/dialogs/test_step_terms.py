"""Issue 15, QA round, defect 2: a question about a word a step uses ("상품이 뭐예요?", "what
do you mean by goods?", "업태가 뭐예요?", "키인?") is explained from the journey's texts, and
the step is asked again; nothing is stored from it. A question that only mentions such a word
("정기결제 되는 PG사가 뭐예요?") is not taken for one about the word."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.applications import texts as applications_texts
from dialogs.business import texts as business_texts
from dialogs.business.slots import BusinessSlots
from dialogs.contracts import texts as contracts_texts
from dialogs.contracts.slots import ContractsSlots
from dialogs.documents import texts as documents_texts
from dialogs.flow import Ctx
from dialogs.glossary import Term, for_step
from dialogs.ports import Ports
from dialogs.replies import Reply
from dialogs.router import Dialog, Result
from dialogs.selection import texts as selection_texts
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from dialogs.texts import STEP_HELP
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)


def _state(flow: str, step: str, lang: Lang) -> ConversationState:
    state = ConversationState(flow=flow, step=step, lang=lang, lang_fixed=True)
    if flow == "business":
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
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS)


def _values(state: ConversationState) -> dict[str, Any]:
    copy = state.model_copy(deep=True)
    return {
        s.journey: s.of(copy).model_dump() for s in (BusinessSlots, ContractsSlots, SelectionSlots)
    }


def _full_prompt(flow_name: str, state: ConversationState) -> list[Reply]:
    """The step's whole prompt: what a state never shown before is asked again with."""
    flow = DIALOG.flows[flow_name]
    prompt = flow.prompts.get(state.step) or flow.prompts[flow.start_step]
    return prompt(Ctx(state=state.model_copy(deep=True), ports=PORTS))


def _term(glossary: tuple[Term, ...], word: str) -> Term:
    return next(t for t in glossary if word in t.words)


CASES = [
    ("business", "field.goods", "상품이 뭐예요?", business_texts.GLOSSARY, "판매 품목"),
    ("business", "field.goods", "what do you mean by goods?", business_texts.GLOSSARY, "goods"),
    ("business", "field.biz_type", "업태가 뭐예요?", business_texts.GLOSSARY, "업태"),
    ("business", "field.biz_type", "what is 업태?", business_texts.GLOSSARY, "업태"),
    ("business", "field.biz_item", "종목은 뭘 적어야 해요?", business_texts.GLOSSARY, "종목"),
    (
        "business",
        "field.service_kind",
        "서비스 형태가 무슨 말이에요?",
        business_texts.GLOSSARY,
        "서비스 형태",
    ),
    ("business", "field.goods", "실물이 뭐예요?", business_texts.GLOSSARY, "실물"),
    (
        "business",
        "field.volume",
        "what does monthly volume mean?",
        business_texts.GLOSSARY,
        "monthly volume",
    ),
    ("business", "check", "대표자가 뭐예요?", business_texts.GLOSSARY, "대표자"),
    ("business", "field.service_name", "서비스명이 뭐예요?", business_texts.GLOSSARY, "서비스명"),
    ("selection", "methods", "간편결제가 뭐예요?", selection_texts.GLOSSARY, "간편결제"),
    (
        "selection",
        "methods",
        "what is identity verification?",
        selection_texts.GLOSSARY,
        "identity verification",
    ),
    ("selection", "types", "키인?", selection_texts.GLOSSARY, "키인"),
    ("selection", "types", "what's a subscription?", selection_texts.GLOSSARY, "subscription"),
    ("selection", "types", "정기결제가 무슨 뜻이에요?", selection_texts.GLOSSARY, "정기결제"),
    ("selection", "category", "상품권이란?", selection_texts.GLOSSARY, "상품권"),
    ("selection", "pgs", "PG사가 뭐예요?", selection_texts.GLOSSARY, "PG사"),
    ("contracts", "number", "사업자등록번호가 뭐예요?", contracts_texts.GLOSSARY, "사업자등록번호"),
    ("contracts", "number", "what is a MID?", contracts_texts.GLOSSARY, "MID"),
    (
        "selection",
        "extras",
        "what is the delivery period?",
        selection_texts.GLOSSARY,
        "delivery period",
    ),
    ("selection", "extras", "배송 기간이 뭐예요?", selection_texts.GLOSSARY, "배송 기간"),
    ("applications", "subscribe_target", "구독이 뭐예요?", applications_texts.GLOSSARY, "구독"),
    ("documents", "type", "법인사업자가 뭐예요?", documents_texts.GLOSSARY, "법인사업자"),
    (
        "documents",
        "shown",
        "what is a seal certificate?",
        documents_texts.GLOSSARY,
        "seal certificate",
    ),
]


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize(("flow", "step", "question", "glossary", "word"), CASES)
def test_a_word_of_the_step_is_explained_and_the_step_asked_again(
    flow: str, step: str, question: str, glossary: tuple[Term, ...], word: str, lang: Lang
) -> None:
    state = _state(flow, step, lang)
    before = _values(state)
    result = _say(state, question)
    said = "\n".join(r.fallback() for r in result.replies)
    explanation = _term(glossary, word).says(lang)
    assert said.startswith(explanation), said
    assert (result.state.flow, result.state.step) == (flow, step)
    assert _values(result.state) == before
    prompt = _full_prompt(flow, result.state)
    assert said.endswith("\n".join(r.fallback() for r in prompt))


@pytest.mark.parametrize(
    ("flow", "step", "question"),
    [
        ("selection", "methods", "정기결제 되는 PG사가 뭐예요?"),
        ("selection", "methods", "which PGs do key-in?"),
        ("selection", "types", "정기결제는 무슨 PG사가 돼요?"),
        ("business", "field.goods", "의류, 잡화"),
        ("business", "field.biz_type", "도매 및 소매업"),
    ],
)
def test_a_message_that_only_mentions_a_word_is_not_explained(
    flow: str, step: str, question: str
) -> None:
    result = _say(_state(flow, step, Lang.KO), question)
    said = "\n".join(r.fallback() for r in result.replies)
    glossary = DIALOG.flows[flow].glossary
    assert not any(said.startswith(t.says(lang)) for t in glossary for lang in Lang), said


def test_every_journey_with_free_text_steps_has_a_glossary() -> None:
    for flow in journeys():
        if flow.free_text_steps:
            assert flow.glossary, flow.name


FREE_TEXT_STEPS = [
    pytest.param(flow.name, step, id=f"{flow.name}-{step}")
    for flow in journeys()
    for step in sorted(flow.free_text_steps)
]


@pytest.mark.parametrize(("flow", "step"), FREE_TEXT_STEPS)
@pytest.mark.parametrize("lang", list(Lang))
def test_at_every_free_text_step_each_word_of_the_journey_is_explained(
    flow: str, step: str, lang: Lang
) -> None:
    for term in DIALOG.flows[flow].glossary:
        korean = next(w for w in term.words if not w.isascii())
        english = next(w for w in term.words if w.isascii() and len(w) > 3)
        for question in (f"{korean}이 뭐예요?", f"what is {english}?"):
            state = _state(flow, step, lang)
            before = _values(state)
            result = _say(state, question)
            said = "\n".join(r.fallback() for r in result.replies)
            assert said.startswith(term.says(lang)), (question, said)
            assert (result.state.flow, result.state.step) == (flow, step)
            assert _values(result.state) == before


@pytest.mark.parametrize(("flow", "step"), FREE_TEXT_STEPS)
@pytest.mark.parametrize(
    "lost",
    [
        "이거 잘 모르겠어요",
        "여기에 뭘 적어야 해요?",
        "I don't understand this step",
        "what should I write here?",
    ],
)
def test_not_following_a_step_is_never_its_value(flow: str, step: str, lost: str) -> None:
    """ "이거 잘 모르겠어요" was stored as the service name (or the goods, the memo, ...): now the
    step's own words are explained (or a person offered) and the step asked again."""
    for lang in Lang:
        state = _state(flow, step, lang)
        before = _values(state)
        result = _say(state, lost)
        said = "\n".join(r.fallback() for r in result.replies)
        assert (result.state.flow, result.state.step) == (flow, step), said
        assert _values(result.state) == before
        about = for_step(step, DIALOG.flows[flow].glossary)
        lead = "\n".join(t.says(result.state.lang) for t in about) or STEP_HELP(result.state.lang)
        assert said.startswith(lead), said
        prompt = _full_prompt(flow, result.state)
        assert said.endswith("\n".join(r.fallback() for r in prompt))
