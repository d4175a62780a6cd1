"""What the reader returns: fields with confidences, and what it could not read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class CertificateKind(StrEnum):
    INDIVIDUAL = "individual"
    CORPORATE = "corporate"


class Source(StrEnum):
    """Where the letters came from: a digital PDF's own text, or OCR of pixels."""

    TEXT_LAYER = "text_layer"
    OCR = "ocr"
    # A scanner's searchable PDF: OCR of the page, checked against the text it hides.
    OCR_LAYER_CHECKED = "ocr_layer_checked"


class TaxpayerType(StrEnum):
    GENERAL = "일반"
    SIMPLIFIED = "간이"
    EXEMPT = "면세"


INDIVIDUAL_FIELDS = (
    "reg_no",
    "trade_name",
    "representative",
    "birth_date",
    "open_date",
    "address",
    "biz_type",
    "biz_item",
    "issue_date",
    "tax_office",
)
CORPORATE_FIELDS = (
    "reg_no",
    "trade_name",
    "representative",
    "corp_reg_no",
    "open_date",
    "address",
    "hq_address",
    "biz_type",
    "biz_item",
    "issue_date",
    "tax_office",
)


def expected_fields(kind: CertificateKind) -> tuple[str, ...]:
    return CORPORATE_FIELDS if kind is CertificateKind.CORPORATE else INDIVIDUAL_FIELDS


# At or above this confidence, with no flag, a field is shown as read; below it, it is marked
# for the merchant to check. Calibrated on the development set so that at least 99.5 % of
# the fields called sure are right (docs/performance.md "Calibration of sure").
SURE_CONFIDENCE = 0.9

# Open-vocabulary fields — a trade name, a person's given name, an address, the 종목 — have no
# check digit, closed list or grammar that would catch a slip (a lost Latin capital, a space, 웅
# for 융, one digit of a building number), so they need more confidence to be called sure (the
# surname list checks only a name's first syllable). Certificate sets 4-7 and the old set, run on
# the session-9 start code: 7 of 1,669 fields called sure were wrong, every one of them in these
# fields, five in the 0.90-0.93 band (docs/decisions.md, "Sure for open text").
OPEN_TEXT_FIELDS = frozenset({"trade_name", "representative", "address", "hq_address", "biz_item"})
OPEN_TEXT_SURE_CONFIDENCE = 0.93


def sure_bar(name: str | None) -> float:
    """The confidence from which a field of this name (None: any field) may be called sure."""
    return OPEN_TEXT_SURE_CONFIDENCE if name in OPEN_TEXT_FIELDS else SURE_CONFIDENCE


@dataclass(frozen=True, slots=True)
class FieldReading:
    value: str
    confidence: float  # 0..1
    flags: tuple[str, ...] = ()

    @property
    def sure(self) -> bool:
        """Whether the value may be shown without asking the merchant to check it (the bar of
        a field whose name is not known; `is_sure` knows the name)."""
        return self.is_sure(None)

    def is_sure(self, name: str | None) -> bool:
        return self.confidence >= sure_bar(name) and not self.flags

    def to_json_dict(self, name: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "sure": self.is_sure(name),
        }
        if self.flags:
            out["flags"] = list(self.flags)
        return out


@dataclass(frozen=True)
class CertificateReading:
    kind: CertificateKind
    taxpayer_type: TaxpayerType | None
    fields: dict[str, FieldReading]
    kind_confidence: float = 1.0
    steps: tuple[str, ...] = ()  # preprocessing applied, for logs
    seconds: float = 0.0
    source: Source = Source.OCR
    page: int | None = None  # of a PDF, the page read (1-based); None for an image
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def missing(self) -> tuple[str, ...]:
        """Fields the form has but the reader could not read."""
        return tuple(name for name in expected_fields(self.kind) if name not in self.fields)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "taxpayer_type": str(self.taxpayer_type) if self.taxpayer_type else None,
            "fields": {name: f.to_json_dict(name) for name, f in self.fields.items()},
            "missing": list(self.missing),
            "source": str(self.source),
            "page": self.page,
        }
