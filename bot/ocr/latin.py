"""Latin capitals in a trade name (`K치킨`, `(주)BNK산업`), which the Korean model drops or
misreads.

The Korean model has no Latin capitals to speak of. Where a name has them it either leaves
the letter out of the text while its ink stays on the page (inside the first word's box,
or in a gap between two words), or puts something it can output in its place: digits and
marks ("HM" → "114", "DS" → "05", "BNK" → "8\\<", "W" → "\\"). `kor+eng` on the whole value
does not help and garbles the Hangul, so only that piece of ink is read again, with `eng`.
A dropped letter is put back when the ink reads as capitals; a stand-in is replaced when
the ink reads as capitals (digits `eng` also reads as digits stay: "365약국" is real), and
a stand-in `eng` cannot read for sure leaves the value as read but flagged.
"""

from __future__ import annotations

import dataclasses
import re
import statistics

import numpy as np
from numpy.typing import NDArray

from bot.ocr import features
from bot.ocr.engine import Word, read_words

# A Hangul syllable is about as wide as the word box is high; more than this much extra
# width (in box heights) is ink the text does not account for.
EXTRA_INK = 0.35
# Wider leftovers are a label's colon or a merged box, not one or two letters.
MAX_PIECE = 1.6
MIN_CONF = 0.45
# ocr11: a stand-in is replaced only by a read at least this sure; below, the field is
# flagged. `eng` read the capitals of development set 6 at 0.73-0.97 and the marks next to
# them (a bracket, a Hangul's edge) at 0.06-0.6.
SURE_CONF = 0.7
_CAPITALS = re.compile(r"^[^A-Za-z0-9]*([A-Z][A-Z0-9]{0,2})(?![a-z])")
_HANGUL = re.compile(r"[가-힣]")


def _pieces(words: tuple[Word, ...], height: float) -> list[tuple[int, int, int]]:
    """(insert before word index, left, right) of ink no word's text accounts for."""
    pieces = []
    first = words[0]
    syllables = len(_HANGUL.findall(first.text))
    # ocr25: a name that starts with its legal form ("주식회사 온유테크") has nothing before it:
    # extra ink in the form's box is a label's bracket or the cell's edge, not a capital.
    form_first = features.on(features.LEGAL_FORM_FIRST) and _FORM_WORD.match(first.text)
    if syllables == len(first.text) and not form_first:
        extra = first.width - syllables * height
        if EXTRA_INK * height < extra <= MAX_PIECE * height:
            pieces.append((0, first.left - 3, round(first.left + extra + 3)))
    for i in range(1, len(words)):
        gap = words[i].left - words[i - 1].right
        if 0.5 * height < gap <= MAX_PIECE * height:
            pieces.append((i, words[i - 1].right + 2, words[i].left - 2))
    return pieces


