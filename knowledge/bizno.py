"""Korean business registration numbers (사업자등록번호) and corporate numbers (법인등록번호).

Pure rules, no I/O: the OCR reader and the chat dialog both use them. The check-digit
algorithms are the National Tax Service's and the court registry's
(see docs/domain.md, "Business numbers").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

BUSINESS_NUMBER_LENGTH = 10
CORP_NUMBER_LENGTH = 13

_BUSINESS_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CORP_WEIGHTS = (1, 2) * 6

# Full-width digits and dashes arrive from Korean IMEs and OCR; NFKC folds the digits, the
# dashes need an explicit map because NFKC keeps most of them.
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－ー"), "-")
_NON_DIGIT = re.compile(r"\D+")


class BusinessKind(StrEnum):
    """Who holds a business number, from its digits 4–5 (docs/domain.md, "Business numbers")."""

    INDIVIDUAL = "individual"  # 01–79: 개인 과세사업자 (일반·간이)
    INDIVIDUAL_TAX_EXEMPT = "individual_tax_exempt"  # 90–99: 개인 면세사업자
    CORPORATE = "corporate"  # 81, 86, 87, 88: 영리법인 본점
    CORPORATE_BRANCH = "corporate_branch"  # 85: 영리법인 지점
    NON_PROFIT = "non_profit"  # 82: 비영리법인
    PUBLIC = "public"  # 83: 국가·지자체
    FOREIGN_CORPORATE = "foreign_corporate"  # 84: 외국법인
    OTHER = "other"  # 80, 89: 아파트관리사무소, 다단계판매원, 종교단체 — ask a person


class ParseError(StrEnum):
    """Why a text is not a usable number; the dialog maps each to a message."""

    EMPTY = "empty"
    WRONG_LENGTH = "wrong_length"
    BAD_SERIAL = "bad_serial"
    CHECKSUM_FAILED = "checksum_failed"


@dataclass(frozen=True, slots=True)
class BusinessNumber:
    digits: str

    @property
    def formatted(self) -> str:
        return format_business_number(self.digits)

    @property
    def kind(self) -> BusinessKind:
        return business_kind(self.digits)


def normalize_digits(text: str) -> str:
    """The digits of `text`, full-width forms folded, everything else dropped."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return _NON_DIGIT.sub("", folded)


def business_check_digit(first_nine: str) -> int:
    """The check digit for the first nine digits of a business number."""
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("expected nine digits")
    d = [int(c) for c in first_nine]
    s = sum(di * wi for di, wi in zip(d, _BUSINESS_WEIGHTS, strict=True))
    # The last weight is 5 and its product's tens digit is added once more: that is the
    # "+ floor(d8 * 5 / 10)" term the tax office publishes.
    s += d[8] * 5 // 10
    # The final `% 10` matters: without it a sum ending in 0 would give 10.
    return (10 - s % 10) % 10


def is_valid_business_number(digits: str) -> bool:
    """True if `digits` is ten ASCII digits whose check digit passes."""
    if len(digits) != BUSINESS_NUMBER_LENGTH or not digits.isascii() or not digits.isdigit():
        return False
    return business_check_digit(digits[:9]) == int(digits[9])


def format_business_number(digits: str) -> str:
    """`1234567890` -> `123-45-67890`."""
    if len(digits) != BUSINESS_NUMBER_LENGTH or not digits.isdigit():
        raise ValueError("expected ten digits")
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def business_kind(digits: str) -> BusinessKind:
    """Classify a business number by its digits 4–5 (the 개인·법인 구분코드)."""
    if len(digits) != BUSINESS_NUMBER_LENGTH or not digits.isdigit():
        raise ValueError("expected ten digits")
    code = int(digits[3:5])
    if code <= 79:
        return BusinessKind.INDIVIDUAL
    if code >= 90:
        return BusinessKind.INDIVIDUAL_TAX_EXEMPT
    return _CODE_80S[code]


_CODE_80S = {
    80: BusinessKind.OTHER,
    81: BusinessKind.CORPORATE,
    82: BusinessKind.NON_PROFIT,
    83: BusinessKind.PUBLIC,
    84: BusinessKind.FOREIGN_CORPORATE,
    85: BusinessKind.CORPORATE_BRANCH,
    86: BusinessKind.CORPORATE,
    87: BusinessKind.CORPORATE,
    88: BusinessKind.CORPORATE,
    89: BusinessKind.OTHER,
}


def is_corporate_kind(kind: BusinessKind) -> bool:
    """True for numbers issued to a 법인 (any of 81–88)."""
    return kind in {
        BusinessKind.CORPORATE,
        BusinessKind.CORPORATE_BRANCH,
        BusinessKind.NON_PROFIT,
        BusinessKind.PUBLIC,
        BusinessKind.FOREIGN_CORPORATE,
    }


