"""How a merchant's copy of the page reaches us: the captures of the third blind set.

Each capture takes the 300 dpi page (RGB, seal stamped) and the box holding all its ink, and
returns the file's bytes, its extension and the parameters drawn. They model uploads the
earlier sets do not: phone photos of a printed page (perspective, uneven light, a shadow,
focus blur, JPEG), flatbed scans with dust and hairs, faxes (1-bit, 200 x 100 dpi shown
stretched), screenshots of a PDF viewer (anti-aliased, grey surround, margins cropped) and
photocopies of photocopies (toner streaks, lost contrast). `crop_margins` and the final
rotation are mixed in by the caller. No step cuts into the box that holds the ink, so what
the truth says is printed stays on the image.
"""

from __future__ import annotations

import io
import random
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw

from tests.support.blind_certs3.fonts import FACES, font

Array = NDArray[np.float32]
Box = tuple[int, int, int, int]
PDF_DATE = "20261207000000"  # fixed, so the PDF bytes are the same on every run


def _f32(image: Image.Image) -> Array:
    return np.asarray(image, dtype=np.float32)


def _u8(arr: NDArray[Any]) -> NDArray[np.uint8]:
    return np.asarray(np.clip(arr + 0.5, 0, 255), dtype=np.uint8)


def _resize(arr: Array, scale: float) -> Array:
    h, w = arr.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.asarray(cv2.resize(arr, size, interpolation=cv2.INTER_AREA), dtype=np.float32)


def _skew(arr: Array, degrees: float, fill: float) -> Array:
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    border = (fill, fill, fill) if arr.ndim == 3 else fill
    out = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    return np.asarray(out, dtype=np.float32)


def _gray(arr: Array) -> Array:
    return np.asarray(arr @ np.array([0.299, 0.587, 0.114], dtype=np.float32), dtype=np.float32)


def encode(
    arr: NDArray[Any], fmt: str, dpi: int, quality: int = 90, bilevel: bool = False
) -> bytes:
    image = Image.fromarray(_u8(arr))
    if bilevel:
        image = image.convert("1", dither=Image.Dither.NONE)
    buf = io.BytesIO()
    if fmt == "jpg":
        image.convert("RGB" if image.mode == "RGB" else "L").save(
            buf, "JPEG", quality=quality, dpi=(dpi, dpi)
        )
    elif fmt == "png":
        image.save(buf, "PNG", dpi=(dpi, dpi))
    elif fmt == "pdf":
        image.save(
            buf,
            "PDF",
            resolution=float(dpi),
            creationDate=PDF_DATE,
            modDate=PDF_DATE,
            title="scan",
            producer="scanner",
            creator="scanner",
        )
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def crop_margins(
    page: Image.Image, box: Box, rng: random.Random
) -> tuple[Image.Image, Box, dict[str, Any]]:
    """Cut 1-4 % off one or two edges of the page, never into the ink (a page edge missed by
    the scanner or the camera)."""
    w, h = page.size
    sides = rng.sample(["left", "top", "right", "bottom"], rng.choice((1, 1, 2)))
    cut = {"left": 0, "top": 0, "right": 0, "bottom": 0}
    room = {"left": box[0], "top": box[1], "right": w - box[2], "bottom": h - box[3]}
    for side in sides:
        want = int((w if side in ("left", "right") else h) * rng.uniform(0.01, 0.04))
        cut[side] = max(0, min(want, room[side] - 25))
    cropped = page.crop((cut["left"], cut["top"], w - cut["right"], h - cut["bottom"]))
    moved = (box[0] - cut["left"], box[1] - cut["top"], box[2] - cut["left"], box[3] - cut["top"])
    return cropped, moved, {"crop_px_300dpi": cut}


