"""Image clean-up before tesseract; each step is kept only because the benchmark showed it helps.

See docs/performance.md "Certificate OCR" for the figures behind each choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from bot.ocr import desk, features, frame, lit_page, veil
from bot.ocr.layout import align_label_cells, component_boxes, horizontal_rules
from bot.ocr.marks import lift_marks

Gray = NDArray[np.uint8]

A4_WIDTH_IN = 8.27
A4_RATIO = 297 / 210
TARGET_DPI = 300
# The most pixels tesseract is given: A4 at 300 dpi is 8.7 MP, US legal 10 MP. Scaling up a
# narrow or low-dpi page stops here, so no upload can make the pipeline allocate more.
MAX_SCALED_PIXELS = 12_000_000
# Side of the square tiles in which `blur_flat_aware` looks for background of one level.
FLAT_TILE = 256
# Rows per band when estimating noise: the float filter response stays a few MB.
_NOISE_BAND = 512
# Immerkær noise estimate (grey levels) above which a scan is binarized. Clean, blurred,
# JPEG, low-resolution and (softened) 1-bit pages measure 0.0-0.8 on the dev renderer; noisy
# scans 8-10, and noisy scans that went through a phone's JPEG only 1.1-2.9 (the JPEG smooths
# the grain the estimate sees), which is why the cut is 1.0 and not 5 (third round).
NOISE_BINARIZE = 1.0
# Share of the frame within which a corner of the found page counts as on the frame's edge.
PAGE_EDGE_MARGIN = 0.01
# Grey levels by which the paper just inside an outline found by its edges must outshine
# what lies just outside it: photos on a light desk measure 30-50 on set 3, a frame or
# table printed on a page -20-0 on the 2026 set.
PAGE_OVER_DESK = 20
# Below this resolution a page is binarized only when as noisy as `NOISE_BINARIZE_LOWRES`:
# thresholding a page upscaled 2x or more breaks its letters (docs/performance.md).
LOWRES_DPI = 150
NOISE_BINARIZE_LOWRES = 5.0
# Horizontal rules that make a page a ruled table (two page frames give four).
MIN_TABLE_RULES = 6
# Horizontal rules with the same two ends that make a small table (a head and a row of
# 업태 | 종목): a rectangle, such as a page frame, has only two.
MIN_ALIGNED_RULES = 3
# How far apart, as a share of the page width, two rules' ends may be and still be one table.
RULE_END_TOLERANCE = 0.005
# A column rule stands at least this share of the page width inside the table's ends (a
# frame's own sides, or a double frame's inner one, stand at them).
COLUMN_MARGIN = 0.03
# A page is 1-bit (fax, bilevel office scan) when almost no pixel is between black and white.
BILEVEL_GREY_SHARE = 0.001
# Security paper: light marks away from any stroke, per pixel of dark ink, above which the
# page has a printed background pattern (text alone: under 0.1; scan noise: under 0.4;
# wavy security lines: 2 and more).
PATTERN_RATIO = 1.0
# Grey level, as a share of the way from ink to paper, above which a patterned page is white.
PATTERN_CLIP = 0.6
# Gaussian sigma, in the file's own pixels, that gives a 1-bit page back the grey edges a
# scanner would have recorded (docs/performance.md, "third round").
BILEVEL_SIGMA = 0.6
# Specks: dark components at most this many pixels across at 300 dpi (a comma is 8-10).
SPECK_SIDE_300DPI = 3
# Share of all dark components that are specks above which a page is despeckled: faxes and
# worn copies measure 0.38-0.76 on set 3, photos, scans and screenshots 0.00-0.19.
SPECK_SHARE = 0.3
# Grey levels by which a column's paper must be darker than the page's to count as a streak.
STREAK_DEPTH = 12
# ocr9: the mean stroke, in pixels at 300 dpi, below which a page's print is thin (a Light
# weight, or a print worn thin): its strokes are thickened by a pixel each side. A light
# face measures 3.4-4.0 px there on a scan or a rendered page (4.1-4.2 in a phone photo,
# whose blur widens it), a serif face's hairlines bring a regular one to 4.2-4.5, and
# gothic faces measure 4.9-7 px (0.4-0.6 mm). At 4.5 the serif pages were thickened too:
# that lost 4 fields on the old set (docs/decisions.md, ocr9).
THIN_STROKE_300DPI = 4.1
# ... and below this share of the letters' height: a light face 0.08-0.11, regular and bold
# faces 0.11-0.14 on a page filling the frame, small letters on a screen 0.2 and more.
THIN_STROKE_SHARE = 0.11
# ocr12: degrees either way within which `skew_angle` looks for the text rows' tilt. A scanner
# tilts a page by a degree or two, but a phone held over a page on a desk or a clipboard
# turns it by 10-20 degrees, and a copy made from a page laid crooked on the glass has its
# print turned on the sheet, so flattening the sheet does not level the print. The rows
# themselves decide: the search spans the tilts a photo has, not only a scanner's.
SKEW_LIMIT = 20.0
# The most a scanner or a copier's feeder turns a page (the search's old bound): within it
# the whole ink, rules and frame too, measures the tilt.
SCANNER_TILT = 5.0
# Marks, in pixels on the page shrunk to 1000 px (A4 at ~85 dpi), that count as letters when
# measuring the tilt: a body letter's pieces are 3-12, a title's 20-30.
SKEW_GLYPH_MIN = 3
SKEW_GLYPH_MAX = 40


@dataclass
class Prepared:
    image: Gray
    scale: float
    dpi: int
    steps: list[str] = field(default_factory=list)


def red_channel(rgb: Image.Image) -> Gray:
    """The red channel: the red 직인 seal turns nearly white there while black ink stays."""
    return np.asarray(rgb.getchannel("R"), dtype=np.uint8)


def _order_corners(pts: NDArray[np.float32]) -> NDArray[np.float32]:
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
        dtype=np.float32,
    )


@dataclass(frozen=True)
class _LitQuad:
    """The biggest bright region of a 600 px copy of a page image, as a quadrilateral."""

    sharp: NDArray[Any]  # the 600 px copy
    small: NDArray[Any]  # the same, blurred (what the region was thresholded on)
    mask: NDArray[Any]  # the bright pixels (Otsu)
    corners: NDArray[Any]  # the quadrilateral's corners, 600 px coordinates
    scale: float  # 600 px copy / image

    @property
    def on_frame(self) -> int:
        return _corners_on_frame(
            self.corners, self.small.shape, PAGE_EDGE_MARGIN * max(self.small.shape)
        )


def _lit_quad(gray: Gray) -> _LitQuad | None:
    """The bright region `find_page` and `cut_sheet` look at: the biggest one above Otsu's
    threshold, between a quarter and 95 % of the image (below a quarter it is not the page;
    above 95 % the page fills the frame: nothing to fix), whose hull is a quadrilateral."""
    h, w = gray.shape
    scale = 600 / max(h, w)
    sharp = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(sharp, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    biggest = max(contours, key=cv2.contourArea)
    total = small.shape[0] * small.shape[1]
    if not 0.25 * total < cv2.contourArea(biggest) < 0.95 * total:
        return None
    hull = cv2.convexHull(biggest)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, closed=True), closed=True)
    if len(quad) != 4:
        return None
    return _LitQuad(sharp, small, mask, quad.reshape(4, 2), scale)


def find_page(gray: Gray) -> NDArray[np.float32] | None:
    """Corners of a bright page on a darker background (a photo), or None (a scan)."""
    lit = _lit_quad(gray)
    if lit is None:
        return None
    if float(lit.small[lit.mask > 0].mean()) - float(lit.small[lit.mask == 0].mean()) < 40:
        return None
    # A page photographed on a desk lies inside the frame. A lit region with two corners on
    # the frame's edge is a scan with light falling off across it, not a page to flatten.
    if lit.on_frame >= 2:
        return None
    return _order_corners(lit.corners.astype(np.float32) / lit.scale)


def _corners_on_frame(corners: NDArray[Any], shape: tuple[int, ...], edge: float) -> int:
    """How many of a quadrilateral's corners lie within ``edge`` pixels of the image's frame:
    two or more means a lit region cut by the frame (a scan's light fall-off), not a page."""
    on_edge = (
        (corners[:, 0] < edge)
        | (corners[:, 1] < edge)
        | (corners[:, 0] > shape[1] - 1 - edge)
        | (corners[:, 1] > shape[0] - 1 - edge)
    )
    return int(on_edge.sum())


# ocr31: a sheet photographed on a desk and cut by the frame's edge. Its lit region has two
# corners on the frame, as a scan's light fall-off has; what tells them apart is what lies on
# the dark side away from the step: a desk carries no print, a scan's darker paper carries the
# page's lines on. Dark-on-light detail (a 7 px black-hat at 600 px, grey levels) above
# `DESK_PRINT_LEVEL` counts as print: letters measure 30-130, a desk's grain or a JPEG's noise
# under 15 (c9 blind_0023: desk 0 %, sheet 2.8 %).
DESK_PRINT_LEVEL = 30
# Share of the dark side's pixels (away from the step) that may be print on a desk.
DESK_PRINT_SHARE = 0.002
# The band beside the step left out of that count, as a share of the image's long side: a
# desk's pixels next to the bright sheet light up the black-hat.
DESK_STEP_BAND = 0.04
# Share of the image the desk must cover away from the step: a scanner's dark border strip
# (c10: 6-7 % of the image) is `desk.clear_desk`'s, a sheet photographed on a desk leaves
# 17-30 % of the frame to the desk.
DESK_MIN_SHARE = 0.10


def cut_sheet(rgb: Image.Image, gray: Gray) -> tuple[Image.Image, bool]:
    """The sheet alone, what lies beside it whitened to its paper and the image cut to its
    box, when a bright quadrilateral cut by the frame lies on a dark print-free desk (ocr31);
    the image unchanged otherwise (a scan with light falling off, a page filling the frame)."""
    lit = _lit_quad(gray)
    if lit is None:
        return rgb, False
    if lit.on_frame < 2:
        return rgb, False  # a page inside the frame is `find_page`'s
    h, w = gray.shape
    sharp, small, corners, scale = lit.sharp, lit.small, lit.corners, lit.scale
    total = small.shape[0] * small.shape[1]
    sheet = np.zeros(small.shape, np.uint8)
    cv2.fillConvexPoly(sheet, corners.astype(np.int32), 1)
    if float(small[sheet > 0].mean()) - float(small[sheet == 0].mean()) < 40:
        return rgb, False
    band = max(3, round(DESK_STEP_BAND * max(small.shape)))
    far = cv2.erode(1 - sheet, np.ones((band, band), np.uint8)) > 0
    if np.count_nonzero(far) < DESK_MIN_SHARE * total:
        return rgb, False
    detail = cv2.morphologyEx(sharp, cv2.MORPH_BLACKHAT, np.ones((7, 7), np.uint8))
    if np.count_nonzero(detail[far] > DESK_PRINT_LEVEL) > DESK_PRINT_SHARE * np.count_nonzero(far):
        return rgb, False  # print on the dark side: a scan's light falling off
    full = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(full, np.round(corners / scale).astype(np.int32), 1)
    arr = np.asarray(rgb.convert("RGB"), dtype=np.uint8)
    paper = np.median(arr[full > 0], axis=0).astype(np.uint8)
    out = arr.copy()
    out[full == 0] = paper
    x, y, bw, bh = cv2.boundingRect(full)
    return Image.fromarray(np.ascontiguousarray(out[y : y + bh, x : x + bw])), True


def warp_page(rgb: Image.Image, corners: NDArray[np.float32]) -> Image.Image:
    """Flatten the photographed page to an upright A4 rectangle."""
    tl, tr, br, bl = corners
    width = float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    tall = float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    # A page photographed turned a quarter lies on its long side: keep it landscape here
    # (forcing it upright would squash it) and let `orientation` turn it.
    ratio = A4_RATIO if tall >= width else 1 / A4_RATIO
    # Never more pixels out than the photo had in.
    width = min(width, (rgb.width * rgb.height / ratio) ** 0.5)
    height = width * ratio
    dst = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, dst)
    out = cv2.warpPerspective(
        np.asarray(rgb),
        matrix,
        (round(width), round(height)),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return Image.fromarray(out)


def skew_angle(gray: Gray, limit: float = SKEW_LIMIT) -> float:
    """Degrees to rotate by so text rows run level (projection-profile search).

    ocr12: the letters' rows are searched within `limit`; when they are turned further than
    a scanner turns a page (`SCANNER_TILT`, a photo's or a crooked copy's tilt), their angle
    is the answer. Within it the whole ink is searched as before: a scan's rules and frame
    lie level with its print and sharpen the small angle."""
    h, w = gray.shape
    scale = 1000 / max(h, w)
    small: Gray = np.asarray(
        cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA),
        dtype=np.uint8,
    )
    letters = _profile_angle(_letter_ink(small), limit)
    if abs(letters) > SCANNER_TILT:
        return letters
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return _profile_angle(np.asarray(ink, dtype=np.uint8), SCANNER_TILT)


