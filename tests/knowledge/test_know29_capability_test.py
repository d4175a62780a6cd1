"""know29: a positive test of a capability question (does a named PG offer a named method,
payment type or mode), in Korean and English, with typos and with a condition around it (applying
anew, adding, a module), answered from the catalog with its slots; a message that asks for a
code, a parameter, an SDK version, a difference or a requirement goes to the FAQ.

The phrasings are written here from /work/shared/domain-facts.md, not taken from a set."""

from __future__ import annotations

import json

import pytest

from bench.knowledge_history import Record, tally
from knowledge import catalog_query
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        # a condition the process words used to send to the FAQ or to "A or B?"
        ("웰컴페이먼츠 지금 새로 신청해도 정기결제 API로 되나요", {"pg": "welcome",
         "payment_type": "subscription", "mode": "api"}),
        ("저희 KICC 쓰고 있는데 가상계좌 추가 가능한가요", {"pg": "kicc", "method": "vbank"}),
        ("스마일페이 단독으로 계약하면 카드 정기결제도 받아져요?", {"pg": "smilepay",
         "payment_type": "subscription"}),
        ("we're on the new NICE module - does it take Samsung Pay?", {"pg": "nice",
         "method": "samsungpay"}),
        ("Can Toss Payments' old module do key-in over the API?", {"pg": "tosspayments",
         "payment_type": "keyin", "mode": "api"}),
        # a misspelt PG, no verb but a question mark
        ("헥토파이넨셜 휴대폰결제 되나요", {"pg": "settle", "method": "phone"}),
        ("ksnet recurring?", {"pg": "ksnet", "payment_type": "subscription"}),
    ],
)  # fmt: skip
def test_a_capability_question_with_a_condition_is_the_catalogs(
    text: str, slots: dict[str, str]
) -> None:
    assert catalog_query.asks_offered(text)
    got = load_understanding().understand(text)
    assert got.kind is Kind.CATALOG, text
    assert got.catalog is not None
    read = {k: v for k, v in got.catalog.query.slots().items() if v}
    assert {k: read.get(k) for k in slots} == slots


@pytest.mark.parametrize(
    "text",
    [
        # a code, a parameter, an SDK, a difference: the FAQ's, whatever the slots named
        "KCP 정기결제 결제창으로 할 때 pg 코드는 뭐 써요?",
        "which pay_method value does Eximbay take for WeChat Pay?",
        "스마트로 구모듈이랑 신모듈 정기결제 차이가 뭐예요",
        "does galaxia moneytree need the latest SDK for phone payments?",
        # a requirement, a settlement account, identity verification's application
        "토스페이먼츠 수기결제 하려면 서류 뭐가 필요해요?",
        "나이스 정산 통장은 가상계좌로 받아도 되나요",
        "KCP 본인인증도 같이 신청되나요",
        # the easy pay as a method asked of PGs, not a PG
        "which PGs take both virtual accounts and Kakao Pay?",
    ],
)
def test_what_else_is_asked_is_no_capability_question(text: str) -> None:
    assert not catalog_query.asks_offered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inicis subscription on a PC needs a certificate, right?",
        "이니시스 정기결제 PC에서는 인증서 있어야 돼요?",
    ],
)
def test_a_sure_entry_answers_a_requirement_the_catalog_read_slots_from(text: str) -> None:
    understanding = load_understanding()
    sure = understanding.faq.lookup(text).best
    assert catalog_query.asks_other(text)
    got = understanding.understand(text)
    if sure is not None and sure.entry_id == "inicis_subscription_pc":
        assert got.kind is Kind.FAQ
        assert got.entry_id == "inicis_subscription_pc"
    else:  # no sure entry: never a capability list for a requirement
        assert got.kind is not Kind.CATALOG


def test_the_history_replay_answers_a_capability_question_from_the_catalog() -> None:
    # the old code asked back; the positive test reads it, the catalog's slots are scored
    asked_back = Record(
        expect="catalog",
        alts=(),
        kind="clarify",
        entry=None,
        right=False,
        text="페이코 단독 계약이면 가상계좌도 되나요",
        slots={"pg": "payco", "method": "vbank"},
    )
    before = tally([asked_back], 0.0, catalog_rule=True)
    after = tally([asked_back], 0.0, catalog_rule=True, know29=True)
    assert (before.right, before.clarified) == (0, 1)
    assert (after.right, after.wrong, after.clarified) == (1, 0, 0)
    # a wrong slot reading is a wrong answer, not a right one
    mislabelled = Record(**{**asked_back.__dict__, "slots": {"pg": "payco", "method": "trans"}})
    assert tally([mislabelled], 0.0, catalog_rule=True, know29=True).wrong == 1
    assert json.dumps(asked_back.slots)  # kept with the records (--save)
