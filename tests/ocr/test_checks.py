"""Values checked against the world's closed lists and the address grammar."""

from __future__ import annotations

import pytest

from bot.ocr import checks, features
from bot.ocr.world import DISTRICTS, SURNAMES, TAX_OFFICES


@pytest.fixture(autouse=True)
def every_check_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production runs only the checks the ablation kept; each is tested here on its own.
    monkeypatch.setattr(features, "ENABLED", features.ALL)


def test_the_lists_hold_what_they_claim() -> None:
    assert 120 <= len(TAX_OFFICES) <= 150
    assert all(name.endswith("세무서") for name in TAX_OFFICES)
    assert {"김", "이", "박", "남궁", "황보"} <= SURNAMES
    assert len(DISTRICTS) == 17
    assert "마포구" in DISTRICTS["서울특별시"]
    assert "분당구" in DISTRICTS["경기도"]


def test_a_listed_tax_office_is_kept() -> None:
    assert checks.tax_office("마포세무서") == ("마포세무서", ())


def test_a_tax_office_one_letter_off_is_corrected_and_flagged() -> None:
    assert checks.tax_office("미포세무서") == ("마포세무서", (checks.FLAG_CORRECTED,))


def test_an_unknown_tax_office_is_kept_but_never_sure() -> None:
    assert checks.tax_office("가나다라세무서") == ("가나다라세무서", (checks.FLAG_UNLISTED,))


def test_a_name_starts_with_a_surname() -> None:
    assert checks.representative("홍길동") == ("홍길동", ())
    assert checks.representative("남궁민수") == ("남궁민수", ())
    # A foreigner's name in Latin letters is not checked.
    assert checks.representative("JOHN SMITH") == ("JOHN SMITH", ())
    _, flags = checks.representative("퀵길동")
    assert flags


def test_floor_misread_after_a_number() -> None:
    value, _ = checks.address("서울특별시 마포구 와우산로 29, 3충 301호 (서교동)")
    assert value == "서울특별시 마포구 와우산로 29, 3층 301호 (서교동)"
    value, _ = checks.address("서울특별시 마포구 와우산로 29, 12중")
    assert value == "서울특별시 마포구 와우산로 29, 12층"


def test_district_checked_against_its_province() -> None:
    ok = "경기도 성남시 분당구 판교역로 235"
    assert checks.address(ok) == (ok, ())
    value, flags = checks.address("서울특별시 미포구 와우산로 29")
    assert (value, flags) == ("서울특별시 마포구 와우산로 29", (checks.FLAG_CORRECTED,))
    _, flags = checks.address("서울특별시 분당구 판교역로 235")
    assert flags == (checks.FLAG_UNLISTED,)


def test_marks_after_a_business_name_are_dropped() -> None:
    assert checks.biz_name("세탁업 00") == "세탁업"
    assert checks.biz_name("도매업 | ᆞ") == "도매업"
    assert checks.biz_name("한식 일반 음식점업") == "한식 일반 음식점업"


def test_dates_that_cannot_all_be_true() -> None:
    today = "2026-01-01"
    ok = {"birth_date": "1980-01-01", "open_date": "2010-05-05", "issue_date": "2020-01-01"}
    assert checks.implausible_dates(ok, today) == set()
    opened_late = {**ok, "open_date": "2021-01-01"}
    assert checks.implausible_dates(opened_late, today) == {"open_date", "issue_date"}
    child = {**ok, "birth_date": "2005-01-01"}
    assert checks.implausible_dates(child, today) == {"birth_date", "open_date"}
    assert checks.implausible_dates({"issue_date": "2027-01-01"}, today) == {"issue_date"}


def test_a_mark_no_address_holds_is_for_the_merchant_to_check() -> None:
    misread = "서울특별시 관악구 관악로 696-24, 106동 1902호 (남현동, @편한세상)"
    assert checks.address(misread) == (misread, (checks.FLAG_ODD_MARK,))
    # Latin letters belong to building names: not a mark.
    printed = "서울특별시 관악구 관악로 696-24, 106동 1902호 (남현동, e편한세상)"
    assert checks.address(printed) == (printed, ())


def test_the_reference_closes_with_a_parenthesis() -> None:
    read = "대구광역시 달서구 달서대로 428, 16층 1613호 (상인동, 벽산디지털밸리]"
    assert checks.address(read) == (read[:-1] + ")", ())


def test_a_building_named_bildeong_is_a_misread_bilding() -> None:
    read = "서울특별시 종로구 종로 1500, 5층 505호 (혜화동, 하나로빌덩)"
    assert checks.address(read) == (
        "서울특별시 종로구 종로 1500, 5층 505호 (혜화동, 하나로빌딩)",
        (checks.FLAG_CORRECTED,),
    )
    # 빌딩 read right is left alone.
    right = "서울특별시 종로구 종로 1500 (혜화동, 하나로빌딩)"
    assert checks.address(right) == (right, ())


def test_an_apartment_building_and_unit_are_written_apart() -> None:
    value, flags = checks.address("서울특별시 종로구 종로 2632, 101동1101호 (청운동)")
    assert value == "서울특별시 종로구 종로 2632, 101동 1101호 (청운동)"
    assert flags == ()


def test_a_building_name_starting_with_a_lone_digit_is_checked() -> None:
    _, flags = checks.address("서울특별시 종로구 종로 2632, 101동 1101호 (청운동, 6편한세상)")
    assert checks.FLAG_ODD_MARK in flags
    # A digit that counts (2차, 3단지) or a floor is what is printed.
    for ok in (
        "서울특별시 종로구 종로 26 (청운동, 2차아이파크)",
        "서울특별시 종로구 종로 26 (청운동, 3단지)",
        "서울특별시 종로구 종로 26, 5층",
    ):
        assert checks.address(ok) == (ok, ())


def test_a_branch_tight_against_the_trade_name_is_checked() -> None:
    assert checks.trade_name("온누리통닭본점") == ("온누리통닭본점", (checks.FLAG_SPACING,))
    assert checks.trade_name("온누리통닭 본점") == ("온누리통닭 본점", ())
    assert checks.trade_name("행복한테크 시청점") == ("행복한테크 시청점", ())
