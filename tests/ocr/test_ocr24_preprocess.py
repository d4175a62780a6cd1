"""ocr24: glare bands lifted (veil.py), the desk round an uncut page painted (desk.py), and
pages photographed from far scaled to 200 dpi (preprocess.scale_to_dpi)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray

from bot.ocr import desk, features, preprocess, veil

Gray = NDArray[np.uint8]


def _page(h: int = 1600, w: int = 1130, paper: int = 200, ink: int = 40) -> Gray:
    """A page of rows of print: paper at `paper`, strokes at `ink`."""
    page = np.full((h, w), paper, dtype=np.uint8)
    rng = np.random.default_rng(7)
    for y in range(120, h - 120, 60):
        x = 100
        while x < w - 200:
            word = "".join(rng.choice(list("ABCDEFGHKMNPRSTUVW0123456789"), 4))
            cv2.putText(page, word, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 1.0, ink, 3)
            x += 150
    return np.asarray(page, dtype=np.uint8)


def _band(h: int, w: int, strength: float) -> NDArray[np.float32]:
    """A diagonal band of reflected light, `strength` at its middle, ~120 px wide."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    distance = np.abs((yy - h / 2) * 0.8 - (xx - w / 2) * 0.6)
    return np.asarray(strength * np.exp(-np.square(distance / 60)), dtype=np.float32)


def _add_light(page: Gray, share: NDArray[np.float32]) -> Gray:
    out = page.astype(np.float32) * (1 - share) + 255 * share
    return np.asarray(np.clip(out, 0, 255), dtype=np.uint8)


def _ink_contrast(gray: Gray, mask: NDArray[np.bool_]) -> float:
    """Paper minus ink (its 2nd percentile) inside `mask`."""
    values = gray[mask]
    return float(np.percentile(values, 90) - np.percentile(values, 2))


def test_glare_band_is_lifted_and_the_ink_comes_back() -> None:
    page = _page()
    share = _band(page.shape[0], page.shape[1], strength=0.75)
    seen = _add_light(page, share)
    in_band = share > 0.6
    assert _ink_contrast(seen, in_band) < 0.4 * _ink_contrast(page, in_band)
    out, lifted = veil.lift_glare(seen, photographed=True)
    assert lifted
    # Most of the print's contrast is back in the band (the fit is at 1/8 scale).
    assert _ink_contrast(out, in_band) > 0.7 * _ink_contrast(page, in_band)


def test_page_without_glare_is_left_alone() -> None:
    page = _page()
    # Light falling off to 70 % toward the corners: smooth, multiplied, not a band.
    h, w = page.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = np.square((xx - w / 2) / w) + np.square((yy - h / 2) / h)
    lit = np.clip(page.astype(np.float32) * (1 - 0.6 * r2), 0, 255).astype(np.uint8)
    out, lifted = veil.lift_glare(lit, photographed=True)
    assert not lifted
    assert out is lit


def test_brighter_paper_that_keeps_its_print_is_not_glare() -> None:
    """Paper brighter in a band but the print as dark there as anywhere (a watermark's
    gap, a lighter strip of paper): no light was added over the ink."""
    page = _page(paper=190)
    share = _band(page.shape[0], page.shape[1], strength=0.6)
    paper = (page == 190).astype(np.float32)
    brighter = np.clip(page + paper * share * 65, 0, 255).astype(np.uint8)
    _, lifted = veil.lift_glare(brighter, photographed=True)
    assert not lifted


def test_a_scan_is_never_lifted() -> None:
    """A scanner or copier sees no reflection: the same paled band on a scan (no desk,
    not cut out of a photo) is left alone."""
    page = _page()
    seen = _add_light(page, _band(page.shape[0], page.shape[1], strength=0.75))
    out, lifted = veil.lift_glare(seen, photographed=False)
    assert not lifted
    assert out is seen


def _on_desk(page: Gray, strip: int) -> Gray:
    """The page with a dark, grainy strip of desk down its left side."""
    rng = np.random.default_rng(3)
    out = page.copy()
    grain = rng.normal(60, 18, (page.shape[0], strip)).clip(0, 255).astype(np.uint8)
    out[:, :strip] = grain
    return out


def test_desk_strip_beside_the_page_is_painted_white() -> None:
    page = _page(paper=230)
    shot = _on_desk(page, 80)
    out, cleared = desk.clear_desk(shot)
    assert cleared
    assert int(out[:, :70].min()) == 255
    # The print is untouched.
    assert np.array_equal(out[:, 120:], shot[:, 120:])


def test_light_falling_off_toward_an_edge_is_not_a_desk() -> None:
    """A page darkening gradually toward one side (a lamp at the other) has no edge."""
    page = _page(paper=230).astype(np.float32)
    w = page.shape[1]
    ramp = np.linspace(0.35, 1.0, w, dtype=np.float32) ** 0.7
    lit = np.clip(page * ramp[None, :], 0, 255).astype(np.uint8)
    out, cleared = desk.clear_desk(lit)
    assert not cleared
    assert out is lit


def test_page_filling_the_frame_has_no_desk() -> None:
    page = _page(paper=235)
    _, cleared = desk.clear_desk(page)
    assert not cleared


def test_far_page_is_brought_to_200_dpi() -> None:
    gray = np.full((700, 495), 255, dtype=np.uint8)  # A4 at 60 dpi
    out, factor = preprocess.scale_to_dpi(gray, 60.0)
    assert factor == pytest.approx(preprocess.LOW_RES_TARGET / 60.0)
    assert out.shape[1] == round(495 * factor)
    # From 100 dpi on, the usual 300.
    _, factor = preprocess.scale_to_dpi(np.full((1170, 827), 255, np.uint8), 100.0)
    assert factor == pytest.approx(3.0)


def test_far_scale_switch_off_keeps_300(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.KEPT - {features.FAR_SCALE})
    _, factor = preprocess.scale_to_dpi(np.full((700, 495), 255, np.uint8), 60.0)
    assert factor == pytest.approx(5.0)
