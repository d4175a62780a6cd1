"""Korean fonts installed on this machine, found through fontconfig."""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass

# Families that look like what Hometax prints (명조/바탕 serif, 고딕/돋움 sans); others, like
# handwriting or coding fonts, would test a different problem.
PREFERRED_FAMILIES = (
    "NanumMyeongjo",
    "NanumGothic",
    "NanumBarunGothic",
    "UnBatang",
    "UnDotum",
    "Noto Serif CJK KR",
    "Noto Sans CJK KR",
)


@dataclass(frozen=True)
class FontFace:
    family: str
    regular: tuple[str, int]  # (path, index in a .ttc)
    bold: tuple[str, int]


@functools.cache
def korean_fonts() -> tuple[FontFace, ...]:
    """The preferred Korean families found, in `PREFERRED_FAMILIES` order."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    out = subprocess.run(
        [fc_list, "-f", "%{file}|%{index}|%{family[0]}|%{style[0]}\n", ":lang=ko"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    faces: dict[tuple[str, str], tuple[str, int]] = {}
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4:
            continue
        path, index, family, style = parts
        faces[(family, style)] = (path, int(index or 0))
    found = []
    for family in PREFERRED_FAMILIES:
        regular = faces.get((family, "Regular"))
        if regular is None:
            continue
        found.append(FontFace(family, regular, faces.get((family, "Bold"), regular)))
    return tuple(found)
