"""The faces of certificate set 7: weights and faces the earlier blind sets did not print with
(UnDinaru Light, Noto Serif CJK KR as body text) beside NanumBarunGothic, UnDotum and
NanumSquare."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NANUM = "/usr/share/fonts/truetype/nanum"
UN = "/usr/share/fonts/truetype/unfonts-core"
NOTO = "/usr/share/fonts/opentype/noto"


@dataclass(frozen=True)
class Face:
    name: str
    regular: str
    bold: str
    index: int = 0  # the face's index in a .ttc collection
    truetype: bool = True  # glyf outlines: the PDF writer embeds only these

    def path(self, bold: bool) -> str:
        return self.bold if bold else self.regular


FACES = (
    Face("UnDinaruLight", f"{UN}/UnDinaruLight.ttf", f"{UN}/UnDinaru.ttf"),
    Face("NanumBarunGothic", f"{NANUM}/NanumBarunGothic.ttf", f"{NANUM}/NanumBarunGothicBold.ttf"),
    Face("UnDotum", f"{UN}/UnDotum.ttf", f"{UN}/UnDotumBold.ttf"),
    Face("NanumSquare", f"{NANUM}/NanumSquareR.ttf", f"{NANUM}/NanumSquareB.ttf"),
    Face(
        "NotoSerifCJKKR",
        f"{NOTO}/NotoSerifCJK-Regular.ttc",
        f"{NOTO}/NotoSerifCJK-Bold.ttc",
        index=1,
        truetype=False,
    ),
)
BY_NAME = {f.name: f for f in FACES}


def available_faces() -> list[str]:
    return [f.name for f in FACES if Path(f.regular).exists() and Path(f.bold).exists()]
