"""Scan and photo degradations of a rendered page, each recording its parameters."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageFilter

Params = dict[str, Any]
Degrade = Callable[[Image.Image, random.Random], tuple[Image.Image, Params]]


def rotate(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    angle = round(rng.uniform(1.0, 3.5) * rng.choice((-1, 1)), 3)
    out = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    return out, {"rot": {"angle": angle}}


def blur(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    radius = round(rng.uniform(0.9, 1.5), 2)
    return img.filter(ImageFilter.GaussianBlur(radius)), {"blur": {"radius": radius}}


def noise(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    nrng = np.random.default_rng(rng.randrange(2**32))
    sigma = round(rng.uniform(8, 16), 2)
    base = np.asarray(img, dtype=np.float32)
    arr = base + nrng.normal(0, sigma, base.shape[:2])[..., None]
    speckles = rng.randrange(1500, 4000)
    ys = nrng.integers(0, arr.shape[0], speckles)
    xs = nrng.integers(0, arr.shape[1], speckles)
    arr[ys, xs] = nrng.choice([0.0, 255.0], speckles)[:, None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out, {"noise": {"sigma": sigma, "speckles": speckles}}


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def jpeg(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    quality = rng.randrange(15, 35)
    return _jpeg(img, quality), {"jpeg": {"quality": quality}}


def lowres(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    dpi = rng.choice((100, 120, 150))
    scale = dpi / 200
    size = (round(img.width * scale), round(img.height * scale))
    return img.resize(size, Image.Resampling.LANCZOS), {"lowres": {"dpi": dpi}}


def tint(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """Uneven lighting and a paper tint, as from a lamp over the desk."""
    h, w = img.height, img.width
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    dist = np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
    dark = rng.uniform(0.35, 0.5)
    light = 1.0 - dark * dist
    color = np.array([1.0, rng.uniform(0.88, 0.97), rng.uniform(0.7, 0.88)], dtype=np.float32)
    arr = np.asarray(img, dtype=np.float32) * light[..., None] * color
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out, {"tint": {"dark": round(dark, 3)}}


def perspective(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """A phone photo: the page on a dark desk, seen at an angle, shrunk, JPEG-compressed."""
    w, h = img.width, img.height
    margin = int(w * 0.12)
    cw, ch = w + 2 * margin, h + 2 * margin

    def jitter(x: float, y: float) -> list[float]:
        return [x + rng.uniform(-0.05, 0.05) * w, y + rng.uniform(-0.04, 0.04) * h]

    corners = [
        jitter(margin, margin),
        jitter(margin + w, margin),
        jitter(margin + w, margin + h),
        jitter(margin, margin + h),
    ]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, np.array(corners, dtype=np.float32))
    bg = tuple(int(v) for v in rng.choice(((55, 57, 62), (70, 60, 50), (40, 42, 40))))
    warped = cv2.warpPerspective(
        np.asarray(img), matrix, (cw, ch), flags=cv2.INTER_AREA, borderValue=bg
    )
    out_w = rng.randrange(1400, 1600)
    out = Image.fromarray(warped).resize((out_w, round(ch * out_w / cw)), Image.Resampling.LANCZOS)
    quality = rng.randrange(80, 92)
    corners_r = [[round(x, 1), round(y, 1)] for x, y in corners]
    return _jpeg(out, quality), {
        "photo": {"corners": corners_r, "out_w": out_w},
        "jpeg": {"quality": quality},
    }


def bilevel(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """A 1-bit copy: a fixed threshold (no dithering) after a slight blur, so thin strokes
    break and edges go ragged, as a fax or a bilevel office scan does."""
    threshold = rng.randrange(120, 170)
    soft = img.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    out = soft.point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)
    return out, {"bilevel": {"threshold": threshold}}


def fax(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """A 1-bit copy of a grainy scan: sensor noise before a fixed threshold makes ragged
    edges, broken strokes and specks, and the sheet lies slightly askew on the glass."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    angle = round(rng.uniform(0.3, 1.5) * rng.choice((-1, 1)), 3)
    page = img.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    sigma = round(rng.uniform(15, 30), 1)
    threshold = rng.randrange(110, 160)
    arr = np.asarray(page, dtype=np.float32) + nrng.normal(0, sigma, (page.height, page.width))
    ink = arr > threshold
    specks = rng.randrange(500, 2000)
    ink[nrng.integers(0, page.height, specks), nrng.integers(0, page.width, specks)] = False
    out = Image.fromarray(np.where(ink, 255, 0).astype(np.uint8)).convert(
        "1", dither=Image.Dither.NONE
    )
    return out, {
        "bilevel": {"threshold": threshold},
        "fax": {"sigma": sigma, "specks": specks, "angle": angle},
    }


def guilloche(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """Security paper: faint wavy lines printed behind the text (the anti-forgery pattern of
    issued certificates), then a light scan noise."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    h, w = img.height, img.width
    spacing = rng.randrange(10, 22)
    amplitude = rng.uniform(4, 14)
    period = rng.uniform(120, 320)
    tone = rng.randrange(170, 215)
    colour = np.array([tone, min(255, tone + rng.randrange(0, 30)), 255], np.float32) / 255
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    phase = yy + amplitude * np.sin(2 * np.pi * xx / period)
    lines = (np.mod(phase, spacing) < 1.6).astype(np.float32)
    paper = 1 - lines[..., None] * (1 - colour)
    arr = np.asarray(img.convert("RGB"), dtype=np.float32) * paper
    sigma = round(rng.uniform(2, 5), 1)
    arr += nrng.normal(0, sigma, (h, w))[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out, {"guilloche": {"spacing": spacing, "tone": tone, "sigma": sigma}}


def lamp(img: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """A desk-lamp scan: light falling off across the page with a tint, sensor noise, and
    a phone's JPEG."""
    lit, tint_params = tint(img, rng)
    nrng = np.random.default_rng(rng.randrange(2**32))
    sigma = round(rng.uniform(4, 9), 1)
    arr = (
        np.asarray(lit, dtype=np.float32)
        + nrng.normal(0, sigma, (lit.height, lit.width))[..., None]
    )
    noisy = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    quality = rng.randrange(55, 80)
    return _jpeg(noisy, quality), {
        **tint_params,
        "noise": {"sigma": sigma},
        "jpeg": {"quality": quality},
    }


DEGRADATIONS: dict[str, Degrade] = {
    "rot": rotate,
    "noise": noise,
    "blur": blur,
    "jpeg": jpeg,
    "lowres": lowres,
    "perspective": perspective,
    "tint": tint,
    "bilevel": bilevel,
    "fax": fax,
    "guilloche": guilloche,
    "lamp": lamp,
}
