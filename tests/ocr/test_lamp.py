"""Scans under a desk lamp (`lamp` dev variant): light falling off across the page, tint,
sensor noise and a phone's JPEG. The JPEG hides most of the grain from the noise estimate,
yet the page still reads best binarized."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from bot.ocr import read_certificate
from bot.ocr.preprocess import prepare
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import VARIANTS, render_certificate

LAMP = 1000 + 1000 * VARIANTS.index("lamp")


def _steps(seed: int, variant: str) -> list[str]:
    cert = render_certificate(seed, variant=variant, font="NanumGothic")
    return prepare(Image.open(io.BytesIO(cert.data)).convert("RGB"), None).steps


@pytest.mark.parametrize("variant", ["clean", "jpeg", "lowres", "blur", "bilevel", "fax"])
def test_pages_without_grain_are_not_binarized(variant: str) -> None:
    assert "binarize" not in _steps(41, variant)


def test_a_lamp_scan_is_binarized() -> None:
    assert "binarize" in _steps(41, "lamp")


@needs_tesseract
def test_a_lamp_scan_is_read() -> None:
    cert = render_certificate(LAMP + 1, variant="lamp", layout="ruled")
    reading = read_certificate(cert.data, cert.filename)
    assert "binarize" in reading.steps
    got = {k: " ".join(f.value.split()) for k, f in reading.fields.items()}
    assert got == cert.fields


def test_a_page_inside_the_frame_is_a_photo_and_a_lit_corner_is_not() -> None:
    from bot.ocr.preprocess import find_page

    photo = np.full((1200, 900), 50, np.uint8)
    photo[150:1050, 120:780] = 235  # a page on a dark desk, all four corners inside
    assert find_page(photo) is not None
    lamp = np.full((1200, 900), 235, np.uint8)
    lamp[:, 700:] = 90  # the side away from the lamp: the lit part reaches the frame
    assert find_page(lamp) is None
