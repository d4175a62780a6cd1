"""Calibration of "sure" (issue 17, ocrcal): each rule that keeps a wrong value from being
called sure, or reads a value the form means, with a value it must not call sure and one it
must leave alone. No tesseract: values and synthetic word rows."""

from __future__ import annotations

from collections.abc import Callable

from bot.ocr import checks
from bot.ocr.engine import Word
from bot.ocr.extract import Extraction, _reason_label, checked, extract, office_by_district
from bot.ocr.labels import split_label
from bot.ocr.layout import Line, words_text
from bot.ocr.reading import FieldReading
from bot.ocr.values import clean_text, normalize_address, parse_date


def _sure(value: str, check: Callable[[str], checks.Checked]) -> tuple[str, bool]:
    reading = checked(FieldReading(value, 0.95), check)
    return reading.value, reading.sure


# --- addresses ------------------------------------------------------------------------


def test_a_floor_misread_after_a_number_is_put_back_whatever_follows() -> None:
    # "제4충 제403호" and "11충 1101, 1117호" were sure-but-wrong: the old rule wanted a 호
    # right after the floor.
    assert _sure("광주광역시 북구 북문대로 294, 제4충 제403호 (용봉동)", checks.address) == (
        "광주광역시 북구 북문대로 294, 제4층 제403호 (용봉동)",
        True,
    )
    value, _ = _sure("광주광역시 북구 북문대로 1040, 11충 1101, 1117호", checks.address)
    assert value == "광주광역시 북구 북문대로 1040, 11층 1101, 1117호"


def test_rooms_numbered_off_their_floor_are_never_sure() -> None:
    assert checks.rooms_off_floor("서울특별시 마포구 양화로 12, 3층 8302호")
    assert _sure("서울특별시 마포구 양화로 12, 3층 8302호", checks.address)[1] is False


def test_rooms_numbered_from_their_floor_stay_sure() -> None:
    for value in (
        "서울특별시 마포구 양화로 12, 11층 1101, 1117호",
        "서울특별시 마포구 양화로 12, 제4층 제403호 (서교동)",
        "서울특별시 마포구 양화로 12, 2층 202, 218호 (서교동)",
        "서울특별시 마포구 양화로 12, 지하1층 B108호",
        "서울특별시 마포구 양화로 12, 3층 1호",
    ):
        assert not checks.rooms_off_floor(value), value
        assert _sure(value, checks.address) == (value, True)


def test_a_basement_rooms_b_read_as_a_digit_is_put_back_and_confirmed() -> None:
    value, sure = _sure("경상남도 진주시 진주대로40번길 144, 지하1층 8108호", checks.address)
    assert (value, sure) == ("경상남도 진주시 진주대로40번길 144, 지하1층 B108호", False)
    value, _ = _sure("경상남도 김해시 김해대로 353, 지하1층 6110호 (외동)", checks.address)
    assert value.endswith("지하1층 B110호 (외동)")
    # Only where the rest starts with the floor: "지하2층 8107호" is not B107.
    assert checks.basement_room("서울특별시 중구 세종대로 1, 지하2층 8107호")[1] == ()


def test_a_numbered_side_road_is_one_name() -> None:
    assert (
        normalize_address("부산광역시 수영구 광안해변로 114번길 353, 106동 1705호 (민락동)")
        == "부산광역시 수영구 광안해변로114번길 353, 106동 1705호 (민락동)"
    )
    assert (
        normalize_address("서울특별시강남구영동대로63길357, 23층")
        == "서울특별시 강남구 영동대로63길 357, 23층"
    )


# --- 업태 / 종목 ---------------------------------------------------------------------------


def test_two_rows_read_as_one_name_are_never_sure() -> None:
    for value in (
        "수도, 하수 및 폐기물 처리, 원료 재생업 비금속류 원료 재생업",
        "도매 및 상품 중개업 곡물 및 유지작물 도매업",
        "숙박 및 음식점업, 예술, 스포츠 및, 전문, 과학 및 기술",  # cut after 및
    ):
        assert _sure(value, checks.biz_list)[1] is False, value


def test_names_with_and_or_commas_of_their_own_stay_sure() -> None:
    for value in (
        "농업, 임업 및 어업",
        "사업시설 관리, 사업 지원 및 임대 서비스업",
        "건설업 및 부동산업, 교육 서비스업",
        "도매 및 소매업, 음식점업",
    ):
        assert _sure(value, checks.biz_list) == (value, True), value


def test_one_name_read_with_and_without_its_space_is_kept_once_and_confirmed() -> None:
    assert _sure("전문서비스업, 전문 서비스업", checks.biz_list) == ("전문 서비스업", False)


