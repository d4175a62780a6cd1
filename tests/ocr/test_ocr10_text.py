"""ocr10: the text side of the older ruled certificate (2007-2013) and of 지번 addresses —
the 업태/종목 heading under the address, lot-number addresses re-spaced by their listed
시/도 and 시/군/구, the 발급사유 value ending the table, one-syllable 종목, a row missing a
column, and the address slips the grammar decides. Words are placed as tesseract returns
them (one per syllable where a spread label or a short word is printed)."""

from __future__ import annotations

import pytest

from bot.ocr import checks, features, read_certificate
from bot.ocr.engine import Word
from bot.ocr.extract import _reason_value, _table_heading, _unclear_unknown, extract
from bot.ocr.layout import Line
from bot.ocr.values import normalize_address, respace_jibun
from tests.ocr.conftest import needs_tesseract
from tests.support.blind_certs6 import render_certificate

ROW = 110  # row pitch of the ruled form at 300 dpi; words 40 px high


def _words(*placed: tuple[str, int], top: int, conf: float = 0.93) -> tuple[Word, ...]:
    return tuple(Word(t, x, top, 40 * len(t), 40, conf, (1, 1, top)) for t, x in placed)


def _at(*placed: tuple[str, int], top: int, conf: float = 0.93) -> Line:
    return Line(_words(*placed, top=top, conf=conf))


def _ruled_page(address: tuple[tuple[str, int], ...], rows: list[Line]) -> list[Line]:
    """An older certificate's body: the 업태 | 종목 sub-table right under the address, its
    heads in the value column, the "사업의종류" label centred on its rows."""
    top = 800
    return [
        _at(("상", 430), ("호", 710), ("새봄", 810), ("꽃집", 900), top=top),
        _at(("성", 430), ("명", 710), ("한", 810), ("지", 850), ("수", 890), top=top + ROW),
        _at(("사", 430), ("업", 490), ("장", 545), ("소", 600), ("재지", 660), *address,
            top=top + 2 * ROW),
        _at(("업", 815), ("태", 912), ("종", 1448), ("목", 1546), top=top + 3 * ROW),
        *rows,
        _at(("발", 435), ("급", 528), ("사", 623), ("유", 716), ("신", 818), ("규", 858),
            top=top + 7 * ROW),
    ]  # fmt: skip


_LOT_ADDRESS = (("서울특별시", 810), ("강남구", 1010), ("역삼동", 1160), ("123-45", 1300))


def test_the_table_heading_under_a_lot_address_is_no_part_of_it() -> None:
    rows = [
        _at(("사", 433), ("업", 504), ("의", 575), ("종류", 644), ("소매", 814), ("꽃", 1449),
            top=800 + 4 * ROW),
        _at(("음식", 814), ("분식", 1449), top=800 + 5 * ROW),
    ]  # fmt: skip
    ex = extract(_ruled_page(_LOT_ADDRESS, rows))
    assert ex.fields["address"].value == "서울특별시 강남구 역삼동 123-45"


def test_only_a_heading_line_stops_an_address() -> None:
    assert _table_heading(_words(("업", 815), ("태", 912), ("종", 1448), ("목", 1546), top=0))
    assert _table_heading(_words(("업태", 815), ("종목", 1448), top=0))
    assert not _table_heading(_words(("101동", 815), ("1203호", 912), top=0))
    assert not _table_heading(_words(("업무빌딩)", 815), top=0))


def test_a_one_syllable_item_beside_its_type_is_kept_and_marked() -> None:
    rows = [
        _at(("소매", 814), ("꽃", 1449), top=800 + 4 * ROW),
        _at(("사", 433), ("업", 504), ("의", 575), ("종류", 644), top=800 + 5 * ROW),
        _at(("음식", 814), ("분식", 1449), top=800 + 6 * ROW),
    ]
    ex = extract(_ruled_page(_LOT_ADDRESS, rows))
    item = ex.fields["biz_item"]
    assert item.value == "꽃, 분식"
    assert not item.sure
    assert ex.fields["biz_type"].value == "소매, 음식"


