"""Issue 15, QA round, defect 1: a PG name typed alone at the methods step ("이니시스",
"inicis", "니이시스") means "I want this PG". It is taken as a preference, said back with what
that PG offers (from the catalog), and the methods chosen then go to it; it is not an FAQ
question (no clarifying question between two KG INICIS entries)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.effects import RecordUnanswered
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.typos import typo_pgs
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)
CLARIFY = ("어떤 내용을 물어보신 건가요", "Which did you mean")


class Talk:
    def __init__(self, lang: Lang) -> None:
        self.state = ConversationState(lang=lang, lang_fixed=True)
        self.n = 0
        self.effects: list[object] = []

    def say(self, text: str = "", action: str | None = None) -> str:
        self.n += 1
        turn = Turn(
            event_id=f"e{self.n}",
            conversation_key="k",
            transport="t",
            user_id="u",
            text=text,
            action=action,
        )
        result = DIALOG.respond(self.state, turn, PORTS)
        self.state = result.state
        self.effects = list(result.effects)
        return "\n".join(r.fallback() for r in result.replies)

    @property
    def slots(self) -> SelectionSlots:
        return SelectionSlots.of(self.state)

    @property
    def chosen(self) -> dict[str, str | None]:
        return {i.method: i.pg for i in self.slots.items}


@pytest.mark.parametrize(
    ("lang", "typed", "offers"),
    [
        (Lang.KO, "이니시스", "KG이니시스에서 신청할 수 있는 결제수단"),
        (Lang.KO, "니이시스", "KG이니시스에서 신청할 수 있는 결제수단"),
        (Lang.KO, "이니시스로 할게요", "KG이니시스에서 신청할 수 있는 결제수단"),
        (Lang.EN, "inicis", "What KG INICIS offers"),
        (Lang.EN, "kg inicsi", "What KG INICIS offers"),
    ],
)
def test_a_pg_typed_at_the_methods_step_is_a_preference(
    lang: Lang, typed: str, offers: str
) -> None:
    talk = Talk(lang)
    talk.say(action="menu:selection")
    assert talk.state.step == "methods"
    said = talk.say(typed)
    assert offers in said
    assert not any(c in said for c in CLARIFY), said
    assert not [e for e in talk.effects if isinstance(e, RecordUnanswered)]
    assert talk.slots.preferred_pg == "inicis"
    assert talk.state.step == "methods"  # the methods are asked next
    assert not talk.slots.items


@pytest.mark.parametrize("lang", list(Lang))
def test_the_methods_chosen_after_go_to_the_preferred_pg(lang: Lang) -> None:
    talk = Talk(lang)
    talk.say(action="menu:selection")
    talk.say("이니시스" if lang is Lang.KO else "inicis")
    talk.say("카드랑 카카오페이" if lang is Lang.KO else "card and kakao pay")
    said = talk.say(action="sel:done")
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert ("KG이니시스 선택했어요" if lang is Lang.KO else "KG INICIS") in said
    talk.say(action="sel:types:")  # one-time payments only
    assert talk.state.step == "summary"


def test_a_method_the_preferred_pg_cannot_take_is_said_and_asked() -> None:
    talk = Talk(Lang.KO)
    talk.say(action="menu:selection")
    talk.say("이니시스")
    talk.say(action="sel:add:card,paypal")
    said = talk.say(action="sel:done")
    assert talk.chosen["card"] == "inicis"
    assert talk.chosen["paypal"] is None
    assert "KG이니시스: 페이팔 지원하지 않아요" in said
    after = talk.say(action="sel:types:")
    assert talk.state.step == "pgs"  # PayPal's PG is asked as usual
    assert "지원하지 않아요" not in after  # the refusal is said once, not every turn


def test_a_pg_named_with_methods_later_wins_over_the_preference() -> None:
    talk = Talk(Lang.KO)
    talk.say(action="menu:selection")
    talk.say("이니시스")
    talk.say("카드는 KCP로 할게요")
    assert talk.chosen == {"card": "kcp"}


def test_a_pg_typed_at_the_types_step_is_taken_for_the_chosen_methods() -> None:
    talk = Talk(Lang.EN)
    talk.say(action="menu:selection")
    talk.say(action="sel:add:card")
    talk.say(action="sel:done")
    assert talk.state.step == "types"
    said = talk.say("inicis")
    assert talk.chosen == {"card": "inicis"}
    assert not any(c in said for c in CLARIFY), said


@pytest.mark.parametrize(
    ("lang", "typed"), [(Lang.KO, "이니시스"), (Lang.EN, "I'd go with inicis")]
)
def test_a_pg_typed_at_the_menu_starts_selection_with_it(lang: Lang, typed: str) -> None:
    talk = Talk(lang)
    said = talk.say(typed)
    assert (talk.state.flow, talk.state.step) == ("selection", "methods")
    assert talk.slots.preferred_pg == "inicis"
    assert not any(c in said for c in CLARIFY), said


def test_a_question_about_a_pg_at_the_menu_is_still_answered() -> None:
    talk = Talk(Lang.KO)
    talk.say("이니시스 취소 왜 안 돼요?")
    assert talk.state.flow == "menu"
    assert talk.slots.preferred_pg is None


def test_a_pg_typed_when_business_information_is_done_starts_selection() -> None:
    talk = Talk(Lang.EN)
    talk.state.flow, talk.state.step = "business", "done"
    talk.say("inicis")
    assert (talk.state.flow, talk.state.step) == ("selection", "methods")
    assert talk.slots.preferred_pg == "inicis"


def _at_summary(lang: Lang) -> Talk:
    talk = Talk(lang)
    talk.say(action="menu:selection")
    talk.say(action="sel:add:card,kakaopay")
    talk.say(action="sel:done")
    talk.say(action="sel:types:")
    talk.say(action="sel:pg:card:tosspayments")
    talk.say(action="sel:pg:kakaopay:kakaopay")
    assert talk.state.step == "summary"
    return talk


@pytest.mark.parametrize(
    ("lang", "text", "pg"),
    [(Lang.KO, "아 아니 이니시스로 해 주세요", "inicis"), (Lang.EN, "sorry, I meant KCP", "kcp")],
)
def test_a_pg_named_at_the_summary_is_taken_for_the_methods(lang: Lang, text: str, pg: str) -> None:
    talk = _at_summary(lang)
    talk.say(text)
    assert talk.chosen == {"card": pg, "kakaopay": pg}
    assert talk.state.step == "summary"


def test_a_question_about_a_pg_at_the_summary_changes_nothing() -> None:
    talk = _at_summary(Lang.KO)
    talk.say("이니시스는 왜 취소가 안 돼요?")
    assert talk.chosen == {"card": "tosspayments", "kakaopay": "kakaopay"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [(Lang.KO, "일반결제만"), (Lang.EN, "one-time only"), (Lang.EN, "one-time payments only")],
)
def test_one_time_only_at_the_summary_drops_the_extra_types_and_keeps_the_pg(
    lang: Lang, text: str
) -> None:
    """'one-time payments only' came close enough to 'NICE Payments' to switch the PG."""
    talk = Talk(lang)
    talk.say(action="menu:selection")
    talk.say(action="sel:add:card")
    talk.say(action="sel:done")
    talk.say(action="sel:types:card.subscription")
    talk.say(action="sel:pg:card:tosspayments")
    talk.say(text)
    item = talk.slots.items[0]
    assert (item.pg, item.payment_types) == ("tosspayments", [])
    assert talk.state.step == "summary"


@pytest.mark.parametrize(
    ("text", "pgs"),
    [
        ("I need card, one-time payments only", []),
        ("card with one time payments", []),
        ("toss paymnets", ["tosspayments"]),
        ("nice paymets", ["nice"]),
        ("니이시스로 할게요", ["inicis"]),
    ],
)
def test_two_words_read_as_a_misspelt_pg_only_when_each_is_close(text: str, pgs: list[str]) -> None:
    assert [m.value for m in typo_pgs(text).matches] == pgs


@pytest.mark.parametrize(
    ("lang", "text", "types", "asked_next"),
    [
        (Lang.KO, "카드 정기결제", {"card": ["subscription"]}, "pgs"),
        (Lang.EN, "card subscription", {"card": ["subscription"]}, "pgs"),
        (
            Lang.KO,
            "카드랑 네이버페이 정기결제",
            {"card": [], "naverpay": ["subscription"]},
            "types",
        ),
        (Lang.KO, "카드 수기결제랑 카카오페이", {"card": ["keyin"], "kakaopay": []}, "types"),
    ],
)
def test_payment_types_said_with_methods_are_kept(
    lang: Lang, text: str, types: dict[str, list[str]], asked_next: str
) -> None:
    """ "카드 정기결제" added the card and dropped the subscription; a method whose clause
    names no type is still asked about."""
    talk = Talk(lang)
    talk.say(text)
    assert {i.method: i.payment_types for i in talk.slots.items} == types
    assert talk.state.step == asked_next


@pytest.mark.parametrize(("lang", "text"), [(Lang.KO, "잠깐만요"), (Lang.EN, "ok")])
def test_a_pause_at_a_pg_extra_field_is_not_its_value(lang: Lang, text: str) -> None:
    talk = Talk(lang)
    talk.say(action="menu:selection")
    talk.say(action="sel:add:kakaopay")
    talk.say(action="sel:done")
    talk.say(action="sel:types:")
    talk.say(action="sel:pg:kakaopay:kakaopay")
    talk.say(action="sel:confirm")
    assert talk.state.step == "extras"
    talk.say(text)
    assert talk.state.step == "extras"
    assert talk.slots.extras == {}
