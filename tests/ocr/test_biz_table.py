"""업태/종목 as a ruled two-column table with centred heads (the `plain` dev layout)."""

from __future__ import annotations

import pytest

from bot.ocr import read_certificate
from bot.ocr.engine import Word
from bot.ocr.extract import _is_biz_name, extract
from bot.ocr.layout import Line
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _at(*placed: tuple[str, int], top: int) -> tuple[Word, ...]:
    return tuple(Word(t, x, top, 30 * len(t), 40, 0.95, (1, 1, top)) for t, x in placed)


def test_the_item_column_starts_where_the_values_do_not_at_its_centred_head() -> None:
    lines = [
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 650), ("종목", 1400), top=100)),
        Line(_at(("소매업", 420), ("의복", 1000), ("소매업", 1080), top=180)),
        Line(_at(("도매", 420), ("및", 490), ("소매업", 530), ("전자상거래", 1000), top=260)),
        Line(_at(("소매업", 1000), top=320)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=400)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "소매업, 도매 및 소매업"
    assert ex.fields["biz_item"].value == "의복 소매업, 전자상거래 소매업"


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("도매업", True),
        ("서점", True),
        ("종교", True),  # one syllable off 종목 in writing, three letters off in jamo
        ("전문, 과학 및 기술 서비스업", True),
        ("업테", False),  # the 업태 head misread
        ("종묵", False),
        ("때", False),  # one syllable: a speck read as a letter
        ("00000]", False),
        ("!", False),
    ],
)
def test_what_can_be_a_business_name(text: str, is_name: bool) -> None:
    assert _is_biz_name(text) is is_name


def test_a_row_of_marks_is_not_a_business_row() -> None:
    lines = [
        Line(_at(("사업의종류", 100), (":", 300), ("업태", 420), ("종목", 1000), top=100)),
        Line(_at(("「", 420), ("때", 1000), top=160)),
        Line(_at(("도매업", 420), ("수산물", 1000), ("도매업", 1120), top=220)),
        Line(_at(("발급사유", 100), (":", 300), ("신규", 420), top=300)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "도매업"
    assert ex.fields["biz_item"].value == "수산물 도매업"


@needs_tesseract
def test_a_plain_certificate_with_a_biz_table_reads_both_columns() -> None:
    cert = render_certificate(1002, variant="clean", layout="plain", font="NanumGothic")
    assert "," not in cert.fields["biz_type"]  # one row; the two-row case is the unit test
    reading = read_certificate(cert.data, cert.filename)
    for name in ("biz_type", "biz_item", "trade_name", "address"):
        assert " ".join(reading.fields[name].value.split()) == cert.fields[name], name
