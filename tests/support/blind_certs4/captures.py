"""How the printed page reaches us: phone photos, scans, PDFs (one function a capture).

Every function takes the 300-dpi page and a seeded `random.Random` and returns the file's
bytes, its extension and the parameters it drew (recorded in the truth).
"""

from __future__ import annotations

import io
import random
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import pdfdoc

Params = dict[str, Any]
Array = np.ndarray[Any, np.dtype[np.float32]]


def _np(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def _f(img: Image.Image) -> Array:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _img(arr: Array) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _scale(img: Image.Image, factor: float) -> Image.Image:
    size = (round(img.width * factor), round(img.height * factor))
    return img.resize(size, Image.Resampling.LANCZOS)


def _long_edge(img: Image.Image, pixels: int) -> Image.Image:
    return _scale(img, pixels / max(img.size))


def _paper(arr: Array, tone: tuple[float, float, float]) -> Array:
    """White paper takes the tone of the paper (or of the light)."""
    return np.asarray(arr * (np.array(tone, dtype=np.float32) / 255.0), dtype=np.float32)


def _light(arr: Array, g: np.random.Generator, low: float) -> Array:
    """Light falling off across the frame, from 1 at a random point to `low` far from it."""
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = g.uniform(-0.3, 1.3) * w, g.uniform(-0.3, 1.3) * h
    dist = np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
    field = 1.0 - (1.0 - low) * np.clip(dist / 0.9, 0, 1)
    return np.asarray(arr * field[..., None], dtype=np.float32)


def _shadow(arr: Array, g: np.random.Generator, depth: float) -> Array:
    """The photographer's shadow: everything beyond a gently curved line across the page,
    entering from one side, falls into a soft-edged shade."""
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = float(g.uniform(0, 2 * np.pi))
    along = (xx / w - 0.5) * np.cos(angle) + (yy / h - 0.5) * np.sin(angle)
    across = -(xx / w - 0.5) * np.sin(angle) + (yy / h - 0.5) * np.cos(angle)
    edge = float(g.uniform(0.05, 0.35)) + float(g.uniform(-0.15, 0.15)) * across**2 * 4
    soft = np.clip((along - edge) / float(g.uniform(0.02, 0.06)), 0, 1)
    return np.asarray(arr * (1.0 - depth * soft)[..., None], dtype=np.float32)


def _perspective(img: Image.Image, g: np.random.Generator, frac: float,
                 background: Image.Image | None = None) -> Image.Image:  # fmt: skip
    w, h = img.size
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jitter = g.uniform(-frac, frac, size=(4, 2)) * np.array([w, h], dtype=np.float32)
    if background is None:  # corners only move inward, so no printed text leaves the frame
        inward = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float32)
        jitter = np.abs(jitter) * inward
    dst = (src + jitter).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    out = np.asarray(img.convert("RGB"))
    if background is None:
        warped = cv2.warpPerspective(out, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)
        return Image.fromarray(warped)
    bg = np.asarray(background.convert("RGB").resize((w, h)))
    warped = cv2.warpPerspective(out, matrix, (w, h), dst=bg.copy(),
                                 borderMode=cv2.BORDER_TRANSPARENT)  # fmt: skip
    return Image.fromarray(warped)


def _noise(arr: Array, g: np.random.Generator, sigma: float) -> Array:
    return np.asarray(arr + g.normal(0, sigma, arr.shape[:2])[..., None], dtype=np.float32)


def _blur(img: Image.Image, sigma: float) -> Image.Image:
    if sigma <= 0:
        return img
    return Image.fromarray(cv2.GaussianBlur(np.asarray(img), (0, 0), sigma))


def _skew(img: Image.Image, degrees: float, fill: tuple[int, int, int]) -> Image.Image:
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)


