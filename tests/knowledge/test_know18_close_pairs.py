"""know18: two close FAQ entries, and a word of the question that says which one it asks
(knowledge/close_pairs.py). Sentences written for this test, none from a development set."""

from __future__ import annotations

import pytest

from knowledge.close_pairs import decide, wins_over
from knowledge.understand import Kind, load_understanding

# (question, the two close entries, the entry its word picks)
PICKED = [
    (
        "제출하고 나면 진행 상태는 어디서 볼 수 있어요",
        ["status_overview", "progress_per_pg"],
        "progress_per_pg",
    ),
    (
        "where would we track our applications",
        ["status_submitted", "progress_per_pg"],
        "progress_per_pg",
    ),
    (
        "신청내역에 진행중 3건 이렇게 나오는데요",
        ["status_contract_progress", "progress_per_pg"],
        "progress_per_pg",
    ),
    (
        "신청 이후 계약까지 전체 흐름 좀 알려주세요",
        ["how_to_apply", "status_overview"],
        "status_overview",
    ),
    (
        "what are the steps until the contract is signed",
        ["timeline", "status_overview"],
        "status_overview",
    ),
    ("신청하려면 몇 단계 거쳐야 해요", ["status_overview", "how_to_apply"], "how_to_apply"),
    # the steps up to the contract are the statuses, even asked as applying
    ("신청하려면 계약까지 몇 단계에요", ["status_overview", "how_to_apply"], "status_overview"),
    (
        "이미 발급받은 MID가 있는데 그대로 써도 되나요",
        ["existing_contract", "mid_reuse"],
        "mid_reuse",
    ),
    (
        "we have an existing MID from another provider",
        ["add_methods_later", "mid_reuse"],
        "mid_reuse",
    ),
    ("PG사랑은 직접 연락해야 되나요", ["status_submitted", "pg_contact_email"], "pg_contact_email"),
    ("can I email the PG myself", ["timeline", "pg_contact_email"], "pg_contact_email"),
    (
        "이니시스에 넣은 신청 철회할 수 있나요",
        ["cancel_application", "inicis_specifics"],
        "inicis_specifics",
    ),
    ("휴대폰결제가 정확히 뭐예요", ["danal_codes", "general_methods"], "general_methods"),
    ("what exactly is an easy pay like kakao pay", ["pg_names", "easy_pay"], "easy_pay"),
]

# The application's service-information fields, what the certificate shows, how it is read
# or scanned, and a PG's two names.
PICKED += [
    (
        "쇼핑몰 주소 넣는 칸에 url 형식이 안 맞대요",
        ["invalid_business_number", "service_info"],
        "service_info",
    ),
    ("app isn't launched yet, can we still apply", ["timeline", "service_info"], "service_info"),
    ("월 거래액은 대충 적어도 돼요?", ["status_active", "service_info"], "service_info"),
    (
        "등록증에 대표자가 두 명으로 적혀 있어요",
        ["representative_details", "certificate_fields"],
        "certificate_fields",
    ),
    (
        "등록증 글씨가 흐린데 인식이 될까요",
        ["certificate_fields", "certificate_ocr"],
        "certificate_ocr",
    ),
    (
        "스캔 화질이 낮으면 안 되나요",
        ["certificate_ocr", "certificate_formats"],
        "certificate_formats",
    ),
    ("KICC랑 이지페이 같은 회사예요?", ["easy_pay", "pg_names"], "pg_names"),
    ("what is the new name of settlebank", ["pg_codes", "pg_names"], "pg_names"),
]

# Near questions of another kind: the cue's words are absent, or say the other entry.
NOT_PICKED = [
    # a surprising cancelled count asks about the cancellation, not the page
    (
        "신청내역에 취소 2건 떠있는데 왜 취소된 거예요",
        ["status_contract_cancelled", "progress_per_pg"],
    ),
    # the card company's review has its own lookup entry
    ("카드사 심사 진행상황 어디서 조회해요", ["card_review_lookup", "progress_per_pg"]),
    # what a status means, no place asked
    ("계약진행이 무슨 뜻이에요", ["status_contract_progress", "progress_per_pg"]),
    # a contract looked up, no MID held
    ("예전에 KCP랑 계약한 적 있는지 알 수 있어요", ["existing_contract", "mid_reuse"]),
    # another PG's cancellation is the general entry's
    ("토스페이먼츠 신청 취소 되나요", ["cancel_application", "inicis_specifics"]),
    # INICIS named, but the pair is not the cancellation pair
    ("이니시스 키파일 어디로 보내요", ["inicis_specifics", "pg_contact_email"]),
    # a PG's URL is no field of the service step, when the pair has no service entry to pick
    ("이니시스 url 어디서 받아요", ["pg_codes", "pg_owned_url"]),
    # a code asked, no name
    ("토스페이먼츠 코드 뭐예요", ["pg_names", "pg_codes"]),
    # the number's format, nothing printed or read
    ("사업자번호 형식이 어떻게 돼요", ["invalid_business_number", "business_number_format"]),
    # read badly because of the scan: the formats entry, not in this pair, is what it asks
    ("등록증 해상도가 낮아서 인식이 안돼요", ["certificate_fields", "certificate_ocr"]),
    # a method named without asking what it is
    ("휴대폰결제 코드 알려주세요", ["danal_codes", "general_methods"]),
]


