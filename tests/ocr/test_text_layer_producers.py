"""Digital certificates are read exactly from their text whatever producer wrote them
(`tests/support/cert_pdfs.py`: TJ kerning, a Form XObject, text out of reading order, a
text object per glyph, Tc / Tz and a matrix-scaled font, ToUnicode ranges; a seal's square
over the office's name, a ruled table, a page fitted into a scaled form), and a page that
only hides a scanner's OCR text (in render mode 3, under its image whole or in strips,
transparent, inside a form), or draws its letters as outlines, is read from its pixels,
never from a wrong hidden layer."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from bot.ocr import read_certificate
from bot.ocr.extract import extract
from bot.ocr.pdf_objects import drawn, page_bounds
from bot.ocr.reading import Source
from bot.ocr.text_layer import scan_layer_lines, text_layer_lines
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import FontFace
from tests.support.cert_pdf import DigitalStyle, render_certificate_pdf
from tests.support.cert_pdfs import (
    PRODUCERS,
    SCAN_LAYERS,
    certificate_pdf,
    outlined_pdf,
    scanned_pdf,
    truetype_faces,
)
from tests.support.cert_values import random_values


def _faces() -> list[FontFace]:
    faces = truetype_faces()
    if not faces:
        pytest.skip("no Korean TrueType font installed")
    return faces


@pytest.mark.parametrize("ruled", [False, True])
@pytest.mark.parametrize("kind", ["individual", "corporate"])
@pytest.mark.parametrize("producer", PRODUCERS)
def test_each_producer_is_read_exactly(producer: str, kind: str, ruled: bool) -> None:
    faces = _faces()
    seed = 700 + 4 * PRODUCERS.index(producer) + 2 * ruled + (kind == "corporate")
    data, truth = certificate_pdf(seed, producer, faces[seed % len(faces)], kind=kind, ruled=ruled)
    reading = read_certificate(data, "사업자등록증.pdf")
    assert reading.source is Source.TEXT_LAYER
    assert str(reading.kind) == truth["kind"]
    assert reading.taxpayer_type == truth["taxpayer_type"]
    assert {name: f.value for name, f in reading.fields.items()} == truth["fields"]
    assert all(f.sure for f in reading.fields.values())
    assert reading.missing == ()


def test_the_seal_square_does_not_split_the_office_name() -> None:
    """The seal's frame encloses the last letters of "○○세무서장" alone: read as a table
    cell, "…세무" and "서장" became two rows and the office was lost."""
    faces = _faces()
    for seed in range(720, 724):
        data, truth = certificate_pdf(seed, "runs", faces[seed % len(faces)])
        lines = text_layer_lines(data)
        assert lines is not None
        office = str(truth["fields"]["tax_office"]) + "장"  # type: ignore[index]
        assert any(w.text == office for line in lines for w in line.words)


def test_several_biz_rows_in_a_ruled_cell_lose_no_name() -> None:
    """A ruled table's 사업의 종류 cell holding two or more "업태 … 종목 …" rows: read as
    rows, its label's cell beside it joins the first (not a row of its own, which left the
    value cell's colon and "업태" in the names)."""
    faces = _faces()
    seeds = [s for s in range(760, 800) if len(random_values(random.Random(s)).biz_rows) > 1]
    for seed in seeds[:3]:
        data, truth = certificate_pdf(seed, "runs", faces[seed % len(faces)], ruled=True)
        lines = text_layer_lines(data)
        assert lines is not None
        got = extract(lines, exact=True).fields
        fields = truth["fields"]
        assert isinstance(fields, dict)
        assert got["biz_type"].value == fields["biz_type"]
        assert got["biz_item"].value == fields["biz_item"]


@pytest.mark.parametrize("layer", SCAN_LAYERS)
def test_a_scanners_hidden_text_is_not_a_text_layer(layer: str) -> None:
    data, _, wrong = scanned_pdf(730 + SCAN_LAYERS.index(layer), _faces()[0], layer=layer)
    assert wrong  # the hidden text does misread
    assert text_layer_lines(data) is None
    # It is found as the scanner's layer, the second opinion `scan_layer` checks OCR with.
    assert scan_layer_lines(data, 0) is not None


@needs_tesseract
@pytest.mark.parametrize("layer", ["invisible", "strips"])
def test_a_misread_in_the_hidden_text_is_not_read_as_sure(layer: str) -> None:
    data, truth, wrong = scanned_pdf(740 + SCAN_LAYERS.index(layer), _faces()[0], layer=layer)
    reading = read_certificate(data, "scan.pdf")
    assert reading.source is Source.OCR_LAYER_CHECKED
    for name, value in wrong.items():
        field = reading.fields.get(name)
        assert field is None or field.value != value or not field.sure, name
    # The page's own print is read, the registration number among it.
    assert reading.fields["reg_no"].value == truth["fields"]["reg_no"]  # type: ignore[index]


@needs_tesseract
def test_letters_drawn_as_outlines_go_to_ocr() -> None:
    data, truth = outlined_pdf(750, _faces()[0])
    assert text_layer_lines(data) is None
    reading = read_certificate(data, "outlined.pdf")
    assert reading.source is Source.OCR
    assert reading.fields["reg_no"].value == truth["fields"]["reg_no"]  # type: ignore[index]


def test_rules_inside_a_fitted_form_are_placed_on_the_page() -> None:
    """A browser's "fit to page" draws the page as a scaled form: its table's rules are
    where the paper shows them, as its letters are (pdfium gives those in page space)."""
    data, _ = certificate_pdf(770, "xobject", _faces()[0], ruled=True)
    pdf = pdfium.PdfDocument(data)
    try:
        frame = max(
            (page_bounds(obj) for obj in drawn(pdf[0], [pdfium_c.FPDF_PAGEOBJ_PATH])),
            key=lambda b: (b[2] - b[0]) * (b[3] - b[1]),
        )
    finally:
        pdf.close()
    # The frame is drawn at 40..555 x 40..800 inside the form, scaled 0.94 and moved (18, 25).
    expected = (40 * 0.94 + 18, 40 * 0.94 + 25, 555 * 0.94 + 18, 800 * 0.94 + 25)
    assert frame == pytest.approx(expected, abs=1.0)


@pytest.mark.parametrize(
    "style",
    [
        DigitalStyle(doubled=True, order="shuffled"),
        DigitalStyle(doubled=True, decomposed=True, order="reversed"),
    ],
    ids=["shuffled", "jamo_reversed"],
)
def test_letters_drawn_twice_out_of_order_are_read_once(style: DigitalStyle) -> None:
    """A fake bold (each value drawn again a hair to the side) whose copies the stream does
    not draw one after the other: pdfium keeps both, the reader one."""
    data, truth = render_certificate_pdf(810, face=_faces()[0], style=style)
    lines = text_layer_lines(data)
    assert lines is not None
    got = {name: f.value for name, f in extract(lines, exact=True).fields.items()}
    assert got == truth["fields"]
