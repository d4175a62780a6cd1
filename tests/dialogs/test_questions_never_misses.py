"""Issue 15, dlg3 defect 2: a question is never a miss. At the certificate upload step an
unanswered question counted as one, so a name typed right after it called an agent ("두 번
연속…"); the same held at every step that reads questions itself (the menu, a contract answer,
the checklist, "discard?"). Only values the step cannot use count."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business.slots import BusinessSlots
from dialogs.effects import RecordUnanswered, RequestHuman
from dialogs.ports import Ports
from dialogs.router import Dialog, Result
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)
UNANSWERED = {Lang.KO: "정산 주기가 어떻게 되나요?", Lang.EN: "how often do I get paid out?"}


def _say(state: ConversationState, text: str) -> Result:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS)


def _state(flow: str, step: str, lang: Lang) -> ConversationState:
    state = ConversationState(flow=flow, step=step, lang=lang, lang_fixed=True)
    if flow == "business" and step != "upload":
        state.put(
            BusinessSlots(
                business_number="1234567891",
                fields={"reg_no": "1234567891", "business_type": "individual"},
                card_confirmed=True,
                upload_id=1,
            )
        )
    if flow == "selection":
        state.put(SelectionSlots(items=[]))
    return state


@pytest.mark.parametrize(("lang", "name"), [(Lang.KO, "홍길동"), (Lang.EN, "Gildong Hong")])
def test_a_name_after_an_unanswered_question_at_upload_does_not_call_an_agent(
    lang: Lang, name: str
) -> None:
    state = _state("business", "upload", lang)
    asked = _say(state, UNANSWERED[lang])
    assert asked.state.misunderstood == 0
    typed = _say(asked.state, name)
    assert not [e for e in typed.effects if isinstance(e, RequestHuman)]
    assert not typed.state.human_requested
    assert (typed.state.flow, typed.state.step) == ("business", "upload")


# Steps that hand an unanswerable question back to the router, so that another journey's
# intent can still take it; the router does not count a question as a miss either.
EVERY_STEP = [
    pytest.param(flow.name, str(step), id=f"{flow.name}-{step}")
    for flow in DIALOG.flows.values()
    for step in sorted(flow.steps)
]


@pytest.mark.parametrize(("flow", "step"), EVERY_STEP)
@pytest.mark.parametrize("lang", list(Lang))
def test_a_question_after_a_miss_does_not_call_an_agent(flow: str, step: str, lang: Lang) -> None:
    state = _state(flow, step, lang)
    state.misunderstood = 1  # the merchant typed something unusable just before
    result = _say(state, UNANSWERED[lang])
    assert result.state.misunderstood == 0
    assert not result.state.human_requested
    assert not [e for e in result.effects if isinstance(e, RequestHuman)]
    assert (result.state.flow, result.state.step) == (flow, step)


@pytest.mark.parametrize(
    ("flow", "step"), [("menu", "start"), ("documents", "shown"), ("documents", "industry")]
)
@pytest.mark.parametrize("text", ["KCP 계약 있나요?", "우리 가맹점 번호 있는지 알고 싶어요"])
def test_a_question_still_starts_another_journey(flow: str, step: str, text: str) -> None:
    """A question that asks for a journey still starts it, even one the FAQ cannot answer."""
    result = _say(_state(flow, step, Lang.KO), text)
    assert result.state.flow == "contracts"


def test_an_unanswered_question_at_a_step_is_kept_for_the_team() -> None:
    result = _say(_state("business", "upload", Lang.KO), UNANSWERED[Lang.KO])
    said = "\n".join(r.fallback() for r in result.replies)
    assert "확실한 답을 찾지 못했어요" in said and "상담원과 이야기하기" in said
    recorded = [e for e in result.effects if isinstance(e, RecordUnanswered)]
    assert [(e.flow, e.step, e.outcome) for e in recorded] == [("business", "upload", "none")]
