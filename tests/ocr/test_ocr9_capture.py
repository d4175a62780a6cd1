"""What a capture device does to the pixels before the reader sees them (ocr9).

A phone stores the sensor's pixels as they came and tags how to show them (EXIF
Orientation); a fax in standard mode sends 204 dots across but only 98 lines down an inch,
so its pixels are twice as tall as they are wide (ITU-T T.4). Both are facts the file
states; the loader applies them before anything measures the page.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from bot.ocr import read_certificate
from bot.ocr.loading import _anisotropy, load_image
from bot.ocr.preprocess import A4_RATIO, prepare, stroke_width, thin_print
from tests.ocr.conftest import needs_tesseract
from tests.support import certificates
from tests.support.cert_fonts import FontFace
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


LIGHT_FACE = Path("/usr/share/fonts/truetype/unfonts-core/UnDinaruLight.ttf")


def _glyphs(stroke: int, height: int) -> np.ndarray:
    """A page of letter-sized boxes drawn with strokes `stroke` pixels wide."""
    canvas = np.full((1200, 1600), 255, np.uint8)
    width = height * 3 // 4
    for top in range(60, 1200 - height - 60, height * 2):
        for left in range(60, 1600 - width - 60, width * 3 // 2):
            cv2.rectangle(canvas, (left, top), (left + width, top + height), 0, -1)
            inside = (left + stroke, top + stroke, left + width - stroke, top + height - stroke)
            cv2.rectangle(canvas, inside[:2], inside[2:], 255, -1)
            cv2.line(
                canvas, (left, top + height // 2), (left + width, top + height // 2), 0, stroke
            )
    return canvas


def test_stroke_width_is_measured_not_guessed() -> None:
    for width in (3, 6, 9):
        canvas = np.full((600, 800), 255, np.uint8)
        for at in range(40, 520, 40):  # strokes across and down, as letters have
            canvas[at : at + width, 40:400] = 0
            canvas[40:560, 440 + at // 2 : 440 + at // 2 + width] = 0
        assert abs(stroke_width(canvas) - width) < 0.5, width


def test_a_print_is_thin_by_its_stroke_and_by_its_letters() -> None:
    assert thin_print(_glyphs(3, 44), 1.0) is not None  # a light face at 300 dpi
    assert thin_print(_glyphs(6, 44), 1.0) is None  # a regular or bold one
    # Small letters (a screenshot's, a page far from filling the frame): 3 px is their
    # weight, not a light face.
    assert thin_print(_glyphs(3, 18), 1.0) is None
    # The same light letters on a page at 200 dpi enlarged to 300 measure 1.5x wider.
    assert thin_print(_glyphs(4, 66), 1.5) is not None


def test_prepare_thickens_only_a_thin_print() -> None:
    thin = Image.fromarray(_glyphs(3, 44)).convert("RGB")
    assert any(step.startswith("thicken") for step in prepare(thin, 300).steps)
    regular = Image.fromarray(_glyphs(6, 44)).convert("RGB")
    assert not any(step.startswith("thicken") for step in prepare(regular, 300).steps)


@needs_tesseract
@pytest.mark.skipif(not LIGHT_FACE.exists(), reason="UnDinaru Light not installed")
def test_a_light_face_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    face = FontFace("UnDinaru Light", (str(LIGHT_FACE), 0), (str(LIGHT_FACE), 0))
    monkeypatch.setattr(certificates, "korean_fonts", lambda: (face,))
    cert = certificates.render_certificate(96, variant="clean", font="UnDinaru Light")
    reading = read_certificate(cert.data, cert.filename)
    for name in ("reg_no", "open_date"):
        assert reading.fields[name].value == cert.fields[name], name


def test_a_stated_resolution_is_kept_exactly_when_nothing_is_resized() -> None:
    # 150 dpi is `preprocess.LOWRES_DPI`: 149.99999 would switch the low-resolution rules.
    page, _ = _upright(97)
    small = page.resize((1240, 1754))
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", dpi=(150, 150))  # JFIF states whole dots per inch
    assert load_image(buffer.getvalue(), "scan.jpg").dpi == 150.0
