"""Drawing primitives for a certificate page: spread labels, wrapped values, borders, seal.

Sizes are given in points and drawn at the page's resolution, so a layout reads the same
at any render dpi.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from tests.support.blind_certs.fonts import SEAL_FACE, font

INK = (24, 24, 28)
A4_INCHES = (8.27, 11.69)


class Page:
    def __init__(self, dpi: int, face: str, paper: tuple[int, int, int] = (255, 255, 255)):
        self.dpi = dpi
        self.face = face
        self.width = round(A4_INCHES[0] * dpi)
        self.height = round(A4_INCHES[1] * dpi)
        self.image = Image.new("RGB", (self.width, self.height), paper)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, points: float) -> int:
        return round(points * self.dpi / 72)

    def font(self, size_pt: float, *, bold: bool = False) -> ImageFont.FreeTypeFont:
        return font(self.face, self.px(size_pt), bold=bold)

    def width_of(self, text: str, size_pt: float, *, bold: bool = False) -> int:
        return round(self.font(size_pt, bold=bold).getlength(text))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size_pt: float,
        *,
        bold: bool = False,
        fill: tuple[int, int, int] = INK,
    ) -> int:
        """Draw `text` with its top-left at (x, y); return its width in pixels."""
        f = self.font(size_pt, bold=bold)
        self.draw.text((x, y), text, font=f, fill=fill)
        return round(f.getlength(text))

    def centered(
        self, cx: float, y: float, text: str, size_pt: float, *, bold: bool = False
    ) -> None:
        self.text(cx - self.width_of(text, size_pt, bold=bold) / 2, y, text, size_pt, bold=bold)

    def spread(self, x: float, y: float, text: str, width: float, size_pt: float) -> None:
        """Justify the characters of `text` over `width` ("상       호"), as the form does.

        Parenthesised parts stay together so "법인명(단체명)" keeps its brackets tight.
        """
        units = _units(text)
        if len(units) == 1:
            self.text(x, y, units[0], size_pt)
            return
        widths = [self.width_of(u, size_pt) for u in units]
        gap = max(0.0, (width - sum(widths)) / (len(units) - 1))
        for unit, w in zip(units, widths, strict=True):
            self.text(x, y, unit, size_pt)
            x += w + gap

    def wrapped(self, x: float, y: float, text: str, width: float, size_pt: float) -> int:
        """Draw `text` broken at spaces to fit `width`; return the number of lines."""
        lines: list[str] = []
        for word in text.split(" "):
            if lines and self.width_of(f"{lines[-1]} {word}", size_pt) <= width:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        step = self.px(size_pt * 1.45)
        for i, line in enumerate(lines):
            self.text(x, y + i * step, line, size_pt)
        return len(lines)

    def rect(self, box: tuple[float, float, float, float], width_pt: float = 0.8) -> None:
        self.draw.rectangle(box, outline=INK, width=max(1, self.px(width_pt)))

    def line(self, a: tuple[float, float], b: tuple[float, float], width_pt: float = 0.6) -> None:
        self.draw.line([a, b], fill=INK, width=max(1, self.px(width_pt)))

    def double_border(self, box: tuple[float, float, float, float]) -> None:
        """A thick outer rule and a thin inner one, as on printed certificate paper."""
        self.rect(box, 2.2)
        inset = self.px(4)
        x0, y0, x1, y1 = box
        self.rect((x0 + inset, y0 + inset, x1 - inset, y1 - inset), 0.6)


def _units(text: str) -> list[str]:
    units: list[str] = []
    depth = 0
    for ch in text.replace(" ", ""):
        if depth and units:
            units[-1] += ch
        else:
            units.append(ch)
        depth += ch == "("
        depth -= ch == ")"
    return units


def watermark(page: Page, rng: random.Random) -> None:
    """Security-paper background: faint interlaced waves, as printed certificate paper has."""
    layer = Image.new("RGB", page.image.size, (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    colour = rng.choice(((222, 236, 226), (226, 230, 242), (240, 232, 220)))
    period = page.px(rng.uniform(28, 44))
    amplitude = page.px(rng.uniform(5, 10))
    step = page.px(9)
    for row in range(-2, page.height // step + 2):
        y0 = row * step
        points = [
            (x, y0 + amplitude * math.sin(2 * math.pi * x / period + row * 0.7))
            for x in range(0, page.width + 8, 8)
        ]
        draw.line(points, fill=colour, width=max(1, page.px(0.5)))
    page.image = _multiply(page.image, layer)
    page.draw = ImageDraw.Draw(page.image)


def seal(page: Page, rng: random.Random, office: str, centre: tuple[float, float]) -> None:
    """The office's red square seal ("…세무서장인"), multiplied over whatever lies beneath."""
    chars = list(office + "장인")
    cols = 3 if len(chars) > 4 else 2
    rows = math.ceil(len(chars) / cols)
    cell = page.px(rng.uniform(17, 21))
    pad = page.px(4)
    side = cols * cell + 2 * pad
    height = rows * cell + 2 * pad
    layer = Image.new("RGBA", (side, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (rng.randint(190, 225), rng.randint(20, 50), rng.randint(30, 55), 255)
    draw.rectangle((0, 0, side - 1, height - 1), outline=red, width=page.px(2.4))
    f = font(SEAL_FACE, round(cell * 0.86), bold=True)
    # Seals read top-to-bottom in columns, right to left.
    for i, ch in enumerate(chars):
        col = cols - 1 - i // rows
        row = i % rows
        draw.text((pad + col * cell + cell * 0.07, pad + row * cell), ch, font=f, fill=red)
    layer = layer.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    # Uneven ink: thin the stamp in patches.
    alpha = layer.getchannel("A").point(lambda a: round(a * rng.uniform(0.55, 0.85)))
    layer.putalpha(alpha)
    tint = Image.new("RGB", page.image.size, (255, 255, 255))
    x = round(centre[0] - layer.width / 2)
    y = round(centre[1] - layer.height / 2)
    white = Image.new("RGB", layer.size, (255, 255, 255))
    tint.paste(Image.composite(layer.convert("RGB"), white, layer.getchannel("A")), (x, y))
    page.image = _multiply(page.image, tint)
    page.draw = ImageDraw.Draw(page.image)


def _multiply(base: Image.Image, layer: Image.Image) -> Image.Image:
    a = np.asarray(base, dtype=np.uint16)
    b = np.asarray(layer, dtype=np.uint16)
    return Image.fromarray((a * b // 255).astype(np.uint8))
