"""A light face on a ruled form (ocr16).

`preprocess.thin_print` measures the page's mean stroke as ink area over half its outline.
A ruled form's table rules are ink too, long and as wide as a regular face's stroke, so on
the older ruled certificate printed in a light face they pull the measure up past the cut
and the thin letters are left thin (tesseract then loses whole spaced labels: "개 업 연 월
일" read as ")” 엽 열 월일"). Measured again here with every run of ink far longer than a
letter taken out, the letters alone decide.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from bot.ocr import features, preprocess  # (preprocess calls this module: module import)

Gray = NDArray[np.uint8]


def without_rules(gray: Gray) -> Gray:
    """The page with its rules painted white: runs of ink a tenth of the page wide or a
    twentieth of it tall (letters at 300 dpi are ~45 px, an A4 page 2480 px wide), as
    `preprocess.remove_rules` finds them, but on any page, table or not."""
    w = gray.shape[1]
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, max(40, w // 10)), np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(40, w // 20), 1), np.uint8))
    rules = cv2.dilate(cv2.bitwise_or(across, down), np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return out


def thicken_ruled(gray: Gray, px_per_300dpi: float, steps: list[str]) -> Gray:
    """`gray` thickened as `preprocess.thicken` does when its letters, without the rules,
    are thin, unless the page was thickened already."""
    if not features.on(features.RULED_THIN) or any(s.startswith("thicken") for s in steps):
        return gray
    width = preprocess.thin_print(without_rules(gray), px_per_300dpi)
    if width is None:
        return gray
    steps.append(f"thicken_ruled({width:.1f})")
    return preprocess.thicken(gray)