def test_a_speck_in_the_item_column_is_still_no_name() -> None:
    rows = [
        _at(("소매", 814), ("꽃", 1449), top=800 + 4 * ROW, conf=0.3),
        _at(("사", 433), ("업", 504), ("의", 575), ("종류", 644), top=800 + 5 * ROW),
        _at(("음식", 814), ("분식", 1449), top=800 + 6 * ROW),
    ]
    ex = extract(_ruled_page(_LOT_ADDRESS, rows))
    assert ex.fields["biz_item"].value == "분식"
    # The row that lost its 종목 marks both lists for checking.
    assert "unpaired" in ex.fields["biz_item"].flags
    assert not ex.fields["biz_type"].sure


@pytest.mark.parametrize(
    ("placed", "is_reason"),
    [
        ((("정정(대표자", 450), ("변경)", 685)), True),
        ((("신규", 450),), True),
        ((("밭", 240), ("^", 332), ("급", 365), ("자", 492), ("유", 618), (":", 687),
          ("정정", 737)), True),
        ((("를", 246), ("글", 375), ("자", 505), ("우", 635), (":", 707), ("정", 762),
          ("청", 813), ("<사엄장", 850), ("이전)", 1017)), True),
        ((("사", 238), ("업", 335), ("의", 428), ("종", 522), ("류", 617), (":", 686),
          ("업태", 736), ("도매업", 877)), False),
        ((("정보통신업", 450), ("응용", 1194), ("소프트웨어", 1300)), False),
        ((("정밀기기", 450), ("수리업", 700)), False),
    ],
)  # fmt: skip
def test_the_issue_reason_row_is_known_by_its_value(
    placed: tuple[tuple[str, int], ...], is_reason: bool
) -> None:
    assert (_reason_value(_words(*placed, top=0)) == 0) is is_reason


def test_a_reason_row_without_its_label_ends_the_table() -> None:
    top = 900
    lines = [
        _at(("사", 0), ("업", 68), ("의", 136), ("종류", 203), ("발", 392), ("급", 504),
            ("사", 616), ("유", 729), ("업", 920), ("태", 1032), ("종", 1224), ("목", 1336),
            top=top),
        _at(("소매", 450), ("청과물", 1194), top=top + ROW),
        _at(("보건", 450), ("한의원", 1194), top=top + 2 * ROW),
        _at(("정정(대표자", 450), ("변경)", 685), top=top + 3 * ROW),
        _at(("공", 1), ("동", 85), ("사", 169), ("업", 254), ("자", 338), top=top + 4 * ROW),
    ]  # fmt: skip
    ex = extract(lines, exact=True)
    assert ex.fields["biz_type"].value == "소매, 보건"
    assert ex.fields["biz_item"].value == "청과물, 한의원"


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("경상북도구미시원평동766", "경상북도 구미시 원평동 766"),
        ("경기도고양시일산동구장항동175-46", "경기도 고양시 일산동구 장항동 175-46"),
        ("경기도 양평군 양평읍양근리 산12-3", "경기도 양평군 양평읍 양근리 산12-3"),
        ("강원도춘천시후평동 1345-43 105동 502호", "강원도 춘천시 후평동 1345-43 105동 502호"),
        ("서울특별시 강남구 역삼동 123-45", "서울특별시 강남구 역삼동 123-45"),
    ],
)
def test_a_lot_address_is_spaced_by_its_listed_parts(read: str, printed: str) -> None:
    assert normalize_address(read) == printed


