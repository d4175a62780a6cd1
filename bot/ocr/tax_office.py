"""A second look at the tax office title (`영 등 포 세 무 서 장`) on its own.

The title is twice the body size and spread wide; in the full-page pass tesseract often
reads it as loose garbage. Cropped, shrunk to body size and read as one line, it comes out.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from numpy.typing import NDArray

from bot.ocr.engine import read_words
from bot.ocr.layout import Line, mean_conf
from bot.ocr.reading import FieldReading
from bot.ocr.values import parse_date
from bot.ocr.world import TAX_OFFICES

FLAG_PARTIAL = "partial"

TAX_OFFICE = re.compile(r"([가-힣]{1,5}?)세[무부]?[서시석]")


def find_in_lines(lines: list[Line], after: int) -> tuple[int, FieldReading] | None:
    for i in range(len(lines) - 1, after, -1):
        m = TAX_OFFICE.search(lines[i].hangul)
        if m and not lines[i].hangul.startswith("국세청"):
            return i, FieldReading(m.group(1) + "세무서", lines[i].conf)
    return None


def reread(image: NDArray[np.uint8], lines: list[Line], after: int) -> FieldReading | None:
    """OCR the band under the issue date (the last date on the page) as one line."""
    date_line = next((line for line in reversed(lines[after + 1 :]) if parse_date(line.text)), None)
    if date_line is None:
        return None
    height = date_line.height
    top = int(date_line.top + 1.5 * height)
    bottom = int(min(image.shape[0], date_line.top + 8 * height))
    if bottom - top < height:
        return None
    # Leave out the page border's vertical lines, which the line model reads as letters.
    width = image.shape[1]
    band = image[top:bottom, width // 12 : width - width // 12]
    # The title letters are about twice the body's: halve them back to what the model likes.
    small = cv2.resize(band, (band.shape[1] // 2, band.shape[0] // 2), interpolation=cv2.INTER_AREA)
    words = read_words(np.ascontiguousarray(small, dtype=np.uint8), psm="7")
    compact = "".join(re.findall(r"[가-힣]", "".join(w.text for w in words)))
    m = TAX_OFFICE.search(compact)
    if m is None:
        return None
    return FieldReading(m.group(1) + "세무서", mean_conf(words))


def under_the_seal(lines: list[Line], after: int) -> FieldReading | None:
    """The office when only its name and the first letter of 세무서장 survive.

    The office's seal is stamped over the end of the 세무서장 title, and on a 1-bit copy it
    turns into black strokes across "무서장". A listed office's name followed by "세" on a
    line after the body is that title; the value is for the merchant to check.
    """
    names = sorted((office[: -len("세무서")] for office in TAX_OFFICES), key=len, reverse=True)
    for i in range(len(lines) - 1, after, -1):
        hangul = lines[i].hangul
        if hangul.startswith("국세청"):
            continue
        for name in names:
            if f"{name}세" in hangul:
                return FieldReading(f"{name}세무서", lines[i].conf * 0.8, (FLAG_PARTIAL,))
    return None
