"""Read a business number from what the merchant wrote, or say precisely what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.contracts import texts
from knowledge.bizno import (
    BUSINESS_NUMBER_LENGTH,
    CORP_NUMBER_LENGTH,
    BusinessNumber,
    CorpNumber,
    ParseError,
    find_business_number,
    find_corp_number,
    number_candidates,
    number_runs,
)
from knowledge.language import Lang


@dataclass(frozen=True)
class NumberProblem:
    message: str
    # No digits at all: the message may be a question, so the router may try the FAQ first.
    no_digits: bool = False


def read_business_number(text: str, lang: Lang) -> BusinessNumber | NumberProblem:
    found = find_business_number(text)
    if isinstance(found, BusinessNumber):
        return found
    if found is ParseError.EMPTY:
        return NumberProblem(texts.NOT_A_NUMBER(lang), no_digits=True)
    if found is ParseError.WRONG_LENGTH:
        return _wrong_length(text, lang)
    shown = _ten_digits_shown(text)
    if found is ParseError.BAD_SERIAL:
        return NumberProblem(texts.BAD_SERIAL(lang, number=shown))
    return NumberProblem(texts.CHECKSUM_FAILED(lang, number=shown))


def _wrong_length(text: str, lang: Lang) -> NumberProblem:
    # A 13-digit number is most likely the 법인등록번호 printed on the same certificate.
    corp = find_corp_number(text)
    if isinstance(corp, CorpNumber):
        return NumberProblem(texts.CORP_NUMBER_GIVEN(lang, number=corp.formatted))
    if corp is ParseError.CHECKSUM_FAILED:
        thirteen = number_candidates(text, CORP_NUMBER_LENGTH)[0]
        return NumberProblem(texts.CORP_NUMBER_INVALID(lang, number=_group(thirteen)))
    runs = number_runs(text)
    if len(runs) == 1:
        return NumberProblem(texts.WRONG_LENGTH(lang, count=len(runs[0])))
    return NumberProblem(texts.NO_TEN_DIGITS(lang))


def _ten_digits_shown(text: str) -> str:
    # Only called when a ten-digit candidate exists (the error came from checking one).
    return _group(number_candidates(text, BUSINESS_NUMBER_LENGTH)[0])


def _group(digits: str) -> str:
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    if len(digits) == 13:
        return f"{digits[:6]}-{digits[6:]}"
    return digits
