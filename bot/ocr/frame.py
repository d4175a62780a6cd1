"""The certificate when it is only part of the image (ocr14): cut it out before reading.

Two captures put other things round the page:

- A phone's screenshot of a viewer (홈택스 app, a PDF viewer, a messenger's image viewer).
  A screen draws the page upright and unwarped, as an axis-aligned rectangle of one paper
  level, with the viewer's chrome round it: a status bar (time, battery), a title bar and
  a toolbar with Hangul labels, often a grey or black letterbox. None of that is the
  certificate, and the status bar's time or a toolbar label must never become a value. In
  dark mode the viewer may invert the page: light text on black. A screenshot carries no
  resolution, and a zoomed page is wider than the screen, so the page's width does not tell
  its scale; the letters' height does.
- A big flatbed scan (A3) with the certificate in one half and another paper beside it: the
  two papers' text lie side by side, and the reader would join their rows. On an A3 sheet
  whose file states its resolution (two A4 papers at their own size) the certificate is the
  paper whose print spans a page, and the sheet is read whole when both do (ocr18): the paper
  with more ink may be a form beside the certificate. On a sheet of one page's size (a
  copier's two-up, two pages at half size) or of no stated size, the part with more print.

`cut_out` finds the page (the largest axis-aligned rectangle of one paper level holding the
most print, inside the bars that span the screen) or the certificate's block of print
(the largest block of text among white space), crops to it and inverts a dark page.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps

from bot.ocr import (
    features,
    preprocess,  # its `orientation`; it calls `cut_out` (a cycle read at run time)
)

Gray = NDArray[np.uint8]

# The screenshot is searched shrunk to this width (a phone's 1080 px screen at half).
SMALL_WIDTH = 360
# Side, at that width, of the filter that wipes letters off the paper to leave its level:
# a body letter there is 3-8 px tall, a title's 10-14.
PAPER_KERNEL = 9
# Grey levels by which the paper changes across a page's edge (white page on a 232-242
# letterbox, a black inverted page on a #121212 viewer).
EDGE_STEP = 10
# Share of the rows (columns) along which a column (row) must step to be an edge.
EDGE_RUN = 0.15
# Candidate edges kept per axis, strongest first (a page's two, the bars', a letterbox's).
EDGE_CANDIDATES = 6
# Share of a page's side along which the paper must step for it to be a screen's edge.
STRAIGHT = 0.8
# Pixels (at `SMALL_WIDTH`) either side of a side where the two papers are compared: wider
# than a printed rule or a double frame shrunk (1-3 px).
STRADDLE = 4
# A page's paper is one level: this share of its pixels within `PAPER_SPREAD` of the median.
PAPER_SHARE = 0.85
PAPER_SPREAD = 8
# The page is at least this share of the screen, and a crop is made only when it leaves
# out more than `CROP_MIN` of it (a page already filling the frame is left alone).
PAGE_MIN = 0.2
CROP_MIN = 0.05
# A viewer's bars: a line spanning the whole screen's width within this share of its height
# from the top or the bottom (status and title bars take 5-12 % of a phone's height, a
# toolbar 5-9 %). A page's printed rules stop at its margins unless the page is zoomed.
BAR_BAND = 0.15
PHONE = 1.6
# A divider's row is one level across (spread under this) and this many levels apart from
# the rows two pixels away (a #ddd hairline on white, shrunk: 8-25).
DIVIDER_SPREAD = 6.0
DIVIDER_STEP = 5.0
# Two papers side by side: a sheet wider than this share of its height (A3 landscape 1.41;
# a page in portrait is 0.71) is searched, shrunk to `SCAN_WIDTH`, for a gutter from top to
# bottom at least `GUTTER` of its width wide (1.3 cm on A3; a certificate's widest gap
# between label and value is under 2 %), where columns hold at most `GUTTER_NOISE` of
# their height in print (dust). The smaller part must hold `SECOND_PAPER` of the print.
LANDSCAPE = 1.2
SCAN_WIDTH = 800
GUTTER = 0.03
GUTTER_NOISE = 0.003
SECOND_PAPER = 0.03
# Contrast between print and paper (grey levels) for a pixel to count as print.
INK_STEP = 60
# Share of the image's print a screen's page box must hold (the bars' icons and labels are the
# rest: on set 5's viewer screenshots up to a quarter of it); a panel between two folds holds a
# third (lead, session 9: set 4's creased pages, the only dev pages 0.6 changes). A single fold
# that leaves two thirds inside is not told apart by this.
INSIDE_PRINT = 0.6
# ocr18: a sheet whose file states its resolution has a known size. One at least this many A4
# page widths across (A3 landscape is 2.0: 420 mm; A4 landscape, a copier's two-up of two
# pages at half size, 1.41; B4 landscape 1.73 cannot hold two A4 side by side) holds papers at
# their own size, each half a page's width, and the part with more ink may be the other paper
# (a form dense with print beside the certificate): the certificate is the part whose print
# spans a page (`PAGE_PRINT`), and when both do the sheet is read whole, as a scanner's page
# (the letters are at the scale the reader expects).
FULL_PAGES = 1.8
# On such a sheet a part's print spans a page when its box is this share of a page's width and
# height: an A4 certificate's print is 0.8-0.9 of both (title to footer); a memo of a dozen
# lines is under 0.5 of the width and 0.35 of the height, a bankbook's page or a card smaller,
# a receipt narrow.
PAGE_PRINT = 0.6


def cut_out(
    rgb: Image.Image, dpi: float | None, gray: Gray
) -> tuple[Image.Image, float | None, str | None]:
    """The certificate's part of the image, its resolution, and the step's name (None when
    the image is left as it is: then `rgb` itself). `gray` is `rgb` in grey."""
    half = (
        side_by_side(gray, full_pages(gray.shape[1], dpi))  # ocr18: an A3 sheet's own rule
        if features.on(features.FRAME_SHEET)
        else None
    )
    if half is not None:
        left, right = half
        return rgb.crop((left, 0, right, rgb.height)), dpi, f"frame(x{left}-{right})"
    if dpi is not None:  # a scanner's file: no viewer round it
        return rgb, dpi, None
    box = screen_page(gray)
    if box is None:
        return rgb, dpi, None
    left, top, right, bottom = box
    page = rgb.crop(box)
    step = f"frame({right - left}x{bottom - top})"
    if dark_paper(gray[top:bottom, left:right]):
        page = ImageOps.invert(page.convert("RGB"))
        step += "+invert"
    # No resolution: the page's width in the crop tells it (`prepare`), as for a photo.
    return page, None, step


def side_by_side(gray: Gray, full: bool = False) -> tuple[int, int] | None:
    """(left, right) of the certificate's half of a sheet that holds two papers side by side
    (an A3 scan of the certificate beside a memo or a receipt), or None.

    Only a landscape sheet whose rows run across: a gutter free of print from top to bottom,
    wider than any gap within a page's rows, parts them; the certificate is the part with
    more print. A page lying on its side is not cut (its rows run down, and the gaps between
    them are gutters), it is turned later.

    `full`: the sheet is two pages wide at their own size (`full_pages`, ocr18). The
    certificate is then the part whose print spans a page (an A4 form's print box), the other
    paper a smaller thing (a memo, a bankbook's page, a card, a receipt); when both parts
    span a page (a consent form beside it), nothing tells which is the certificate, and the
    sheet is read whole."""
    h, w = gray.shape
    if w < LANDSCAPE * h:
        return None
    f = SCAN_WIDTH / w
    small = cv2.resize(gray, (SCAN_WIDTH, max(1, round(h * f))), interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(small, 90))
    inked = small < paper - INK_STEP
    ink = inked.sum(axis=0)
    empty = ink <= GUTTER_NOISE * small.shape[0]
    best: tuple[int, int] | None = None
    start = None
    for x, free in enumerate([*empty.tolist(), False]):
        if free and start is None:
            start = x
        elif not free and start is not None:
            inside = start > 0 and x < SCAN_WIDTH  # not the sheet's own margin
            if inside and (best is None or x - start > best[1] - best[0]):
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < GUTTER * SCAN_WIDTH:
        return None
    cut = (best[0] + best[1]) // 2
    left_ink, right_ink = int(ink[:cut].sum()), int(ink[cut:].sum())
    if min(left_ink, right_ink) < SECOND_PAPER * (left_ink + right_ink):
        return None  # a speck or a stamp beyond the gutter, not a second paper
    if preprocess.orientation(gray) % 2:  # asked last: it is the dearest look
        return None
    left = left_ink >= right_ink
    if full:
        page = SCAN_WIDTH // 2  # a page's width on a sheet two pages wide
        spans = (_spans_page(inked[:, :cut], page), _spans_page(inked[:, cut:], page))
        if spans[0] == spans[1]:
            return None  # two pages (or two small papers): read whole
        left = spans[0]
    return (0, round(cut / f)) if left else (round(cut / f), w)


def _spans_page(inked: NDArray[np.bool_], page_width: int) -> bool:
    """The part's print spans a page: its box (the 1st to the 99th percentile of its inked
    pixels each way, so a speck is no corner) is at least `PAGE_PRINT` of a page's width and
    of the sheet's height."""
    ys, xs = np.nonzero(inked)
    if ys.size == 0:
        return False
    y0, y1 = np.percentile(ys, (1, 99))
    x0, x1 = np.percentile(xs, (1, 99))
    return bool(x1 - x0 >= PAGE_PRINT * page_width and y1 - y0 >= PAGE_PRINT * inked.shape[0])


def full_pages(width: int, dpi: float | None) -> bool:
    """A sheet as wide as two pages side by side at their own size (A3 landscape), by the
    resolution its file states; a file with none (a screenshot, a forwarded photo) is not
    known to be (ocr18, switch `features.FRAME_A3`)."""
    if dpi is None or not features.on(features.FRAME_A3):
        return False
    return width / dpi >= FULL_PAGES * preprocess.A4_WIDTH_IN


def dark_paper(gray: Gray) -> bool:
    """Light print on a dark page: most of the page is darker than mid-grey."""
    return bool(np.median(gray) < 128)


def screen_page(gray: Gray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the page shown on a screen, or None when the page fills
    the image or no page-sized rectangle of one paper level is there."""
    h, w = gray.shape
    f = SMALL_WIDTH / w
    small: Gray = np.asarray(
        cv2.resize(gray, (SMALL_WIDTH, max(1, round(h * f))), interpolation=cv2.INTER_AREA),
        dtype=np.uint8,
    )
    kernel = np.ones((PAPER_KERNEL, PAPER_KERNEL), np.uint8)
    # The paper's level with the print wiped off: dark print by a closing, light print (an
    # inverted page, dark chrome's labels) by an opening.
    light = np.asarray(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), dtype=np.uint8)
    dark = np.asarray(cv2.morphologyEx(small, cv2.MORPH_OPEN, kernel), dtype=np.uint8)
    # Bars are a phone's (16:9 to 20:9 upright); on a page's shape a rule near its foot is print.
    top, bottom = _bars(small) if h >= PHONE * w else (0, small.shape[0])
    xs = _edges(light[top:bottom], dark[top:bottom], axis=1)
    ys = [top + y for y in _edges(light[top:bottom], dark[top:bottom], axis=0)]
    xs = sorted({0, SMALL_WIDTH, *xs})
    ys = sorted({top, bottom, *ys})
    ink_light = _running(small < light.astype(np.int16) - INK_STEP)
    ink_dark = _running(small > dark.astype(np.int16) + INK_STEP)
    # The paper levels worth trying: the commonest levels of each map, light and dark.
    papers = [
        (_running(np.abs(level.astype(np.int16) - paper) <= PAPER_SPREAD), ink)
        for level, ink, bright in ((light, ink_light, True), (dark, ink_dark, False))
        for paper in _common_levels(level, bright)
    ]
    straight = _straight_sides(small, (top, bottom))
    best: tuple[int, tuple[int, int, int, int], NDArray[np.int64]] | None = None
    area_min = PAGE_MIN * small.size
    for i, x0 in enumerate(xs):
        for x1 in xs[i + 1 :]:
            for j, y0 in enumerate(ys):
                for y1 in ys[j + 1 :]:
                    area = (x1 - x0) * (y1 - y0)
                    if area < area_min:
                        continue
                    if not straight((x0, y0, x1, y1)):
                        continue
                    for same, ink in papers:
                        if _sum(same, x0, y0, x1, y1) >= PAPER_SHARE * area:
                            count = _sum(ink, x0, y0, x1, y1)
                            if best is None or count > best[0]:
                                best = (count, (x0, y0, x1, y1), ink)
    if best is None:
        return None
    count, (x0, y0, x1, y1), inked = best
    if (x1 - x0) * (y1 - y0) > (1 - CROP_MIN) * small.size:
        return None
    # A viewer's bars and letterbox hold a few icons and labels; a fold or a shadow across a
    # page (a straight step of the paper too) leaves most of the certificate's print outside
    # the box. The page is the box only if it holds most of the print.
    if count < INSIDE_PRINT * _sum(inked, 0, 0, small.shape[1], small.shape[0]):
        return None
    return (round(x0 / f), round(y0 / f), min(w, round(x1 / f)), min(h, round(y1 / f)))


def _straight_sides(
    small: Gray, bars: tuple[int, int]
) -> Callable[[tuple[int, int, int, int]], bool]:
    """A test that a box's sides are edges a screen draws: where a side is not the image's
    border nor a bar's line, the paper steps along `STRAIGHT` of its length. A photo's page
    is turned and curved, so no box's sides follow it that far: it is left to `find_page`."""
    h, w = small.shape
    cols = np.zeros((h, w + 1), dtype=bool)
    rows = np.zeros((h + 1, w), dtype=bool)
    # The image itself, JPEG's ringing smoothed: the paper-level maps would turn a white
    # strip narrower than their filter (a margin outside a printed frame) dark.
    for level in (cv2.medianBlur(small, 5),):
        v = level.astype(np.int16)
        # The paper `STRADDLE` pixels either side of the boundary: across a page's edge two
        # levels (page and letterbox or bar), across a printed rule or frame the same paper.
        d = STRADDLE
        cols[:, d : w - d + 1] |= np.abs(v[:, 2 * d - 1 :] - v[:, : w - 2 * d + 1]) > EDGE_STEP
        rows[d : h - d + 1, :] |= np.abs(v[2 * d - 1 :, :] - v[: h - 2 * d + 1, :]) > EDGE_STEP
    down = np.vstack([np.zeros((1, w + 1), np.int64), np.cumsum(cols, axis=0)])
    across = np.hstack([np.zeros((h + 1, 1), np.int64), np.cumsum(rows, axis=1)])
    free_rows = {0, h, *bars}
    free_cols = {0, w}

    def test(box: tuple[int, int, int, int]) -> bool:
        x0, y0, x1, y1 = box
        for x in (x0, x1):
            if x not in free_cols and down[y1, x] - down[y0, x] < STRAIGHT * (y1 - y0):
                return False
        for y in (y0, y1):
            if y not in free_rows and across[y, x1] - across[y, x0] < STRAIGHT * (x1 - x0):
                return False
        return True

    return test


def _running(mask: NDArray[np.bool_]) -> NDArray[np.int64]:
    """A 2-D running sum, for the count inside any rectangle in four look-ups."""
    return np.cumsum(np.cumsum(mask, axis=0, dtype=np.int64), axis=1)


def _common_levels(level: Gray, bright: bool) -> list[int]:
    """The paper levels a page or a letterbox may have: the two commonest grey levels (in
    bins of the paper's spread) on the bright or the dark side."""
    counts = np.bincount(level.ravel(), minlength=256).astype(np.float64)
    side = counts[128:] if bright else counts[:128]
    smooth = np.convolve(side, np.ones(2 * PAPER_SPREAD + 1), mode="same")
    found: list[int] = []
    for pos in np.argsort(-smooth):
        if smooth[pos] < PAGE_MIN * level.size or len(found) == 2:
            break
        # The mode itself within the smoothed peak (the window's middle may sit beside it).
        lo = max(0, int(pos) - PAPER_SPREAD)
        mode = lo + int(np.argmax(side[lo : int(pos) + PAPER_SPREAD + 1]))
        if all(abs(mode - p) > PAPER_SPREAD for p in found):
            found.append(mode)
    return [p + 128 if bright else p for p in found]


def _sum(table: NDArray[np.int64], x0: int, y0: int, x1: int, y1: int) -> int:
    """Sum over [y0, y1) x [x0, x1) from a 2-D running sum."""
    total = int(table[y1 - 1, x1 - 1])
    if x0:
        total -= int(table[y1 - 1, x0 - 1])
    if y0:
        total -= int(table[y0 - 1, x1 - 1])
    if x0 and y0:
        total += int(table[y0 - 1, x0 - 1])
    return total


def _edges(light: Gray, dark: Gray, axis: int) -> list[int]:
    """Positions (columns for axis=1, rows for axis=0) where the paper's level steps along a
    good share of the image: a page's edge, a letterbox's, a bar's."""
    strength = np.zeros(light.shape[axis] + 1)
    for level in (light, dark):
        step = np.abs(np.diff(level.astype(np.int16), axis=axis)) > EDGE_STEP
        run = step.mean(axis=1 - axis)
        strength[1:-1] = np.maximum(strength[1:-1], run)
    found: list[int] = []
    for pos in np.argsort(-strength):
        if strength[pos] < EDGE_RUN or len(found) == EDGE_CANDIDATES:
            break
        if all(abs(int(pos) - p) > 3 for p in found):
            found.append(int(pos))
    return found


def _bars(small: Gray) -> tuple[int, int]:
    """Rows between the viewer's top and bottom bars when a line spanning the whole width
    marks them off (a hairline under a title bar or over a toolbar, often between a white
    bar and a white page, where no level steps), else the whole height."""
    h = small.shape[0]
    band = round(BAR_BAND * h)
    rows = small.astype(np.float32)
    mean = rows.mean(axis=1)
    # A line: one level across (no print in the row) and apart from the rows two away.
    level = rows.std(axis=1) < DIVIDER_SPREAD
    # Darker (or lighter) than both rows two away: a line, not the step between two levels.
    up, down = mean - np.roll(mean, 2), mean - np.roll(mean, -2)
    around = np.where(np.sign(up) == np.sign(down), np.minimum(np.abs(up), np.abs(down)), 0)
    line = np.flatnonzero(level & (around >= DIVIDER_STEP))
    top = max((int(r) + 2 for r in line if 2 <= r < band), default=0)
    bottom = min((int(r) - 1 for r in line if h - band <= r < h - 2), default=h)
    return top, bottom


# ocr27: a page that fills an A4-shaped image is an A4 page 210 mm across (a Korean business
# registration certificate is printed and issued on A4). Its width then tells the
# resolution better than the file's tag: a scanner app crops the photo to the page and
# writes a fixed tag (200 dpi on a 1240 x 1754 image, which is A4 at 150 dpi). Within
# `A4_SHAPE_TOLERANCE` of A4's 1:√2 the image is taken for the page; the tag is replaced
# only when the two disagree by more than `TAG_DISAGREES` (a tag within it is a scanner's
# own, kept so its thresholds see the stated value exactly).
A4_SHAPE_TOLERANCE = 0.015
TAG_DISAGREES = 0.20


def page_dpi(dpi: float | None, shape: tuple[int, ...], steps: list[str]) -> float:
    """The page's resolution: the file's tag, else its width's (an A4 page). The width's
    also when the page fills an A4-shaped image (nothing cut out round it: no viewer, no
    outline, no desk) and the tag is far from it (switch `features.APPSCAN_DPI`)."""
    height, width = shape[0], shape[1]
    from_width = width / preprocess.A4_WIDTH_IN
    if dpi is None:
        return from_width
    cut = any(
        step in ("perspective", "screen", "desk") or step.startswith("frame(") for step in steps
    )
    if cut or not features.on(features.APPSCAN_DPI):
        return dpi
    a4_shaped = abs(height / width / preprocess.A4_RATIO - 1) <= A4_SHAPE_TOLERANCE
    if a4_shaped and abs(dpi / from_width - 1) > TAG_DISAGREES:
        return from_width
    return dpi
