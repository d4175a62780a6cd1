"""Fuzzing the parsers merchants' typing goes through: any text gives a value or a reason,
never an exception, and a value parses again to itself."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.bizno import (
    BusinessNumber,
    ParseError,
    business_check_digit,
    find_business_number,
    find_corp_number,
    format_business_number,
    parse_business_number,
)
from knowledge.fields import FieldError, parse_email, parse_mobile, parse_url

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# What merchants paste: digits in every width and script, dashes, Hangul, spaces, junk.
typed = st.text(
    alphabet=st.sampled_from(
        list(string.printable) + list("０１２３４５６７８９－—―−‐가나다번호사업자：@ /\u200b\u3000")
    ),
    max_size=300,
) | st.text(max_size=300)


@FUZZ
@given(typed)
def test_business_number_parsers_are_total(text: str) -> None:
    for parse in (parse_business_number, find_business_number):
        result = parse(text)
        assert isinstance(result, BusinessNumber | ParseError)
        if isinstance(result, BusinessNumber):
            assert len(result.digits) == 10 and result.digits.isdigit()
            assert parse_business_number(result.formatted) == result
    assert find_corp_number(text) is not None


@FUZZ
@given(st.integers(min_value=101_0000_00, max_value=999_99_9999), typed, typed)
def test_a_valid_number_is_found_wherever_it_is_typed(
    first_nine: int, before: str, after: str
) -> None:
    nine = f"{first_nine:09d}"
    digits = nine + str(business_check_digit(nine))
    parsed = parse_business_number(format_business_number(digits))
    if isinstance(parsed, ParseError):
        assert parsed is ParseError.BAD_SERIAL  # serial 0000 is never issued
        return
    assert parsed.digits == digits
    found = find_business_number(f"{before.replace(chr(10), ' ')} {parsed.formatted} {after}")
    assert isinstance(found, BusinessNumber | ParseError)


@FUZZ
@given(typed)
def test_field_parsers_are_total_and_idempotent(text: str) -> None:
    for parse in (parse_mobile, parse_email, parse_url):
        result = parse(text)
        assert isinstance(result, str)  # FieldError is a StrEnum
        if not isinstance(result, FieldError):
            assert parse(result) == result, (parse.__name__, text, result)


@FUZZ
@given(
    st.sampled_from(["010", "011", "016", "017", "018", "019"]),
    st.integers(min_value=1000, max_value=9999),
    st.integers(min_value=0, max_value=9999),
    st.sampled_from(["-", " ", "", ".", "－"]),
)
def test_mobile_numbers_in_any_spelling(prefix: str, middle: int, last: int, sep: str) -> None:
    result = parse_mobile(f"{prefix}{sep}{middle}{sep}{last:04d}")
    assert result == f"{prefix}-{middle}-{last:04d}"


@FUZZ
@given(st.text(alphabet="a.-@" + string.ascii_lowercase, min_size=200, max_size=600))
def test_email_and_url_regexes_do_not_backtrack_forever(text: str) -> None:
    # Long runs of the characters the patterns repeat on: a catastrophic backtracking
    # pattern would hang here (pytest-timeout ends it).
    parse_email(text)
    parse_url("https://" + text)
