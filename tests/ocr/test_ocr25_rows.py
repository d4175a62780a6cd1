"""ocr25: rows and labels of a photographed or app-cropped page — marks left of the label
column, a date's row with a speck, a spread label misread letter by letter, the 업태/종목
table's label column and a mark after a 종목 name."""

from __future__ import annotations

import pytest

from bot.ocr import features
from bot.ocr.engine import Word
from bot.ocr.extract import _label_lines, extract
from bot.ocr.labels import split_label
from bot.ocr.layout import Line


def _at(*placed: tuple[str, int], top: int) -> tuple[Word, ...]:
    return tuple(Word(t, x, top, 30 * len(t), 40, 0.95, (1, 1, top)) for t, x in placed)


def _spread(label: str, x: int, step: int = 60) -> list[tuple[str, int]]:
    return [(ch, x + i * step) for i, ch in enumerate(label)]


# A spaced page as an app crops it: a mark off the page's edge at x 0-90 on most rows, the
# labels from x 380, the values from x 840, the 업태/종목 heads over their value columns.
_EDGE_PAGE = [
    Line(_at(("등록번호", 380), (":", 600), ("349-95-46678", 640), top=100)),
    Line(_at(("이", 1), ("개", 74), ("상", 380), ("호", 700), (":", 765), ("새봄", 840), top=200)),
    Line(
        _at(
            ("스가", 0),
            ("성", 380),
            ("명", 700),
            (":", 765),
            ("박정빈", 840),
            *_spread("생년월일", 1430, 90),
            (":", 1790),
            ("1967", 1830),
            ("년", 1930),
            ("07", 1975),
            ("월", 2030),
            ("19", 2065),
            ("일", 2120),
            top=300,
        )
    ),
    Line(
        _at(
            ("개", 0),
            *_spread("개업연월일", 380, 80),
            (":", 770),
            ("2017", 840),
            ("년", 940),
            ("11", 980),
            ("월", 1035),
            ("08", 1075),
            ("일", 1130),
            top=400,
        )
    ),
    Line(
        _at(
            ("…", 0),
            *_spread("사업장소재지", 380, 65),
            (":", 770),
            ("경상북도", 840),
            ("포항시", 1000),
            ("북구", 1125),
            ("새천년대로", 1210),
            ("74-3,", 1420),
            ("1층", 1530),
            ("(장성동)", 1600),
            top=500,
        )
    ),
    Line(
        _at(
            ("개", 0),
            *_spread("사업의종류", 380, 80),
            (":", 760),
            ("업태", 840),
            ("종목", 1560),
            top=600,
        )
    ),
    Line(
        _at(
            ("개", 0),
            ("소매업", 840),
            ("서적", 1565),
            ("소매업", 1650),
            ("[", 1880),
            ("성", 2320),
            top=700,
        )
    ),
    Line(_at((")", 0), ("음식점업", 840), ("커피", 1565), ("전문점", 1650), top=780)),
    Line(_at(("겨", 74), ("발", 386), ("급", 494), ("사유:", 602), ("신규", 842), top=880)),
    Line(
        _at(
            ("월", 92),
            ("2017", 1178),
            ("년", 1297),
            ("11", 1356),
            ("월", 1411),
            ("18", 1466),
            ("일", 1520),
            top=1300,
        )
    ),
    Line(_at(("포항세무서장", 1150), top=1400)),
]


def test_labels_behind_marks_off_the_page_edge_are_found() -> None:
    ex = extract(_EDGE_PAGE)
    assert ex.fields["trade_name"].value == "새봄"
    assert ex.fields["representative"].value == "박정빈"
    assert ex.fields["birth_date"].value == "1967-07-19"


def test_a_mark_left_of_the_value_column_is_no_column_of_the_business_table() -> None:
    ex = extract(_EDGE_PAGE)
    assert ex.fields["biz_type"].value == "소매업, 음식점업"
    # "[ 성" a column gap after the name, no word of two letters: no part of it.
    assert ex.fields["biz_item"].value == "서적 소매업, 커피 전문점"


