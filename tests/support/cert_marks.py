"""Coloured marks put on a printed certificate, as a merchant, a bank clerk or an office adds
them after it was printed: highlighter across a row, ballpoint underlines, circles, ticks and
a signature, and stamps (원본대조필, 사본, a company's round seal, a date stamp) with partial ink.

Every mark is ink on paper: it multiplies the page (a translucent colour over the print), so
the print under it stays dark. Black pen over black print is not made: no rule based on
colour could separate it, and it would measure a different problem.

    .venv/bin/python -m tests.support.cert_marks --out DIR [--dev N] [--pages DIR ...]

writes a folder that `bench/blindcert.py score --dir DIR` scores: marked renders of the dev
renderer (`tests/support/certificates.py`, marked before the capture's degradation) and
marked copies of the PNG and JPEG pages of other folders (marked over their capture).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.support.cert_degrade import DEGRADATIONS
from tests.support.cert_fonts import korean_fonts
from tests.support.cert_layout import DPI
from tests.support.certificates import render_image

Rgb = tuple[int, int, int]
Mask = NDArray[np.float32]
Params = dict[str, Any]

# Highlighter inks as they look on white paper (each has one channel near full).
HIGHLIGHTERS: dict[str, Rgb] = {
    "yellow": (255, 240, 70),
    "green": (150, 245, 110),
    "pink": (255, 140, 200),
    "orange": (255, 180, 70),
    "blue": (120, 210, 255),
}
# Ballpoint and gel pens: dark, saturated.
PENS: dict[str, Rgb] = {
    "blue": (30, 55, 170),
    "navy": (25, 32, 95),
    "violet": (95, 45, 155),
    "red": (200, 30, 40),
}
# Stamp pads: vermilion 인주 and the office pads' red, blue and violet.
STAMPS: dict[str, Rgb] = {
    "vermilion": (225, 60, 45),
    "red": (200, 25, 40),
    "blue": (40, 70, 190),
    "violet": (120, 50, 170),
}
STAMP_WORDS = ("원본대조필", "사본", "대표이사", "확인필", "접수")
# Variants of the dev renderer a marked page goes through (the 1-bit ones lose colour).
CAPTURES = ("clean", "jpeg", "blur", "perspective", "tint", "rot", "noise")


def text_rows(gray: NDArray[np.uint8]) -> list[tuple[int, int, int, int]]:
    """(top, bottom, left, right) of each row of print, from the dark pixels' projection."""
    # Dark against the paper around it: a photo's desk or shadow is not print.
    h, w = gray.shape
    around = cv2.blur(gray, (w // 30 | 1, w // 30 | 1))
    dark = gray.astype(np.float32) < 0.6 * around
    counts = dark.sum(axis=1)
    inked = counts > max(3, w // 100)  # more than a frame's sides
    rows = []
    y = 0
    while y < h:
        if not inked[y]:
            y += 1
            continue
        top = y
        while y < h and inked[y]:
            y += 1
        height = y - top
        # A rule is a few pixels high; a row of letters 0.6-3 % of the page's height.
        if 0.006 * h <= height <= 0.03 * h:
            cols = np.flatnonzero(dark[top:y].any(axis=0))
            rows.append((top, y, int(cols[0]), int(cols[-1])))
    return rows


def _blend(page: NDArray[np.float32], mask: Mask, colour: Rgb) -> None:
    """Ink multiplies the page: where the mask covers it, the page takes the ink's colour."""
    ink = np.asarray(colour, dtype=np.float32) / 255.0
    page *= 1.0 - mask[..., None] * (1.0 - ink)


def _region(
    page: NDArray[np.float32], points: list[tuple[float, float]], margin: float
) -> tuple[int, int, int, int]:
    """The page's pixels (x0, y0, x1, y1) round `points`: marks are drawn there only."""
    h, w = page.shape[:2]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, y0 = max(0, int(min(xs) - margin)), max(0, int(min(ys) - margin))
    x1, y1 = min(w, int(max(xs) + margin) + 1), min(h, int(max(ys) + margin) + 1)
    return x0, y0, max(x0 + 1, x1), max(y0 + 1, y1)


def _ink(
    page: NDArray[np.float32],
    region: tuple[int, int, int, int],
    draw: Callable[[ImageDraw.ImageDraw, Callable[[float, float], tuple[float, float]]], None],
    colour: Rgb,
    strength: float | Mask,
    turn: float = 0.0,
) -> None:
    """Draw a mark 4x larger within `region`, shrink it (anti-aliased edges like a real
    stroke's) and blend it in; `draw` gets the canvas and a page-to-canvas mapping."""
    x0, y0, x1, y1 = region
    big = Image.new("L", (4 * (x1 - x0), 4 * (y1 - y0)), 0)
    draw(ImageDraw.Draw(big), lambda x, y: (4 * (x - x0), 4 * (y - y0)))
    if turn:
        big = big.rotate(turn, resample=Image.Resampling.BILINEAR)
    mask = np.asarray(big.resize((x1 - x0, y1 - y0), Image.Resampling.BOX), np.float32) / 255
    _blend(page[y0:y1, x0:x1], np.asarray(mask * strength, dtype=np.float32), colour)


def band(
    page: NDArray[np.float32],
    box: tuple[float, float, float, float],
    colour: Rgb,
    strength: float,
    tilt: float = 0.0,
) -> None:
    """A highlighter's band over `box` (x0, y0, x1, y1), its right end `tilt` px lower."""
    x0, y0, x1, y1 = box
    corners = [(x0, y0), (x1, y0 + tilt), (x1, y1 + tilt), (x0, y1)]

    def draw(
        canvas: ImageDraw.ImageDraw, at: Callable[[float, float], tuple[float, float]]
    ) -> None:
        canvas.polygon([at(x, y) for x, y in corners], fill=255)

    _ink(page, _region(page, corners, 2), draw, colour, strength)


def stroke(
    page: NDArray[np.float32],
    points: list[tuple[float, float]],
    width: float,
    colour: Rgb,
    strength: float = 1.0,
) -> None:
    """A pen's line through `points`, `width` px wide, anti-aliased."""

    def draw(
        canvas: ImageDraw.ImageDraw, at: Callable[[float, float], tuple[float, float]]
    ) -> None:
        scaled = [at(x, y) for x, y in points]
        canvas.line(scaled, fill=255, width=max(1, round(4 * width)), joint="curve")

    _ink(page, _region(page, points, width + 2), draw, colour, strength)


def highlighter(
    page: NDArray[np.float32], row: tuple[int, int, int, int], rng: random.Random
) -> Params:
    """A translucent band drawn across a row's value, a little taller than the letters."""
    w = page.shape[1]
    top, bottom, left, right = row
    name = rng.choice(list(HIGHLIGHTERS))
    x0 = rng.uniform(left + 0.2 * (right - left), left + 0.45 * (right - left))
    x1 = rng.uniform(x0 + 0.3 * (right - x0), right + 0.02 * w)
    pad = (bottom - top) * rng.uniform(0.1, 0.4)
    tilt = rng.uniform(-0.01, 0.01) * (x1 - x0)
    band(page, (x0, top - pad, x1, bottom + pad), HIGHLIGHTERS[name], rng.uniform(0.6, 0.9), tilt)
    return {"kind": "highlighter", "ink": name, "row": top}


def pen(page: NDArray[np.float32], row: tuple[int, int, int, int], rng: random.Random) -> Params:
    """A ballpoint stroke 2-4 px wide (at 300 dpi): underline, strike, circle, tick or a
    signature's scrawl over the row."""
    w = page.shape[1]
    unit = w / 2480
    top, bottom, left, right = row
    name = rng.choice(list(PENS))
    shape = rng.choice(("underline", "strike", "circle", "tick", "signature"))
    width = rng.uniform(2, 4) * unit
    x0 = rng.uniform(left + 0.15 * (right - left), left + 0.35 * (right - left))
    x1 = rng.uniform(x0 + 0.25 * (right - x0), x0 + 0.7 * (right - x0))
    mid = (top + bottom) / 2
    height = bottom - top
    pts: list[tuple[float, float]]
    if shape == "underline":
        y = bottom + rng.uniform(0.05, 0.3) * height
        pts = [(x0 + (x1 - x0) * t / 20, y + rng.uniform(-0.4, 0.4) * unit * 3) for t in range(21)]
    elif shape == "strike":
        pts = [
            (x0, mid + rng.uniform(-0.2, 0.2) * height),
            (x1, mid + rng.uniform(-0.2, 0.2) * height),
        ]
    elif shape == "circle":
        cx, cy = (x0 + x1) / 2, mid
        rx, ry = (x1 - x0) / 2 + 10 * unit, height * rng.uniform(0.8, 1.2)
        start = rng.uniform(0, 2 * math.pi)
        pts = [
            (
                cx + rx * math.cos(start + a / 40 * 2.2 * math.pi),
                cy + ry * math.sin(start + a / 40 * 2.2 * math.pi),
            )
            for a in range(41)
        ]
    elif shape == "tick":
        s = height * rng.uniform(0.8, 1.4)
        x = rng.uniform(x0, x1)
        pts = [(x - 0.4 * s, mid), (x, mid + 0.5 * s), (x + 0.7 * s, mid - 0.8 * s)]
    else:
        span = x1 - x0
        pts = []
        for i in range(60):
            t = i / 59
            pts.append(
                (x0 + span * t + rng.uniform(-1, 1) * unit * 6,
                 mid + height * 0.9 * math.sin(t * rng.uniform(14, 22)) * rng.uniform(0.4, 1.0))
            )  # fmt: skip
    stroke(page, pts, width, PENS[name], rng.uniform(0.85, 1.0))
    return {"kind": "pen", "shape": shape, "ink": name, "row": top}


def _stamp_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    fonts = korean_fonts()
    if not fonts:
        return ImageFont.load_default()
    path, index = fonts[0].bold
    return ImageFont.truetype(path, size, index=index)


def press(
    page: NDArray[np.float32],
    centre: tuple[float, float],
    size: tuple[float, float],
    shape: str,
    word: str,
    colour: Rgb,
    *,
    angle: float = 0.0,
    ring: float = 8.0,
    ink_seed: int = 0,
    strength: float = 0.9,
) -> None:
    """A stamp pressed at `centre`: a ring (square for "square") `ring` px wide round `word`,
    turned by `angle` degrees, its ink patchy as a real stamp's."""
    cx, cy = centre
    sx, sy = size
    reach = max(sx, sy) / 2 + ring + 2  # the stamp turned any way stays within this
    region = _region(page, [(cx - reach, cy - reach), (cx + reach, cy + reach)], 0)

    def draw(
        canvas: ImageDraw.ImageDraw, at: Callable[[float, float], tuple[float, float]]
    ) -> None:
        box = [*at(cx - sx / 2, cy - sy / 2), *at(cx + sx / 2, cy + sy / 2)]
        if shape == "square":
            canvas.rectangle(box, outline=255, width=max(4, round(4 * ring)))
        else:
            canvas.ellipse(box, outline=255, width=max(4, round(4 * ring)))
        font = _stamp_font(max(8, round(4 * min(sx / (len(word) + 1), sy * 0.45))))
        canvas.text(at(cx, cy), word, fill=255, font=font, anchor="mm")

    # Uneven ink: a stamp prints patchily (a smooth random field, some areas nearly bare).
    x0, y0, x1, y1 = region
    rw, rh = x1 - x0, y1 - y0
    field = np.random.default_rng(ink_seed).random((max(2, rh // 40), max(2, rw // 40)))
    patches = Image.fromarray(np.asarray(field * 255, dtype=np.uint8)).resize(
        (rw, rh), Image.Resampling.BICUBIC
    )
    patches = patches.filter(ImageFilter.GaussianBlur(4 * page.shape[1] / 2480))
    density = np.clip(np.asarray(patches, dtype=np.float32) / 255.0 * 1.6 - 0.1, 0.2, 1.0)
    # Turned about the region's centre, which is the stamp's unless the page's edge cut it.
    _ink(page, region, draw, colour, density * strength, turn=angle)


def stamp(page: NDArray[np.float32], row: tuple[int, int, int, int], rng: random.Random) -> Params:
    """A round, square or oval stamp, or a date stamp, pressed with uneven ink over a row."""
    unit = page.shape[1] / 2480
    top, bottom, left, right = row
    name = rng.choice(list(STAMPS))
    shape = rng.choice(("round", "square", "oval", "date"))
    side = rng.uniform(180, 320) * unit
    cx = rng.uniform(left + 0.2 * (right - left), left + 0.8 * (right - left))
    cy = (top + bottom) / 2 + rng.uniform(-0.3, 0.3) * side
    size = (side * 1.6, side * 0.8) if shape in ("oval", "date") else (side, side)
    ring = rng.uniform(6, 12) * unit
    word = f"{rng.randrange(2024, 2027)}.{rng.randrange(1, 13):02d}.{rng.randrange(1, 29):02d}"
    if shape != "date":
        word = rng.choice(STAMP_WORDS)
    angle = rng.uniform(-25, 25)
    ink_seed = rng.randrange(2**32)
    strength = rng.uniform(0.7, 0.95)
    press(page, (cx, cy), size, shape, word, STAMPS[name], angle=angle, ring=ring,
          ink_seed=ink_seed, strength=strength)  # fmt: skip
    return {"kind": "stamp", "shape": shape, "ink": name, "angle": round(angle, 1), "row": top}


MARKS = (highlighter, pen, stamp)


def mark_page(
    img: Image.Image, rng: random.Random, count: int | None = None
) -> tuple[Image.Image, list[Params]]:
    """`count` marks (2-5 when None), most over the upper rows where 상호/성명/주소 are."""
    rgb = img.convert("RGB")
    rows = text_rows(np.asarray(rgb.convert("L"), dtype=np.uint8))
    if not rows:
        return rgb, []
    upper = [r for r in rows if r[0] < 0.6 * rgb.height] or rows
    page = np.asarray(rgb, dtype=np.float32).copy()
    params = []
    for _ in range(count if count is not None else rng.randint(2, 5)):
        row = rng.choice(upper if rng.random() < 0.8 else rows)
        params.append(rng.choice(MARKS)(page, row, rng))
    return Image.fromarray(np.asarray(np.clip(page, 0, 255), dtype=np.uint8)), params


def _encode(img: Image.Image, fmt: str, dpi: float | None) -> bytes:
    buf = io.BytesIO()
    if fmt == "jpg":
        img.save(buf, "JPEG", quality=92, **({"dpi": (dpi, dpi)} if dpi else {}))
    else:
        img.save(buf, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


def dev_marked(seed: int, rng: random.Random) -> tuple[bytes, str, dict[str, Any]]:
    """A dev render marked on paper, then captured (scanned or photographed)."""
    variant = rng.choice(CAPTURES)
    img, truth = render_image(seed, variant="clean")
    img, marks = mark_page(img, rng)
    degradation: Params = {}
    if variant != "clean":
        img, degradation = DEGRADATIONS[variant](img, rng)
    fmt = "jpg" if "jpeg" in degradation else "png"
    dpi = degradation.get("lowres", {}).get("dpi", DPI)
    name = f"blind_dev{seed:05d}.{fmt}"
    return (
        _encode(img, fmt, dpi),
        name,
        {**truth, "image": name, "variant": variant, "marks": marks},
    )


def page_marked(image: Path, rng: random.Random) -> tuple[bytes, str, dict[str, Any]]:
    """A page of another set, marked over its capture."""
    truth = json.loads(image.with_suffix(".json").read_text())
    with Image.open(image) as src:
        dpi = src.info.get("dpi", (None,))[0]
        img, marks = mark_page(src, rng)
    fmt = "jpg" if image.suffix.lower() in (".jpg", ".jpeg") else "png"
    name = f"blind_{image.parent.name}_{image.stem}.{fmt}"
    return _encode(img, fmt, dpi), name, {**truth, "image": name, "marks": marks}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dev", type=int, default=0, help="marked dev renders")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="folders to mark")
    parser.add_argument("--per-folder", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    made = [dev_marked(args.seed * 100 + i, rng) for i in range(args.dev)]
    for folder in args.pages:
        images = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg")
        )
        made += [page_marked(p, rng) for p in images[: args.per_folder]]
    for data, name, truth in made:
        (args.out / name).write_bytes(data)
        (args.out / name).with_suffix(".json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1)
        )
    print(f"{len(made)} marked pages in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
