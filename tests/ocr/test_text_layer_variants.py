"""Digital PDFs as they really come (browser print chrome, codes and seals, spaced and
numbered labels, wrapping cells, text drawn out of reading order, turned pages, an
attachment page) are read exactly from their text; layers that cannot be trusted (fonts
without a Unicode map, private-use codes, invisible OCR text) are never read.

Timing is benched (docs/performance.md), not asserted: the machine is shared."""

from __future__ import annotations

import random

import pytest

from bot.ocr import read_certificate
from bot.ocr.extract import extract
from bot.ocr.reading import Source
from bot.ocr.text_layer import text_layer_lines
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_pdf import (
    UNTRUSTED,
    VARIANTS,
    DigitalStyle,
    random_style,
    render_certificate_pdf,
)
from tests.support.cert_values import random_values


def _faces() -> list[FontFace]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    return faces


def _assert_exact(data: bytes, truth: dict[str, object]) -> None:
    reading = read_certificate(data, "사업자등록증.pdf")
    assert reading.source is Source.TEXT_LAYER
    assert str(reading.kind) == truth["kind"]
    assert reading.taxpayer_type == truth["taxpayer_type"]
    got = {name: field.value for name, field in reading.fields.items()}
    assert got == truth["fields"]
    assert all(field.sure for field in reading.fields.values())
    assert reading.missing == ()


_ONE_PAGE = [name for name, style in VARIANTS.items() if not style.attachment]


@pytest.mark.parametrize("kind", ["individual", "corporate"])
@pytest.mark.parametrize("name", _ONE_PAGE)
def test_every_variant_is_read_exactly(name: str, kind: str) -> None:
    faces = _faces()
    index = list(VARIANTS).index(name)
    seed = 100 + 2 * index + (kind == "corporate")
    data, truth = render_certificate_pdf(
        seed, kind=kind, face=faces[seed % len(faces)], style=VARIANTS[name]
    )
    _assert_exact(data, truth)


def _seed_for(taxpayer_type: str) -> int:
    return next(
        s
        for s in range(300, 400)
        if random_values(random.Random(s), "individual").taxpayer_type == taxpayer_type
    )


@pytest.mark.parametrize("taxpayer_type", ["일반", "간이", "면세"])
def test_each_individual_form_is_read_with_its_type(taxpayer_type: str) -> None:
    seed = _seed_for(taxpayer_type)
    style = DigitalStyle(chrome=True, images=True, labels="numbered", order="values_first")
    data, truth = render_certificate_pdf(
        seed, kind="individual", face=_faces()[seed % len(_faces())], style=style
    )
    assert truth["taxpayer_type"] == taxpayer_type
    _assert_exact(data, truth)


@pytest.mark.parametrize("seed", range(8))
def test_mixed_styles_are_read_exactly(seed: int) -> None:
    """Features combined as a seed draws them, not as a test was written for them."""
    faces = _faces()
    style = random_style(random.Random(7000 + seed))
    data, truth = render_certificate_pdf(7000 + seed, face=faces[seed % len(faces)], style=style)
    _assert_exact(data, truth)


def test_the_certificate_page_of_a_two_page_pdf_is_read() -> None:
    """The attachment page after the certificate names other values; they are not read.
    (A PDF of several pages is refused at upload today, see `formats.check_upload`: this is
    the text layer's part.)"""
    data, truth = render_certificate_pdf(
        41, face=_faces()[0], style=DigitalStyle(attachment=True, order="shuffled")
    )
    lines = text_layer_lines(data)
    assert lines is not None
    got = {name: field.value for name, field in extract(lines, exact=True).fields.items()}
    assert got == truth["fields"]


@pytest.mark.parametrize("untrusted", UNTRUSTED)
def test_an_untrusted_layer_is_not_read(untrusted: str) -> None:
    for seed, face in enumerate(_faces()[:3]):
        style = DigitalStyle(untrusted=untrusted, chrome=True, images=True)
        data, _ = render_certificate_pdf(seed, face=face, style=style)
        assert text_layer_lines(data) is None


@needs_tesseract
@pytest.mark.tesseract
def test_a_layer_without_a_unicode_map_goes_to_ocr() -> None:
    """The page shows the right letters, its text layer gives glyph numbers: OCR reads it."""
    data, truth = render_certificate_pdf(
        5, face=_faces()[0], style=DigitalStyle(untrusted="no_tounicode")
    )
    reading = read_certificate(data, "cert.pdf")
    assert reading.source is Source.OCR
    fields: dict[str, str] = truth["fields"]  # type: ignore[assignment]
    assert reading.fields["reg_no"].value == fields["reg_no"]


def test_the_generator_is_deterministic() -> None:
    face = _faces()[0]
    style = VARIANTS["everything"]
    first, _ = render_certificate_pdf(9, face=face, style=style)
    second, _ = render_certificate_pdf(9, face=face, style=style)
    assert first == second
