"""The Korean address grammar (ocr8): junk around an address dropped, an address that does
not parse never sure, the old names of 강원 and 전북 on the 시/도 list."""

from __future__ import annotations

import pytest

from bot.ocr import checks, features
from bot.ocr.features import ADDRESS_GRAMMAR, ADDRESS_TRIM
from bot.ocr.lexicon import SIDO

WHOLE = [
    "서울특별시 노원구 노해로 118-3 (상계동, 그린오피스텔)",
    "경기도 성남시 분당구 황새울로 254 (수내동, 센트럴프라자)",
    "세종특별자치시 갈매로 21, 4층 (어진동)",
    "광주광역시 동구 충장로 209, 지하1층 B111호 (충장로2가)",
    "경기도 의정부시 신흥로 130, 제5층 제206호 (의정부동, 드림센터)",
    "인천광역시 남동구 예술로 7, 121동 2203호 (구월동, 래미안)",
    "서울특별시 강서구 강서로 136, B동 1002호 (화곡동)",
    "경상남도 김해시 내외중앙로 5, 3층 일부 (내동)",
    "부산광역시 해운대구 달맞이길 219-7, 107동 601호 (중동)",
    "강원도 춘천시 스포츠타운길23번길 47, 제24층 제2406호 (퇴계동)",
    "전라북도 전주시 덕진구 송천중앙로 622, 6층 (송천동2가, 센트럴스퀘어)",
    "부산광역시 동래구 충렬대로 지하 79, 4층 일부 (수안동, 동백아파트)",
    "경기도 양평군 양평읍 양근로 100 (양근리)",
    "충청북도 청주시 상당구 낭성면 관정리 123-4",
]

BROKEN = [
    "서울특별시 노원구 노해로 118-3 (상계동, 으니, 건래아오 000으 0 0 229",
    "경기도 고양시 일산동구 정발산로 38, 10층 305호 ... 시리라",
    "경싱북두 포잉^| 남구 종임로 468(성토등)",
    "서울특별시 마포구 독막로",
    "서울특별시 마포구 264, 5층 (상수동)",
]


@pytest.mark.parametrize("value", WHOLE)
def test_whole_addresses_parse(value: str) -> None:
    assert checks.address_parses(value)


@pytest.mark.parametrize("value", BROKEN)
def test_broken_addresses_do_not_parse_and_are_flagged(value: str) -> None:
    assert not checks.address_parses(value)
    assert checks.FLAG_GRAMMAR in checks.address(value)[1]


def test_grammar_switch_off_keeps_the_old_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {ADDRESS_GRAMMAR})
    assert checks.FLAG_GRAMMAR not in checks.address("서울특별시 마포구 독막로")[1]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        (
            "| 서울특별시 마포구 독막로 264, 5층 (상수동)",
            "서울특별시 마포구 독막로 264, 5층 (상수동)",
        ),
        ("재지 서울특별시 마포구 독막로 264 (상수동)", "서울특별시 마포구 독막로 264 (상수동)"),
        ("소재지: 경기도 화성시 노작로 16-6 (반송동)", "경기도 화성시 노작로 16-6 (반송동)"),
        ("서울특별시 마포구 독막로 264 (상수동) 】", "서울특별시 마포구 독막로 264 (상수동)"),
        ("서울특별시 마포구 독막로 264 (상수동) ㅣ a", "서울특별시 마포구 독막로 264 (상수동)"),
    ],
)
def test_junk_around_the_address_is_dropped(read: str, kept: str) -> None:
    value, flags = checks.address(read)
    assert value == kept
    assert flags == ()


def test_a_word_before_the_province_that_is_no_label_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    value, flags = checks.address("본사 서울특별시 마포구 독막로 264 (상수동)")
    assert value.startswith("본사 ")
    assert checks.FLAG_GRAMMAR in flags


def test_trim_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {ADDRESS_TRIM})
    value, _ = checks.address("| 서울특별시 마포구 독막로 264 (상수동)")
    assert value.startswith("|")


def test_old_province_names_are_listed_and_checked() -> None:
    assert {"강원도", "전라북도"} <= set(SIDO)
    assert checks.address("강원도 춘천시 충혼길 396, 3층 일부 (석사동)")[1] == ()
    # A 시/군/구 one letter off is still corrected against the old name's list.
    value, flags = checks.address("강원도 춘전시 충혼길 396 (석사동)")
    assert value == "강원도 춘천시 충혼길 396 (석사동)"
    assert checks.FLAG_CORRECTED in flags


def test_old_names_switch_off_keeps_them_unlisted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.OLD_SIDO})
    flags = checks.address("강원도 춘천시 충혼길 396, 3층 일부 (석사동)")[1]
    assert checks.FLAG_UNLISTED in flags


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "전라남도 순천시 중앙로 54, 111동 2003오 (장천동)",
            "전라남도 순천시 중앙로 54, 111동 2003호 (장천동)",
        ),
        ("서울특별시 강남구 논현로 210-4, 1층 809오", "서울특별시 강남구 논현로 210-4, 1층 809호"),
        (
            "경상북도 포항시 남구 포스코대로 112; 2층 (대도동)",
            "경상북도 포항시 남구 포스코대로 112, 2층 (대도동)",
        ),
    ],
)
def test_slips_the_grammar_decides_are_put_back_and_flagged(read: str, fixed: str) -> None:
    value, flags = checks.address(read)
    assert value == fixed
    assert checks.FLAG_CORRECTED in flags
    assert checks.address_parses(value)


def test_o_that_is_no_room_stays() -> None:
    # 오 after a digit inside a building's name is no unit.
    value, flags = checks.address("서울특별시 마포구 독막로 264 (상수동, 3오피스텔)")
    assert value.endswith("3오피스텔)")
    assert checks.FLAG_CORRECTED not in flags


def test_slips_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.ADDRESS_SLIPS})
    assert checks.address("서울특별시 강남구 논현로 210-4, 1층 809오")[0].endswith("809오")