def parse_business_number(text: str) -> BusinessNumber | ParseError:
    """Read what a merchant typed (or OCR saw) as a business number, or say why not."""
    digits = normalize_digits(text)
    if not digits:
        return ParseError.EMPTY
    if len(digits) != BUSINESS_NUMBER_LENGTH:
        return ParseError.WRONG_LENGTH
    # Digits 1–3 run from 101 and the serial 6–9 from 0001 (docs/domain.md, "Business numbers").
    if int(digits[:3]) < 101 or digits[5:9] == "0000":
        return ParseError.BAD_SERIAL
    if not is_valid_business_number(digits):
        return ParseError.CHECKSUM_FAILED
    return BusinessNumber(digits)


def corp_check_digit(first_twelve: str) -> int:
    """The check digit for the first twelve digits of a 법인등록번호."""
    if len(first_twelve) != 12 or not first_twelve.isdigit():
        raise ValueError("expected twelve digits")
    s = sum(int(c) * w for c, w in zip(first_twelve, _CORP_WEIGHTS, strict=True))
    return (10 - s % 10) % 10


def is_valid_corp_number(digits: str) -> bool:
    """True if `digits` is thirteen ASCII digits whose check digit passes."""
    if len(digits) != CORP_NUMBER_LENGTH or not digits.isascii() or not digits.isdigit():
        return False
    return corp_check_digit(digits[:12]) == int(digits[12])


def format_corp_number(digits: str) -> str:
    """`1101110062432` -> `110111-0062432`."""
    if len(digits) != CORP_NUMBER_LENGTH or not digits.isdigit():
        raise ValueError("expected thirteen digits")
    return f"{digits[:6]}-{digits[6:]}"


# -- numbers inside free text ("사업자번호는 220-81-62517 입니다") -------------------------------
# Added for the contracts inquiry; the functions above are unchanged.

# Digit groups joined by at most one space, dot or hyphen: "220-81-62517", "220 81 62517".
_NUMBER_RUN = re.compile(r"[0-9]+(?:[ \t.\-][0-9]+)*")
_SEPARATOR = re.compile(r"[ \t.\-]")


@dataclass(frozen=True, slots=True)
class CorpNumber:
    """A 법인등록번호 whose check digit passed."""

    digits: str

    @property
    def formatted(self) -> str:
        return format_corp_number(self.digits)


def number_runs(text: str) -> list[str]:
    """The numbers written in ``text``, digits only, in order ("2208162517" for
    "220-81-62517"); full-width digits and dashes count as digits and hyphens."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return [_NON_DIGIT.sub("", m.group()) for m in _NUMBER_RUN.finditer(folded)]


# How the numbers are printed: windows inside a longer run must have one of these shapes, so
# that "2024-03-14 220-81-62517" yields the business number and no chance 13-digit mix.
_SHAPES: dict[int, tuple[tuple[int, ...], ...]] = {
    BUSINESS_NUMBER_LENGTH: ((3, 2, 5), (10,)),
    CORP_NUMBER_LENGTH: ((6, 7), (13,)),
}


def number_candidates(text: str, length: int) -> list[str]:
    """Runs of exactly ``length`` digits first, then groups inside longer runs that are
    printed the way such a number is ("220-81-62517" in "2024-03-14 220-81-62517")."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    whole: list[str] = []
    windows: list[str] = []
    for match in _NUMBER_RUN.finditer(folded):
        groups = _SEPARATOR.split(match.group())
        digits = "".join(groups)
        if len(digits) == length:
            whole.append(digits)
            continue
        sizes = tuple(len(group) for group in groups)
        for shape in _SHAPES[length]:
            for start in range(len(groups) - len(shape) + 1):
                if sizes[start : start + len(shape)] == shape:
                    windows.append("".join(groups[start : start + len(shape)]))
    return whole + [w for w in windows if w not in whole]


def find_business_number(text: str) -> BusinessNumber | ParseError:
    """The first valid business number written in ``text``, or why there is none.

    EMPTY: no digits at all; WRONG_LENGTH: numbers, but none of ten digits; BAD_SERIAL or
    CHECKSUM_FAILED: the first ten-digit number is not one the tax office issues.
    """
    candidates = number_candidates(text, BUSINESS_NUMBER_LENGTH)
    if not candidates:
        return ParseError.WRONG_LENGTH if number_runs(text) else ParseError.EMPTY
    first_error: ParseError | None = None
    for digits in candidates:
        parsed = parse_business_number(digits)
        if isinstance(parsed, BusinessNumber):
            return parsed
        first_error = first_error or parsed
    assert first_error is not None
    return first_error


def find_corp_number(text: str) -> CorpNumber | ParseError:
    """The first valid 법인등록번호 written in ``text``, or why there is none (EMPTY,
    WRONG_LENGTH or CHECKSUM_FAILED, as for business numbers)."""
    candidates = number_candidates(text, CORP_NUMBER_LENGTH)
    if not candidates:
        return ParseError.WRONG_LENGTH if number_runs(text) else ParseError.EMPTY
    for digits in candidates:
        if is_valid_corp_number(digits):
            return CorpNumber(digits)
    return ParseError.CHECKSUM_FAILED
