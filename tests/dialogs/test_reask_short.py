"""Issue 15, dlg3 defect 3: after a question answered at a step, the step is asked again in
one line ("돌아가서: 이대로 신청할까요?") with its buttons, not in full (at the selection
summary that was the whole application summary, after every question); the whole prompt
comes back on "다시 보여줘" / "show again", after a correction, in another language, and
after a long pause."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.reask import asks_to_show_again
from dialogs.replies import CardReply, ChoicesReply, Reply
from dialogs.router import Dialog, Result
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
UNDERSTANDING = load_understanding()
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)


class Talk:
    def __init__(self) -> None:
        self.state = ConversationState()
        self.now = START

    def say(self, text: str) -> list[Reply]:
        turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
        ports = Ports(faq=KnowledgeAdapter(UNDERSTANDING), now=lambda: self.now)
        result: Result = DIALOG.respond(self.state, turn, ports)
        self.state = result.state
        return result.replies


def _said(replies: list[Reply]) -> str:
    return "\n".join(r.fallback() for r in replies)


def _summary_shown(replies: list[Reply]) -> bool:
    return any(isinstance(r, CardReply) for r in replies)


APPLY = {
    Lang.KO: "카드랑 카카오페이 이니시스로 신청하고 싶어요",
    Lang.EN: "I'd like card and Kakao Pay with inicis",
}
QUESTION = {
    Lang.KO: "카드사 심사는 얼마나 걸려요?",
    Lang.EN: "how long does the card company review take?",
}
TERM = {Lang.KO: "근데 혹시 정기결제가 뭐예요?", Lang.EN: "sorry, what is a subscription?"}
BACK_TO = {Lang.KO: "돌아가서: 이대로 신청할까요?", Lang.EN: "Back to: Shall I apply like this?"}
SHOW_AGAIN = {Lang.KO: "다시 보여줘", Lang.EN: "show again"}
REMOVE = {Lang.KO: "카카오페이 빼 주세요", Lang.EN: "remove Kakao Pay"}


def _at_summary(lang: Lang) -> Talk:
    talk = Talk()
    first = talk.say(APPLY[lang])
    assert talk.state.step == "summary" and talk.state.lang is lang
    assert _summary_shown(first)
    return talk


@pytest.mark.parametrize("lang", list(Lang))
def test_after_a_question_the_summary_is_one_line_with_its_buttons(lang: Lang) -> None:
    talk = _at_summary(lang)
    for question in (QUESTION[lang], TERM[lang]):
        replies = talk.say(question)
        assert not _summary_shown(replies), _said(replies)
        last = replies[-1]
        assert isinstance(last, ChoicesReply)
        assert last.text.startswith(BACK_TO[lang])
        assert len(last.options) == 5  # apply, add, change a PG, remove, types
        assert talk.state.step == "summary"


@pytest.mark.parametrize("lang", list(Lang))
def test_show_again_shows_the_whole_summary(lang: Lang) -> None:
    talk = _at_summary(lang)
    talk.say(QUESTION[lang])
    replies = talk.say(SHOW_AGAIN[lang])
    assert _summary_shown(replies)
    assert talk.state.step == "summary"
    assert not _summary_shown(talk.say(QUESTION[lang]))  # seen again: one line again


@pytest.mark.parametrize("lang", list(Lang))
def test_a_correction_shows_the_summary_in_full_then_questions_get_one_line(lang: Lang) -> None:
    talk = _at_summary(lang)
    talk.say(QUESTION[lang])
    corrected = talk.say(REMOVE[lang])
    assert _summary_shown(corrected)
    rows = [cell for r in corrected if isinstance(r, CardReply) for row in r.rows for cell in row]
    assert not [cell for cell in rows if "카카오" in cell or "Kakao" in cell]
    assert not _summary_shown(talk.say(QUESTION[lang]))


def test_another_language_gets_the_whole_prompt() -> None:
    talk = _at_summary(Lang.KO)
    talk.say("English")
    assert talk.state.lang is Lang.EN
    assert not _summary_shown(talk.say(QUESTION[Lang.EN]))  # the switch showed it in English


def test_after_a_long_pause_the_whole_prompt_comes_back() -> None:
    talk = _at_summary(Lang.KO)
    talk.now += timedelta(hours=2)
    assert _summary_shown(talk.say(QUESTION[Lang.KO]))


@pytest.mark.parametrize(
    ("lang", "question", "back_to"),
    [
        (Lang.KO, "근데 상호가 뭐예요?", "돌아가서: 상호(법인명)를 입력해 주세요."),
        (
            Lang.EN,
            "sorry, what is a trade name?",
            "Back to: What is the trade name on the certificate?",
        ),
    ],
)
def test_a_free_text_field_is_asked_again_in_one_line(
    lang: Lang, question: str, back_to: str
) -> None:
    from dialogs.business.slots import BusinessSlots

    talk = Talk()
    talk.state = ConversationState(lang=lang, lang_fixed=True)
    talk.state.put(
        BusinessSlots(
            business_number="1234567891",
            fields={"reg_no": "1234567891", "business_type": "individual"},
            card_confirmed=True,
            upload_id=1,
        )
    )
    talk.say(
        "사업자 정보 입력할게요" if lang is Lang.KO else "I'd like to enter my business information"
    )
    assert talk.state.step == "field.trade_name", talk.state.step
    replies = talk.say(question)
    assert replies[-1].fallback() == back_to
    assert talk.state.step == "field.trade_name"
    assert "trade_name" not in BusinessSlots.of(talk.state).fields


@pytest.mark.parametrize(
    "text",
    [
        "다시 보여줘",
        "다시 보여 주세요",
        "전체 다시 보여줘",
        "요약 다시 보여줘",
        "show again",
        "show it again",
        "Show me again please",
        "repeat that",
        "say that again",
    ],
)
def test_show_again_is_recognised(text: str) -> None:
    assert asks_to_show_again(text)


@pytest.mark.parametrize(
    "text", ["다시 신청할게요", "보여주세요 카드", "show me the PGs for card", "again?"]
)
def test_other_messages_are_not_show_again(text: str) -> None:
    assert not asks_to_show_again(text)
