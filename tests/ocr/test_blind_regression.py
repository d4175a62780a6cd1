"""Regression cases from the independent renderer (`tests/support/blind_certs`).

Each case lists the fields the reader got right when the cases were chosen (the baseline in
bench/blindcert.md); a change that loses one of them is a regression. The fields it missed
are not asserted: they are what the blind set measures, and these seeds are not in it (the
frozen set uses seeds 2026000+), so fixing them here would not be tuning on the set.
"""

from __future__ import annotations

import pytest

from bot.ocr import read_certificate
from tests.ocr.conftest import needs_tesseract
from tests.support.blind_certs import FACES, available_faces, render_blind_certificate

pytestmark = [
    pytest.mark.tesseract,
    needs_tesseract,
    pytest.mark.skipif(
        {f.name for f in FACES} - set(available_faces()) != set(),
        reason="the blind set's Korean fonts are not all installed",
    ),
]

NUMBERS = ("reg_no", "open_date", "issue_date")
PERSON = ("representative", "birth_date", "tax_office")
CORPORATE = ("reg_no", "representative", "corp_reg_no", "open_date", "address", "hq_address")

# (seed, form, layout, face, degradation, fields right at baseline)
CASES = [
    (101, "corporate", "numbered", "UnBatang", "clean", (*CORPORATE, "issue_date", "tax_office")),
    (102, "일반", "plain", "Noto Sans CJK KR", "scan150", (*NUMBERS, *PERSON)),
    (103, "간이", "ruled", "NanumMyeongjo", "clean", ("reg_no", "issue_date", "tax_office")),
    # 104: open_date ("2001 년 11 월"): since ocr3 the page reads its "11" as "브"; the
    # second look at a date row that read no date (ocrcal, extract.reread_dates) reads it.
    (104, "corporate", "plain", "Noto Serif CJK KR", "scan200",
     ("reg_no", "representative", "corp_reg_no", "open_date", "address", "hq_address",
      "trade_name", "issue_date", "tax_office")),
    (106, "일반", "plain", "UnDotum", "combined", (*NUMBERS, *PERSON)),
    (107, "corporate", "numbered", "NanumBarunGothic", "scan100",
     (*CORPORATE, "trade_name", "issue_date", "tax_office")),
    (109, "일반", "numbered", "Noto Serif CJK KR", "jpeg",
     ("reg_no", "trade_name", "representative", "birth_date", "open_date", "address",
      "biz_type", "biz_item", "issue_date", "tax_office")),
]  # fmt: skip


@pytest.mark.parametrize(("seed", "form", "layout", "face", "degradation", "right"), CASES)
def test_fields_read_at_baseline_stay_right(
    seed: int, form: str, layout: str, face: str, degradation: str, right: tuple[str, ...]
) -> None:
    cert = render_blind_certificate(
        seed, form=form, layout=layout, face=face, degradation=degradation
    )
    reading = read_certificate(cert.data, cert.filename)
    assert reading.kind == cert.truth["kind"]
    lost = {
        name: (cert.fields[name], reading.fields[name].value if name in reading.fields else None)
        for name in right
        if name not in reading.fields
        or " ".join(reading.fields[name].value.split()) != " ".join(cert.fields[name].split())
    }
    assert not lost, lost
