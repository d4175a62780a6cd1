"""Korean faces for the blind set: myeongjo/batang (serif) and gothic/dotum (sans) faces.

Looked up by file name under the usual font folders, so the set renders the same wherever
the same font packages (fonts-nanum, fonts-unfonts-core, fonts-noto-cjk) are installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


@dataclass(frozen=True, slots=True)
class Face:
    name: str
    regular: str  # file name
    bold: str
    index: int = 0  # face inside a .ttc collection
    serif: bool = False


FACES: tuple[Face, ...] = (
    Face("UnBatang", "UnBatang.ttf", "UnBatangBold.ttf", serif=True),
    Face("Noto Serif CJK KR", "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", 1, True),
    Face("NanumMyeongjo", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf", serif=True),
    Face("UnDotum", "UnDotum.ttf", "UnDotumBold.ttf"),
    Face("Noto Sans CJK KR", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", 1),
    Face("NanumBarunGothic", "NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
    Face("NanumGothic", "NanumGothic.ttf", "NanumGothicBold.ttf"),
    Face("NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf"),
)
SEAL_FACE = "UnBatang"  # carved-looking strokes for the seal's characters


@cache
def _find(file_name: str) -> Path | None:
    for folder in _FONT_DIRS:
        if folder.is_dir():
            for path in sorted(folder.rglob(file_name)):
                return path
    return None


def face(name: str) -> Face:
    for f in FACES:
        if f.name == name:
            return f
    raise KeyError(name)


def available_faces() -> tuple[str, ...]:
    return tuple(f.name for f in FACES if _find(f.regular) and _find(f.bold))


@cache
def font(name: str, size_px: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    f = face(name)
    path = _find(f.bold if bold else f.regular)
    if path is None:
        raise FileNotFoundError(f"font {name!r} is not installed")
    return ImageFont.truetype(str(path), size_px, index=f.index)
