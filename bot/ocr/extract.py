"""From OCR'd rows to the certificate's fields, following the form's layout
(docs/domain.md, "The business registration certificate")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.ocr import checks, features
from bot.ocr.engine import Word, read_words
from bot.ocr.labels import LabelMatch, split_label
from bot.ocr.layout import Line, mean_conf, split_at_gaps, words_text
from bot.ocr.lexicon import (
    BIZ_ITEMS,
    BIZ_TYPES,
    SIDO,
    Fix,
    Match,
    completion,
    jamo,
    nearest,
    restore_out_of_model,
)
from bot.ocr.numbers import (
    FLAG_CHECKSUM_FAILED,
    FLAG_REPAIRED,
    NumberReading,
    read_business_number,
    read_corp_number,
)
from bot.ocr.reading import CertificateKind, FieldReading, TaxpayerType
from bot.ocr.tax_office import find_in_lines
from bot.ocr.values import (
    clean_text,
    hangul_name,
    lost_digit,
    normalize_address,
    parse_date,
    restore_spaces,
)
from knowledge.bizno import business_kind, is_corporate_kind, normalize_digits

_TEXT_FIELDS = ("trade_name", "address", "hq_address")
_DATE_FIELDS = ("birth_date", "open_date")
_SUBTITLES = {
    "법인사업자": None,
    "일반과세자": TaxpayerType.GENERAL,
    "간이과세자": TaxpayerType.SIMPLIFIED,
    "면세사업자": TaxpayerType.EXEMPT,
}
_CORPORATE_LABELS = {"법인명단체명", "대표자", "법인등록번호", "본점소재지"}
_INDIVIDUAL_LABELS = {"상호", "성명", "생년월일", "공동사업자"}
# A free-text value whose letters a lexicon changed is a good guess for the merchant to confirm.
CORRECTED_FACTOR = 0.8
# Word confidence at which tesseract's reading of a word is taken as what is printed: on clean
# dev pages words read right come at 0.90-0.97; misread letters mostly well under 0.9.
CLEAR_CONF = 0.9
FLAG_CORRECTED = "corrected"
FLAG_NEAR_LISTED = "near_listed"
# Labels that end the 업태/종목 rows.
_AFTER_BIZ = {"reason", "co_owners", "unit_taxation", "email"}

# How much a checksum settles a number: a passing check digit is near-proof, a repaired
# one is a good guess to confirm, a failing one only shows the merchant what was seen.
CONF_VALID = 0.98
CONF_REPAIRED = 0.6
CONF_FAILED = 0.2


@dataclass
class Extraction:
    fields: dict[str, FieldReading] = field(default_factory=dict)
    kind: CertificateKind | None = None
    taxpayer_type: TaxpayerType | None = None
    kind_confidence: float = 0.0
    body_end: int = 0  # index of the last labelled row; the footer starts below it
    # The OCR'd words each free-text field was read from, for a second look at its region.
    boxes: dict[str, tuple[Word, ...]] = field(default_factory=dict)
    # Date values whose row was found but read no date, or lost a digit: for `reread_dates`.
    unread_dates: dict[str, tuple[Word, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Labelled:
    index: int  # line index
    match: LabelMatch
    value: tuple[Word, ...]  # the value up to the first wide gap
    # Found without its label (`_unlabelled_biz`): where the value column starts; words
    # ending left of it are the label's noise.
    value_x: float | None = None


def _label_lines(lines: list[Line]) -> list[_Labelled]:
    found = []
    for i, line in enumerate(lines):
        match = split_label(line.words)
        if match is None and features.on(features.LABEL_AFTER_SPECKS):
            match = _label_after_specks(line.words)
        # Spread labels have wide gaps themselves: cut at gaps only after the label.
        groups = split_at_gaps(match.value if match else line.words)
        if match is not None:
            found.append(_Labelled(i, match, groups[0] if groups else ()))
            groups = groups[1:]
        elif groups:
            groups = groups[1:]
        if groups:
            right = split_label(tuple(w for g in groups for w in g))
            if right is not None and right.name in ("birth_date", "corp_reg_no"):
                found.append(_Labelled(i, right, right.value))
    return found


# ocr25: marks read before a row's label, at most this many words of at most this many letters.
_SPECK_WORDS, _SPECK_LETTERS = 2, 2
# ... and the label found after them must be this close to one of the form's (a letter off a
# two-letter label is not enough: "개상호" is 상호 with a speck, "이개" is nothing).
_SPECK_LABEL_SCORE = 0.8


def _label_after_specks(words: tuple[Word, ...]) -> LabelMatch | None:
    """A label behind a mark or two read off the page's edge, a shadow or a rule in front of
    it ("이 개 상 호 : 새봄", "스가 성 명 : 박정빈"): a photo's or an app's crop leaves such
    marks left of the label column, and a short label cannot take them in. Only a label
    closed by its separator (":"), near exactly one of the form's: a value's row does not
    start with a few letters, a label and a colon."""
    for k in range(1, _SPECK_WORDS + 1):
        if len(words) <= k or any(len(w.text) > _SPECK_LETTERS for w in words[:k]):
            return None
        match = split_label(words[k:], separator_only=True)
        if match is not None and match.score >= _SPECK_LABEL_SCORE:
            return match
    return None


def _wrapped_value(
    lines: list[Line], item: _Labelled, labelled_rows: set[int]
) -> tuple[tuple[Word, ...], str]:
    """The value with the lines it wraps onto. A long address goes on below its label's row,
    starting where its first line starts (under the value, not under the labels); a line
    that holds a label of its own, starts elsewhere or stands a row gap away is no part of
    it. At most two more lines. Returns the words and their text, a space between lines
    (the form wraps at a space)."""
    words = item.value
    if features.on(features.CELL_MARKS):
        # ocr7: a mark read off the cell's left rule ("[", "|") is no part of an address,
        # which starts with its 시/도.
        words = tuple(itertools.dropwhile(lambda w: _RULE_MARKS.fullmatch(w.text), words))
    text = words_text(words)
    if not words:
        return words, text
    x0, height = words[0].left, lines[item.index].height
    prev_top = lines[item.index].top
    for j in range(item.index + 1, min(len(lines), item.index + 3)):
        if j in labelled_rows or _address_closed(text):
            break
        line = lines[j]
        # Marks read off a cell's rule before the text are not words of it.
        body = tuple(itertools.dropwhile(lambda w: _RULE_MARKS.fullmatch(w.text), line.words))
        groups = split_at_gaps(body)
        if not groups or line.top - prev_top > 3.2 * height:
            break
        first = groups[0]
        if abs(first[0].left - x0) > 1.5 * height or not _HANGUL_OR_DIGIT.search(words_text(first)):
            break
        if features.on(features.ADDRESS_HEADS) and _table_heading(body):
            # ocr10: the ruled (pre-2014) form's 업태 | 종목 sub-table starts right under the
            # address, its heads in the value column and its label centred further down:
            # "업 태 … 종 목" is the table's heading, never words of an address.
            break
        words = (*words, *first)
        text = f"{text} {words_text(first)}"
        prev_top = line.top
    return words, text


def _head_words(words: tuple[Word, ...]) -> set[str]:
    """Which of the 업태/종목 column heads (or a one-letter misread of either, or one of
    their spread syllables) stand in `words`."""
    return {
        head
        for word in words
        for head in ("업태", "종목")
        if len(word.text) <= 3 and Levenshtein.normalized_similarity(word.text[:2], head) >= 0.5
    }


def _table_heading(words: tuple[Word, ...]) -> bool:
    """A 업태/종목 table's heading line: it starts with "업태" (tight or spread, "업 태") and
    holds both heads and nothing else of two syllables, or starts with the spread "업 태"
    itself. No address line starts so."""
    if not words:
        return False
    start = "".join(w.text for w in words[:2])
    if start.startswith("업태") and len(words[0].text) <= 2:
        return True
    return (
        _starts_with_type_label(list(words))
        and len(_head_words(words)) == 2
        and (_heads_only(words))
    )


def _address_closed(text: str) -> bool:
    """A road-name address ends with its 참고항목, "(동, 건물명)": once that parenthesis is
    closed the address is complete, and a line below it belongs to something else."""
    text = text.rstrip()
    return text.endswith(")") and text.count("(") <= text.count(")")


_RULE_MARKS = re.compile(r"[|\[\]「」ㅣᅵ_—]+")
_HANGUL_OR_DIGIT = re.compile(r"[가-힣0-9]")


def _number_field(reading: NumberReading | None, conf: float) -> FieldReading | None:
    if reading is None:
        return None
    if FLAG_CHECKSUM_FAILED in reading.flags:
        return FieldReading(reading.value, CONF_FAILED * conf, reading.flags)
    if FLAG_REPAIRED in reading.flags:
        return FieldReading(reading.value, CONF_REPAIRED * conf, reading.flags)
    return FieldReading(reading.value, CONF_VALID + (1 - CONF_VALID) * conf, reading.flags)


def _text_field(
    value: str, words: tuple[Word, ...], label_score: float, *, corrected: bool = False
) -> FieldReading | None:
    if not value:
        return None
    conf = mean_conf(words) * (0.7 + 0.3 * min(1.0, label_score))
    if corrected:
        return FieldReading(value, conf * CORRECTED_FACTOR, (FLAG_CORRECTED,))
    return FieldReading(value, conf)


def checked(reading: FieldReading, check: Callable[[str], checks.Checked]) -> FieldReading:
    """`reading` through a world check: a correction lowers the confidence, any flag is kept.
    A change without a flag is a rule without exceptions (a grammar), taken at face value."""
    value, flags = check(reading.value)
    if not flags:
        return reading if value == reading.value else FieldReading(value, reading.confidence)
    conf = reading.confidence * (CORRECTED_FACTOR if value != reading.value else 1.0)
    return FieldReading(value, conf, tuple(dict.fromkeys((*reading.flags, *flags))))


def _address(text: str) -> tuple[str, bool]:
    """The address re-spaced, its 시/도 corrected when it is one letter off a real one."""
    address = normalize_address(text)
    head, _, rest = address.partition(" ")
    match = nearest(head, SIDO) if rest and head not in SIDO else None
    if match is None or match.fix is not Fix.CORRECTED:
        return address, False
    return f"{match.text} {rest}", True


def _biz_names(
    values: list[str],
    entries: tuple[str, ...],
    sources: dict[str, tuple[Word, ...]] | None = None,
) -> tuple[list[str], bool, bool]:
    """Each 업태/종목 row matched against the KSIC names; whether any letter was changed, and
    whether a name was kept one letter off a listed one. A name is not "corrected" into a
    listed one where tesseract read the letters that would change clearly: the list is not
    every name a tax office registers ("가전제품 도매업" is one letter from "가전제품
    소매업"), and a clear reading is what is printed; but such a name is as likely the
    listed one misread ("음삭점업"), so it is kept for the merchant to check (`biz_near`)."""
    out, corrected, near = [], False, False
    for value in values:
        match = nearest(value, entries)
        cut = None
        if match is None and features.on(features.BIZ_CUT):
            # A name cut short is completed from its start, exactly as read; no letter read
            # changes, so how clearly they were read does not matter. Flagged.
            cut = completion(value, entries)
            match = None if cut is None else Match(cut, Fix.CORRECTED)
        words = (sources or {}).get(value, ())
        if match is None or (
            cut is None and match.fix is Fix.CORRECTED and _changes_clear(value, match.text, words)
        ):
            # Only a name with a word no listed name has ("음삭점업"): one made of listed
            # words ("가전제품 도매업") is a name the list lacks, read as printed.
            near = near or (
                match is not None
                and features.on(features.BIZ_NEAR)
                and any(w not in _words_of(entries) for w in value.split(" "))
            )
            # ocr10: a name on no list with a word no listed name has, that word read
            # unclearly ("기단 산업용 …" for 기타): as likely a misread as a name the list
            # lacks, so not one to call sure.
            near = near or (
                features.on(features.BIZ_UNCLEAR) and _unclear_unknown(value, words, entries)
            )
            out.append(value)
            continue
        out.append(match.text)
        corrected = corrected or match.fix is Fix.CORRECTED
    return list(dict.fromkeys(out)), corrected, near


@functools.cache
def _words_of(entries: tuple[str, ...]) -> frozenset[str]:
    """Every word of the listed names, without their commas."""
    return frozenset(w.strip(",") for entry in entries for w in entry.split(" "))


def _unclear_unknown(value: str, words: tuple[Word, ...], entries: tuple[str, ...]) -> bool:
    """Whether a word of `value` that no listed name has was read below `CLEAR_CONF` (the
    least confidence of the OCR words its letters come from). Unknown (the value not found
    in its words' text): False."""
    joined = "".join(w.text for w in words)
    owner = [w for w in words for _ in w.text]
    offset = joined.find(value.replace(" ", ""))
    if not value or offset < 0:
        return False
    known = _words_of(entries)
    at = offset
    for part in value.split(" "):
        confs = [owner[i].conf for i in range(at, at + len(part))]
        at += len(part)
        if part not in known and re.search(r"[가-힣]", part) and min(confs) < CLEAR_CONF:
            return True
    return False


def _changes_clear(value: str, entry: str, words: tuple[Word, ...]) -> bool:
    """Whether turning `value` into `entry` would change a letter of a word tesseract read
    with confidence `CLEAR_CONF` or more. Unknown (the value not found in its words' text):
    False, the lexicon decides as before."""
    compact = value.replace(" ", "")
    joined = "".join(w.text for w in words)
    offset = joined.find(compact)
    if not compact or offset < 0:
        return False
    # The word each character of `joined` belongs to.
    owner = [w for w in words for _ in w.text]
    target = entry.replace(" ", "")
    for op in Levenshtein.editops(compact, target):
        at = min(op.src_pos, len(compact) - 1)
        if owner[offset + at].conf >= CLEAR_CONF:
            return True
    return False


def trade_name_value(words: tuple[Word, ...]) -> tuple[str, bool]:
    """The trade name as printed, and whether a word the model cannot spell, or the ㈜
    sign, was restored."""
    text, sign = _company_sign(_trade_name(words_text(words)))
    text, restored = restore_out_of_model(text)
    return text, sign or restored


# "㈜" (one glyph, 주 in parentheses) is the only enclosed sign a trade name starts with;
# the Korean model has no such glyph and reads it as "@", "®" or "©", which no registered
# name starts with.
_COMPANY_SIGN = re.compile(r"^[@®©](?=[가-힣])")
# ocr22: nor one whose Latin name follows the sign ("㈜SJ애드" read "@SJ애드"): a registered
# 상호 is written in Hangul, Latin letters, digits and a few joining marks (& - . ,), never @.
_SIGN_BEFORE_LATIN = re.compile(r"^[@®©](?=[A-Z])")


def _company_sign(text: str) -> tuple[str, bool]:
    if not features.on(features.COMPANY_SIGN):
        return text, False
    fixed = _COMPANY_SIGN.sub("㈜", text)
    if features.on(features.SIGN_LATIN):
        fixed = _SIGN_BEFORE_LATIN.sub("㈜", fixed)
    return fixed, fixed != text


def _trade_name(text: str) -> str:
    # "(주)" is what every 주식회사 short form prints; the Korean model misreads the 주.
    text = re.sub(r"[(\[]\s*[주추쭈수우]\s*[)\]]", "(주)", clean_text(text))
    # The legal form is written apart from the name: "주식회사 한빛소프트".
    return re.sub(r"^(주식회사|유한회사)(?=[가-힣A-Za-z])", r"\1 ", text)


_DIGIT_RUN = re.compile(r"[^가-힣A-Za-z0-9]*[0-9]{3,}[^가-힣A-Za-z]*")


def _without_trailing_marks(words: list[Word]) -> list[Word]:
    """ocr25: a 종목 name is one run of words; what stands a column gap after it with no word
    of two letters ("[ 성", marks off the page's edge or a border) is no part of it."""
    groups = split_at_gaps(tuple(words))
    while len(groups) > 1 and not re.search(r"[가-힣]{2,}", words_text(groups[-1])):
        groups.pop()
    return [w for g in groups for w in g]


# The letters of the table's label: centred in its tall cell, they stand on a row below the
# first, in the label column.
_BIZ_LABEL_LETTERS = frozenset("사업의종류")


def _other_label(words: tuple[Word, ...]) -> bool:
    """ocr25: what a row of the 업태/종목 table holds in the label column is the table's own
    label ("의 종류") or marks; two letters or more of something else are another row's label,
    misread ("때 은 … 들이" for 발급사유 : 재발급): the table ended above it."""
    letters = re.findall(r"[가-힣]", "".join(w.text for w in words))
    return sum(letter not in _BIZ_LABEL_LETTERS for letter in letters) >= 2


# Fields whose value starts at the form's value column, right after the label column (the
# 생년월일 and 법인등록번호 stand in a second column; the 등록번호 line is centred or apart).
_LEFT_COLUMN = ("trade_name", "representative", "open_date", "address", "hq_address", "reason")


def _value_column(labelled: list[_Labelled]) -> float | None:
    """ocr25: where the form's values start, left to right: the median start of the values
    of the left column's fields (the form aligns them; a mark or a misread label moves one).
    Less than three such values: unknown."""
    starts = sorted(x.value[0].left for x in labelled if x.match.name in _LEFT_COLUMN and x.value)
    if len(starts) < 3:
        return None
    return float(starts[len(starts) // 2])


def _heading_above(lines: list[Line], label: int, previous: int) -> list[tuple[Word, ...]]:
    """The rows of a 업태/종목 table printed above its "사업의 종류" label: a ruled form
    centres the label in its cell, so with several rows tesseract returns the label's line
    among them. Only from a "업태 … 종목" heading line on, between the previous field's row
    and the label (nothing else of the form stands there)."""
    for j in range(previous + 1, label):
        words = lines[j].words
        found = {
            head
            for word in words
            for head in ("업태", "종목")
            if len(word.text) <= 3 and Levenshtein.normalized_similarity(word.text[:2], head) >= 0.5
        }
        if len(found) == 2:
            return [lines[k].words for k in range(j, label)]
    return []


def _heads_only(words: tuple[Word, ...]) -> bool:
    """A heading line: the two column heads and marks, no name of two or more syllables."""
    rest = [
        w.text
        for w in words
        if not (
            len(w.text) <= 3
            and any(
                Levenshtein.normalized_similarity(w.text[:2], head) >= 0.5
                for head in ("업태", "종목")
            )
        )
    ]
    return not any(re.search(r"[가-힣]{2,}", text) for text in rest)


def _unlabelled_biz(lines: list[Line], labelled: list[_Labelled]) -> _Labelled | None:
    """The 업태/종목 table when its "사업의 종류" label was read as noise: the form's only line
    of the two column heads "업태 … 종목" (nothing else read clearly on it), below the last
    field before the table and above the label after it. The label's noise on the rows below
    stands in the label column, left of where every value starts: it is dropped."""
    after = [x.index for x in labelled if x.match.name in _AFTER_BIZ]
    if not after:
        return None
    last = min(after)
    before = [x for x in labelled if x.index < last]
    if not before:
        return None
    first = max(x.index for x in before) + 1
    starts = sorted(x.value[0].left for x in before if x.value)
    if not starts or first >= last:
        return None
    value_x = starts[len(starts) // 2]
    for j in range(first, last):
        words = lines[j].words
        heads = {
            head
            for w in words
            for head in ("업태", "종목")
            if len(w.text) <= 3 and Levenshtein.normalized_similarity(w.text[:2], head) >= 0.5
        }
        # Clear words beside the heads: only of the label, in its column ("의 종류").
        rest = [
            w
            for w in words
            if not any(h in w.text for h in ("업태", "종목"))
            and w.conf >= 0.5
            and w.right > value_x
        ]
        if len(heads) < 2 or any(_HANGUL_OR_DIGIT.search(w.text) for w in rest):
            continue
        match = LabelMatch("biz", "사업의종류", 0.5, words)
        return _Labelled(j, match, words, value_x)
    return None


def _biz_rows(
    lines: list[Line],
    start: int,
    first: tuple[Word, ...],
    stop: int,
    above: list[tuple[Word, ...]] | None = None,
    value_x: float | None = None,
    above_x: float | None = None,
    column: float | None = None,
) -> tuple[list[str], list[str], list[Word], dict[str, tuple[Word, ...]], set[str]]:
    """Rows of 업태 | 종목; a line filling only one column continues the row above. Also the
    words each name was read from. `above`: the table's heading and rows printed above the
    label's line (`_heading_above`), read first."""
    above = above or []
    item_x: float | None = None
    for word in above[0] if above else first:
        if len(word.text) <= 3 and Levenshtein.normalized_similarity(word.text[:2], "종목") >= 0.5:
            item_x = word.left - 5
            break
    if item_x is None:
        groups = split_at_gaps(first)
        item_x = groups[1][0].left - 5 if len(groups) > 1 else float("inf")
    rows: list[tuple[list[str], list[str]]] = []
    doubts: set[str] = set()
    used: list[Word] = []
    sources: dict[str, tuple[Word, ...]] = {}
    # Marks read off the page's or a cell's rule before a row are not words of it: left in,
    # they hide the "업태" that starts an inline row.
    candidates = [
        tuple(itertools.dropwhile(lambda w: _RULE_MARKS.fullmatch(w.text), words))
        for words in [*above, first] + [lines[j].words for j in range(start + 1, stop)]
    ]
    if value_x is not None:
        candidates = [tuple(w for w in row if w.right > value_x) for row in candidates]
    if above_x is not None:
        # Only the rows above the label's line: below it the 발급사유 label must stay seen.
        cut = [tuple(w for w in row if w.right > above_x) for row in candidates[: len(above)]]
        candidates = cut + candidates[len(above) :]
    # The 발급사유 row, its label misread, ends the table (and the row it shares, if any).
    for k, row in enumerate(candidates):
        reason = _reason_label(row)
        if reason is None and features.on(features.REASON_VALUE):
            reason = _reason_value(row)
        if reason is not None:
            candidates = [*candidates[:k], row[:reason]]
            break
    if column is not None:
        # ocr25: what ends left of where the form's values start stands in the label column
        # (the label's own letters centred in a tall cell, marks off the page's edge): no
        # name's, and left in it reads as a column of its own, moving the 종목 column's
        # start onto the 업태 values.
        for k in range(len(above) + 1, len(candidates)):
            if _other_label(tuple(w for w in candidates[k] if w.right <= column)):
                candidates = candidates[:k]
                break
        # A form that repeats "업태 … 종목 …" on every row keeps its row's heads: they mark
        # where each row's 종목 starts and are dropped as heads further down.
        candidates = [
            row if _starts_with_type_label(list(row)) else tuple(w for w in row if w.right > column)
            for row in candidates
        ]
    if features.on(features.BIZ_DIGIT_RUNS):
        # ocr25: a business name (KSIC's, or a tax office's own) holds no number of three
        # digits or more: "00000" in a row is a shaded cell's edge or a rule's stub, read.
        candidates = [
            tuple(w for w in row if not _DIGIT_RUN.fullmatch(w.text)) for row in candidates
        ]
    found = _item_column(candidates[1:])
    if found is not None:
        item_x = min(item_x, found)
    # A form that repeats "업태 … 종목 …" on every row marks where each row starts: a line
    # without the label between such rows is a name too long for its cell, wrapped in both.
    labelled = sum(_starts_with_type_label(list(words)) for words in candidates) >= 2
    for k, words in enumerate(candidates):
        inline = _inline_item_label(words)
        split_x = item_x if inline is None else words[inline].left
        left = [w for w in words if w.right <= split_x]
        right = [w for w in words if w.right > split_x]
        if features.on(features.BIZ_LABEL_COLUMN):
            right = _without_trailing_marks(right)
        type_text = checks.biz_name(restore_spaces(clean_text(words_text(left))))
        item_text = checks.biz_name(restore_spaces(clean_text(words_text(right))))
        if k == 0 or inline is not None or _starts_with_type_label(left):
            # The first row carries the column heads; the ruled form repeats "업태 … 종목 …"
            # on every row.
            type_text = _drop_column_label(type_text, "업태")
            dropped = _drop_column_label(item_text, "종목")
            if (
                features.on(features.HEADING_PAIR)
                and k == 0
                and item_text
                and not dropped
                and len(type_text.replace(" ", "")) <= 3
                and " " not in type_text.strip()
            ):
                # ocr25: a heading line holds both heads; with its 종목 head read, the one
                # short word over the 업태 column is that head misread ("인테" under a
                # watermark), no name.
                type_text = ""
            item_text = dropped
        short = (
            features.on(features.SHORT_BIZ)
            and _is_biz_name(type_text)
            and _one_syllable(item_text, right)
        )
        type_text = type_text if _is_biz_name(type_text) else ""
        item_text = item_text if _is_biz_name(item_text) or short else ""
        if short:
            doubts.add(FLAG_SHORT_NAME)
        if not type_text and not item_text:
            continue
        used.extend(left + right)
        for text, side in ((type_text, left), (item_text, right)):
            if text:
                sources[text] = tuple(side)
        wrapped = labelled and not _starts_with_type_label(left)
        if not rows or (type_text and item_text and not wrapped):
            rows.append(([type_text] if type_text else [], [item_text] if item_text else []))
        else:
            if type_text:
                rows[-1][0].append(type_text)
            if item_text:
                rows[-1][1].append(item_text)
    types = [" ".join(t) for t, _ in rows if t]
    items = [" ".join(i) for _, i in rows if i]
    if features.on(features.BIZ_UNPAIRED) and any(not t or not i for t, i in rows):
        # ocr10: every row of the table pairs a 업태 with its 종목; a row with one of them
        # only lost the other (a short name dropped as a speck, a cell unread), and so may
        # have the rest: the two lists are for the merchant to check.
        doubts.add(FLAG_UNPAIRED)
    # A name continued on the next line was read from both lines' words.
    for joined in (*types, *items):
        if joined not in sources:
            sources[joined] = tuple(w for part in joined.split(" ") for w in sources.get(part, ()))
    return list(dict.fromkeys(types)), list(dict.fromkeys(items)), used, sources, doubts


FLAG_ROW_GAP = "row_gap"


def _row_lost(lines: list[Line], labelled: list[_Labelled], used: list[Word], stop: int) -> bool:
    """ocr22: the form's rows stand one pitch apart, the 업태/종목 table's too; a blank of
    more than one and a half pitches between the last row read in the table and the 발급사유
    row below it is a row OCR did not return (a pair lost whole, "제조업 | 전자부품 제조업"):
    what was read may not be all, so it is for the merchant to check."""
    if not used or stop >= len(lines) or stop not in {x.index for x in labelled}:
        return False
    tops = sorted({lines[x.index].top for x in labelled})
    steps = sorted(b - a for a, b in itertools.pairwise(tops) if b > a)
    if len(steps) < 3:
        return False
    pitch = steps[len(steps) // 2]
    last = max(w.top for w in used)
    return lines[stop].top - last > 1.5 * pitch


FLAG_SHORT_NAME = "short_name"
FLAG_UNPAIRED = "unpaired"


def _one_syllable(text: str, words: list[Word]) -> bool:
    """A 종목 of one syllable ("꽃", "떡", "빵": older certificates register short words),
    read clearly beside its row's 업태. Specks read as a letter come at low confidence and
    stand in no row; the name is kept but marked for the merchant to check."""
    return re.fullmatch(r"[가-힣]", text) is not None and all(w.conf >= 0.8 for w in words)


_REASONS = re.compile(r"신규|정정|재발급|변경|이전|:")


def _reason_label(words: tuple[Word, ...]) -> int | None:
    """Where "발급사유" (the issue reason's label, misread: "발 금 사 .으:", "빌고 사유")
    starts in a row, when a reason (신규, 정정 …) or a colon follows it; else None. Its
    letters are compared as jamo: no 업태/종목 name starts that close to it."""
    target = jamo("발급사유")
    for i in range(len(words)):
        letters = "".join(re.findall(r"[가-힣]", "".join(w.text for w in words[i : i + 4])))[:4]
        if len(letters) < 3 or letters[0] not in "발빌벌볼":
            continue
        if Levenshtein.normalized_similarity(jamo(letters), target) >= 0.6 and _REASONS.search(
            words_text(words[i:])
        ):
            return i
    return None


# ocr10: 발급사유 is one of a closed set — 신규, 정정 (with what changed: "정정(대표자 변경)"),
# 재발급 — and no 업태/종목 name is one of them.
_REASON_WORDS = ("신규", "정정", "재발급")
_REASON_ROW = re.compile(r"^[^가-힣]*(?:신규|정정|재발급)\s*(?:[(<\[].*)?$")


def _reason_value(words: tuple[Word, ...]) -> int | None:
    """0 when `words` is the 발급사유 row read without a label we know: the row is a reason
    and nothing else ("정정(대표자 변경)", where a text layer put the label elsewhere), or
    a spread label's syllables (misread: "밭 ^ 급 자 유", "를 글 자 우") and a colon before
    a reason a letter off at most ("정정", "정청", "점 정"). Else None."""
    if not words:
        return None
    if _REASON_ROW.match(words_text(words)):
        return 0
    colon = next((i for i, w in enumerate(words[:7]) if w.text.endswith((":", ";"))), None)
    if colon is None or not all(len(w.text) <= 2 for w in words[:colon]):
        return None
    after = "".join(re.findall(r"[가-힣]", "".join(w.text for w in words[colon + 1 : colon + 4])))
    for reason in _REASON_WORDS:
        head = after[: len(reason)]
        if len(head) == len(reason) and (
            Levenshtein.normalized_similarity(jamo(head), jamo(reason)) >= 0.75
        ):
            return 0
    return None


def _is_biz_name(text: str) -> bool:
    """Could `text` be a 업태/종목 name? Every one has a word of two or more syllables (도매업,
    떡류 제조업); marks read off a table's rules or specks have none, and a lone column head
    ("업태", "종목", or a misread of one) is not a name either."""
    words = re.findall(r"[가-힣]{2,}", text)
    if not words:
        return False
    if len(words) == 1 and len(words[0]) == 2:
        head = words[0]
        return all(Levenshtein.distance(jamo(head), jamo(x)) > 2 for x in ("업태", "종목"))
    return True


def _item_column(rows: list[tuple[Word, ...]]) -> float | None:
    """Where the 종목 column starts, from the value rows themselves: the leftmost start of a
    second group of words, a column gap away from the first (a table's heads are often
    centred over their columns, so the 종목 head can stand far right of its values)."""
    starts = []
    for words in rows:
        if _inline_item_label(words) is not None:
            continue
        groups = split_at_gaps(words)
        if len(groups) >= 2:
            starts.append(groups[1][0].left - 5)
    return min(starts) if starts else None


def _inline_item_label(words: tuple[Word, ...]) -> int | None:
    """Index of "종목" written inline after the 업태 value ("업태 도매업 종목 전자상거래"), or
    None. Only when the row starts with "업태": a 종목 name never holds the word itself."""
    if not _starts_with_type_label(list(words)):
        return None
    for i, word in enumerate(words[1:], start=1):
        head = word.text[:2]
        similar = len(head) == 2 and Levenshtein.normalized_similarity(head, "종목") >= 0.5
        if similar and (head == "종목" or len(word.text) <= 3):
            return i
    return None


def _starts_with_type_label(words: list[Word]) -> bool:
    """The row begins with "업태" (or a one-letter misread of it)."""
    if not words:
        return False
    text = words[0].text
    return text.startswith("업태") or (
        len(text) <= 2 and Levenshtein.normalized_similarity(text, "업태") >= 0.5
    )


def _drop_column_label(text: str, label: str) -> str:
    """Remove "업태"/"종목" (or a misread of it, or its lone second letter) from the front."""
    compact = text.replace(" ", "")
    for n in (2, 1):
        head = compact[:n]
        if n == 2 and Levenshtein.normalized_similarity(head, label) >= 0.5:
            break
        if n == 1 and head == label[1]:
            break
    else:
        return text
    # Drop `n` non-space characters from the front of the spaced text.
    i = seen = 0
    while i < len(text) and seen < n:
        if text[i] != " ":
            seen += 1
        i += 1
    rest = text[i:].strip()
    # ocr10: a mark read between the head and the name ("종목 _ 토목 …") is no part of it.
    return clean_text(rest) if features.on(features.HEAD_MARKS) else rest


def _kind(lines: list[Line], labelled: list[_Labelled], ex: Extraction) -> None:
    votes: dict[CertificateKind, float] = {
        CertificateKind.INDIVIDUAL: 0,
        CertificateKind.CORPORATE: 0,
    }
    for line in lines[:8]:
        hangul = line.hangul
        if not hangul:
            continue
        for subtitle, taxpayer in _SUBTITLES.items():
            if fuzz.partial_ratio(subtitle, hangul) >= 80 and len(hangul) <= len(subtitle) + 3:
                kind = CertificateKind.CORPORATE if taxpayer is None else CertificateKind.INDIVIDUAL
                votes[kind] += 2
                if taxpayer is not None:
                    ex.taxpayer_type = taxpayer
    for item in labelled:
        if item.match.key in _CORPORATE_LABELS:
            votes[CertificateKind.CORPORATE] += 1
        elif item.match.key in _INDIVIDUAL_LABELS:
            votes[CertificateKind.INDIVIDUAL] += 1
    reg = ex.fields.get("reg_no")
    if reg and not reg.flags:
        corporate = is_corporate_kind(business_kind(normalize_digits(reg.value)))
        votes[CertificateKind.CORPORATE if corporate else CertificateKind.INDIVIDUAL] += 1.5
    total = sum(votes.values())
    ex.kind = max(votes, key=lambda k: votes[k])
    ex.kind_confidence = votes[ex.kind] / total if total else 0.0


FLAG_LOST_DIGIT = "lost_digit"


def _date_field(text: str, words: tuple[Word, ...]) -> FieldReading | None:
    """A date field; one whose month and day disagree on zero-padding lost a digit."""
    date = parse_date(text)
    if date is None:
        return None
    if features.on(features.LOST_DIGIT) and lost_digit(text):
        return FieldReading(date, mean_conf(words), (FLAG_LOST_DIGIT,))
    return FieldReading(date, mean_conf(words))


_OFFICE_TITLE = re.compile(r"[가-힣]{1,5}세[무부][서시석]장")
_DATE_LETTERS = frozenset("년월일")


def _certificate_end(lines: list[Line], labelled: list[_Labelled]) -> int:
    """ocr25: the index of the line where the certificate ends: its issue date (a date alone
    on its line, no label's letters beside it but a speck's) or its "○○세무서장" title, the
    first below a row of the 업태/종목 table or after it. Nothing labelled follows them on
    the form: a row below is another document's (a lease stapled under it, with its own
    소재지 and names). Unknown (no such row read): past the last line."""
    after = [x.index for x in labelled if x.match.name == "biz" or x.match.name in _AFTER_BIZ]
    if not after:
        return len(lines)
    for i in range(min(after) + 1, len(lines)):
        line = lines[i]
        hangul = line.hangul
        if _OFFICE_TITLE.search(hangul) and not hangul.startswith("국세청"):
            return i
        others = [ch for ch in hangul if ch not in _DATE_LETTERS]
        if len(others) <= 1 and parse_date(line.text) is not None:
            return i
    return len(lines)


def _issue_date(lines: list[Line], after: int, before: int, ex: Extraction) -> None:
    """The issue date: the last date between the body and the tax office title."""
    for i in range(min(before, len(lines)) - 1, after, -1):
        reading = _date_field(lines[i].text, lines[i].words)
        if reading is not None:
            ex.fields["issue_date"] = reading
            return


def extract(lines: list[Line], *, exact: bool = False) -> Extraction:
    """The fields in `lines`. `exact` (a PDF's text layer) keeps values as printed: no
    lexicon corrects letters that were not misread."""
    ex = Extraction()
    labelled = _label_lines(lines)
    if features.on(features.CERTIFICATE_END):
        end = _certificate_end(lines, labelled)
        labelled = [x for x in labelled if x.index < end]
    labelled_rows = {x.index for x in labelled}
    last_body = 0
    biz_start: _Labelled | None = None
    for item in labelled:
        name, match, value = item.match.name, item.match, item.match.value
        value_words = item.value
        if name in (*_TEXT_FIELDS, "representative") and features.on(features.CELL_MARKS):
            # ocr7: a mark read off the cell's left rule ("[", "|", "ㅣ") starts no name or
            # address.
            value_words = tuple(
                itertools.dropwhile(lambda w: _RULE_MARKS.fullmatch(w.text), value_words)
            )
        text = words_text(value_words)
        if name in ("address", "hq_address") and name not in ex.fields:
            value_words, text = _wrapped_value(lines, item, labelled_rows)
        if name not in ("reg_no",):
            last_body = max(last_body, item.index)
        if name in ex.fields:
            continue
        reading: FieldReading | None = None
        if name in _TEXT_FIELDS and exact:
            reading = _text_field(clean_text(text), value_words, match.score)
        elif name == "trade_name":
            cleaned, corrected = trade_name_value(value_words)
            reading = _text_field(cleaned, value_words, match.score, corrected=corrected)
            if reading is not None:
                reading = checked(reading, checks.trade_name)
        elif name in _TEXT_FIELDS:
            cleaned, corrected = _address(text)
            reading = _text_field(cleaned, value_words, match.score, corrected=corrected)
            if reading is not None:
                reading = checked(reading, checks.address)
        elif name == "representative":
            reading = _text_field(hangul_name(text), value_words, match.score)
            if reading is not None and not exact:
                reading = checked(reading, checks.representative)
        elif name in _DATE_FIELDS:
            reading = _date_field(text, value_words)
            if value_words and (reading is None or reading.flags):
                ex.unread_dates[name] = value_words
        elif name == "reg_no":
            reading = _number_field(read_business_number(words_text(value)), mean_conf(value))
        elif name == "corp_reg_no":
            reading = _number_field(read_corp_number(words_text(value)), mean_conf(value))
        elif name == "biz" and biz_start is None:
            biz_start = item
        if reading is not None:
            ex.fields[name] = reading
            if name in _TEXT_FIELDS:
                ex.boxes[name] = value_words

    if "open_date" not in ex.fields and not exact and features.on(features.OPEN_DATE_PLACE):
        _open_date_by_place(lines, labelled, ex)
    if "reg_no" not in ex.fields:
        # The 등록번호 label was garbled: any well-formed number on the top third will do.
        for line in lines[: max(1, len(lines) // 3)]:
            number = read_business_number(line.text)
            if number is not None:
                reading = _number_field(number, mean_conf(line.words) * 0.9)
                if reading is not None:
                    ex.fields["reg_no"] = _number_without_labels(reading, labelled)
                    break
    if "corp_reg_no" not in ex.fields:
        for line in lines:
            number = read_corp_number(line.text)
            if number is not None and not number.flags:
                ex.fields["corp_reg_no"] = FieldReading(number.value, 0.9 * mean_conf(line.words))
                break

    if biz_start is None and not exact and features.on(features.BIZ_HEADING):
        biz_start = _unlabelled_biz(lines, labelled)
    if biz_start is not None:
        stop = next(
            (x.index for x in labelled if x.index > biz_start.index and x.match.name in _AFTER_BIZ),
            min(len(lines), biz_start.index + 6),
        )
        previous = max((x.index for x in labelled if x.index < biz_start.index), default=-1)
        # ocr7: a label centred in a tall cell stands on a row below the first one even when
        # it has a name beside it; the heading line above it says where the table starts.
        named = _is_biz_name(words_text(biz_start.match.value))
        above = (
            _heading_above(lines, biz_start.index, previous)
            if features.on(features.BIZ_ABOVE) or not named
            else []
        )
        if named and above and not _heads_only(above[0]):
            above = []  # a row that prints its own "업태 … 종목" words, not the table's heading
        above_x = None
        if above and biz_start.match.value and features.on(features.BIZ_ABOVE):
            # The rows above the label's line have no label: what stands left of where the
            # label's own value starts is the label cell's noise.
            above_x = biz_start.match.value[0].left - lines[biz_start.index].height
        column = _value_column(labelled) if features.on(features.BIZ_LABEL_COLUMN) else None
        types, items, used, sources, doubts = _biz_rows(
            lines,
            biz_start.index,
            biz_start.match.value,
            stop,
            above,
            biz_start.value_x,
            above_x,
            column,
        )
        conf = mean_conf(used) * (0.7 + 0.3 * min(1.0, biz_start.match.score))
        if features.on(features.BIZ_ROW_GAP) and _row_lost(lines, labelled, used, stop):
            doubts.add(FLAG_ROW_GAP)
        # 업태 names are also registered as 종목 and the reverse: match each against both.
        for name, values in (("biz_type", types), ("biz_item", items)):
            if not values:
                continue
            names, corrected, near = (
                (list(dict.fromkeys(values)), False, False)
                if exact
                else _biz_names(values, BIZ_TYPES + BIZ_ITEMS, sources)
            )
            if corrected:
                reading = FieldReading(", ".join(names), conf * CORRECTED_FACTOR, (FLAG_CORRECTED,))
            else:
                reading = FieldReading(", ".join(names), conf)
            if near:
                reading = _flagged(reading, FLAG_NEAR_LISTED)
            for doubt in sorted(doubts) if not exact else ():
                if doubt in (FLAG_UNPAIRED, FLAG_ROW_GAP) or name == "biz_item":
                    reading = _flagged(reading, doubt)
            ex.fields[name] = reading if exact else checked(reading, checks.biz_list)

    _kind(lines, labelled, ex)
    if ex.kind is CertificateKind.CORPORATE:
        ex.fields.pop("birth_date", None)
        ex.taxpayer_type = None
    else:
        ex.fields.pop("corp_reg_no", None)
        ex.fields.pop("hq_address", None)
    if not exact:
        _stock_company_sign(ex)
        _numbers_fit(ex)
        _twin_addresses(ex)
    ex.body_end = last_body
    office = find_in_lines(lines, last_body)
    if office is not None:
        ex.fields["tax_office"] = office[1] if exact else checked(office[1], checks.tax_office)
    _issue_date(lines, last_body, office[0] if office else len(lines), ex)
    return ex


FLAG_BY_PLACE = "by_place"


def _open_date_by_place(lines: list[Line], labelled: list[_Labelled], ex: Extraction) -> None:
    """ocr30: the form prints 개업연월일 on the row right under 성명 (whose row holds the
    생년월일) or 대표자, above 사업장 소재지, and no other date between them. When that row's
    label was misread past matching ("게 입 인 엉 기", "개 ㅁ 일"), the one row between the
    labelled rows above and the address that no label was found on and that holds a written
    date (년 or 월 read beside its digits) is it: taken, flagged, for the merchant to check.
    Two such rows (a 성명 row whose label was lost, with its 생년월일): none is taken."""
    address = [x.index for x in labelled if x.match.name == "address"]
    # The row above it: 성명/대표자's, or with that label lost too, 상호/법인명's (the rows
    # between then hold one date more only where the lost row is a 성명 row with its 생년월일).
    above = [
        x.index
        for x in labelled
        if x.match.name in ("representative", "trade_name") and address and x.index < address[0]
    ]
    if not above or not address:
        return
    labelled_rows = {x.index for x in labelled if x.match.name != "corp_reg_no"}
    found = [
        j
        for j in range(max(above) + 1, address[0])
        if j not in labelled_rows and re.search(r"[년월]", lines[j].text)
    ]
    if len(found) != 1:
        return
    words = lines[found[0]].words
    reading = _date_field(lines[found[0]].text, words)
    if reading is not None:
        conf = reading.confidence * CORRECTED_FACTOR
        ex.fields["open_date"] = FieldReading(reading.value, conf, (*reading.flags, FLAG_BY_PLACE))


FLAG_NO_LABELS = "no_labels"
# ocr30: how many of the form's rows must be found by their label for the page to read as a
# certificate rather than as noise.
_CERTIFICATE_LABELS = 3


def _number_without_labels(reading: FieldReading, labelled: list[_Labelled]) -> FieldReading:
    """ocr30: a registration number found without its label, on a page where fewer than
    `_CERTIFICATE_LABELS` of the form's labels were read, flagged: such a page read as noise
    (a print OCR could not read: many loose digit runs), and one digit run in ten passes the
    check digit by chance, so passing it there says little."""
    names = {x.match.name for x in labelled}
    if not features.on(features.NOISE_NUMBER) or len(names) >= _CERTIFICATE_LABELS:
        return reading
    return _flagged(reading, FLAG_NO_LABELS)


def _stock_company_sign(ex: Extraction) -> None:
    """A 주식회사's trade name with its ㈜ read as 주 gets it back, flagged
    (`checks.stock_company_sign`); before `_numbers_fit` compares the name with the number."""
    corp, trade = ex.fields.get("corp_reg_no"), ex.fields.get("trade_name")
    if ex.kind is not CertificateKind.CORPORATE or trade is None:
        return
    signed = None if corp is None else checks.stock_company_sign(corp.value, trade.value)
    if signed is not None and signed != trade.value:
        reading = FieldReading(signed, trade.confidence, trade.flags)
        ex.fields["trade_name"] = _flagged(reading, checks.FLAG_CORRECTED)


def _twin_addresses(ex: Extraction) -> None:
    """ocr22: the 사업장 and 본점 read as one address but for a hyphen or space the one
    lost (`checks.twin_addresses`): both take the fuller reading, the changed one flagged."""
    address, hq = ex.fields.get("address"), ex.fields.get("hq_address")
    if address is None or hq is None or not features.on(features.TWIN_ADDRESSES):
        return
    fuller = checks.twin_addresses(address.value, hq.value)
    if fuller is None:
        return
    for name, reading in (("address", address), ("hq_address", hq)):
        if reading.value != fuller:
            fixed = FieldReading(fuller, reading.confidence * CORRECTED_FACTOR, reading.flags)
            ex.fields[name] = _flagged(fixed, checks.FLAG_CORRECTED)


def _numbers_fit(ex: Extraction) -> None:
    """The registration numbers against what the page says it is (`checks.business_number_fits`,
    `checks.corp_number_fits`): a number that disagrees is flagged, never sure."""
    corporate = ex.kind is CertificateKind.CORPORATE
    exempt = None if ex.taxpayer_type is None else ex.taxpayer_type is TaxpayerType.EXEMPT
    reg, corp, trade = (ex.fields.get(k) for k in ("reg_no", "corp_reg_no", "trade_name"))
    if reg is not None and not checks.business_number_fits(reg.value, corporate, exempt):
        ex.fields["reg_no"] = _flagged(reg, checks.FLAG_NUMBER_KIND)
    if (
        corp is not None
        and trade is not None
        and not checks.corp_number_fits(corp.value, trade.value)
    ):
        ex.fields["corp_reg_no"] = _flagged(corp, checks.FLAG_NUMBER_KIND)


def _flagged(reading: FieldReading, flag: str) -> FieldReading:
    return FieldReading(
        reading.value, reading.confidence, tuple(dict.fromkeys((*reading.flags, flag)))
    )


FLAG_REREAD = "reread"


def reread_dates(image: NDArray[np.uint8], ex: Extraction, dpi: int) -> None:
    """A second look at a date row the page read no date in (or lost a digit in): its value
    cropped and read as one line. In the full page a noisy row's "11" can come out as a
    letter (case 104 of tests/ocr/test_blind_regression.py: "2001 년 브 월 12 일"); alone,
    the line model reads it. One small tesseract run, only for such a row; what it reads
    is a second reading, so it is marked for the merchant to check."""
    for name, words in ex.unread_dates.items():
        height = max(w.height for w in words)
        top = max(0, min(w.top for w in words) - height // 2)
        bottom = min(image.shape[0], max(w.bottom for w in words) + height // 2)
        left = max(0, min(w.left for w in words) - height)
        right = min(image.shape[1], max(w.right for w in words) + height)
        if bottom - top < height or right - left < 2 * height:
            continue
        crop = cv2.copyMakeBorder(
            np.ascontiguousarray(image[top:bottom, left:right]), 20, 20, 20, 20,
            cv2.BORDER_CONSTANT, value=255,
        )  # fmt: skip
        again = read_words(np.ascontiguousarray(crop, dtype=np.uint8), dpi=dpi, psm="7")
        text = words_text(again)
        date = parse_date(text)
        if date is None or lost_digit(text):
            continue
        ex.fields[name] = FieldReading(date, mean_conf(again) * CORRECTED_FACTOR, (FLAG_REREAD,))


def office_by_district(ex: Extraction) -> None:
    """A 세무서 read unlisted, put right from the address's district when one listed office
    is named after it and one syllable away (`checks.office_by_district`); flagged."""
    office, address = ex.fields.get("tax_office"), ex.fields.get("address")
    if office is None or address is None or checks.FLAG_UNLISTED not in office.flags:
        return
    found = checks.office_by_district(office.value, address.value)
    if found is not None:
        ex.fields["tax_office"] = FieldReading(
            found, office.confidence * CORRECTED_FACTOR, (checks.FLAG_CORRECTED,)
        )
