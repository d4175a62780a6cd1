"""Word boxes grouped into the rows of the form."""

from __future__ import annotations

import itertools
import re
import statistics
import zlib
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from bot.ocr import features
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


# --- Ruled tables: labels set on their value's line (ocr7) ---------------------------------
#
# A ruled certificate puts each label in a cell of its own column: a long label on two lines
# ("사업장 / 소재지", "법인명 / (단체명)"), centred in its cell, and a long value wrapped on two
# lines of its cell. Read as one block of text, a label line standing between two value lines
# (or a value line between the two of a label) makes tesseract merge or garble both. So before
# the page is read, each label cell's lines are written as one line, on the first text line of
# the value beside it: the value's own pixels do not move.

Gray = NDArray[np.uint8]
# The label column's rule stands this far into the table (shares of its width).
LABEL_RULE_MIN, LABEL_RULE_MAX = 0.05, 0.4
# A column rule runs down at least this share of the table's height.
LABEL_RULE_COVER = 0.3
# Rows of ink closer than this share of a line's height are one text line (a letter's own
# parts: the bar of "스", the dot of "i").
LINE_GAP_SHARE = 0.25
# Two lines of a label cell stand closer than this share of a line's height.
LABEL_LINE_GAP = 0.75


@dataclass(frozen=True)
class _Table:
    left: int
    right: int
    label_right: int  # the label column's rule
    top: int
    bottom: int
    rows: tuple[tuple[int, int], ...]  # value rows between horizontal rules, top to bottom


def _ink(gray: Gray) -> Gray:
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return np.asarray(ink, dtype=np.uint8)