def _letter_ink(small: Gray) -> NDArray[np.uint8]:
    """The letter-sized marks darker than the paper around them (ocr12). Each pixel is taken
    over the lightest level nearby, so a desk's wood grain or a shadow, broader than a
    stroke, is not ink (in a photo of a page on a desk the grain's level stripes outweighed
    the print's turned rows); and a sheet's edge, a clipboard or a printed frame, each one
    long component whose angle need not be the rows', does not vote."""
    k = (max(small.shape) // 30) | 1
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    flat = cv2.divide(small, paper, scale=255)
    _, ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink)
    side = np.maximum(stats[:, 2], stats[:, 3])
    letter = (side >= SKEW_GLYPH_MIN) & (side <= SKEW_GLYPH_MAX)
    letter[0] = False
    return np.where(letter[labels], 255, 0).astype(np.uint8)


def _profile_angle(ink: NDArray[np.uint8], limit: float) -> float:
    """The angle within `limit` at which the ink's row sums change most sharply."""
    h, w = ink.shape
    centre = (w / 2, h / 2)
    x0, y0, bw, bh = cv2.boundingRect(ink)  # of the nonzero pixels
    # The ink's box grown by `_SKEW_REACH` pixels: each output pixel takes the input pixel
    # nearest its own position turned back, so no ink lands outside this box turned.
    box = np.array(
        [
            [x, y, 1.0]
            for x in (x0 - _SKEW_REACH, x0 + bw + _SKEW_REACH)
            for y in (y0 - _SKEW_REACH, y0 + bh + _SKEW_REACH)
        ]
    )
    seen: dict[float, float] = {}

    def sharpness(angle: float) -> float:
        if angle in seen:  # ocr28: the fine search's middle and ends are coarse angles
            return seen[angle]
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        # ocr28: only the rows down to where the ink can land are made. OpenCV maps each
        # output pixel from its own row's fixed-point sums and splits a row into the same
        # blocks whatever the image's height (given the full width and 32 rows or more: a
        # narrower output moves its vectorised loop's scalar tail, whose rounding differs
        # now and then), so those rows are the full image's; the rows cut off are empty (a
        # last empty row kept) and add squared differences of 0, summed exactly (integers
        # far below 2**53).
        reach = box @ m.T
        bottom = min(h, max(_WARP_ROWS, int(np.ceil(reach[:, 1].max())) + _SKEW_REACH))
        rotated = cv2.warpAffine(ink, m, (w, bottom), flags=cv2.INTER_NEAREST)
        # ocr19: integer row sums (exact, as the float64 ones were) at a third of numpy's cost
        rows = cv2.reduce(rotated, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel().astype(np.float64)
        seen[angle] = float(np.square(np.diff(rows)).sum())
        return seen[angle]

    coarse = np.arange(-limit, limit + 1e-9, 0.5)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1)
    return float(max(fine, key=sharpness))


