"""ocr31: a sheet photographed on a dark desk and cut by the frame's edge is cut out (the
desk whitened), while a scan whose light falls off across the page is left alone: a desk
carries no print, a scan's darker paper does (bot/ocr/preprocess.py `cut_sheet`)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, preprocess
from tests.support.certificates import render_image

DESK = 70  # a dark desk's grey


def _page(seed: int) -> Image.Image:
    img, _ = render_image(seed, kind="individual", variant="clean", font="NanumGothic")
    return img.convert("RGB")


def _on_desk_cut_by_frame(page: Image.Image) -> Image.Image:
    """The page on a desk with a margin left, right and above, its bottom off the frame."""
    w, h = page.size
    rng = np.random.default_rng(7)
    canvas = np.clip(rng.normal(DESK, 4.0, (h, w + 400, 3)), 0, 255).astype(np.uint8)
    part = np.asarray(page)[: h - 200]
    canvas[200 : 200 + part.shape[0], 200 : 200 + w] = part
    return Image.fromarray(canvas)


def _light_falling_off(page: Image.Image) -> Image.Image:
    """A scan whose lower part is in the lid's shadow: the print goes on in the dark."""
    arr = np.asarray(page, dtype=np.float32).copy()
    arr[arr.shape[0] * 3 // 5 :] *= 0.42
    return Image.fromarray(arr.astype(np.uint8))


def test_a_sheet_on_a_desk_cut_by_the_frame_is_cut_out() -> None:
    photo = _on_desk_cut_by_frame(_page(41))
    out, cut = preprocess.cut_sheet(photo, np.asarray(photo.convert("L")))
    assert cut
    arr = np.asarray(out)
    assert out.size[0] < photo.size[0] and out.size[1] < photo.size[1]
    assert int(arr.min(axis=2).mean()) > 200  # mostly paper: no desk left in the image


def test_a_scan_with_light_falling_off_is_left_alone() -> None:
    scan = _light_falling_off(_page(42))
    out, cut = preprocess.cut_sheet(scan, np.asarray(scan.convert("L")))
    assert not cut
    assert out is scan


def test_prepare_cuts_the_sheet_only_with_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    photo = _on_desk_cut_by_frame(_page(43))
    assert "sheet_cut" in preprocess.prepare(photo, None).steps
    monkeypatch.setattr(features, "ENABLED", features.KEPT - {features.SHEET_CUT})
    assert "sheet_cut" not in preprocess.prepare(photo, None).steps
