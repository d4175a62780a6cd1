"""The four faces of certificate set 8: TrueType (glyf) faces that certificate sets 6 and 7
did not print with, each with its bold for the title, the 등록번호 and the 세무서장 line."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

_ROOT = "/usr/share/fonts/truetype"


@dataclass(frozen=True)
class Face:
    name: str
    regular: str
    bold: str


FACES = (
    Face("NanumGothic", f"{_ROOT}/nanum/NanumGothic.ttf", f"{_ROOT}/nanum/NanumGothicBold.ttf"),
    Face("NanumMyeongjo", f"{_ROOT}/nanum/NanumMyeongjo.ttf",
         f"{_ROOT}/nanum/NanumMyeongjoBold.ttf"),
    Face("UnGraphic", f"{_ROOT}/unfonts-core/UnGraphic.ttf",
         f"{_ROOT}/unfonts-core/UnGraphicBold.ttf"),
    Face("NanumSquareRound", f"{_ROOT}/nanum/NanumSquareRoundR.ttf",
         f"{_ROOT}/nanum/NanumSquareRoundB.ttf"),
)  # fmt: skip


def available_faces() -> list[str]:
    return [f.name for f in FACES if os.path.exists(f.regular) and os.path.exists(f.bold)]


def face_named(name: str) -> Face:
    return next(f for f in FACES if f.name == name)


class Metrics:
    """Glyph ids and advance widths (in 1/1000 em) of one font file."""

    def __init__(self, path: str) -> None:
        self.path = path
        with TTFont(path, lazy=True) as font:
            self.upm = font["head"].unitsPerEm
            self.cmap = font.getBestCmap()
            self.order = font.getGlyphOrder()
            hmtx = font["hmtx"]
            self._adv = {name: hmtx[name][0] for name in set(self.cmap.values())}
            self.ascent = font["hhea"].ascent * 1000 / self.upm
            self.descent = font["hhea"].descent * 1000 / self.upm
        self._gid = {name: i for i, name in enumerate(self.order)}

    def gid(self, ch: str) -> int:
        name = self.cmap.get(ord(ch))
        return self._gid[name] if name else 0

    def advance(self, ch: str) -> float:
        name = self.cmap.get(ord(ch))
        return self._adv[name] * 1000 / self.upm if name else 500.0

    def width_mm(self, text: str, size_pt: float) -> float:
        return sum(self.advance(c) for c in text) / 1000 * size_pt * 25.4 / 72


@functools.cache
def metrics(path: str) -> Metrics:
    return Metrics(path)
