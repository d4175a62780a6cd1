"""The blind-set renderer itself: valid numbers, plausible values, exact shares, stable bytes."""

from __future__ import annotations

import io
import random
from collections import Counter

import pytest
from PIL import Image

from knowledge.bizno import is_valid_business_number, is_valid_corp_number, normalize_digits
from tests.support.blind_certs import (
    DEGRADATIONS,
    FACES,
    available_faces,
    plan,
    render_blind_certificate,
)
from tests.support.blind_certs.numbers import business_check, corp_check
from tests.support.blind_certs.places import DISTRICTS
from tests.support.blind_certs.values import _SURNAMES, random_values

needs_fonts = pytest.mark.skipif(
    {f.name for f in FACES} - set(available_faces()) != set(),
    reason="the blind set's Korean fonts are not all installed",
)


@pytest.mark.parametrize("number", ["124-81-00998", "220-81-62517", "123-45-67891", "220-88-12340"])
def test_business_check_digit_on_the_worked_examples(number: str) -> None:
    digits = normalize_digits(number)
    assert business_check(digits[:9]) == int(digits[9])


def test_business_check_digit_rejects_a_changed_last_digit() -> None:
    assert business_check("123456789") != 0  # 123-45-67890 fails (domain-facts §4a)


@pytest.mark.parametrize(("number", "check"), [("110111006243", 2), ("130111000624", 6)])
def test_corp_check_digit_on_the_worked_examples(number: str, check: int) -> None:
    assert corp_check(number) == check


@pytest.mark.parametrize("seed", range(60))
def test_values_are_plausible_and_numbers_valid(seed: int) -> None:
    form = ("일반", "간이", "면세", "corporate")[seed % 4]
    kind = "corporate" if form == "corporate" else "individual"
    v = random_values(random.Random(seed), kind, None if kind == "corporate" else form)
    f = v.fields
    digits = normalize_digits(f["reg_no"])
    assert is_valid_business_number(digits)  # agrees with the project's own validator
    middle = int(digits[3:5])
    if kind == "corporate":
        assert middle in (81, 86, 87, 88)
        assert is_valid_corp_number(normalize_digits(f["corp_reg_no"]))
        assert "birth_date" not in f
    elif form == "면세":
        assert 90 <= middle <= 99
    else:
        assert 1 <= middle <= 79
    surnames = {s for s, _ in _SURNAMES}
    name = f["representative"]
    assert name[:1] in surnames or name[:2] in surnames
    assert f["open_date"] <= f["issue_date"]
    if kind == "individual":
        assert f["birth_date"] < f["open_date"]
    provinces = {d.province for d in DISTRICTS}
    assert f["address"].split(" ")[0] in provinces
    assert f["tax_office"].endswith("세무서")


def test_plan_of_the_frozen_set_has_the_documented_shares() -> None:
    items = plan(60, 2026)
    assert Counter(i.form for i in items) == {"corporate": 24, "일반": 18, "간이": 12, "면세": 6}
    assert Counter(i.layout for i in items) == {"numbered": 24, "plain": 24, "ruled": 12}
    degradations = Counter(i.degradation for i in items)
    assert degradations["combined"] == degradations["scan150"] == 9
    assert all(degradations[d] == 6 for d in DEGRADATIONS if d not in ("combined", "scan150"))
    assert plan(60, 2026) == items


@needs_fonts
@pytest.mark.parametrize("degradation", DEGRADATIONS)
def test_each_degradation_renders_a_readable_file(degradation: str) -> None:
    cert = render_blind_certificate(
        5, form="corporate", layout="numbered", face="UnBatang", degradation=degradation
    )
    if cert.filename.endswith(".pdf"):
        assert cert.data.startswith(b"%PDF")
        return
    image = Image.open(io.BytesIO(cert.data))
    dpi = cert.truth["degradation"]["dpi"]
    assert abs(image.width - 8.27 * dpi) < 2
    assert cert.truth["variant"] == degradation
    assert set(cert.fields) >= {"corp_reg_no", "hq_address"}


@needs_fonts
def test_rendering_is_deterministic() -> None:
    args = {"form": "간이", "layout": "plain", "face": "NanumSquare", "degradation": "scan200"}
    a = render_blind_certificate(9, **args)
    b = render_blind_certificate(9, **args)
    assert a.data == b.data  # the PDF carries fixed dates, not the time of rendering
    assert a.truth == b.truth
    assert render_blind_certificate(10, **args).fields != a.fields