# ocr28: pixels round the ink's box, turned, that `_profile_angle` keeps of the rotated image
# (a nearest-pixel lookup is off by under one; three leave a last empty row or column).
_SKEW_REACH = 3
# Rows below which OpenCV's `warpAffine` blocks a row differently (BLOCK_SZ / 2).
_WARP_ROWS = 32


def rotate(gray: Gray, angle: float) -> Gray:
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(
        gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )
    return np.asarray(out, dtype=np.uint8)


def noise_sigma(gray: Gray) -> float:
    """Immerkær's fast estimate of Gaussian noise, in grey levels."""
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
    h, w = gray.shape
    total = 0.0
    # In bands of rows (each with a row of context either side): the same sum as one pass,
    # without a float copy of the whole page.
    for start in range(1, h - 1, _NOISE_BAND):
        stop = min(h - 1, start + _NOISE_BAND)
        # ocr28: the response in 16-bit integers (at most 16 * 255 either way, every product
        # and sum exact in the filter's float arithmetic) and its absolute sum by `cv2.norm`
        # (a double, exact for integers this size): the same total without a float copy.
        response = cv2.filter2D(gray[start - 1 : stop + 1], cv2.CV_16S, kernel)
        total += float(cv2.norm(response[1:-1, 1:-1], cv2.NORM_L1))
    return float(np.sqrt(np.pi / 2) * total / (6 * (w - 2) * (h - 2)))


def is_bilevel(gray: Gray) -> bool:
    """True for a page with only black and white pixels (a 1-bit TIFF, a fax)."""
    between = np.count_nonzero((gray > 0) & (gray < 255))
    return bool(between < BILEVEL_GREY_SHARE * gray.size)


