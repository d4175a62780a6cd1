"""ocr23: cheaper forms of preprocessing steps give what the plain ones gave."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from bot.ocr import layout
from bot.ocr.layout import MANY_MARKS, component_boxes, find_table, horizontal_rules
from bot.ocr.preprocess import blur_flat_aware, remove_rules


def _labelled(mask: np.ndarray) -> list[tuple[int, ...]]:
    stats = cv2.connectedComponentsWithStats(mask, connectivity=8)[2]
    return sorted(tuple(int(v) for v in row[:4]) for row in stats[1:])


def _traced(mask: np.ndarray) -> list[tuple[int, ...]]:
    return sorted(tuple(int(v) for v in row) for row in component_boxes(mask).tolist())


@pytest.mark.parametrize("seed", range(4))
def test_boxes_of_a_speckled_mask(seed: int) -> None:
    """More specks than `MANY_MARKS`: labelled, the same boxes as tracing gave."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((400, 600), np.uint8)
    ys, xs = rng.integers(0, 400, 2 * MANY_MARKS), rng.integers(0, 600, 2 * MANY_MARKS)
    mask[ys, xs] = 255
    cv2.rectangle(mask, (100, 100), (300, 200), 255, 3)  # a frame with specks in its hole
    assert _traced(mask) == _labelled(mask)


def test_boxes_of_a_mostly_ink_mask() -> None:
    """A dark photo Otsu split badly: ink everywhere, the marks are in its holes."""
    rng = np.random.default_rng(7)
    mask = np.where(rng.random((300, 400)) < 0.85, 255, 0).astype(np.uint8)
    assert np.count_nonzero(mask) > layout.DENSE_MASK * mask.size
    assert _traced(mask) == _labelled(mask)


def _ruled_page() -> np.ndarray:
    page = np.full((1400, 1000), 255, np.uint8)
    for y in range(200, 1201, 100):
        cv2.line(page, (100, y), (900, y), 0, 3)
    cv2.line(page, (100, 200), (100, 1200), 0, 3)
    cv2.line(page, (300, 200), (300, 1200), 0, 3)
    cv2.line(page, (900, 200), (900, 1200), 0, 3)
    for y in range(250, 1200, 100):
        cv2.putText(page, "ab", (150, y + 10), cv2.FONT_HERSHEY_SIMPLEX, 1, 0, 2)
        cv2.putText(page, "12 34", (350, y + 10), cv2.FONT_HERSHEY_SIMPLEX, 1, 0, 2)
    return page


def test_find_table_after_remove_rules_is_find_table_alone() -> None:
    page = _ruled_page()
    layout._LAST_RULES.clear()
    alone = find_table(page)
    _, removed = remove_rules(page)  # keeps its masks for the same page's find_table
    assert removed
    assert layout._LAST_RULES
    again = find_table(page)
    assert alone is not None
    assert again == alone
    assert not layout._LAST_RULES  # not kept past the page


def test_horizontal_rules_of_another_page_are_its_own() -> None:
    page = _ruled_page()
    first = horizontal_rules(page)
    other = page.copy()
    other[600:610, :] = 255  # a rule less, in another array
    second = horizontal_rules(other)
    assert not np.array_equal(first[1], second[1])
    fresh = cv2.morphologyEx(
        second[0], cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (100, 1))
    )
    assert np.array_equal(second[1], fresh)
    layout._LAST_RULES.clear()


def _photo_background(shape: tuple[int, int]) -> np.ndarray:
    """A closed page background of a photo: a lamp's falloff, a shadow's edge, grain."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w]
    level = 235 - 50 * ((xx / w - 0.8) ** 2 + (yy / h - 0.2) ** 2)
    level[: h // 3, : w // 4] -= 40
    rng = np.random.default_rng(1)
    level += rng.normal(0, 1.5, shape)
    page = np.clip(level, 0, 255).astype(np.uint8)
    k = max(15, (min(h, w) // 40) | 1)
    return np.asarray(
        cv2.morphologyEx(page, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    )


def test_flat_aware_blur_of_a_photo_is_exact() -> None:
    page = _photo_background((1600, 1200))
    sigma = 15.0
    assert np.array_equal(blur_flat_aware(page, sigma), cv2.GaussianBlur(page, (0, 0), sigma))


def test_white_paper_stays_exact() -> None:
    """A rendered page: white paper but for a shaded mark, blurred exactly as before."""
    page = np.full((3508, 2480), 255, np.uint8)
    page[1700:1740, 1200:1240] = 120
    sigma = 31.5
    assert np.array_equal(blur_flat_aware(page, sigma), cv2.GaussianBlur(page, (0, 0), sigma))


def test_a_page_changed_in_place_is_measured_again() -> None:
    page = _ruled_page()
    _, before = horizontal_rules(page)
    page[500:503, 100:900] = 255  # a rule painted out in the same array
    _, after = horizontal_rules(page)
    assert before[500:503].any()
    assert not after[500:503].any()
    layout._LAST_RULES.clear()


def test_patchy_flat_paper_blurs_as_the_whole_page() -> None:
    """A photo with patches of blown-out paper in every band: more work banded than whole,
    so blurred whole, the same bytes either way."""
    rng = np.random.default_rng(5)
    page = rng.integers(200, 240, (2000, 2000), dtype=np.uint8)
    page[:, :1100] = 255  # three tiles of every band flat (3/8 of the page), the rest busy
    sigma = 31.5
    assert np.array_equal(blur_flat_aware(page, sigma), cv2.GaussianBlur(page, (0, 0), sigma))
