"""The summary grouped by PG, changes of mind that go back to the right step, confirmation,
and the add-later journey (what was applied for is shown and not offered again)."""

from __future__ import annotations

from dialogs.applications.port import AppliedItem
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.effects import FileApplications
from dialogs.replies import CardReply, ChoicesReply
from dialogs.selection.slots import SelectionSlots
from knowledge.language import Lang
from tests.selection.talk import FakeApplied, Talk


def at_summary(lang: Lang = Lang.KO, applied: FakeApplied | None = None) -> Talk:
    """Card and Kakao Pay with KG INICIS, virtual accounts with KCP."""
    talk = Talk(lang=lang, applied=applied)
    talk.start()
    talk.say("card, kakao pay and virtual account")
    talk.choose("sel:done")
    talk.choose("sel:types:")
    talk.choose("sel:pg:card:inicis")
    talk.choose("sel:pg:kakaopay:inicis")
    talk.choose("sel:pg:vbank:kcp")
    assert talk.step == "summary"
    return talk


def test_the_summary_groups_by_pg() -> None:
    talk = at_summary()
    card = talk.reply(CardReply)
    assert card.rows == [("KG이니시스", "신용카드, 카카오페이"), ("NHN KCP", "가상계좌")]
    assert "홈페이지명" in card.footer  # INICIS asks for extra information


def test_change_the_pg_for_card_goes_to_that_question_and_back() -> None:
    talk = at_summary(Lang.EN)
    said = talk.say("change the PG for card")
    assert talk.step == "pgs"
    assert "Credit card: which PG" in said
    talk.say("Toss Payments")
    assert talk.step == "summary"
    assert talk.chosen == {"card": "tosspayments", "kakaopay": "inicis", "vbank": "kcp"}


def test_change_with_the_pg_named_at_once_and_refused() -> None:
    talk = at_summary()
    talk.say("가상계좌는 토스페이먼츠로 바꿔 주세요")
    assert talk.chosen["vbank"] == "tosspayments"
    assert talk.step == "summary"
    said = talk.say("카카오페이를 KICC로 바꿔 주세요")
    assert "KICC (이지페이): 카카오페이 지원하지 않아요" in said
    assert talk.step == "pgs"
    assert talk.chosen["kakaopay"] == "inicis"


def test_remove_and_add_at_the_summary() -> None:
    talk = at_summary()
    said = talk.say("카카오페이 빼 주세요")
    assert "뺐어요: 카카오페이" in said
    assert talk.step == "summary"
    said = talk.say("네이버페이 추가")
    assert "추가했어요: 네이버페이" in said
    assert talk.step == "types"  # Naver Pay can have subscriptions: asked first
    talk.say("없어요")
    assert talk.step == "pgs"
    talk.say("네이버페이")
    assert talk.step == "summary"
    assert talk.chosen == {"card": "inicis", "vbank": "kcp", "naverpay": "naverpay"}


def test_buttons_ask_which_method() -> None:
    talk = at_summary()
    talk.choose("sel:remove")
    assert talk.reply(ChoicesReply).options[2].value == "sel:remove:vbank"
    talk.say("3")
    assert list(talk.chosen) == ["card", "kakaopay"]
    talk.choose("sel:change")
    talk.say("1")
    assert talk.step == "pgs"
    assert SelectionSlots.of(talk.state).current == "card"


def test_a_method_alone_asks_what_to_do_with_it() -> None:
    talk = at_summary()
    said = talk.say("카드")
    assert "신용카드: 어떻게 할까요?" in said
    talk.say("2")
    assert "card" not in talk.chosen


def test_removing_everything_goes_back_to_choosing() -> None:
    talk = at_summary()
    talk.say("카드, 카카오페이, 가상계좌 빼 주세요")
    assert talk.step == "methods"
    assert talk.chosen == {}


def test_confirm_without_business_information_hands_over_with_the_selection_kept() -> None:
    talk = at_summary()
    said = talk.say("신청할게요")
    assert "사업자 정보만 입력하시면" in said
    assert SelectionSlots.of(talk.state).confirmed
    assert len(SelectionSlots.of(talk.state).items) == 3
    assert talk.effects == []
    # Only selection is registered in this pure dialog: the hand-over lands on the menu.
    assert talk.state.flow == "menu"


def test_a_change_after_confirming_unconfirms() -> None:
    talk = at_summary()
    talk.choose("sel:confirm")
    talk.choose("menu:selection")
    assert talk.step == "summary"  # resumes where the selection stands
    talk.say("가상계좌 빼 주세요")
    assert not SelectionSlots.of(talk.state).confirmed


def test_confirm_with_business_information_files_one_application_per_pg() -> None:
    talk = at_summary()
    BusinessSlots.of(talk.state).business_number = "1234567891"
    BusinessSlots.of(talk.state).finished = True
    BusinessSlots.of(talk.state).fields = {"service_name": "하늘쇼핑"}  # KG INICIS's website name
    said = talk.press("이대로 신청")
    assert "KG이니시스: 신용카드, 카카오페이" in said
    (effect,) = talk.effects
    assert isinstance(effect, FileApplications)
    assert effect.business_number == "1234567891"
    assert [(i.pg, i.methods) for i in effect.items] == [
        ("inicis", ("card", "kakaopay")),
        ("kcp", ("vbank",)),
    ]
    assert SelectionSlots.of(talk.state).items == []


def test_add_later_shows_what_was_applied_and_does_not_offer_it_again() -> None:
    applied = FakeApplied(
        {
            "1234567891": [
                AppliedItem("inicis", "card", "received"),
                AppliedItem("html5_inicis", "kakaopay", "received"),
            ]
        }
    )
    talk = Talk(applied=applied)
    ContractsSlots.of(talk.state).business_number = "1234567891"
    said = talk.start()
    assert "이미 신청하신 내역이에요" in said
    assert "KG이니시스: 신용카드, 카카오페이 (상태: PG사 접수)" in said
    said = talk.say("카드랑 네이버페이")
    assert "신용카드: 이미 KG이니시스에 신청하셨어요. 다른 PG사만 안내할게요." in said
    talk.choose("sel:done")
    talk.choose("sel:types:")
    offered = [o.value for o in talk.reply(ChoicesReply).options]
    assert "sel:pg:card:inicis" not in offered
    assert "sel:pg:card:kcp" in offered
    said = talk.say("이니시스")
    assert "신용카드: KG이니시스에는 이미 신청하셨어요" in said
    assert talk.chosen["card"] is None
    talk.choose("sel:open:easy_pay")
    labels = [o.label for o in talk.replies[-1].options]  # type: ignore[union-attr]
    assert "카카오페이 (신청됨: KG이니시스)" in labels
