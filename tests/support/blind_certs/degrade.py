"""What scanners, copiers, fax-like 1-bit scans and phone uploads do to a printed page.

Each degradation takes the page rendered at `RENDER_DPI` and returns the bytes of the file a
merchant would upload (PNG, JPEG, 1-bit TIFF or an image-only PDF), with the parameters used.
Resampling comes first (a scanner's optics blur, then it samples), the rest in the order a
real path applies them: skew on the glass, light falloff, sensor noise, blur, compression.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

RENDER_DPI = 300
DEGRADATIONS = (
    "clean",
    "scan200",
    "scan150",
    "scan100",
    "blur",
    "jpeg",
    "light",
    "bw",
    "combined",
)


@dataclass
class Degraded:
    data: bytes
    extension: str  # png | jpg | tif | pdf
    dpi: int
    params: dict[str, Any] = field(default_factory=dict)


def _resample(img: np.ndarray, dpi: int) -> np.ndarray:
    scale = dpi / RENDER_DPI
    size = (round(img.shape[1] * scale), round(img.shape[0] * scale))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA)


def _rotate(img: np.ndarray, degrees: float) -> np.ndarray:
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    paper = tuple(int(c) for c in np.median(img[:20, :20].reshape(-1, 3), axis=0))
    return cv2.warpAffine(
        img,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=paper,
    )


def _noise(img: np.ndarray, sigma: float, nrng: np.random.Generator) -> np.ndarray:
    grain = nrng.normal(0.0, sigma, img.shape[:2])[..., None]  # luminance noise
    return np.clip(img.astype(np.float32) + grain, 0, 255).astype(np.uint8)


def _blur(img: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma)


def _light(img: np.ndarray, rng: random.Random, darkest: float) -> np.ndarray:
    """Light falling off from one side and a corner, as on a phone photo or a lid left open."""
    h, w = img.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3) * w, rng.uniform(-0.3, 1.3) * h
    dist = np.sqrt((xs - cx) ** 2 + (ys - cy) ** 2) / np.hypot(w, h)
    field_ = 1.0 - (1.0 - darkest) * np.clip(dist / 1.1, 0, 1) ** 1.4
    tint = np.array([rng.uniform(0.9, 1.0), rng.uniform(0.93, 1.0), rng.uniform(0.97, 1.0)])
    out = img.astype(np.float32) * field_[..., None] * tint[None, None, :]
    lit: np.ndarray = np.clip(out, 0, 255).astype(np.uint8)
    return lit


def _paper(img: np.ndarray, rng: random.Random) -> np.ndarray:
    tone = np.array([rng.uniform(0.93, 0.99), rng.uniform(0.93, 0.99), rng.uniform(0.9, 0.97)])
    toned: np.ndarray = np.clip(img.astype(np.float32) * tone[None, None, :], 0, 255)
    return toned.astype(np.uint8)


def _encode(img: np.ndarray, extension: str, dpi: int, quality: int = 90) -> bytes:
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if extension == "jpg":
        pil.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), subsampling=2)
    elif extension == "pdf":
        # Fixed dates: Pillow stamps the current time otherwise, and the set must not change.
        when = time.gmtime(1767225600)  # 2026-01-01
        pil.save(buf, "PDF", resolution=float(dpi), creationDate=when, modDate=when)
    elif extension == "tif":
        pil.convert("1").save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
    else:
        pil.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def degrade(page: Image.Image, name: str, rng: random.Random) -> Degraded:
    nrng = np.random.default_rng(rng.getrandbits(64))
    img = np.asarray(page.convert("RGB"))
    params: dict[str, Any] = {}

    def pick(key: str, value: Any) -> Any:
        params[key] = round(value, 4) if isinstance(value, float) else value
        return value

    if name == "clean":
        dpi = 200
        return Degraded(_encode(_resample(img, dpi), "png", dpi), "png", dpi, params)
    if name == "scan200":
        dpi = 200
        img = _paper(_resample(img, dpi), rng)
        img = _rotate(img, pick("rotate", rng.uniform(-1.5, 1.5)))
        img = _noise(img, pick("noise", rng.uniform(5, 9)), nrng)
        return Degraded(_encode(img, "pdf", dpi), "pdf", dpi, params)
    if name == "scan150":
        dpi = 150
        img = _paper(_resample(img, dpi), rng)
        img = _rotate(img, pick("rotate", rng.uniform(-1.2, 1.2)))
        img = _noise(img, pick("noise", rng.uniform(6, 10)), nrng)
        q = pick("jpeg", rng.randint(72, 85))
        return Degraded(_encode(img, "jpg", dpi, q), "jpg", dpi, params)
    if name == "scan100":
        dpi = 100
        img = _paper(_resample(img, dpi), rng)
        img = _rotate(img, pick("rotate", rng.uniform(-1.0, 1.0)))
        img = _noise(img, pick("noise", rng.uniform(4, 7)), nrng)
        return Degraded(_encode(img, "png", dpi), "png", dpi, params)
    if name == "blur":
        dpi = pick("dpi", rng.choice((150, 200)))
        img = _blur(_resample(img, dpi), pick("blur", rng.uniform(0.9, 1.6) * dpi / 150))
        img = _noise(img, pick("noise", rng.uniform(2, 4)), nrng)
        return Degraded(_encode(img, "png", dpi), "png", dpi, params)
    if name == "jpeg":
        dpi = pick("dpi", rng.choice((150, 200)))
        q = pick("jpeg", rng.randint(22, 38))
        return Degraded(_encode(_resample(img, dpi), "jpg", dpi, q), "jpg", dpi, params)
    if name == "light":
        dpi = pick("dpi", rng.choice((150, 200)))
        img = _light(_resample(img, dpi), rng, pick("darkest", rng.uniform(0.45, 0.7)))
        img = _noise(img, pick("noise", rng.uniform(3, 6)), nrng)
        return Degraded(_encode(img, "jpg", dpi, 85), "jpg", dpi, params)
    if name == "bw":
        dpi = 200
        gray = cv2.cvtColor(_resample(img, dpi), cv2.COLOR_RGB2GRAY)
        gray = _rotate(
            cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), pick("rotate", rng.uniform(-0.8, 0.8))
        )
        gray = cv2.cvtColor(gray, cv2.COLOR_RGB2GRAY).astype(np.float32)
        gray += nrng.normal(0.0, pick("noise", rng.uniform(18, 30)), gray.shape)
        threshold = pick("threshold", rng.randint(120, 165))
        bw = np.where(gray > threshold, 255, 0).astype(np.uint8)
        specks = nrng.random(bw.shape) < pick("specks", rng.uniform(0.0005, 0.002))
        bw[specks] = 0
        rgb = cv2.cvtColor(bw, cv2.COLOR_GRAY2RGB)
        return Degraded(_encode(rgb, "tif", dpi), "tif", dpi, params)
    if name == "combined":
        dpi = pick("dpi", rng.randint(120, 170))
        img = _paper(_resample(img, dpi), rng)
        img = _rotate(img, pick("rotate", rng.uniform(-2.0, 2.0)))
        img = _light(img, rng, pick("darkest", rng.uniform(0.6, 0.8)))
        img = _blur(img, pick("blur", rng.uniform(0.6, 1.0)))
        img = _noise(img, pick("noise", rng.uniform(5, 9)), nrng)
        q = pick("jpeg", rng.randint(45, 65))
        return Degraded(_encode(img, "jpg", dpi, q), "jpg", dpi, params)
    raise ValueError(f"unknown degradation {name!r}")
