"""Classes of questions the development sets left unanswered or asked "A or B?" about although
one entry answers them, fixed in know8 (issue 15). Phrasings written for these tests, not taken
from any question set; each group fails on main before know8 for at least one phrasing."""

import pytest

from knowledge.faq import _named_pgs, load_faq
from knowledge.understand import Kind, _windows, load_understanding


def _answered(text: str) -> str | None:
    got = load_understanding().understand(text)
    return got.entry_id if got.kind is Kind.FAQ else None


@pytest.mark.parametrize(
    "text",
    [
        "이 사업자번호가 유효한 번호인지 어떻게 확인해요?",
        "is 214-86-00000 a valid business number?",
        "how does your validator check a business number?",
    ],
)
def test_whether_a_number_is_valid_is_the_check_digit_entry(text: str) -> None:
    # validity (유효, 검증, checksum) is its own concept: the check-digit rule, not the meaning
    # of the digits (business_number_format).
    assert _answered(text) == "invalid_business_number"


@pytest.mark.parametrize(
    "text",
    [
        "which details do you read from the certificate I upload?",
        "등록증에서 어떤 항목을 읽어 와요?",
        "why was the address not filled in from the certificate?",
    ],
)
def test_reading_the_certificate_is_the_ocr_entry(text: str) -> None:
    assert _answered(text) == "certificate_ocr"


def test_which_digits_asks_what_the_digits_mean() -> None:
    assert _answered("which digits show that a business is a corporation?") == (
        "business_number_format"
    )


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("본인인증은 어느 회사랑 계약해야 해요?", "identity_verification"),
        ("다날 본인인증 심사 몇 주 걸려요?", "danal_identity"),
    ],
)
def test_the_identity_provider_and_danals_review_stay_apart(text: str, entry: str) -> None:
    assert _answered(text) == entry


@pytest.mark.parametrize(
    "text",
    [
        "다른데서 받은 상점아이디 포트원에 등록돼요?",
        "PG사랑 따로 계약한 MID를 포트원에서 쓸 수 있나요?",
    ],
)
def test_a_mid_from_elsewhere_is_mid_reuse(text: str) -> None:
    assert _answered(text) == "mid_reuse"


@pytest.mark.parametrize(
    "text",
    ["PG사에 직접 연락해도 되나요?", "Is it fine to email the PG without going through you?"],
)
def test_reaching_the_pg_oneself_is_the_pg_contact_entry(text: str) -> None:
    assert _answered(text) == "pg_contact_email"


def test_talking_to_the_pg_oneself_is_answered() -> None:
    # "talk to the PG" names pg_direct; on main this was "A or B?" with the package entry.
    assert _answered("Could I just talk to the PG myself instead?") == "pg_contact_email"


def test_restricted_goods_are_the_risky_industry_entry() -> None:
    assert _answered("we sell vaping products, will the PG accept us?") == "risky_industry"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("NICE 신청할 때 정산계좌는 어디에 입력해요?", "extra_fields"),
        ("통장 사본은 누구 명의여야 해요?", "settlement_account"),
    ],
)
def test_a_term_two_concepts_share_lets_the_phrasings_decide(text: str, entry: str) -> None:
    assert _answered(text) == entry


def test_a_shared_term_names_both_concepts() -> None:
    faq = load_faq()
    # "정산계좌" is both extra input (NICE asks for it) and a bank account.
    feats = faq._featurizer.counts("정산계좌")
    assert {"c:extra_info", "c:bank_account"} <= set(feats)


@pytest.mark.parametrize(
    "text",
    [
        "통신판매 신고번호도 사이트에 적어야 돼요?",
        "통신판매신고 번호 없으면 안 되나요?",
        "mail order sales number required for card review?",
    ],
)
def test_the_mail_order_report_number_is_the_footer_entry(text: str) -> None:
    assert _answered(text) == "footer_requirements"


def test_an_unpunctuated_korean_message_splits_after_a_polite_ending() -> None:
    text = "저희가 이번에 쇼핑몰을 열게 되었는데요 결제를 붙여야 해서요 어디서부터 시작하면 되나요"
    assert len(_windows(text)) >= 2


def test_necessity_is_not_a_clause_end() -> None:
    # "필요" ends in 요 but is a noun: "서류 필요 없나요" is not split after it.
    text = "서류 필요 없나요 그리고 이건 짧은 질문이 아니에요 정말로요"
    assert not any(w.rstrip().endswith("필요") for w in _windows(text))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("본인인증 다날 말고 다른 곳도 돼요?", set()),
        ("KCP 말고 이니시스로 할래요", {"inicis"}),
        ("Who else besides Danal does verification?", set()),
        ("다날 본인인증 심사 기간", {"danal"}),
    ],
)
def test_a_pg_named_to_be_set_aside_is_not_named(text: str, named: set[str]) -> None:
    assert _named_pgs(text) == named


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("본인인증 다날 말고 다른 곳도 돼요?", "identity_verification"),
        ("다날 본인인증 테스트 환경 있어요?", "danal_identity"),
    ],
)
def test_besides_a_pg_is_not_that_pgs_own_entry(text: str, entry: str) -> None:
    assert _answered(text) == entry
