"""Ruled grid pages (ocr7): shaded label cells, labels on two lines ("사업장 / 소재지"), values
wrapped inside their cell, a "업 태 | 종 목" sub-table beside "사업의 / 종류"
(tests/support/cert_ruled.py `draw_grid`). Each label cell is written as one line on its
value's first line before the page is read (bot/ocr/layout.py `align_label_cells`)."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from numpy.typing import NDArray

from bot.ocr import features, read_certificate
from bot.ocr.engine import Word
from bot.ocr.extract import extract
from bot.ocr.layout import Line, _ink, _text_lines, align_label_cells, find_table
from bot.ocr.preprocess import remove_rules
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_ruled import draw_grid
from tests.support.cert_values import random_values, with_pairs
from tests.support.certificates import _pick_font, render_certificate


def _grid(seed: int, kind: str) -> tuple[NDArray[np.uint8], dict[str, str], bytes]:
    rng = random.Random(seed)
    values = with_pairs(random_values(rng, kind), rng)
    page = draw_grid(values, _pick_font(rng, None), rng)
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    return np.asarray(page.convert("L"), dtype=np.uint8), values.fields, buf.getvalue()


def test_the_table_its_label_column_and_rows_are_found() -> None:
    gray, _, _ = _grid(3, "corporate")
    table = find_table(gray)
    assert table is not None
    assert 380 <= table.label_right <= 400  # GRID_LABEL_R
    assert 140 <= table.left <= 160
    # 법인명, 대표자, 개업연월일, two addresses, the sub-table's head and rows, 발급 사유.
    assert len(table.rows) >= 8


def test_a_two_line_label_becomes_one_line_on_its_value() -> None:
    gray, _, _ = _grid(3, "corporate")
    clean, removed = remove_rules(gray)
    assert removed
    out, moved = align_label_cells(gray, clean)
    assert moved
    table = find_table(gray)
    assert table is not None
    ink = _ink(out)
    for top, bottom in table.rows[:5]:
        labels = _text_lines(ink, top, bottom, table.left + 5, table.label_right - 5)
        values = _text_lines(ink, top, bottom, table.label_right + 5, table.right - 5)
        assert len(labels) == 1, (top, labels)
        centre, value_centre = sum(labels[0]) / 2, sum(values[0]) / 2
        assert abs(centre - value_centre) <= 6, (top, labels, values)
    # The value side is never touched.
    assert np.array_equal(out[:, table.label_right + 1 :], clean[:, table.label_right + 1 :])


def test_a_page_without_a_ruled_table_is_left_alone() -> None:
    cert = render_certificate(11, kind="individual", variant="clean", layout="form")
    from PIL import Image

    gray = np.asarray(Image.open(io.BytesIO(cert.data)).convert("L"), dtype=np.uint8)
    out, moved = align_label_cells(gray, gray)
    assert not moved
    assert out is gray


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    gray, _, _ = _grid(3, "corporate")
    clean, _ = remove_rules(gray)
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.LABEL_CELLS})
    out, moved = align_label_cells(gray, clean)
    assert not moved
    assert out is clean


def _words(*texts: str, top: int = 100) -> tuple[Word, ...]:
    out, x = [], 100
    for text in texts:
        out.append(Word(text, x, top, 30 * len(text), 40, 0.95, (1, 1, top)))
        x += 30 * len(text) + 20
    return tuple(out)


def test_a_mark_off_the_cells_rule_is_not_part_of_the_address() -> None:
    lines = [
        Line(_words("사업장", "소재지", "[", "서울특별시", "강남구", "선릉로", "29,", "5층")),
        Line(_words("발급사유", ":", "신규", top=200)),
    ]
    assert extract(lines).fields["address"].value == "서울특별시 강남구 선릉로 29, 5층"


@pytest.mark.tesseract
@needs_tesseract
@pytest.mark.parametrize(("seed", "kind"), [(3, "corporate"), (6, "individual")])
def test_grid_page_reads_its_addresses_and_business_rows(seed: int, kind: str) -> None:
    _, truth, data = _grid(seed, kind)
    reading = read_certificate(data, "grid.png")
    got = {name: f.value for name, f in reading.fields.items()}
    for name in ("address", "hq_address", "biz_type", "biz_item", "open_date"):
        if name in truth:
            assert got.get(name) == truth[name], name
    wrong = [name for name, value in truth.items() if got.get(name) != value]
    assert len(wrong) <= 2, wrong


def test_a_name_listed_spaced_and_tight_is_for_the_merchant_to_confirm() -> None:
    from bot.ocr.checks import FLAG_SPACING, biz_list

    assert biz_list("통신 판매업, 시각 디자인업") == ("통신 판매업, 시각 디자인업", (FLAG_SPACING,))
    assert biz_list("통신판매업") == ("통신판매업", (FLAG_SPACING,))
    assert biz_list("시각 디자인업, 광고 대행업") == ("시각 디자인업, 광고 대행업", ())


def _row(words: list[tuple[str, int]], top: int) -> Line:
    return Line(tuple(Word(t, x, top, 30 * len(t), 40, 0.95, (1, 1, top)) for t, x in words))


def test_rows_above_a_label_centred_in_its_tall_cell_are_read() -> None:
    lines = [
        _row([("개업연월일", 100), ("2009", 500), ("년", 640), ("06", 700), ("월", 780)], 100),
        _row([(";", 300), ("업태", 800), ("종목", 1500)], 200),
        _row([("1", 300), ("교육", 500), ("서비스업", 600), ("일반", 1300), ("교과", 1400)], 300),
        _row(
            [("사업의", 100), ("종류", 280), ("소매업", 500), ("육류", 1300), ("소매업", 1400)], 400
        ),
        _row([("음식점업", 500), ("커피", 1300), ("전문점", 1400)], 500),
        _row([("발급사유", 100), ("신규", 500)], 600),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "교육 서비스업, 소매업, 음식점업"
    assert ex.fields["biz_item"].value == "일반 교과, 육류 소매업, 커피 전문점"


def test_without_the_rule_the_rows_above_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.BIZ_ABOVE})
    lines = [
        _row([("개업연월일", 100), ("2009", 500), ("년", 640), ("06", 700), ("월", 780)], 100),
        _row([("업태", 800), ("종목", 1500)], 200),
        _row([("교육", 500), ("서비스업", 600), ("일반", 1300), ("교과", 1400)], 300),
        _row(
            [("사업의", 100), ("종류", 280), ("소매업", 500), ("육류", 1300), ("소매업", 1400)], 400
        ),
        _row([("발급사유", 100), ("신규", 500)], 600),
    ]
    assert "교육 서비스업" not in extract(lines).fields["biz_type"].value


def test_the_issue_reason_row_below_still_ends_the_table() -> None:
    lines = [
        _row([("개업연월일", 100), ("2009", 500), ("년", 640), ("06", 700), ("월", 780)], 100),
        _row([("업", 760), ("태", 820), ("종목", 1380)], 200),
        _row(
            [("사업의", 100), ("종류", 280), ("소매업", 760), ("과실", 1380), ("소매업", 1480)], 300
        ),
        _row([("교육", 760), ("서비스업", 860), ("일반", 1380), ("교과", 1480)], 400),
        _row([("빌고", 290), ("사유", 530), ("정정", 760), ("고", 1270), ("0", 1360)], 500),
    ]
    ex = extract(lines)
    assert ex.fields["biz_type"].value == "소매업, 교육 서비스업"
    assert ex.fields["biz_item"].value == "과실 소매업, 일반 교과"
