"""The fields of the business information, in the order the console asks them, with the
parser of each. Values are stored as strings in ``BusinessSlots.fields``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from knowledge import bizno
from knowledge import fields as kf

# A parser gets the text and today's date; it returns the value or an error key of
# ``texts.ERRORS``.
Parser = Callable[[str, dt.date], "Value"]


@dataclass(frozen=True)
class Value:
    value: str | None = None
    error: str | None = None


def _wrap(parse: Callable[[str], kf.Parsed]) -> Parser:
    def parser(text: str, _today: dt.date) -> Value:
        parsed = parse(text)
        return Value(error=parsed.value) if isinstance(parsed, kf.FieldError) else Value(parsed)

    return parser


def _reg_no(text: str, _today: dt.date) -> Value:
    parsed = bizno.parse_business_number(text)
    if isinstance(parsed, bizno.ParseError):
        return Value(error=parsed.value)
    return Value(parsed.digits)


def _corp_reg_no(text: str, _today: dt.date) -> Value:
    digits = bizno.normalize_digits(text)
    if not digits:
        return Value(error="empty")
    if len(digits) != bizno.CORP_NUMBER_LENGTH:
        return Value(error="corp_length")
    if not bizno.is_valid_corp_number(digits):
        return Value(error="corp_checksum")
    return Value(bizno.format_corp_number(digits))


def _date(text: str, today: dt.date) -> Value:
    parsed = kf.parse_date(text, today=today)
    return Value(error=parsed.value) if isinstance(parsed, kf.FieldError) else Value(parsed)


def _birth_date(text: str, today: dt.date) -> Value:
    parsed = kf.parse_birth_date(text, today=today)
    return Value(error=parsed.value) if isinstance(parsed, kf.FieldError) else Value(parsed)


def _memo(text: str, _today: dt.date) -> Value:
    parsed = kf.parse_memo(text)
    return Value(error="memo_too_long") if isinstance(parsed, kf.FieldError) else Value(parsed)


def _url(text: str, _today: dt.date) -> Value:
    parsed = _wrap(kf.parse_url)(text, _today)
    if parsed.error == kf.FieldError.NO_SCHEME.value:
        # "www.kmuyeok.co.kr": a host without its scheme is completed, not refused.
        return _wrap(kf.parse_url)("https://" + text.strip(), _today)
    return parsed


@dataclass(frozen=True)
class FieldSpec:
    name: str
    parse: Parser
    # Whether the field is asked for this business (e.g. 법인등록번호 only for corporations).
    applies: Callable[[dict[str, str]], bool] = lambda _fields: True
    # An empty answer ("none", "없음") is a valid value.
    optional: bool = False
    # Options the merchant picks from (value -> label key in texts); None for free text.
    choices: str | None = None


def _corporate(fields: dict[str, str]) -> bool:
    return fields.get("business_type") == kf.BusinessType.CORPORATE.value


def _url_required(fields: dict[str, str]) -> bool:
    return fields.get("service_kind", kf.ServiceKind.WEB.value) == kf.ServiceKind.WEB.value


# Read from the certificate (and asked when the reader could not read them).
CERTIFICATE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("reg_no", _reg_no),
    FieldSpec("business_type", _wrap(kf.parse_business_type), choices="business_type"),
    FieldSpec("trade_name", _wrap(kf.parse_text)),
    FieldSpec("representative", _wrap(kf.parse_person_names)),
    FieldSpec("corp_reg_no", _corp_reg_no, applies=_corporate),
    FieldSpec("open_date", _date),
    FieldSpec("address", _wrap(kf.parse_text)),
    FieldSpec("hq_address", _wrap(kf.parse_text), applies=_corporate),
    FieldSpec("biz_type", _wrap(kf.parse_text)),
    FieldSpec("biz_item", _wrap(kf.parse_text)),
)

# Typed by the merchant: representative, contact person, service
# (docs/domain.md, "The application").
DETAIL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("birth_date", _birth_date),
    FieldSpec("rep_phone", _wrap(kf.parse_mobile)),
    FieldSpec("rep_email", _wrap(kf.parse_email)),
    FieldSpec("contact_name", _wrap(kf.parse_person_name)),
    FieldSpec("contact_phone", _wrap(kf.parse_mobile)),
    FieldSpec("contact_email", _wrap(kf.parse_email)),
    FieldSpec("service_name", _wrap(kf.parse_text)),
    FieldSpec("service_kind", _wrap(kf.parse_service_kind), choices="service_kind"),
    FieldSpec("service_url", _url, optional=True),
    FieldSpec("goods", _wrap(kf.parse_text)),
    FieldSpec("volume", _wrap(kf.parse_volume_band), choices="volume"),
    FieldSpec("memo", _memo, optional=True),
)

ALL_FIELDS: tuple[FieldSpec, ...] = CERTIFICATE_FIELDS + DETAIL_FIELDS
SPECS: dict[str, FieldSpec] = {spec.name: spec for spec in ALL_FIELDS}
CONTACT_FIELDS = ("contact_name", "contact_phone", "contact_email")
REPRESENTATIVE_CONTACT = {
    "contact_name": "representative",
    "contact_phone": "rep_phone",
    "contact_email": "rep_email",
}

# What merchants type for "nothing" in an optional field.
NONE_WORDS = frozenset({"없음", "없어요", "없습니다", "none", "no", "n/a", "-", "skip", "패스"})


def is_optional_now(spec: FieldSpec, fields: dict[str, str]) -> bool:
    if spec.name == "service_url":
        return not _url_required(fields)
    return spec.optional


def parse_field(name: str, text: str, fields: dict[str, str], today: dt.date) -> Value:
    """Parse ``text`` as field ``name`` in the context of the fields known so far."""
    spec = SPECS[name]
    if is_optional_now(spec, fields) and text.strip().casefold() in NONE_WORDS | {""}:
        return Value("")
    return spec.parse(text, today)


def applicable(fields: dict[str, str]) -> list[FieldSpec]:
    return [spec for spec in ALL_FIELDS if spec.applies(fields)]


def first_unfilled(fields: dict[str, str], group: tuple[FieldSpec, ...]) -> str | None:
    for spec in group:
        if spec.applies(fields) and spec.name not in fields:
            return spec.name
    return None


def prefill_business_type(digits: str) -> str | None:
    """사업자구분 from digits 4–5 of the number; None for the 80/89 edge cases."""
    kind = bizno.business_kind(digits)
    if kind is bizno.BusinessKind.OTHER:
        return None
    if bizno.is_corporate_kind(kind):
        return kf.BusinessType.CORPORATE.value
    return kf.BusinessType.INDIVIDUAL.value


def display(name: str, value: str) -> str:
    """A stored value as the merchant reads it (numbers with their dashes)."""
    if name == "reg_no" and len(value) == bizno.BUSINESS_NUMBER_LENGTH and value.isdigit():
        return bizno.format_business_number(value)
    return value
