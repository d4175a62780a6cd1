"""The ruled-table form (tests/support/cert_ruled.py): numbered labels without colons, every
label and value in its own cell, 업태/종목 inline on each row."""

from __future__ import annotations

import numpy as np
import pytest

from bot.ocr import read_certificate
from bot.ocr.engine import Word
from bot.ocr.extract import extract
from bot.ocr.labels import split_label
from bot.ocr.layout import Line
from bot.ocr.numbers import FLAG_REPAIRED, read_business_number
from bot.ocr.preprocess import remove_rules
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _words(*texts: str, top: int = 100) -> tuple[Word, ...]:
    out, x = [], 100
    for text in texts:
        out.append(Word(text, x, top, 30 * len(text), 40, 0.95, (1, 1, top)))
        x += 30 * len(text) + 20
    return tuple(out)


@pytest.mark.parametrize("number", ["0)", "6)", "1:", ":3:", "@", "①"])
def test_item_number_before_a_label_is_dropped(number: str) -> None:
    match = split_label(_words(number, "상", "호", "초록디자인"))
    assert match is not None
    assert match.name == "trade_name"
    assert [w.text for w in match.value] == ["초록디자인"]


def test_a_long_row_without_colon_still_finds_its_label() -> None:
    words = _words("사업", "장소", "재", "지", "_서울특별시", "종로구", "종로", "35-18", "(관철동)")
    match = split_label(words)
    assert match is not None
    assert match.name == "address"
    assert match.value[0].text == "서울특별시"


def test_a_date_row_is_not_a_label() -> None:
    assert split_label(_words("2016", "년", "05", "월", "14", "일")) is None


def test_inline_biz_rows_drop_the_words_on_every_row() -> None:
    lines = [
        Line(_words("사업의", "종류", "업태", "교육", "서비스업", "종목", "일반", "교과", "학원")),
        Line(_words("업태", "음식점업", "종목", "한식", "일반", "음식점업", top=180)),
        Line(_words("발급사유", ":", "신규", top=260)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "교육 서비스업, 음식점업"
    assert ex.fields["biz_item"].value == "일반 교과 학원, 한식 일반 음식점업"


def test_stray_one_glued_to_the_business_number() -> None:
    reading = read_business_number(":1338-86-24686")
    assert reading is not None
    assert reading.value == "338-86-24686"
    assert FLAG_REPAIRED in reading.flags
    # Without a valid checksum once the 1 is dropped, nothing is invented.
    failed = read_business_number(":1338-86-24687")
    assert failed is None or failed.value != "338-86-24687"


def test_rules_go_only_on_a_table() -> None:
    page = np.full((1200, 1000), 255, np.uint8)
    page[100:104, 50:950] = 0  # a lone rule under a title stays
    _, removed = remove_rules(page)
    assert not removed
    for y in range(200, 1000, 100):
        page[y : y + 3, 50:950] = 0
    page[200:1000, 300:303] = 0
    page[530:560, 400:420] = 0  # a letter's worth of ink inside a cell
    out, removed = remove_rules(page)
    assert removed
    assert out[300:303, 50:950].min() == 255
    assert out[200:1000, 300:303].min() == 255
    assert out[530:560, 400:420].max() == 0


@pytest.mark.tesseract
@needs_tesseract
@pytest.mark.parametrize(("seed", "kind"), [(3, "corporate"), (4, "individual")])
def test_clean_ruled_certificate_reads(seed: int, kind: str) -> None:
    cert = render_certificate(seed, kind=kind, variant="clean", layout="ruled")
    reading = read_certificate(cert.data, cert.filename)
    wrong = {
        name: (truth, reading.fields[name].value if name in reading.fields else None)
        for name, truth in cert.fields.items()
        if name not in reading.fields or reading.fields[name].value != truth
    }
    assert len(wrong) <= 1, wrong
    for name in ("reg_no", "corp_reg_no", "open_date"):
        assert name not in wrong, wrong


@pytest.mark.tesseract
@needs_tesseract
def test_one_bit_tiff_copy_reads() -> None:
    cert = render_certificate(4, kind="individual", variant="bilevel", layout="ruled")
    assert cert.filename.endswith(".tif")
    reading = read_certificate(cert.data, cert.filename)
    for name in ("reg_no", "open_date", "birth_date", "issue_date"):
        assert reading.fields[name].value == cert.fields[name]


def test_a_small_table_is_cleared_but_a_double_frame_is_not() -> None:
    page = np.full((1400, 1000), 255, np.uint8)
    # A double frame round the page: two rectangles, each with two rules of the same ends.
    for inset in (20, 30):
        page[inset : inset + 3, inset : 1000 - inset] = 0
        page[1400 - inset - 3 : 1400 - inset, inset : 1000 - inset] = 0
        page[inset : 1400 - inset, inset : inset + 3] = 0
        page[inset : 1400 - inset, 1000 - inset - 3 : 1000 - inset] = 0
    _, removed = remove_rules(page)
    assert not removed
    # A 업태 | 종목 table of a head and two rows: four rules with the same ends.
    for y in (600, 660, 720, 780):
        page[y : y + 3, 400:900] = 0
    page[600:783, 650:653] = 0
    out, removed = remove_rules(page)
    assert removed
    assert out[660:663, 400:900].min() == 255


def test_inline_rows_after_a_rule_mark_keep_their_heads_out() -> None:
    lines = [
        Line(_words("사업의", "종류", "업태", "건설업", "종목", "실내", "공사업")),
        Line(_words("|", "업태", "정보통신업", "종목", "응용", "소프트웨어", top=180)),
        Line(_words("발급사유", ":", "신규", top=260)),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "건설업, 정보통신업"
    assert ex.fields["biz_item"].value == "실내 공사업, 응용 소프트웨어"
