"""Coloured marks over a certificate's print (bot/ocr/marks.py): a pen, a stamp or a
highlighter over a field is read through; greyscale and clean colour pages are untouched."""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import features, read_certificate
from bot.ocr.marks import has_marks, lift_marks
from bot.ocr.preprocess import prepare
from tests.ocr.conftest import needs_tesseract
from tests.support import cert_marks
from tests.support.cert_layout import BODY_PX, DPI, ROW_H, VALUE_X
from tests.support.certificates import render_image

Page = NDArray[np.float32]
# Where the dev renderer's "form" layout prints an individual's values (tests/support/
# cert_layout.py): 상호 on the first row, 성명 on the second, the address on the fourth.
FIRST_ROW_Y = 580


def _value_box(value: str, row: int) -> tuple[float, float, float, float]:
    top = FIRST_ROW_Y + row * ROW_H
    return VALUE_X, top, VALUE_X + BODY_PX * len(value), top + BODY_PX


def _marked(
    seed: int, mark: Callable[[Page, dict[str, str]], None]
) -> tuple[bytes, dict[str, str]]:
    img, truth = render_image(seed, kind="individual", variant="clean", font="NanumGothic")
    page = np.asarray(img, dtype=np.float32).copy()
    mark(page, truth["fields"])
    buf = io.BytesIO()
    Image.fromarray(np.asarray(np.clip(page, 0, 255), dtype=np.uint8)).save(
        buf, "PNG", dpi=(DPI, DPI)
    )
    return buf.getvalue(), truth["fields"]


def _read(data: bytes, field: str, *, rule: bool, monkeypatch: pytest.MonkeyPatch) -> str | None:
    enabled = features.KEPT if rule else features.KEPT - {features.MARKS}
    monkeypatch.setattr(features, "ENABLED", enabled)
    found = read_certificate(data, "marked.png").fields.get(field)
    return found.value if found else None


def _scrawl(page: Page, fields: dict[str, str]) -> None:
    """A blue ballpoint's zigzag across the trade name, as when a clerk crosses or signs it."""
    x0, y0, x1, y1 = _value_box(fields["trade_name"], 0)
    mid, height = (y0 + y1) / 2, y1 - y0
    points = [
        (x0 - 10 + (x1 - x0 + 20) * t / 30, mid + 0.6 * height * float(np.sin(t * 1.3)))
        for t in range(31)
    ]
    cert_marks.stroke(page, points, 3, cert_marks.PENS["blue"])


def _date_stamp(page: Page, fields: dict[str, str]) -> None:
    """A blue office date stamp pressed over the representative's name."""
    x0, y0, x1, y1 = _value_box(fields["representative"], 1)
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    size = (max(300.0, x1 - x0 + 40), 160.0)
    blue = cert_marks.STAMPS["blue"]
    cert_marks.press(page, centre, size, "oval", "2025.03.14", blue, angle=5, ink_seed=4)


