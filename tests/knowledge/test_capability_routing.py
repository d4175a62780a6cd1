"""Capability questions go to the catalog (issue 15, know9).

A question that names a capability slot (a PG, a method, a payment type, an integration mode)
and has the shape of a capability question is answered from the catalog, in Korean or English,
in both directions ("PG -> which methods?", "method -> which PGs?"), typos and abbreviations
included; a word that usually comes with a process question ("해야", "따로", "need", "both",
"instead of") does not send it to the FAQ's prose. When the catalog has two readings it asks
which; when it has none, the FAQ's prose about the topic is not given as an answer. Questions
about documents, fees, timing, screening or applying stay with the FAQ.
"""

from __future__ import annotations

import pytest

from knowledge.catalog import PaymentType, SupportStatus
from knowledge.catalog_query import (
    CatalogQuery,
    capability_question,
    decode,
    encode,
    parse,
    readings,
    resolve,
)
from knowledge.understand import CATALOG_PROSE, Kind, load_understanding


def _understood_slots(text: str) -> dict[str, str | None]:
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.CATALOG, (text, understood.kind, understood.entry_id)
    assert understood.catalog is not None
    return understood.catalog.query.slots()


# -- PG -> does it do this? ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("토스페이먼츠 정기결제 돼요?", {"pg": "tosspayments", "payment_type": "subscription"}),
        ("토페 정기결제 되나요", {"pg": "tosspayments", "payment_type": "subscription"}),
        ("토스페이멘츠 정기결제 가능?", {"pg": "tosspayments", "payment_type": "subscription"}),
        ("네이버페이 이니시스로 돼요?", {"pg": "inicis", "method": "naverpay"}),
        ("is Apple Pay available with KCP?", {"pg": "kcp", "method": "applepay"}),
        ("can I do recurring payments with toss payments?", {"pg": "tosspayments"}),
        ("does nice support subscriptions via api?", {"pg": "nice", "mode": "api"}),
        ("블루월넛 수기결제 돼요?", {"pg": "bluewalnut", "payment_type": "keyin"}),
        # an incidental "instead of", "결제창 말고/대신": the other mode is asked for
        (
            "can KCP do one-time payments via API instead of the payment window?",
            {"pg": "kcp", "payment_type": "general", "mode": "api"},
        ),
        ("KCP 결제창 대신 API로 정기결제 가능해요?", {"pg": "kcp", "mode": "api"}),
        # a contract as the condition, in English too
        ("what easy pays do I get with a KCP contract?", {"pg": "kcp"}),
        # an easy-pay company as the PG, another method asked of it
        ("카카오페이로 가상계좌도 되나요?", {"pg": "kakaopay", "method": "vbank"}),
        ("payco = card only?", {"pg": "payco", "method": "card"}),
    ],
)
def test_pg_to_capability_questions_are_the_catalogs(text: str, slots: dict[str, str]) -> None:
    got = _understood_slots(text)
    assert {slot: got[slot] for slot in slots} == slots


# -- method / type / mode -> which PGs? -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("which PGs do key-in?", {"pg": None, "payment_type": "keyin"}),
        ("카카오페이 되는 PG 어디", {"pg": None, "method": "kakaopay"}),
        # "해야", "넣어야", "need": the soft words of a process question
        ("휴대폰결제 붙이려는데 어떤 pg로 해야 하나요?", {"pg": None, "method": "phone"}),
        ("가상계좌 넣어야 하는데 어느 pg가 지원해요?", {"pg": None, "method": "vbank"}),
        ("we need virtual accounts, which PGs have them?", {"pg": None, "method": "vbank"}),
        ("which PG should I use for phone billing?", {"pg": None, "method": "phone"}),
        # (subscriptions in general, nothing else named, are the subscription PGs' FAQ entry
        # since know27: tests/knowledge/test_know27_near_entries.py)
        ("정기결제 하려고 하는데 KCP로 해도 돼요?", {"pg": "kcp", "payment_type": "subscription"}),
        # a request rather than a question
        (
            "카드 정기결제 api로 하고 싶어요. 결제창 말고요",
            {"method": "card", "payment_type": "subscription", "mode": "api"},
        ),
        (
            "I want subscriptions through the API, not the window",
            {"payment_type": "subscription", "mode": "api"},
        ),
    ],
)
def test_which_pg_questions_are_the_catalogs(text: str, slots: dict[str, str | None]) -> None:
    got = _understood_slots(text)
    assert {slot: got[slot] for slot in slots} == slots


@pytest.mark.parametrize(
    "text",
    ["가상계좌랑 계좌이체 둘 다 되는 곳?", "which PGs do both virtual accounts and bank transfer?"],
)
def test_both_methods_means_every_one_at_the_same_pg(text: str) -> None:
    query = parse(text)
    assert query is not None and query.all_methods
    assert set(query.method_group) == {"vbank", "trans"}
    facts = resolve(query)
    assert facts.findings
    for finding in facts.findings:
        assert set(finding.methods) == {"vbank", "trans"}
    # and a PG with only one of them is left out, not listed for the other
    either = resolve(CatalogQuery(method_group=query.method_group))
    assert len(either.findings) >= len(facts.findings)


