"""Capture-side rules of ocr16: a low-resolution JPEG softened before it is scaled up, a
hand over a photographed page hidden, a light face measured without a ruled form's rules."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from bot.ocr import features, fingers, jpeg, read_certificate, tone
from bot.ocr.preprocess import find_page, prepare, thin_print
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_jpeg import render_jpeg_certificate
from tests.support.certificates import render_certificate


@pytest.fixture
def switched(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set `features.ENABLED` to the kept rules and ocr16's three (implemented, off in
    production) without `off`."""
    ocr16 = {features.FINGERS, features.JPEG_SOFTEN, features.RULED_THIN}

    def switch(*off: str) -> None:
        monkeypatch.setattr(features, "ENABLED", (features.KEPT | ocr16) - set(off))

    return switch


def _page(seed: int, **kwargs: str) -> Image.Image:
    cert = render_certificate(seed, variant="clean", font="NanumGothic", **kwargs)
    return Image.open(io.BytesIO(cert.data)).convert("RGB")


# --- jpeg.py ----------------------------------------------------------------------------


def test_ocr16_rules_are_off_in_production() -> None:
    assert not {features.FINGERS, features.JPEG_SOFTEN, features.RULED_THIN} & features.ENABLED


def test_low_resolution_page_is_softened_before_scaling(switched) -> None:  # type: ignore[no-untyped-def]
    switched()
    cert = render_jpeg_certificate(3, quality=20)
    page = Image.open(io.BytesIO(cert.data)).convert("RGB")
    prepared = prepare(page, 150.0)
    assert prepared.steps.index("soften") < next(
        i for i, s in enumerate(prepared.steps) if s.startswith("scale")
    )


def test_page_at_scanner_resolution_is_untouched() -> None:
    gray = np.asarray(_page(5).convert("L"), dtype=np.uint8)
    steps: list[str] = []
    assert jpeg.soften(gray, 200.0, steps) is gray
    assert steps == []
    assert "soften" not in prepare(_page(5), 200.0).steps


def test_clean_low_resolution_page_is_untouched() -> None:
    """A PNG at 150 dpi has grey only on its strokes' edges: no ripples, no blur."""
    cert = render_certificate(7, variant="lowres", font="NanumGothic")
    gray = np.asarray(Image.open(io.BytesIO(cert.data)).convert("L"), dtype=np.uint8)
    assert jpeg.ripples(gray) < jpeg.RIPPLE_SHARE
    assert jpeg.soften(gray, 150.0, []) is gray


def test_low_quality_jpeg_shows_ripples() -> None:
    cert = render_jpeg_certificate(8, quality=30)
    gray = np.asarray(Image.open(io.BytesIO(cert.data)).convert("L"), dtype=np.uint8)
    assert jpeg.ripples(gray) > jpeg.RIPPLE_SHARE


def test_softening_takes_out_ripples_not_strokes(switched) -> None:  # type: ignore[no-untyped-def]
    """A 1-px ripple on the paper loses most of its contrast; a 3-px stroke keeps most."""
    switched()
    gray = np.full((60, 60), 255, np.uint8)
    gray[:, 10:13] = 0  # a stroke, 3 px at 150 dpi
    gray[::2, 30:50] = 220  # the ringing of quantised blocks, away from the stroke
    steps: list[str] = []
    out = jpeg.soften(gray, 150.0, steps)
    assert steps == ["soften"]
    assert 255 - int(out[20, 40]) < 0.7 * 35
    assert int(out[20, 11]) < 60


# A corporate page of the generator's set 1600 (page 23): without softening its "7층" is
# read "/층" among the ripples of the head office's address.
JPEG_SEED, JPEG_FIELD = 1_600_023, "hq_address"


@needs_tesseract
def test_low_quality_jpeg_reads_right_only_softened(switched) -> None:  # type: ignore[no-untyped-def]
    cert = render_jpeg_certificate(JPEG_SEED)
    switched(features.JPEG_SOFTEN)
    without = read_certificate(cert.data, cert.filename).fields.get(JPEG_FIELD)
    switched()
    with_rule = read_certificate(cert.data, cert.filename).fields[JPEG_FIELD]
    assert with_rule.value == cert.fields[JPEG_FIELD]
    assert without is None or without.value != cert.fields[JPEG_FIELD]


# --- fingers.py -------------------------------------------------------------------------


