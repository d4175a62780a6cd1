"""Finding the form's labels in OCR'd rows.

Labels are spread across a fixed width ("상       호"), so tesseract returns them as loose
letters, sometimes misread, with the colon as ":", "：", ";" or ".". A label is matched on
its Hangul letters alone, fuzzily, and the value is whatever follows its separator.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from bot.ocr import features
from bot.ocr.engine import Word
from bot.ocr.lexicon import jamo

# Label key (what the form prints, Hangul only) -> the name of the field or row it starts.
LABELS: dict[str, str] = {
    "상호": "trade_name",
    "법인명단체명": "trade_name",
    "성명": "representative",
    "대표자": "representative",
    "생년월일": "birth_date",
    "개업연월일": "open_date",
    "법인등록번호": "corp_reg_no",
    "사업장소재지": "address",
    "본점소재지": "hq_address",
    "사업의종류": "biz",
    "발급사유": "reason",
    "공동사업자": "co_owners",
    "사업자단위과세적용사업자여부": "unit_taxation",
    "전자세금계산서전용전자우편주소": "email",
    "등록번호": "reg_no",
}

_SEPARATORS = ":：;."
_CELL_DEBRIS = ")]}|_-—~'`"
# The ruled form numbers its items ① ② …; tesseract returns the circled digit as itself or as
# "0)", "6)", "1:", ":3:", "@", "®", "O". Such a token before a label is dropped.
_ITEM_NUMBER = re.compile(r"^[:;.]?[(]?[①-⑩0-9@®©OoQ]{1,2}[).:;]?[:;]?$")
_HANGUL = re.compile(r"[가-힣]")
# Two-letter labels give Levenshtein little to work with: demand more of them.
_MIN_SIMILARITY_SHORT = 0.5
_MIN_SIMILARITY = 0.6


@dataclass(frozen=True)
class LabelMatch:
    name: str
    key: str
    score: float
    value: tuple[Word, ...]


def classify(label_text: str) -> tuple[str, float] | None:
    """The label key nearest to `label_text` (Hangul only), with its similarity."""
    if not label_text:
        return None
    best_key, best = "", 0.0
    for key in LABELS:
        score = Levenshtein.normalized_similarity(label_text, key)
        if score > best:
            best_key, best = key, score
    floor = _MIN_SIMILARITY_SHORT if len(best_key) <= 2 else _MIN_SIMILARITY
    if best < floor or (len(best_key) <= 2 and len(label_text) > 3):
        return None
    return best_key, best


def _rest_of_word(word: Word, used_chars: int) -> Word | None:
    rest = word.text[used_chars:].lstrip(_SEPARATORS + " ")
    if not rest:
        return None
    # The split word's box is shared; estimate where the value begins inside it.
    offset = round(word.width * (len(word.text) - len(rest)) / max(1, len(word.text)))
    return dataclasses.replace(word, text=rest, left=word.left + offset, width=word.width - offset)


def split_label(
    words: tuple[Word, ...], max_label_chars: int = 16, *, separator_only: bool = False
) -> LabelMatch | None:
    """`label : value` at the start of `words`, or None when the run does not start with one.
    `separator_only`: only a label closed by its separator (":"), never one guessed from the
    row's first letters."""
    words = _drop_item_number(words)
    found = _split(words, max_label_chars)
    if found is not _NO_SEPARATOR:
        return found
    if separator_only:
        return None
    match = _split_without_separator(words)
    if match is None and features.on(features.LABEL_JAMO):
        match = _spread_label(words)
    return match


# `_split`'s answer when the row holds no label closed by a separator.
_NO_SEPARATOR = LabelMatch("", "", 0.0, ())


def _split(words: tuple[Word, ...], max_label_chars: int) -> LabelMatch | None:
    label = ""
    for wi, word in enumerate(words):
        for ci, ch in enumerate(word.text):
            if ch in _SEPARATORS and label:
                # "." also ends sentences and e-mail domains: accept it only after a label.
                found = classify(label)
                if found is None:
                    if ch == ".":
                        continue
                    # The label's own colon lost, a colon inside the value ("사업의종류 금융
                    # 및 보험업 생명: 보험대리업"): as a row without a separator.
                    return _NO_SEPARATOR
                rest = _rest_of_word(word, ci + 1)
                value = _trim_value(((rest,) if rest else ()) + words[wi + 1 :])
                value = _drop_label_rest(
                    value, found[0][len(label) :] if found[0].startswith(label) else ""
                )
                return LabelMatch(LABELS[found[0]], found[0], found[1], value)
            if ch.isdigit() and label:
                # No label holds a digit: letters on both sides of one are a value's
                # ("2022 년 10 월 31 일: 3" is a date, not 생년월일 and a value).
                return _NO_SEPARATOR
            if _HANGUL.match(ch):
                label += ch
                if len(label) > max_label_chars:
                    # No separator within a label's length: a ruled cell has none at all.
                    return _NO_SEPARATOR
    return _NO_SEPARATOR


