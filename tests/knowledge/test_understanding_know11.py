"""Structural rules of know11 (issue 15): decide by what is asked and of what, not by which
words pulled hardest. Phrasings written for these tests, not taken from any question set."""

import pytest

from knowledge import catalog_query
from knowledge.understand import Kind, identifiers, load_understanding


def _got(text: str) -> tuple[Kind, dict[str, str | None]]:
    found = load_understanding().understand(text)
    slots = found.catalog.query.slots() if found.catalog is not None else {}
    return found.kind, slots


# ---- a family's broad word alone is the FAQ's family entry, not every method's rows ----------


@pytest.mark.parametrize(
    "text",
    [
        "본인인증 지원하는 곳 있나요?",
        "Who offers identity verification?",
        "간편결제 되는 PG 알려주세요",
        "which PGs support easy pay?",
    ],
)
def test_a_family_word_alone_is_not_answered_from_the_catalog(text: str) -> None:
    kind, _ = _got(text)
    assert kind is not Kind.CATALOG


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        # a named channel of the family is the catalog's
        ("휴대폰 본인인증 되는 곳?", {"method": "identity_phone", "pg": None}),
        # one PG's easy pays are its catalog rows
        ("KCP 간편결제 뭐 있어요?", {"pg": "kcp"}),
    ],
)
def test_a_named_method_or_a_pgs_easy_pays_stay_the_catalogs(
    text: str, slots: dict[str, str | None]
) -> None:
    kind, got = _got(text)
    assert kind is Kind.CATALOG
    assert {k: got[k] for k in slots} == slots


def test_broad_group_reads_the_query_and_the_text() -> None:
    easy = catalog_query.CatalogQuery(method_group=("kakaopay", "naverpay"))
    assert catalog_query.broad_group("간편결제 되는 곳", easy)
    # two methods named are not a family word
    assert not catalog_query.broad_group("카카오페이 네이버페이 되는 곳", easy)
    # with a PG, an easy-pay family is that PG's rows; identity stays the FAQ's
    kcp_easy = catalog_query.CatalogQuery(pg="kcp", method_group=("kakaopay", "naverpay"))
    assert not catalog_query.broad_group("KCP 간편결제", kcp_easy)
    identity = catalog_query.CatalogQuery(pg="kcp", method_group=("identity_phone",))
    assert catalog_query.broad_group("KCP 본인인증", identity)


# ---- a name the question sets aside is not the slot asked ------------------------------------


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("이니시스 말고 KCP는 정기결제 돼요?", {"pg": "kcp", "payment_type": "subscription"}),
        ("Does KCP do virtual accounts, not bank transfer?", {"pg": "kcp", "method": "vbank"}),
        ("can I take Naver Pay instead of Kakao Pay with NICE?", {"method": "naverpay"}),
    ],
)
def test_a_name_set_aside_is_not_what_is_asked(text: str, slots: dict[str, str | None]) -> None:
    kind, got = _got(text)
    assert kind is Kind.CATALOG
    assert {k: got[k] for k in slots} == slots


def test_a_shorter_name_is_not_found_inside_a_longer_latin_one() -> None:
    # "toss pay" is not in "toss payments": setting Toss Payments aside keeps Toss Pay
    assert catalog_query._set_aside("toss pay not toss payments", "toss payments")
    assert not catalog_query._set_aside("toss pay not toss payments", "toss pay")
    # named once set aside and once asked: asked
    assert not catalog_query._set_aside("kcp 말고 kcp 정기결제", "kcp")


# ---- comparison and screening outcomes are the FAQ's ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "네이버페이랑 네이버페이 포인트 다른 거예요?",
        "Is KG Inicis the same company as KG Mobilians?",
        "휴대폰결제 되는 곳인데 업종 때문에 거절될 수도 있나요?",
        "do PGs reject merchants that take phone payments in risky industries?",
    ],
)
def test_comparisons_and_screening_outcomes_are_not_catalog_answers(text: str) -> None:
    kind, _ = _got(text)
    assert kind is not Kind.CATALOG


def test_something_like_a_method_is_still_asking_for_it() -> None:
    # "X 같은 거 되나요?" is "something like X", not "is X the same as Y?"
    kind, got = _got("계좌이체 같은 거 되나요?")
    assert kind is Kind.CATALOG
    assert got["method"] == "trans"


# ---- a PG chosen with a slot stays the catalog's when a market is named ----------------------


