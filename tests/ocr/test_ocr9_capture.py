"""What a capture device does to the pixels before the reader sees them (ocr9).

A phone stores the sensor's pixels as they came and tags how to show them (EXIF
Orientation); a fax in standard mode sends 204 dots across but only 98 lines down an inch,
so its pixels are twice as tall as they are wide (ITU-T T.4). Both are facts the file
states; the loader applies them before anything measures the page.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from bot.ocr import read_certificate
from bot.ocr.loading import _anisotropy, load_image
from bot.ocr.preprocess import A4_RATIO, prepare, stroke_width
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate

ORIENTATION = 0x0112


def _upright(seed: int) -> tuple[Image.Image, dict[str, str]]:
    cert = render_certificate(seed, variant="clean", font="NanumGothic")
    return Image.open(io.BytesIO(cert.data)).convert("RGB"), cert.fields


def _phone_jpeg(page: Image.Image, orientation: int) -> bytes:
    """The page as a phone stores it: pixels as the sensor lay, and the tag to turn them."""
    stored = {
        3: page.transpose(Image.Transpose.ROTATE_180),
        6: page.transpose(Image.Transpose.ROTATE_90),  # shown after a quarter turn clockwise
        8: page.transpose(Image.Transpose.ROTATE_270),
    }[orientation]
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=92, exif=exif.tobytes())
    return buffer.getvalue()


def _fax_tiff(page: Image.Image, across: float = 204, down: float = 98) -> bytes:
    """A 1-bit Group 3 TIFF at the fax's two resolutions, from a 200-dpi page."""
    width = round(page.width * across / 200)
    height = round(page.height * down / 200)
    small = page.convert("L").resize((width, height), Image.Resampling.LANCZOS)
    bilevel = small.point(lambda v: 255 if v > 140 else 0).convert("1")
    buffer = io.BytesIO()
    bilevel.save(buffer, "TIFF", compression="group3", dpi=(across, down))
    return buffer.getvalue()


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_applied_on_load(orientation: int) -> None:
    page, _ = _upright(91)
    loaded = load_image(_phone_jpeg(page, orientation), "IMG_0001.jpg")
    assert loaded.image.size == page.size
    # The pixels are the page's (up to the JPEG's loss), not the page upside down.
    gray = np.asarray(loaded.image.convert("L"), dtype=np.float64)
    upright = np.asarray(page.convert("L"), dtype=np.float64)
    assert np.abs(gray - upright).mean() < 0.5 * np.abs(gray - upright[::-1, ::-1]).mean()


@needs_tesseract
def test_a_phone_photo_stored_sideways_is_read_without_guessing_its_turn() -> None:
    page, fields = _upright(92)
    reading = read_certificate(_phone_jpeg(page, 6), "IMG_0002.jpg")
    assert not any(step.startswith("orient") for step in reading.steps)
    assert reading.fields["reg_no"].value == fields["reg_no"]


def test_a_standard_fax_gets_square_pixels_and_its_resolution() -> None:
    page, _ = _upright(93)
    loaded = load_image(_fax_tiff(page), "fax.tif")
    assert abs(loaded.image.height / loaded.image.width - A4_RATIO) < 0.02
    assert loaded.dpi is not None and abs(loaded.dpi - 204) < 2


def test_pixels_are_squared_only_when_the_file_says_so_believably() -> None:
    assert _anisotropy(None) == 1.0
    assert _anisotropy((300.0, 300.0)) == 1.0
    assert _anisotropy((204.0, 196.0)) == pytest.approx(204 / 196)
    assert _anisotropy((204.0, 98.0)) == pytest.approx(204 / 98)
    assert _anisotropy((600.0, 50.0)) == 1.0  # no scanner's: not believed


@needs_tesseract
def test_a_standard_mode_fax_is_read() -> None:
    page, fields = _upright(94)
    reading = read_certificate(_fax_tiff(page), "fax.tif")
    for name in ("reg_no", "representative", "open_date"):
        assert reading.fields[name].value == fields[name], name


def _thin_page(seed: int) -> tuple[Image.Image, dict[str, str]]:
    """A 300-dpi page whose print is thin, as a Light face prints: each stroke of a regular
    face worn down by a pixel each side."""
    page, fields = _upright(seed)
    big = page.convert("L").resize((round(page.width * 1.5), round(page.height * 1.5)))
    worn = cv2.dilate(np.asarray(big), cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)))
    return Image.fromarray(worn).convert("RGB"), fields


def test_stroke_width_is_measured_not_guessed() -> None:
    for width in (3, 6, 9):
        canvas = np.full((600, 800), 255, np.uint8)
        for at in range(40, 520, 40):  # strokes across and down, as letters have
            canvas[at : at + width, 40:400] = 0
            canvas[40:560, 440 + at // 2 : 440 + at // 2 + width] = 0
        assert abs(stroke_width(canvas) - width) < 0.5, width


def test_a_thin_print_is_thickened_and_a_regular_one_is_not() -> None:
    thin, _ = _thin_page(95)
    assert any(step.startswith("thicken") for step in prepare(thin, 300).steps)
    regular, _ = _upright(95)
    assert not any(step.startswith("thicken") for step in prepare(regular, 200).steps)


@needs_tesseract
def test_a_thin_print_is_read() -> None:
    thin, fields = _thin_page(96)
    buffer = io.BytesIO()
    thin.save(buffer, "PNG", dpi=(300, 300))
    reading = read_certificate(buffer.getvalue(), "light.png")
    for name in ("reg_no", "open_date"):
        assert reading.fields[name].value == fields[name], name