def smooth_bilevel(gray: Gray) -> Gray:
    """Soften a 1-bit page before anything else reads it.

    Tesseract's LSTM was trained on grey text lines; a thresholded page has jagged,
    one-pixel-stepped edges and specks, and upscaling it by cubic interpolation keeps the
    steps. A slight blur at the file's own resolution turns each step into the grey edge a
    scanner would have recorded and melts isolated specks into faint grey.
    """
    out = cv2.GaussianBlur(gray, (0, 0), BILEVEL_SIGMA)
    return np.asarray(out, dtype=np.uint8)


def binarize(gray: Gray) -> Gray:
    # The median removes the speckles Otsu would keep as dots inside letters.
    denoised = cv2.medianBlur(gray, 3)
    denoised = cv2.GaussianBlur(denoised, (3, 3), 0)
    _, out = cv2.threshold(denoised, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return np.asarray(out, dtype=np.uint8)


def flatten_light(gray: Gray) -> Gray:
    """Divide by the page's own background so a lamp's falloff does not darken the text."""
    h, w = gray.shape
    k = max(15, (min(h, w) // 40) | 1)
    background = cv2.morphologyEx(
        gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    background = blur_flat_aware(np.asarray(background, dtype=np.uint8), k / 2)
    out = cv2.divide(gray, background, scale=255)
    return np.asarray(out, dtype=np.uint8)


def blur_flat_aware(image: Gray, sigma: float) -> Gray:
    """`cv2.GaussianBlur(image, (0, 0), sigma)`, the same bytes, without blurring where every
    pixel within the kernel's reach has one level (a rendered PDF's or a clean scan's paper).

    OpenCV's 8-bit Gaussian is bit-exact fixed point whose weights sum to one, so a window
    of one level blurs to that level; elsewhere the blur of a band of tiles taken with the
    kernel's reach round it is the full blur's there (the filter is separable and its border
    is the image's own). A wide blur is 0.5 s of a 300-dpi page; most of a page's background
    is white paper (ocrspeed, docs/decisions.md)."""
    ksize = round(sigma * 3 * 2 + 1) | 1  # OpenCV's size for an 8-bit image's sigma
    reach = ksize // 2
    h, w = image.shape
    tile = max(FLAT_TILE, reach)
    rows, cols = -(-h // tile), -(-w // tile)
    if rows < 3 or cols < 3:
        return np.asarray(cv2.GaussianBlur(image, (0, 0), sigma), dtype=np.uint8)
    starts_y, starts_x = np.arange(0, h, tile), np.arange(0, w, tile)
    low = np.minimum.reduceat(np.minimum.reduceat(image, starts_y, axis=0), starts_x, axis=1)
    high = np.maximum.reduceat(np.maximum.reduceat(image, starts_y, axis=0), starts_x, axis=1)
    # A tile is flat when it and its eight neighbours (the kernel's reach is at most a tile)
    # are all of one and the same level.
    one = np.pad(low == high, 1, constant_values=True)
    level = np.pad(low.astype(np.int16), 1, mode="edge")
    flat = np.ones((rows, cols), dtype=bool)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            flat &= one[dy : dy + rows, dx : dx + cols]
            flat &= level[dy : dy + rows, dx : dx + cols] == low
    if flat.mean() < 0.25:
        return np.asarray(cv2.GaussianBlur(image, (0, 0), sigma), dtype=np.uint8)
    # Each band of tiles with busy ones is blurred from its first busy tile to its last, with
    # the kernel's reach round it: on a photo whose paper is flat only in patches (a blown-out
    # highlight) that is more than the whole page's blur (1.6 s against 0.7 on a 12 MP photo).
    bands = []
    work = 0
    for ty in range(rows):
        busy = np.flatnonzero(~flat[ty])
        if len(busy):
            y0, y1 = ty * tile, min(h, (ty + 1) * tile)
            x0, x1 = int(busy[0]) * tile, min(w, (int(busy[-1]) + 1) * tile)
            bands.append((y0, y1, x0, x1))
            work += (min(h, y1 + reach) - max(0, y0 - reach)) * (
                min(w, x1 + reach) - max(0, x0 - reach)
            )
    if work > h * w:  # ocr23: the same bytes as the bands', for less work
        return np.asarray(cv2.GaussianBlur(image, (0, 0), sigma), dtype=np.uint8)
    out = np.empty_like(image)
    for ty in range(rows):
        y0, y1 = ty * tile, min(h, (ty + 1) * tile)
        for tx in np.flatnonzero(flat[ty]):
            out[y0:y1, tx * tile : min(w, (tx + 1) * tile)] = low[ty, tx]
    for y0, y1, x0, x1 in bands:
        top, left = max(0, y0 - reach), max(0, x0 - reach)
        band = image[top : min(h, y1 + reach), left : min(w, x1 + reach)]
        blurred = cv2.GaussianBlur(np.ascontiguousarray(band), (0, 0), sigma)
        out[y0:y1, x0:x1] = blurred[y0 - top : y1 - top, x0 - left : x1 - left]
    return out


def _ink_and_paper(gray: Gray) -> tuple[float, float]:
    return float(np.percentile(gray, 1)), float(np.percentile(gray, 90))


def has_background_pattern(gray: Gray) -> bool:
    """True for a page printed on security paper (faint wavy lines behind the text).

    Anti-aliased edges and blur put light pixels next to the strokes; a printed pattern
    puts them everywhere. Counted: light pixels more than a stroke's width from any dark
    one, against the dark ones."""
    ink, paper = _ink_and_paper(gray)
    span = paper - ink
    if span < 40:
        return False
    dark = (gray < ink + 0.5 * span).astype(np.uint8)
    radius = max(2, round(gray.shape[1] / A4_WIDTH_IN / 60))  # ~0.4 mm
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    near = cv2.dilate(dark, kernel)
    light = (gray > ink + 0.5 * span) & (gray < ink + 0.85 * span) & (near == 0)
    return bool(np.count_nonzero(light) > PATTERN_RATIO * max(1, int(np.count_nonzero(dark))))


def clear_background(gray: Gray) -> Gray:
    """Every grey lighter than `PATTERN_CLIP` of the way from ink to paper becomes paper:
    the pattern is printed light so the text stays legible over it."""
    ink, paper = _ink_and_paper(gray)
    out = gray.copy()
    out[gray > ink + PATTERN_CLIP * (paper - ink)] = 255
    return out


def remove_rules(gray: Gray) -> tuple[Gray, bool]:
    """Paint the ruled table's lines white, so tesseract neither reads them as "|" or "ㅣ" nor
    lets one row's cells run into the next (docs/performance.md, "Ruled tables").

    A rule is a run of ink far longer than any letter: horizontal ones at least a tenth of the
    page wide, vertical ones a twentieth of it tall (letters at 300 dpi are about 45 px).
    Returns the page and whether anything was removed."""
    w = gray.shape[1]
    ink, horizontal = horizontal_rules(gray)  # ocr23: kept for `find_table`, the same page's
    # Only a table: a frame round the page or a rule under the title is left alone, since
    # wiping it also wipes whatever ink touches it, for no gain.
    rows = _boxes(horizontal)
    if len(rows) < MIN_ALIGNED_RULES:
        # ocr28: too few rules for any table, small or not: the column rules are not sought
        # (their opening and their boxes, up to 0.2 s of a dark photo's page).
        return gray, False
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, w // 20)))
    )
    if len(rows) < MIN_TABLE_RULES and not _has_small_table(rows, _boxes(vertical), w):
        return gray, False
    rules = cv2.bitwise_or(horizontal, vertical)
    # Widen by a pixel each side: the anti-aliased edges of a rule are lighter than Otsu's cut.
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    # ocr28: the mask is 0 or 255, so its maximum with the page is the page painted white
    # under it: one pass, not a copy and a boolean index.
    return np.asarray(cv2.max(gray, rules), dtype=np.uint8), True


Box = tuple[int, int, int, int]  # left, top, width, height


def _boxes(mask: NDArray[Any]) -> list[Box]:
    """The bounding boxes of the mask's 8-connected components (in no particular order).

    From their outer outlines: the same boxes as `connectedComponentsWithStats` gives, at a
    thirtieth of its cost on a page (it writes a 4-byte label for every pixel; a rule mask
    is almost all background)."""
    return [(x, y, w, h) for x, y, w, h in component_boxes(mask).tolist()]


def _has_small_table(h_stats: list[Box], v_stats: list[Box], width: int) -> bool:
    """Three or more horizontal rules that start and end at the same places, with a column
    rule between them: the rows of a table of two or more columns (a 업태 | 종목 table of one
    or two rows has only four rules). Rules touching the text make tesseract lose the
    cells' words, so a table this small is cleared too. A frame round the page, single or
    double, has no rule inside it."""
    tolerance = RULE_END_TOLERANCE * width
    margin = COLUMN_MARGIN * width
    for left, _, length, _ in h_stats:
        right = left + length
        rows = [
            (y, y + h)
            for x, y, w, h in h_stats
            if abs(x - left) <= tolerance and abs(x + w - right) <= tolerance
        ]
        if len(rows) < MIN_ALIGNED_RULES:
            continue
        top, bottom = min(y for y, _ in rows), max(y for _, y in rows)
        for x, y, w, h in v_stats:
            inside = left + margin < x and x + w < right - margin
            if inside and y >= top - tolerance and y + h <= bottom + tolerance:
                return True
    return False


def stroke_width(gray: Gray) -> float:
    """The page's mean stroke width in pixels: ink area over half its outline. A stroke L
    long and w wide has area L*w and an outline of 2L, whatever the letters' shapes, so
    the measure needs no guess of a face (tiny specks and wide seals weigh in by area)."""
    return _stroke_and_height(gray)[0]


def _stroke_and_height(gray: Gray) -> tuple[float, float]:
    """Mean stroke width (`stroke_width`) and the height of the page's tall letters (the
    90th percentile of its marks' heights: a Hangul syllable's joined jamo, a digit)."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    inner = cv2.erode(ink, cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)))
    area = int(np.count_nonzero(ink))
    outline = area - int(np.count_nonzero(inner))
    width = 2 * area / outline if outline else 0.0
    heights = component_boxes(ink)[:, 3]  # ocr19: = CC stats
    # Marks of letter size: no speck, no rule or frame (a twentieth of the page is a
    # 14 mm letter, larger than any certificate's title).
    heights = heights[(heights >= 6) & (heights <= gray.shape[1] // 20)]
    return width, float(np.percentile(heights, 90)) if heights.size else 0.0


def thin_print(gray: Gray, px_per_300dpi: float) -> float | None:
    """The stroke width at 300 dpi when the print is thin, else None. Thin both ways:
    under `THIN_STROKE_300DPI`, and under `THIN_STROKE_SHARE` of the letters' height (a
    screenshot's small letters have few pixels to their strokes without being light, and
    a page's resolution guessed from its width is wrong when it does not fill the frame)."""
    width, height = _stroke_and_height(gray)
    at_300 = width / px_per_300dpi
    if 0 < at_300 < THIN_STROKE_300DPI and width < THIN_STROKE_SHARE * height:
        return at_300
    return None


def thicken(gray: Gray) -> Gray:
    """Every stroke a pixel wider each side: each pixel takes the darkest of itself and its four
    direct neighbours (a cross, so corners do not round into blobs)."""
    out = cv2.erode(gray, cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)))
    return np.asarray(out, dtype=np.uint8)


# ocr24: a page under `LOW_RES_DPI` (a certificate photographed from far: 55-65 dpi) is
# brought to `LOW_RES_TARGET`, not to 300 dpi. Its pixels hold no detail finer than
# themselves; five times enlarged by a cubic, every edge becomes a ramp five pixels wide
# that tesseract's own threshold places badly (jamo of a syllable run together), while at
# about three times the letters are the 20-25 px tall its line recogniser reads best.
LOW_RES_DPI = 100
LOW_RES_TARGET = 200


def scale_to_dpi(gray: Gray, dpi: float) -> tuple[Gray, float]:
    """Resize to 300 dpi (`LOW_RES_TARGET` from under `LOW_RES_DPI`), but never past
    `MAX_SCALED_PIXELS`."""
    h, w = gray.shape
    target = TARGET_DPI
    if dpi < LOW_RES_DPI and features.on(features.FAR_SCALE):
        target = LOW_RES_TARGET
    factor = min(target / dpi, (MAX_SCALED_PIXELS / (w * h)) ** 0.5)
    if 0.9 < factor < 1.1:
        return gray, 1.0
    interp = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    out = cv2.resize(gray, (round(w * factor), round(h * factor)), interpolation=interp)
    return np.asarray(out, dtype=np.uint8), factor


def prepare(rgb: Image.Image, dpi: float | None, options: frozenset[str] | None = None) -> Prepared:
    """The preprocessing pipeline; `options` switches steps for the benchmark's ablations."""
    opts = options if options is not None else DEFAULT_STEPS
    steps: list[str] = []
    gray_full = np.asarray(rgb.convert("L"), dtype=np.uint8)
    if features.on(features.FRAME):  # ocr14: a page on a screen or a big scan, cut out
        rgb, dpi, framed = frame.cut_out(rgb, dpi, gray_full)
        if framed:  # ocr18: the grey made once, again only for a cut image
            steps.append(framed)
            gray_full = np.asarray(rgb.convert("L"), dtype=np.uint8)
    if "perspective" in opts:
        corners = find_page(gray_full)
        if corners is None:
            corners = find_page_edges(gray_full)
        if corners is None:  # ocr21: a page lit on a screen, photographed
            corners = lit_page.corners(gray_full, steps)
        if corners is not None:
            rgb = warp_page(rgb, corners)
            dpi = None  # the page now fills the frame: its width tells the resolution
            steps.append("perspective")
            rgb = lit_page.unscreen(rgb, steps)  # ocr21: a screen's pixel grid
        elif features.on(features.SHEET_CUT):  # ocr31: a sheet on a desk, cut by the frame
            rgb, sheet_cut = cut_sheet(rgb, gray_full)
            if sheet_cut:
                steps.append("sheet_cut")
                gray_full = np.asarray(rgb.convert("L"), dtype=np.uint8)
    if "orient" in opts:
        if "perspective" in steps:
            gray_full = np.asarray(rgb.convert("L"), dtype=np.uint8)
        turns = orientation(gray_full)
        if turns:
            rgb = rgb.transpose(_TURNS[turns])
            steps.append(f"orient({90 * turns})")
    gray = red_channel(rgb) if "red" in opts else np.asarray(rgb.convert("L"), dtype=np.uint8)
    pen = features.on(features.MARKS) and "screen" not in steps  # ocr21: no ink on a screen
    if pen and (unmarked := lift_marks(rgb)) is not None:  # ocr13
        gray = unmarked
        steps.append("marks")
    if "smooth" in opts and is_bilevel(gray):
        gray = smooth_bilevel(gray)
        steps.append("smooth")
    if features.on(features.GLARE) and "screen" not in steps:  # ocr24: a sleeve's glare
        gray, lifted = veil.lift_glare(gray, photographed="perspective" in steps)
        if lifted:
            steps.append("glare")
    uncut = "perspective" not in steps and "screen" not in steps
    if features.on(features.DESK) and uncut:  # ocr24: desk strips beside an uncut page
        gray, cleared = desk.clear_desk(gray)
        if cleared:
            steps.append("desk")
    page_dpi = frame.page_dpi(dpi, gray.shape, steps)  # ocr27: a scanner app's wrong tag
    cut = NOISE_BINARIZE if page_dpi >= LOWRES_DPI else NOISE_BINARIZE_LOWRES
    # ocr21: a screen's page is not binarised: what `noise_sigma` measures there is its grid
    noisy = "binarize" in opts and noise_sigma(gray) > cut and "screen" not in steps
    if "deskew" in opts:
        angle = skew_angle(gray)
        if abs(angle) >= 0.2:
            gray = rotate(gray, angle)
            steps.append(f"deskew({angle:+.1f})")
    if "flatten" in opts:
        gray = flatten_light(gray)
        steps.append("flatten")
    if "destreak" in opts:
        gray, lifted = destreak(gray)
        if lifted:
            steps.append("destreak")
    if "despeckle" in opts:
        gray, cleaned = despeckle(gray, page_dpi)
        if cleaned:
            steps.append("despeckle")
    if "pattern" in opts and has_background_pattern(gray):
        gray = clear_background(gray)
        steps.append("pattern")
        noisy = False  # the "noise" measured was the pattern, now cleared
    scale = 1.0
    if "scale" in opts:
        gray, scale = scale_to_dpi(gray, page_dpi)
        if scale != 1.0:
            steps.append(f"scale(x{scale:.2f})")
    if noisy:
        gray = binarize(gray)
        steps.append("binarize")
    if "thicken" in opts:
        width = thin_print(gray, page_dpi * scale / TARGET_DPI)
        if width is not None:
            gray = thicken(gray)
            steps.append(f"thicken({width:.1f})")
    if "rules" in opts:
        ruled = gray
        gray, removed = remove_rules(gray)
        if removed:
            steps.append("rules")
            gray, moved = align_label_cells(ruled, gray)  # ocr7: bot/ocr/layout.py
            if moved:
                steps.append("label_cells")
    return Prepared(gray, scale, round(page_dpi * scale), steps)


# Quarter turns counter-clockwise, as Pillow names them.
_TURNS = {
    1: Image.Transpose.ROTATE_90,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_270,
}

ALL_STEPS = frozenset(
    {"perspective", "orient", "red", "smooth", "deskew", "flatten", "pattern", "scale"}
    | {"destreak", "despeckle", "binarize", "rules", "thicken"}
)
# "pattern" is implemented and tested but off: on the independent set it read 4 more fields
# right but called 2 more wrong values sure (docs/performance.md, "third round").
DEFAULT_STEPS = ALL_STEPS - {"pattern"}


# Orientation is judged on the page shrunk to this long side (A4 at ~100 dpi: a body letter
# is 12-16 px, a row of the form still apart from the next).
ORIENT_SIDE = 1200
# Letter-sized marks at that scale: smaller is a speck or a dot, larger a seal, code or logo.
GLYPH_MIN_PX = 6
GLYPH_MAX_PX = 40
# Letters whose nearest neighbour is looked up (against all of them): enough for a steady
# vote, few enough that the distance table stays a few MB.
NEIGHBOUR_QUERIES = 600


def _orient_ink(gray: Gray) -> NDArray[np.uint8]:
    """The page's letters as a small ink mask: light flattened, long rules taken out (a
    table's rules would otherwise join its letters into one component)."""
    h, w = gray.shape
    scale = ORIENT_SIDE / max(h, w)
    small = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    k = (max(small.shape) // 30) | 1
    background = cv2.morphologyEx(
        small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    flat = cv2.divide(small, background, scale=255)
    _, ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    long = max(small.shape) // 12
    rules = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, long), np.uint8)),
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((long, 1), np.uint8)),
    )
    ink = cv2.subtract(ink, cv2.dilate(rules, np.ones((3, 3), np.uint8)))
    # A Hangul syllable prints as two to four pieces (ㄱ, ㅏ, ㅇ...): close the hairline gaps
    # between them so one component is one syllable.
    ink = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    return np.asarray(ink, dtype=np.uint8)