def _drop_label_rest(words: tuple[Word, ...], missing: str) -> tuple[Word, ...]:
    """Without the rest of a label cut at a mark read inside it ("상.호 : 들꽃의원": the label
    matched on 상, the value began "호 :"): the label's missing letters and then its
    separator, at the value's start, are the label's."""
    if not missing:
        return words
    text = "".join(w.text for w in words[:4])
    head = re.match(r"\s*" + r"\s*".join(missing) + r"\s*[:：;]", text)
    if head is None:
        # ocr25: a spread label's last letters as a word of their own, a mark beside them
        # and no colon ("대표“ . 자” 허자아"): the label's, not the value's.
        rest_word = (
            features.on(features.LABEL_REST_WORD)
            and len(words) > 1
            and "".join(_HANGUL.findall(words[0].text)) == missing
            and not any(c.isdigit() for c in words[0].text)
        )
        return words[1:] if rest_word else words
    drop = len(head.group().replace(" ", ""))
    while words and drop >= len(words[0].text):
        drop -= len(words[0].text)
        words = words[1:]
    if words and drop:
        words = (_rest_of_word(words[0], drop) or words[0], *words[1:])
    return words


def _trim_value(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Without what a ruled cell leaves before its value: the label's closing ")" of
    "법인명(단체명)", or a stub of the cell's rule read as "_", "|" or "-"."""
    while words:
        first = words[0]
        rest = first.text.lstrip(_CELL_DEBRIS)
        if rest == first.text:
            break
        if rest:
            cut = len(first.text) - len(rest)
            offset = round(first.width * cut / max(1, len(first.text)))
            words = (
                dataclasses.replace(
                    first, text=rest, left=first.left + offset, width=first.width - offset
                ),
                *words[1:],
            )
            break
        words = words[1:]
    return words


def _drop_item_number(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Without the item number in front ("① 상 호"), when a Hangul word follows it."""
    if len(words) > 1 and _ITEM_NUMBER.match(words[0].text) and _HANGUL.match(words[1].text):
        return words[1:]
    return words


def _split_without_separator(words: tuple[Word, ...]) -> LabelMatch | None:
    """The colon was lost: take the longest Hangul prefix that reads as a label."""
    chars: list[tuple[str, int, int]] = []  # (letter, word index, char index)
    if not words or any(c.isdigit() for c in words[0].text[:2]):
        return None  # a row starting with digits is a value (the issue date), not a label
    for wi, word in enumerate(words):
        for ci, ch in enumerate(word.text):
            pair = word.text[ci : ci + 2]
            if len(pair) == 2 and pair.isdigit() and features.on(features.LABEL_BEFORE_DIGITS):
                # ocr25: no label holds a number, and a label comes before its value: the
                # letters after a number are a value's ("월 2017 년 11 월 18 일", an issue
                # date with a speck read as 월, is no 생년월일 label). A lone digit may be a
                # letter of the label misread, so only two digits in a row stop it.
                break
            if _HANGUL.match(ch):
                chars.append((ch, wi, ci))
        else:
            continue
        break
    best: tuple[float, str, int] | None = None
    for key in LABELS:
        for n in range(max(2, len(key) - 1), min(len(chars), len(key) + 1) + 1):
            prefix = "".join(c for c, _, _ in chars[:n])
            score = Levenshtein.normalized_similarity(prefix, key)
            if score >= 0.75 and (best is None or score > best[0]):
                best = (score, key, n)
    if best is None:
        return None
    score, key, n = best
    _, wi, ci = chars[n - 1]
    rest = _rest_of_word(words[wi], ci + 1)
    value = _trim_value(((rest,) if rest else ()) + words[wi + 1 :])
    # Without a separator the match is less certain.
    return LabelMatch(LABELS[key], key, score * 0.9, value)


# ocr25: a spread label misread letter by letter ("게 업 연 청 일", "시 입 의 중 유") is compared
# as jamo: a misread changes a stroke or two of a syllable, not the whole of it.
_SPREAD_MIN_LETTERS = 4
_SPREAD_SIMILARITY = 0.65
# ... and nearer the best label than any other by this much (개업연월일 and 생년월일 share 년월일).
_SPREAD_MARGIN = 0.1
# A label found so is less certain than one read nearly right.
_SPREAD_FACTOR = 0.8


def _spread_label(words: tuple[Word, ...]) -> LabelMatch | None:
    """A label of four or more letters printed spread across its cell, each letter read as a
    word of its own (at most two letters a word), before any digit, some misread: the label
    whose letters are nearest as jamo, when clearly nearest."""
    letters: list[tuple[str, int]] = []  # (letter, word index)
    for wi, word in enumerate(words):
        hangul = _HANGUL.findall(word.text)
        if any(ch.isdigit() for ch in word.text) or len(hangul) > 2 or not hangul:
            break
        letters.extend((ch, wi) for ch in hangul)
    if len(letters) < _SPREAD_MIN_LETTERS:
        return None
    scores: list[tuple[float, str, int]] = []
    for key in LABELS:
        if len(key) < _SPREAD_MIN_LETTERS:
            continue
        best = 0.0, 0
        for n in (len(key) - 1, len(key)):
            if _SPREAD_MIN_LETTERS <= n <= len(letters):
                text = "".join(ch for ch, _ in letters[:n])
                score = Levenshtein.normalized_similarity(jamo(text), jamo(key))
                best = max(best, (score, n))
        scores.append((best[0], key, best[1]))
    scores.sort(reverse=True)
    (score, key, n), runner_up = scores[0], scores[1][0]
    if score < _SPREAD_SIMILARITY or score - runner_up < _SPREAD_MARGIN:
        return None
    wi = letters[n - 1][1]
    value = _trim_value(words[wi + 1 :])
    return LabelMatch(LABELS[key], key, score * _SPREAD_FACTOR, value)
