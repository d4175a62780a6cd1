"""Certificate set 4: a renderer of 사업자등록증 written blind to the reader and to the earlier
renderers, for the frozen set of bench/blindcert4.py (see bench/blindcert4.md).

values.py draws what the certificate says, layout.py lays the page out (page.py holds the
drawing operations), raster.py and pdfdoc.py print it, captures.py turns the print into the
file a merchant uploads.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

from . import captures, pdfdoc, raster, values
from . import layout as layouts  # `layout` is the name of a page look in this module
from .fonts import FACES, available_faces

__all__ = ["CAPTURES", "FORMS", "Certificate", "Item", "available_faces", "plan",
           "render_certificate"]  # fmt: skip

# Shares of the set of 60 (scaled for other counts).
FORMS = {"general": 20, "simple": 10, "exempt": 8, "corporate": 22}
CAPTURES = {"kakao": 10, "shadow": 7, "desk": 8, "crease": 7, "greyscan": 8, "twoup": 6,
            "imagepdf": 7, "digital": 7}  # fmt: skip
LAYOUTS = {"print": 1, "counter": 1}
TAXPAYER = {"general": "일반과세자", "simple": "간이과세자", "exempt": "면세사업자",
            "corporate": "법인사업자"}  # fmt: skip


@dataclass(frozen=True)
class Item:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int  # degrees counter-clockwise the page lies turned
    crop: bool  # margins cropped close to the ink before the capture


@dataclass(frozen=True)
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]


def _cycle(shares: dict[str, int], count: int, rng: random.Random) -> list[str]:
    total = sum(shares.values())
    deck = [k for k, n in shares.items() for _ in range(round(n * count / total))]
    while len(deck) < count:
        deck += list(shares)
    deck = deck[:count]
    rng.shuffle(deck)
    return deck


def plan(count: int, seed: int) -> list[Item]:
    """Form, layout, face and capture, each dealt from its own shuffled deck; a few pages
    turned and a few cropped (never the digital PDFs, which are not photographed)."""
    rng = random.Random(seed)
    forms = _cycle(FORMS, count, rng)
    layouts = _cycle(LAYOUTS, count, rng)
    faces = _cycle({f.name: 1 for f in FACES}, count, rng)
    kinds = _cycle(CAPTURES, count, rng)
    items = []
    for i in range(count):
        capture = kinds[i]
        rotation, crop = 0, False
        if capture != "digital":
            rotation = rng.choices((0, 90, 180, 270), weights=(88, 5, 4, 3))[0]
            crop = rng.random() < 0.15
        items.append(Item(i, forms[i], "print" if capture == "digital" else layouts[i],
                          faces[i], capture, rotation, crop))  # fmt: skip
    return items


def _crop(page: Image.Image, rng: random.Random) -> tuple[Image.Image, int]:
    """Cut the white margin down to a few millimetres round the ink (never into it)."""
    ink = ImageOps.invert(page.convert("L")).point(lambda v: 255 if v > 40 else 0)
    box = ink.getbbox() or (0, 0, page.width, page.height)
    margin = rng.randint(20, 90)  # pixels at 300 dpi: 1.7–7.6 mm
    x0, y0 = max(0, box[0] - margin), max(0, box[1] - margin)
    x1, y1 = min(page.width, box[2] + margin), min(page.height, box[3] + margin)
    return page.crop((x0, y0, x1, y1)), margin


def render_certificate(seed: int, *, form: str, layout: str, face: str, capture: str,
                       rotation: int = 0, crop: bool = False,
                       name: str = "cert") -> Certificate:  # fmt: skip
    rng = random.Random(seed)
    record = values.draw(rng, form)
    style = layouts.Style.draw(rng, layout)
    page = layouts.compose(record, style, face, rng)
    extras: dict[str, Any] = {"rotation": rotation, "crop": None}
    if capture == "digital":
        data, ext, params = pdfdoc.digital(page), "pdf", {"text_layer": True}
    else:
        image = raster.rasterise(page)
        if crop:
            image, margin = _crop(image, rng)
            extras["crop"] = margin
        if rotation:
            image = image.rotate(rotation, expand=True)
        data, ext, params = captures.CAPTURES[capture](image, rng)
    filename = f"{name}.{ext}"
    truth: dict[str, Any] = {
        "image": filename,
        "kind": record.kind,
        "taxpayer_type": TAXPAYER[form],
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": dict(sorted(record.fields.items())),
        "capture": params,
        "extras": extras,
        "style": style.__dict__,
        "also_printed": record.printed,
        "seed": seed,
    }
    return Certificate(filename, data, truth)
