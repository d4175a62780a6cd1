"""A Page drawn at 300 dpi, as a printer would put it on paper."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw

from .fonts import font
from .page import DPI, HEIGHT_MM, PX_PER_MM, WIDTH_MM, Line, Page, Picture, Text


def rasterise(page: Page) -> Image.Image:
    size = (round(WIDTH_MM * PX_PER_MM), round(HEIGHT_MM * PX_PER_MM))
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    for op in page.ops:
        if isinstance(op, Text):
            glyphs = font(op.face or page.face, op.bold, round(op.size * DPI / 72))
            draw.text((op.x * PX_PER_MM, op.y * PX_PER_MM), op.text, font=glyphs, fill=op.color,
                      anchor="ls")  # fmt: skip
        elif isinstance(op, Line):
            pts = [(x * PX_PER_MM, y * PX_PER_MM) for x, y in op.points]
            draw.line(pts, fill=op.color, width=max(1, round(op.width * PX_PER_MM)))
        elif isinstance(op, Picture):
            box = (round(op.w * PX_PER_MM), round(op.h * PX_PER_MM))
            pic = op.image.resize(box, Image.Resampling.LANCZOS)
            at = (round(op.x * PX_PER_MM), round(op.y * PX_PER_MM))
            if op.over:  # ink multiplies: the text under a stamp stays visible through it
                white = Image.new("RGB", box, "white")
                white.paste(pic, (0, 0), pic)
                region = img.crop((*at, at[0] + box[0], at[1] + box[1]))
                img.paste(ImageChops.multiply(region, white), at)
            else:
                img.paste(pic.convert("RGB"), at)
    return img
