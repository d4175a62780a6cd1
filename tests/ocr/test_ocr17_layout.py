"""Digital certificates whose table layout misled the text layer's rows (issue 17, ocr17),
each built here with `tests/support/cert_pdf.py`: read exactly, and sure only when the
layout leaves no doubt."""

from __future__ import annotations

import pytest

from bot.ocr import read_certificate
from bot.ocr.reading import CertificateReading, Source
from tests.support.cert_fonts import korean_fonts
from tests.support.cert_pdf import DigitalStyle, render_certificate_pdf


def _read(seed: int, style: DigitalStyle) -> tuple[CertificateReading, dict[str, str]]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    data, truth = render_certificate_pdf(seed, face=faces[seed % len(faces)], style=style)
    reading = read_certificate(data, "사업자등록증.pdf")
    assert reading.source is Source.TEXT_LAYER
    fields = truth["fields"]
    assert isinstance(fields, dict)
    return reading, fields


def _values(reading: CertificateReading) -> dict[str, str]:
    return {name: f.value for name, f in reading.fields.items()}


@pytest.mark.parametrize("seed", [0, 4, 7])
def test_two_tables_meeting_at_a_seam_make_one_cell(seed: int) -> None:
    """The label column's box ends a point below where the 업태/종목 box begins: its heads
    (a size smaller) took their left rule from one border, the names from the other, and the
    two halves of one cell were read side by side ("업태 종목 음식점업 …")."""
    reading, truth = _read(seed, DigitalStyle(ruled=True, sizes=True))
    assert _values(reading) == truth
    assert all(f.is_sure(name) for name, f in reading.fields.items())


@pytest.mark.parametrize("seed", [4, 16])
def test_a_label_outside_the_table_is_read_on_its_row(seed: int) -> None:
    """The label "사업의 종류" stands outside the ruled boxes, on the 업태/종목 cell's line:
    read as a row after the cell's, the cell's line became the address's second line."""
    reading, truth = _read(seed, DigitalStyle(ruled=True, fullwidth=True, labels="spaced"))
    assert _values(reading) == truth
    assert all(f.is_sure(name) for name, f in reading.fields.items())


@pytest.mark.parametrize("seed", [4, 14])
def test_values_wrapped_in_their_own_columns_of_a_cell(seed: int) -> None:
    """One ruled cell holding "업태 전문, 과학 및 종목 광고 대행업" over "기술" over "서비스업":
    the first line's columns end in a one-letter word and stand closer than a column gap, and
    the tails were joined after the 종목 as one wrapped value."""
    reading, truth = _read(seed, DigitalStyle(ruled=True, biz_labels=True, sizes=True))
    assert _values(reading) == truth


def test_both_cells_of_a_row_wrapped_are_one_row_and_unsure() -> None:
    """A row "업태 도매 및 종목 전자상거래" over "소매업 소매업": one row whose two names both
    wrapped, not a second 업태/종목 pair. Its tail is set nearly a row's pitch below and the
    table has one row, so nothing but the spacing says it is a tail: read as one, and left
    for the merchant to check; every other field stays sure."""
    reading, truth = _read(32, DigitalStyle(biz_labels=True, sizes=True))
    assert _values(reading) == truth
    unsure = {name for name, f in reading.fields.items() if not f.is_sure(name)}
    assert unsure == {"biz_type", "biz_item"}


def test_a_tail_under_a_table_that_heads_every_row_is_sure() -> None:
    """The same wrap in a table that prints "업태 … 종목 …" on every row: a line without the
    heads is a tail whatever its spacing, and the names are sure."""
    reading, truth = _read(31, DigitalStyle(biz_labels=True, sizes=True))
    assert _values(reading) == truth
    assert all(f.is_sure(name) for name, f in reading.fields.items())
