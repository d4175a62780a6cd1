import pytest

from knowledge.matcher import clear_fuzzy_memos, extract_methods, extract_pgs, match_one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카드, 카카오페이랑 네이버페이", ["card", "kakaopay", "naverpay"]),
        ("card and naver pay", ["card", "naverpay"]),
        ("카카오패이로 할게요", ["kakaopay"]),  # typo
        ("naver pya please", ["naverpay"]),  # typo across a space
        ("신용카드랑 해외카드", ["card", "overseas_card"]),
        ("Apple pay and samsung pay", ["applepay", "samsungpay"]),
        ("가상계좌,무통장입금도", ["vbank"]),
        ("휴대폰 본인인증 할래요", ["identity_phone"]),
        ("ＣＡＲＤ", ["card"]),
    ],
)
def test_extract_methods(text: str, expected: list[str]) -> None:
    assert extract_methods(text).values == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kcp로 할게요", ["kcp"]),
        ("KG이니시스랑 나이스페이먼츠", ["inicis", "nice"]),
        ("나이스정보통신", ["nice"]),
        ("페이조아로 신청", ["daou"]),
        ("다우데이타", ["daou"]),
        ("KG모빌리언스", ["mobilians"]),
        ("toss payments and kakao pay", ["tosspayments", "kakaopay"]),
        ("html5_inicis", ["inicis"]),
    ],
)
def test_extract_pgs(text: str, expected: list[str]) -> None:
    assert extract_pgs(text).values == expected


def test_pg_name_inside_method_text_is_not_a_method() -> None:
    # "토스페이먼츠" contains "토스페이" but names the PG, not the Toss Pay wallet.
    assert extract_methods("토스페이먼츠로 카드결제").values == ["card"]


def test_toss_alone_is_ambiguous_between_pgs() -> None:
    found = extract_pgs("does toss do subscriptions?")
    assert found.matches == []
    assert found.ambiguous[0].term == "toss"
    assert set(found.ambiguous[0].candidates) == {"tosspay", "tosspayments", "toss_brandpay"}


def test_nice_alone_asks_back() -> None:
    found = extract_pgs("nice")
    assert found.values == []
    assert found.ambiguous[0].candidates == ("nice",)


def test_kg_alone_is_ambiguous() -> None:
    assert set(extract_pgs("kg로 할게요").ambiguous[0].candidates) == {"inicis", "mobilians"}


def test_pay_alone_is_ambiguous_among_easy_pays() -> None:
    found = extract_methods("페이")
    assert found.values == []
    assert "kakaopay" in found.ambiguous[0].candidates


def test_broad_term_is_dropped_when_a_member_is_named() -> None:
    found = extract_methods("간편결제는 카카오페이만")
    assert found.values == ["kakaopay"]
    assert found.ambiguous == []


@pytest.mark.parametrize(
    "text",
    [
        "오늘 날씨 어때?",
        "tell me a joke",
        "asdkjh qwe",
        "카드사 심사 얼마나 걸려요",
        "all payments",
    ],
)
def test_off_topic_extracts_nothing(text: str) -> None:
    assert not extract_methods(text).matches
    assert not extract_pgs(text)


def test_latin_alias_must_start_a_word() -> None:
    assert extract_methods("small payments").values == []


def test_match_one_picks_a_button_by_label() -> None:
    options = [("card", ["신용카드", "카드"]), ("trans", ["계좌이체"])]
    found = match_one("신용카듣", options)
    assert found is not None
    assert found.value == "card"
    assert found.score < 100
    assert match_one("계좌이체로 할게요", options) is not None
    assert match_one("점심 메뉴", options) is None
    assert match_one("카드랑 계좌이체", options) is None  # two options named: not one


def test_remembered_fuzzy_results_equal_a_cold_read() -> None:
    # A question is read again clause by clause; the memo must not change what is found.
    text = "카카오패이랑 니이시스로 신청하고 싶은데 naver pya 도 되나요"
    extract_methods.cache_clear()
    extract_pgs.cache_clear()
    clear_fuzzy_memos()
    cold = (extract_methods(text).values, extract_pgs(text).values)
    extract_methods.cache_clear()
    extract_pgs.cache_clear()
    warm = (extract_methods(text).values, extract_pgs(text).values)
    assert cold == warm
    assert "kakaopay" in cold[0] and "inicis" in cold[1]
