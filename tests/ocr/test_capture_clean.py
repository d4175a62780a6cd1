"""Clean-up chosen by measuring the capture: a fax's or worn copier's specks, a copier's
streaks and black edge, and a page photographed on a desk nearly as light as the paper."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

from bot.ocr.preprocess import (
    STREAK_DEPTH,
    column_shading,
    despeckle,
    destreak,
    find_page,
    find_page_edges,
    specks,
)
from tests.support.certificates import render_certificate

Gray = np.ndarray


def _page(seed: int = 61) -> np.ndarray:
    cert = render_certificate(seed, variant="clean", font="NanumGothic")
    return np.asarray(Image.open(io.BytesIO(cert.data)).convert("L"), dtype=np.uint8)


def _text_mask(gray: np.ndarray) -> np.ndarray:
    return gray < 128


def test_specks_are_painted_out_and_letters_kept() -> None:
    clean = _page()
    rng = np.random.default_rng(7)
    noisy = clean.copy()
    ys = rng.integers(0, clean.shape[0] - 2, 4000)
    xs = rng.integers(0, clean.shape[1] - 2, 4000)
    for y, x in zip(ys, xs, strict=True):
        noisy[y : y + 2, x : x + 2] = 0  # a fax's 2 px dot
    before = int(specks(noisy, 300)[2].sum())
    out, cleaned = despeckle(noisy, 300)
    assert cleaned
    assert int(specks(out, 300)[2].sum()) < 0.05 * before
    text = _text_mask(clean)
    kept = np.count_nonzero(text & _text_mask(out)) / np.count_nonzero(text)
    assert kept > 0.97


def test_a_clean_page_is_not_despeckled() -> None:
    page = _page()
    out, cleaned = despeckle(page, 300)
    assert not cleaned
    assert out is page


def test_copier_streaks_and_black_edge_are_lifted() -> None:
    clean = _page()
    streaked = clean.astype(np.float32)
    w = clean.shape[1]
    for x in (w // 5, w // 2, 3 * w // 4):
        streaked[:, x : x + 12] *= 0.8  # a grey toner streak down the page
    streaked[:, :40] = 40  # the copier's black edge
    streaked_u8 = streaked.astype(np.uint8)
    shading = column_shading(streaked_u8)
    assert float(np.percentile(shading, 90) - shading.min()) > STREAK_DEPTH
    out, lifted = destreak(streaked_u8)
    assert lifted
    after = column_shading(out)
    assert float(np.percentile(after, 90) - after.min()) < STREAK_DEPTH
    text = _text_mask(clean)
    assert np.count_nonzero(text & _text_mask(out)) / np.count_nonzero(text) > 0.97


def test_a_clean_page_is_not_destreaked() -> None:
    page = _page()
    assert not destreak(page)[1]


def _photo_on_light_desk() -> tuple[np.ndarray, np.ndarray]:
    """A page (paper 235) slanted on a desk (165-205, light falling across the frame)."""
    h, w = 2000, 1600
    desk = np.tile(np.linspace(205, 165, w, dtype=np.float32), (h, 1))
    corners = np.array([[260, 180], [1380, 230], [1340, 1800], [220, 1750]], np.float32)
    page = _page(62)
    src = np.array(
        [[0, 0], [page.shape[1], 0], [page.shape[1], page.shape[0]], [0, page.shape[0]]],
        np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, corners)
    warped = cv2.warpPerspective(page.astype(np.float32) * (235 / 255), matrix, (w, h))
    inside = cv2.warpPerspective(np.ones(page.shape, np.float32), matrix, (w, h)) > 0.5
    photo = np.where(inside, warped, desk)
    # Light falls off across the page too, as on the desk.
    photo *= np.tile(np.linspace(1.0, 0.8, w, dtype=np.float32), (h, 1))
    return np.clip(photo, 0, 255).astype(np.uint8), corners


def test_a_page_on_a_light_desk_is_found_by_its_edge() -> None:
    photo, truth = _photo_on_light_desk()
    found = find_page_edges(photo)
    assert found is not None
    assert float(np.abs(found - truth).max()) < 20  # px, in a 2000 px frame


def test_a_frame_printed_on_a_scan_is_not_a_page() -> None:
    scan = np.full((2000, 1414), 250, np.uint8)
    cv2.rectangle(scan, (80, 80), (1334, 1920), 0, 4)  # the form's printed border
    cv2.putText(scan, "TEXT", (300, 600), cv2.FONT_HERSHEY_SIMPLEX, 4, 0, 8)
    assert find_page(scan) is None
    assert find_page_edges(scan) is None