def test_the_issue_date_with_a_speck_is_not_a_birth_date_label() -> None:
    assert split_label(_EDGE_PAGE[9].words) is None
    ex = extract(_EDGE_PAGE)
    assert ex.fields["issue_date"].value == "2017-11-18"
    assert ex.body_end == 8  # the 발급사유 row, not the date's


def test_switched_off_the_old_readings_come_back() -> None:
    kept = features.ENABLED
    features.ENABLED = kept - {
        "label_after_specks",
        "biz_label_column",
        "label_before_digits",
        "certificate_end",
    }
    try:
        ex = extract(_EDGE_PAGE)
    finally:
        features.ENABLED = kept
    assert "trade_name" not in ex.fields
    assert "issue_date" not in ex.fields


@pytest.mark.parametrize(
    "placed",
    [
        # A value's row: a few letters and a colon, but no label after them.
        [("서울", 0), ("특별시", 80), ("마포구", 200), (":", 300), ("와우산로", 340)],
        # Three marks before the label: more than a speck or two.
        [("이", 0), ("개", 40), ("가", 80), ("상", 380), ("호", 700), (":", 765), ("새봄", 840)],
        # A long word before it is a word, not a speck.
        [("임대인", 0), ("성", 380), ("명", 700), (":", 765), ("김예채", 840)],
    ],
)
def test_no_label_is_taken_behind_more_than_specks(placed: list[tuple[str, int]]) -> None:
    assert _label_lines([Line(_at(*placed, top=100))]) == []


@pytest.mark.parametrize(
    ("letters", "name"),
    [("게업연청일", "open_date"), ("시입의중유", "biz"), ("생념월일", "birth_date")],
)
def test_a_spread_label_misread_letter_by_letter_is_matched_as_jamo(
    letters: str, name: str
) -> None:
    words = _at(*_spread(letters, 100, 70), ("2015", 600), ("년", 700), top=100)
    match = split_label(words)
    assert match is not None and match.name == name
    assert match.value[0].text == "2015"


@pytest.mark.parametrize(
    "letters",
    ["사업자등록증", "마포세무서장", "임대차계약서", "국세청홈택스", "염싱수세시"],
)
def test_spread_words_far_from_every_label_are_no_label(letters: str) -> None:
    assert split_label(_at(*_spread(letters, 100, 70), top=100)) is None


def test_a_misread_reason_row_ends_the_business_table() -> None:
    """The 발급사유 label misread ("때 은 0 1") in the label column: another row's label,
    so its value ("들이") is no business name."""
    lines = [
        Line(_at(("상호", 100), (":", 300), ("온유테크", 720), top=100)),
        Line(_at(("대표자", 100), (":", 300), ("원희다", 720), top=180)),
        Line(
            _at(
                ("개업연월일", 100),
                (":", 300),
                ("2016년", 720),
                ("01월", 820),
                ("30일", 920),
                top=260,
            )
        ),
        Line(_at(("사업장소재지", 100), (":", 300), ("대전광역시", 721), ("유성구", 945), top=340)),
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 1040), ("종목", 1810), top=420)),
        Line(
            _at(
                ("도매", 721),
                ("및", 815),
                ("소매업", 866),
                ("의류", 1476),
                ("소매업", 1570),
                top=500,
            )
        ),
        Line(_at(("때", 276), ("은", 385), ("0", 492), ("들이", 720), top=580)),
        Line(_at(("사업자단위과세적용사업자여부", 100), (":", 850), ("부", 880), top=660)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "도매 및 소매업"
    assert ex.fields["biz_item"].value == "의류 소매업"


def test_a_lease_stapled_below_the_certificate_gives_no_field() -> None:
    """The 세무서장 line ends the certificate: the lease's 소재지 and 임대인 rows below it
    are another document's, and do not move where the body ends (the office, the date)."""
    lines = [
        Line(_at(("등록번호", 380), (":", 600), ("123-45-67891", 640), top=100)),
        Line(_at(("상호", 100), (":", 300), ("라온", 420), top=200)),
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 420), ("종목", 1000), top=300)),
        Line(_at(("소매업", 420), ("서적", 1000), ("소매업", 1090), top=380)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=460)),
        Line(
            _at(
                ("2024", 700),
                ("년", 800),
                ("06", 850),
                ("월", 900),
                ("12", 950),
                ("일", 1000),
                top=700,
            )
        ),
        Line(_at(("창원세무서장", 700), top=800)),
        Line(_at(("상가", 500), ("임대차", 600), ("계약서", 750), top=1200)),
        Line(_at(("본점소재지", 100), (":", 300), ("서울특별시", 420), ("종로구", 600), top=1300)),
        Line(_at(("성명", 100), (":", 300), ("윤아수", 420), top=1400)),
        Line(
            _at(
                ("2019", 700),
                ("년", 800),
                ("01", 850),
                ("월", 900),
                ("02", 950),
                ("일", 1000),
                top=1500,
            )
        ),
    ]
    ex = extract(lines)
    assert "representative" not in ex.fields
    assert ex.body_end == 4
    assert ex.fields["issue_date"].value == "2024-06-12"
    assert ex.fields["tax_office"].value == "창원세무서"


