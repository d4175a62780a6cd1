"""ocr29: tesseract is not asked to read low-confidence lines again inverted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytesseract
import pytest

from bot.ocr import engine, features
from tests.support.certificates import render_image


def _configs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def run(_source: str, base: str, _ext: str, _lang: str, **kwargs: Any) -> None:
        seen.append(kwargs["config"])
        Path(base).with_suffix(".txt").write_text("", "utf-8")
        Path(base).with_suffix(".tsv").write_text("level\n", "utf-8")

    monkeypatch.setattr(pytesseract.pytesseract, "run_tesseract", run)
    return seen


def test_no_inverted_second_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _configs(monkeypatch)
    engine.read_words(np.full((40, 40), 255, np.uint8))
    assert seen and "tessedit_do_invert=0" in seen[0]


def test_switched_off_tesseract_inverts_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _configs(monkeypatch)
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.NO_INVERT})
    engine.read_words(np.full((40, 40), 255, np.uint8))
    assert seen and "tessedit_do_invert" not in seen[0]


def test_a_dark_on_light_line_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real tesseract: a printed line reads as before without the inverted second look."""
    img, truth = render_image(3, kind="individual", variant="clean", font="NanumGothic")
    gray = np.asarray(img.convert("L"), dtype=np.uint8)
    band = np.ascontiguousarray(gray[: gray.shape[0] // 4])
    on = "".join(w.text for w in engine.read_words(band))
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.NO_INVERT})
    off = "".join(w.text for w in engine.read_words(band))
    assert truth["fields"]["reg_no"].replace("-", "") in on.replace("-", "")
    assert on == off
