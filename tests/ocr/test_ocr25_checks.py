"""ocr25: a floor's 층 and a room's 호 misread after their number, and `eng`'s "$" in a
trade name's Latin run."""

from __future__ import annotations

import pytest

from bot.ocr import checks, features
from bot.ocr.latin import _Run, _verdict


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "광주광역시 서구 상무중앙로 383, 5총 508호 (치평동)",
            "광주광역시 서구 상무중앙로 383, 5층 508호 (치평동)",
        ),
        (
            "서울특별시 종로구 삼일대로 37-9, 109동 402초 (관수동)",
            "서울특별시 종로구 삼일대로 37-9, 109동 402호 (관수동)",
        ),
        (
            "서울특별시 송파구 중대로 192, 10흥 (가락동, 대성타워)",
            "서울특별시 송파구 중대로 192, 10층 (가락동, 대성타워)",
        ),
    ],
)
def test_a_floor_or_room_word_misread_after_its_number_is_put_back_flagged(
    read: str, fixed: str
) -> None:
    value, flags = checks.address(read)
    assert value == fixed
    assert checks.FLAG_CORRECTED in flags


def test_words_after_a_number_that_are_no_unit_stay() -> None:
    # 초 starting a word after a space is no room's 호 (초등학교, 초원빌딩).
    value, _ = checks.address("서울특별시 마포구 와우산로 94, 3층 (상수동, 초원빌딩)")
    assert value == "서울특별시 마포구 와우산로 94, 3층 (상수동, 초원빌딩)"


def _run(text: str) -> _Run:
    return _Run(0, 0, 0, len(text), 0, 40, text)


def test_eng_dollar_is_an_s_and_replaces_kor_digits_as_many() -> None:
    assert _verdict(_run("52"), "$2", 0.95) == "S2"
    assert _verdict(_run("52"), "S2", 0.95) == "S2"


def test_digits_both_readers_read_stay_and_a_longer_read_does_not_replace() -> None:
    assert _verdict(_run("365"), "365", 0.95) == ""
    assert _verdict(_run("52"), "S2X", 0.95) is None


def test_switched_off_dollar_keeps_kor_digits() -> None:
    kept = features.ENABLED
    features.ENABLED = kept - {"latin_dollar"}
    try:
        assert _verdict(_run("52"), "$2", 0.95) == ""
    finally:
        features.ENABLED = kept


def test_no_capital_is_looked_for_before_a_leading_legal_form() -> None:
    from bot.ocr.engine import Word
    from bot.ocr.latin import _pieces

    # The 주식회사 box is a syllable wider than its four letters (a bracket's ink in it).
    words = (
        Word("주식회사", 100, 0, 200, 40, 0.9, (1, 1, 1)),
        Word("온유테크", 320, 0, 160, 40, 0.9, (1, 1, 1)),
    )
    assert _pieces(words, 40) == []
    named = (Word("가나다라", 100, 0, 200, 40, 0.9, (1, 1, 1)),)
    assert _pieces(named, 40) != []  # another name's extra ink is still looked at
