"""Fuzzing the parsers merchants' typing goes through: any text gives a value or a reason,
never an exception, and a value parses again to itself."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from multiprocessing import TimeoutError, get_context
from multiprocessing.pool import Pool

import pytest
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
from knowledge.fields import (
    EMAIL_MAX_CHARS,
    URL_MAX_CHARS,
    FieldError,
    Parsed,
    parse_email,
    parse_mobile,
    parse_url,
)

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


# A linear-time pattern answers these in microseconds; a backtracking one takes minutes to
# ages on a few hundred characters. The margin makes a shared, slow machine irrelevant. The
# parse runs in a worker process so that a pattern stuck in C code (holding the GIL) is still
# stopped at the budget and reported as a failure, not left to the suite's timeout.
BUDGET_SECONDS = 2.0
REPEATING = "a.-@" + string.ascii_lowercase


@pytest.fixture(scope="module")
def worker() -> Iterator[Pool]:
    with get_context("fork").Pool(1) as pool:
        yield pool


def in_time(worker: Pool, parse: Callable[[str], Parsed | object], text: str) -> object:
    pending = worker.apply_async(parse, (text,))
    try:
        return pending.get(timeout=BUDGET_SECONDS)
    except TimeoutError:
        worker.terminate()
        pytest.fail(f"{parse.__name__} gave no answer in {BUDGET_SECONDS} s on {len(text)} chars")


@FUZZ
@given(st.text(alphabet=REPEATING, min_size=100, max_size=EMAIL_MAX_CHARS))
def test_email_regex_answers_long_repetitive_input_in_time(worker: Pool, text: str) -> None:
    # Up to the length cap, so the pattern itself runs (longer text is refused before it).
    result = in_time(worker, parse_email, text)
    if text.count("@") != 1 or text.startswith("@") or text.endswith("@"):
        assert result is FieldError.INVALID
    elif not isinstance(result, FieldError):
        local, domain = text.split("@")
        assert result == f"{local}@{domain.lower()}"


@FUZZ
@given(st.text(alphabet=REPEATING, min_size=100, max_size=URL_MAX_CHARS - len("https://")))
def test_url_regex_answers_long_repetitive_input_in_time(worker: Pool, text: str) -> None:
    result = in_time(worker, parse_url, "https://" + text)
    host = text.split("/", maxsplit=1)[0]
    if "@" in host or ".." in host:
        assert result is FieldError.INVALID
    elif not isinstance(result, FieldError):
        assert result == "https://" + text


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        # Shapes that make nested quantifiers try every split: long runs of one class, almost
        # matching, failing at the very end.
        (parse_email, "a" * 64 + "@" + "a-" * 90 + "!"),
        (parse_email, "a." * 120 + "@"),
        (parse_email, "a@" + "a." * 125 + "1"),
        (parse_url, "https://" + "a" * 61 + "." + "a-" * 200 + "."),
        (parse_url, "https://" + "a." * 240 + "1"),
        (parse_url, "www." + "a-" * 240),
    ],
)
def test_worst_case_shapes_are_refused_in_time(
    worker: Pool, parse: Callable[[str], Parsed], text: str
) -> None:
    assert in_time(worker, parse, text) in (FieldError.INVALID, FieldError.NO_SCHEME)


def backtracking(text: str) -> bool:
    """A pattern known to backtrack catastrophically, to show the budget catches one."""
    return re.match(r"^([a-z]+)+@x$", text) is not None


def test_the_budget_catches_a_backtracking_pattern() -> None:
    with (
        get_context("fork").Pool(1) as pool,
        pytest.raises(pytest.fail.Exception, match="no answer"),
    ):
        in_time(pool, backtracking, "a" * 40 + "!")
