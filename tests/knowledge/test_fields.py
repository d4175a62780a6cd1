"""Parsers of typed form fields: examples, and properties under hypothesis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge import fields as kf
from knowledge.fields import FieldError

TODAY = dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("010-1234-5678", "010-1234-5678"),
        ("01012345678", "010-1234-5678"),
        ("010 1234 5678", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("０１０－１２３４－５６７８", "010-1234-5678"),
        ("011-123-4567", "011-123-4567"),
        ("02-123-4567", FieldError.NOT_MOBILE),
        ("010-123-4567", FieldError.NOT_MOBILE),
        ("+1 415 555 0100", FieldError.NOT_MOBILE),
        ("call me", FieldError.INVALID),
        ("", FieldError.EMPTY),
    ],
)
def test_mobile(text: str, expected: str) -> None:
    assert kf.parse_mobile(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ceo@Sky.CO.KR", "ceo@sky.co.kr"),
        (" <a.b+c@shop.example.com> ", "a.b+c@shop.example.com"),
        ("no-at-sign.com", FieldError.INVALID),
        ("a@b", FieldError.INVALID),
        ("홍@example.com", FieldError.INVALID),
        ("", FieldError.EMPTY),
    ],
)
def test_email(text: str, expected: str) -> None:
    assert kf.parse_email(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://Shop.Example.com/Path?q=1", "https://shop.example.com/Path?q=1"),
        ("http://shop.co.kr", "http://shop.co.kr"),
        ("www.shop.com", FieldError.NO_SCHEME),
        ("ftp://shop.com", FieldError.INVALID),
        ("https://", FieldError.INVALID),
        ("https://my shop.com", FieldError.INVALID),
    ],
)
def test_url(text: str, expected: str) -> None:
    assert kf.parse_url(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019.3.15", "2019-03-15"),
        ("2019. 3. 15.", "2019-03-15"),
        ("2019년 3월 15일", "2019-03-15"),
        ("2019/03/15", "2019-03-15"),
        ("20190315", "2019-03-15"),
        ("2019.2.30", FieldError.IMPOSSIBLE_DATE),
        ("2030.1.1", FieldError.IN_FUTURE),
        ("1850.1.1", FieldError.TOO_OLD),
        ("last spring", FieldError.NOT_A_DATE),
    ],
)
def test_date(text: str, expected: str) -> None:
    assert kf.parse_date(text, today=TODAY) == expected


def test_birth_date_needs_a_plausible_age() -> None:
    assert kf.parse_birth_date("1985.07.21", today=TODAY) == "1985-07-21"
    assert kf.parse_birth_date("2020.01.01", today=TODAY) == FieldError.TOO_YOUNG


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("홍길동", "홍길동"),
        ("홍 길 동", "홍길동"),
        ("홍길동, 김철수", "홍길동, 김철수"),
        ("홍길동 및 김철수", "홍길동, 김철수"),
        ("John O'Neil", "John O'Neil"),
        ("홍", FieldError.INVALID),
        ("1234", FieldError.INVALID),
    ],
)
def test_names(text: str, expected: str) -> None:
    assert kf.parse_person_names(text) == expected


def test_memo_and_choices() -> None:
    assert kf.parse_memo("가" * 100) == "가" * 100
    assert kf.parse_memo("가" * 101) == FieldError.TOO_LONG
    assert kf.parse_service_kind("웹") == "web"
    assert kf.parse_service_kind("앱인데 아직 스토어 등록 전이에요") == "app_unreleased"
    assert kf.parse_service_kind("App (not in the store yet)") == "app_unreleased"
    assert kf.parse_service_kind("fax") == FieldError.UNKNOWN_OPTION
    assert kf.parse_volume_band("1억원 ~ 10억원") == "100m_1b"
    assert kf.parse_volume_band("over_1b") == "over_1b"
    assert kf.parse_business_type("법인") == "corporate"


PARSERS = [
    kf.parse_mobile,
    kf.parse_email,
    kf.parse_url,
    kf.parse_person_names,
    kf.parse_text,
    kf.parse_memo,
    kf.parse_service_kind,
    kf.parse_volume_band,
    kf.parse_business_type,
    lambda text: kf.parse_date(text, today=TODAY),
    lambda text: kf.parse_birth_date(text, today=TODAY),
]


@pytest.mark.parametrize("parse", PARSERS)
@given(text=st.text(max_size=300))
def test_parsers_are_total_and_idempotent(parse: Callable[[str], kf.Parsed], text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed, str)
    if not isinstance(parsed, FieldError) and parsed:
        # A normalized value parses to itself: storing and re-reading changes nothing.
        assert parse(parsed) == parsed


@given(st.from_regex(r"01[016789][0-9]{4}[0-9]{4}", fullmatch=True))
def test_every_mobile_number_is_accepted(digits: str) -> None:
    parsed = kf.parse_mobile(digits)
    assert parsed == f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