@needs_tesseract
@pytest.mark.parametrize(
    ("mark", "field"), [(_scrawl, "trade_name"), (_date_stamp, "representative")]
)
def test_a_blue_mark_over_a_field_is_read_through_only_with_the_rule(
    mark: Callable[[Page, dict[str, str]], None], field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, fields = _marked(11, mark)
    assert _read(data, field, rule=True, monkeypatch=monkeypatch) == fields[field]
    # The red channel the reader used alone keeps blue ink as dark as print.
    assert _read(data, field, rule=False, monkeypatch=monkeypatch) != fields[field]


def _highlight_and_seal(page: Page, fields: dict[str, str]) -> None:
    """Green highlighter across the address, a red 원본대조필 stamp over the trade name."""
    x0, y0, x1, y1 = _value_box(fields["address"], 3)
    pad = 0.3 * (y1 - y0)
    cert_marks.band(
        page, (x0 - 20, y0 - pad, x1 + 20, y1 + pad), cert_marks.HIGHLIGHTERS["green"], 0.85
    )
    x0, y0, x1, y1 = _value_box(fields["trade_name"], 0)
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    size = (max(260.0, x1 - x0 + 40), 200.0)
    red = cert_marks.STAMPS["red"]
    cert_marks.press(page, centre, size, "round", "원본대조필", red, angle=-10, ring=10, ink_seed=3)


@needs_tesseract
def test_a_highlighted_row_and_a_red_stamp_are_read_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, fields = _marked(12, _highlight_and_seal)
    monkeypatch.setattr(features, "ENABLED", features.KEPT)
    reading = read_certificate(data, "marked.png")
    assert reading.fields["address"].value == fields["address"]
    assert reading.fields["trade_name"].value == fields["trade_name"]


def _prepared(data: bytes, *, rule: bool, monkeypatch: pytest.MonkeyPatch) -> NDArray[np.uint8]:
    enabled = features.KEPT if rule else features.KEPT - {features.MARKS}
    monkeypatch.setattr(features, "ENABLED", enabled)
    with Image.open(io.BytesIO(data)) as img:
        return prepare(img.convert("RGB"), DPI, frozenset({"red"})).image


def test_the_highlighter_band_is_paper_only_with_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the rule the green band stays a grey block round the address's letters.
    data, fields = _marked(12, _highlight_and_seal)
    x0, y0, x1, _ = _value_box(fields["address"], 3)
    above = (slice(round(y0) - 6, round(y0) - 2), slice(round(x0), round(x1)))
    assert _prepared(data, rule=False, monkeypatch=monkeypatch)[above].mean() < 200
    assert _prepared(data, rule=True, monkeypatch=monkeypatch)[above].mean() > 245


def _synthetic_page() -> Page:
    """An A4 page's width at 200 dpi with three rows of print (strokes 4 px wide, as a body
    letter's); a pen, a highlighter and a stamp's ring each cross one row and run on over
    bare paper."""
    page = np.full((600, 1654, 3), 250.0, dtype=np.float32)
    for top in (100, 260, 420):
        for left in range(400, 1200, 12):
            page[top : top + 40, left : left + 4] = 20.0
    cert_marks.stroke(page, [(300, 120), (1300, 130)], 4, cert_marks.PENS["navy"])
    cert_marks.band(page, (300, 250, 1300, 310), cert_marks.HIGHLIGHTERS["green"], 0.85)
    ring = [(800 + 500 * np.cos(a), 470 + 50 * np.sin(a)) for a in np.linspace(0, 6.3, 90)]
    cert_marks.stroke(page, [(float(x), float(y)) for x, y in ring], 8, cert_marks.STAMPS["blue"])
    return page


def test_ink_of_a_colour_turns_to_paper_and_print_under_it_stays_dark() -> None:
    page = _synthetic_page()
    lifted = lift_marks(Image.fromarray(np.asarray(page, dtype=np.uint8)))
    assert lifted is not None
    # Bare paper under each mark (left of the print): the pen's line, the band, the ring.
    for y, x in ((121, 320), (280, 350), (470, 300)):
        assert page[y, x].min() < 150  # there is ink of a colour there
        assert lifted[y, x] > 240
    # The print where each mark crosses it stays as dark as print.
    for y, x in ((125, 797), (280, 797), (421, 797)):
        assert page[y, x].max() < 40
        assert lifted[y, x] < 60


def test_a_greyscale_page_is_returned_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    img, _ = render_image(13, kind="corporate", variant="noise")
    grey = img.convert("L").convert("RGB")
    assert lift_marks(grey) is None
    buf = io.BytesIO()
    grey.save(buf, "PNG")
    with_rule = _prepared(buf.getvalue(), rule=True, monkeypatch=monkeypatch)
    assert np.array_equal(with_rule, _prepared(buf.getvalue(), rule=False, monkeypatch=monkeypatch))


def test_an_unmarked_colour_capture_is_left_alone() -> None:
    # A lamp's tint and fall-off colour the whole sheet, evenly: not marks.
    tinted, truth = render_image(18, kind="corporate", variant="tint")
    assert "tint" in truth["degradation"]
    assert not has_marks(np.asarray(tinted, dtype=np.uint8))
    # Its printed red 세무서장 seal and a pink highlighter are paper in the red channel the
    # reader reads already; a green highlighter is not.
    page = np.asarray(tinted, dtype=np.float32).copy()
    cert_marks.band(page, (480, 560, 1100, 620), cert_marks.HIGHLIGHTERS["pink"], 0.8)
    assert not has_marks(np.asarray(page, dtype=np.uint8))
    cert_marks.band(page, (480, 640, 1100, 700), cert_marks.HIGHLIGHTERS["green"], 0.8)
    assert has_marks(np.asarray(page, dtype=np.uint8))
