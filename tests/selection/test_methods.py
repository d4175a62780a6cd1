"""Choosing methods: typed (Korean, English), by tab multi-select, ambiguity, add and remove."""

from __future__ import annotations

from dialogs.replies import ChoicesReply, MultiSelectReply
from dialogs.selection.slots import SelectionSlots
from knowledge.language import Lang
from tests.selection.talk import Talk


def test_start_shows_the_tabs_and_an_empty_cart() -> None:
    talk = Talk()
    said = talk.start()
    assert talk.step == "methods"
    assert "아직 고른 결제수단이 없어요" in said
    labels = [o.value for o in talk.reply(ChoicesReply).options]
    assert labels == [
        "sel:open:general",
        "sel:open:easy_pay",
        "sel:open:overseas",
        "sel:open:identity",
    ]


def test_typed_methods_in_korean_and_english() -> None:
    talk = Talk()
    talk.start()
    assert "추가했어요: 신용카드, 카카오페이" in talk.say("카드랑 카카오페이")
    talk.state.lang = Lang.EN
    said = talk.say("and naver pay")
    assert "Added: Naver Pay" in said
    assert "Chosen so far: Credit card, Kakao Pay, Naver Pay" in said
    assert list(talk.chosen) == ["card", "kakaopay", "naverpay"]
    assert talk.step == "methods"  # still choosing until "done"


def test_a_tab_multi_select_sets_exactly_that_tab() -> None:
    talk = Talk()
    talk.start()
    talk.say("카드랑 카카오페이")
    talk.press("일반결제 (카드·계좌이체·가상계좌·휴대폰·상품권)")
    select = talk.reply(MultiSelectReply)
    assert talk.step == "category"
    assert select.selected == ["sel:methods:card"]
    said = talk.choose("sel:methods:trans,sel:methods:vbank")  # card unticked
    assert "뺐어요: 신용카드" in said
    assert "추가했어요: 실시간 계좌이체, 가상계좌" in said
    assert list(talk.chosen) == ["kakaopay", "trans", "vbank"]  # the other tab is untouched
    assert talk.step == "methods"


def test_a_tab_by_typed_numbers_and_by_form() -> None:
    talk = Talk()
    talk.start()
    talk.say("간편결제")  # a tab's name opens it
    assert talk.step == "category"
    talk.say("1, 2")
    assert list(talk.chosen) == ["kakaopay", "naverpay"]
    talk.press("해외결제")
    talk.send(form={"selected": "sel:methods:paypal"})
    assert list(talk.chosen) == ["kakaopay", "naverpay", "paypal"]


def test_pay_alone_is_asked_back_and_answered_by_number() -> None:
    talk = Talk()
    talk.start()
    said = talk.say("페이")
    assert "'페이'는 여러 결제수단을 뜻할 수 있어요" in said
    assert talk.chosen == {}
    talk.say("2")  # the second candidate of the question, not the second tab
    assert list(talk.chosen) == ["naverpay"]
    assert talk.step == "methods"


def test_pay_asked_back_answered_by_multi_select() -> None:
    talk = Talk()
    talk.start()
    talk.say("카드랑 페이")
    assert list(talk.chosen) == ["card"]
    talk.tick("카카오페이", "페이코")
    assert list(talk.chosen) == ["card", "kakaopay", "payco"]


def test_remove_before_confirming() -> None:
    talk = Talk()
    talk.start()
    talk.say("카드, 계좌이체, 카카오페이")
    assert "뺐어요: 카카오페이" in talk.say("카카오페이 빼 주세요")
    talk.state.lang = Lang.EN
    assert "Not in your selection: PAYCO" in talk.say("remove payco")
    assert list(talk.chosen) == ["card", "trans"]


def test_a_method_no_pg_takes_is_refused_with_the_reason() -> None:
    talk = Talk()
    talk.start()
    said = talk.say("신용카드 본인인증")
    assert "신용카드 본인인증: 지금 신청을 받는 PG사가 없어요" in said
    assert "서비스 중단" in said
    assert talk.chosen == {}


def test_done_needs_a_method_and_nonsense_falls_back() -> None:
    talk = Talk()
    talk.start()
    assert "하나 이상 골라 주세요" in talk.choose("sel:done")
    said = talk.say("음 글쎄요")
    assert "결제수단 이름을 찾지 못했어요" in said
    assert talk.state.misunderstood == 1
    assert "수수료는 PG사마다 달라요" in talk.say("수수료가 얼마예요?")  # the FAQ first
    assert talk.step == "methods"


def test_back_from_a_tab_and_cancel_forgets_the_selection() -> None:
    talk = Talk()
    talk.start()
    talk.say("카드")
    talk.press("간편결제 (카카오페이·네이버페이 등)")
    said = talk.say("뒤로")
    assert talk.step == "methods"
    assert "지금 고른 결제수단: 신용카드" in said
    assert "지울까요" in talk.say("취소")
    talk.say("네")
    assert talk.state.flow == "menu"
    assert SelectionSlots.of(talk.state).items == []
