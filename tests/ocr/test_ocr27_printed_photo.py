"""ocr27: a photo of a page on a desk printed on white paper (a "print to PDF" of the photo)
is cut out as a photographed page, not read as a page lit on a screen; a pale page on a
light desk in such a print is found too."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, lit_page
from bot.ocr.preprocess import prepare
from tests.ocr.test_ocr21_lit_page import _monitor_photo
from tests.support.certificates import render_certificate


def _page() -> Image.Image:
    cert = render_certificate(27, variant="clean", font="NanumGothic")
    return Image.open(io.BytesIO(cert.data)).convert("RGB")


def _printed_sheet(desk: int, paper: float, margin: bool = True) -> tuple[Image.Image, np.ndarray]:
    """An A4 sheet 1240 x 1754 (150 dpi) with, on its upper half, a landscape photo of the
    page (its paper at `paper` of white) on a desk of level `desk`; the rest of the sheet is
    blank paper (or, `margin` False, the desk fills the whole image). Returns the sheet and
    the page's corners in it."""
    w, h = 1240, 1754
    sheet = np.full((h, w, 3), 255 if margin else desk, np.uint8)
    top, bottom, left, right = 60, 860, 60, 1180  # the photo on the sheet
    sheet[top:bottom, left:right] = desk
    ph = 740.0
    pw = ph / 1.414
    x0 = (left + right - pw) / 2
    y0 = top + 30.0
    corners = np.array(
        [[x0 + 8, y0], [x0 + pw, y0 + 6], [x0 + pw - 5, y0 + ph], [x0, y0 + ph - 4]], np.float32
    )
    page = _page()
    src = np.array(
        [[0, 0], [page.width, 0], [page.width, page.height], [0, page.height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(src, corners)
    lit = np.asarray(page, dtype=np.float32) * paper
    warped = cv2.warpPerspective(lit, matrix, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(page.size[::-1], np.uint8), matrix, (w, h)) > 0
    sheet[mask] = warped[mask].astype(np.uint8)
    return Image.fromarray(sheet), corners


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), dtype=np.uint8)


def test_page_in_a_printed_photo_is_cut_out_but_not_a_screen() -> None:
    sheet, corners = _printed_sheet(desk=60, paper=0.92)
    found = lit_page.find(_gray(sheet))
    assert found is not None
    assert np.abs(found - corners).max() < 0.02 * sheet.height
    assert lit_page.printed_photo(_gray(sheet), found)
    steps = prepare(sheet, 150.0).steps
    assert "perspective" in steps and "screen" not in steps


def test_a_page_on_a_screen_is_still_a_screen() -> None:
    photo, _ = _monitor_photo(_page())
    found = lit_page.find(_gray(photo))
    assert found is not None and not lit_page.printed_photo(_gray(photo), found)


def test_pale_page_on_a_light_desk_is_found_only_in_a_printed_photo() -> None:
    # Paper 0.8 of white (204) on a desk of 175: it stands ~30 over the desk, a page on a desk's
    # step but not a lit screen's.
    sheet, corners = _printed_sheet(desk=175, paper=0.8)
    found = lit_page.find(_gray(sheet))
    assert found is not None
    assert np.abs(found - corners).max() < 0.02 * sheet.height
    unprinted, _ = _printed_sheet(desk=175, paper=0.8, margin=False)
    assert lit_page.find(_gray(unprinted)) is None


def test_switch_off_reads_the_printed_photo_as_a_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.KEPT - {features.PRINTED_PHOTO})
    sheet, _ = _printed_sheet(desk=60, paper=0.92)
    assert "screen" in prepare(sheet, 150.0).steps
