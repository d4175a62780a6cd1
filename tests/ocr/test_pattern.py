"""Security paper: a faint printed background pattern cleared before tesseract reads.

The step is off by default (`preprocess.DEFAULT_STEPS`): the independent set showed more
fields right but a lower share of right values among those called sure."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, read_certificate
from bot.ocr.preprocess import (
    ALL_STEPS,
    clear_background,
    flatten_light,
    has_background_pattern,
    red_channel,
)
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _page(seed: int, variant: str) -> np.ndarray:
    cert = render_certificate(seed, variant=variant, font="NanumGothic")
    rgb = Image.open(io.BytesIO(cert.data)).convert("RGB")
    return flatten_light(red_channel(rgb))


def test_a_patterned_page_is_told_from_plain_blurred_and_noisy_ones() -> None:
    assert has_background_pattern(_page(31, "guilloche"))
    for variant in ("clean", "blur", "noise", "lowres", "jpeg"):
        assert not has_background_pattern(_page(31, variant)), variant


def test_clearing_keeps_ink_and_whitens_light_marks() -> None:
    page = np.full((60, 60), 250, np.uint8)
    page[::6, :] = 190  # light lines
    page[20:40, 28:32] = 20  # a stroke
    page[20:40, 27] = 120  # its anti-aliased edge
    out = clear_background(page)
    assert (out[::6, :5] == 255).all()
    assert (out[20:40, 28:32] == 20).all()
    assert (out[20:40, 27] == 120).all()


@pytest.fixture
def no_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The coloured-marks rule (ocr13) off: it lifts a coloured guilloche to paper by itself, so
    the pattern step is tested on the grey the page gives without it."""
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.MARKS})


@needs_tesseract
@pytest.mark.parametrize("layout", ["form", "plain"])
def test_a_certificate_on_security_paper_is_read(layout: str, no_marks: None) -> None:
    cert = render_certificate(
        12002, kind="corporate", variant="guilloche", layout=layout, font="NanumMyeongjo"
    )
    reading = read_certificate(cert.data, cert.filename, steps=ALL_STEPS)
    assert "pattern" in reading.steps
    got = {k: " ".join(f.value.split()) for k, f in reading.fields.items()}
    assert got == cert.fields


@needs_tesseract
def test_without_clearing_the_same_page_loses_fields(no_marks: None) -> None:
    cert = render_certificate(
        12002, kind="corporate", variant="guilloche", layout="plain", font="NanumMyeongjo"
    )
    raw = read_certificate(cert.data, cert.filename)  # the step is off by default
    assert "pattern" not in raw.steps
    right = sum(
        name in raw.fields and " ".join(raw.fields[name].value.split()) == value
        for name, value in cert.fields.items()
    )
    assert right < len(cert.fields)


@needs_tesseract
def test_the_marks_rule_reads_coloured_security_paper_whole_by_default() -> None:
    """ocr13's rule turns a coloured guilloche to paper like any coloured mark: the page the
    pattern step is off for reads every field with the default steps."""
    cert = render_certificate(
        12002, kind="corporate", variant="guilloche", layout="plain", font="NanumMyeongjo"
    )
    reading = read_certificate(cert.data, cert.filename)
    assert "marks" in reading.steps
    got = {k: " ".join(f.value.split()) for k, f in reading.fields.items()}
    assert got == cert.fields
