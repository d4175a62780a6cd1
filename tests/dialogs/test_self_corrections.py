"""Issue 15, QA round: corrections as merchants say them, in both languages, through the real
dialog: "아 아니 상호는 …", "sorry, I meant …" (right after answering: the field just
answered), "same as representative" / "대표자랑 같아요" at the contact question, and
"대표자와 같아요" never taken as a new representative's name."""

from __future__ import annotations

from datetime import UTC, datetime

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
READ = {
    "reg_no": "1234567891",
    "business_type": "individual",
    "trade_name": "하늘상사",
    "representative": "홍길동",
    "birth_date": "1985-07-21",
    "open_date": "2019-03-15",
    "address": "서울특별시 강남구 테헤란로 1",
    "biz_type": "도매 및 소매업",
    "biz_item": "전자상거래 소매업",
}


class Talk:
    def __init__(self, step: str, lang: Lang, *, confirmed: bool = True, **fields: str) -> None:
        self.state = ConversationState(flow="business", step=step, lang=lang, lang_fixed=True)
        self.state.put(
            BusinessSlots(
                business_number="1234567891",
                fields={**READ, **fields},
                card_confirmed=confirmed,
                upload_id=1,
            )
        )
        self.n = 0

    def say(self, text: str) -> str:
        self.n += 1
        turn = Turn(
            event_id=f"e{self.n}", conversation_key="k", transport="t", user_id="u", text=text
        )
        result = DIALOG.respond(self.state, turn, PORTS)
        self.state = result.state
        return "\n".join(r.fallback() for r in result.replies)

    @property
    def fields(self) -> dict[str, str]:
        return BusinessSlots.of(self.state).fields


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        (Lang.KO, "아 아니 상호는 하늘무역이에요", "상호(법인명)을 고쳤어요"),
        (Lang.EN, "sorry, I meant the trade name is 하늘무역", "Updated Trade name"),
    ],
)
def test_a_correction_with_a_lead_in_at_the_check(lang: Lang, text: str, said: str) -> None:
    talk = Talk("check", lang, confirmed=False)
    assert said in talk.say(text)
    assert talk.fields["trade_name"] == "하늘무역"
    assert talk.state.step == "check"


@pytest.mark.parametrize(
    ("lang", "first", "meant", "value", "asked_next"),
    [
        (Lang.EN, "Sky Mall", "sorry, I meant Sky Market", "Sky Market", "web service or an app"),
        (Lang.KO, "하늘몰", "아 아니 하늘마켓이에요", "하늘마켓", "웹 서비스인가요"),
    ],
)
def test_i_meant_right_after_answering_corrects_that_answer(
    lang: Lang, first: str, meant: str, value: str, asked_next: str
) -> None:
    talk = Talk("field.service_name", lang)
    talk.fields.update(rep_phone="01012345678", rep_email="ceo@sky.co.kr")
    talk.fields.update(contact_name="홍길동", contact_phone="01012345678")
    talk.fields.update(contact_email="ceo@sky.co.kr")
    talk.say(first)
    assert talk.state.step == "field.service_kind"
    said = talk.say(meant)
    assert talk.fields["service_name"] == value
    assert talk.state.step == "field.service_kind"  # the question now asked, asked again
    assert asked_next in said
    assert "service_kind" not in talk.fields


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (Lang.EN, "same as representative"),
        (Lang.KO, "대표자랑 같아요"),
        (Lang.EN, "대표자와 같아요"),
    ],
)
def test_the_contact_is_the_representative_in_either_language(lang: Lang, text: str) -> None:
    talk = Talk("contact", lang, rep_phone="01012345678", rep_email="ceo@sky.co.kr")
    talk.say(text)
    assert talk.fields.get("contact_name") == "홍길동"
    assert talk.fields["representative"] == "홍길동"


def test_same_as_the_representative_is_not_a_new_representative_name() -> None:
    talk = Talk("field.rep_phone", Lang.KO)
    talk.say("대표자와 같아요")
    assert talk.fields["representative"] == "홍길동"


def test_an_english_question_about_a_korean_word_stays_english() -> None:
    state = ConversationState(flow="business", step="field.rep_email", lang=Lang.EN)
    state.lang_seen = True
    talk = Talk("field.rep_email", Lang.EN)
    talk.state = state.model_copy(update={"slots": talk.state.slots})
    said = talk.say("what is 업태?")
    assert talk.state.lang is Lang.EN
    assert "business category (업태)" in said


@pytest.mark.parametrize("field", ["service_name", "goods", "address", "contact_name", "memo"])
@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        (Lang.KO, "잠깐만요", "천천히 하셔도 돼요"),
        (Lang.KO, "나중에 할게요", "천천히 하셔도 돼요"),
        (Lang.EN, "skip", "Take your time"),
        (Lang.EN, "I'll do it later", "Take your time"),
        (Lang.KO, "네", "적어 주세요"),
        (Lang.EN, "ok", "Please type the"),
        (Lang.KO, "음...", "적어 주세요"),
    ],
)
def test_a_pause_or_a_filler_is_never_stored_as_a_value(
    field: str, lang: Lang, text: str, said: str
) -> None:
    """ "잠깐만요", "skip", "네" became the service name (or the goods, the address...)."""
    talk = Talk(f"field.{field}", lang)
    talk.fields.pop(field, None)
    answer = talk.say(text)
    assert field not in talk.fields
    assert talk.state.step == f"field.{field}"
    assert said in answer


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("service_name", "Passport Shop"),
        ("service_name", "잠시쉼표 카페 본점 온라인 스토어"),
        ("memo", "없어요"),
    ],
)
def test_values_that_look_like_them_are_still_stored(field: str, value: str) -> None:
    talk = Talk(f"field.{field}", Lang.KO)
    talk.fields.pop(field, None)
    talk.say(value)
    assert field in talk.fields


@pytest.mark.parametrize(("lang", "text"), [(Lang.KO, "잠깐만요"), (Lang.EN, "hold on")])
def test_a_pause_at_the_upload_is_not_a_misunderstanding(lang: Lang, text: str) -> None:
    talk = Talk("upload", lang)
    talk.state.put(BusinessSlots())
    for _ in range(3):
        said = talk.say(text)
    assert talk.state.misunderstood == 0
    assert not talk.state.human_requested
    assert talk.state.step == "upload"
    assert ("천천히" if lang is Lang.KO else "Take your time") in said
