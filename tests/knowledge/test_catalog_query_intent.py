"""What the question asks decides whether the catalog answers it: a form field, a requirement
or a definition goes to the FAQ even when PGs and methods are named; a bare list of names is a
catalog look-up."""

import pytest

from knowledge.catalog import Pg, load_catalog
from knowledge.catalog_query import parse


@pytest.mark.parametrize(
    "text",
    [
        "정기결제 등록할 때 카드 유효기간 대신 뭐 넣어요?",  # a form field
        "KCP 수기결제 하려면 공인인증서 필요해요?",  # a requirement
        "What do I enter in the field for Naver Pay?",
        "수기결제가 머에요?",  # spoken spelling of 뭐예요: a definition
        "다날 본인인증 어떻게 신청해요?",  # a how-question about applying
        "toss payments key in: which fields are required?",
        # a reason, a definition, an account holder: not which PG offers what
        "Why does the Kakao Pay form ask about the service period?",
        "카카오페이는 왜 배송 기간을 물어봐요?",
        "what counts as a general payment?",
        "통장 사본은 누구 명의로 내야 돼요? 가상계좌도 되나요",
        "본인인증 서비스 신청은 어디서 하나요?",  # where in the console, not which PG
    ],
)
def test_field_requirement_and_definition_questions_are_not_catalog_questions(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("samsung pay PGs", {"method": "samsungpay"}),
        ("kcp 가상계좌", {"pg": "kcp", "method": "vbank"}),
        ("kakao pay subscription", {"method": "kakaopay", "payment_type": "subscription"}),
        ("가상계좌 되는 곳들 알려줘", {"method": "vbank"}),
        ("KCP 정기결제 되나요?", {"pg": "kcp", "payment_type": "subscription"}),
        ("카드번호 입력해서 결제되는 PG 있어요?", {"payment_type": "keyin"}),
    ],
)
def test_support_questions_and_bare_names_are_catalog_questions(
    text: str, slots: dict[str, str]
) -> None:
    query = parse(text)
    assert query is not None
    got = query.slots()
    assert {slot: got[slot] for slot in slots} == slots


def test_one_name_alone_is_not_a_question() -> None:
    assert parse("paypal") is None
    assert parse("이니시스") is None


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("which PGs do recurring billing without a payment window?", "api"),
        ("결제창 말고 api로 정기결제 되는 pg", "api"),
        ("api 말고 결제창으로 정기결제 되는 곳", "window"),
        ("KCP 정기결제 결제창으로 되나요?", "window"),
    ],
)
def test_a_negated_mode_asks_for_the_other_one(text: str, mode: str) -> None:
    query = parse(text)
    assert query is not None
    assert query.slots()["mode"] == mode


@pytest.mark.parametrize(
    "text",
    [
        "토스페이랑 토스페이먼츠 뭐가 다른지 궁금해요",
        "네이버페이 연동할때 pg 코드 뭘로 써요?",
        "카카오페이는 결제수단 안 넣어도 되나요?",
    ],
)
def test_differences_integration_details_and_omitted_fields_go_to_the_faq(text: str) -> None:
    assert parse(text) is None


def test_a_type_named_with_payments_is_still_bare_names() -> None:
    query = parse("kcp recurring payments")
    assert query is not None
    assert query.slots()["pg"] == "kcp"
    assert query.slots()["payment_type"] == "subscription"


@pytest.mark.parametrize(
    ("text", "pg"),
    [
        ("does inisis do samsung pay?", "inicis"),
        ("키음페이 가상계좌 돼요?", "daou"),
        ("smarto 정기결제 되나요", "smartro"),
    ],
)
def test_a_pg_name_one_letter_off_is_the_pg_in_a_support_question(text: str, pg: str) -> None:
    query = parse(text)
    assert query is not None
    assert query.slots()["pg"] == pg


def test_an_english_ending_on_a_pg_name_is_not_a_typo_of_it() -> None:
    from knowledge.catalog import load_catalog
    from knowledge.catalog_query import _near_pg

    assert _near_pg("is it welcomed by customers", load_catalog()) is None
    assert _near_pg("inisis", load_catalog()) == "inicis"


@pytest.mark.parametrize(
    ("text", "pg", "method"),
    [
        ("토스페이멘츠 가상계좌", "tosspayments", "vbank"),
        ("토스페이멘츠 계좌이체 돼요", "tosspayments", "trans"),
    ],
)
def test_a_near_pg_name_containing_a_method_name_is_the_pg(text: str, pg: str, method: str) -> None:
    # "토스페이멘츠" is Toss Payments one jamo off, and contains "토스페이" (Toss Pay, a method):
    # the word is the PG, and a bare "PG + method" list is a look-up (issue 15, fifth round).
    query = parse(text)
    assert query is not None and query.pg == pg and query.method == method


@pytest.mark.parametrize(
    "text",
    [
        "본인인증에 연령 제한 거는 건 어느 PG에서 돼요?",
        "which PG lets me put a minimum age on phone verification",
    ],
)
def test_an_identity_constraint_is_not_a_catalog_question(text: str) -> None:
    # The catalog knows which PG offers which identity method, not an age restriction (a
    # Danal prefill the FAQ states): listing the providers would answer something else.
    assert parse(text) is None


def test_nice_is_not_an_age_word() -> None:
    query = parse("나이스 본인인증 되나요")
    assert query is not None and query.pg == "nice"


_PGS = [pg for pg in load_catalog().pgs if not pg.v2_only]


@pytest.mark.parametrize("pg", _PGS, ids=[pg.code for pg in _PGS])
def test_a_question_naming_only_a_pg_gets_what_it_supports(pg: Pg) -> None:
    # "블루월넛 신청 돼요?": nothing but the PG and "can I apply"; the catalog's summary of
    # the PG answers it (an easy-pay company may come back as its own method as well).
    for text in (
        f"{pg.names.ko} 신청 돼요?",
        f"{pg.names.ko}도 신청할 수 있나요?",
        f"Can I apply for {pg.names.en}?",
        f"is {pg.names.en} available?",
    ):
        query = parse(text)
        assert query is not None, text
        assert pg.code in (query.pg, query.method), text
        assert query.payment_type is None and query.mode is None, text


def test_a_v2_only_pg_is_left_to_the_faq_that_says_so() -> None:
    assert parse("KPN 신청 가능해요?") is None


@pytest.mark.parametrize(
    "text",
    [
        "블루월넛 신청했는데 언제 연락 와요?",  # after applying: the FAQ's timeline
        "how do I apply for Blue Walnut?",  # a how-question
        "블루월넛 수수료 얼마예요?",  # fees
        "블루월넛 좋아요?",  # an opinion
        "블루월넛 신청하려고요",  # an opener, not a question
    ],
)
def test_a_pg_name_with_more_than_can_i_apply_is_not_the_overview(text: str) -> None:
    query = parse(text)
    assert query is None or query.payment_type is not None or query.method is not None
