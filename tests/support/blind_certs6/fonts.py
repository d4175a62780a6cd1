"""Faces of certificate set 6: weights and faces no earlier blind set printed with.

Earlier sets used the regular weights of UnBatang, UnDotum, UnGraphic, UnDinaru, NanumGothic,
NanumMyeongjo, NanumBarunGothic, NanumSquare(Round), NanumGothicCoding and Noto Sans/Serif/Mono
CJK KR. Set 6 prints with UnDinaru *Light*, and with the bold weights as the body face
(a certificate printed "bold" by a driver or a kiosk): NanumSquare Bold, NanumBarunGothic Bold,
UnBatang Bold, Noto Sans CJK KR Bold, and Noto Serif CJK KR Bold labels over Regular values.
No handwriting face (UnPilgi) and no calligraphy (UnGungseo): certificates do not print so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

NANUM = Path("/usr/share/fonts/truetype/nanum")
UN = Path("/usr/share/fonts/truetype/unfonts-core")
NOTO = Path("/usr/share/fonts/opentype/noto")


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # the face's number inside a .ttc collection

    @property
    def truetype(self) -> bool:
        """A TrueType outline font (glyf), which the hand-written PDFs can embed."""
        return self.path.suffix == ".ttf"


@dataclass(frozen=True)
class Face:
    name: str
    label: FontFile  # labels and the title
    value: FontFile  # the values
    title: FontFile  # title, 등록번호 and the 세무서장 line

    @property
    def pdf_ok(self) -> bool:
        return self.label.truetype and self.value.truetype and self.title.truetype


FACES: tuple[Face, ...] = (
    Face(
        "UnDinaru Light",
        FontFile(UN / "UnDinaruLight.ttf"),
        FontFile(UN / "UnDinaruLight.ttf"),
        FontFile(UN / "UnDinaruBold.ttf"),
    ),
    Face(
        "NanumSquare Bold",
        FontFile(NANUM / "NanumSquareB.ttf"),
        FontFile(NANUM / "NanumSquareB.ttf"),
        FontFile(NANUM / "NanumSquareB.ttf"),
    ),
    Face(
        "NanumBarunGothic Bold",
        FontFile(NANUM / "NanumBarunGothicBold.ttf"),
        FontFile(NANUM / "NanumBarunGothicBold.ttf"),
        FontFile(NANUM / "NanumBarunGothicBold.ttf"),
    ),
    Face(
        "UnBatang Bold",
        FontFile(UN / "UnBatangBold.ttf"),
        FontFile(UN / "UnBatangBold.ttf"),
        FontFile(UN / "UnBatangBold.ttf"),
    ),
    Face(
        "Noto Sans CJK KR Bold",
        FontFile(NOTO / "NotoSansCJK-Bold.ttc", 1),
        FontFile(NOTO / "NotoSansCJK-Bold.ttc", 1),
        FontFile(NOTO / "NotoSansCJK-Bold.ttc", 1),
    ),
    Face(
        "Noto Serif CJK KR Bold/Regular",
        FontFile(NOTO / "NotoSerifCJK-Bold.ttc", 1),
        FontFile(NOTO / "NotoSerifCJK-Regular.ttc", 1),
        FontFile(NOTO / "NotoSerifCJK-Bold.ttc", 1),
    ),
)
FACE_BY_NAME = {f.name: f for f in FACES}
SEAL_FONT = FontFile(NANUM / "NanumMyeongjoBold.ttf")
MEASURE_PX = 1000


def available_faces() -> list[str]:
    """The faces whose files are all installed."""
    return [f.name for f in FACES if all(p.path.exists() for p in (f.label, f.value, f.title))]


@cache
def _measure(font: FontFile) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font.path), MEASURE_PX, index=font.index)


def advance_mm(font: FontFile, text: str, size_pt: float) -> float:
    """The width of ``text`` set in ``font`` at ``size_pt``, in millimetres (FreeType's
    advances at a large size, so hinting does not round them)."""
    return _measure(font).getlength(text) / MEASURE_PX * size_pt * 25.4 / 72
