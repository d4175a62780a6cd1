"""A certificate printed in one colour (a copier with only blue ink left): its print is not
taken for pen marks and lifted to paper (bot/ocr/marks.py, `features.COLOUR_PRINT`)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import features, read_certificate
from bot.ocr.marks import has_marks
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_layout import DPI
from tests.support.certificates import render_image

# A copier's blue toner on white paper, as a scanner sees it.
BLUE_INK = (32, 64, 150)


def _blue_copy(seed: int) -> tuple[NDArray[np.uint8], dict[str, str]]:
    """The dev renderer's clean page with every dark pixel in blue ink (ink multiplies light)."""
    img, truth = render_image(seed, kind="individual", variant="clean", font="NanumGothic")
    grey = np.asarray(img.convert("L"), dtype=np.float32)[..., None]
    ink = np.asarray(BLUE_INK, dtype=np.float32)
    page = 255.0 - (255.0 - grey) * (255.0 - ink) / 255.0
    return np.asarray(np.clip(page, 0, 255), dtype=np.uint8), truth["fields"]


def _with(monkeypatch: pytest.MonkeyPatch, *, rule: bool) -> None:
    enabled = features.KEPT if rule else features.KEPT - {features.COLOUR_PRINT}
    monkeypatch.setattr(features, "ENABLED", enabled)


def test_a_blue_printed_page_has_no_marks_only_with_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _ = _blue_copy(21)
    _with(monkeypatch, rule=True)
    assert not has_marks(page)
    _with(monkeypatch, rule=False)
    assert has_marks(page)  # before the rule: all of the print counted as blue pen


def test_blue_marks_on_black_print_are_still_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    img, _ = render_image(22, kind="individual", variant="clean", font="NanumGothic")
    page = np.asarray(img.convert("RGB"), dtype=np.uint8).copy()
    # A blue ballpoint's thick stroke across a row: a minority of the page's dark ink.
    page[700:712, 400:1400] = BLUE_INK
    _with(monkeypatch, rule=True)
    assert has_marks(page)


@needs_tesseract
def test_a_blue_copy_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    page, fields = _blue_copy(23)
    buf = io.BytesIO()
    Image.fromarray(page).save(buf, "PNG", dpi=(DPI, DPI))
    _with(monkeypatch, rule=True)
    reading = read_certificate(buf.getvalue(), "blue.png")
    assert reading.fields["reg_no"].value == fields["reg_no"]
    assert reading.fields["trade_name"].value == fields["trade_name"]
