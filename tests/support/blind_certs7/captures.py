"""How set 7's pages reach us: 12-megapixel phone photos (some stored sideways with an EXIF
Orientation tag), a page on a clipboard at a steep angle, a thumb over the margin, a sheet
folded in three, greyscale and CMYK JPEG scans, PNGs with an alpha channel, a copy of a copy,
1-bit fax TIFFs at 200 × 100 dpi, colour TIFF scans. Each returns (bytes, extension, params)."""

from __future__ import annotations

import io
import random
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw

from .page import Page, rasterise

Params = dict[str, Any]
Arr = npt.NDArray[Any]
EXIF_ORIENTATION = 0x0112
# tag -> how stored pixels are turned from upright (PIL transpose), and the turn a viewer applies
ORIENTATIONS = {
    6: (Image.Transpose.ROTATE_90, 90),
    8: (Image.Transpose.ROTATE_270, 270),
    3: (Image.Transpose.ROTATE_180, 180),
}


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def _smooth_noise(nrng: np.random.Generator, h: int, w: int, cells: int) -> Arr:
    small = nrng.standard_normal((cells, max(2, cells * w // h))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _background(nrng: np.random.Generator, rng: random.Random, h: int, w: int) -> Arr:
    base = np.array(
        rng.choice(((118, 86, 60), (150, 150, 146), (196, 186, 170), (64, 66, 72))),
        dtype=np.float32,
    )
    grain = (
        _smooth_noise(nrng, h, w, 40)[..., None] * 14 + _smooth_noise(nrng, h, w, 6)[..., None] * 10
    )
    out: Arr = np.clip(base + grain, 0, 255)
    return out


def _jpeg(img: Image.Image, quality: int, **kw: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def _photo_exif(tag: int) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "samsung"
    exif[0x0110] = "SM-S921N"
    exif[0x0131] = "S921NKSU3AXK1"
    exif[0x0132] = "2026:11:30 14:22:05"
    exif[EXIF_ORIENTATION] = tag
    return exif


def photo(
    page: Page, rng: random.Random, kind: str, exif_tag: int = 1
) -> tuple[bytes, str, Params]:
    """A phone photo: 4032 × 3024 (portrait as shown), the page in perspective on a surface."""
    nrng = _np_rng(rng)
    W, H = 3024, 4032  # noqa: N806 (the frame, as in image sizes)
    src = np.asarray(rasterise(page, 300, rng), dtype=np.float32)
    ph, pw = src.shape[:2]
    params: Params = {"kind": kind}
    if kind == "folded3":
        src, p = _fold_in_three(src, rng)
        params.update(p)
    tint = np.array([rng.uniform(0.93, 1.0), rng.uniform(0.92, 0.99), rng.uniform(0.86, 0.96)])
    src = src * tint
    angle = rng.uniform(11, 17) * rng.choice((-1, 1)) if kind == "clipboard" else rng.uniform(-5, 5)
    fill = rng.uniform(0.72, 0.82) if kind == "clipboard" else rng.uniform(0.78, 0.9)
    scale = H * fill / ph
    cx, cy = W / 2 + rng.uniform(-60, 60), H / 2 + rng.uniform(-60, 60)
    keystone = rng.uniform(0.03, 0.1)
    hw, hh = pw * scale / 2, ph * scale / 2
    corners = np.array(
        [(-hw * (1 - keystone), -hh), (hw * (1 - keystone), -hh), (hw, hh), (-hw, hh)]
    )
    th = np.deg2rad(angle)
    rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]])
    dst = (corners @ rot.T + (cx, cy)).astype(np.float32)
    srcq = np.array([(0, 0), (pw, 0), (pw, ph), (0, ph)], dtype=np.float32)
    m = cv2.getPerspectiveTransform(srcq, dst)
    bg = _background(nrng, rng, H, W)
    if kind == "clipboard":
        board = np.array(
            [
                (-hw * 1.12, -hh * 1.1),
                (hw * 1.12, -hh * 1.1),
                (hw * 1.14, hh * 1.06),
                (-hw * 1.14, hh * 1.06),
            ]
        )
        bq = (board @ rot.T + (cx, cy)).astype(np.int32)
        colour = rng.choice(((92, 60, 36), (30, 30, 34), (170, 128, 80)))
        cv2.fillConvexPoly(bg, bq, colour)
    shadow: Arr = np.zeros((H, W), np.float32)
    cv2.fillConvexPoly(
        shadow, (dst + np.array([rng.uniform(10, 40), rng.uniform(15, 45)])).astype(np.int32), 1.0
    )
    shadow = cv2.GaussianBlur(shadow, (0, 0), 25)
    bg *= 1 - 0.45 * shadow[..., None]
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    out: Arr = bg * (1 - mask[..., None]) + warped * mask[..., None]
    if kind == "clipboard":  # the clip across the top edge, over the top margin only
        top = ((dst[0] + dst[1]) / 2).astype(np.float64)
        along = (dst[1] - dst[0]) / np.linalg.norm(dst[1] - dst[0])
        down = np.array([-along[1], along[0]])
        cw, chh = W * 0.13, scale * 110  # about 9 mm of the page under the clip
        pts = [
            top - along * cw - down * chh * 0.5,
            top + along * cw - down * chh * 0.5,
            top + along * cw + down * chh,
            top - along * cw + down * chh,
        ]
        cv2.fillConvexPoly(out, np.array(pts, np.int32), (178, 180, 184))
        cv2.polylines(out, [np.array(pts, np.int32)], True, (110, 112, 118), 6)
    if kind == "fingers":
        side = rng.choice((0, 1))
        t = rng.uniform(0.35, 0.7)
        a, b = (dst[3], dst[0]) if side == 0 else (dst[2], dst[1])
        edge = b + (a - b) * t
        outward = np.array([-1.0, 0.0]) if side == 0 else np.array([1.0, 0.0])
        rx, ry = W * 0.085, H * 0.042
        centre = edge + outward * rx * 0.62
        skin = np.array(rng.choice(((226, 178, 150), (204, 150, 118), (232, 190, 166))), np.float32)
        thumb: Arr = np.zeros((H, W), np.float32)
        cv2.ellipse(
            thumb,
            (int(centre[0]), int(centre[1])),
            (int(rx), int(ry)),
            rng.uniform(-15, 15),
            0,
            360,
            1.0,
            -1,
        )
        thumb = cv2.GaussianBlur(thumb, (0, 0), 6)
        shade = 0.8 + 0.2 * _smooth_noise(nrng, H, W, 8)[..., None]
        out = out * (1 - thumb[..., None]) + (skin * shade) * thumb[..., None]
        params["thumb"] = "left" if side == 0 else "right"
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(d) * (xx / W - 0.5) + np.sin(d) * (yy / H - 0.5)) + 0.5
    low = rng.uniform(0.66, 0.86)
    out *= (low + (1 - low) * (1 - grad))[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.2))
    out += nrng.normal(0, rng.uniform(2.5, 5.5), out.shape).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    q = rng.randint(85, 95)
    params.update({"angle": round(angle, 2), "keystone": round(keystone, 3), "quality": q})
    if kind == "exif":
        tag = exif_tag
        transpose, turn = ORIENTATIONS[tag]
        stored = img.transpose(transpose)
        params.update({"orientation": tag, "stored_turned": turn})
        return _jpeg(stored, q, exif=_photo_exif(tag).tobytes()), "jpg", params
    return _jpeg(img, q, exif=_photo_exif(1).tobytes()), "jpg", params


