"""Each field read from clean and degraded renders of both forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.ocr import CertificateReading
from tests.ocr.conftest import CASES, needs_tesseract
from tests.support.certificates import RenderedCertificate

Reader = Callable[[int, str, str], tuple[RenderedCertificate, CertificateReading]]

pytestmark = [pytest.mark.tesseract, needs_tesseract]


@pytest.mark.parametrize(("seed", "kind", "variant"), CASES)
def test_kind_and_fields(reading_of: Reader, seed: int, kind: str, variant: str) -> None:
    cert, reading = reading_of(seed, kind, variant)
    assert reading.kind == kind
    wrong = {
        name: (truth, reading.fields[name].value if name in reading.fields else None)
        for name, truth in cert.fields.items()
        if name not in reading.fields or reading.fields[name].value != truth
    }
    # Clean pages must be read completely. A degraded page may get a word of free text wrong
    # (an address printed twice on a corporate page counts twice); the numbers and dates,
    # which the dialog pre-fills, must always be right.
    allowed = 0 if variant == "clean" else 2
    assert len(wrong) <= allowed, wrong
    for name in ("reg_no", "corp_reg_no", "open_date"):
        assert name not in wrong, wrong


@pytest.mark.parametrize(("seed", "kind", "variant"), CASES[:2])
def test_confidences_and_missing(reading_of: Reader, seed: int, kind: str, variant: str) -> None:
    _, reading = reading_of(seed, kind, variant)
    for field in reading.fields.values():
        assert 0.0 <= field.confidence <= 1.0
    assert reading.fields["reg_no"].confidence > 0.9
    assert reading.missing == ()
    as_json = reading.to_json_dict()
    assert as_json["kind"] == kind
    assert set(as_json["fields"]) == set(reading.fields)


def test_taxpayer_type_of_individual(reading_of: Reader) -> None:
    cert, reading = reading_of(*CASES[0])
    assert reading.taxpayer_type == cert.truth["taxpayer_type"]
