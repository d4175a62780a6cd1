"""Support questions answered from the catalog, in both directions and both languages."""

import pytest

from dialogs.answers.catalog import render
from knowledge.catalog import PaymentType, SupportStatus, load_catalog
from knowledge.catalog_query import parse, resolve
from knowledge.language import Lang
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("KCP 수기결제 되나요?", {"pg": "kcp", "payment_type": "keyin"}),
        ("does KCP do subscriptions?", {"pg": "kcp", "payment_type": "subscription"}),
        ("which PGs do key-in?", {"pg": None, "payment_type": "keyin"}),
        ("정기결제 되는 pg사 어디에요", {"pg": None, "payment_type": "subscription"}),
        ("애플페이 되는 PG사", {"pg": None, "method": "applepay"}),
        ("이니시스에서 가상계좌 돼요?", {"pg": "inicis", "method": "vbank"}),
        ("can I take naver pay through KG Inicis", {"pg": "inicis", "method": "naverpay"}),
        ("나이스 결제창으로 정기결제 돼요?", {"pg": "nice", "mode": "window"}),
        ("니이시스 정기결제 돼요?", {"pg": "inicis", "payment_type": "subscription"}),
    ],
)
def test_support_questions_are_read_into_slots(text: str, slots: dict[str, str | None]) -> None:
    query = parse(text)
    assert query is not None
    got = query.slots()
    for name, value in slots.items():
        assert got[name] == value


@pytest.mark.parametrize(
    "text",
    [
        "카카오페이 따로 계약해야돼요?",
        "정기결제랑 수기결제 차이가 뭐에요",
        "이니시스 괜찮아요?",
        "KG이니시스 계약 기간 얼마나 걸려요",
        "what documents does KCP need?",
        "how long does the card review take",
        "how lnog does teh card reveiw take",  # a how-question, even misspelt
        "오늘 날씨 어때요?",
    ],
)
def test_process_and_definition_questions_are_left_to_the_faq(text: str) -> None:
    assert parse(text) is None


def test_a_how_question_asking_which_pg_stays_with_the_catalog() -> None:
    query = parse("how many PGs support subscriptions?")
    assert query is not None
    assert query.payment_type is PaymentType.SUBSCRIPTION


def test_the_listing_names_exactly_the_pgs_the_catalog_names() -> None:
    catalog = load_catalog()
    query = parse("which PGs do key-in?")
    assert query is not None
    facts = resolve(query)
    expected = {
        pg.code
        for pg in catalog.pgs
        if not pg.v2_only
        and any(pg.support(m, PaymentType.KEYIN).supported for m in pg.method_codes)
    }
    assert {f.pg.code for f in facts.findings} == expected
    text = render(facts, Lang.EN)
    for finding in facts.findings:
        assert finding.pg.name(Lang.EN) in text


def test_yes_and_no_in_both_languages() -> None:
    yes = parse("does KCP do subscriptions?")
    no = parse("엑심베이 정기결제 지원하나요?")
    assert yes is not None and no is not None
    assert render(resolve(yes), Lang.EN).startswith("Yes, NHN KCP supports")
    said = render(resolve(no), Lang.KO)
    # the catalog states this "no" (PortOne does not support it): said as it says it
    assert "엑심베이" in said and "지원하지 않습니다" in said
    unknown = parse("엑심베이 계좌이체 되나요?")
    assert unknown is not None
    said = render(resolve(unknown), Lang.KO)
    assert "엑심베이" in said and "자료에 없어요" in said


def test_a_disputed_fact_says_so_without_the_agents_note() -> None:
    query = parse("스마트로 수기결제 api 가능?")
    assert query is not None
    facts = resolve(query)
    assert facts.findings[0].status is SupportStatus.DISPUTED
    support = load_catalog().pg("smartro").support("card", PaymentType.KEYIN)
    assert support.note is not None
    for lang in Lang:
        said = render(facts, lang)
        assert support.note.get(lang) not in said
        assert "V2" not in said and "(C" not in said
        assert ("확인" in said) if lang is Lang.KO else ("confirm" in said)


def test_understanding_prefers_the_catalog_for_support_questions() -> None:
    understood = load_understanding().understand("which gateways do key-in payments")
    assert understood.kind is Kind.CATALOG
    assert understood.entry_id == "catalog"


@pytest.mark.parametrize(
    "text", ["일반결제에는 어떤 결제수단이 들어가요?", "what's in general payments?"]
)
def test_one_time_payments_alone_are_no_catalog_question(text: str) -> None:
    # Every PG takes one-time payments: listing them all answers nothing.
    assert parse(text) is None