def _fold_in_three(src: Arr, rng: random.Random) -> tuple[Arr, Params]:
    ph, pw = src.shape[:2]
    yy = np.arange(ph, dtype=np.float32)[:, None]
    xx = np.arange(pw, dtype=np.float32)[None, :]
    folds = (ph / 3 + rng.uniform(-30, 30), 2 * ph / 3 + rng.uniform(-30, 30))
    light = np.ones((ph, 1), np.float32)
    mid = rng.uniform(0.84, 0.93)
    light[int(folds[0]) : int(folds[1])] = mid
    for f in folds:
        light *= 1 - 0.22 * np.exp(-(((yy - f) / 9) ** 2))
        light *= 1 + 0.06 * np.exp(-(((yy - f - 14) / 10) ** 2))
    # each panel slightly turned towards or away from the camera: rows squeezed in x
    s = np.where((yy > folds[0]) & (yy < folds[1]), rng.uniform(0.004, 0.012), 0.0)
    map_x = (xx - pw / 2) * (1 + s * ((yy - folds[0]) / (folds[1] - folds[0]) - 0.5)) + pw / 2
    map_y = np.repeat(yy, pw, axis=1)
    out = cv2.remap(
        src,
        map_x.astype(np.float32),
        map_y.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return out * light[..., None], {
        "folds": [round(f) for f in folds],
        "middle_light": round(mid, 3),
    }


def _scan(page: Page, rng: random.Random, dpi: int, skew: float) -> Arr:
    nrng = _np_rng(rng)
    img: Arr = np.asarray(rasterise(page, dpi, rng), dtype=np.float32)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    img = img * np.array([0.98, 0.97, 0.94]) + 3
    img += nrng.normal(0, rng.uniform(2, 5), img.shape).astype(np.float32)
    out: Arr = np.clip(cv2.GaussianBlur(img, (0, 0), 0.5), 0, 255)
    return out


def grey_jpeg(page: Page, rng: random.Random) -> tuple[bytes, str, Params]:
    dpi = rng.choice((200, 240, 300))
    img = Image.fromarray(_scan(page, rng, dpi, rng.uniform(-1, 1)).astype(np.uint8)).convert("L")
    q = rng.randint(80, 92)
    return _jpeg(img, q, dpi=(dpi, dpi)), "jpg", {"dpi": dpi, "quality": q, "mode": "L"}


def cmyk_jpeg(page: Page, rng: random.Random) -> tuple[bytes, str, Params]:
    dpi = rng.choice((200, 300))
    img = Image.fromarray(_scan(page, rng, dpi, rng.uniform(-1, 1)).astype(np.uint8)).convert(
        "CMYK"
    )
    q = rng.randint(85, 92)
    return _jpeg(img, q, dpi=(dpi, dpi)), "jpg", {"dpi": dpi, "quality": q, "mode": "CMYK"}


def tiff_scan(page: Page, rng: random.Random) -> tuple[bytes, str, Params]:
    img = Image.fromarray(_scan(page, rng, 200, rng.uniform(-1.2, 1.2)).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    return buf.getvalue(), "tif", {"dpi": 200, "compression": "lzw"}


def alpha_png(page: Page, rng: random.Random) -> tuple[bytes, str, Params]:
    """A scanner app's cut-out: the page turned a little on a transparent canvas whose hidden
    pixels are black, with a half-transparent drop shadow."""
    dpi = rng.choice((150, 180, 200))
    img = Image.fromarray(_scan(page, rng, dpi, 0.0).astype(np.uint8)).convert("RGBA")
    angle = rng.uniform(0.5, 3) * rng.choice((-1, 1))
    turned = img.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0)
    )
    pad = 40
    canvas = Image.new("RGBA", (turned.width + 2 * pad, turned.height + 2 * pad), (0, 0, 0, 0))
    alpha = np.asarray(turned.getchannel("A"), np.float32)
    shadow: Arr = np.zeros((canvas.height, canvas.width), np.float32)
    shadow[pad + 12 : pad + 12 + turned.height, pad + 12 : pad + 12 + turned.width] = alpha * 0.35
    shadow = cv2.GaussianBlur(shadow, (0, 0), 8)
    canvas.putalpha(Image.fromarray(shadow.astype(np.uint8)))
    canvas.alpha_composite(turned, (pad, pad))
    buf = io.BytesIO()
    canvas.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue(), "png", {"dpi": dpi, "angle": round(angle, 2), "hidden_rgb": "black"}


