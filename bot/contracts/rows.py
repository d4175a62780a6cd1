"""One contract row of the registry's CSV, checked field by field.

Columns: business_number, pg, methods, status, mid, contract_date, end_date. Methods are
separated by ``|``; dates are ``YYYY-MM-DD``; mid, contract_date and end_date may be empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from knowledge.bizno import (
    BusinessNumber,
    ParseError,
    format_business_number,
    normalize_digits,
    parse_business_number,
)
from knowledge.catalog import load_catalog

COLUMNS = ("business_number", "pg", "methods", "status", "mid", "contract_date", "end_date")
STATUSES = ("in_progress", "active", "terminated")
METHOD_SEPARATOR = "|"
# Letters, digits and a little punctuation: no spaces, and nothing a spreadsheet would run
# as a formula when the export is opened ("=", "+", "@" at the start).
_MID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER_CHARS = re.compile(r"[0-9\s\-‐‑‒–—―−－]+")


@dataclass(frozen=True)
class ContractRow:
    business_number: str  # ten digits
    pg: str
    methods: tuple[str, ...]
    status: str
    mid: str | None
    contract_date: date | None
    end_date: date | None

    def values(self) -> dict[str, Any]:
        """Column values for the ``contracts`` table."""
        return {
            "business_number": self.business_number,
            "pg": self.pg,
            "methods": list(self.methods),
            "status": self.status,
            "mid": self.mid,
            "contract_date": self.contract_date,
            "end_date": self.end_date,
        }

    def cells(self) -> list[str]:
        """The row as CSV cells, in ``COLUMNS`` order."""
        return [
            format_business_number(self.business_number),
            self.pg,
            METHOD_SEPARATOR.join(self.methods),
            self.status,
            self.mid or "",
            self.contract_date.isoformat() if self.contract_date else "",
            self.end_date.isoformat() if self.end_date else "",
        ]

    @property
    def canonical_pg(self) -> str:
        """The catalog's code ("html5_inicis" -> "inicis"); as stored if the catalog has
        since dropped it."""
        try:
            return load_catalog().pg(self.pg).code
        except KeyError:
            return self.pg


def check_row(raw: Mapping[str, str]) -> ContractRow | list[str]:
    """The row, or every reason it is wrong."""
    reasons: list[str] = []
    number = _business_number(raw.get("business_number", ""), reasons)
    pg = _pg(raw.get("pg", ""), reasons)
    methods = _methods(raw.get("methods", ""), reasons)
    status = raw.get("status", "").strip()
    if status not in STATUSES:
        reasons.append(f"status {status!r} is not one of {', '.join(STATUSES)}")
    mid = raw.get("mid", "").strip() or None
    if mid is not None and not _MID.fullmatch(mid):
        reasons.append("mid may hold only letters, digits, '_', '.' and '-' (at most 100)")
    contract_date = _date(raw.get("contract_date", ""), "contract_date", reasons)
    end_date = _date(raw.get("end_date", ""), "end_date", reasons)
    if contract_date and end_date and end_date < contract_date:
        reasons.append("end_date is before contract_date")
    if reasons or number is None or pg is None:
        return reasons
    return ContractRow(number, pg, methods, status, mid, contract_date, end_date)


def _business_number(value: str, reasons: list[str]) -> str | None:
    value = unicodedata.normalize("NFKC", value).strip()
    if not value:
        reasons.append("business_number is empty")
        return None
    if not _NUMBER_CHARS.fullmatch(value):
        reasons.append("business_number may hold only digits, hyphens and spaces")
        return None
    parsed = parse_business_number(value)
    if isinstance(parsed, BusinessNumber):
        return parsed.digits
    if parsed is ParseError.WRONG_LENGTH:
        count = len(normalize_digits(value))
        reasons.append(f"business_number has {count} digits, not 10")
    elif parsed is ParseError.BAD_SERIAL:
        reasons.append("business_number is not one the tax office issues (bad serial)")
    else:
        reasons.append("business_number check digit does not match; check the digits")
    return None


def _pg(value: str, reasons: list[str]) -> str | None:
    value = value.strip()
    if not value:
        reasons.append("pg is empty")
        return None
    try:
        load_catalog().pg(value)
    except KeyError:
        reasons.append(f"pg {value!r} is not a known PG code (e.g. kcp, html5_inicis)")
        return None
    return value


def _methods(value: str, reasons: list[str]) -> tuple[str, ...]:
    codes = [code.strip() for code in value.split(METHOD_SEPARATOR) if code.strip()]
    if not codes:
        reasons.append("methods is empty")
    catalog = load_catalog()
    for code in codes:
        try:
            catalog.method(code)
        except KeyError:
            reasons.append(f"method {code!r} is not a known payment method (e.g. card, vbank)")
    if len(set(codes)) != len(codes):
        reasons.append("methods lists a method twice")
    return tuple(codes)


def _date(value: str, column: str, reasons: list[str]) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        reasons.append(f"{column} {value!r} is not a date like 2024-03-14")
        return None
