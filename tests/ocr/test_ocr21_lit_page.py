"""ocr21: a certificate shown on a monitor and photographed is found as the lit sheet on the
screen, flattened, its screen grid smoothed, and is not binarised or stripped of "marks"."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, lit_page
from bot.ocr.preprocess import find_page, prepare
from tests.support.certificates import render_certificate


def _page() -> Image.Image:
    cert = render_certificate(21, variant="clean", font="NanumGothic")
    return Image.open(io.BytesIO(cert.data)).convert("RGB")


def _monitor_photo(page: Image.Image, share: float = 0.12) -> tuple[Image.Image, np.ndarray]:
    """A 2000x1500 photo: a grey wall, a dark monitor, the page lit on it over `share` of
    the frame, slightly keystoned, with a screen's pixel grid over the page. Returns the
    photo and the page's corners in it."""
    w, h = 2000, 1500
    photo = np.full((h, w, 3), 140, np.uint8)
    cv2.rectangle(photo, (150, 100), (1850, 1350), (40, 40, 45), -1)  # the bezel
    cv2.rectangle(photo, (200, 150), (1800, 1300), (70, 72, 78), -1)  # the viewer's grey
    page_h = (share * w * h * 1.414) ** 0.5
    page_w = page_h / 1.414
    x0, y0 = (w - page_w) / 2, (h - page_h) / 2
    right, bottom = x0 + page_w, y0 + page_h
    corners = np.array(
        [[x0 + 6, y0], [right, y0 + 5], [right - 4, bottom], [x0, bottom - 3]], np.float32
    )
    pw, ph = page.size
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, corners)
    lit = np.asarray(page, dtype=np.float32) * 0.92  # a screen's white is not the wall's
    warped = cv2.warpPerspective(lit, matrix, (w, h), flags=cv2.INTER_AREA, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones(page.size[::-1], np.uint8), matrix, (w, h)) > 0
    photo[mask] = warped[mask].astype(np.uint8)
    grid = np.ones((h, w), np.float32)
    grid[:, ::3] = 0.85  # the dark lines between a screen's pixels
    grid[::3, :] *= 0.9
    photo = (photo * grid[..., None]).astype(np.uint8)
    return Image.fromarray(photo), corners


def test_lit_page_is_on_in_production() -> None:
    assert features.LIT_PAGE in features.KEPT


def test_page_on_a_screen_is_found() -> None:
    photo, corners = _monitor_photo(_page())
    gray = np.asarray(photo.convert("L"), dtype=np.uint8)
    assert find_page(gray) is None  # a fifth of the frame or less: not a page on a desk
    found = lit_page.find(gray)
    assert found is not None
    assert np.abs(found - corners).max() < 0.02 * photo.width


def test_too_small_or_page_filling_frame_is_left_alone() -> None:
    photo, _ = _monitor_photo(_page(), share=0.02)
    assert lit_page.find(np.asarray(photo.convert("L"), dtype=np.uint8)) is None
    scan = np.asarray(_page().convert("L"), dtype=np.uint8)
    assert lit_page.find(scan) is None


def test_screen_grid_is_smoothed_only_on_a_screen_page() -> None:
    rng = np.random.default_rng(0)
    # A page flattened 1425 px wide: one screen pixel is 1.5 of them, a grid line every 2.
    page = np.full((200, 1425, 3), 230, np.uint8)
    page[:, ::2] = 190
    page = np.clip(page + rng.integers(-3, 4, page.shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(page)
    assert lit_page.unscreen(image, ["perspective"]) is image
    smooth = np.asarray(lit_page.unscreen(image, ["screen", "perspective"]), dtype=np.float32)
    assert smooth[:, 20:-20].std() < 0.25 * page[:, 20:-20].astype(np.float32).std()


def test_prepare_reads_a_screen_page_flattened_without_binarising() -> None:
    photo, _ = _monitor_photo(_page())
    steps = prepare(photo, None).steps
    assert steps[:2] == ["screen", "perspective"]
    assert "binarize" not in steps and "marks" not in steps


def test_switch_off_reads_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.KEPT - {features.LIT_PAGE})
    photo, _ = _monitor_photo(_page())
    assert "screen" not in prepare(photo, None).steps
