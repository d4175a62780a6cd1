"""The third blind certificate renderer (tests/support/blind_certs3): the same seed gives the
same bytes, and the truth it writes is valid (check digits, formats, printed values).

No OCR here: the set is for measuring the reader, not for testing it (bench/blindcert3.md).
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from PIL import Image

from knowledge.bizno import is_valid_business_number, is_valid_corp_number
from tests.support.blind_certs3 import available_faces, plan, render_certificate
from tests.support.blind_certs3.fonts import FACES, GUNGSEO
from tests.support.blind_certs3.industries import EXEMPT, INDUSTRIES
from tests.support.blind_certs3.places import DISTRICTS
from tests.support.blind_certs3.values import business_check_digit, corp_check_digit

pytestmark = [
    pytest.mark.skipif(
        len(available_faces()) < len(FACES) + 1, reason="the set's Korean fonts are not installed"
    ),
    pytest.mark.slow,  # about 30 s: full-page renders and captures
]

# Three certificates: every form kind between them, three layouts, three captures.
CASES: tuple[dict[str, object], ...] = (
    {"seed": 31, "form": "일반과세자", "layout": "hometax", "face": "UnGraphic",
     "capture": "fax", "rotation": 90},
    {"seed": 32, "form": "법인사업자", "layout": "shaded", "face": "NanumSquareRound",
     "capture": "photo", "crop": True},
    {"seed": 33, "form": "면세사업자", "layout": "compact", "face": "NanumGothicCoding",
     "capture": "photocopy", "rotation": 180},
)  # fmt: skip


def _render(case: dict[str, object]) -> tuple[bytes, dict[str, object], str]:
    args = dict(case)
    seed = args.pop("seed")
    assert isinstance(seed, int)
    cert = render_certificate(seed, name=f"case_{seed}", **args)  # type: ignore[arg-type]
    return cert.data, cert.truth, cert.filename


@pytest.fixture(scope="module")
def rendered() -> list[tuple[bytes, dict[str, object], str]]:
    return [_render(case) for case in CASES]


def test_same_seed_same_bytes(rendered: list[tuple[bytes, dict[str, object], str]]) -> None:
    for case, (data, truth, _) in zip(CASES, rendered, strict=True):
        again, truth_again, _ = _render(case)
        assert again == data
        assert json.dumps(truth_again, ensure_ascii=False) == json.dumps(truth, ensure_ascii=False)
    other, _, _ = _render({**CASES[0], "seed": 34})
    assert other != rendered[0][0]


def test_check_digits_worked_examples() -> None:
    # domain-facts.md §4: 124-81-00998 and 220-81-62517 valid; 110111-0062432, 130111-0006246.
    assert business_check_digit("124810099") == 8
    assert business_check_digit("220816251") == 7
    assert business_check_digit("220881234") == 0
    assert corp_check_digit("110111006243") == 2
    assert corp_check_digit("130111000624") == 6
    assert corp_check_digit("110111123456") != 7


def test_truth_is_valid(rendered: list[tuple[bytes, dict[str, object], str]]) -> None:
    kinds = set()
    for case, (data, truth, filename) in zip(CASES, rendered, strict=True):
        assert truth["image"] == filename
        assert filename.endswith((".png", ".jpg", ".pdf"))
        if not filename.endswith(".pdf"):
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                # A quarter turn makes the page wider than tall.
                assert (width > height) == (case.get("rotation") in (90, 270))
        else:
            assert data.startswith(b"%PDF")
        fields = truth["fields"]
        assert isinstance(fields, dict)
        kind = truth["kind"]
        kinds.add(kind)
        assert kind == ("corporate" if case["form"] == "법인사업자" else "individual")
        reg = fields["reg_no"]
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", reg)
        digits = reg.replace("-", "")
        assert is_valid_business_number(digits)
        middle = int(digits[3:5])
        if case["form"] == "면세사업자":
            assert 90 <= middle <= 99
        elif kind == "corporate":
            assert middle in (81, 86, 87, 88)
        else:
            assert 1 <= middle <= 79
        if kind == "corporate":
            assert re.fullmatch(r"\d{6}-\d{7}", fields["corp_reg_no"])
            assert is_valid_corp_number(fields["corp_reg_no"].replace("-", ""))
            assert fields["hq_address"]
            assert "birth_date" not in fields
        else:
            born = date.fromisoformat(fields["birth_date"])
            assert born.year <= date.fromisoformat(fields["open_date"]).year - 19
        opened = date.fromisoformat(fields["open_date"])
        issued = date.fromisoformat(fields["issue_date"])
        assert opened <= issued <= date(2026, 11, 30)
        assert fields["tax_office"] in {d.office for d in DISTRICTS}
        types = fields["biz_type"].split(", ")
        rows = truth["also_printed"]["trade_rows"]  # type: ignore[index]
        assert ", ".join(r[0] for r in rows) == fields["biz_type"]
        assert ", ".join(r[1] for r in rows) == fields["biz_item"]
        for t, item in rows:
            assert item in INDUSTRIES[t]
            assert (item in EXEMPT) == (case["form"] == "면세사업자")
        assert types
        assert any(fields["address"].startswith(d.province) or fields["address"].startswith(
            {"강원도": "강원특별자치도", "전라북도": "전북특별자치도"}.get(d.province, "-"))
            for d in DISTRICTS)  # fmt: skip
    assert kinds == {"individual", "corporate"}


def test_plan_shares() -> None:
    items = plan(60, 2027)
    forms = [i.form for i in items]
    assert (forms.count("일반과세자"), forms.count("간이과세자"), forms.count("면세사업자"),
            forms.count("법인사업자")) == (20, 12, 8, 20)  # fmt: skip
    captures = [i.capture for i in items]
    assert {c: captures.count(c) for c in set(captures)} == {
        "photo": 16, "scan": 14, "photocopy": 11, "fax": 8, "screenshot": 11,
    }  # fmt: skip
    assert sorted(i.rotation for i in items if i.rotation) == [90, 90, 90, 180, 180, 270, 270]
    assert sum(i.crop for i in items) == 12
    assert not any(i.capture == "screenshot" and (i.rotation or i.crop) for i in items)
    assert {i.face for i in items} == {f.name for f in FACES}
    assert GUNGSEO.name in available_faces()