def copy_of_copy(page: Page, rng: random.Random) -> tuple[bytes, str, Params]:
    nrng = _np_rng(rng)
    dpi = 200
    img: Arr = np.asarray(rasterise(page, dpi, rng).convert("L"), dtype=np.float32)
    h, w = img.shape
    for _ in range(2):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.8, 0.8), 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=255)
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 0.9))
        paper, black = rng.uniform(225, 242), rng.uniform(40, 75)
        img = black + (paper - black) * (img / 255) ** rng.uniform(1.2, 1.6)
        speck = nrng.random((h, w)) < rng.uniform(0.0006, 0.002)
        img[speck] = rng.uniform(40, 110)
        img += _smooth_noise(nrng, h, w, 30) * 5
    edge = rng.choice(("left", "right", "top", "bottom"))
    depth, width = rng.uniform(70, 150), rng.uniform(0.03, 0.07)
    ramp = np.clip(
        1
        - np.arange(w if edge in ("left", "right") else h)
        / ((w if edge in ("left", "right") else h) * width),
        0,
        1,
    )
    if edge in ("right", "bottom"):
        ramp = ramp[::-1]
    band = ramp[None, :] if edge in ("left", "right") else ramp[:, None]
    img = img - depth * band**1.5
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    params: Params = {"dpi": dpi, "edge_shadow": edge, "depth": round(depth)}
    if rng.random() < 0.4:
        buf = io.BytesIO()
        out.save(buf, "PNG", dpi=(dpi, dpi))
        return buf.getvalue(), "png", params
    q = rng.randint(75, 88)
    params["quality"] = q
    return _jpeg(out, q, dpi=(dpi, dpi)), "jpg", params


def fax_tiff(page: Page, rng: random.Random, stretched: bool) -> tuple[bytes, str, Params]:
    """1-bit at 200 × 100 dpi (a standard-resolution fax), as received: a TIFF G4 with the
    fax's resolution tags, or stretched back to 200 × 200."""
    nrng = _np_rng(rng)
    img = rasterise(page, 200, rng).convert("L")
    d = ImageDraw.Draw(img)
    from .page import _pil_font

    font = _pil_font(page.face.path(False), page.face.index, 26)
    header = (
        f"2026-11-{rng.randint(10, 30):02d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  "
        f"FROM 0{rng.choice((2, 31, 51, 62))}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        "   P.001/001"
    )
    d.text((60, 40), header, font=font, fill=0)
    arr: Arr = np.asarray(img, np.float32)
    h, w = arr.shape
    arr = cv2.resize(arr, (w, h // 2), interpolation=cv2.INTER_AREA)
    arr += nrng.normal(0, rng.uniform(8, 16), arr.shape).astype(np.float32)
    bits = arr > rng.uniform(165, 195)
    bits[nrng.random(bits.shape) < 0.0015] = False
    for _ in range(rng.randint(0, 3)):  # lost scan lines
        bits[rng.randrange(bits.shape[0])] = True
    out = Image.fromarray((bits * 255).astype(np.uint8)).convert("1")
    dpi = (200, 100)
    if stretched:
        out = out.resize((w, h), Image.Resampling.NEAREST)
        dpi = (200, 200)
    buf = io.BytesIO()
    out.save(buf, "TIFF", compression="group4", dpi=dpi)
    return buf.getvalue(), "tif", {"dpi": list(dpi), "stretched": stretched}