_FORM_WORD = re.compile(r"주[식시]회사|유한회사")
# The legal form a trade name may start with, as the Korean model reads it: "(주)" with its
# 주 or brackets misread (as `extract._trade_name` repairs them), the ㈜ sign read as a mark,
# or the written-out forms (식 is often read 시).
_LEGAL_FORM = re.compile(r"^([(\[][주추쭈수우][)\]]|[㈜@®©]|주[식시]회사|유한회사)?\s*")
# What the Korean model read in place of Latin ink: anything but Hangul and spaces (where
# the name starts, spaces too: "( 8" for "KB")...
_RUN = re.compile(r"[^가-힣\s]+")
_LEAD = re.compile(r"[^가-힣\s](?:[^가-힣]*[^가-힣\s])?")
# ...that is not already letters (the model does read some capitals right: "T", "K").
_LETTERS_ONLY = re.compile(r"[A-Za-z&]+")
# What `eng` must read there to replace it: capitals, digits and "&", one capital at least;
# marks at either end are the bracket before or a Hangul's edge after.
_ENG_READ = re.compile(r"^[^A-Za-z0-9&]*([A-Z0-9&]*[A-Z][A-Z0-9&]*)[^A-Za-z0-9&]*$")
_ENG_DIGITS = re.compile(r"^[^A-Za-z0-9&]*([0-9]+)[^A-Za-z0-9&]*$")
# Longer runs of marks are a garbled word or a stray line, not a name's Latin letters.
MAX_RUN = 6
# ocr30: Latin words in upper and lower case ("The Nine", "Urban Farm") are longer, and `kor`
# reads about a character for each of their letters ("776\\006" for "The Nine").
MAX_RUN_WORDS = 10
# ocr30: what a trade name's Latin words are: each starts with a capital, then lower case
# ("Bloom", "The", "Studio"), or is capitals and digits ("M&S", "H2", "M"); "-" or "&" join
# capitalised parts ("K-Lab").
_LATIN_WORD = re.compile(
    r"[A-Z][a-z]+(?:[-&][A-Z][A-Za-z]*)*|[A-Z0-9&]*[A-Z][A-Z0-9&]*(?:-[A-Z][A-Za-z]*)*"
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Run:
    """Characters `kor` read where a trade name's Latin part is printed: from `start` of
    word `first` to `end` (exclusive) of word `last`, over the ink `left`..`right`."""

    first: int
    start: int
    last: int
    end: int
    left: int
    right: int
    text: str
    skip: int = 0  # marks of the legal form glued to the run (the ")" of "(주)"), to drop

    @property
    def digits(self) -> bool:
        return self.text.isdigit()


def _runs(words: tuple[Word, ...], height: float) -> list[_Run]:
    """Digits or marks `kor` read where a trade name's Latin part stands: its first token
    (after the legal form), or the start of a later word glued to its Hangul."""
    if not features.on(features.LATIN_RUNS):
        return []
    words_on = features.on(features.LATIN_WORDS)
    chars: list[tuple[str, int, int]] = []  # (character, word index, offset in the word)
    for i, word in enumerate(words):
        if i and word.space_before:
            chars.append((" ", -1, -1))
        chars += [(c, i, k) for k, c in enumerate(word.text)]
    text = "".join(c for c, _, _ in chars)
    prefix = _LEGAL_FORM.match(text)
    start = prefix.end() if prefix else 0
    found: list[tuple[int, int]] = []
    # Where the name starts: glued to its Hangul, or a word (or words: "( 8" for "KB") of
    # its own before it.
    lead = _LEAD.match(text, start)
    after_lead = text[lead.end() :].lstrip(" ") if lead is not None else ""
    # ocr30: or the whole name, when no Hangul follows at all ("M&S" read "7165").
    if lead is not None and (_HANGUL.match(after_lead) or (words_on and not after_lead)):
        found.append(lead.span())
    # A later word only where it starts glued to Hangul, and only marks: "2호점", "3공장",
    # "24시" are digits that are printed.
    for m in _RUN.finditer(text, lead.end() if lead is not None else start):
        s, e = m.span()
        if text[s - 1] == " " and _HANGUL.match(text[e:]) and not m.group().isdigit():
            found.append((s, e))
    out = []
    for s, e in found:
        read = "".join(text[s:e].split())
        if len(read) > (MAX_RUN_WORDS if words_on else MAX_RUN) or _LETTERS_ONLY.fullmatch(read):
            continue
        _, fw, fk = chars[s]
        _, lw, lk = chars[e - 1]
        run = _ink(words, height, fw, fk, lw, lk + 1)
        if run is not None:
            out.append(dataclasses.replace(run, text=read))
    return out


def _ink(words: tuple[Word, ...], height: float, fw: int, fk: int, lw: int, lk: int) -> _Run | None:
    """Where the ink of characters fk.. of word fw to ..lk of word lw stands."""
    first, last = words[fw], words[lw]
    before = first.text[:fk]
    syllables = len(_HANGUL.findall(before))
    left = round(first.left + syllables * height)
    skip = len(before) - syllables  # the ")" of "(주)" in the same box
    rest = last.text[lk:]
    if rest:
        # Hangul follows in the same box: the run is the width its syllables leave over.
        extra = last.width - len(_HANGUL.findall(last.text)) * height
        if not 0 < extra <= (MAX_PIECE + 1) * height:
            return None
        right = round(last.left + extra + 3)
    else:
        # The box of a word glued to Hangul often spans that Hangul too ("05홀딩스" as one
        # box of "05" over all three syllables): the next box's left is where its ink starts.
        right = last.right + 3
        after = words[lw + 1] if lw + 1 < len(words) else None
        if after is not None and after.space_before:
            # A word of its own ("HM 꽃집"): its box may stop short of the last letter,
            # whose ink then stands in the blank before the Hangul.
            right = max(right, after.left - 2)
            # ...or in the Hangul's box, which is then wider than its syllables.
            syllables = len(_HANGUL.findall(after.text))
            extra = after.width - syllables * height
            if syllables == len(after.text) and EXTRA_INK * height < extra <= height:
                right = max(right, round(after.left + extra + 3))
        elif after is not None and after.left > last.left:
            right = min(right, after.left - 1)
    if right - left < 0.3 * height:
        return None
    return _Run(fw, fk, lw, lk, left - 3, right, "", skip)


def _trim(crop: NDArray[np.uint8], skip: int, height: float) -> NDArray[np.uint8]:
    """The crop without its first `skip` blobs of ink (columns with ink between blank
    columns: the bracket of "(주)" printed tight before the letters), nor a narrow blob cut
    by its right edge (the first stroke of the Hangul after the letters)."""
    if crop.size == 0:
        return crop
    ink: NDArray[np.bool_] = np.asarray((crop < min(128, int(crop.mean()) - 40)).any(axis=0))
    x = 0
    for _ in range(skip):
        while x < ink.size and not ink[x]:
            x += 1
        while x < ink.size and ink[x]:
            x += 1
    end = ink.size
    if ink[-1]:
        cut = end
        while cut > x and ink[cut - 1]:
            cut -= 1
        if end - cut <= 0.3 * height and cut > x:
            end = cut
    return crop[:, x:end] if x < end else crop


def _read_eng(crops: list[NDArray[np.uint8]], dpi: int, height: float) -> list[tuple[str, float]]:
    """`eng` on every crop in one call: the crops one under another on a white page, far
    apart, as a block of lines (psm 6); each gets the words whose middle falls in its band."""
    gap = round(1.5 * height)
    width = max(c.shape[1] for c in crops) + 2 * gap
    bands, y = [], gap
    for c in crops:
        bands.append((y, y + c.shape[0]))
        y += c.shape[0] + gap
    canvas = np.full((y, width), 255, dtype=np.uint8)
    for c, (a, b) in zip(crops, bands, strict=True):
        canvas[a:b, gap : gap + c.shape[1]] = c
    read = read_words(canvas, dpi=dpi, psm="6", lang="eng")
    out = []
    for a, b in bands:
        mine = [w for w in read if a - gap / 2 <= (w.top + w.bottom) / 2 < b + gap / 2]
        out.append((_eng_text(mine), min((w.conf for w in mine), default=0.0)))
    return out


def _eng_text(words: list[Word]) -> str:
    """`eng`'s words as one text: tight (as before ocr30), or with ocr30 its spaces kept, so
    that a name's Latin words stay apart ("The Nine", not "TheNine")."""
    if not features.on(features.LATIN_WORDS):
        return "".join(w.text for w in words)
    return "".join((" " if i and w.space_before else "") + w.text for i, w in enumerate(words))


@dataclasses.dataclass(frozen=True, slots=True)
class Reread:
    """The value's words with Latin put back (None when nothing was), the lowest
    confidence of those reads, and whether a stand-in was left that `eng` could not read
    for sure (the field is then one to confirm)."""

    words: tuple[Word, ...] | None
    confidence: float
    unsure: bool


def reread_capitals(image: NDArray[np.uint8], words: tuple[Word, ...], dpi: int) -> Reread | None:
    """Latin capitals put back where `kor` dropped them or read digits or marks for them;
    None when there was nothing to look at again."""
    hangul = [w.height for w in words if _HANGUL.search(w.text)]
    if not hangul and features.on(features.LATIN_WORDS):
        # ocr30: a name with no Hangul ("M&S", "Bloom") has only its own words to measure.
        hangul = [w.height for w in words]
    if not hangul:
        return None
    height = statistics.median(hangul)
    top = max(0, round(min(w.top for w in words) - 0.3 * height))
    bottom = min(image.shape[0], round(max(w.bottom for w in words) + 0.3 * height))

    def crop(left: int, right: int, skip: int = 0) -> NDArray[np.uint8]:
        part = image[top:bottom, max(0, left) : min(image.shape[1], right)]
        return np.ascontiguousarray(_trim(part, skip, height))

    runs = _runs(words, height)
    # A gap right after a run is the run's own ink (its box ends short of it).
    pieces = [
        p for p in _pieces(words, height) if not any(p[1] < r.right and r.left < p[2] for r in runs)
    ]
    crops = [crop(r.left, r.right, r.skip) for r in runs]
    crops += [crop(left, right) for _, left, right in pieces]
    crops = [c if c.size else np.full((1, 1), 255, np.uint8) for c in crops]
    if not crops:
        return None
    reads = _read_eng(crops, dpi, height)
    out = list(words)
    confs: list[float] = []
    unsure = False
    for run, image_of, (batch_text, batch_conf) in zip(
        runs, crops[: len(runs)], reads[: len(runs)], strict=True
    ):
        text, conf = batch_text, batch_conf
        verdict = _verdict(run, text, conf)
        if verdict is None:
            # `eng` reads a W as "Ww" or "WwW" more often among other ink, and on a margin:
            # once more on the crop alone, as one line, before asking the merchant.
            alone = read_words(image_of, dpi=dpi, psm="7", lang="eng")
            text = _eng_text(alone)
            conf = min((w.conf for w in alone), default=0.0)
            verdict = _verdict(run, text, conf)
        if verdict:
            _replace(out, run, verdict)
            confs.append(conf)
        elif verdict is None:
            unsure = True
    found: list[tuple[int, str]] = []
    for (index, _, _), (text, conf) in zip(pieces, reads[len(runs) :], strict=True):
        m = _CAPITALS.match(text)
        if m is not None and conf >= MIN_CONF:
            found.append((index, m.group(1)))
            confs.append(conf)
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
    kept = tuple(w for w in out if w.text)
    if not confs:
        return Reread(None, 0.0, True) if unsure else None
    return Reread(kept, min(confs), unsure)


def _verdict(run: _Run, text: str, conf: float) -> str | None:
    """The capitals to put in place of the run; "" to keep it as read (digits `eng` also
    reads as digits: how many, or how sure, is `kor`'s business, "365약국"); None when
    `eng` is not sure of anything there."""
    if features.on(features.LATIN_DOLLAR):
        # ocr25: a trade name holds Hangul, Latin letters, digits and & - . , only: `eng`'s
        # "$" there is its reading of an S ("S2" read "$2"), as `kor`'s "5" is.
        text = text.replace("$", "S")
    spaced = text
    text = text.replace(" ", "")
    read = _ENG_READ.match(text)
    # ocr25: capitals and digits as many as `kor`'s digits ("S2" where it read "52"): the
    # capital is what `kor` cannot read; the replaced value is flagged by the reader.
    mixed = (
        read is not None
        and features.on(features.LATIN_DOLLAR)
        and len(read.group(1)) == len(run.text)
    )
    if read and conf >= SURE_CONF and not (run.digits and _has_digit(read.group(1)) and not mixed):
        return read.group(1)
    if run.digits and _ENG_DIGITS.match(text):
        return ""
    if features.on(features.LATIN_WORDS) and conf >= SURE_CONF:
        return _words_verdict(spaced)
    return None


def _words_verdict(spaced: str) -> str | None:
    """ocr30: `eng`'s reading as a trade name's Latin words ("Bloom", "The Nine", "K-Lab",
    "Studio M"), or None. Marks at either end are a bracket or a Hangul's edge, and so is a
    last word of one digit or mark after a word in lower case ("Bloom 4": the first stroke of
    the 소 after it). Any word that is not Latin (a lower-case start, marks inside): None."""
    words = spaced.strip(" " + _EDGE_MARKS).split()
    if len(words) > 1 and re.fullmatch(r"[^A-Za-z]", words[-1]) and re.search("[a-z]", words[-2]):
        words = words[:-1]
    if not words or not all(_LATIN_WORD.fullmatch(w) for w in words):
        return None
    if any(_W_TWICE.search(w) for w in words):
        return None  # `eng`'s W read twice ("Www" for W), not a word: the look alone decides
    if not any(re.search("[a-z]", w) for w in words) and len(words) == 1:
        return None  # capitals alone are `_ENG_READ`'s business
    return " ".join(words)


# `eng` reads one W as "Ww" or "WwW" (see `reread_capitals`): no name's word has W then w.
_W_TWICE = re.compile(r"Ww|wW")
# Marks `eng` reads off the edges of a crop: a bracket, a rule, a Hangul's stroke.
_EDGE_MARKS = "()[]{}|!'\"`.,:;_-~/\\"


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _replace(out: list[Word], run: _Run, letters: str) -> None:
    """Put `letters` in place of the run's characters (words emptied are dropped later)."""
    first, last = out[run.first], out[run.last]
    if run.first == run.last:
        text = first.text[: run.start] + letters + first.text[run.end :]
        out[run.first] = dataclasses.replace(first, text=text)
        return
    out[run.first] = dataclasses.replace(first, text=first.text[: run.start] + letters)
    for i in range(run.first + 1, run.last):
        out[i] = dataclasses.replace(out[i], text="")
    out[run.last] = dataclasses.replace(last, text=last.text[run.end :])


# A capital the Korean model read as something it can output: a mark or a digit ("\\" for
# W, "1" for H, "0" for G, "(" for K) where the name starts.
_STAND_IN = re.compile(r"^[^가-힣A-Za-z]{1,3}(?=[가-힣]|$)")


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
