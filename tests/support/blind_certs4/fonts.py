"""The faces of set 4: mostly ones the earlier renderers used little, and one they never used."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

_NANUM = Path("/usr/share/fonts/truetype/nanum")
_UN = Path("/usr/share/fonts/truetype/unfonts-core")
_NOTO = Path("/usr/share/fonts/opentype/noto")


@dataclass(frozen=True)
class Face:
    name: str
    regular: Path
    bold: Path
    index: int = 0  # the face's number inside a .ttc collection

    def path(self, bold: bool) -> Path:
        return self.bold if bold else self.regular


_SERIF, _SANS = "NotoSerifCJK", "NotoSansCJK"
FACES: tuple[Face, ...] = (
    Face("UnDinaru", _UN / "UnDinaru.ttf", _UN / "UnDinaruBold.ttf"),
    Face("UnDotum", _UN / "UnDotum.ttf", _UN / "UnDotumBold.ttf"),
    Face("NanumBarunGothic", _NANUM / "NanumBarunGothic.ttf", _NANUM / "NanumBarunGothicBold.ttf"),
    Face("Noto Serif CJK KR", _NOTO / f"{_SERIF}-Regular.ttc", _NOTO / f"{_SERIF}-Bold.ttc", 1),
    Face("Noto Sans CJK KR", _NOTO / f"{_SANS}-Regular.ttc", _NOTO / f"{_SANS}-Bold.ttc", 1),
    Face("NanumSquare", _NANUM / "NanumSquareR.ttf", _NANUM / "NanumSquareB.ttf"),
)  # fmt: skip
BY_NAME = {f.name: f for f in FACES}


def available_faces() -> list[str]:
    return [f.name for f in FACES if f.regular.exists() and f.bold.exists()]


@lru_cache(maxsize=256)
def font(name: str, bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    face = BY_NAME[name]
    return ImageFont.truetype(str(face.path(bold)), pixels, index=face.index)
