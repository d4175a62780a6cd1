"""The desk round a page that was not cut out, painted white (ocr24).

A photo whose page the reader could not outline (`preprocess.find_page` and the others
found no four clean corners: a sleeve's welded edge round it, a page run off the frame),
and a scanner app's output cut a little outside the page, keep strips of desk, cloth or a
sleeve beside the paper. Tesseract reads the page as one block of text (psm 6), so the
grain and the shadows of such a strip come out as letters at the head of every row ("개
상 호 : 새봄"), and the labels are no longer where a row starts.

A sheet of paper is brighter than what it lies on and its edge is a step: the paper's
level (the lightest level within a letter's reach) drops across it within a few pixels.
Light falling off across a page (a lamp, a lens's vignetting) darkens it too, but
gradually, so the step is what tells a desk from a dim corner of the page.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

Gray = NDArray[np.uint8]

# The paper's level is measured on the image shrunk this many times.
SHRINK = 8
# Grey levels by which the paper must outshine the desk at all (as `preprocess.find_page`).
DESK_CONTRAST = 40
# ... and across the edge: the median of a band on the paper's side against one on the
# desk's side, each `EDGE_BAND` shrunk pixels wide and as far from the edge (~3-7 mm on a
# photo's page). A page edge measures 40 and more; light falling off towards a corner
# changes by a few grey levels over that distance.
EDGE_STEP = 20
EDGE_BAND = (3, 7)
# The desk is a border round the page: at most this share of the image (else the bright
# region is not a page lying on something, and nothing is painted).
MAX_DESK_AREA = 0.45
# Shrunk pixels by which the painted desk is widened into the page: the edge's own ramp
# and shadow (the level's midpoint, where the mask ends, is the edge itself).
EDGE_GROW = 1


def desk_mask(gray: Gray) -> NDArray[np.bool_] | None:
    """The desk at the image's border, on the shrunk image; None when there is none."""
    h, w = gray.shape
    small = cv2.resize(
        gray, (max(1, w // SHRINK), max(1, h // SHRINK)), interpolation=cv2.INTER_AREA
    )
    if min(small.shape) < 40:
        return None
    k = max(3, (min(h, w) // 40 // SHRINK) | 1)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    _, dark = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    low = dark > 0
    if not low.any() or low.all():
        return None
    if float(np.median(paper[~low])) - float(np.median(paper[low])) < DESK_CONTRAST:
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8))
    sh, sw = small.shape
    border = np.zeros(count, dtype=bool)
    for i in range(1, count):
        x, y, bw, bh = stats[i, :4]
        border[i] = x == 0 or y == 0 or x + bw >= sw or y + bh >= sh
    desk = border[labels]
    share = float(desk.mean())
    if share == 0 or share > MAX_DESK_AREA:
        return None
    # A step at the edge, not light falling off: compare bands either side of it.
    near, far = EDGE_BAND
    page_side = cv2.distanceTransform((~desk).astype(np.uint8), cv2.DIST_L2, 3)
    desk_side = cv2.distanceTransform(desk.astype(np.uint8), cv2.DIST_L2, 3)
    inside = small[(page_side >= near) & (page_side <= far)]
    outside = small[(desk_side >= near) & (desk_side <= far)]
    if inside.size == 0 or outside.size == 0:
        return None
    if float(np.median(inside)) - float(np.median(outside)) < EDGE_STEP:
        return None
    grown = cv2.dilate(desk.astype(np.uint8), np.ones((2 * EDGE_GROW + 1,) * 2, np.uint8))
    return np.asarray(grown > 0)


def clear_desk(gray: Gray) -> tuple[Gray, bool]:
    """The image with the desk round the page painted white, and whether there was one."""
    desk = desk_mask(gray)
    if desk is None:
        return gray, False
    h, w = gray.shape
    full = cv2.resize(desk.astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST)
    out = gray.copy()
    out[full > 0] = 255
    return out, True