@pytest.mark.parametrize(("text", "close", "entry"), PICKED)
def test_a_word_of_the_question_picks_one_entry(text: str, close: list[str], entry: str) -> None:
    assert decide(text, close) == entry


@pytest.mark.parametrize(("text", "close"), NOT_PICKED)
def test_no_cue_no_pick(text: str, close: list[str]) -> None:
    assert decide(text, close) is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("제출하고 나면 진행 상태는 어디서 볼 수 있어요", "progress_per_pg"),
        ("휴대폰결제가 정확히 뭐예요", "general_methods"),
    ],
)
def test_the_desk_answers_instead_of_asking(text: str, entry: str) -> None:
    got = load_understanding().understand(text)
    assert (got.kind, got.entry_id) == (Kind.FAQ, entry)


def test_a_place_to_look_overrules_the_status_overview() -> None:
    # "where … check … status": the words lean to the statuses' overview; the place is the page
    assert wins_over("where do we check our applications", "status_overview", ["progress_per_pg"])
    got = load_understanding().understand("where do we check the status of our PG applications")
    assert got.entry_id == "progress_per_pg"


def test_a_place_does_not_overrule_another_kind_of_entry() -> None:
    assert (
        wins_over("where do I send the documents", "docs_individual", ["progress_per_pg"]) is None
    )
    assert (
        wins_over("계약진행이 무슨 뜻이에요", "status_contract_progress", ["progress_per_pg"])
        is None
    )


def test_the_corporate_number_by_its_name() -> None:
    pair = ["invalid_business_number", "invalid_corporate_number"]
    assert decide("법인등록번호 13자리 검증은 어떻게 해요", pair) == "invalid_corporate_number"
    assert decide("사업자등록번호 10자리 검증은 어떻게 해요", pair) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("where is the opening date on the certificate?", "certificate_ocr"),
        ("등록증 어디에 업태가 나와 있어요", "invalid_business_number"),
    ],
)
def test_where_on_the_certificate_overrules(text: str, shown: str) -> None:
    assert wins_over(text, shown, ["certificate_fields"]) == "certificate_fields"


def test_where_to_upload_the_certificate_is_no_field_question() -> None:
    where = "where do I upload the certificate"
    assert wins_over(where, "certificate_formats", ["certificate_fields"]) is None
    assert wins_over(where, "invalid_business_number", ["certificate_fields"]) is None


@pytest.mark.parametrize(
    ("text", "close", "entry"),
    [
        ("can we use another PG just for easy pays", ["easy_pay", "multiple_pgs"], "multiple_pgs"),
        ("카드랑 간편결제 pg를 나눠도 돼요?", ["pg_choice", "multiple_pgs"], "multiple_pgs"),
        ("이니시스는 추가 정보 뭐 넣어요", ["multiple_pgs", "extra_fields"], "extra_fields"),
        (
            "일반결제랑 간편결제 탭은 뭐가 달라요",
            ["general_methods", "method_categories"],
            "method_categories",
        ),
        (
            "일반결제 탭에는 무슨 수단이 있어요",
            ["method_categories", "general_methods"],
            "general_methods",
        ),
    ],
)
def test_several_pgs_extra_fields_and_the_tabs(text: str, close: list[str], entry: str) -> None:
    assert decide(text, close) == entry


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # one PG for everything, no second one
        ("카드랑 간편결제 한 pg로 다 돼요?", ["pg_choice", "multiple_pgs"]),
        # one tab's contents beside another tab named: no one reading
        (
            "일반결제에는 뭐가 있고 간편결제랑은 뭐가 달라요",
            ["method_categories", "general_methods"],
        ),
    ],
)
def test_no_second_pg_no_second_tab(text: str, close: list[str]) -> None:
    assert decide(text, close) != close[1]