def _curl(img: Image.Image, g: np.random.Generator) -> Image.Image:
    """The sheet does not lie flat: it bows, and one edge lifts toward the camera."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bow = float(g.uniform(0.006, 0.018)) * h
    lift = float(g.uniform(0.01, 0.03)) * w
    map_y = yy + bow * np.sin(np.pi * xx / w) * (yy / h - 0.5) * 2
    map_x = xx - lift * (yy / h) ** 3
    out = cv2.remap(np.asarray(img.convert("RGB")), map_x, map_y, cv2.INTER_LINEAR,
                    borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    return Image.fromarray(out)


def _creases(arr: Array, g: np.random.Generator, folds: int) -> Array:
    """A sheet folded in three (or in half, or both ways) and smoothed out again."""
    h, w = arr.shape[:2]
    out = arr.copy()
    lines = [("h", h * k / (folds + 1)) for k in range(1, folds + 1)]
    if g.random() < 0.35:
        lines.append(("v", w / 2))
    for axis, drawn in lines:
        pos = drawn + float(g.uniform(-0.02, 0.02)) * (h if axis == "h" else w)
        coords = np.arange(h if axis == "h" else w, dtype=np.float32)
        d = coords - pos
        width = float(g.uniform(6, 14))
        shade = 1.0 - 0.18 * np.exp(-((d / width) ** 2)) + 0.06 * np.tanh(d / (width * 6))
        crack = 1.0 - 0.35 * np.exp(-((d / 1.4) ** 2))
        profile = (shade * crack).astype(np.float32)
        out *= profile[:, None, None] if axis == "h" else profile[None, :, None]
    return out


def _desk(size: tuple[int, int], g: np.random.Generator) -> Image.Image:
    """A wooden or grey desk top with some grain."""
    w, h = size
    base = np.array(
        [(150, 110, 72), (120, 86, 58), (96, 98, 102), (180, 176, 168)][int(g.integers(4))],
        dtype=np.float32,
    )
    grain = cv2.GaussianBlur(g.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3)
    grain = cv2.resize(cv2.resize(grain, (w // 8 + 1, h)), (w, h))
    arr = base[None, None, :] * (1 + 0.12 * grain[..., None])
    return _img(arr)


# --- the captures -------------------------------------------------------------------------


def kakao(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """A phone photo forwarded through KakaoTalk: shrunk to 1280 px, recompressed hard."""
    g = _np(rng)
    shot = _long_edge(page, rng.randint(2600, 3400))
    shot = _perspective(shot, g, rng.uniform(0.01, 0.035))
    arr = _paper(_f(shot), (rng.uniform(235, 250), rng.uniform(232, 248), rng.uniform(215, 240)))
    low = rng.uniform(0.62, 0.85)
    arr = _light(arr, g, low)
    folds = rng.choice((0, 0, 0, 2))
    if folds:
        arr = _creases(arr, g, folds)
    arr = _noise(arr, g, rng.uniform(2, 5))
    camera = _jpeg(_blur(_img(arr), rng.uniform(0.4, 1.1)), 92)
    long_edge = rng.choice((1280, 1280, 1024, 1600))
    small = _long_edge(Image.open(io.BytesIO(camera)), long_edge)
    quality = rng.randint(60, 75)
    return _jpeg(small, quality), "jpg", {"long_edge": long_edge, "quality": quality,
                                          "light_low": round(low, 2), "folds": folds}  # fmt: skip


def shadow(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """A full-size phone photo under a lamp: light pooled on one side, a shadow over a part."""
    g = _np(rng)
    shot = _long_edge(page, rng.randint(2400, 3200))
    shot = _perspective(shot, g, rng.uniform(0.008, 0.025))
    arr = _paper(_f(shot), (rng.uniform(238, 252), rng.uniform(230, 245), rng.uniform(205, 232)))
    low = rng.uniform(0.5, 0.7)
    depth = rng.uniform(0.3, 0.55)
    arr = _shadow(_light(arr, g, low), g, depth)
    arr = _noise(arr, g, rng.uniform(3, 6))
    quality = rng.randint(80, 90)
    img = _blur(_img(arr), rng.uniform(0.5, 1.2))
    params = {"light_low": round(low, 2), "shadow_depth": round(depth, 2), "quality": quality}
    return _jpeg(img, quality), "jpg", params


def desk(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """The sheet on a desk, photographed from above at a slant, bowed, with the desk around."""
    g = _np(rng)
    frame_w = rng.randint(2200, 2800)
    frame = (frame_w, round(frame_w * rng.uniform(1.3, 1.45)))
    if page.width > page.height:  # the phone turned with the sheet
        frame = (frame[1], frame[0])
    share = rng.uniform(0.70, 0.84)
    fit = share * min(frame[0] / page.width, frame[1] / page.height)
    sheet = _curl(_scale(page, fit), g)
    canvas = _desk(frame, g)
    # Keep the whole sheet in the frame, with room for the slant: the truth must stay visible.
    mx, my = round(frame[0] * 0.05), round(frame[1] * 0.05)
    at = (
        rng.randint(mx, max(mx, frame[0] - sheet.width - mx)),
        rng.randint(my, max(my, frame[1] - sheet.height - my)),
    )
    # A soft drop shadow under the sheet, then the sheet.
    arr = _f(canvas)
    x0, y0 = at[0] + 12, at[1] + 16
    arr[y0 : y0 + sheet.height, x0 : x0 + sheet.width] *= 0.7
    canvas = _img(np.asarray(cv2.GaussianBlur(arr, (0, 0), 9), dtype=np.float32))
    canvas.paste(sheet, at)
    shot = _perspective(canvas, g, rng.uniform(0.02, 0.04), background=_desk(frame, g))
    tone = (rng.uniform(240, 252), rng.uniform(235, 248), rng.uniform(215, 238))
    arr = _light(_paper(_f(shot), tone), g, rng.uniform(0.6, 0.8))
    arr = _noise(arr, g, rng.uniform(3, 6))
    quality = rng.randint(78, 88)
    angle = rng.uniform(-4, 4)
    img = _skew(_blur(_img(arr), rng.uniform(0.6, 1.3)), angle, (90, 80, 70))
    return _jpeg(img, quality), "jpg", {"sheet_share": round(share, 2), "angle": round(angle, 2),
                                        "quality": quality}  # fmt: skip


def crease(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """A certificate that was folded into an envelope, flattened on a scanner."""
    g = _np(rng)
    dpi = rng.choice((200, 240, 300))
    scan = _scale(page, dpi / 300)
    arr = _paper(_f(scan), (*(rng.uniform(236, 250),) * 2, rng.uniform(225, 245)))
    folds = rng.choice((2, 2, 1))
    arr = _creases(arr, g, folds)
    arr = _noise(arr, g, rng.uniform(2, 5))
    angle = rng.uniform(-1.5, 1.5)
    img = _skew(_img(arr), angle, (250, 250, 250))
    params = {"dpi": dpi, "folds": folds, "angle": round(angle, 2)}
    if rng.random() < 0.5:
        return _png(img), "png", params
    quality = rng.randint(80, 92)
    return _jpeg(img, quality), "jpg", {**params, "quality": quality}


def greyscan(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """A greyscale office scan with the contrast turned down: grey ink on grey paper."""
    g = _np(rng)
    dpi = rng.choice((150, 200, 200, 300))
    grey = np.asarray(_scale(page, dpi / 300).convert("L"), dtype=np.float32)
    ink, paper = rng.uniform(75, 120), rng.uniform(185, 215)
    arr = ink + grey / 255.0 * (paper - ink)
    arr = arr + g.normal(0, rng.uniform(1.5, 4), arr.shape).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = _blur(img, rng.uniform(0.3, 0.8))
    angle = rng.uniform(-0.8, 0.8)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=int(paper))
    params = {"dpi": dpi, "ink": round(ink), "paper": round(paper), "angle": round(angle, 2)}
    if rng.random() < 0.6:
        return _png(img), "png", params
    quality = rng.randint(75, 90)
    return _jpeg(img, quality), "jpg", {**params, "quality": quality}


def twoup(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """Two documents scanned on one landscape sheet: the certificate beside a bankbook copy."""
    g = _np(rng)
    other = _bankbook(page.size, rng)
    left_first = rng.random() < 0.7
    half = (round(page.height / 1.414 / 2 * 1.0), round(page.height / 1.414))
    a, b = (page, other) if left_first else (other, page)
    sheet = Image.new("RGB", (page.height, round(page.height / 1.414)), "white")
    for i, doc in enumerate((a, b)):
        small = doc.resize((half[0] - 40, round((half[0] - 40) * 1.414)), Image.Resampling.LANCZOS)
        sheet.paste(small, (20 + i * half[0], (sheet.height - small.height) // 2))
    dpi = rng.choice((200, 300))
    scan = _scale(sheet, dpi / 300)
    arr = _noise(_paper(_f(scan), (248, 247, 242)), g, rng.uniform(2, 4))
    img = _img(arr)
    params = {"dpi": dpi, "certificate": "left" if left_first else "right"}
    if rng.random() < 0.5:
        quality = rng.randint(75, 88)
        return pdfdoc.image_only(img, quality), "pdf", {**params, "quality": quality}
    quality = rng.randint(80, 90)
    return _jpeg(img, quality), "jpg", {**params, "quality": quality}


def _bankbook(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A 통장 사본 page: the other document merchants scan with the certificate."""
    from .fonts import font
    from .people import korean_name

    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    w = size[0]
    bank = rng.choice(("국민은행", "신한은행", "우리은행", "하나은행", "IBK기업은행", "농협은행"))
    big, mid = font("NanumBarunGothic", True, 110), font("NanumBarunGothic", False, 70)
    draw.rectangle((150, 300, w - 150, 1500), outline=(40, 60, 120), width=8)
    draw.text((250, 480), bank, font=big, fill=(30, 50, 110))
    draw.text((250, 700), "보통예금 통장", font=mid, fill="black")
    number = "-".join(str(rng.randint(10**k, 10 ** (k + 1) - 1)) for k in (2, 5, 1, 2))
    draw.text((250, 900), f"계좌번호  {number}", font=mid, fill="black")
    draw.text((250, 1050), f"예 금 주  {korean_name(rng)}", font=mid, fill="black")
    draw.text((250, 1200), "발행일  통장 사본", font=mid, fill="black")
    return img


def imagepdf(page: Image.Image, rng: random.Random) -> tuple[bytes, str, Params]:
    """A scan the copier wrapped in a PDF: the page is a picture, there is no text to copy."""
    g = _np(rng)
    dpi = rng.choice((150, 200, 300))
    scan = _scale(page, dpi / 300)
    arr = _paper(_f(scan), (*(rng.uniform(238, 252),) * 2, rng.uniform(228, 245)))
    arr = _noise(arr, g, rng.uniform(2, 6))
    angle = rng.uniform(-1.2, 1.2)
    img = _skew(_img(arr), angle, (252, 252, 252))
    if rng.random() < 0.35:
        img = img.convert("L")
    quality = rng.randint(70, 88)
    params = {"dpi": dpi, "angle": round(angle, 2), "quality": quality, "mode": img.mode}
    return pdfdoc.image_only(img, quality), "pdf", params


CAPTURES = {
    "kakao": kakao,
    "shadow": shadow,
    "desk": desk,
    "crease": crease,
    "greyscan": greyscan,
    "twoup": twoup,
    "imagepdf": imagepdf,
}
