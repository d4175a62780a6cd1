"""The faster forms of preprocessing steps give what the plain ones gave (ocrspeed)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from bot.ocr.preprocess import _boxes, blur_flat_aware


def _component_boxes(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    stats = cv2.connectedComponentsWithStats(mask)[2]
    return sorted((int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:])


@pytest.mark.parametrize("seed", range(20))
def test_boxes_are_the_components_boxes(seed: int) -> None:
    """Random ink, touching the edges, with holes and islands inside holes."""
    rng = np.random.default_rng(seed)
    mask = np.where(rng.random((120, 90)) < 0.3 + 0.02 * seed, 255, 0).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    # A ring with an island in its hole, and rules along every edge of the image.
    cv2.rectangle(mask, (20, 20), (60, 70), 0, -1)
    cv2.rectangle(mask, (25, 25), (55, 65), 255, 2)
    cv2.rectangle(mask, (38, 40), (42, 48), 255, -1)
    mask[0, :40] = 255
    mask[:, -1] = 255
    mask[-1, 50:] = 255
    assert sorted(_boxes(mask)) == _component_boxes(mask)


def test_boxes_of_an_empty_and_a_full_mask() -> None:
    assert _boxes(np.zeros((30, 40), np.uint8)) == []
    assert _boxes(np.full((30, 40), 255, np.uint8)) == [(0, 0, 40, 30)]
    assert sorted(_boxes(np.eye(30, dtype=np.uint8) * 255)) == [(0, 0, 30, 30)]


@pytest.mark.parametrize("shape", [(3508, 2480), (1700, 1200), (500, 400), (300, 2000)])
def test_flat_aware_blur_is_the_blur(shape: tuple[int, int]) -> None:
    """White paper with a shaded box, a dark corner and a lamp's gradient down one side:
    the same bytes as OpenCV's blur, flat tiles or not."""
    h, w = shape
    page = np.full(shape, 255, np.uint8)
    page[h // 3 : h // 3 + h // 10, w // 4 : w // 2] = 200
    page[: h // 12, : w // 12] = 90
    ramp = np.linspace(180, 255, w // 5).astype(np.uint8)
    page[h // 2 :, -(w // 5) :] = ramp[None, :]
    sigma = (max(15, (min(h, w) // 40) | 1)) / 2
    assert np.array_equal(blur_flat_aware(page, sigma), cv2.GaussianBlur(page, (0, 0), sigma))


def test_flat_aware_blur_of_a_noisy_page() -> None:
    rng = np.random.default_rng(3)
    page = rng.integers(230, 256, (1200, 900), dtype=np.uint8)
    page[:400] = 250
    assert np.array_equal(blur_flat_aware(page, 15.0), cv2.GaussianBlur(page, (0, 0), 15.0))
