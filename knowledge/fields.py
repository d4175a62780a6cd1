"""Parsers for what merchants type into the business-information form: phones, e-mails, URLs,
dates, names, and the console's choice fields (service form, monthly volume band).

Every parser is total: it takes any string and returns either the normalized value or a
``FieldError`` saying why not (never raises), so the dialog can answer with a specific
re-prompt and the functions can be fuzzed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum

# The console caps the request memo at 100 characters (docs/domain.md, "The application").
MEMO_MAX_CHARS = 100
# Room for long Korean addresses with building notes; longer is a paste accident.
TEXT_MAX_CHARS = 200
NAME_MAX_CHARS = 50
# RFC 5321 bounds; longer addresses do not exist in practice.
EMAIL_MAX_CHARS = 254
URL_MAX_CHARS = 500
# A representative older than this or younger than this is a typo, not a person.
OLDEST_BIRTH_YEAR = 1900
MIN_AGE_YEARS = 14


class FieldError(StrEnum):
    """Why a value was refused; the dialog maps each to a message."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    INVALID = "invalid"
    NOT_MOBILE = "not_mobile"  # a number, but a landline or too short
    NO_SCHEME = "no_scheme"  # a URL without http:// or https://
    NOT_A_DATE = "not_a_date"
    IMPOSSIBLE_DATE = "impossible_date"  # 2019-02-30
    IN_FUTURE = "in_future"
    TOO_OLD = "too_old"
    TOO_YOUNG = "too_young"
    UNKNOWN_OPTION = "unknown_option"


Parsed = str | FieldError

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－"), "-")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC (full-width forms from Korean IMEs to ASCII), one kind of dash, single spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return _SPACES.sub(" ", folded).strip()


# -- phones -------------------------------------------------------------------------------

# Korean mobile prefixes: 010, and the old 011/016/017/018/019 still in use.
_MOBILE = re.compile(r"^01([016789])(\d{3,4})(\d{4})$")
_PHONE_CHARS = re.compile(r"^[\d\s().+-]+$")


def parse_mobile(text: str) -> Parsed:
    """``010-1234-5678``, ``01012345678``, ``+82 10 1234 5678`` -> ``010-1234-5678``."""
    folded = fold(text)
    if not folded:
        return FieldError.EMPTY
    if not _PHONE_CHARS.match(folded):
        return FieldError.INVALID
    digits = re.sub(r"\D", "", folded)
    if folded.startswith("+"):
        if not digits.startswith("82"):
            return FieldError.NOT_MOBILE  # a foreign number: the PGs want a Korean mobile
        digits = "0" + digits[2:].removeprefix("0")
    match = _MOBILE.match(digits)
    if match is None:
        return FieldError.NOT_MOBILE if digits.startswith("0") else FieldError.INVALID
    prefix, middle, last = match.groups()
    if prefix == "0" and len(middle) != 4:
        return FieldError.NOT_MOBILE  # 010 numbers always have a four-digit middle
    return f"01{prefix}-{middle}-{last}"


# -- e-mail -------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def parse_email(text: str) -> Parsed:
    """A plain address (no display name); the domain is lower-cased."""
    folded = fold(text).strip("<>")
    if not folded:
        return FieldError.EMPTY
    if len(folded) > EMAIL_MAX_CHARS:
        return FieldError.TOO_LONG
    if not folded.isascii() or not _EMAIL.match(folded):
        return FieldError.INVALID
    local, domain = folded.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# -- URL ----------------------------------------------------------------------------------

_HOST = re.compile(
    r"^([A-Za-z0-9\uac00-\ud7a3]([A-Za-z0-9\uac00-\ud7a3-]{0,61}[A-Za-z0-9\uac00-\ud7a3])?\.)+"
    r"[A-Za-z\uac00-\ud7a3]{2,63}(:\d{1,5})?$"
)


def parse_url(text: str) -> Parsed:
    """The service URL: must start with http:// or https:// (the console's own rule)."""
    folded = fold(text)
    if not folded:
        return FieldError.EMPTY
    if len(folded) > URL_MAX_CHARS:
        return FieldError.TOO_LONG
    if " " in folded:
        return FieldError.INVALID
    scheme, sep, rest = folded.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        # "www.shop.com" is a URL without its scheme: say so rather than "invalid".
        return FieldError.NO_SCHEME if _HOST.match(folded.split("/")[0]) else FieldError.INVALID
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if not _HOST.match(host):
        return FieldError.INVALID
    return f"{scheme.lower()}://{host.lower()}{rest[len(host) :]}"


# -- dates --------------------------------------------------------------------------------