@pytest.mark.parametrize(
    ("text", "pg", "slot"),
    [
        ("페이팔로 해외 고객 정기결제 돼요?", "paypal", ("payment_type", "subscription")),
        ("KCP로 중국 관광객 알리페이 받을 수 있나요?", "kcp", ("method", "alipay")),
    ],
)
def test_a_market_does_not_take_a_pgs_capability_from_the_catalog(
    text: str, pg: str, slot: tuple[str, str]
) -> None:
    kind, got = _got(text)
    assert kind is Kind.CATALOG
    assert got["pg"] == pg
    assert got[slot[0]] == slot[1]


def test_is_x_ok_for_y_is_a_capability_shape() -> None:
    assert catalog_query.capability_shape("is kcp ok for subscriptions")
    assert catalog_query.capability_shape("does it work with nice")
    assert not catalog_query.capability_shape("is the form ok")


# ---- prose is no answer to a capability question, also when a clause chose it ----------------


def test_a_long_capability_question_gets_no_prose_from_its_last_clause() -> None:
    text = (
        "we sell yearly memberships and also take phone orders. key-in and billing key "
        "both needed. is KCP ok for both"
    )
    found = load_understanding().understand(text)
    # a clause alone leans to the subscription/key-in explainer, which does not say what KCP does
    assert found.kind is not Kind.FAQ


# ---- an SDK value or an API path asked about must be named by the answer ---------------------


def test_the_entry_naming_the_sdk_value_answers() -> None:
    # the methods overview leads on "bank transfer"; only the codes entry names pay_method
    found = load_understanding().understand("what pay_method is a bank transfer")
    assert found.kind is Kind.FAQ
    assert found.entry_id is not None
    assert load_understanding().faq.mentions(found.entry_id, {"pay_method"})


@pytest.mark.parametrize(
    "text",
    [
        # no entry names these: an entry about test channels or cancelling an application
        # would look like an answer and is not one
        "what does the notice_url_sandbox setting do for card payments?",
        "/payments/cancel 로 부분취소 되나요?",
    ],
)
def test_an_identifier_no_entry_names_is_not_answered(text: str) -> None:
    assert load_understanding().understand(text).kind is not Kind.FAQ


def test_identifiers_are_values_and_paths_not_names() -> None:
    assert identifiers("GET /certifications/{imp_uid} for which PG") == {
        "/certifications",
        "imp_uid",
    }
    assert identifiers("결제창/API 표시가 뭐예요") == set()  # two words, not a path
    assert identifiers("html5_inicis 정기결제 서류") == set()  # a PG's code is a name


# ---- which PG offers something the catalog does not know: no prose --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can customers pay with airline mileage? which pg does that",
        "마일리지로 결제되는 pg 어디 있어요?",
    ],
)
def test_which_pg_for_an_unknown_method_gets_no_prose(text: str) -> None:
    # the PG-choice and subscription explainers look like answers and are not
    assert load_understanding().understand(text).kind is Kind.NONE


def test_choosing_a_pg_is_still_the_choice_entry() -> None:
    assert not catalog_query.asks_which_pg_of_unknown("Which PG should I pick?")
    assert not catalog_query.asks_which_pg_of_unknown("카카오페이 되는 pg 어디예요?")


# ---- the PG list is V1's: a V2 question is not answered with it ------------------------------


def test_a_v2_question_is_not_the_v1_pg_list() -> None:
    assert not catalog_query.asks_pg_list("which PGs are v2 only")
    assert catalog_query.asks_pg_list("which PGs can I sign up with")
    kind, _ = _got("V2에서만 되는 PG사 목록 알려주세요")
    assert kind is not Kind.CATALOG


# ---- "does X support <something unread>" is not X's overview ---------------------------------


@pytest.mark.parametrize(
    "text",
    ["does KCP support anything for kiosks?", "does Danal offer their offline terminal payments?"],
)
def test_an_unread_object_is_not_answered_with_the_pgs_overview(text: str) -> None:
    assert _got(text)[0] is not Kind.CATALOG


@pytest.mark.parametrize(
    ("text", "pg"),
    [
        ("what does smartro support", "smartro"),
        ("Which payment methods does Danal offer?", "danal"),
    ],
)
def test_the_whole_offer_asked_is_the_overview(text: str, pg: str) -> None:
    kind, got = _got(text)
    assert kind is Kind.CATALOG
    assert got["pg"] == pg
    assert got["method"] is None