def test_a_lot_address_is_left_alone_where_the_grammar_cannot_say() -> None:
    # The lot number ran into the floor: "1696-41 10층" or "1696-4 110층"?
    assert respace_jibun("강원도춘천시후평동1696-4110층") is None
    assert respace_jibun("부산광여시해운대구우동1065") is None  # 시/도 misread
    assert respace_jibun("경상북도부산진구부전동12") is None  # district of another 시/도


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("충청남도 공주시 봉황로 348, 10층 반죽동, 신일타워)",
         "충청남도 공주시 봉황로 348, 10층 (반죽동, 신일타워)"),
        ("경상북도 경주시 태종로 2, 5층 노서동)", "경상북도 경주시 태종로 2, 5층 (노서동)"),
        ("경상남도 진주시 진주대로 454, 7충|칠암동, 금강타워)",
         "경상남도 진주시 진주대로 454, 7층 (칠암동, 금강타워)"),
        ("부산광역시 부산진구 서면로 406, 지하층 8112호 (부전동, 금강빌딩)",
         "부산광역시 부산진구 서면로 406, 지하1층 B112호 (부전동, 금강빌딩)"),
        ("경상북도 경주시 알천북로 108-11, 시하!층 6111호 (황성동)",
         "경상북도 경주시 알천북로 108-11, 지하1층 B111호 (황성동)"),
        ("전라북도 군산시 대학로 287, 1!증 (나운동)", "전라북도 군산시 대학로 287, 11층 (나운동)"),
        ("충청북도 충주시 중앙로 290, 5층 502 (성내동)",
         "충청북도 충주시 중앙로 290, 5층 502호 (성내동)"),
        ("강원특별자치도 강릉시 경강로 322, 9층 (임당동, 솔빚빌딩)",
         "강원특별자치도 강릉시 경강로 322, 9층 (임당동, 솔빛빌딩)"),
    ],
)  # fmt: skip
def test_address_slips_the_grammar_decides_are_put_back_and_marked(read: str, fixed: str) -> None:
    value, flags = checks.address(read)
    assert value == fixed
    assert checks.FLAG_CORRECTED in flags


def test_a_whole_address_is_left_as_it_is() -> None:
    value = "서울특별시 마포구 독막로 270, 12층 (합정동, 청솔빌딩)"
    assert checks.address(value) == (value, ())


def test_an_unlisted_name_with_an_unclear_unknown_word_is_not_sure() -> None:
    entries = ("기타 가정용품 도매업", "산업용 농축산물 도매업", "기계 및 장비 도매업")
    words = _words(("기단", 0), ("산업용", 100), ("기계", 300), ("및", 400), ("장비", 450),
                   ("도매업", 550), top=0)  # fmt: skip
    unclear = (Word("기단", 0, 0, 80, 40, 0.73, (1, 1, 0)), *words[1:])
    assert _unclear_unknown("기단 산업용 기계 및 장비 도매업", unclear, entries)
    assert not _unclear_unknown("기단 산업용 기계 및 장비 도매업", words, entries)


def test_every_ocr10_rule_has_a_switch_and_is_kept() -> None:
    ocr10 = {
        features.ADDRESS_HEADS, features.JIBUN_SPACING, features.REASON_VALUE,
        features.SHORT_BIZ, features.BIZ_UNPAIRED, features.BIZ_UNCLEAR,
        features.NOTE_BRACKET, features.BASEMENT_FLOOR, features.FLOOR_MARKS,
        features.BUILDING_DEBT, features.HEAD_MARKS, features.ROOM_HO,
    }  # fmt: skip
    assert ocr10 <= features.KEPT


@needs_tesseract
@pytest.mark.parametrize(
    ("seed", "form"), [(88001, "general"), (88003, "corporate"), (88004, "simple")]
)
def test_older_ruled_certificates_read_their_lot_addresses_whole(seed: int, form: str) -> None:
    """Real tesseract on the development renderer's older layout (seeds of no frozen set):
    before ocr10 each address ran on into the 업태/종목 heading ("… 6층 업 태")."""
    cert = render_certificate(
        seed, form=form, layout="old", face="Noto Sans CJK KR Bold", capture="tiff_rgb"
    )
    reading = read_certificate(cert.data, cert.filename)
    for name in ("address", "hq_address", "biz_type", "biz_item"):
        if name in cert.truth["fields"]:
            assert reading.fields[name].value == cert.truth["fields"][name], name
