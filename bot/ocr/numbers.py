"""Reading 사업자등록번호 and 법인등록번호 with their check digits as the arbiter.

A number whose check digit passes is trusted; one that fails is reported flagged, never
silently. When exactly one reading that swaps a commonly confused digit passes, it is
offered instead, at a lower confidence than a clean read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.ocr import features
from bot.ocr.values import digit_runs
from knowledge.bizno import (
    format_business_number,
    format_corp_number,
    is_valid_business_number,
    is_valid_corp_number,
)

# Digits tesseract confuses with each other in these fonts (measured on the benchmark's misreads
# and the usual suspects: round shapes, and strokes that merge when blurred).
CONFUSIONS: dict[str, str] = {
    "0": "689",
    "1": "7",
    "2": "7",
    "3": "8",
    "4": "1",
    "5": "6",
    "6": "058",
    "7": "12",
    "8": "0369",
    "9": "08",
}

FLAG_CHECKSUM_FAILED = "checksum_failed"
FLAG_REPAIRED = "repaired"

_BUSINESS = re.compile(r"(?<!\d)(\d{3})\s*-?\s*(\d{2})\s*-?\s*(\d{5})(?!\d)")
# "등록번호 : 338-…" read as ":1338-…": the colon's lower dot taken for a 1 glued to the number.
_BUSINESS_STRAY = re.compile(r"(?<!\d)1(\d{3})-(\d{2})-(\d{5})(?!\d)")
_CORP = re.compile(r"(?<![\d-])(\d{6})\s*-?\s*(\d{7})(?!\d)")


@dataclass(frozen=True)
class NumberReading:
    value: str
    flags: tuple[str, ...]


def _one_digit_repairs(digits: str, valid: Callable[[str], bool]) -> list[str]:
    found = []
    for i, d in enumerate(digits):
        for alt in CONFUSIONS[d]:
            candidate = digits[:i] + alt + digits[i + 1 :]
            if valid(candidate):
                found.append(candidate)
    return found


def _read(
    text: str,
    pattern: re.Pattern[str],
    valid: Callable[[str], bool],
    fmt: Callable[[str], str],
) -> NumberReading | None:
    candidates = ["".join(m.groups()) for m in pattern.finditer(digit_runs(text))]
    if not candidates:
        return None
    for digits in candidates:
        if valid(digits):
            return NumberReading(fmt(digits), ())
    digits = candidates[0]
    repairs = _one_digit_repairs(digits, valid)
    if len(repairs) == 1:
        return NumberReading(fmt(repairs[0]), (FLAG_REPAIRED,))
    return NumberReading(fmt(digits), (FLAG_CHECKSUM_FAILED,))


def read_business_number(text: str) -> NumberReading | None:
    reading = _read(text, _BUSINESS, is_valid_business_number, format_business_number)
    if reading is None or FLAG_CHECKSUM_FAILED in reading.flags:
        # Only with the dashes as printed, and only when the checksum then holds.
        for m in _BUSINESS_STRAY.finditer(digit_runs(text)):
            digits = "".join(m.groups())
            if is_valid_business_number(digits):
                return NumberReading(format_business_number(digits), (FLAG_REPAIRED,))
        extra = _extra_digit(text, (3, 2, 5), is_valid_business_number)
        if extra is None:
            extra = _doubled_digit(text, (3, 2, 5), is_valid_business_number)
        if extra is not None:
            return NumberReading(format_business_number(extra), (FLAG_REPAIRED,))
    return reading


# ocr20: a number printed with its dashes always has groups of 3-2-5 (사업자등록번호) or
# 6-7 (법인등록번호) digits. A group one digit too long ("635-55-757817") holds a digit OCR
# added (a speck, a stroke of the seal read as 1 or 7): the number is the one reading with
# one of that group's digits dropped that passes the check digit, when exactly one does.
_DASHED = re.compile(r"(?<![\d-])(\d+(?:-\d+)+)(?![\d-])")


def _extra_digit(text: str, groups: tuple[int, ...], valid: Callable[[str], bool]) -> str | None:
    if not features.on(features.EXTRA_DIGIT):
        return None
    for m in _DASHED.finditer(digit_runs(text)):
        parts = m.group(1).split("-")
        if len(parts) != len(groups):
            continue
        sizes = zip(parts, groups, strict=True)
        over = [i for i, (part, size) in enumerate(sizes) if len(part) != size]
        if len(over) != 1 or len(parts[over[0]]) != groups[over[0]] + 1:
            continue
        at = over[0]
        found = set()
        for cut in range(len(parts[at])):
            digits = "".join(
                [*parts[:at], parts[at][:cut] + parts[at][cut + 1 :], *parts[at + 1 :]]
            )
            if valid(digits):
                found.add(digits)
        if len(found) == 1:
            return found.pop()
    return None


def read_corp_number(text: str) -> NumberReading | None:
    reading = _read(text, _CORP, is_valid_corp_number, format_corp_number)
    if reading is None or FLAG_CHECKSUM_FAILED in reading.flags:
        extra = _extra_digit(text, (6, 7), is_valid_corp_number)
        if extra is None:
            extra = _doubled_digit(text, (6, 7), is_valid_corp_number)
        if extra is not None:
            return NumberReading(format_corp_number(extra), (FLAG_REPAIRED,))
    return reading


def _doubled_digit(text: str, groups: tuple[int, ...], valid: Callable[[str], bool]) -> str | None:
    """ocr30: the number a dashed reading stands for when one group is a digit short and
    that digit is one of a doubled pair read once ("13451-9322005" for 134511-…, "1" beside
    "1" in a narrow font), or a digit long and two equal digits side by side were read for
    one: each such digit doubled (or undoubled), the one reading that passes the check digit,
    when exactly one does. Any other digit lost or added is not guessed: ten candidates
    a place would let one in ten pass by chance."""
    if not features.on(features.DOUBLED_DIGIT):
        return None
    for m in _DASHED.finditer(digit_runs(text)):
        parts = m.group(1).split("-")
        if len(parts) != len(groups):
            continue
        off = [
            i for i, (part, size) in enumerate(zip(parts, groups, strict=True)) if len(part) != size
        ]
        if len(off) != 1 or abs(len(parts[off[0]]) - groups[off[0]]) != 1:
            continue
        at, part = off[0], parts[off[0]]
        found = set()
        for k in range(len(part)):
            if len(part) < groups[at]:
                changed = part[: k + 1] + part[k:]  # the digit at k doubled
            elif k + 1 < len(part) and part[k] == part[k + 1]:
                changed = part[:k] + part[k + 1 :]  # a doubled digit read once
            else:
                continue
            digits = "".join([*parts[:at], changed, *parts[at + 1 :]])
            if valid(digits):
                found.add(digits)
        if len(found) == 1:
            return found.pop()
    return None
