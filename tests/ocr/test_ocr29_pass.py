"""ocr29: the page pass reads a page with tall letters shrunk, its boxes in the page's pixels."""

from __future__ import annotations

import pytest

from bot.ocr import engine, features
from bot.ocr.engine import PASS_LETTER_PX, PASS_MIN_SHRINK, pass_shrink, read_page
from bot.ocr.layout import group_lines
from bot.ocr.preprocess import prepare
from tests.support.certificates import render_image


@pytest.mark.parametrize(
    ("letter_px", "shrink"),
    [
        (0.0, 1.0),  # not measured
        (PASS_LETTER_PX, 1.0),  # small enough already
        (31.0, 1.0),  # a resize for 3 % is not worth it
        (40.0, 0.75),  # 10-12 pt print at 300 dpi
        (100.0, PASS_MIN_SHRINK),  # a seal counted among the letters: no further
    ],
)
def test_shrink_follows_the_letters(letter_px: float, shrink: float) -> None:
    assert pass_shrink(letter_px) == pytest.approx(shrink)


def test_the_pass_is_on() -> None:
    assert features.on(features.PASS_SHRINK)


def _text(words: list[engine.Word]) -> str:
    return "".join(w.text for w in words)


def test_shrunk_pass_reads_the_page_with_boxes_on_it() -> None:
    img, truth = render_image(7, kind="individual", variant="clean", font="NanumGothic")
    prepared = prepare(img, 300.0)
    assert prepared.letter_px > PASS_LETTER_PX  # a 300-dpi page's print is measured
    shrink = pass_shrink(prepared.letter_px)
    assert shrink < 1.0
    full = read_page(prepared.image, prepared.dpi)
    small = read_page(prepared.image, prepared.dpi, shrink)
    reg_no = truth["fields"]["reg_no"]
    assert reg_no.replace("-", "") in _text(small).replace("-", "")
    # Each word of the registration number lies where the full-size pass put it, in the
    # page's own pixels (not the shrunk page's: those would be a quarter off).
    h, w = prepared.image.shape

    def where(words: list[engine.Word]) -> tuple[int, int]:
        lines = group_lines(words)
        for line in lines:
            text = "".join(x.text for x in line.words).replace("-", "")
            if reg_no.replace("-", "") in text:
                return line.words[-1].right, line.words[0].top
        raise AssertionError("registration number not read")

    (right_full, top_full), (right_small, top_small) = where(full), where(small)
    assert abs(right_full - right_small) <= 0.01 * w
    assert abs(top_full - top_small) <= 0.01 * h
    assert max(word.right for word in small) <= w
    assert max(word.bottom for word in small) <= h
