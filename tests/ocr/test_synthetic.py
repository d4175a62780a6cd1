"""The renderer itself: deterministic, valid numbers, every variant renders."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from knowledge.bizno import is_valid_business_number, is_valid_corp_number, normalize_digits
from tests.support.cert_fonts import korean_fonts
from tests.support.certificates import VARIANTS, render_certificate

pytestmark = pytest.mark.skipif(not korean_fonts(), reason="no Korean font installed")


def test_deterministic() -> None:
    a, b = render_certificate(5, variant="noise"), render_certificate(5, variant="noise")
    assert a.data == b.data
    assert a.truth == b.truth


@pytest.mark.parametrize("seed", range(30))
def test_numbers_are_valid(seed: int) -> None:
    import random

    from tests.support.cert_values import random_values

    values = random_values(random.Random(seed))
    assert is_valid_business_number(normalize_digits(values.fields["reg_no"]))
    if values.kind == "corporate":
        assert is_valid_corp_number(normalize_digits(values.fields["corp_reg_no"]))


@pytest.mark.parametrize("variant", VARIANTS)
def test_each_variant_renders(variant: str) -> None:
    cert = render_certificate(3, variant=variant)
    image = Image.open(io.BytesIO(cert.data))
    assert image.width > 500
    assert cert.truth["variant"] == variant
    assert set(cert.truth) >= {"image", "kind", "variant", "degradation", "fields", "font"}
