"""The brief's own sentence, without a comma: "카드랑 카카오페이 이니시스로 정기결제도 하고
싶어요" read the subscription as Kakao Pay's alone (the clause after "랑"), which KG INICIS
does not take: "KG이니시스: 카카오페이 정기결제는 지원하지 않아요", Kakao Pay left without its
PG, card subscription lost. Said with a PG, the type goes to the methods that PG takes it for."""

from __future__ import annotations

from knowledge.language import Lang
from tests.selection.test_intent import menu_talk


def test_subscription_with_a_named_pg_goes_where_that_pg_takes_it() -> None:
    talk = menu_talk()
    said = talk.say("카드랑 카카오페이 이니시스로 정기결제도 하고 싶어요")
    assert "지원하지 않아요" not in said
    assert talk.step == "summary", said
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert talk.types("card") == ["subscription"]
    assert talk.types("kakaopay") == []


def test_in_english_too() -> None:
    talk = menu_talk()
    talk.state.lang = Lang.EN
    said = talk.say("card and kakao pay with inicis, subscriptions too")
    assert "doesn't" not in said
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert talk.types("card") == ["subscription"]


def test_a_type_named_for_a_method_the_pg_cannot_take_is_still_refused() -> None:
    """Said of Kakao Pay itself ("카카오페이 정기결제"), the merchant hears why not."""
    talk = menu_talk()
    said = talk.say("카드랑 카카오페이 정기결제 이니시스로 할게요")
    assert talk.types("card") == []
    assert "카카오페이 정기결제는 지원하지 않아요" in said