def _at(*placed: tuple[str, int], top: int) -> tuple[Word, ...]:
    return tuple(Word(t, x, top, 30 * len(t), 40, 0.95, (1, 1, top)) for t, x in placed)


def test_rows_printed_above_a_centred_label_are_read() -> None:
    # A ruled form centres "사업의 종류" in its cell: tesseract returns the label's line
    # between the rows, and the first row stood above it unread (업태 "도소매" sure for
    # "음식점 및 주점업, 도소매").
    lines = [
        Line(_at(("사업장소재지", 100), (":", 300), ("서울특별시", 420), top=100)),
        Line(_at(("업태", 650), ("종목", 1400), top=180)),
        Line(_at(("음식점업", 420), ("일반", 1000), ("유흥", 1080), ("주점업", 1150), top=240)),
        Line(_at(("사업의종류", 100), (":", 300), top=280)),
        Line(_at(("도소매", 420), ("식품", 1000), top=320)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=400)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "음식점업, 도소매"
    assert ex.fields["biz_item"].value == "일반 유흥 주점업, 식품"


def test_nothing_is_taken_from_above_without_a_heading() -> None:
    lines = [
        Line(_at(("사업장소재지", 100), (":", 300), ("서울특별시", 420), top=100)),
        Line(_at(("마포구", 420), ("양화로", 560), top=180)),
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 420), ("종목", 1000), top=280)),
        Line(_at(("도소매", 420), ("식품", 1000), top=320)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=400)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "도소매"
    assert ex.fields["biz_item"].value == "식품"