def test_which_pgs_with_an_easy_pay_among_methods_asks_for_the_method() -> None:
    query = parse("Which PGs can do both bank transfer and Toss Pay?")
    assert query is not None and query.pg is None
    assert "tosspay" in query.method_group


# -- two readings: ask which, within the catalog ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KCP랑 이니시스 정기결제 돼요?", [{"pg": "kcp"}, {"pg": "inicis"}]),
        ("does KCP or Inicis support Apple Pay?", [{"pg": "kcp"}, {"pg": "inicis"}]),
        (
            "정기결제랑 수기결제 둘 다 결제창으로 되는 곳 있나요?",
            [{"payment_type": "subscription"}, {"payment_type": "keyin"}],
        ),
        (
            "which pg supports both subscription and key-in in the window?",
            [{"payment_type": "subscription"}, {"payment_type": "keyin"}],
        ),
    ],
)
def test_two_readings_are_asked_back(text: str, expected: list[dict[str, str]]) -> None:
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.CLARIFY
    got = [facts.query.slots() for facts in understood.catalog_options]
    assert [{k: g[k] for k in want} for g, want in zip(got, expected, strict=True)] == expected


def test_two_pgs_named_as_an_exclusion_are_not_two_readings() -> None:
    assert readings("본인인증 되는 데가 다날이랑 이니시스 말고 또 있나요") == []


def test_one_reading_is_no_clarification() -> None:
    assert readings("KCP 정기결제 돼요?") == []


# -- a capability question the catalog cannot read gets no prose answer ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "토스페이 정기결제 되는 버전이 따로 있나요?",
        "which pg supports both subscription and key-in in the window?",
    ],
)
def test_a_capability_question_never_gets_a_prose_entry(text: str) -> None:
    understood = load_understanding().understand(text)
    assert not (understood.kind is Kind.FAQ and understood.entry_id in CATALOG_PROSE)


def test_the_prose_entries_exist() -> None:
    faq = load_understanding().faq
    for entry_id in CATALOG_PROSE:
        assert faq.entry(entry_id).id == entry_id


# -- questions about something else stay with the FAQ -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KCP 서류 뭐 필요해요?",
        "이니시스 수수료 얼마에요?",
        "정기결제 심사 얼마나 걸려요?",
        "다날 신청 어떻게 해요?",
        "카카오페이 따로 신청해야 하나요?",
        "토스페이 따로 계약해야 되나요?",
        "which PG is best for subscriptions?",
        "정기결제랑 수기결제 차이가 뭐에요?",
        "what's the difference between window and api?",
        "do I need to send documents for KCP subscriptions?",
        "다날 휴대폰결제랑 카드결제가 따로 나뉘어 있나요?",
        "how long does the kakao pay review take?",
        "정기결제 쓰려면 뭐 해야 돼요?",  # what one must do, whatever the ending
        "what do I do to get subscriptions with KCP?",
    ],
)
def test_process_questions_naming_slots_stay_with_the_faq(text: str) -> None:
    assert parse(text) is None
    assert readings(text) == []
    assert not capability_question(text)
    assert load_understanding().understand(text).kind is not Kind.CATALOG


@pytest.mark.parametrize(
    "text",
    [
        "KCP 정기결제 돼요?",
        "does inicis support naver pay?",
        "토스페이 정기결제 되는 버전이 따로 있나요?",
        "애플페이 되는 곳?",
    ],
)
def test_capability_questions_are_recognised(text: str) -> None:
    assert capability_question(text)


# -- a reading as a button's id -----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        CatalogQuery(pg="kcp", payment_type=PaymentType.SUBSCRIPTION),
        CatalogQuery(method="vbank"),
        CatalogQuery(method_group=("vbank", "trans"), all_methods=True),
    ],
)
def test_a_reading_survives_its_id(query: CatalogQuery) -> None:
    assert decode(encode(query)) == query


@pytest.mark.parametrize("key", ["catalog?pg=nope", "catalog?payment_type=weekly", "pg_codes"])
def test_an_unknown_id_is_no_reading(key: str) -> None:
    assert decode(key) is None


def test_a_no_for_a_method_the_easy_pay_company_lacks() -> None:
    query = parse("카카오페이로 가상계좌도 되나요?")
    assert query is not None
    (finding,) = resolve(query).findings
    assert finding.status is SupportStatus.NO


# -- a name several PGs share: ask which PG ----------------------------------------------------


@pytest.mark.parametrize("text", ["토스 정기결제 되나요", "toss subscription?", "토스로 카드 돼요"])
def test_a_shared_name_asks_which_pg(text: str) -> None:
    assert parse(text) is None
    pgs = [q.pg for q in readings(text)]
    assert set(pgs) >= {"tosspayments", "tosspay"}


def test_a_shared_name_in_a_which_pg_question_is_the_method() -> None:
    query = parse("토스 되는 pg")
    assert query is not None and query.pg is None and query.method == "tosspay"


@pytest.mark.parametrize(
    "text",
    [
        "이니시스 통합인증은 어떤 인증서들 지원해요?",  # which certificates: the FAQ's
        "페이먼트월 빌링키 발급하면 돈이 빠져나가요?",  # what an action costs
        "we need age verification for users, which provider?",
    ],
)
def test_questions_about_details_the_catalog_has_no_slot_for_stay_with_the_faq(
    text: str,
) -> None:
    assert parse(text) is None
