"""Check digits decide whether a number read by OCR is trusted."""

from __future__ import annotations

from bot.ocr.numbers import (
    FLAG_CHECKSUM_FAILED,
    FLAG_REPAIRED,
    read_business_number,
    read_corp_number,
)
from knowledge.bizno import is_valid_business_number, normalize_digits


def test_valid_number_is_trusted() -> None:
    reading = read_business_number("등록번호 : 124-81-00998")
    assert reading is not None
    assert (reading.value, reading.flags) == ("124-81-00998", ())


def test_failed_checksum_is_flagged_not_fixed_silently() -> None:
    # No confusable one-digit change of this number passes: it is shown as read, flagged.
    reading = read_business_number("123-45-67892")
    assert reading is not None
    assert reading.value == "123-45-67892"
    assert reading.flags == (FLAG_CHECKSUM_FAILED,)


def test_ambiguous_repair_is_not_made() -> None:
    # 220-81-62517 with its 7 read as 1: two confusable changes pass, so neither is picked.
    reading = read_business_number("220-81-62511")
    assert reading is not None
    assert (reading.value, reading.flags) == ("220-81-62511", (FLAG_CHECKSUM_FAILED,))


def test_unique_repair_is_offered_but_flagged() -> None:
    reading = read_business_number("124-81-00991")
    assert reading is not None
    assert reading.flags == (FLAG_REPAIRED,)
    assert is_valid_business_number(normalize_digits(reading.value))


def test_repaired_and_failed_numbers_get_low_confidence() -> None:
    from bot.ocr.extract import CONF_FAILED, CONF_REPAIRED, _number_field

    failed = _number_field(read_business_number("123-45-67892"), 0.95)
    repaired = _number_field(read_business_number("124-81-00991"), 0.95)
    valid = _number_field(read_business_number("124-81-00998"), 0.95)
    assert failed is not None
    assert repaired is not None
    assert valid is not None
    assert failed.confidence <= CONF_FAILED
    assert repaired.confidence <= CONF_REPAIRED
    assert valid.confidence > 0.95
    assert FLAG_CHECKSUM_FAILED in failed.flags


def test_lookalike_letters_next_to_digits() -> None:
    reading = read_business_number("l24-8l-OO998")
    assert reading is not None
    assert reading.value == "124-81-00998"


def test_corp_number() -> None:
    reading = read_corp_number("법인등록번호: 110111-0062432")
    assert reading is not None
    assert (reading.value, reading.flags) == ("110111-0062432", ())
    bad = read_corp_number("110111-1234567")
    assert bad is not None
    assert FLAG_CHECKSUM_FAILED in bad.flags or FLAG_REPAIRED in bad.flags


def test_no_number() -> None:
    assert read_business_number("상호 : 온누리식당") is None