def _glyphs(ink: NDArray[np.uint8]) -> tuple[NDArray[np.float64], NDArray[np.int32]]:
    """Centroids and boxes (x, y, w, h) of the letter-sized components."""
    _, _, stats, centroids = cv2.connectedComponentsWithStats(ink)
    stats, centroids = stats[1:, :4], centroids[1:]
    w, h = stats[:, 2], stats[:, 3]
    keep = (w >= GLYPH_MIN_PX) & (h >= GLYPH_MIN_PX) & (w <= GLYPH_MAX_PX) & (h <= GLYPH_MAX_PX)
    return centroids[keep].astype(np.float64), stats[keep].astype(np.int32)


def lines_run_down(centroids: NDArray[np.float64]) -> bool:
    """True when the text lines run up or down the image (a page turned a quarter).

    In any line of print the letters stand closer to their neighbours in the line than to
    the next line: whichever way most letters' nearest neighbours lie is the way lines run.
    """
    n = len(centroids)
    if n < 10:
        return False
    queries = centroids[:: max(1, n // NEIGHBOUR_QUERIES)].astype(np.float32)
    points = centroids.astype(np.float32)
    dist = np.square(queries[:, None, 0] - points[None, :, 0]) + np.square(
        queries[:, None, 1] - points[None, :, 1]
    )
    dist[dist == 0] = np.inf  # the letter itself
    nearest = points[dist.argmin(axis=1)]
    delta = np.abs(nearest - queries)
    across = int(np.count_nonzero(delta[:, 0] > delta[:, 1]))
    down = int(np.count_nonzero(delta[:, 1] > delta[:, 0]))
    return down > across


def right_heaviness(centroids: NDArray[np.float64], boxes: NDArray[np.int32]) -> float:
    """How far, in standard errors, letters' ink sits right of their boxes' centres.

    A fact of Hangul: the vertical vowels (ㅏ ㅑ ㅓ ㅕ ㅣ ㅐ ...) stand at a syllable's right and
    the consonant at its left is lighter, so on an upright page the mean is clearly positive
    (z 2.6-15 over seven faces and five kinds of capture) and upside down it is negative.
    """
    if len(boxes) < 20:
        return 0.0
    dx = (centroids[:, 0] - (boxes[:, 0] + (boxes[:, 2] - 1) / 2)) / boxes[:, 2]
    spread = float(dx.std()) / float(np.sqrt(len(dx)))
    return float(dx.mean()) / max(spread, 1e-9)


def orientation(gray: Gray) -> int:
    """Quarter turns counter-clockwise (as `np.rot90`) that make the page upright."""
    ink = _orient_ink(gray)
    centroids, boxes = _glyphs(ink)
    turns = 1 if lines_run_down(centroids) else 0
    if turns:
        centroids, boxes = _glyphs(np.ascontiguousarray(np.rot90(ink, turns)))
    if right_heaviness(centroids, boxes) < 0:
        turns += 2
    return turns % 4


def specks(
    gray: Gray, dpi: float
) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.bool_]]:
    """Dark components no bigger than a speck at this resolution: (labels, stats, is_speck)."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    side = np.maximum(stats[:, 2], stats[:, 3])
    limit = max(2, round(SPECK_SIDE_300DPI * dpi / TARGET_DPI))
    tiny = side <= limit
    tiny[0] = False  # the background
    return np.asarray(labels, dtype=np.int32), np.asarray(stats, dtype=np.int32), tiny


def _speck_count(gray: Gray, dpi: float) -> tuple[int, int]:
    """(specks, dark components) as `specks` counts them, from the components' outlines."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    boxes = component_boxes(ink)
    limit = max(2, round(SPECK_SIDE_300DPI * dpi / TARGET_DPI))
    sides = np.maximum(boxes[:, 2], boxes[:, 3])
    return int(np.count_nonzero(sides <= limit)), len(boxes)


