"""Word boxes grouped into the rows of the form."""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass

from bot.ocr.engine import Word

_HANGUL = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]  # left to right

    @property
    def text(self) -> str:
        return words_text(self.words)

    @property
    def compact(self) -> str:
        return "".join(w.text for w in self.words)

    @property
    def hangul(self) -> str:
        return "".join(_HANGUL.findall(self.compact))

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def conf(self) -> float:
        return min(w.conf for w in self.words)


def group_lines(words: list[Word]) -> list[Line]:
    """Rows as tesseract's psm 6 found them, top to bottom."""
    rows: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        rows.setdefault(word.line_key, []).append(word)
    lines = [Line(tuple(sorted(ws, key=lambda w: w.left))) for ws in rows.values()]
    return sorted(lines, key=lambda line: line.top)


def split_at_gaps(words: tuple[Word, ...], factor: float = 3.0) -> list[tuple[Word, ...]]:
    """Cut a run of words where the space between two is wider than `factor` line heights.

    Ordinary spaces are under half a line height; the gap between a left value and the
    next column (생년월일, 종목) is several.
    """
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    groups: list[list[Word]] = [[words[0]]]
    for prev, word in itertools.pairwise(words):
        if word.left - prev.right > factor * height:
            groups.append([])
        groups[-1].append(word)
    return [tuple(g) for g in groups]


def words_text(words: tuple[Word, ...] | list[Word]) -> str:
    """The words as printed: spaced where tesseract's text output saw a space."""
    parts: list[str] = []
    for i, word in enumerate(words):
        if i and word.space_before:
            parts.append(" ")
        parts.append(word.text)
    return "".join(parts)


def mean_conf(words: tuple[Word, ...] | list[Word]) -> float:
    return statistics.fmean(w.conf for w in words) if words else 0.0
