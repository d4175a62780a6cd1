"""The catalog path answers only what its answer covers (issue 15, know7).

The catalog's answer is about one PG, or lists every PG with what was named. A question it
would only half answer (two PGs named, a market narrowing the list, overseas payments as a
whole) goes to the FAQ or a clarifying question instead; a "no" the catalog states with its
reason is said as that reason. Phrasings are written for these tests, not taken from a set.
"""

import pytest

from knowledge.catalog import SupportStatus
from knowledge.catalog_query import parse, resolve
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    "text",
    [
        "KCP랑 KG이니시스 둘 다 카카오페이 돼요?",
        "나이스 말고 다날이랑 KCP도 휴대폰결제 되나요?",
        "can I apply to NICE and Danal for subscriptions at the same time?",
        "does KCP or Toss Payments do key-in?",
        "이니시스랑 스마트로 중에 정기결제 어디가 돼요?",
    ],
)
def test_two_general_pgs_are_not_answered_with_the_first(text: str) -> None:
    assert parse(text) is None
    assert load_understanding().understand(text).kind is not Kind.CATALOG


@pytest.mark.parametrize(
    "text",
    [
        "KCP 카카오페이 되나요?",
        "does Danal do subscriptions?",
        "can I take naver pay through KG Inicis",
        "이니시스에서 가상계좌 돼요?",
    ],
)
def test_one_general_pg_with_an_easy_pay_is_still_the_catalogs(text: str) -> None:
    query = parse(text)
    assert query is not None and query.pg is not None


@pytest.mark.parametrize(
    "text",
    [
        "중국 관광객한테 알리페이 받을 수 있어요?",
        "일본 손님들 카드 결제 되나요?",
        "can Japanese visitors pay with their cards?",
        "we want to take UnionPay from Chinese tourists, possible?",
        "do you support PayPal for customers from abroad?",
        "해외 고객 페이팔 결제 되는 PG?",
    ],
)
def test_a_market_named_goes_to_the_faq(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    "text",
    ["해외결제 되는 PG사 알려주세요", "which PGs do overseas payments?", "해외 결제 어디서 돼요?"],
)
def test_overseas_payments_as_a_whole_go_to_the_faq(text: str) -> None:
    # The catalog has no table for some overseas PGs PortOne lists; its list would omit them.
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("페이팔 되는 PG사 알려주세요", "paypal"),
        ("which PGs take UnionPay?", "unionpay"),
        ("해외카드 결제 되는 곳?", "overseas_card"),
    ],
)
def test_an_overseas_method_named_stays_the_catalogs(text: str, method: str) -> None:
    query = parse(text)
    assert query is not None and query.method == method


def test_two_overseas_methods_named_stay_the_catalogs() -> None:
    query = parse("위챗페이 알리페이 되나요?")
    assert query is not None and set(query.method_group) == {"wechat", "alipay"}


@pytest.mark.parametrize(
    "text", ["Which PGs offer identity verification?", "본인인증 되는 PG사 어디예요?"]
)
def test_identity_verification_is_the_broad_word_in_both_languages(text: str) -> None:
    query = parse(text)
    assert query is not None and query.method is None
    assert set(query.method_group) == {"identity_phone", "identity_unified"}


def test_phone_verification_is_still_the_phone_channel() -> None:
    query = parse("which PGs do phone identity verification?")
    assert query is not None and query.method == "identity_phone"


# -- a "no" the catalog states ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KG이니시스 카드 본인인증 쓸 수 있어요?",
        "does KG Inicis offer credit card identity verification?",
        "블루월넛 정기결제 돼요?",
        "can I do key-in with Blue Walnut?",
        "Eximbay subscription possible?",
    ],
)
def test_a_stated_no_carries_its_reason(text: str) -> None:
    query = parse(text)
    assert query is not None
    finding = resolve(query).findings[0]
    assert finding.status is SupportStatus.NO
    assert finding.stated_no


@pytest.mark.parametrize(
    "text", ["이니시스 계좌이체 정기결제 돼요?", "does Danal do key-in with virtual accounts?"]
)
def test_a_method_the_sources_do_not_mention_has_no_reason(text: str) -> None:
    query = parse(text)
    assert query is not None
    finding = resolve(query).findings[0]
    assert finding.status is SupportStatus.NO
    assert not finding.stated_no


@pytest.mark.parametrize(
    "text",
    [
        "identity verification by phone",
        "I'd like card and identity verification via phone",
        "mobile identity verification please",
    ],
)
def test_identity_verification_by_phone_names_the_phone_channel_not_phone_payments(
    text: str,
) -> None:
    """ "identity verification" alone is the broad word (phone or unified), but said with
    "by phone" it names the phone channel, never 휴대폰 소액결제 (pay_method phone)."""
    from knowledge.matcher import extract_methods

    found = extract_methods(text)
    assert "identity_phone" in [m.value for m in found.matches]
    assert "phone" not in [m.value for m in found.matches]
    assert not found.ambiguous