def _runs(mask: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


# Share of ink above which `component_boxes` labels the mask rather than trace its outlines.
DENSE_MASK = 0.25
# ... or more marks than this (tracing costs ~7 us a mark, labelling ~5 ms a megapixel).
MANY_MARKS = 5000


def component_boxes(mask: NDArray[Any]) -> NDArray[np.int64]:
    """The bounding boxes of the mask's 8-connected components, rows of (left, top, width,
    height) in no particular order: `connectedComponentsWithStats`'s, from their outer outlines.

    The mask is padded with a pixel of background first so an outline on the image's edge
    is traced like any other. ocr23: each outline's extent is taken by `reduceat` over all
    outlines' points at once: a noisy photo or a fax has 100,000-200,000 marks, and one
    `cv2.boundingRect` call each was 0.3-0.9 s of its reading."""
    # Tracing outlines costs by the outline, labelling by the pixel: a mask mostly of ink (a
    # dark photo Otsu split badly) holds a hundred thousand marks in its holes, 0.7 s to
    # trace and 0.15 s to label; a page's print (2-9 % ink) is 3-30 ms to trace and 40 to
    # label. Both give the same boxes. A speckled page (a fax, a noisy photo) is labelled too:
    # its tens of thousands of specks show in the outermost outlines, cheap to count.
    padded = cv2.copyMakeBorder(mask, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=0)
    if (
        np.count_nonzero(mask) > DENSE_MASK * mask.size
        or len(cv2.findContours(padded, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0]) > MANY_MARKS
    ):
        stats = cv2.connectedComponentsWithStats(np.ascontiguousarray(mask), connectivity=8)[2]
        return np.asarray(stats[1:, :4], dtype=np.int64)
    contours, hierarchy = cv2.findContours(padded, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return np.zeros((0, 4), dtype=np.int64)  # (and no hierarchy)
    # Two levels: components' outer outlines (no parent) and their holes' (a parent).
    outer = np.flatnonzero(hierarchy[0][:, 3] < 0)
    chosen = [contours[i] for i in outer.tolist()]
    points = np.concatenate(chosen).reshape(-1, 2).astype(np.int64)
    sizes = np.fromiter((len(c) for c in chosen), dtype=np.int64, count=len(chosen))
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    low = np.minimum.reduceat(points, starts, axis=0)
    high = np.maximum.reduceat(points, starts, axis=0)
    # (the padding's pixel taken off the position; the extent counts both end pixels)
    return np.column_stack((low - 1, high - low + 1))


# ocr23: the last page `horizontal_rules` measured (the array, a checksum of its pixels), with
# its ink and long horizontal runs: `preprocess.remove_rules` and then `find_table` look at the
# same page, and the two masks are 60 ms of a 300-dpi page.
_LAST_RULES: dict[str, tuple[Gray, int, Gray, Gray]] = {}


def horizontal_rules(gray: Gray) -> tuple[Gray, Gray]:
    """The page's ink (Otsu) and its horizontal runs of ink at least a tenth of the page wide;
    those of the last page asked about when this is the same array with the same pixels (the
    checksum, a few ms, guards against a page changed in place)."""
    contiguous = gray.flags.c_contiguous
    checksum = zlib.crc32(gray.data) if contiguous else -1
    last = _LAST_RULES.get("page")
    if last is not None and last[0] is gray and last[1] == checksum and contiguous:
        return last[2], last[3]
    w = gray.shape[1]
    ink = _ink(gray)
    horizontal = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, w // 10), 1))
    )
    out = np.asarray(horizontal, dtype=np.uint8)
    if contiguous:
        _LAST_RULES["page"] = (gray, checksum, ink, out)
    return ink, out


def find_table(ruled: Gray) -> _Table | None:
    """The ruled table of the form: its long horizontal rules, the column rule of its labels
    (the first long vertical rule inside its left edge) and the rows of its value side."""
    h, w = ruled.shape
    ink, horizontal = horizontal_rules(ruled)
    _LAST_RULES.clear()  # the page's masks are not kept past its reading
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, w // 60)))
    )
    stats = component_boxes(horizontal).tolist()
    # The table's rules: long, inside the page (a frame round a photo's page or the page's
    # edge is no part of it), ending where most of them end; it starts where the longest do.
    edge = w // 100
    long_rules = [
        (int(x), int(x + ww), int(y), int(y + hh))
        for x, y, ww, hh in stats
        if ww >= w // 2 and x > edge and x + ww < w - edge and y > edge and y + hh < h - edge
    ]
    if len(long_rules) < 3:
        return None
    # The table's left edge: the leftmost end that two long rules share (its top and
    # bottom at least; the rows of the value side start further right). A page bent or
    # photographed askew breaks rules up on their way right, so the right edge is the
    # furthest any of them reaches.
    lefts = sorted(r[0] for r in long_rules)
    left = next((x for x in lefts if sum(abs(y - x) <= edge for y in lefts) >= 2), None)
    if left is None:
        return None
    inside = [r for r in long_rules if r[0] >= left - edge]
    right = max(r[1] for r in inside)
    top, bottom = min(r[2] for r in inside), max(r[3] for r in inside)
    if bottom - top < h // 10:
        return None
    width = right - left
    # The label column's rule: the leftmost long vertical stroke inside the table (a
    # component, so that a page photographed a little askew still has one).
    columns = [
        (int(x), int(x + ww))
        for x, y, ww, hh in component_boxes(vertical).tolist()
        if hh >= LABEL_RULE_COVER * (bottom - top)
        and y < bottom
        and y + hh > top
        and left + LABEL_RULE_MIN * width <= x <= left + LABEL_RULE_MAX * width
    ]
    if not columns:
        return None
    label_right = min(columns)[1]
    # Rules crossing the value side just right of the label column: every row there,
    # the rows of a 업태 | 종목 sub-table included.
    # Short runs (longer than any letter's stroke) so that a rule photographed askew, broken
    # into steps, still counts.
    short = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 40), 1))
    )
    probe = short[top : bottom + 1, label_right + 6 : label_right + 6 + max(4, width // 50)]
    rules = _runs(probe.max(axis=1) > 0)
    rows = tuple((top + b, top + c) for (_, b), (c, _) in itertools.pairwise(rules) if c - b > 4)
    if len(rows) < 3:
        return None
    return _Table(left, right, label_right, top, bottom, rows)


def _text_lines(ink: Gray, top: int, bottom: int, left: int, right: int) -> list[tuple[int, int]]:
    """The text lines of a region of the ink mask, as [top, bottom) rows of the page."""
    region = ink[top:bottom, left:right]
    if region.size == 0:
        return []
    runs = _runs((region > 0).sum(axis=1) >= 2)
    if not runs:
        return []
    tall = [b - a for a, b in runs]
    line = max(tall)
    merged: list[list[int]] = []
    for a, b in runs:
        if merged and a - merged[-1][1] <= LINE_GAP_SHARE * line:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    height = max(b - a for a, b in merged)
    return [(top + a, top + b) for a, b in merged if b - a >= 0.3 * height]


def align_label_cells(ruled: Gray, clean: Gray) -> tuple[Gray, bool]:
    """`clean` (the page with its rules painted out) with each label cell of the table found in
    `ruled` (the same page before) written as one line on its value's first text line. Returns
    the page and whether anything moved. No table, or a label column that cannot be told
    apart: the page as it was."""
    table = find_table(ruled) if features.on(features.LABEL_CELLS) else None
    if table is None:
        return clean, False
    ink = _ink(clean)
    pad = max(3, (table.label_right - table.left) // 30)
    col_left, col_right = table.left + pad, table.label_right - pad
    lines = _text_lines(ink, table.rows[0][0], table.rows[-1][1], col_left, col_right)
    if not lines:
        return clean, False
    height = float(np.median([b - a for a, b in lines]))
    blocks: list[list[tuple[int, int]]] = []
    for line in lines:
        if blocks and line[0] - blocks[-1][-1][1] <= LABEL_LINE_GAP * height:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    moves: list[tuple[Gray, int]] = []  # one-line label, where its centre goes
    moved: list[list[tuple[int, int]]] = []
    for block in blocks:
        row = next(
            (r for r in table.rows if r[1] > block[0][0] + (block[0][1] - block[0][0]) / 2), None
        )
        if row is None:
            continue
        # The value's line beside the label: on a page photographed askew a line's height
        # drifts along it.
        near = table.label_right + (table.right - table.label_right) // 3
        value = _text_lines(ink, row[0], row[1], table.label_right + pad, near)
        target = (value[0][0] + value[0][1]) // 2 if value else (row[0] + row[1]) // 2
        centre = (block[0][0] + block[-1][1]) // 2
        # A one-line label moves only when it stands between its value's lines (a value
        # wrapped in its cell) or beside none: level with one of them it reads as it is.
        if len(block) == 1 and (
            abs(centre - target) <= 0.25 * height
            or any(_overlap(block[0], line) >= 0.5 * height for line in value)
        ):
            continue
        pieces = []
        for a, b in block:
            cols = np.flatnonzero(ink[a:b, col_left:col_right].max(axis=0) > 0)
            if cols.size:
                pieces.append(clean[a:b, col_left + int(cols[0]) : col_left + int(cols[-1]) + 1])
        if not pieces:
            continue
        tallest = max(p.shape[0] for p in pieces)
        gap = np.full((tallest, max(2, round(0.5 * height))), 255, dtype=np.uint8)
        parts: list[Gray] = []
        for p in pieces:
            above = (tallest - p.shape[0]) // 2
            framed = np.full((tallest, p.shape[1]), 255, dtype=np.uint8)
            framed[above : above + p.shape[0]] = p
            parts.extend((framed, gap))
        moves.append((np.hstack(parts[:-1]), target))
        moved.append(block)
    if not moves:
        return clean, False
    out = clean.copy()
    for block in moved:
        # The cell's own paper (a shaded cell stays shaded: an edge of white would be ink).
        cell = out[block[0][0] : block[-1][1], col_left:col_right]
        paper = ink[block[0][0] : block[-1][1], col_left:col_right] == 0
        cell[:] = np.median(cell[paper]) if paper.any() else 255
    out = _place(out, moves, col_left, col_right)
    return out, True


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _place(page: Gray, moves: list[tuple[Gray, int]], left: int, right: int) -> Gray:
    """Each label line centred on its row in the label column; a line wider than the column
    is scaled to fit it (never below two thirds: the page keeps its letters' size)."""
    for line, centre in moves:
        piece = line
        if piece.shape[1] > right - left:
            factor = max(2 / 3, (right - left) / piece.shape[1])
            size = (max(1, round(piece.shape[1] * factor)), max(1, round(piece.shape[0] * factor)))
            piece = np.asarray(cv2.resize(piece, size, interpolation=cv2.INTER_AREA), np.uint8)
            piece = piece[:, : right - left]
        h, w = piece.shape
        top = max(0, centre - h // 2)
        x = left + (right - left - w) // 2
        region = page[top : top + h, x : x + w]
        page[top : top + h, x : x + w] = np.minimum(
            region, piece[: region.shape[0], : region.shape[1]]
        )
    return page
