"""A low-resolution page's JPEG artefacts, softened before it is scaled up (ocr16).

A scanner's "document, 150 dpi, small file" setting stores a 10 pt syllable in ~20 px and
compresses hard (quality 20-35): each 8x8 block keeps few of its frequencies, so every
stroke carries block edges and a ring of light and dark ripples on the paper beside it.
`preprocess.scale_to_dpi` then enlarges the page twofold by cubic interpolation, which
keeps those ripples and steps as marks of a stroke's size: tesseract reads a short hyphen
lost among them ("252-24" as "25224"), 7 as "/", junk syllables beside a value. A light
Gaussian blur at the file's own resolution, before the enlargement, averages the ripples
out (they are a pixel or two wide) and rounds the steps, while a stroke of two pixels and
more keeps its contrast. Only a page that shows the ripples is softened (a clean
low-resolution page loses a little by it), and pages at 200 dpi and more are left alone:
their letters have the pixels to carry the artefacts.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from bot.ocr import features

Gray = NDArray[np.uint8]

# Below this resolution the page is scaled up 1.5x or more to 300 dpi.
UPSCALED_DPI = 200
# In the file's pixels: the ripples are 1-2 px wide, a stroke at 150 dpi 2-3 px.
SIGMA = 0.6
# Ripples: light grey (paper disturbed, not ink) more than two pixels from any ink, per
# pixel of ink. An anti-aliased edge is grey only next to its stroke, but the ringing of a
# quantised block spreads over the whole 8x8 block. Dev-renderer pages at 100-150 dpi
# measure 0.003-0.09 as PNG, 0.42-0.62 as greyscale JPEG at quality 18-34.
RIPPLE_SHARE = 0.2


def ripples(gray: Gray) -> float:
    """Light grey pixels away from the ink, per pixel of ink (`RIPPLE_SHARE`)."""
    ink = (gray < 128).astype(np.uint8)
    near = cv2.dilate(ink, np.ones((5, 5), np.uint8))
    light = (gray >= 200) & (gray <= 250) & (near == 0)
    return float(np.count_nonzero(light)) / max(1, int(np.count_nonzero(ink)))


def soften(gray: Gray, dpi: float, steps: list[str]) -> Gray:
    """`gray` blurred by `SIGMA` when it is to be scaled up and shows a JPEG's ripples,
    unless it was a 1-bit page (already softened by `preprocess.smooth_bilevel`)."""
    if not features.on(features.JPEG_SOFTEN) or dpi >= UPSCALED_DPI or "smooth" in steps:
        return gray
    if ripples(gray) < RIPPLE_SHARE:
        return gray
    steps.append("soften")
    return np.asarray(cv2.GaussianBlur(gray, (0, 0), SIGMA), dtype=np.uint8)