def photo(
    page: Image.Image, box: Box, rng: random.Random, nprng: np.random.Generator
) -> tuple[NDArray[Any], str, dict[str, Any]]:
    page_w = rng.randint(1300, 1900)
    scale = page_w / page.size[0]
    arr = _resize(_f32(page), scale)
    ph, pw = arr.shape[:2]
    tint = np.array(
        [rng.uniform(236, 252), rng.uniform(232, 248), rng.uniform(224, 245)], np.float32
    )
    arr = arr * tint / 255.0
    margin_x, margin_y = int(pw * rng.uniform(0.1, 0.2)), int(ph * rng.uniform(0.06, 0.12))
    cw, ch = pw + 2 * margin_x, ph + 2 * margin_y
    desk = np.array(
        rng.choice(((120, 86, 60), (70, 70, 74), (180, 170, 150), (40, 44, 52), (200, 200, 205))),
        np.float32,
    )
    low = cv2.resize(
        nprng.normal(0, 1, (6, 6)).astype(np.float32), (cw, ch), interpolation=cv2.INTER_CUBIC
    )
    background = desk[None, None, :] * (1 + 0.12 * low[..., None]) + nprng.normal(
        0, 4, (ch, cw, 1)
    ).astype(np.float32)
    jitter = pw * rng.uniform(0.02, 0.06)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    angle = np.deg2rad(rng.uniform(-3.5, 3.5))
    centre = np.array([cw / 2, ch / 2], np.float32)
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]], np.float32)
    dst = ((src - np.array([pw / 2, ph / 2], np.float32)) @ rot.T + centre).astype(np.float32)
    dst += nprng.uniform(-jitter, jitter, (4, 2)).astype(np.float32)
    # Keep every corner on the canvas: a photo that cuts the page is `crop`'s business.
    dst[:, 0] = np.clip(dst[:, 0], 4, cw - 5)
    dst[:, 1] = np.clip(dst[:, 1], 4, ch - 5)
    homography = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        arr, homography, (cw, ch), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0)
    )
    mask = cv2.warpPerspective(
        np.ones((ph, pw), np.float32), homography, (cw, ch), flags=cv2.INTER_LINEAR
    )
    out = warped * mask[..., None] + background * (1 - mask[..., None])
    # Light: a gradient across the frame and the soft shadow of the phone or a hand.
    # Light fields are smooth: compute them at an eighth of the size, then scale up.
    lw, lh = max(8, cw // 8), max(8, ch // 8)
    theta = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    ramp = (xx / lw - 0.5) * np.cos(theta) + (yy / lh - 0.5) * np.sin(theta)
    low_light = rng.uniform(0.55, 0.8)
    light = low_light + (1 - low_light) * (ramp - ramp.min()) / (ramp.max() - ramp.min())
    shadow = np.zeros((lh, lw), np.float32)
    sx, sy = rng.uniform(0, lw), rng.uniform(0, lh)
    cv2.ellipse(
        shadow,
        (int(sx), int(sy)),
        (int(lw * rng.uniform(0.2, 0.45)), int(lh * rng.uniform(0.15, 0.3))),
        rng.uniform(0, 180),
        0,
        360,
        1.0,
        -1,
    )
    shadow = cv2.GaussianBlur(shadow, (0, 0), lw * 0.06)
    depth = rng.uniform(0.12, 0.35)
    light = light * (1 - depth * shadow)
    light = cv2.resize(light, (cw, ch), interpolation=cv2.INTER_LINEAR)
    balance = np.array([rng.uniform(0.94, 1.04), 1.0, rng.uniform(0.92, 1.05)], np.float32)
    out = out * light[..., None] * balance
    sigma = rng.uniform(0.5, 1.3)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    noise = rng.uniform(2, 5)
    out = out + nprng.normal(0, noise, out.shape).astype(np.float32)
    content = cv2.perspectiveTransform(
        np.array(
            [
                [
                    [box[0] * scale, box[1] * scale],
                    [box[2] * scale, box[1] * scale],
                    [box[2] * scale, box[3] * scale],
                    [box[0] * scale, box[3] * scale],
                ]
            ],
            np.float32,
        ),
        homography,
    )[0]
    quality = rng.randint(60, 85)
    params = {
        "page_px": pw,
        "corner_jitter_px": round(jitter, 1),
        "light_low": round(low_light, 2),
        "shadow_depth": round(depth, 2),
        "blur_sigma": round(sigma, 2),
        "noise": round(noise, 2),
        "jpeg_q": quality,
    }
    if rng.random() < 0.3:  # the photo frames the page tightly and cuts its edge
        cx0, cy0 = content.min(axis=0)
        cx1, cy1 = content.max(axis=0)
        pad = rng.randint(12, 40)
        x0 = int(max(0, min(cx0 - pad, rng.uniform(0, margin_x * 1.3))))
        y0 = int(max(0, min(cy0 - pad, rng.uniform(0, margin_y * 1.3))))
        x1 = int(min(cw, max(cx1 + pad, cw - rng.uniform(0, margin_x * 1.3))))
        y1 = int(min(ch, max(cy1 + pad, ch - rng.uniform(0, margin_y * 1.3))))
        out = out[y0:y1, x0:x1]
        params["framed"] = [x0, y0, x1, y1]
    return out, "jpg", params


def _dust(arr: Array, rng: random.Random, nprng: np.random.Generator, dpi: int) -> dict[str, int]:
    h, w = arr.shape[:2]
    specks = rng.randint(30, 160)
    for _ in range(specks):
        x, y = int(nprng.integers(0, w)), int(nprng.integers(0, h))
        r = rng.choice((1, 1, 1, 2, 2, 3))
        cv2.circle(arr, (x, y), r, float(rng.randint(20, 120)), -1)
    hairs = rng.randint(0, 3)
    for _ in range(hairs):
        hx, hy = rng.uniform(0, w), rng.uniform(0, h)
        pts: list[tuple[int, int]] = []
        direction = rng.uniform(0, 2 * np.pi)
        for _ in range(rng.randint(8, 20)):
            pts.append((int(hx), int(hy)))
            direction += rng.uniform(-0.4, 0.4)
            hx += np.cos(direction) * dpi / 30
            hy += np.sin(direction) * dpi / 30
        cv2.polylines(
            arr, [np.array(pts, np.int32)], False, float(rng.randint(40, 110)), 1, cv2.LINE_AA
        )
    return {"specks": specks, "hairs": hairs}


def scan(
    page: Image.Image, box: Box, rng: random.Random, nprng: np.random.Generator
) -> tuple[NDArray[Any], str, dict[str, Any]]:
    dpi = rng.choice((150, 150, 180, 200, 200))
    colour = rng.random() < 0.5
    arr = _f32(page) if colour else _gray(_f32(page))
    skew = rng.uniform(-1.3, 1.3)
    arr = _skew(arr, skew, 255.0)
    arr = _resize(arr, dpi / 300)
    paper = rng.uniform(238, 252)
    arr = arr * (paper / 255.0)
    if not colour:
        arr = np.ascontiguousarray(arr)
        dust = _dust(arr, rng, nprng, dpi)
    else:
        g = np.ascontiguousarray(arr[..., 1])
        before = g.copy()
        dust = _dust(g, rng, nprng, dpi)
        arr = arr + (g - before)[..., None]
    # The lid's shadow along one edge of the glass.
    h, w = arr.shape[:2]
    edge = rng.choice(("left", "right", "top", "bottom"))
    band = rng.randint(6, 24)
    ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
    if edge == "left":
        arr[:, :band] *= ramp[None, :, None] if colour else ramp[None, :]
    elif edge == "right":
        arr[:, w - band :] *= ramp[::-1][None, :, None] if colour else ramp[::-1][None, :]
    elif edge == "top":
        arr[:band] *= ramp[:, None, None] if colour else ramp[:, None]
    else:
        arr[h - band :] *= ramp[::-1][:, None, None] if colour else ramp[::-1][:, None]
    noise = rng.uniform(2, 5)
    arr = arr + nprng.normal(0, noise, arr.shape).astype(np.float32)
    fmt = rng.choice(("png", "jpg", "jpg", "pdf"))
    params = {
        "dpi": dpi,
        "colour": colour,
        "skew": round(skew, 2),
        "paper": round(paper),
        **dust,
        "lid_shadow": edge,
        "noise": round(noise, 2),
    }
    if fmt == "jpg":
        params["jpeg_q"] = rng.randint(75, 92)
    return arr, fmt, params


def fax(
    page: Image.Image, box: Box, rng: random.Random, nprng: np.random.Generator
) -> tuple[NDArray[Any], str, dict[str, Any]]:
    arr = _gray(_f32(page))
    skew = rng.uniform(-0.8, 0.8)
    arr = _skew(arr, skew, 255.0)
    h, w = arr.shape
    low = np.asarray(
        cv2.resize(arr, (round(w * 200 / 300), round(h * 100 / 300)), interpolation=cv2.INTER_AREA),
        dtype=np.float32,
    )
    noise = rng.uniform(8, 20)
    low = low + nprng.normal(0, noise, low.shape).astype(np.float32)
    threshold = rng.uniform(125, 165)
    bits = np.where(low < threshold, 0.0, 255.0).astype(np.float32)
    speck_rate = rng.uniform(0.0003, 0.0015)
    bits[nprng.random(bits.shape) < speck_rate] = 0.0
    dropouts = rng.randint(0, 3)
    for _ in range(dropouts):
        row = int(nprng.integers(0, bits.shape[0]))
        bits[row : row + 1] = 255.0 if rng.random() < 0.6 else bits[row : row + 1] * 0
    tall = np.repeat(bits, 2, axis=0)  # shown stretched: each fax line twice
    header = Image.fromarray(_u8(tall))
    d = ImageDraw.Draw(header)
    f = font(FACES[3].regular, 22)
    # Sent after the last issue date of the set (2026-11-30).
    stamp = (
        f"2026-12-{rng.randint(1, 6):02d} "
        f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}   FROM : 0{rng.randint(2, 64)}-"
        f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}        P.001/00{rng.randint(1, 3)}"
    )
    d.text((30, 8), stamp, font=f, fill=0)
    out = np.asarray(header, dtype=np.float32)
    fmt = "png" if rng.random() < 0.7 else "pdf"
    params = {
        "dpi": "200x100 stretched to 200x200",
        "skew": round(skew, 2),
        "noise": round(noise, 1),
        "threshold": round(threshold),
        "speck_rate": round(speck_rate, 5),
        "dropouts": dropouts,
        "header": stamp,
    }
    return out, fmt, params


