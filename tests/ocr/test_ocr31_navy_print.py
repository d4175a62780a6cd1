"""ocr31: a certificate printed in one dull dark ink (navy) is the print, not pen marks: its
darkest strokes measure less chroma than a pen's on bare paper, yet `lift_marks` would lift
all of them (bot/ocr/marks.py `has_marks`, `features.INK_HUE`)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from bot.ocr import features
from bot.ocr.marks import has_marks
from tests.support.certificates import render_image

# Navy print as a scanner sees it: a dull blue (chroma about 60 at full ink, under a pen's
# `MARK_CHROMA` for most pixels once the scanner's noise is added).
NAVY = (75, 90, 135)
BLUE_PEN = (32, 64, 150)


def _navy_copy(seed: int) -> NDArray[np.uint8]:
    img, _ = render_image(seed, kind="individual", variant="clean", font="NanumGothic")
    grey = np.asarray(img.convert("L"), dtype=np.float32)[..., None]
    ink = np.asarray(NAVY, dtype=np.float32)
    page = 255.0 - (255.0 - grey) * (255.0 - ink) / 255.0
    noise = np.random.default_rng(seed).normal(0.0, 12.0, page.shape)
    return np.asarray(np.clip(page + noise, 0, 255), dtype=np.uint8)


def _with(monkeypatch: pytest.MonkeyPatch, *, rule: bool) -> None:
    enabled = features.KEPT if rule else features.KEPT - {features.INK_HUE}
    monkeypatch.setattr(features, "ENABLED", enabled)


def test_a_navy_printed_page_has_no_marks_only_with_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _navy_copy(31)
    _with(monkeypatch, rule=True)
    assert not has_marks(page)
    _with(monkeypatch, rule=False)
    assert has_marks(page)  # before: only the noisiest navy pixels counted as print's colour


def test_a_blue_pen_on_black_print_is_still_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    img, _ = render_image(32, kind="individual", variant="clean", font="NanumGothic")
    page = np.asarray(img.convert("RGB"), dtype=np.uint8).copy()
    page[700:712, 400:1400] = BLUE_PEN  # a ballpoint's stroke across a row
    page[900:906, 300:1100] = NAVY  # and a duller one
    _with(monkeypatch, rule=True)
    assert has_marks(page)
