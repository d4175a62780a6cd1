"""ocrbiz (issue 17): 업태/종목 names cut short, the table found without its label, a label
whose colon was lost while its value holds one. Each rule: a value it fixes, a value it
leaves alone."""

from __future__ import annotations

import pytest

from bot.ocr.engine import Word
from bot.ocr.extract import extract, trade_name_value
from bot.ocr.labels import split_label
from bot.ocr.layout import Line
from bot.ocr.lexicon import BIZ_ITEMS, BIZ_TYPES, completion

_ALL = BIZ_TYPES + BIZ_ITEMS


def _at(*placed: tuple[str, int], top: int, conf: float = 0.95) -> tuple[Word, ...]:
    return tuple(Word(t, x, top, 30 * len(t), 40, conf, (1, 1, top)) for t, x in placed)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("전문, 과학 및 기술 서비", "전문, 과학 및 기술 서비스업"),  # two syllables lost
        ("전문, 과학 및 기술서비스", "전문, 과학 및 기술 서비스업"),  # one, spacing differs
        ("한식 육류 요리 전문", "한식 육류 요리 전문점"),
    ],
)
def test_a_name_cut_short_is_completed_to_the_one_entry_it_starts(text: str, entry: str) -> None:
    assert completion(text, _ALL) == entry


@pytest.mark.parametrize(
    "text",
    [
        "서비",  # too short: 서비스 (printed as is) starts the same
        "교육 서비스",  # five syllables: too short to tell a cut from a name printed so
        "전자상거래 소매",  # starts two entries
        "전문, 과학 및 기",  # more than two syllables lost
        "전문, 과학 및 기술 서비스업",  # complete: nothing to add
        "기타 개인 서비스",  # the start of no entry
    ],
)
def test_a_name_is_left_alone_when_no_single_entry_ends_it(text: str) -> None:
    assert completion(text, _ALL) is None


def test_a_completed_name_is_flagged_for_the_merchant() -> None:
    lines = [
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 420), ("종목", 1000), top=100)),
        Line(
            _at(
                ("전문,", 420),
                ("과학", 500),
                ("및", 580),
                ("기술", 620),
                ("서비", 700),
                ("광고", 1000),
                ("대행업", 1080),
                top=180,
            )
        ),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=260)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "전문, 과학 및 기술 서비스업"
    assert "corrected" in ex.fields["biz_type"].flags
    assert not ex.fields["biz_item"].flags


def _page(label_row: tuple[Word, ...], heading: tuple[Word, ...]) -> list[Line]:
    return [
        Line(_at(("상호", 100), (":", 200), ("늘봄", 420), ("카센터", 520), top=100)),
        Line(
            _at(
                ("사업장소재지", 100),
                (":", 330),
                ("서울특별시", 420),
                ("중구", 600),
                ("을지로", 700),
                ("28", 820),
                top=180,
            )
        ),
        Line(heading),
        Line(label_row),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=420)),
    ]


def test_the_table_is_read_below_its_heads_when_its_label_was_read_as_noise() -> None:
    heading = _at(("업태", 600), ("종목", 1300), top=260)
    noise = _at(
        (
            "아이지",
            100,
        ),
        ("오구", 250),
        top=340,
        conf=0.3,
    )
    values = _at(("음식점", 420), ("및", 560), ("주점업", 600), ("커피", 1000), ("전문점", 1080),
                 top=340)  # fmt: skip
    ex = extract(_page(noise + values, heading))
    assert ex.fields["biz_type"].value == "음식점 및 주점업"
    assert ex.fields["biz_item"].value == "커피 전문점"


def test_a_line_with_other_clear_words_is_no_heading() -> None:
    # "업태 … 종목" inside a value with other words read clearly is not the table's heads.
    heading = _at(("업태", 600), ("변경", 800), ("종목", 1300), top=260)
    values = _at(("음식점", 420), ("및", 560), ("주점업", 600), top=340)
    ex = extract(_page(values, heading))
    assert "biz_type" not in ex.fields


def test_a_label_without_its_colon_is_found_when_its_value_holds_one() -> None:
    words = _at(("사업의종류", 100), ("보험업", 420), ("생명:", 600), ("보험대리업", 760), top=100)
    match = split_label(words)
    assert match is not None and match.name == "biz"
    assert [w.text for w in match.value][:1] == ["보험업"]


def test_a_row_that_starts_with_no_label_stays_unlabelled() -> None:
    words = _at(("오늘의", 100), ("메뉴는", 260), ("국수:", 420), ("5000", 560), top=100)
    assert split_label(words) is None


@pytest.mark.parametrize(
    ("read", "value", "flagged"),
    [
        ("@한빛시스템즈", "㈜한빛시스템즈", True),  # the one-glyph ㈜ read as @
        ("®늘봄테크", "㈜늘봄테크", True),
        ("(주)늘봄테크", "(주)늘봄테크", False),  # written out: left as printed
        ("W책방", "W책방", False),  # a Latin capital is no sign
        ("@", "@", False),  # no name after it
    ],
)
def test_the_company_sign_read_as_a_mark(read: str, value: str, flagged: bool) -> None:
    assert trade_name_value(_at((read, 420), top=100)) == (value, flagged)


def test_a_date_is_no_label_whatever_letters_it_holds() -> None:
    # 년 … 월 … 일 around digits read like 생년월일; no label has a digit inside it.
    row = _at(("2022", 100), ("년", 220), ("10", 280), ("월", 340), ("31", 400), ("일", 460),
              (":", 500), ("3", 520), top=100)  # fmt: skip
    assert split_label(row) is None


def test_a_label_and_a_value_after_its_colon_are_still_split() -> None:
    row = _at(("개업연월일", 100), (":", 300), ("2018", 420), ("년", 520), top=100)
    match = split_label(row)
    assert match is not None and match.name == "open_date"
    assert match.value[0].text == "2018"
