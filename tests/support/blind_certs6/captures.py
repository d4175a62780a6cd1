"""How set 6's pages reach us: phone photos as phones save them (12 MP, EXIF Orientation),
pages on a clipboard or held in the hands, a letter folded in three, copies of copies,
fax TIFFs, CMYK and grey JPEGs, cut-out PNGs with alpha, TIFF scans and PDFs.

Each capture takes the page drawn at 300 dpi (RGB, white paper) and returns the file's bytes,
its extension and the parameters drawn, from ``rng`` only (deterministic).
"""

from __future__ import annotations

import io
import math
import random
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from .fonts import FACES
from .page import PAGE_H, PAGE_W

Array = NDArray[Any]  # float32 images; cv2's stubs widen the dtype
DPI = 300
PX_PER_MM = DPI / 25.4
PHONES = (("samsung", "SM-S918N"), ("Apple", "iPhone 14 Pro"), ("Apple", "iPhone 13"),
          ("samsung", "SM-A546N"), ("LGE", "LM-V500N"))  # fmt: skip
# EXIF Orientation -> how the stored pixels are turned from the upright picture
STORE = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}
ORIENTATION_BY_DEGREES = {90: 6, 270: 8, 180: 3}

cv2.setNumThreads(1)


def _a(values: Any) -> Array:
    """A float32 array (cv2's and numpy's stubs widen what their functions return)."""
    return np.asarray(values, dtype=np.float32)


def _f(img: Image.Image) -> Array:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _u8(arr: Array) -> NDArray[np.uint8]:
    return np.clip(arr, 0, 255).round().astype(np.uint8)