def _held(thumb: tuple[int, int, int, int]) -> tuple[Image.Image, tuple[int, int]]:
    """A page on a grey desk with a thumb (a skin-coloured ellipse) at `thumb`."""
    page = _page(21)
    desk = Image.new("RGB", (page.width + 600, page.height + 600), (96, 98, 104))
    desk.paste(page, (300, 300))
    ImageDraw.Draw(desk).ellipse(thumb, fill=(236, 196, 170))
    return desk, page.size


def test_thumb_over_the_edge_no_longer_bends_the_page_outline(switched) -> None:  # type: ignore[no-untyped-def]
    switched()
    desk, (w, h) = _held((0, 800, 700, 1700))
    gray = np.asarray(desk.convert("L"), dtype=np.uint8)
    assert find_page(gray) is None  # the thumb bulges the outline past four corners
    corners = find_page(fingers.hide(desk, gray, []))
    assert corners is not None
    expected = np.array([[300, 300], [300 + w, 300], [300 + w, 300 + h], [300, 300 + h]])
    assert np.abs(corners - expected).max() < 0.01 * h


def test_thumb_reaching_in_from_the_edge_is_made_paper(switched) -> None:  # type: ignore[no-untyped-def]
    switched()
    page = _page(23)
    ImageDraw.Draw(page).ellipse((-150, 900, 120, 1150), fill=(200, 150, 120))
    gray = np.asarray(page.convert("L"), dtype=np.uint8)
    steps: list[str] = []
    out = fingers.whiten(page, gray, steps)
    assert out[1025, 30] == 255 and gray[1025, 30] < 200
    assert steps == ["fingers(255)"]
    assert np.array_equal(out[:, 400:], gray[:, 400:])  # the print is left as it was


def test_red_seal_inside_the_page_is_not_skin(switched) -> None:  # type: ignore[no-untyped-def]
    switched()
    """A faded red seal is as warm as skin; it lies inside the page, a hand does not."""
    page = _page(24)
    ImageDraw.Draw(page).rectangle((1000, 1800, 1200, 2000), fill=(230, 150, 150))
    gray = np.asarray(page.convert("L"), dtype=np.uint8)
    assert fingers.skin(page, from_edge=True) is None
    assert fingers.whiten(page, gray, []) is gray


def test_page_without_a_hand_has_no_skin() -> None:
    page = _page(25)
    assert fingers.skin(page, from_edge=False) is None


# --- tone.py ----------------------------------------------------------------------------


def _light_ruled() -> np.ndarray:
    """A light face (strokes thinned a pixel) on a ruled form whose rules are as wide as a
    regular face's strokes, at 300 dpi."""
    gray = np.asarray(_page(22, layout="ruled").convert("L"), dtype=np.uint8)
    gray = np.asarray(cv2.resize(gray, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC))
    light = np.asarray(cv2.dilate(gray, np.ones((2, 2), np.uint8)), dtype=np.uint8)
    for y in range(300, light.shape[0] - 300, 60):
        light[y : y + 6, 150:-150] = 0
    for x in (150, 600, light.shape[1] - 156):
        light[300:-300, x : x + 6] = 0
    return light


def test_rules_hide_a_light_face_from_the_stroke_measure() -> None:
    light = _light_ruled()
    assert thin_print(light, 1.0) is None
    assert thin_print(tone.without_rules(light), 1.0) is not None


def test_light_face_on_a_ruled_form_is_thickened(switched) -> None:  # type: ignore[no-untyped-def]
    switched()
    light = _light_ruled()
    steps: list[str] = []
    out = tone.thicken_ruled(light, 1.0, steps)
    assert steps and steps[0].startswith("thicken_ruled")
    assert np.count_nonzero(out < 128) > np.count_nonzero(light < 128)
    switched(features.RULED_THIN)
    assert tone.thicken_ruled(light, 1.0, []) is light


def test_regular_face_on_a_ruled_form_is_not_thickened() -> None:
    gray = np.asarray(_page(22, layout="ruled").convert("L"), dtype=np.uint8)
    gray = np.asarray(cv2.resize(gray, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC))
    assert tone.thicken_ruled(gray, 1.0, []) is gray


def test_page_thickened_already_is_not_thickened_twice() -> None:
    light = _light_ruled()
    assert tone.thicken_ruled(light, 1.0, ["thicken(3.8)"]) is light
