"""Coloured marks made on a printed certificate, turned back to paper before binarising.

A 사업자등록증 is printed in black or dark grey ink; whatever is added to the sheet afterwards
is coloured: a red 직인 or company stamp, a blue or violet date stamp, a blue ballpoint's
ticks, circles and signature, a yellow, green, pink or orange highlighter drawn across a row.
Ink on paper multiplies the light: where a mark crosses the print the print stays dark in
every channel, and where it lies on bare paper it is bright in its own colour's channel.

So, per pixel, after dividing each channel by the paper's local colour (a highlighter's band
becomes the paper there, and a letter under it keeps its grey):
- the brightest channel is the print's grey (a pink or yellow band is white in it);
- a pixel that is still far from grey (chroma) is a pen's or a stamp's ink, lifted to paper.
A black pen over black print cannot be told apart by colour: it is left alone.

Only a page with enough coloured pixels that the red channel would keep dark (blue, violet,
green) is changed: greyscale scans, clean colour captures (an even paper tint, a lamp's cast,
JPEG colour fringes) and pages with only red seals go through as before.

A page whose print itself is coloured is not marked: a copier or printer with one colour left
(a blue-ink copy) prints text, rules and seal in that colour, and lifting it would erase the
certificate. Marks are added to a printed page, so they are a minority of its dark ink; when
most of the dark ink is the marks' colour, it is the print (`COLOUR_PRINT_SHARE`), and the red
channel the reader reads keeps blue or violet print as dark as black. Dark navy print is duller
than a pen on bare paper (chroma 40-80), so its share is counted by the chroma the lift would
take away (`INK_CHROMA`), not by a pen's (ocr31).
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import features

Gray = NDArray[np.uint8]

# Chroma (brightest minus darkest channel, after the paper's colour is divided out) from which
# a pixel counts as a coloured mark when deciding whether a page has marks: a ballpoint's
# stroke measures 80-150, a stamp's ink 100-200, a highlighter on paper 100-180; black print
# in a JPEG photo 5-30 (its colour fringes), a lamp's uneven tint under 20 once divided out.
MARK_CHROMA = 60
# Share of the page's pixels that must be coloured for the page to have marks: a ballpoint
# scrawl across a trade name is 0.03 %, a stamp 0.3-1 %, a highlighted row 1-2 %.
MARK_SHARE = 0.0001
# Grey levels by which green or blue must outshine red (the paper's colour divided out) for a
# coloured pixel to call the rule. The reader reads the red channel (`preprocess.red_channel`),
# in which red, vermilion, pink, orange and yellow ink is already paper: a page with only those
# (the 세무서장's printed seal, a red 직인) reads as before, and so does a photo's brown desk
# or the fingers holding the page (red brightest too). Blue, violet and green ink, which the
# red channel keeps as dark as print, calls for the rule.
RED_MARGIN = 30
# Share of the page's dark pixels (darkest channel below `DARK_INK`, the paper divided out) that
# must be in the marks' colours for the print itself to be coloured: a ballpoint's signature, a
# date stamp or a company stamp on a black-printed page is 1-30 % of its dark ink; a one-colour
# copy is nearly all of it.
COLOUR_PRINT_SHARE = 0.5
DARK_INK = 128
# Pixels looked at when deciding: every fourth one each way (the decision costs a few ms).
GATE_STEP = 4
# Chroma below which a pixel is grey print or paper and is kept at its brightest channel.
INK_CHROMA = 24
# Grey levels added per level of chroma above `INK_CHROMA`: a ballpoint's darkest blue
# (25, 30, 90) reaches the paper's white, a letter's edge under a pen stays grey.
LIFT = 4
# Side of the window, as a share of the page's width, in which the paper's local colour is
# its brightest pixel: wider than a bold title's stroke (1.5 mm, 0.7 % of A4's width) so a
# letter is never taken for paper, narrower than a highlighter's band (5-8 mm).
PAPER_WINDOW = 0.012
# The paper's colour is never taken darker than this (a shadow's or a stamp's solid ink):
# dividing by less would turn noise into contrast.
PAPER_FLOOR = 64


def has_marks(rgb: NDArray[np.uint8]) -> bool:
    """Enough pixels far from the page's own paper colour, and greener or bluer than red, to
    be marks the red channel alone would keep."""
    small = rgb[::GATE_STEP, ::GATE_STEP]
    if not np.any(small.max(axis=2) - small.min(axis=2) > MARK_CHROMA // 4):
        return False  # a greyscale page (every channel equal) stops here
    sample = small.astype(np.float32)
    # The paper's colour is what most of the page is: dividing it out leaves a tint or a
    # lamp's cast grey, so only colour that differs from the paper's counts.
    paper = np.maximum(np.percentile(sample.reshape(-1, 3), 90, axis=0), PAPER_FLOOR)
    balanced = sample * (255.0 / paper)
    chroma = balanced.max(axis=2) - balanced.min(axis=2)
    bluer = balanced[..., 1:].max(axis=2) - balanced[..., 0]
    kept_dark = (chroma > MARK_CHROMA) & (bluer > RED_MARGIN)
    marked = np.count_nonzero(kept_dark)
    if marked < MARK_SHARE * chroma.size:
        return False
    if features.on(features.COLOUR_PRINT):
        dark = balanced.min(axis=2) < DARK_INK
        hued = kept_dark
        if features.on(features.INK_HUE):
            # ocr31: a dark navy stroke measures chroma 40-80 (balanced (95, 115, 150)), under
            # a pen's `MARK_CHROMA`, yet `lift_marks` lifts all of it (above `INK_CHROMA`):
            # the print's share is counted by what the lift would take, in the marks' hue.
            hued = (chroma > INK_CHROMA) & (bluer > RED_MARGIN)
        if np.count_nonzero(hued & dark) >= COLOUR_PRINT_SHARE * np.count_nonzero(dark):
            return False  # the print itself is in the marks' colour: nothing to lift
    return True


def lift_marks(rgb: Image.Image) -> Gray | None:
    """The page in grey with its coloured marks turned to paper; None if it has none."""
    arr = np.asarray(rgb, dtype=np.uint8)
    if arr.ndim != 3 or not has_marks(arr):
        return None
    side = max(3, round(arr.shape[1] * PAPER_WINDOW) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (side, side))
    paper = np.maximum(cv2.dilate(arr, kernel), np.uint8(PAPER_FLOOR))
    # In bytes throughout (saturating division, channel max/min): a few passes over the page.
    balanced = cv2.divide(arr, paper, scale=255.0)
    # The channels' max and min two planes at a time: numpy's reduction over the last axis
    # of an interleaved image is ~4x slower (0.5 s on a 12 MP photo) for the same bytes.
    red, green, blue = cv2.split(balanced)
    brightest = cv2.max(cv2.max(red, green), blue)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(red, green), blue))
    # ocr28: brightest + LIFT * max(chroma - INK_CHROMA, 0), clipped to 255, as a table
    # lookup and OpenCV's saturating 8-bit sum: a lift of 255 or more takes the pixel to
    # paper either way, so the bytes are the same, without four 16-bit copies of the page.
    return np.asarray(cv2.add(brightest, cv2.LUT(chroma, _LIFTS)), dtype=np.uint8)


# ocr28: the lift for each level of chroma, stopped at 255.
_LIFTS = np.minimum(LIFT * np.maximum(np.arange(256) - INK_CHROMA, 0), 255).astype(np.uint8)