# 2019.3.15, 2019-03-15, 2019/3/15, 2019년 3월 15일, 2019. 3. 15.
_DATE_SEPARATED = re.compile(r"^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str, *, today: dt.date, past_only: bool = True) -> Parsed:
    """A calendar date as ``YYYY-MM-DD``; ``past_only`` refuses dates after ``today``."""
    folded = fold(text)
    if not folded:
        return FieldError.EMPTY
    match = _DATE_SEPARATED.match(folded) or _DATE_COMPACT.match(folded.replace(" ", ""))
    if match is None:
        return FieldError.NOT_A_DATE
    year, month, day = (int(g) for g in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return FieldError.IMPOSSIBLE_DATE
    if year < OLDEST_BIRTH_YEAR:
        return FieldError.TOO_OLD
    if past_only and date > today:
        return FieldError.IN_FUTURE
    return date.isoformat()


def parse_birth_date(text: str, *, today: dt.date) -> Parsed:
    """A representative's date of birth: a real date, and an adult-ish age."""
    parsed = parse_date(text, today=today)
    if isinstance(parsed, FieldError):
        return parsed
    born = dt.date.fromisoformat(parsed)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return FieldError.TOO_YOUNG if age < MIN_AGE_YEARS else parsed


# -- names and free text ------------------------------------------------------------------

# Korean names are 2–5 syllables; foreign representatives write Latin letters with spaces,
# dots, apostrophes and hyphens.
_KOREAN_NAME = re.compile(r"^[\uac00-\ud7a3]{2,5}$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]*[A-Za-z.]$")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|/|、|·|\s및\s|\sand\s|&)\s*")


def parse_person_name(text: str) -> Parsed:
    """One person's name as written on the certificate."""
    name = fold(text)
    if not name:
        return FieldError.EMPTY
    if len(name) > NAME_MAX_CHARS:
        return FieldError.TOO_LONG
    if _KOREAN_NAME.match(name.replace(" ", "")):
        return name.replace(" ", "")
    if _LATIN_NAME.match(name):
        return name
    return FieldError.INVALID


def parse_person_names(text: str) -> Parsed:
    """One or more representatives ("홍길동, 김철수"), joined with ", "."""
    folded = fold(text)
    if not folded:
        return FieldError.EMPTY
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(folded):
        if not part:
            continue
        parsed = parse_person_name(part)
        if isinstance(parsed, FieldError):
            return parsed
        names.append(parsed)
    return ", ".join(dict.fromkeys(names)) if names else FieldError.EMPTY


def parse_text(text: str, *, max_chars: int = TEXT_MAX_CHARS) -> Parsed:
    """Free text (trade name, address, what is sold): non-empty and not too long."""
    folded = fold(text)
    if not folded:
        return FieldError.EMPTY
    if len(folded) > max_chars:
        return FieldError.TOO_LONG
    return folded


def parse_memo(text: str) -> Parsed:
    """The request memo: optional, at most 100 characters (an empty memo is allowed)."""
    folded = fold(text)
    return FieldError.TOO_LONG if len(folded) > MEMO_MAX_CHARS else folded


# -- choices ------------------------------------------------------------------------------


class ServiceKind(StrEnum):
    WEB = "web"
    APP = "app"
    # An app not yet in the App Store / Play Store ("아직 앱스토어 등록 전이에요").
    APP_UNRELEASED = "app_unreleased"


_SERVICE_WORDS: dict[ServiceKind, tuple[str, ...]] = {
    ServiceKind.APP_UNRELEASED: (
        "등록전",
        "출시전",
        "스토어등록전",
        "앱스토어등록전",
        "아직",
        "notinthestore",
        "notyet",
        "unreleased",
        "notreleased",
        "notpublished",
    ),
    ServiceKind.WEB: ("web", "website", "webservice", "웹", "웹서비스", "웹사이트", "홈페이지"),
    ServiceKind.APP: ("app", "앱", "appservice", "앱서비스", "어플", "애플리케이션", "mobileapp"),
}


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text).casefold())


def parse_service_kind(text: str) -> Parsed:
    """Web or app; "not in the store yet" wins over "app" when both are said."""
    squashed = _squash(text)
    if not squashed:
        return FieldError.EMPTY
    if squashed in {k.value.replace("_", "") for k in ServiceKind}:
        return next(k.value for k in ServiceKind if k.value.replace("_", "") == squashed)
    for kind, words in _SERVICE_WORDS.items():
        if kind is ServiceKind.APP_UNRELEASED:
            if any(w in squashed for w in words):
                return kind.value
        elif squashed in words:
            return kind.value
    return FieldError.UNKNOWN_OPTION


# Monthly transaction volume bands, as the console's dropdown offers them ("1억원 미만", …).
VOLUME_BANDS: tuple[tuple[str, str, str], ...] = (
    ("under_10m", "1천만원 미만", "Under KRW 10 million"),
    ("10m_100m", "1천만원 ~ 1억원", "KRW 10–100 million"),
    ("100m_1b", "1억원 ~ 10억원", "KRW 100 million – 1 billion"),
    ("over_1b", "10억원 이상", "KRW 1 billion or more"),
)
_VOLUME_WORDS: dict[str, tuple[str, ...]] = {
    "under_10m": ("1천만원미만", "천만원미만", "1천미만", "under10m", "under10million"),
    "10m_100m": ("1천만원1억원", "1천만1억", "천만1억", "1억원미만", "1억미만", "10m100m"),
    "100m_1b": ("1억원10억원", "1억10억", "10억미만", "10억원미만", "100m1b"),
    "over_1b": ("10억원이상", "10억이상", "over1b", "1billionormore", "over1billion"),
}


def parse_volume_band(text: str) -> Parsed:
    """A band key from its key, its Korean or English label, or a short form of either."""
    squashed = _squash(text)
    if not squashed:
        return FieldError.EMPTY
    for key, ko, en in VOLUME_BANDS:
        if squashed in (_squash(key), _squash(ko), _squash(en), *_VOLUME_WORDS[key]):
            return key
    return FieldError.UNKNOWN_OPTION


class BusinessType(StrEnum):
    """사업자구분 on the console's final check."""

    INDIVIDUAL = "individual"
    CORPORATE = "corporate"


_TYPE_WORDS: dict[BusinessType, tuple[str, ...]] = {
    BusinessType.INDIVIDUAL: ("individual", "개인", "개인사업자", "sole", "soleproprietor"),
    BusinessType.CORPORATE: ("corporate", "법인", "법인사업자", "corporation", "company"),
}


def parse_business_type(text: str) -> Parsed:
    squashed = _squash(text)
    if not squashed:
        return FieldError.EMPTY
    for kind, words in _TYPE_WORDS.items():
        if squashed in words:
            return kind.value
    return FieldError.UNKNOWN_OPTION
