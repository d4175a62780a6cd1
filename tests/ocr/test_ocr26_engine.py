"""ocr26: the file tesseract is handed changes how fast it reads, never what it reads."""

from __future__ import annotations

import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.ocr import engine
from bot.ocr.engine import read_words
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import korean_fonts


def _page() -> np.ndarray:
    faces = korean_fonts()
    if not faces:
        pytest.skip("no Korean font")
    path, index = faces[0].regular
    font = ImageFont.truetype(path, 40, index=index)
    # An odd width and grey ink on a grey page: no row padding or threshold hides a slip.
    page = Image.new("L", (1203, 261), 236)
    draw = ImageDraw.Draw(page)
    draw.text((40, 30), "상 호 : 한빛상사 K치킨", font=font, fill=40)
    draw.text((40, 110), "개 업 연 월 일 : 2019 년 03 월 07 일", font=font, fill=70)
    draw.text((40, 190), "사업자등록번호 : 123-45-67890", font=font, fill=20)
    return np.asarray(page, dtype=np.uint8)


def _read_from_pgm(image: np.ndarray, psm: str, lang: str) -> tuple[str, str]:
    """The run as it was before ocr26: the same pixels handed over as a PGM file."""
    with tempfile.TemporaryDirectory() as tmp:
        source, base = Path(tmp) / "page.pgm", Path(tmp) / "out"
        cv2.imwrite(str(source), image)
        config = f"--psm {psm} --oem 1 --dpi 300 -c tessedit_create_tsv=1"
        pytesseract.pytesseract.run_tesseract(str(source), str(base), "txt", lang, config=config)
        return base.with_suffix(".txt").read_text("utf-8"), base.with_suffix(".tsv").read_text(
            "utf-8"
        )


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize(("psm", "lang"), [("6", "kor"), ("7", "eng")])
def test_same_words_as_from_a_pgm(psm: str, lang: str) -> None:
    image = _page() if psm == "6" else np.ascontiguousarray(_page()[170:250, :])
    assert engine._run(image, psm, 300, lang) == _read_from_pgm(image, psm, lang)
    words = read_words(image, psm=psm, lang=lang)
    assert words  # the page has text: an empty reading would compare equal too easily