def test_a_misread_issue_reason_label_ends_the_table() -> None:
    lines = [
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 420), ("종목", 1000), top=100)),
        Line(_at(("운수", 420), ("및", 500), ("창고업", 540), ("택배업", 1000), top=180)),
        Line(_at(("빌고", 100), ("사유", 200), ("정정(상호변경)", 420), top=260)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "운수 및 창고업"
    assert ex.fields["biz_item"].value == "택배업"


def test_a_business_name_is_not_an_issue_reason() -> None:
    assert _reason_label(_at(("발전업", 420), ("태양광", 1000), ("발전업", 1100), top=1)) is None
    assert _reason_label(_at(("발", 100), ("금", 140), ("사", 180), (".으:", 220), top=1)) == 0


# --- names, offices, dates --------------------------------------------------------------


def test_a_first_syllable_that_is_no_surname_is_never_sure() -> None:
    assert _sure("밝여라", checks.representative)[1] is False
    assert _sure("박여라", checks.representative) == ("박여라", True)


def test_a_listed_office_after_stray_letters_is_offered_to_confirm() -> None:
    assert _sure("브수원세무서", checks.tax_office) == ("수원세무서", False)
    # 동/서/남/북 in front make another office: never cut off.
    assert checks.tax_office("북수원세무서") == ("북수원세무서", (checks.FLAG_UNLISTED,))
    assert _sure("서청주세무서", checks.tax_office) == ("서청주세무서", True)


def test_a_date_whose_month_was_lost_is_no_date() -> None:
    # Was 2023-02-05 from "25", called sure.
    assert parse_date("2023 월 25 일") is None
    assert parse_date("2023 년 11 월 25 일") == "2023-11-25"
    assert parse_date("2023년7월4일") == "2023-07-04"
    assert parse_date("2023.07.04") == "2023-07-04"


def test_a_misread_office_is_put_right_from_the_address_district() -> None:
    # "정주" is one letter from both 청주 and 전주: the address's 청주시 settles it.
    assert checks.tax_office("정주세무서")[1] == (checks.FLAG_UNLISTED,)
    address = "충청북도 청주시 흥덕구 풍산로13번길 33 (가경동)"
    assert checks.office_by_district("정주세무서", address) == "청주세무서"
    assert checks.office_by_district("주세무서", "경상북도 경주시 태종로 335") == "경주세무서"
    ex = Extraction(
        fields={
            "tax_office": FieldReading("정주세무서", 0.95, (checks.FLAG_UNLISTED,)),
            "address": FieldReading(address, 0.95),
        }
    )
    office_by_district(ex)
    assert ex.fields["tax_office"].value == "청주세무서"
    assert not ex.fields["tax_office"].sure


def test_no_office_is_taken_from_a_district_it_is_not_named_after() -> None:
    # 강남구 is served by 강남, 삼성 and 역삼세무서: no rule of names says which.
    assert checks.office_by_district("삼송세무서", "서울특별시 강남구 테헤란로 1") is None
    assert checks.office_by_district("대병포세무서", "서울특별시 영등포구 국회대로 1") is None


def test_dots_read_at_a_values_end_are_dropped() -> None:
    assert clean_text("바른디자인 ᆞ") == "바른디자인"
    assert clean_text("인천광역시 연수구 인천타워대로 222 (송도동) ᆞ. 、").endswith("(송도동)")
    # Between two words the dot is KSIC's separator and stays, as printed (NFKC writes ㆍ
    # as the old vowel ᆞ; ocr6 writes it back).
    assert clean_text("음식점업ㆍ주점업") == "음식점업\u318d주점업"


def test_the_rest_of_a_label_cut_at_a_mark_is_no_part_of_the_value() -> None:
    words = _at(("상.", 100), ("호", 200), (":", 260), ("들꽃의원", 300), top=1)
    match = split_label(words)
    assert match is not None and match.name == "trade_name"
    assert words_text(match.value) == "들꽃의원"
    # A value that merely starts with the label's letters, with no separator, is kept.
    words = _at(("상.", 100), ("호수카페", 200), top=1)
    match = split_label(words)
    assert match is not None and words_text(match.value) == "호수카페"


# --- registration numbers against the page (ocr6) --------------------------------------


def _business_number(first_nine: str) -> str:
    from knowledge.bizno import format_business_number, is_valid_business_number

    last = next(d for d in "0123456789" if is_valid_business_number(first_nine + d))
    return format_business_number(first_nine + last)


def test_a_business_number_agrees_with_the_kind_of_page() -> None:
    individual, exempt, corporate = (
        _business_number("220" + code + "4879") for code in ("43", "91", "81")
    )
    assert checks.business_number_fits(individual, corporate=False, exempt=False)
    assert checks.business_number_fits(individual, corporate=False, exempt=None)
    assert checks.business_number_fits(exempt, corporate=False, exempt=True)
    assert checks.business_number_fits(corporate, corporate=True, exempt=None)
    # A 법인's number on an individual's page, an individual's on a 법인's, a taxable
    # individual's on a 면세 page: one of them was misread.
    assert not checks.business_number_fits(corporate, corporate=False, exempt=None)
    assert not checks.business_number_fits(individual, corporate=True, exempt=None)
    assert not checks.business_number_fits(individual, corporate=False, exempt=True)
    assert not checks.business_number_fits(exempt, corporate=False, exempt=False)
    # No office code below 101, no serial 0000.
    assert not checks.business_number_fits(_business_number("099434879"), False, None)
    assert not checks.business_number_fits(_business_number("220430000"), False, None)


def test_a_corporate_number_agrees_with_the_legal_form_the_name_states() -> None:
    assert checks.corp_number_fits("110111-1234567", "주식회사 한빛소프트")
    assert checks.corp_number_fits("110111-1234567", "한빛소프트(주)")
    assert checks.corp_number_fits("110114-1234567", "유한회사 다온")
    assert not checks.corp_number_fits("110114-1234567", "㈜한빛소프트")
    assert not checks.corp_number_fits("110111-1234567", "다온 유한회사")
    # A name that states no form has nothing to disagree with.
    assert checks.corp_number_fits("110113-1234567", "다온상사")


def test_a_rare_surname_one_final_letter_from_a_common_one_is_checked() -> None:
    # 길진우 was sure for 김진우 (set 4): 길 is a surname, but 김's final ㅁ read as ㄹ is far
    # likelier than a 길.
    assert _sure("길진우", checks.representative) == ("길진우", False)
    assert _sure("반가익", checks.representative)[1] is False
    # Common surnames, two-syllable ones, and rare ones that differ otherwise stay sure.
    for name in ("김진우", "방동호", "채나권", "남궁민수", "우부재", "금환룡", "전소연"):
        assert _sure(name, checks.representative) == (name, True), name


def test_a_trade_names_last_word_one_letter_off_a_branch_is_checked() -> None:
    assert _sure("도담인테리어 서면정", checks.trade_name)[1] is False
    assert _sure("도담인테리어 서면점", checks.trade_name) == ("도담인테리어 서면점", True)
    assert _sure("한우정", checks.trade_name) == ("한우정", True)  # no word apart


def test_an_issue_date_after_today_is_never_sure() -> None:
    assert checks.implausible_dates({"issue_date": "2076-02-26"}, "2026-12-07") == {"issue_date"}
    assert checks.implausible_dates({"issue_date": "2026-02-26"}, "2026-12-07") == set()


def test_the_old_vowel_between_two_words_is_the_middle_dot() -> None:
    assert clean_text("배관 및 냉\u119e난방 공사업") == "배관 및 냉\u318d난방 공사업"
    assert clean_text("바른디자인 \u119e") == "바른디자인"
