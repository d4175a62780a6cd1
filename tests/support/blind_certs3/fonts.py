"""Korean faces for the third blind set: four the earlier sets did not print with (UnGraphic,
NanumSquareRound, Noto Sans Mono CJK KR, NanumGothicCoding; the two monospaced ones look like
the 굴림체/돋움체 of office printers) and three print faces of real certificates (UnBatang and
NanumMyeongjo for 바탕/명조, NanumGothic for 굴림). UnGungseo sets the 세무서장 line on some pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

NANUM = "/usr/share/fonts/truetype/nanum/"
UNFONTS = "/usr/share/fonts/truetype/unfonts-core/"
NOTO = "/usr/share/fonts/opentype/noto/"


@dataclass(frozen=True)
class Face:
    name: str
    regular: str
    bold: str
    index: int = 0  # face index inside a .ttc collection
    serif: bool = False


FACES: tuple[Face, ...] = (
    Face("UnGraphic", UNFONTS + "UnGraphic.ttf", UNFONTS + "UnGraphicBold.ttf"),
    Face("NanumSquareRound", NANUM + "NanumSquareRoundR.ttf", NANUM + "NanumSquareRoundB.ttf"),
    Face("Noto Sans Mono CJK KR", NOTO + "NotoSansCJK-Regular.ttc",
         NOTO + "NotoSansCJK-Bold.ttc", 6),
    Face("NanumGothicCoding", NANUM + "NanumGothicCoding.ttf", NANUM + "NanumGothicCodingBold.ttf"),
    Face("UnBatang", UNFONTS + "UnBatang.ttf", UNFONTS + "UnBatangBold.ttf", serif=True),
    Face("NanumMyeongjo", NANUM + "NanumMyeongjo.ttf", NANUM + "NanumMyeongjoBold.ttf", serif=True),
    Face("NanumGothic", NANUM + "NanumGothic.ttf", NANUM + "NanumGothicBold.ttf"),
)  # fmt: skip
GUNGSEO = Face("UnGungseo", UNFONTS + "UnGungseo.ttf", UNFONTS + "UnGungseo.ttf", serif=True)
SEAL_FACE = Face("UnBatang", UNFONTS + "UnBatangBold.ttf", UNFONTS + "UnBatangBold.ttf")


def available_faces() -> list[str]:
    return [f.name for f in (*FACES, GUNGSEO) if Path(f.regular).exists() and Path(f.bold).exists()]


def face_by_name(name: str) -> Face:
    for face in (*FACES, GUNGSEO):
        if face.name == name:
            return face
    raise KeyError(name)


@lru_cache(maxsize=256)
def font(path: str, size: int, index: int = 0) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)
