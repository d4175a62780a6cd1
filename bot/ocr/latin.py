"""Latin capitals in a trade name (`K치킨`, `(주)K푸드`), which the Korean model drops.

`kor` leaves the letter out of the text while its ink stays on the page: either inside the
first word's box (the box is wider than its Hangul syllables) or in a gap between two
words. `kor+eng` on the whole value does not bring it back and garbles the Hangul, so only
that piece of ink is read again, with `eng`, and kept only when it reads as capitals.
"""

from __future__ import annotations

import dataclasses
import re
import statistics

import numpy as np
from numpy.typing import NDArray

from bot.ocr.engine import Word, read_words

# A Hangul syllable is about as wide as the word box is high; more than this much extra
# width (in box heights) is ink the text does not account for.
EXTRA_INK = 0.35
# Wider leftovers are a label's colon or a merged box, not one or two letters.
MAX_PIECE = 1.6
MIN_CONF = 0.45
_CAPITALS = re.compile(r"^[^A-Za-z0-9]*([A-Z][A-Z0-9]{0,2})(?![a-z])")
_HANGUL = re.compile(r"[가-힣]")


def _pieces(words: tuple[Word, ...], height: float) -> list[tuple[int, int, int]]:
    """(insert before word index, left, right) of ink no word's text accounts for."""
    pieces = []
    first = words[0]
    syllables = len(_HANGUL.findall(first.text))
    if syllables == len(first.text):
        extra = first.width - syllables * height
        if EXTRA_INK * height < extra <= MAX_PIECE * height:
            pieces.append((0, first.left - 3, round(first.left + extra + 3)))
    for i in range(1, len(words)):
        gap = words[i].left - words[i - 1].right
        if 0.5 * height < gap <= MAX_PIECE * height:
            pieces.append((i, words[i - 1].right + 2, words[i].left - 2))
    return pieces


def reread_capitals(
    image: NDArray[np.uint8], words: tuple[Word, ...], dpi: int
) -> tuple[tuple[Word, ...], float] | None:
    """The value's words with the Latin capitals put back, and the lowest confidence of
    those reads; None when there was no unread ink or it did not read as capitals."""
    hangul = [w.height for w in words if _HANGUL.search(w.text)]
    if not hangul:
        return None
    height = statistics.median(hangul)
    top = max(0, round(min(w.top for w in words) - 0.3 * height))
    bottom = min(image.shape[0], round(max(w.bottom for w in words) + 0.3 * height))
    found: list[tuple[int, str, float]] = []
    for index, left, right in _pieces(words, height):
        crop = image[top:bottom, max(0, left) : min(image.shape[1], right)]
        if crop.size == 0:
            continue
        read = read_words(np.ascontiguousarray(crop), dpi=dpi, psm="8", lang="eng")
        text = "".join(w.text for w in read)
        m = _CAPITALS.match(text)
        conf = min((w.conf for w in read), default=0.0)
        if m is not None and conf >= MIN_CONF:
            found.append((index, m.group(1), conf))
    if not found:
        return None
    out = list(words)
    for index, letters, _ in sorted(found, reverse=True):
        after = out[index]
        if index == 0:
            # The letters were inside the first word's box: they start the word.
            out[0] = dataclasses.replace(after, text=letters + after.text)
            continue
        # Printed tight against the word after it ("K푸드"), as the gap was the letter.
        out[index] = dataclasses.replace(after, space_before=False)
        letter = dataclasses.replace(after, text=letters, space_before=False)
        out.insert(index, letter)
    return tuple(out), min(conf for _, _, conf in found)
