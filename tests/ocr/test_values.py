from __future__ import annotations

import pytest

from bot.ocr.values import (
    clean_text,
    lost_digit,
    normalize_address,
    parse_date,
    restore_spaces,
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2022 년 03 월 02 일", "2022-03-02"),
        ("2022 년07월04일", "2022-07-04"),
        ("2O22 넌 O3 윌 O2 일", "2022-03-02"),
        ("2022 년 13 월 02 일", None),
        ("신규", None),
    ],
)
def test_parse_date(text: str, date: str | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("raw", "printed"),
    [
        (
            "서울특별시 종로구삼일대로97(수송동, 미래빌딩)",
            "서울특별시 종로구 삼일대로 97 (수송동, 미래빌딩)",
        ),
        (
            "경기도수원시영통구매영로 281, 8층801호(매탄동)",
            "경기도 수원시 영통구 매영로 281, 8층 801호 (매탄동)",
        ),
        (
            "부산광역시 해운대구 해운대로 203, 13증 1301호 (우동)",
            "부산광역시 해운대구 해운대로 203, 13층 1301호 (우동)",
        ),
        (
            "대구광역시 수성구달구벌대로 293, 6층 603호 (범어동)",
            "대구광역시 수성구 달구벌대로 293, 6층 603호 (범어동)",
        ),
        ("경기도성남시분당구판교역로 12 (정자동)", "경기도 성남시 분당구 판교역로 12 (정자동)"),
        (
            "서울특별시 송파구 송파대로 185. 2층 203호 (잠실동)",
            "서울특별시 송파구 송파대로 185, 2층 203호 (잠실동)",
        ),
        (
            "경기도 수원시 영통구 광교중앙로 391 (이의동.미래빌딩)",
            "경기도 수원시 영통구 광교중앙로 391 (이의동, 미래빌딩)",
        ),
        (
            "서울특별시 영등포구 당산로 371, 11충1110호 (여의도동)",
            "서울특별시 영등포구 당산로 371, 11층 1110호 (여의도동)",
        ),
        ("서울특별시 중구 세종대로 9, 3중", "서울특별시 중구 세종대로 9, 3층"),
        # 중 where no floor stands is a word: left alone.
        ("서울특별시 중구 중앙로 12 중앙빌딩", "서울특별시 중구 중앙로 12 중앙빌딩"),
        ("not an address", "not an address"),
    ],
)
def test_normalize_address(raw: str, printed: str) -> None:
    assert normalize_address(raw) == printed


def test_restore_spaces_and_clean() -> None:
    assert restore_spaces("전문, 과학및기술 서비스업") == "전문, 과학 및 기술 서비스업"
    assert clean_text(" : 신규 |") == "신규"


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("2023 년 01 월 2 일", True),  # the day's "1" lost under the seal
        ("2023 년 1 월 02 일", True),
        ("2023 년 01 월 12 일", False),
        ("2023 년 1 월 2 일", False),  # unpadded throughout
        ("2023년 1월 12일", False),
        ("신규", False),
    ],
)
def test_a_date_that_mixes_padding_lost_a_digit(text: str, lost: bool) -> None:
    assert lost_digit(text) is lost
