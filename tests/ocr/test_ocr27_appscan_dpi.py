"""ocr27: an uncut page filling an A4-shaped image takes its resolution from its width when
the file's tag is far from it (a scanner app's fixed 200 dpi on a 150 dpi A4 page)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, frame, preprocess


def test_a4_shaped_image_with_a_wrong_tag_reads_its_width() -> None:
    # 1240 x 1754 is A4 at 150 dpi; the app's tag says 200.
    assert frame.page_dpi(200.0, (1754, 1240), []) == pytest.approx(1240 / 8.27)


def test_a_tag_that_agrees_with_the_width_is_kept_exactly() -> None:
    # A flatbed's A4 at 300 dpi is 2481 px: the stated value, not 300.0x.
    assert frame.page_dpi(300.0, (3508, 2481), []) == 300.0
    # 15 % off is a scanner's own margin or a slightly cropped page, not a wrong tag.
    assert frame.page_dpi(175.0, (1754, 1240), []) == 175.0


def test_an_image_not_shaped_like_a4_keeps_its_tag() -> None:
    # A letter-sized flatbed scan, and a phone's 4:3 photo: the page need not fill them.
    assert frame.page_dpi(200.0, (2200, 1700), []) == 200.0
    assert frame.page_dpi(200.0, (1600, 1200), []) == 200.0


def test_a_page_cut_out_of_the_image_keeps_its_tag() -> None:
    for step in ("desk", "frame(x10-900)"):
        assert frame.page_dpi(200.0, (1754, 1240), [step]) == 200.0


def test_no_tag_reads_the_width() -> None:
    assert frame.page_dpi(None, (1600, 1200), []) == pytest.approx(1200 / 8.27)


def test_switch_off_keeps_the_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.KEPT - {features.APPSCAN_DPI})
    assert frame.page_dpi(200.0, (1754, 1240), []) == 200.0


def _app_page() -> Image.Image:
    """White A4 page at 150 dpi with rows of dark strokes (print), as an app saves it."""
    page = np.full((1754, 1240), 245, dtype=np.uint8)
    for top in range(150, 1600, 60):
        for left in range(120, 1100, 40):
            page[top : top + 22, left : left + 4] = 30
            page[top + 9 : top + 13, left : left + 20] = 30
    return Image.fromarray(page).convert("RGB")


def test_prepare_scales_the_app_page_from_its_true_resolution() -> None:
    prepared = preprocess.prepare(_app_page(), 200.0)
    # From 150 dpi to 300: twice, not the 1.5 a 200 dpi tag would give.
    assert prepared.scale == pytest.approx(2.0, abs=0.01)
