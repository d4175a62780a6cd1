"""A page lit on a screen, photographed (ocr21): found as the brightest sheet in the frame.

A merchant who has the certificate open on a monitor or a laptop photographs the screen.
The page is then a small part of the photo (a fifth to a tenth of the frame: the screen's
bezel, the viewer's dark surround, the desk and the wall round it), so `preprocess.find_page`,
which takes the largest bright region and wants it to be a quarter of the frame, takes the
screen or the wall, or nothing; the whole photo is then read as a 300 dpi page and its
letters shrink to a few pixels. But a lit page is the brightest thing in the photo, a white
sheet of a page's proportions on the darker screen: it is found by the paper's own level.
Once found it is flattened like a photographed page; its width then tells its resolution.
A photo whose brightest large region is no page-shaped, paper-bright sheet is left alone.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import features, preprocess  # (preprocess calls this module: module import)

Gray = NDArray[np.uint8]

# Searched shrunk to this long side, as `preprocess.find_page`.
SIDE = 600
# A page on a screen, photographed so its letters can be read, fills at least this share of
# the frame (a 4000 px photo of a 116 dpi page 1/25 of the frame leaves it ~100 dpi); from a
# quarter on it is `preprocess.find_page`'s.
MIN_SHARE = 0.04
MAX_SHARE = 0.25
# The sheet is this much brighter than just outside it (`preprocess.PAGE_OVER_DESK` is 20 for
# paper on a desk; a lit page on a viewer's grey or black stands 60-110 above it, and a
# printed frame or table inside the page measures below zero).
OVER_SURROUND = 40
# A page shown whole on a monitor (a viewer's "fit page" or 100 % zoom on a 96-120 dpi
# screen) is about this many screen pixels across: an A4 page's 8.3 in at ~115 dpi.
SCREEN_PAGE_PX = 950
# Never less blur than this (in the flattened page's pixels): a screen pixel photographed
# smaller than the camera's own is still spread over one or two of them by the lens.
MIN_SIGMA = 0.8


def find(gray: Gray) -> NDArray[np.float32] | None:
    """Corners (tl, tr, br, bl, in `gray`'s pixels) of the largest page-shaped outline taking
    `MIN_SHARE`-`MAX_SHARE` of the frame, inside it, with paper well over its surround; or
    None. Found by its edge, not by a threshold: glare makes one side of the page darker
    than the other, and a bright title bar joins its top."""
    h, w = gray.shape
    scale = SIDE / max(h, w)
    shrunk = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    small: Gray = np.asarray(cv2.GaussianBlur(shrunk, (5, 5), 0), dtype=np.uint8)
    edges = cv2.dilate(cv2.Canny(small, 20, 60), np.ones((3, 3), np.uint8))
    # Every outline, nested ones too: the page lies inside the screen's and the bezel's.
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    total = small.shape[0] * small.shape[1]
    edge = preprocess.PAGE_EDGE_MARGIN * max(small.shape)
    best: tuple[float, NDArray[np.float32]] | None = None
    for contour in contours:
        hull = cv2.convexHull(contour)
        area = cv2.contourArea(hull)
        if not MIN_SHARE * total <= area <= MAX_SHARE * total or (best and area <= best[0]):
            continue
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, closed=True), closed=True)
        if len(quad) != 4:
            continue
        corners = quad.reshape(4, 2)
        if preprocess._corners_on_frame(corners, small.shape, edge) >= 1:
            continue  # cut by the frame: not a whole sheet on a screen
        ordered = preprocess._order_corners(corners.astype(np.float32))
        if preprocess._page_shaped(ordered) and _stands_out(small, ordered):
            best = (area, ordered)
    return None if best is None else np.asarray(best[1] / scale, dtype=np.float32)


def _stands_out(small: Gray, corners: NDArray[np.float32]) -> bool:
    """The sheet is a lit page (`OVER_SURROUND` over its surround), or a page on a desk in a
    photo printed on white paper (`_printed`), which needs only what a page on a desk needs
    (`preprocess.PAGE_OVER_DESK`, ocr27: a pale page on a light desk stands 34 over it)."""
    over = _over_surround(small, corners)
    if over >= OVER_SURROUND:
        return True
    if not features.on(features.PRINTED_PHOTO):
        return False
    return over >= preprocess.PAGE_OVER_DESK and _printed(small, corners)


def _over_surround(small: Gray, corners: NDArray[np.float32]) -> float:
    """Median level just inside the outline minus just outside it (0 at the image's edge)."""
    contrast = preprocess.ring_contrast(small, corners, max(3, max(small.shape) // 60))
    return 0.0 if contrast is None else contrast


def corners(gray: Gray, steps: list[str]) -> NDArray[np.float32] | None:
    """`find` when the switch is on; a page found is noted "screen" in `steps`."""
    if not features.on(features.LIT_PAGE):
        return None
    found = find(gray)
    printed = features.on(features.PRINTED_PHOTO) and found is not None
    if found is not None and not (printed and printed_photo(gray, found)):
        steps.append("screen")
    return found


# ocr27: a photo of a page on a desk, printed on a sheet of white paper (a browser's or an
# app's "print to PDF" of the photo, the photo on the upper part of an A4 sheet). Its page
# is found here too (a page-shaped sheet, well over the desk round it, a fifth of the
# frame), but it is no screen: no pixel grid to smooth, and its print is ink to binarise.
# What a lit screen has and a printed sheet has not: the lit page is the brightest thing in
# its photo (a bezel, a viewer's grey, a room round it); the sheet's blank paper round a
# printed photo is as bright as the photographed page or brighter, over much of the frame.
# A share of the frame outside the page at least `PRINTED_MARGIN_SHARE` that is no darker
# than the page's paper (its median, less `PRINTED_MARGIN_SLACK` levels) is that sheet.
PRINTED_MARGIN_SHARE = 0.15
PRINTED_MARGIN_SLACK = 5


def printed_photo(gray: Gray, corners: NDArray[np.float32]) -> bool:
    """The outline found lies in a photo printed on white paper: much of the frame outside
    it is as bright as the page inside it."""
    h, w = gray.shape
    scale = SIDE / max(h, w)
    small = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    return _printed(np.asarray(small, dtype=np.uint8), corners * scale)


def _printed(small: Gray, corners: NDArray[np.float32]) -> bool:
    """`printed_photo` on the shrunk image, `corners` in its pixels."""
    inside = np.zeros(small.shape, np.uint8)
    cv2.fillPoly(inside, [np.round(corners).astype(np.int32)], 1)
    page = small[inside > 0]
    if page.size == 0:
        return False
    paper = float(np.percentile(page, 75))  # the paper, not its print
    outside = small[inside == 0]
    bright = int(np.count_nonzero(outside >= paper - PRINTED_MARGIN_SLACK))
    return bright >= PRINTED_MARGIN_SHARE * small.size


def unscreen(rgb: Image.Image, steps: list[str]) -> Image.Image:
    """The flattened page of a screen with the screen's pixel grid smoothed away.

    A photo of a screen records its pixels' grid (dark lines between the lit cells, and each
    cell's red, green and blue stripes as colour fringes on every letter) over the whole
    page, and the grid beats against the camera's own pixels into moiré stripes a few pixels
    apart: `preprocess.noise_sigma` measures them as noise, and `marks.lift_marks` takes
    the fringed letters for coloured pen (so `prepare` neither binarises a "screen" page
    nor lifts marks from it: a screen carries no ink). A blur of one screen pixel averages
    the grid, the fringes and most of the moiré out; the letters, drawn several screen
    pixels tall, keep their shape. The page shown whole on a monitor is `SCREEN_PAGE_PX`
    screen pixels across, so one of them is the flattened page's width over that."""
    if "screen" not in steps:
        return rgb
    sigma = max(MIN_SIGMA, rgb.width / SCREEN_PAGE_PX)
    return Image.fromarray(cv2.GaussianBlur(np.asarray(rgb), (0, 0), sigma))
