"""Subscription / key-in and a PG per method: filtering, recommendation, refusals, ambiguity,
disputed support and the whole table."""

from __future__ import annotations

from dialogs.replies import ChoicesReply, MultiSelectReply, TableReply
from dialogs.selection.slots import SelectionSlots
from knowledge.language import Lang
from tests.selection.talk import Talk


def at_types(*methods: str, lang: Lang = Lang.KO) -> Talk:
    talk = Talk(lang=lang)
    talk.start()
    talk.choose("sel:add:" + ",".join(methods))
    talk.choose("sel:done")
    return talk


def pg_values(talk: Talk) -> list[str]:
    return [o.value.rsplit(":", 1)[1] for o in talk.reply(ChoicesReply).options]


def test_types_offered_only_where_some_pg_supports_them() -> None:
    talk = at_types("card", "vbank", "kakaopay")
    assert talk.step == "types"
    values = [o.value for o in talk.reply(MultiSelectReply).options]
    assert values == [
        "sel:types:card.subscription",
        "sel:types:card.keyin",
        "sel:types:kakaopay.subscription",
        "sel:types:",  # one-time payments only, numbered with the rest
    ]
    assert "입점 심사가 더 까다로워요" in "\n".join(r.fallback() for r in talk.replies)


def test_no_types_step_when_no_method_has_them() -> None:
    talk = at_types("vbank")
    assert talk.step == "pgs"


def test_key_in_offers_only_pgs_that_support_it() -> None:
    talk = at_types("card")
    said = talk.choose("sel:types:card.keyin")
    assert talk.types("card") == ["keyin"]
    assert "신용카드 (수기결제): 어느 PG사로" in said
    offered = pg_values(talk)
    assert {"inicis", "kcp", "tosspayments", "nice", "daou", "settle", "ksnet", "welcome"} <= set(
        offered
    )
    for not_keyin in ("kicc", "mobilians", "bluewalnut"):
        assert not_keyin not in offered
    # Disputed key-in support is offered, said plainly to be being confirmed (issue 15).
    assert "smartro" in offered
    assert "스마트로: 이 결제수단 지원 여부를 확인하고 있어요" in said
    assert "자료마다" not in said
    # Typed, a PG without key-in is refused with the reason and the alternatives.
    said = talk.say("블루월넛으로 할게요")
    assert "블루월넛: 신용카드 수기결제는 지원하지 않아요" in said
    assert "비인증 결제" in said
    assert "지원하는 PG사: KG이니시스" in said
    assert talk.chosen == {"card": None}


def test_subscription_typed_filters_and_disputed_choice_is_said() -> None:
    talk = at_types("card", "phone")
    talk.say("휴대폰 정기결제")
    assert talk.types("phone") == ["subscription"]
    assert talk.types("card") == []
    assert SelectionSlots.of(talk.state).pg_target().method == "card"  # type: ignore[union-attr]
    talk.say("KG모빌리언스")
    said = talk.say("KG모빌리언스")  # phone subscription: confirmed for Mobilians
    assert "휴대폰 소액결제: KG모빌리언스 (KG파이낸셜) 선택했어요" in said
    talk.press("정기·수기결제 바꾸기")
    said = talk.tick("신용카드 정기결제", "휴대폰 소액결제 정기결제")
    # Card subscription is disputed for Mobilians: the choice stays, marked; which source
    # says what is for agents (issue 16 defect 7).
    assert talk.chosen == {"card": "mobilians", "phone": "mobilians"}
    assert talk.step == "summary"
    assert "지원 확인 중" in said
    assert "자료마다" not in said
    assert "non-auth.mdx" not in said


def test_changing_types_drops_a_pg_that_cannot_take_them() -> None:
    talk = at_types("card")
    talk.choose("sel:types:")
    talk.say("KICC")
    assert talk.chosen == {"card": "kicc"}
    assert talk.step == "summary"
    said = talk.say("수기결제도 추가해 주세요")
    assert "KICC (이지페이): 신용카드 수기결제는 지원하지 않아요" in said
    assert talk.chosen == {"card": None}
    assert talk.step == "pgs"


def test_recommended_first_with_the_reason() -> None:
    talk = at_types("identity_phone")
    said = "\n".join(r.fallback() for r in talk.replies)
    assert pg_values(talk)[0] == "danal"
    assert "추천 다날: 포트원 추천 패키지의 본인인증 PG가 다날입니다." in said
    talk.say("추천해 주세요")
    assert talk.chosen == {"identity_phone": "danal"}


def test_nice_alone_is_asked_back() -> None:
    talk = at_types("vbank", lang=Lang.EN)
    said = talk.say("nice")
    assert "'nice': did you mean NICE Payments?" in said
    talk.say("no")
    assert talk.chosen == {"vbank": None}
    assert talk.step == "pgs"
    talk.say("nice")
    talk.say("yes")
    assert talk.chosen == {"vbank": "nice"}


def test_toss_is_asked_back_among_the_pgs_that_take_the_method() -> None:
    talk = at_types("vbank")
    said = talk.say("토스")  # Toss Pay, a wallet, does not take virtual accounts
    assert "'토스': 토스페이먼츠를 말씀하신 건가요?" in said
    talk.say("네")
    assert talk.chosen == {"vbank": "tosspayments"}
    talk = at_types("vbank")
    said = talk.say("토스페이")  # named outright: refused, with the reason
    assert "토스페이: 가상계좌" in said and "지원하지 않아요" in said


def test_a_pg_that_does_not_take_the_method_is_refused_with_alternatives() -> None:
    talk = at_types("naverpay", lang=Lang.EN)
    talk.choose("sel:types:")
    said = talk.say("Kakao Pay")
    assert "Kakao Pay does not support Naver Pay." in said
    assert "sources" not in said
    assert "PGs that do: Naver Pay, KG INICIS" in said
    assert talk.chosen == {"naverpay": None}


def test_view_all_shows_every_pg_against_the_chosen_methods() -> None:
    talk = at_types("card", "kakaopay")
    talk.choose("sel:types:card.keyin")
    talk.choose("sel:table")
    table = talk.reply(TableReply)
    assert table.columns == ["PG사", "신용카드 (수기결제)", "카카오페이"]
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["KG이니시스"] == ["✓", "✓*"]
    assert rows["카카오페이"] == ["–", "✓"]
    assert rows["스마트로"][0] == "?"
    assert rows["KICC (이지페이)"][0] == "–"
    assert "한국결제네트웍스 (KPN)" not in rows  # V2 only
    assert talk.step == "pgs"  # the question is asked again after the table


def test_one_pg_for_several_methods_is_offered_first() -> None:
    talk = at_types("card", "kakaopay")
    talk.choose("sel:types:")
    talk.say("KG이니시스")
    said = talk.say("다시 보여줘")  # the whole question again (an empty message gets one line)
    assert "다른 결제수단에 이미 고르신 PG사" in said
    assert pg_values(talk)[0] == "inicis"
    talk.say("1")
    assert talk.chosen == {"card": "inicis", "kakaopay": "inicis"}
    assert talk.step == "summary"
