"""The five faces of certificate set 5: TrueType files only, since the text-layer PDFs embed a
subset of the face (with its ToUnicode map) and the raster pages are drawn from those PDFs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_NANUM = Path("/usr/share/fonts/truetype/nanum")
_UN = Path("/usr/share/fonts/truetype/unfonts-core")


@dataclass(frozen=True)
class Face:
    name: str
    regular: Path
    bold: Path


FACES = (
    Face("NanumGothic", _NANUM / "NanumGothic.ttf", _NANUM / "NanumGothicBold.ttf"),
    Face("UnBatang", _UN / "UnBatang.ttf", _UN / "UnBatangBold.ttf"),
    Face("UnGraphic", _UN / "UnGraphic.ttf", _UN / "UnGraphicBold.ttf"),
    Face("NanumSquareRound", _NANUM / "NanumSquareRoundR.ttf", _NANUM / "NanumSquareRoundB.ttf"),
    Face("NanumMyeongjo", _NANUM / "NanumMyeongjo.ttf", _NANUM / "NanumMyeongjoBold.ttf"),
)
BY_NAME = {f.name: f for f in FACES}


def available_faces() -> list[str]:
    return [f.name for f in FACES if f.regular.exists() and f.bold.exists()]
