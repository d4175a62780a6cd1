"""Glare lifted off a photographed page (ocr24): a clear plastic sleeve, a glossy page.

A sleeve or a glossy sheet reflects the lamp or the window: white light added on top of
the page, in long bands where the surface faces the light, plus a milky haze all over.
Added light is not the lamp's fall-off: that one multiplies paper and ink alike, and
dividing by the paper's level (`preprocess.flatten_light`) undoes it; a reflection adds
the same light to both, so in a band the ink is lifted toward white as much as the paper
and dividing leaves it pale (a band at 80 % leaves a fifth of the ink's contrast, which a
global threshold wipes out).

Model: seen = v * (1 - s) + 255 * s, where `s` is the share of the band's light. Outside
the bands the paper's level varies slowly over the page (the lamp, the lens's vignetting:
smooth, a low-order surface); a reflection band is narrow and only ever brighter than
that surface. So the paper's level is fitted by a cubic surface to the paper alone,
leaving out what stands above it (the bands) and below it (shaded cells, a bold title, the
desk round an uncut photo), and where the paper is brighter than the fit `s` follows from
the difference, and the page is put back: v = (seen - 255 * s) / (1 - s).
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from bot.ocr import desk

Gray = NDArray[np.uint8]

# The paper's level is measured on the page shrunk this many times (A4 at 300 dpi: ~310 x
# 440 px, plenty for a surface of ten terms and for bands a few centimetres wide).
SHRINK = 8
# Rounds of the fit, each leaving out the points far from the last one: six settle it.
FIT_ROUNDS = 6
# The largest share of light taken for a reflection: where a band whitens the page further
# the ink left is within the JPEG's noise and dividing by (1 - s) would only magnify that.
MAX_SHARE = 0.85
# Share of reflected light from which a point counts as in a band, and the share of the
# page that must be in bands before anything is changed. A page under a lamp, even with
# heavy vignetting, fits the surface within a few hundredths (measured 0.02-0.12 at the
# 99th percentile); a sleeve's bands reach 0.4-0.8 over 2-6 % of the page.
BAND_SHARE = 0.2
BAND_AREA = 0.01
# Grey levels by which the paper must stand above the fitted surface to be in a band (JPEG
# noise and paper grain are a level or two).
MIN_LIFT = 4
# Added light lifts the ink as much as the paper: the print's contrast (paper level minus
# the darkest level near it) inside the bands must be under this share of its contrast
# elsewhere. Paper merely brighter in places (the gaps of a watermark tiled over a scan)
# keeps its print's contrast there, and is left alone.
INK_RATIO = 0.75
# Contrast, in grey levels, from which a shrunk pixel counts as having print near it.
PRINT_CONTRAST = 25
# Share of each side along the image's border where nothing is changed: a cut-out page's
# margin holds no print, and the fit is least sure there (the sheet's edge, a sliver of
# the desk or of the sleeve's welded edge, which the division would darken into a line).
BORDER = 0.03


def _surface_terms(h: int, w: int) -> NDArray[np.float64]:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    x, y = xx / w - 0.5, yy / h - 0.5
    terms = [np.ones_like(x), x, y, x * x, x * y, y * y, x**3, x * x * y, x * y * y, y**3]
    return np.stack(terms, axis=-1).reshape(-1, len(terms))


def paper_surface(paper: NDArray[np.uint8], on_page: NDArray[np.bool_]) -> NDArray[np.float64]:
    """The smooth level the paper would have without reflections: a cubic surface fitted
    to `paper` where `on_page`, each round leaving out what stands well above the fit (a
    band) or below it (shading, the desk)."""
    h, w = paper.shape
    terms = _surface_terms(h, w)
    level = paper.reshape(-1).astype(np.float64)
    page = on_page.reshape(-1)
    keep = page.copy()
    fit = np.full(level.shape, float(np.median(level[page])) if page.any() else 255.0)
    for _ in range(FIT_ROUNDS):
        if np.count_nonzero(keep) < 4 * terms.shape[1]:
            break
        coef, *_ = np.linalg.lstsq(terms[keep], level[keep], rcond=None)
        fit = terms @ coef
        residual = level - fit
        # Robust spread of the kept points; at least two grey levels (JPEG, paper grain).
        spread = max(2.0, 1.5 * float(np.median(np.abs(residual[keep]))))
        keep = page & (residual < 2 * spread) & (residual > -3 * spread)
    return fit.reshape(h, w)


def reflection_share(gray: Gray) -> NDArray[np.float32]:
    """Per pixel of the shrunk page, the share of added light `s` (0 outside the bands, and
    everywhere when the bands do not pale the print)."""
    h, w = gray.shape
    small = cv2.resize(
        gray, (max(1, w // SHRINK), max(1, h // SHRINK)), interpolation=cv2.INTER_AREA
    )
    # The paper's level under the print: the lightest level within a letter's reach
    # (as `flatten_light` takes it), smoothed.
    k = max(3, (min(h, w) // 40 // SHRINK) | 1)
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    paper: Gray = np.asarray(cv2.GaussianBlur(closed, (0, 0), k / 2), dtype=np.uint8)
    # The sheet, not a desk round an uncut photo's page (which is darker and would pull
    # the surface down at the border).
    beside = desk.desk_mask(gray)
    on_page: NDArray[np.bool_] = (
        np.ones(paper.shape, dtype=bool) if beside is None else np.asarray(~beside)
    )
    surface = paper_surface(paper, on_page)
    lift = paper.astype(np.float64) - surface
    share = lift / np.maximum(1.0, 255.0 - surface)
    share = np.where(on_page & (lift >= MIN_LIFT), np.clip(share, 0.0, MAX_SHARE), 0.0)
    sh, sw = share.shape
    by, bx = max(1, round(BORDER * sh)), max(1, round(BORDER * sw))
    share[:by], share[-by:], share[:, :bx], share[:, -bx:] = 0.0, 0.0, 0.0, 0.0
    contrast = paper.astype(np.float64) - cv2.erode(small, np.ones((k, k), np.uint8))
    printed = contrast >= PRINT_CONTRAST
    inside, outside = printed & (share > BAND_SHARE), printed & (share == 0)
    if np.count_nonzero(inside) < 20 or np.count_nonzero(outside) < 20:
        return np.zeros(share.shape, dtype=np.float32)
    if np.median(contrast[inside]) > INK_RATIO * np.median(contrast[outside]):
        return np.zeros(share.shape, dtype=np.float32)
    return np.asarray(share, dtype=np.float32)


def lift_glare(gray: Gray, photographed: bool) -> tuple[Gray, bool]:
    """The page with reflected light taken off, and whether there was any to take.

    Only a camera sees a reflection: a scanner or a copier lights the page through the
    glass it lies on, at a fixed angle away from its sensor. So only a photo is lifted: a
    page cut out of one (`photographed`), or an image with a desk at its border. (A copy's
    uneven toner also pales print in patches, and a trial lifted it, losing fields.)"""
    if not photographed and desk.desk_mask(gray) is None:
        return gray, False
    share = reflection_share(gray)
    if float(np.mean(share > BAND_SHARE)) < BAND_AREA:
        return gray, False
    h, w = gray.shape
    full = cv2.resize(share, (w, h), interpolation=cv2.INTER_LINEAR)
    seen = gray.astype(np.float32)
    out = (seen - 255.0 * full) / (1.0 - full)
    return np.clip(out, 0, 255).astype(np.uint8), True
