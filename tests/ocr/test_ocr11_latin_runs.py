"""ocr11: digits or marks the Korean model reads for a trade name's Latin capitals ("114 꽃집"
for "HM 꽃집"), read again with `eng`; digits that are printed stay."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from bot.ocr.engine import Word, read_words
from bot.ocr.extract import extract, trade_name_value
from bot.ocr.latin import _runs, reread_capitals
from bot.ocr.layout import group_lines
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import korean_fonts


def _word(text: str, left: int, width: int, *, space: bool = True) -> Word:
    return Word(text, left, 100, width, 40, 0.9, (1, 1, 1), space_before=space)


def test_runs_where_a_name_starts() -> None:
    # A word of its own before the Hangul: its ink runs up to the Hangul's box.
    (run,) = _runs((_word("114", 700, 60), _word("꽃집", 800, 80)), 40.0)
    assert (run.text, run.left, run.right, run.skip) == ("114", 697, 798, 0)
    # Glued to the legal form's bracket, in a box that spans the Hangul after it: from the
    # bracket (dropped as the first blob) to where the next box starts.
    words = (
        _word("(", 700, 10),
        _word("주", 715, 35, space=False),
        _word(")8\\<", 755, 180, space=False),
        _word("산", 850, 40, space=False),
        _word("업", 890, 40, space=False),
    )
    (run,) = _runs(words, 40.0)
    assert (run.first, run.start, run.end, run.text, run.skip) == (2, 1, 4, "8\\<", 1)
    assert (run.left, run.right) == (752, 849)
    # After a written-out legal form; glued to the Hangul in one box (its extra width).
    (run,) = _runs((_word("주식회사", 700, 160), _word("05홀딩스", 880, 180)), 40.0)
    assert (run.first, run.text, run.left, run.right) == (1, "05", 877, 943)


def test_no_runs_where_letters_or_printed_digits_stand() -> None:
    # Capitals the Korean model did read; a branch's number; a number in the middle.
    assert _runs((_word("K치킨", 700, 130),), 40.0) == []
    assert _runs((_word("한빛마트", 700, 160), _word("2호점", 880, 120)), 40.0) == []
    assert _runs((_word("한빛", 700, 80), _word("24시", 800, 120, space=False)), 40.0) == []


def _line(name: str) -> tuple[NDArray[np.uint8], tuple[Word, ...]]:
    """A 상호 row rendered in the first Korean font, and the value's words as the reader
    finds them (tesseract's Korean model, then `extract`)."""
    faces = korean_fonts()
    if not faces:
        pytest.skip("no Korean font")
    path, index = faces[0].regular
    font = ImageFont.truetype(path, 42, index=index)
    page = Image.new("L", (1400, 160), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 50), "상      호 :", font=font, fill=0)
    draw.text((420, 50), name, font=font, fill=0)
    image = np.asarray(page, dtype=np.uint8)
    words = extract(group_lines(read_words(image, dpi=300))).boxes.get("trade_name")
    assert words is not None
    return image, words


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize("name", ["(주)DX물산", "KB 꽃집", "HM 애견"])
def test_leading_capitals_read_right(name: str) -> None:
    image, words = _line(name)
    found = reread_capitals(image, words, 300)
    value = trade_name_value(words)[0]
    if value != name:  # the Korean model misread them (it does, in every font installed)
        assert found is not None and found.words is not None
        value = trade_name_value(found.words)[0]
    assert value == name


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize("name", ["777마트", "1004 꽃집"])
def test_printed_leading_digits_kept(name: str) -> None:
    image, words = _line(name)
    assert trade_name_value(words)[0] == name
    found = reread_capitals(image, words, 300)
    # Read again, the digits read as digits: nothing replaced, nothing flagged.
    assert found is None or (found.words is None and not found.unsure)


@needs_tesseract
@pytest.mark.tesseract
def test_marks_eng_cannot_read_flag_the_field() -> None:
    # Marks where a name starts over blank paper: not replaced, but not trusted either.
    blank = np.full((400, 1400), 255, dtype=np.uint8)
    words = (_word("1*?", 700, 70), _word("산업", 770, 80, space=False))
    found = reread_capitals(blank, words, 300)
    assert found is not None and found.words is None and found.unsure
