"""ocr22: a 법인's ㈜ from the page's kind,
"@" before a Latin name, a 참고항목's lost ")", twin 사업장/본점 addresses."""

from __future__ import annotations

import pytest

from bot.ocr import checks
from bot.ocr.engine import Word
from bot.ocr.extract import (
    Extraction,
    _company_sign,
    _Labelled,
    _row_lost,
    _twin_addresses,
)
from bot.ocr.labels import LabelMatch
from bot.ocr.layout import Line
from bot.ocr.reading import CertificateKind, FieldReading


def test_an_individual_name_may_start_with_ju() -> None:
    assert checks.trade_name("주원식당") == ("주원식당", ())


@pytest.mark.parametrize(
    "name", ["주식회사 주원산업", "(주)주원산업", "주원영농조합법인", "주 상사"]
)
def test_a_corporate_name_stating_its_kind_is_left(name: str) -> None:
    assert checks.trade_name(name)[0] == name


def test_the_sign_read_at_before_a_latin_name() -> None:
    assert _company_sign("@SJ애드") == ("㈜SJ애드", True)
    assert _company_sign("@한빛") == ("㈜한빛", True)
    assert _company_sign("SJ애드") == ("SJ애드", False)


def test_a_note_missing_its_closing_bracket_is_closed_and_flagged() -> None:
    value, flags = checks.address("서울특별시 송파구 백제고분로 206-14 (석촌동, 우성아파트")
    assert value.endswith("(석촌동, 우성아파트)") and "corrected" in flags
    value, flags = checks.address("서울특별시 송파구 백제고분로 206-14 (석촌동)")
    assert value.endswith("(석촌동)") and "corrected" not in flags


def test_twin_addresses_take_the_reading_with_the_hyphen() -> None:
    lost = "서울특별시 구로구 경인로 14625, 104동 1001호 (고척동)"
    kept = "서울특별시 구로구 경인로 146-25, 104동 1001호 (고척동)"
    assert checks.twin_addresses(lost, kept) == kept
    assert checks.twin_addresses(kept, lost) == kept
    assert checks.twin_addresses(kept, kept) is None
    # Another floor is another address, not a misreading.
    assert checks.twin_addresses(kept, kept.replace("1001호", "1002호")) is None
    ex = Extraction(
        fields={"address": FieldReading(lost, 0.9), "hq_address": FieldReading(kept, 0.85)},
        kind=CertificateKind.CORPORATE,
    )
    _twin_addresses(ex)
    assert ex.fields["address"].value == kept and ex.fields["address"].flags
    assert ex.fields["hq_address"] == FieldReading(kept, 0.85)


def _line(top: int, text: str) -> Line:
    words, left = [], 100
    for part in text.split(" "):
        words.append(Word(part, left, top, 30 * len(part), 40, 0.95, (1, 1, top)))
        left += 30 * len(part) + 20
    return Line(tuple(words))


def _rows_then_reason(tops: list[int], reason_top: int) -> bool:
    labels = [(100, "상호"), (200, "성명"), (300, "생년월일"), (400, "개업연월일"), (500, "소재지")]
    lines = [_line(top, text) for top, text in labels]
    lines += [_line(top, "도매 및 소매업 전자상거래 소매업") for top in tops]
    lines.append(_line(reason_top, "발급사유 신규"))
    labelled = [_Labelled(i, LabelMatch("x", "x", 1.0, ()), ()) for i in range(len(labels))] + [
        _Labelled(len(lines) - 1, LabelMatch("reason", "발급사유", 1.0, ()), ())
    ]
    used = [w for line in lines[len(labels) : -1] for w in line.words]
    return _row_lost(lines, labelled, used, len(lines) - 1)


def test_a_blank_row_pitch_under_the_table_says_a_row_was_lost() -> None:
    assert not _rows_then_reason([600, 700], 800)  # every row read
    assert _rows_then_reason([600], 800)  # the row at 700 not returned
    assert not _rows_then_reason([600, 700], 840)  # a little more space is the form's
