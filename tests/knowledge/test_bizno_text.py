"""Business and corporate numbers written inside free text (the additions to bizno)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.bizno import (
    BusinessKind,
    BusinessNumber,
    CorpNumber,
    ParseError,
    business_check_digit,
    corp_check_digit,
    find_business_number,
    find_corp_number,
    is_valid_business_number,
    is_valid_corp_number,
    number_runs,
)

SAMSUNG = "1248100998"  # 124-81-00998, widely cited
PUBLIC = "2208162517"  # 220-81-62517


@pytest.mark.parametrize(
    "text",
    [
        "220-81-62517",
        "2208162517",
        "220 81 62517",
        "２２０－８１－６２５１７",
        "사업자번호는 220-81-62517 입니다",
        "our number is 220-81-62517.",
        "2024-03-14 에 계약했고 번호는 220-81-62517",
        "법인번호 110111-0062432, 사업자번호 220-81-62517",
    ],
)
def test_a_number_is_found_however_it_is_written(text: str) -> None:
    assert find_business_number(text) == BusinessNumber(PUBLIC)


@pytest.mark.parametrize(
    ("digits", "kind"),
    [
        (SAMSUNG, BusinessKind.CORPORATE),
        (PUBLIC, BusinessKind.CORPORATE),
        ("1234567891", BusinessKind.INDIVIDUAL),
    ],
)
def test_digits_four_and_five_tell_individual_from_corporate(
    digits: str, kind: BusinessKind
) -> None:
    found = find_business_number(f"번호: {digits}")
    assert isinstance(found, BusinessNumber)
    assert found.kind is kind


@pytest.mark.parametrize(
    "text",
    ["124-81-00997", "124-81-00988", "224-81-00998", "220-81-62518", "220-81-63517"],
)
def test_one_digit_changed_fails_the_check_digit(text: str) -> None:
    assert find_business_number(f"사업자번호는 {text} 입니다") is ParseError.CHECKSUM_FAILED


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", ParseError.EMPTY),
        ("모르겠어요", ParseError.EMPTY),
        ("not a number", ParseError.EMPTY),
        ("220-81-6251", ParseError.WRONG_LENGTH),
        ("010-1234-5678", ParseError.WRONG_LENGTH),
        ("110111-0062432", ParseError.WRONG_LENGTH),
        ("000-81-00008", ParseError.BAD_SERIAL),
    ],
)
def test_precise_errors(text: str, error: ParseError) -> None:
    assert find_business_number(text) is error


def test_a_later_valid_number_wins_over_an_earlier_invalid_one() -> None:
    assert find_business_number("220-81-62518 아니고 124-81-00998") == BusinessNumber(SAMSUNG)


def test_dates_next_to_a_number_do_not_make_a_false_corporate_number() -> None:
    # "2024-03-14 220-81-62517" is one run of 18 digits; no 6-7 shaped part of it exists.
    assert find_corp_number("2024-03-14 220-81-62517") is ParseError.WRONG_LENGTH


@pytest.mark.parametrize(
    "text",
    ["110111-0062432", "법인등록번호: 130111-0006246 입니다", "１１０１１１－００６２４３２"],
)
def test_corporate_numbers_are_found_and_checked(text: str) -> None:
    found = find_corp_number(text)
    assert isinstance(found, CorpNumber)
    assert found.formatted.count("-") == 1


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("110111-1234567", ParseError.CHECKSUM_FAILED),
        ("abc", ParseError.EMPTY),
        ("12345", ParseError.WRONG_LENGTH),
    ],
)
def test_corporate_number_errors(text: str, error: ParseError) -> None:
    assert find_corp_number(text) is error


def test_number_runs_fold_full_width_and_separators() -> None:
    assert number_runs("A: ２２０－８１ B: 5") == ["22081", "5"]


# -- properties of the checksums ------------------------------------------------------------

_nine = st.text(alphabet="0123456789", min_size=9, max_size=9)
_twelve = st.text(alphabet="0123456789", min_size=12, max_size=12)


@given(_nine)
def test_the_computed_check_digit_validates(first_nine: str) -> None:
    assert is_valid_business_number(first_nine + str(business_check_digit(first_nine)))


@given(_nine, st.integers(0, 9), st.integers(1, 9))
def test_every_single_digit_change_is_caught(first_nine: str, position: int, delta: int) -> None:
    # Weights 1, 3, 7 are prime to 10, and 5d + d//2 takes ten different last digits for
    # d = 0..9: so one changed digit anywhere always changes the check.
    valid = first_nine + str(business_check_digit(first_nine))
    changed = valid[:position] + str((int(valid[position]) + delta) % 10) + valid[position + 1 :]
    assert not is_valid_business_number(changed)


@given(
    _nine,
    st.sampled_from(["{a}-{b}-{c}", "{a} {b} {c}", "번호는 {a}-{b}-{c} 입니다", "{a}{b}{c}."]),
)
def test_any_valid_number_is_found_in_any_usual_spelling(first_nine: str, template: str) -> None:
    digits = first_nine + str(business_check_digit(first_nine))
    text = template.format(a=digits[:3], b=digits[3:5], c=digits[5:])
    found = find_business_number(text)
    if int(digits[:3]) < 101 or digits[5:9] == "0000":
        assert found is ParseError.BAD_SERIAL
    else:
        assert found == BusinessNumber(digits)


@given(_twelve)
def test_the_computed_corp_check_digit_validates(first_twelve: str) -> None:
    digits = first_twelve + str(corp_check_digit(first_twelve))
    assert is_valid_corp_number(digits)
    assert find_corp_number(f"{digits[:6]}-{digits[6:]}") == CorpNumber(digits)


@given(_twelve, st.sampled_from(range(0, 12, 2)), st.integers(1, 9))
def test_a_changed_weight_one_digit_fails_the_corp_check(
    first_twelve: str, position: int, delta: int
) -> None:
    # Weight 2 positions cannot catch a change by 5; weight 1 positions catch any change.
    digits = first_twelve + str(corp_check_digit(first_twelve))
    changed = digits[:position] + str((int(digits[position]) + delta) % 10) + digits[position + 1 :]
    assert not is_valid_corp_number(changed)
