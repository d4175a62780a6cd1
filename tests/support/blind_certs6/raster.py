"""Draw a set-6 page (``page.Op``) with Pillow: black text, rules and a red seal."""

from __future__ import annotations

import math
import random
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .fonts import SEAL_FONT, FontFile
from .page import PAGE_H, PAGE_W, Line, Op, Seal, Text

INK = (28, 26, 30)
SEAL_RED = (214, 40, 44)


@cache
def _font(font: FontFile, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font.path), px, index=font.index)


def _mm(value: float, dpi: int) -> float:
    return value / 25.4 * dpi


def seal_image(seal: Seal, dpi: int) -> Image.Image:
    """The square "…세무서장인" seal as RGBA: a double border, the words in columns read
    right to left, ink that did not take in flecks, turned by ``seal.angle``."""
    rng = random.Random(seal.seed)
    side = round(_mm(seal.size, dpi))
    img = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(img)
    border = max(2, side // 26)
    draw.rectangle((border, border, side - border, side - border), outline=255, width=border * 2)
    words = seal.office + "장인"
    columns = [words[i : i + 3] for i in range(0, len(words), 3)]
    font = _font(SEAL_FONT, int(side * 0.8 / 3))
    col_w = (side - 6 * border) / len(columns)
    for c, column in enumerate(columns):
        x = side - 3 * border - col_w * (c + 0.5)
        for r, ch in enumerate(column):
            y = 3 * border + (side - 6 * border) * (r + 0.5) / 3
            draw.text((x, y), ch, fill=255, font=font, anchor="mm")
    mask = np.asarray(img, dtype=np.float32) / 255
    np_rng = np.random.default_rng(seal.seed)
    flecks = np_rng.random(mask.shape) > 0.12
    mask = mask * flecks * rng.uniform(0.75, 0.95)
    alpha = Image.fromarray((mask * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    rgba = Image.new("RGBA", (side, side), (*SEAL_RED, 0))
    rgba.putalpha(alpha)
    return rgba.rotate(seal.angle, resample=Image.Resampling.BICUBIC, expand=True)


def draw_page(ops: list[Op], dpi: int = 300) -> Image.Image:
    """The page as an RGB image at ``dpi``, white paper."""
    size = (round(_mm(PAGE_W, dpi)), round(_mm(PAGE_H, dpi)))
    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    seals: list[Seal] = []
    for op in ops:
        if isinstance(op, Text):
            font = _font(op.font, round(op.size / 72 * dpi))
            x, y = _mm(op.x, dpi), _mm(op.y, dpi)
            if op.spread:
                for ch in op.text:
                    draw.text((x, y), ch, fill=INK, font=font, anchor="ls")
                    x += font.getlength(ch) + _mm(op.spread, dpi)
            else:
                draw.text((x, y), op.text, fill=INK, font=font, anchor="ls")
        elif isinstance(op, Line):
            width = max(1, math.ceil(_mm(op.width, dpi)))
            draw.line((_mm(op.x1, dpi), _mm(op.y1, dpi), _mm(op.x2, dpi), _mm(op.y2, dpi)),
                      fill=INK, width=width)  # fmt: skip
        else:
            seals.append(op)
    for seal in seals:
        stamp = seal_image(seal, dpi)
        x = round(_mm(seal.x, dpi) - stamp.width / 2)
        y = round(_mm(seal.y, dpi) - stamp.height / 2)
        region = img.crop((x, y, x + stamp.width, y + stamp.height))
        under = np.asarray(region, dtype=np.float32)
        alpha = np.asarray(stamp.getchannel("A"), dtype=np.float32)[..., None] / 255
        red = np.array(SEAL_RED, dtype=np.float32)
        multiplied = under * (1 - alpha) + under * (red / 255) * alpha  # multiply, as ink does
        img.paste(Image.fromarray(multiplied.round().astype(np.uint8)), (x, y))
    return img