def test_a_spread_labels_last_letter_after_a_mark_is_the_labels() -> None:
    words = _at(
        ("대표“", 372), (".", 610), ("자”", 687), ("허", 798), ("자", 835), ("아", 881), top=100
    )
    match = split_label(words)
    assert match is not None and match.name == "representative"
    assert "".join(w.text for w in match.value) == "허자아"


def test_a_misread_type_head_beside_the_item_head_is_no_business_name() -> None:
    """Under a watermark the 업태 head reads "인테": beside the 종목 head it is a head too."""
    lines = [
        Line(_at(("상호", 100), (":", 300), ("온유세탁소", 711), top=100)),
        Line(_at(("성명", 100), (":", 300), ("홍호지", 711), top=180)),
        Line(
            _at(
                ("개업연월일", 100),
                (":", 300),
                ("2019년", 711),
                ("08월", 820),
                ("05일", 920),
                top=260,
            )
        ),
        Line(_at(("사업의종류", 100), (":", 300), ("인테", 711), ("종목", 1467), top=340)),
        Line(_at(("서비스업", 711), ("세탁업", 1467), top=420)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 711), top=500)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "서비스업"
    assert ex.fields["biz_item"].value == "세탁업"


def test_a_run_of_digits_in_a_business_row_is_no_column() -> None:
    """ "00000" read off a shaded cell's edge between the two names: no name holds a number
    of three digits, and it does not start the 종목 column."""
    lines = [
        Line(_at(("상호", 100), (":", 300), ("푸른숲", 706), top=100)),
        Line(_at(("성명", 100), (":", 300), ("박건유", 706), top=180)),
        Line(_at(("개업연월일", 100), (":", 300), ("2019년", 706), top=260)),
        Line(
            _at(
                ("사업의종류", 100), (":", 300), ("업", 1028), ("태", 1096), ("종목", 1800), top=340
            )
        ),
        Line(
            _at(
                ("소매업", 706),
                ("00000", 1062),
                ("서적", 1472),
                ("소매업", 1560),
                ("000", 1819),
                top=420,
            )
        ),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 706), top=500)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "소매업"
    assert ex.fields["biz_item"].value == "서적 소매업"


def test_a_lone_digit_inside_a_label_does_not_end_it() -> None:
    """A letter misread as one digit ("개 업 연 1 월 일") is still the label's; a number of
    two digits is a value's."""
    words = _at(
        ("개", 100),
        ("업", 160),
        ("연", 220),
        ("1", 280),
        ("월", 320),
        ("일", 380),
        ("2017", 500),
        ("년", 600),
        top=100,
    )
    match = split_label(words)
    assert match is not None and match.name == "open_date"
