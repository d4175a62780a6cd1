"""Pages that arrive turned: a phone photo taken sideways, a scan fed in upside down, a fax
sent landscape. `orientation` finds the quarter turns from the letters alone (lines run the
way letters' nearest neighbours lie; Hangul syllables are heavier on their right)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from bot.ocr import read_certificate
from bot.ocr.preprocess import A4_RATIO, find_page, orientation, prepare, warp_page
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _page(seed: int, font: str, layout: str = "form") -> Image.Image:
    cert = render_certificate(seed, variant="clean", font=font, layout=layout)
    return Image.open(io.BytesIO(cert.data)).convert("RGB")


@pytest.mark.parametrize(
    ("font", "layout"),
    [("NanumGothic", "form"), ("NanumMyeongjo", "ruled"), ("NanumGothic", "plain")],
)
@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_a_turned_page_is_turned_back(font: str, layout: str, turns: int) -> None:
    gray = np.asarray(_page(51, font, layout).convert("L"))
    turned = np.ascontiguousarray(np.rot90(gray, turns))
    assert orientation(turned) == (4 - turns) % 4


def test_a_blank_page_is_left_alone() -> None:
    assert orientation(np.full((1400, 1000), 240, np.uint8)) == 0


def test_a_page_photographed_sideways_is_flattened_landscape() -> None:
    # A landscape page on a dark desk: the warp must keep its long side across, not squash it
    # into an upright A4 before `orientation` turns it.
    photo = np.full((1000, 1400, 3), 40, np.uint8)
    photo[150:850, 100:1290] = 235
    corners = find_page(np.asarray(Image.fromarray(photo).convert("L")))
    assert corners is not None
    flat = warp_page(Image.fromarray(photo), corners)
    assert flat.width > flat.height
    assert abs(flat.width / flat.height - A4_RATIO) < 0.01


def test_prepare_reports_the_turn() -> None:
    page = _page(52, "NanumGothic").transpose(Image.Transpose.ROTATE_270)
    assert "orient(90)" in prepare(page, 300).steps
    assert not any(s.startswith("orient") for s in prepare(page, 300, frozenset()).steps)


@needs_tesseract
def test_an_upside_down_page_is_read() -> None:
    cert = render_certificate(53, variant="clean", font="NanumMyeongjo")
    upside = Image.open(io.BytesIO(cert.data)).convert("RGB").transpose(Image.Transpose.ROTATE_180)
    buffer = io.BytesIO()
    upside.save(buffer, "PNG")
    reading = read_certificate(buffer.getvalue(), "turned.png")
    assert "orient(180)" in reading.steps
    assert reading.fields["reg_no"].value == cert.fields["reg_no"]
