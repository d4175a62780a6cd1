"""Things printed beside the text: the red seal, the 2-D code, the bar code."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .fonts import font

SEAL_RED = (206, 38, 42)


def seal(office: str, face: str, size_px: int, rng: random.Random) -> Image.Image:
    """A square 직인 '○○세무서장인' in columns read right to left, a little uneven as stamped."""
    text = f"{office}장인"
    cols = 3 if len(text) > 6 else 2
    per = -(-len(text) // cols)
    img = Image.new("RGBA", (size_px, size_px), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    border = max(4, size_px // 22)
    draw.rectangle((border, border, size_px - border, size_px - border), outline=SEAL_RED,
                   width=border)  # fmt: skip
    inner = size_px - 4 * border
    cell_w, cell_h = inner / cols, inner / per
    glyph = font(face, True, int(min(cell_w, cell_h) * 0.92))
    for i, ch in enumerate(text):
        col, row = divmod(i, per)
        cx = size_px - 2 * border - cell_w * (col + 0.5)
        cy = 2 * border + cell_h * (row + 0.5)
        draw.text((cx, cy), ch, font=glyph, fill=SEAL_RED, anchor="mm")
    # Ink that did not take: pale flecks across the impression.
    for _ in range(size_px // 3):
        x, y = rng.randrange(size_px), rng.randrange(size_px)
        r = rng.randint(1, max(2, size_px // 60))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(0, 0, 0, 0))
    alpha = img.getchannel("A").point(lambda a: int(a * 0.88))
    img.putalpha(alpha)
    return img


def matrix_code(rng: random.Random, modules: int = 29, px: int = 8) -> Image.Image:
    """A QR-looking block (finder squares and random modules); nothing reads it, it only has
    to look like the 2-D code a 홈택스 print carries."""
    size = modules * px
    img = Image.new("RGBA", (size, size), (255, 255, 255, 255))
    draw = ImageDraw.Draw(img)
    for y in range(modules):
        for x in range(modules):
            if rng.random() < 0.5:
                draw.rectangle((x * px, y * px, x * px + px - 1, y * px + px - 1), fill="black")
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        draw.rectangle((ox * px, oy * px, (ox + 8) * px - 1, (oy + 8) * px - 1), fill="white")
        draw.rectangle((ox * px, oy * px, (ox + 7) * px - 1, (oy + 7) * px - 1), fill="black")
        draw.rectangle(((ox + 1) * px, (oy + 1) * px, (ox + 6) * px - 1, (oy + 6) * px - 1),
                       fill="white")  # fmt: skip
        draw.rectangle(((ox + 2) * px, (oy + 2) * px, (ox + 5) * px - 1, (oy + 5) * px - 1),
                       fill="black")  # fmt: skip
    return img


def bar_code(rng: random.Random, bars: int = 60, height: int = 90) -> Image.Image:
    widths = [rng.choice((2, 2, 4, 6)) for _ in range(bars * 2)]
    img = Image.new("RGBA", (sum(widths), height), (255, 255, 255, 255))
    draw = ImageDraw.Draw(img)
    x = 0
    for i, w in enumerate(widths):
        if i % 2 == 0:
            draw.rectangle((x, 0, x + w - 1, height - 1), fill="black")
        x += w
    return img
