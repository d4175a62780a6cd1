"""ocr20: facts of the world read against the development sets' misses (docs/decisions.md)."""

from __future__ import annotations

import pytest

from bot.ocr import features
from bot.ocr.checks import (
    FLAG_CORRECTED,
    FLAG_MERGED,
    address,
    basement_room,
    biz_list,
    biz_name,
    trade_name,
)
from bot.ocr.lexicon import BIZ_ITEMS, BIZ_TYPES, Fix, Match, nearest
from bot.ocr.numbers import FLAG_REPAIRED, read_business_number, read_corp_number
from knowledge.bizno import is_valid_corp_number


def test_an_added_digit_is_dropped_when_one_reading_passes() -> None:
    reading = read_business_number("등록번호 : 308-36-357192")
    assert reading is not None
    assert (reading.value, reading.flags) == ("308-36-35192", (FLAG_REPAIRED,))


def test_an_added_digit_is_left_when_two_readings_pass() -> None:
    # 75817 and 75781 both pass the check digit: nothing is picked.
    assert read_business_number("등록번호: 635-55-757817") is None


def test_an_added_digit_only_in_a_dashed_number_of_the_right_shape() -> None:
    assert read_business_number("발급번호: 5815-912-5004-152") is None


def test_an_added_digit_in_a_corporate_number() -> None:
    reading = read_corp_number("법인등록번호: 110111-00624372")
    assert reading is not None and FLAG_REPAIRED in reading.flags
    assert is_valid_corp_number(reading.value.replace("-", ""))


def test_an_added_digit_is_kept_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.EXTRA_DIGIT})
    assert read_business_number("308-36-357192") is None


def test_a_space_read_inside_a_listed_name_is_kept() -> None:
    entries = BIZ_TYPES + BIZ_ITEMS
    assert nearest("일반 화물 자동차 운송업", entries) == Match("일반 화물 자동차 운송업", None)
    # A space lost is still put back from the list.
    match = nearest("일반화물자동차운송업", entries)
    assert match is not None and (match.text, match.fix) == ("일반 화물자동차 운송업", Fix.SPACING)


def test_the_list_spacing_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.SPACES_READ})
    match = nearest("일반 화물 자동차 운송업", BIZ_TYPES + BIZ_ITEMS)
    assert match is not None and match.text == "일반 화물자동차 운송업"


def test_a_full_stop_in_a_biz_name_is_a_comma() -> None:
    assert biz_name("전문. 과학 및 기술 서비스업") == "전문, 과학 및 기술 서비스업"
    assert biz_name("도매 및 소매업") == "도매 및 소매업"


def test_a_basement_b_read_as_two_digits() -> None:
    assert basement_room("충청북도 충주시 중앙로 262, 지하1층 86101호 (성내동)") == (
        "충청북도 충주시 중앙로 262, 지하1층 B101호 (성내동)",
        ("corrected",),
    )
    # Not the floor's number after them: a real room number.
    assert basement_room("지하1층 86201호")[0] == "지하1층 86201호"


def test_a_building_word_one_letter_off() -> None:
    value, flags = address("경기도 고양시 일산동구 정발산로 260 (마두동, 참빛타위)")
    assert value.endswith("(마두동, 참빛타워)") and FLAG_CORRECTED in flags
    # A listed word, and a word near none, are left alone.
    assert address("경상남도 김해시 김해대로 241 (부원동, 들꽃프라자)")[1] == ()
    assert address("경상남도 김해시 김해대로 241 (부원동, 해오름)")[0].endswith("해오름)")


def test_a_legal_form_one_letter_off_and_the_sign_read_as_a_rat() -> None:
    assert trade_name("라온오토텍 주식희사") == ("라온오토텍 주식회사", (FLAG_CORRECTED,))
    assert trade_name("육한회사 모빌리티") == ("유한회사 모빌리티", (FLAG_CORRECTED,))
    assert trade_name("쥐다올오토텍") == ("㈜다올오토텍", (FLAG_CORRECTED,))
    assert trade_name("바른 꽃방") == ("바른 꽃방", ())


def test_si_read_as_marks_put_back_by_the_lists() -> None:
    assert address("울산광역/|남구삼산로 146-11, 108동 237호") == (
        "울산광역시 남구 삼산로 146-11, 108동 237호",
        (FLAG_CORRECTED,),
    )
    # Letters that make no listed 시 with it are left as read (and flagged by the marks rule).
    assert "/|" in address("경기도 가나다/| 라로 1")[0]


def test_sido_tight_and_ga_loose_respaced() -> None:
    assert address("세종특별자치시한누리대로 399-20 (나성동)")[0] == (
        "세종특별자치시 한누리대로 399-20 (나성동)"
    )
    assert address("서울특별시 성동구 성수동 1 가 527-10 2층")[0] == (
        "서울특별시 성동구 성수동1가 527-10 2층"
    )


def test_a_listed_biz_name_and_the_next_rows_letters() -> None:
    assert biz_list("제조업 빌 훌 시 유 재발글") == ("제조업", (FLAG_MERGED,))
    assert biz_list("농업, 교육 서비스업 일 구시 으 가") == ("농업, 교육 서비스업", (FLAG_MERGED,))
    assert biz_list("빵 및 과자류 소매업")[0] == "빵 및 과자류 소매업"


def test_the_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        features,
        "ENABLED",
        features.ENABLED
        - {
            features.LEGAL_FORM,
            features.ADDRESS_WORLD,
            features.BIZ_LETTERS,
            features.BUILDING_WORDS,
        },
    )
    assert trade_name("쥐다올오토텍")[0] == "쥐다올오토텍"
    assert "/|" in address("울산광역/|남구삼산로 146-11")[0]
    assert biz_list("제조업 빌 훌 시 유 재발글")[0] == "제조업 빌 훌 시 유 재발글"
    assert address("경기도 고양시 일산동구 정발산로 260 (마두동, 참빛타위)")[0].endswith("타위)")
