"""ocr28: the cheaper forms of clean-up steps give the bytes (or the number) the plain forms
gave. Each plain form is written out here as it stood before (6f41a5e)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import preprocess
from bot.ocr.marks import lift_marks
from tests.support.certificates import render_image

Gray = NDArray[np.uint8]


def _plain_profile_angle(ink: Gray, limit: float) -> float:
    centre = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(ink, m, (ink.shape[1], ink.shape[0]), flags=cv2.INTER_NEAREST)
        rows = cv2.reduce(rotated, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel().astype(np.float64)
        return float(np.square(np.diff(rows)).sum())

    coarse = np.arange(-limit, limit + 1e-9, 0.5)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1)
    return float(max(fine, key=sharpness))


def _text_ink(rng: np.random.Generator, shape: tuple[int, int], tilt: float, low: int) -> Gray:
    """Rows of letter-sized blobs, turned by `tilt`, the last row `low` pixels from the bottom."""
    h, w = shape
    ink = np.zeros(shape, np.uint8)
    for y in range(40, h - low, 28):
        x = 30
        while x < w - 40:
            side = int(rng.integers(5, 14))
            cv2.rectangle(ink, (x, y), (x + side, y + 12), 255, -1)
            x += side + int(rng.integers(3, 30))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), tilt, 1.0)
    return np.asarray(cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST), np.uint8)


@pytest.mark.parametrize("seed", range(8))
def test_profile_angle_is_the_full_search(seed: int) -> None:
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(700, 1000)), int(rng.integers(500, 760)))
    tilt = float(rng.uniform(-18, 18))
    # Text that stops far above the bottom (most rows cut off) and text down to it (none).
    for low in (int(shape[0] * 0.5), 5):
        ink = _text_ink(rng, shape, tilt, low)
        for limit in (preprocess.SKEW_LIMIT, preprocess.SCANNER_TILT):
            assert preprocess._profile_angle(ink, limit) == _plain_profile_angle(ink, limit)


def test_profile_angle_of_no_ink_and_of_a_speck() -> None:
    empty = np.zeros((400, 300), np.uint8)
    assert preprocess._profile_angle(empty, 5.0) == _plain_profile_angle(empty, 5.0)
    speck = empty.copy()
    speck[3, 297] = 255  # in a corner: turned, it can leave the image
    assert preprocess._profile_angle(speck, 20.0) == _plain_profile_angle(speck, 20.0)


def test_skew_angle_of_a_rendered_page_is_unchanged() -> None:
    page, _ = render_image(7)
    gray = np.asarray(page.convert("L").rotate(3.2, fillcolor=255), np.uint8)
    h, w = gray.shape
    scale = 1000 / max(h, w)
    small = np.asarray(
        cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA),
        np.uint8,
    )
    letters = preprocess._letter_ink(small)
    assert preprocess._profile_angle(letters, 20.0) == _plain_profile_angle(letters, 20.0)
    ink = np.asarray(cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1])
    assert preprocess._profile_angle(ink, 5.0) == _plain_profile_angle(ink, 5.0)


def _plain_noise_sigma(gray: Gray) -> float:
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
    h, w = gray.shape
    response = cv2.filter2D(gray.astype(np.float32), -1, kernel)
    total = float(np.abs(response[1:-1, 1:-1]).sum(dtype=np.float64))
    return float(np.sqrt(np.pi / 2) * total / (6 * (w - 2) * (h - 2)))


@pytest.mark.parametrize("shape", [(1300, 900), (700, 2000), (5, 5)])
def test_noise_sigma_is_the_float_one(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(shape[0])
    noise = rng.integers(0, 256, shape, dtype=np.uint8)  # the largest responses either way
    assert preprocess.noise_sigma(noise) == _plain_noise_sigma(noise)
    page, _ = render_image(3)
    gray = np.asarray(page.convert("L"), np.uint8)
    assert preprocess.noise_sigma(gray) == _plain_noise_sigma(gray)


def _plain_lift(rgb: Image.Image) -> Gray:
    arr = np.asarray(rgb, dtype=np.uint8)
    side = max(3, round(arr.shape[1] * 0.012) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (side, side))
    paper = np.maximum(cv2.dilate(arr, kernel), np.uint8(64))
    balanced = cv2.divide(arr, paper, scale=255.0)
    red, green, blue = cv2.split(balanced)
    brightest = cv2.max(cv2.max(red, green), blue)
    chroma = (brightest - cv2.min(cv2.min(red, green), blue)).astype(np.int16)
    lifted = brightest + 4 * np.maximum(chroma - 24, 0)
    return np.asarray(np.clip(lifted, 0, 255), dtype=np.uint8)


def test_lift_marks_is_the_16_bit_sum() -> None:
    page, _ = render_image(11)
    arr = np.array(page.convert("RGB"))
    # A blue pen's scrawl and a pale green highlighter: chroma from none to full.
    cv2.line(arr, (100, 300), (900, 420), (30, 60, 200), 6)
    cv2.circle(arr, (600, 700), 80, (90, 40, 170), 4)
    arr[800:840, 100:1200] = (arr[800:840, 100:1200] * np.array([0.7, 1.0, 0.6])).astype(np.uint8)
    rgb = Image.fromarray(arr)
    lifted = lift_marks(rgb)
    assert lifted is not None
    assert np.array_equal(lifted, _plain_lift(rgb))


def test_remove_rules_paints_the_same_pixels() -> None:
    gray = np.full((1200, 900), 235, np.uint8)
    for y in range(200, 1000, 100):
        gray[y : y + 3, 100:800] = 20
    for x in (100, 350, 800):
        gray[200:903, x : x + 3] = 30
    gray[240:260, 150:190] = 60  # a word in a cell
    out, removed = preprocess.remove_rules(gray)
    assert removed
    ink = np.asarray(cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1])
    h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (90, 1)))
    v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 45)))
    rules = cv2.dilate(cv2.bitwise_or(h, v), np.ones((3, 3), np.uint8))
    plain = gray.copy()
    plain[rules > 0] = 255
    assert np.array_equal(out, plain)
    assert out[250, 170] == 60  # the word stays


def _ruled(rules_y: list[int]) -> Gray:
    gray = np.full((1200, 900), 235, np.uint8)
    for y in rules_y:
        gray[y : y + 3, 100:800] = 20
    for x in (100, 350, 800):
        gray[200:903, x : x + 3] = 30  # column rules, as tall as a table
    return gray


@pytest.mark.parametrize("count", [0, 1, 2])
def test_too_few_rules_for_a_table_leave_the_page(count: int) -> None:
    """Two rules (a frame's top and bottom) and column rules: no table, as before."""
    gray = _ruled([200, 900][:count])
    out, removed = preprocess.remove_rules(gray)
    assert not removed and out is gray


def test_three_aligned_rules_and_a_column_are_still_a_small_table() -> None:
    gray = _ruled([200, 550, 900])
    out, removed = preprocess.remove_rules(gray)
    assert removed
    assert out[201, 500] == 255 and out[500, 351] == 255
