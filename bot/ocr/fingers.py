"""Fingers holding a photographed page (ocr16).

A page photographed in the hand has a thumb or fingers over its margin. Skin is no paper
colour: warm (red over blue) far more than any paper, lit or not. It is hidden twice: as
desk (dark) while the page's outline is looked for, since a bright thumb over the page's
edge bends the outline that `preprocess.find_page` fits (the hull takes the thumb in and the
page is flattened askew); and, once the page is flattened, as paper (white) where it reaches
in from the page's edge (the hand is outside the page), since its shaded rim is otherwise
read as letters merged into the nearest field. Inside the page only the edge decides: a
faded red seal can be as warm as skin.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import features

Gray = NDArray[np.uint8]

# Skin in YCrCb (ITU-R BT.601, as OpenCV converts): red-difference at least this ...
SKIN_CR = 140
# ... and at least this far above the blue-difference. White or cream paper, grey desks
# and black ink measure 0-20 (a warm page under a lamp up to ~25); skin, lit or shaded,
# 35-60.
SKIN_WARMTH = 32
# Too dark to judge a colour (a shadow, the desk's darkest grain).
SKIN_MIN_LUMA = 50
# Analysed on the frame shrunk to this long side: a thumb is tens of pixels there.
SIDE = 600
# A hand's region is at least this share of the frame (a thumb in a 12 MP photo of an A4
# page is ~1 %) and at most this (more is the page itself under a warm light, or a wooden
# desk: no finger to hide then).
MIN_SHARE = 0.003
MAX_SHARE = 0.15
# Grown by this share of the long side: the thumb's shaded rim is darker and less warm.
RIM = 0.006


def skin(rgb: Image.Image, from_edge: bool) -> Gray | None:
    """A mask (255 = skin) of the frame's size of the hand-sized skin-coloured regions (only
    those that reach in from the frame's edge when `from_edge`), or None when there are none."""
    w, h = rgb.size
    # Block averages (`reduce`): a tenth of a resampling filter's cost on a 12 MP photo.
    small = np.asarray(rgb.reduce(max(1, max(w, h) // SIDE)))
    ycc = cv2.cvtColor(np.ascontiguousarray(small, dtype=np.uint8), cv2.COLOR_RGB2YCrCb)
    luma, cr, cb = (ycc[..., i].astype(np.int16) for i in range(3))
    warm = (cr >= SKIN_CR) & (cr - cb >= SKIN_WARMTH) & (luma >= SKIN_MIN_LUMA)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(warm.astype(np.uint8))
    sh, sw = warm.shape
    keep = np.zeros(count, dtype=bool)
    for i in range(1, count):
        x, y, cw, ch, area = (int(v) for v in stats[i])
        edge = x == 0 or y == 0 or x + cw >= sw or y + ch >= sh
        keep[i] = (edge or not from_edge) and MIN_SHARE * sw * sh <= area <= MAX_SHARE * sw * sh
    if not keep.any():
        return None
    found = np.where(keep[labels], 255, 0).astype(np.uint8)
    grow = max(1, round(RIM * SIDE))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * grow + 1, 2 * grow + 1))
    grown = cv2.dilate(found, kernel)
    return np.asarray(cv2.resize(grown, (w, h), interpolation=cv2.INTER_NEAREST), dtype=np.uint8)


def hide(rgb: Image.Image, gray: Gray, steps: list[str]) -> Gray:
    """`gray` with the hand's skin (found in `rgb`, of the same size) dark as the desk, for
    finding the page's outline."""
    if not features.on(features.FINGERS):
        return gray
    return _paint(skin(rgb, from_edge=False), gray, 0, steps)


def whiten(rgb: Image.Image, gray: Gray, steps: list[str]) -> Gray:
    """`gray` (of the flattened page `rgb`) with skin reaching in from the edge made paper."""
    if not features.on(features.FINGERS):
        return gray
    return _paint(skin(rgb, from_edge=True), gray, 255, steps)


def _paint(mask: Gray | None, gray: Gray, level: int, steps: list[str]) -> Gray:
    if mask is None or mask.shape != gray.shape:
        return gray
    out = gray.copy()
    out[mask > 0] = level
    steps.append(f"fingers({level})")
    return out