def despeckle(gray: Gray, dpi: float) -> tuple[Gray, bool]:
    """Paint out the specks of a fax or a worn copier (toner dust, line noise): dark dots no
    bigger than `SPECK_SIDE_300DPI` at 300 dpi, smaller than any stroke, dot or comma of the
    form. Only when they are a large share of the page's dark components (`SPECK_SHARE`):
    on a clean page the few there are may be a letter's detached dot."""
    tiny_count, marks = _speck_count(gray, dpi)  # ocr19: no label image for a clean page
    if tiny_count < SPECK_SHARE * max(1, marks):
        return gray, False
    labels, _, tiny = specks(gray, dpi)
    # Grown by a pixel or two: a speck on a softened or rendered page has a grey rim outside
    # Otsu's cut, which would otherwise stay behind as a ring.
    radius = max(1, round(dpi / 150))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    mask = cv2.dilate(tiny[labels].astype(np.uint8), kernel)
    out = gray.copy()
    out[mask > 0] = 255
    return out, True


def column_shading(gray: Gray) -> NDArray[np.float32]:
    """Each column's paper level: the median down the page (text covers far less than half
    of any column, so the median is the paper there, with whatever streak runs through it)."""
    rows = np.array(gray[:: max(1, gray.shape[0] // 400)])
    # Printed rules down the page (a frame's sides, even blurred) are ink, not shading: ink
    # running a third of the page tall is left out, unless it touches the side of the image
    # (a copier's black edge, which is lifted like a streak; a printed rule has a margin).
    w = rows.shape[1]
    _, ink = cv2.threshold(rows, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    tall = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((rows.shape[0] // 3, 1), np.uint8))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(tall)
    edge = (stats[:, 0] == 0) | (stats[:, 0] + stats[:, 2] >= w)
    edge[0] = True  # the background
    inner = np.where(edge[labels], 0, 255).astype(np.uint8)
    rules = cv2.dilate(inner, np.ones((1, 2 * max(2, w // 300) + 1), np.uint8))
    rows[rules > 0] = 255
    levels = np.asarray(np.median(rows, axis=0), dtype=np.uint8).reshape(1, -1)
    # A printed rule down the page (a frame's side, single or double) is a few pixels wide;
    # a streak or a black edge is wider. The median across 1.7 % of the width (a double
    # frame's two rules and their gap are under half of it) keeps those and drops the rules.
    k = max(5, (gray.shape[1] // 60) | 1)
    return np.asarray(cv2.medianBlur(levels, k).ravel(), dtype=np.float32)


def destreak(gray: Gray) -> tuple[Gray, bool]:
    """Lift the streaks a copier or a sheet-fed scanner draws down the page (a dirty drum or
    glass, worn toner): every column divided by its own paper level. Only when some column's
    paper is `STREAK_DEPTH` grey levels darker than the page's."""
    shading = column_shading(gray)
    paper = float(np.percentile(shading, 90))
    if paper - float(shading.min()) < STREAK_DEPTH:
        return gray, False
    # At most 8x: a copier's black edge comes out as paper, not as amplified noise.
    gain = paper / np.maximum(shading, paper / 8)
    out = np.clip(gray.astype(np.float32) * gain[None, :], 0, 255)
    return out.astype(np.uint8), True


def find_page_edges(gray: Gray) -> NDArray[np.float32] | None:
    """Corners of a page whose paper is not much brighter than the desk (a white page on a
    light table), found by its edge rather than its brightness; None when no four-sided
    outline of a page's size lies inside the frame."""
    h, w = gray.shape
    scale = 600 / max(h, w)
    small = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    page: Gray = np.asarray(cv2.GaussianBlur(small, (5, 5), 0), dtype=np.uint8)
    edges = cv2.Canny(page, 20, 60)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    total = small.shape[0] * small.shape[1]
    edge = PAGE_EDGE_MARGIN * max(small.shape)
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
        hull = cv2.convexHull(contour)
        area = cv2.contourArea(hull)
        if not 0.25 * total < area < 0.95 * total:
            continue
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, closed=True), closed=True)
        if len(quad) != 4:
            continue
        corners = quad.reshape(4, 2)
        if _corners_on_frame(corners, small.shape, edge) >= 2:
            continue
        ordered = _order_corners(corners.astype(np.float32))
        if _page_shaped(ordered) and _paper_inside(page, ordered):
            return np.asarray(ordered / scale, dtype=np.float32)
    return None


def _paper_inside(small: Gray, corners: NDArray[np.float32]) -> bool:
    """The outline is a sheet on a desk, not a frame or table printed on the page: just
    inside it is paper, clearly brighter than just outside it (a printed frame has the same
    white margin on both sides, or a brighter one outside)."""
    contrast = ring_contrast(small, corners, max(3, max(small.shape) // 40))
    return contrast is not None and contrast >= PAGE_OVER_DESK


def ring_contrast(small: Gray, corners: NDArray[np.float32], ring: int) -> float | None:
    """Median level in a band `ring` pixels wide just inside the outline minus the median
    just outside it; None when either band is empty (an outline at the image's edge)."""
    mask = np.zeros(small.shape, np.uint8)
    cv2.fillConvexPoly(mask, corners.astype(np.int32), 1)
    kernel = np.ones((ring, ring), np.uint8)
    outside = cv2.dilate(mask, kernel) - mask
    inside = mask - cv2.erode(mask, kernel)
    if not outside.any() or not inside.any():
        return None
    return float(np.median(small[inside > 0])) - float(np.median(small[outside > 0]))


def _page_shaped(corners: NDArray[np.float32]) -> bool:
    """An outline with the proportions of a sheet of paper seen at a slant: opposite sides
    within a third of each other, and long side to short about A4's (1.41) or a letter's."""
    tl, tr, br, bl = corners
    top, bottom = float(np.linalg.norm(tr - tl)), float(np.linalg.norm(br - bl))
    left, right = float(np.linalg.norm(bl - tl)), float(np.linalg.norm(br - tr))
    if min(top, bottom) < 0.75 * max(top, bottom) or min(left, right) < 0.75 * max(left, right):
        return False
    across, down = (top + bottom) / 2, (left + right) / 2
    return bool(1.15 < max(across, down) / min(across, down) < 1.75)