def _field(shape: tuple[int, int], rng: np.random.Generator, cells: int, sigma: float) -> Array:
    """Smooth random field in [0, 1] (low-resolution noise scaled up and blurred)."""
    small = rng.random((cells, max(2, cells * shape[1] // shape[0]))).astype(np.float32)
    mid_w, mid_h = max(2, shape[1] // 8), max(2, shape[0] // 8)  # blur at 1/8 scale: cheap
    mid = cv2.resize(small, (mid_w, mid_h), interpolation=cv2.INTER_CUBIC)
    mid = cv2.GaussianBlur(mid, (0, 0), max(0.5, sigma / 8))
    return np.clip(cv2.resize(mid, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR), 0, 1)


def _background(h: int, w: int, kind: str, rng: np.random.Generator) -> Array:
    if kind == "wood":
        base = np.array([150, 108, 72], np.float32) * rng.uniform(0.8, 1.1)
        streaks = _field((h, 12), rng, 40, 2)  # grain along x
        grain = cv2.resize(streaks, (w, h))[..., None]
        return base * (0.8 + 0.35 * grain) * (0.9 + 0.1 * _field((h, w), rng, 6, 20)[..., None])
    if kind == "fabric":
        base = np.array([70, 78, 96], np.float32) * rng.uniform(0.7, 1.2)
        return base * (0.85 + 0.3 * _field((h, w), rng, 30, 4)[..., None])
    base = np.array([196, 198, 192], np.float32) * rng.uniform(0.75, 0.95)  # grey desk
    return base * (0.9 + 0.15 * _field((h, w), rng, 8, 30)[..., None])


def _homography(src_w: int, src_h: int, dst: NDArray[np.float32]) -> NDArray[Any]:
    src = np.array([[0, 0], [src_w, 0], [src_w, src_h], [0, src_h]], np.float32)
    return np.asarray(cv2.getPerspectiveTransform(src, dst.astype(np.float32)))


def _quad(cx: float, cy: float, w: float, h: float, angle: float, jitter: float,
          rng: np.random.Generator) -> NDArray[np.float32]:  # fmt: skip
    """Corners of a w×h sheet centred at (cx, cy), turned ``angle`` degrees, each corner
    moved by up to ``jitter`` of the sheet's width (perspective)."""
    a = math.radians(angle)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    pts = pts @ rot.T + np.array([cx, cy], np.float32)
    return pts + rng.uniform(-jitter * w, jitter * w, (4, 2)).astype(np.float32)


def _light(arr: Array, rng: np.random.Generator, low: float) -> Array:
    """Light falling across the frame to ``low`` of full, with a soft vignette."""
    h, w = arr.shape[:2]
    a = rng.uniform(0, 2 * math.pi)
    sh, sw = max(2, h // 8), max(2, w // 8)  # smooth: computed at 1/8 scale
    ys, xs = np.mgrid[0:sh, 0:sw].astype(np.float32)
    ramp = ((xs / sw - 0.5) * math.cos(a) + (ys / sh - 0.5) * math.sin(a)) + 0.5
    light = low + (1 - low) * np.clip(ramp, 0, 1)
    vignette = 1 - 0.12 * (((xs / sw - 0.5) ** 2 + (ys / sh - 0.5) ** 2) * 2)
    field = cv2.resize(
        (light * vignette).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
    )
    return _a(arr * field[..., None])


def _camera(arr: Array, rng: np.random.Generator, blur: float, noise: float) -> Array:
    arr = cv2.GaussianBlur(arr, (0, 0), blur)
    arr = arr + rng.standard_normal(arr.shape, dtype=np.float32) * np.float32(noise)
    cast = np.array([rng.uniform(0.97, 1.05), 1.0, rng.uniform(0.9, 1.02)], np.float32)
    return arr * cast


def _jpeg(img: Image.Image, quality: int, **extra: Any) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, **extra)
    return buffer.getvalue()


def _exif(orientation: int, rng: random.Random) -> bytes:
    exif = Image.Exif()
    make, model = rng.choice(PHONES)
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    exif[0x0132] = (
        f"2026:{rng.randint(1, 11):02d}:{rng.randint(1, 28):02d} "
        f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )
    return exif.tobytes()


def _place(sheet: Image.Image, canvas: tuple[int, int], quad: NDArray[np.float32], bg: Array,
           rng: np.random.Generator, shadow: float = 0.35) -> Array:  # fmt: skip
    """The sheet warped onto the background at ``quad``, with a soft drop shadow."""
    w, h = canvas
    m = _homography(sheet.width, sheet.height, quad)
    src = _f(sheet)
    warped = cv2.warpPerspective(src, m, (w, h), flags=cv2.INTER_AREA, borderValue=(0, 0, 0))
    ones = np.ones((sheet.height, sheet.width), np.float32)
    mask = cv2.warpPerspective(ones, m, (w, h), flags=cv2.INTER_LINEAR)
    dx, dy = rng.uniform(8, 30), rng.uniform(10, 36)
    small = cv2.resize(mask, (w // 8, h // 8), interpolation=cv2.INTER_AREA)
    shift = np.array([[1, 0, dx / 8], [0, 1, dy / 8]], np.float32)
    small = cv2.warpAffine(small, shift, (w // 8, h // 8))
    drop = cv2.resize(
        cv2.GaussianBlur(small, (0, 0), 25 / 8), (w, h), interpolation=cv2.INTER_LINEAR
    )
    bg = bg * (1 - shadow * drop)[..., None]
    return warped * mask[..., None] + bg * (1 - mask[..., None])


def _paper(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    arr = _f(page) * np.array(
        [rng.uniform(0.95, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.9, 0.98)], np.float32
    )
    return Image.fromarray(_u8(arr))


def exif_photo(page: Image.Image, rng_py: random.Random, rng: np.random.Generator,
               degrees: int) -> tuple[bytes, str, dict[str, Any]]:  # fmt: skip
    """A phone photo as the phone saves it: the sensor's 4032×3024 landscape pixels, the
    page standing upright only after the EXIF Orientation tag is applied."""
    w, h = 3024, 4032
    angle = rng.uniform(-8, 8)
    fill = rng.uniform(0.74, 0.88)
    ph = h * fill
    quad = _quad(w / 2 + rng.uniform(-80, 80), h / 2 + rng.uniform(-60, 60),
                 ph * PAGE_W / PAGE_H, ph, angle, 0.035, rng)  # fmt: skip
    bg = _background(h, w, rng_py.choice(("wood", "grey", "fabric")), rng)
    arr = _place(_paper(page, rng), (w, h), quad, bg, rng)
    low = rng.uniform(0.62, 0.85)
    arr = _camera(_light(arr, rng, low), rng, rng.uniform(0.6, 1.1), rng.uniform(2, 5))
    upright = Image.fromarray(_u8(arr))
    orientation = ORIENTATION_BY_DEGREES[degrees]
    stored = upright.transpose(STORE[orientation])
    quality = rng_py.randint(85, 95)
    data = _jpeg(stored, quality, exif=_exif(orientation, rng_py))
    return data, "jpg", {
        "orientation": orientation, "stored_size": list(stored.size), "tilt": round(angle, 2),
        "light_low": round(low, 2), "quality": quality,
    }  # fmt: skip


def clipboard(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """The page under a clipboard's clip, photographed at 11–22° (in the image plane) with
    perspective; 12 MP upright, EXIF Orientation 1."""
    mm = PX_PER_MM
    bw, bh = round(232 * mm), round(322 * mm)
    board = np.zeros((bh, bw, 3), np.float32) + np.array([120, 84, 52], np.float32) * rng.uniform(
        0.8, 1.1
    )
    board *= (0.88 + 0.2 * _field((bh, bw), rng, 20, 6))[..., None]
    sheet = Image.fromarray(_u8(board))
    ox, oy = round(11 * mm), round(20 * mm)
    sheet.paste(_paper(page, rng), (ox, oy))
    draw = ImageDraw.Draw(sheet)
    cw = rng.uniform(70, 95) * mm  # the metal clip, over the top margin only
    cx = bw / 2 + rng.uniform(-10, 10) * mm
    draw.rounded_rectangle((cx - cw / 2, 4 * mm, cx + cw / 2, oy + 11 * mm), radius=round(4 * mm),
                           fill=(168, 170, 176), outline=(90, 92, 98), width=6)  # fmt: skip
    draw.rectangle((cx - cw / 2 + 6 * mm, oy + 6 * mm, cx + cw / 2 - 6 * mm, oy + 11 * mm),
                   fill=(128, 130, 136))  # fmt: skip
    landscape = rng_py.random() < 0.3
    w, h = (4032, 3024) if landscape else (3024, 4032)
    angle = rng.uniform(11, 22) * rng_py.choice((-1, 1))
    ph = h * (rng.uniform(0.72, 0.8) if not landscape else rng.uniform(0.95, 1.02))
    quad = _quad(w / 2, h / 2, ph * bw / bh, ph, angle, 0.04, rng)
    arr = _place(sheet, (w, h), quad, _background(h, w, rng_py.choice(("wood", "grey")), rng), rng)
    low = rng.uniform(0.6, 0.85)
    arr = _camera(_light(arr, rng, low), rng, rng.uniform(0.6, 1.0), rng.uniform(2, 4.5))
    quality = rng_py.randint(85, 95)
    data = _jpeg(Image.fromarray(_u8(arr)), quality, exif=_exif(1, rng_py))
    return data, "jpg", {"angle": round(angle, 2), "landscape_frame": landscape,
                         "quality": quality, "light_low": round(low, 2)}  # fmt: skip


def fingers(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """The page held up in two hands: thumbs over the left and right margins (never over
    the ink), a blurred room behind, 12 MP, EXIF Orientation 1."""
    mm = PX_PER_MM
    sheet = _paper(page, rng).convert("RGB")
    overlay = Image.new("RGBA", sheet.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    skin = np.array(rng_py.choice(((224, 172, 140), (198, 146, 112), (236, 190, 160))), np.float32)
    thumbs = []
    for side in (0, 1):
        y = rng.uniform(90, 230) * mm
        reach = rng.uniform(9, 15) * mm  # how far the thumb comes in from the edge
        x0 = -30 * mm if side == 0 else sheet.width - reach
        x1 = reach if side == 0 else sheet.width + 30 * mm
        shade = tuple(int(c) for c in skin * rng.uniform(0.9, 1.0))
        draw.ellipse((x0, y - 11 * mm, x1, y + 11 * mm), fill=(*shade, 255))
        nail = (
            (x1 - 9 * mm, y - 6 * mm, x1 - 1 * mm, y + 6 * mm)
            if side == 0
            else (x0 + 1 * mm, y - 6 * mm, x0 + 9 * mm, y + 6 * mm)
        )
        draw.ellipse(nail, fill=(240, 205, 195, 255))
        thumbs.append(round(y / mm, 1))
    sheet.paste(overlay, (0, 0), overlay)
    w, h = 3024, 4032
    angle = rng.uniform(-6, 6)
    ph = h * rng.uniform(0.8, 0.9)
    quad = _quad(w / 2, h / 2, ph * PAGE_W / PAGE_H, ph, angle, 0.05, rng)
    bg = _background(h // 4, w // 4, "fabric", rng)  # out of focus: drawn small, scaled up
    bg = cv2.resize(cv2.GaussianBlur(bg, (0, 0), 3), (w, h), interpolation=cv2.INTER_LINEAR)
    arr = _place(sheet, (w, h), quad, bg, rng, shadow=0.15)
    low = rng.uniform(0.65, 0.9)
    arr = _camera(_light(arr, rng, low), rng, rng.uniform(0.7, 1.2), rng.uniform(2.5, 5))
    quality = rng_py.randint(85, 95)
    data = _jpeg(Image.fromarray(_u8(arr)), quality, exif=_exif(1, rng_py))
    return data, "jpg", {"thumbs_mm_from_top": thumbs, "tilt": round(angle, 2), "quality": quality}


def trifold(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A certificate folded in three for an envelope, opened and photographed: three panels,
    each at its own slant (the folds stand up), shaded differently, creases at 99 and 198 mm."""
    w, h = 3024, 4032
    paper = _paper(page, rng)
    ph = h * rng.uniform(0.76, 0.86)
    pw = ph * PAGE_W / PAGE_H
    left, top = (w - pw) / 2 + rng.uniform(-60, 60), (h - ph) / 2
    bulge = rng.uniform(0.015, 0.035) * pw
    ys = [top, top + ph / 3, top + 2 * ph / 3, top + ph]
    # the folds: edges at 1/3 and 2/3 stand in (valley) or out (mountain) of the frame
    xs_in = [0.0, bulge, -bulge * rng.uniform(0.3, 1.0), 0.0]
    bg = _background(h, w, rng_py.choice(("wood", "grey")), rng)
    arr = bg.copy()
    strip_h = paper.height / 3
    shades = [rng.uniform(0.86, 1.0) for _ in range(3)]
    for k in range(3):
        strip = paper.crop((0, round(k * strip_h), paper.width, round((k + 1) * strip_h)))
        a, b = xs_in[k], xs_in[k + 1]
        quad = np.array([[left + a, ys[k]], [left + pw - a, ys[k]], [left + pw - b, ys[k + 1]],
                         [left + b, ys[k + 1]]], np.float32)  # fmt: skip
        m = _homography(strip.width, strip.height, quad)
        warped = cv2.warpPerspective(_f(strip), m, (w, h), flags=cv2.INTER_AREA)
        mask = cv2.warpPerspective(np.ones((strip.height, strip.width), np.float32), m, (w, h))
        arr = warped * shades[k] * mask[..., None] + arr * (1 - mask[..., None])
    for k in (1, 2):  # crease: a thin dark line with a lighter edge
        y = round(ys[k])
        x0, x1 = round(left + xs_in[k]), round(left + pw - xs_in[k])
        arr[y - 2 : y + 1, x0:x1] *= 0.72
        arr[y + 1 : y + 4, x0:x1] *= 1.04
    arr = _camera(
        _light(arr, rng, rng.uniform(0.7, 0.9)), rng, rng.uniform(0.6, 1.0), rng.uniform(2, 4)
    )
    quality = rng_py.randint(85, 95)
    data = _jpeg(Image.fromarray(_u8(arr)), quality, exif=_exif(1, rng_py))
    return data, "jpg", {"panel_shades": [round(s, 3) for s in shades], "quality": quality}


def _copy_pass(grey: Array, rng: np.random.Generator) -> Array:
    """One pass through a copier: skew, blur, the contrast curve, toner speckle, an edge shadow."""
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.9, 0.9), 1.0)
    grey = cv2.warpAffine(grey, m, (w, h), borderValue=255.0)
    grey = cv2.GaussianBlur(grey, (0, 0), rng.uniform(0.5, 0.9))
    black, white = rng.uniform(25, 60), rng.uniform(222, 245)
    grey = black + (white - black) * np.clip((grey / 255 - 0.1) / 0.8, 0, 1) ** 1.3
    speckle = rng.random((h, w)) < rng.uniform(0.0006, 0.002)
    grey[speckle] = rng.uniform(30, 120)
    grey = cv2.GaussianBlur(grey, (0, 0), 0.4)
    edge = rng.integers(0, 4)
    ramp = np.linspace(0, 1, w if edge < 2 else h, dtype=np.float32)
    if edge in (1, 3):
        ramp = ramp[::-1]
    depth, width = rng.uniform(0.35, 0.7), rng.uniform(0.02, 0.06)
    shade = 1 - depth * np.clip(1 - ramp / width, 0, 1)
    return _a(grey * (shade[None, :] if edge < 2 else shade[:, None]))


def copy2(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A scan of a photocopy of a photocopy, grey: two copier passes, then a 200 dpi scan;
    saved as a greyscale JPEG or an LZW greyscale TIFF."""
    grey: Array = np.asarray(page.convert("L"), dtype=np.float32)
    for _ in range(2):
        grey = _copy_pass(grey, rng)
    scale = 200 / DPI
    small = cv2.resize(
        grey,
        (round(grey.shape[1] * scale), round(grey.shape[0] * scale)),
        interpolation=cv2.INTER_AREA,
    )
    small = _a(small) + _a(rng.normal(0, 3, size=tuple(small.shape)))
    img = Image.fromarray(_u8(small), "L")
    if rng_py.random() < 0.5:
        quality = rng_py.randint(75, 90)
        return _jpeg(img, quality, dpi=(200, 200)), "jpg", {"file": "grey jpeg", "quality": quality}
    buffer = io.BytesIO()
    img.save(buffer, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    return buffer.getvalue(), "tif", {"file": "grey tiff lzw"}


def fax(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator, stretched: bool
) -> tuple[bytes, str, dict[str, Any]]:
    """A fax: 1-bit at 204×98 dpi (standard resolution), with the sending machine's header.
    ``stretched=False`` is a fax server's TIFF Class F (G3, 1728 × ~1140, the resolution tags
    say 204×98 so the page is squashed to half height unless they are honoured);
    ``stretched=True`` doubles every row to 204×196 (G4)."""
    grey: Array = np.asarray(page.convert("L"), dtype=np.float32)
    m = cv2.getRotationMatrix2D((grey.shape[1] / 2, grey.shape[0] / 2), rng.uniform(-0.7, 0.7), 1.0)
    grey = cv2.warpAffine(grey, m, (grey.shape[1], grey.shape[0]), borderValue=255.0)
    w, h = 1728, round(PAGE_H / 25.4 * 98)
    small = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    small = _a(small) + _a(rng.normal(0, rng.uniform(12, 22), size=tuple(small.shape)))
    bits = np.where(small > rng.uniform(135, 165), 255, 0).astype(np.uint8)
    bits[rng.random(bits.shape) < 0.0008] = 0
    img = Image.fromarray(bits, "L")
    draw = ImageDraw.Draw(img)
    header = (
        f"2026/{rng_py.randint(1, 11):02d}/{rng_py.randint(1, 28):02d} "
        f"{rng_py.randint(9, 18):02d}:{rng_py.randint(0, 59):02d}  FAX 0{rng_py.randint(2, 64)}-"
        f"{rng_py.randint(200, 999)}-{rng_py.randint(1000, 9999)}   P.001/001"
    )
    font = ImageFont.truetype(str(FACES[2].value.path), 22)
    draw.text((40, 4), header, fill=0, font=font)
    if stretched:
        img = img.resize((w, h * 2), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    img.convert("1", dither=Image.Dither.NONE).save(
        buffer, "TIFF", compression="group4" if stretched else "group3",
        dpi=(204, 196 if stretched else 98))  # fmt: skip
    return buffer.getvalue(), "tif", {"stretched": stretched, "size": list(img.size)}


def _flatbed(
    page: Image.Image, rng: np.random.Generator, dpi: int, noise: float = 3.0
) -> Image.Image:
    """A flatbed colour scan at ``dpi``: skew, paper tone, the lid's shadow on one edge, noise."""
    arr = _f(_paper(page, rng))
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.0, 1.0), 1.0)
    arr = _a(cv2.warpAffine(arr, m, (w, h), borderValue=(238, 238, 236)))
    band = round(w * rng.uniform(0.01, 0.025))
    arr[:, :band] *= np.linspace(0.35, 1, band, dtype=np.float32)[None, :, None]
    arr = cv2.resize(
        arr, (round(w * dpi / DPI), round(h * dpi / DPI)), interpolation=cv2.INTER_AREA
    )
    arr = cv2.GaussianBlur(arr, (0, 0), 0.5) + rng.standard_normal(
        arr.shape, dtype=np.float32
    ) * np.float32(noise)
    return Image.fromarray(_u8(arr))


def cmyk_jpeg(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A copier's scan-to-mail saved as a CMYK JPEG."""
    dpi = rng_py.choice((200, 240, 300))
    img = _flatbed(page, rng, dpi).convert("CMYK")
    quality = rng_py.randint(80, 92)
    return (
        _jpeg(img, quality, dpi=(dpi, dpi)),
        "jpg",
        {"dpi": dpi, "quality": quality, "mode": "CMYK"},
    )


def tiff_rgb(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A flatbed colour scan saved as TIFF (LZW or Deflate)."""
    dpi = rng_py.choice((200, 300))
    img = _flatbed(page, rng, dpi, noise=0.0)  # noise-free, as a scanner's LZW output stays < 10 MB
    compression = rng_py.choice(("tiff_lzw", "tiff_adobe_deflate"))
    buffer = io.BytesIO()
    img.save(buffer, "TIFF", compression=compression, dpi=(dpi, dpi))
    return buffer.getvalue(), "tif", {"dpi": dpi, "compression": compression}


def alpha_png(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A scanner app's cut-out: the page straightened imperfectly (corners 0.5–2 % off),
    everything outside it transparent (alpha 0), soft edge, saved as RGBA PNG."""
    long_edge = rng_py.choice((1754, 2000, 2339))
    h = long_edge
    w = round(h * 0.78)
    ph = h * rng.uniform(0.9, 0.97)
    quad = _quad(w / 2, h / 2, ph * PAGE_W / PAGE_H, ph, rng.uniform(-2.5, 2.5), 0.012, rng)
    src = _paper(page, rng)
    m = _homography(src.width, src.height, quad)
    warped = cv2.warpPerspective(_f(src), m, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((src.height, src.width), np.float32), m, (w, h))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)
    rgb = _camera(warped, rng, 0.5, 2.0) * (mask[..., None] > 0.01)
    rgba = np.dstack([_u8(rgb), _u8(mask * 255)])
    buffer = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buffer, "PNG", optimize=False, compress_level=6)
    return (
        buffer.getvalue(),
        "png",
        {"size": [w, h], "transparent_share": round(float((mask < 0.5).mean()), 3)},
    )


def scan_for_pdf(
    page: Image.Image, rng_py: random.Random, rng: np.random.Generator
) -> tuple[Image.Image, int, int]:
    dpi = rng_py.choice((200, 300))
    return _flatbed(page, rng, dpi), dpi, rng_py.randint(72, 88)
