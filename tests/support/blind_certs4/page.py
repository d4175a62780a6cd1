"""A page as a list of drawing operations in millimetres on A4, so that the same certificate
can be rasterised (raster.py) or written as a PDF with a text layer (pdfdoc.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from .fonts import font

WIDTH_MM, HEIGHT_MM = 210.0, 297.0
DPI = 300
PX_PER_MM = DPI / 25.4
INK = (24, 24, 24)


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float  # points
    bold: bool = False
    color: tuple[int, int, int] = INK
    face: str | None = None  # another face than the page's


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    width: float = 0.3
    color: tuple[int, int, int] = INK


@dataclass(frozen=True)
class Picture:
    x: float
    y: float
    w: float
    h: float
    image: Image.Image
    over: bool = True  # multiplied over the ink (a stamp) rather than pasted


Op = Text | Line | Picture


@dataclass
class Page:
    face: str
    ops: list[Op] = field(default_factory=list)
    printed_text: list[str] = field(default_factory=list)

    def width(self, text: str, size: float, bold: bool = False, face: str | None = None) -> float:
        px = font(face or self.face, bold, round(size * DPI / 72)).getlength(text)
        return float(px) / PX_PER_MM

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             anchor: str = "l", color: tuple[int, int, int] = INK,
             face: str | None = None) -> float:  # fmt: skip
        """Write `text` with its baseline at y, left/centre/right at x; return its right end."""
        w = self.width(text, size, bold, face)
        left = x - w / 2 if anchor == "m" else x - w if anchor == "r" else x
        self.ops.append(Text(left, y, text, size, bold, color, face))
        self.printed_text.append(text)
        return left + w

    def spread(self, x: float, y: float, text: str, size: float, span: float,
               bold: bool = False) -> None:  # fmt: skip
        """A label justified over `span` mm, one glyph at a time ("상       호")."""
        chars = [c for c in text if c != " "]
        if len(chars) == 1:
            self.text(x, y, chars[0], size, bold=bold)
            return
        total = sum(self.width(c, size, bold) for c in chars)
        gap = max(0.0, (span - total) / (len(chars) - 1))
        for c in chars:
            self.ops.append(Text(x, y, c, size, bold))
            x += self.width(c, size, bold) + gap
        self.printed_text.append(text)

    def line(self, *points: tuple[float, float], width: float = 0.3,
             color: tuple[int, int, int] = INK) -> None:  # fmt: skip
        self.ops.append(Line(tuple(points), width, color))

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.3) -> None:
        self.line((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y), width=width)

    def picture(self, x: float, y: float, w: float, h: float, image: Image.Image,
                over: bool = True) -> None:  # fmt: skip
        self.ops.append(Picture(x, y, w, h, image, over))

    def wrap(self, text: str, size: float, span: float, bold: bool = False) -> list[str]:
        """Break at spaces only, so the lines joined by a space give the text back."""
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            trial = f"{current} {word}" if current else word
            if current and self.width(trial, size, bold) > span:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
        return lines
