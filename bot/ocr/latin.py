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


# A capital the Korean model read as something it can output: a mark or a digit ("\\" for
# W, "1" for H, "0" for G, "(" for K) where the name starts.
_STAND_IN = re.compile(r"^[^가-힣A-Za-z]{1,3}(?=[가-힣]|$)")
_LEGAL_FORM = re.compile(r"^(\(주\)|주식회사|유한회사)$")


def _stand_ins(words: tuple[Word, ...], height: float) -> list[tuple[int, int, int, int]]:
    """(word index, left, right, characters replaced) of marks or digits read where a
    trade name starts (its first word, or the word after its legal form) and printed
    tight against Hangul: where the Korean model puts something it can output for a
    Latin capital."""
    out = []
    for i, word in enumerate(words):
        if i > 0 and not _LEGAL_FORM.match(words[i - 1].text):
            continue
        m = _STAND_IN.match(word.text)
        if m is None or word.text.startswith("(주)"):
            continue
        n = len(m.group())
        if n == len(word.text):  # a word of its own: the Hangul must follow tight
            if i + 1 >= len(words) or words[i + 1].left - word.right > 0.5 * height:
                continue
            out.append((i, word.left - 3, word.right + 3, n))
            continue
        # Glued to the Hangul: the mark's ink is what the syllables do not account for.
        extra = word.width - len(_HANGUL.findall(word.text)) * height
        if 0 < extra <= MAX_PIECE * height:
            out.append((i, word.left - 3, round(word.left + extra + 3), n))
    return out


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

    def capitals(left: int, right: int, psm: str = "8") -> tuple[str, float] | None:
        crop = image[top:bottom, max(0, left) : min(image.shape[1], right)]
        if crop.size == 0:
            return None
        read = read_words(np.ascontiguousarray(crop), dpi=dpi, psm=psm, lang="eng")
        m = _CAPITALS.match("".join(w.text for w in read))
        conf = min((w.conf for w in read), default=0.0)
        return (m.group(1), conf) if m is not None and conf >= MIN_CONF else None

    out = list(words)
    confs: list[float] = []
    # Stand-ins first: replacing letters inside a word moves no index.
    for index, left, right, n in _stand_ins(words, height):
        # As one line (psm 7): a pair of capitals ("WW") read as one word came back "Ww".
        got = capitals(left, right, "7")
        if got is not None:
            out[index] = dataclasses.replace(out[index], text=got[0] + out[index].text[n:])
            confs.append(got[1])
    found: list[tuple[int, str]] = []
    for index, left, right in _pieces(words, height):
        got = capitals(left, right)
        if got is not None:
            found.append((index, got[0]))
            confs.append(got[1])
    if not confs:
        return None
    for index, letters in sorted(found, reverse=True):
        after = out[index]
        if index == 0:
            # The letters were inside the first word's box: they start the word.
            out[0] = dataclasses.replace(after, text=letters + after.text)
            continue
        # Printed tight against the word after it ("K푸드"), as the gap was the letter.
        out[index] = dataclasses.replace(after, space_before=False)
        letter = dataclasses.replace(after, text=letters, space_before=False)
        out.insert(index, letter)
    return tuple(out), min(confs)


# Latin letters a building name starts with ("e편한세상", "SK뷰"): lower case too.
_LETTERS = re.compile(r"^([A-Za-z]{1,3})$")


def reread_building_letters(
    image: NDArray[np.uint8], words: tuple[Word, ...], dpi: int
) -> tuple[str, str, float] | None:
    """A mark or digit where the building name of an address's 참고항목 starts ("(남현동,
    @편한세상)"), read again with `eng`: (what was read, the letters, their confidence), or
    None. Only a read that is all Latin letters counts; "3" of "3차아파트" stays."""
    opened = False
    for i, word in enumerate(words):
        opened = opened or "(" in word.text
        if not (i and opened and words[i - 1].text.endswith(",")):
            continue
        m = _STAND_IN.match(word.text)
        if m is None:
            return None
        n = len(m.group())
        height = float(word.height)
        if n == len(word.text):
            if i + 1 >= len(words) or words[i + 1].left - word.right > 0.5 * height:
                return None
            right = word.right + 3
        else:
            extra = word.width - len(_HANGUL.findall(word.text)) * height
            if not 0 < extra <= MAX_PIECE * height:
                return None
            right = round(word.left + extra + 3)
        top = max(0, round(word.top - 0.3 * height))
        bottom = min(image.shape[0], round(word.bottom + 0.3 * height))
        crop = image[top:bottom, max(0, word.left - 3) : min(image.shape[1], right)]
        if crop.size == 0:
            return None
        read = read_words(np.ascontiguousarray(crop), dpi=dpi, psm="7", lang="eng")
        letters = _LETTERS.match("".join(w.text for w in read))
        conf = min((w.conf for w in read), default=0.0)
        if letters is None or conf < MIN_CONF:
            return None
        return m.group(), letters.group(1), conf
    return None