def screenshot(
    page: Image.Image, box: Box, rng: random.Random, nprng: np.random.Generator
) -> tuple[NDArray[Any], str, dict[str, Any]]:
    pad = rng.randint(30, 110)
    w, h = page.size
    view = page.crop(
        (max(0, box[0] - pad), max(0, box[1] - pad), min(w, box[2] + pad), min(h, box[3] + pad))
    )
    shown = rng.randint(1050, 1450)
    arr = _resize(_f32(view), shown / view.size[0])
    vh, vw = arr.shape[:2]
    dark = rng.random() < 0.5
    grey = rng.uniform(70, 95) if dark else rng.uniform(200, 222)
    side = rng.randint(0, 140)
    bar = rng.randint(56, 84)
    top = bar + rng.randint(8, 30)
    canvas = np.full((top + vh + rng.randint(0, 40), vw + 2 * side, 3), grey, np.float32)
    if side:
        canvas[top + 6 : top + vh + 6, side + 6 : side + vw + 6] *= 0.7  # the page's drop shadow
    canvas[top : top + vh, side : side + vw] = arr
    canvas[:bar] = grey * (0.6 if dark else 0.92)
    image = Image.fromarray(_u8(canvas))
    d = ImageDraw.Draw(image)
    f = font(FACES[6].regular, rng.randint(19, 24))
    ink = (235, 235, 235) if dark else (40, 40, 40)
    d.text(
        (20 + side // 3, bar / 2 - 12),
        rng.choice(("사업자등록증.pdf", "사업자등록증명(발급).pdf", "document.pdf")),
        font=f,
        fill=ink,
    )
    d.text((image.size[0] / 2 - 40, bar / 2 - 12), "1 / 1", font=f, fill=ink)
    d.text(
        (image.size[0] - 120, bar / 2 - 12), f"{rng.choice((75, 100, 125, 150))}%", font=f, fill=ink
    )
    fmt = "png" if rng.random() < 0.7 else "jpg"
    params = {
        "page_px": vw,
        "margin_kept_px_300dpi": pad,
        "viewer": "dark" if dark else "light",
        "side": side,
        "toolbar": bar,
    }
    if fmt == "jpg":
        params["jpeg_q"] = rng.randint(78, 90)
    return np.asarray(image, dtype=np.float32), fmt, params


def _copy_pass(arr: Array, rng: random.Random, nprng: np.random.Generator) -> dict[str, Any]:
    w = arr.shape[1]
    skew = rng.uniform(-0.6, 0.6)
    arr[:] = _skew(arr, skew, 255.0)
    sigma = rng.uniform(0.5, 0.9)
    arr[:] = cv2.GaussianBlur(arr, (0, 0), sigma)
    # Lost contrast: paper greys, black lightens; then the copier's own contrast curve.
    paper, black = rng.uniform(205, 235), rng.uniform(35, 75)
    arr[:] = black + (paper - black) * (arr / 255.0)
    gain = rng.uniform(1.1, 1.6)
    mid = (paper + black) / 2
    arr[:] = np.clip(mid + (arr - mid) * gain, 0, 255)
    # Toner streaks down the page and a drum line or two.
    streaks = rng.randint(2, 7)
    profile = np.ones(w, np.float32)
    for _ in range(streaks):
        x, width = int(nprng.integers(0, w)), rng.randint(2, 30)
        profile[x : x + width] *= rng.uniform(0.8, 0.95)
    arr[:] = arr * profile[None, :]
    for _ in range(rng.choice((0, 0, 1))):
        x = int(nprng.integers(0, w))
        arr[:, x : x + rng.randint(1, 3)] *= rng.uniform(0.5, 0.8)
    return {
        "skew": round(skew, 2),
        "blur": round(sigma, 2),
        "paper": round(paper),
        "black": round(black),
        "gain": round(gain, 2),
        "streaks": streaks,
    }


def photocopy(
    page: Image.Image, box: Box, rng: random.Random, nprng: np.random.Generator
) -> tuple[NDArray[Any], str, dict[str, Any]]:
    dpi = rng.choice((150, 200, 200))
    arr = _resize(_gray(_f32(page)), dpi / 300)
    passes = [_copy_pass(arr, rng, nprng) for _ in range(2)]
    # Where the copy was offset on the glass, the lid's black shows along one edge.
    edge = rng.randint(0, 8)
    if edge:
        arr[:, :edge] = rng.uniform(20, 60)
    noise = rng.uniform(4, 8)
    arr = arr + nprng.normal(0, noise, arr.shape).astype(np.float32)
    fmt = rng.choice(("jpg", "jpg", "pdf", "png"))
    params: dict[str, Any] = {
        "dpi": dpi,
        "passes": passes,
        "black_edge_px": edge,
        "noise": round(noise, 2),
    }
    if fmt == "jpg":
        params["jpeg_q"] = rng.randint(70, 88)
    return arr, fmt, params


CAPTURES = {
    "photo": photo,
    "scan": scan,
    "fax": fax,
    "screenshot": screenshot,
    "photocopy": photocopy,
}
DPI = {"photo": 200, "scan": 200, "fax": 200, "screenshot": 96, "photocopy": 200}
