"""pdf6: a scanner's searchable PDF (a scanned image with the scanner's OCR as hidden text) is
read from its pixels; the hidden text, which carries the scanner's misreadings, is only a
second reading: where both agree a field is sure, where they differ it is marked to check."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from bot.ocr import read_certificate
from bot.ocr.reading import SURE_CONFIDENCE, FieldReading, Source
from bot.ocr.scan_layer import FLAG_LAYER_DIFFERS, FLAG_LAYER_ONLY, merge
from bot.ocr.text_layer import _SCALE, page_texts, scan_layer_lines, text_layer_lines
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_pdf import render_certificate_pdf


def _faces() -> list[FontFace]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    return faces


def _scanner_pdf(
    seed: int, *, mode: str = "invisible", misread: tuple[str, str] | None = None
) -> tuple[bytes, dict[str, object]]:
    """A certificate scanned (its digital page drawn at 200 dpi, as JPEG) with its text laid
    as a scanner's OCR layer at the same places: `mode` "invisible" (render mode 3), "under"
    (visible but drawn before the image that covers it) or "over" (visible, on top: a
    born-digital page on a picture background, which is read as text). `misread` swaps
    one string for another in the layer, as the scanner's OCR would."""
    face = _faces()[0]
    digital, truth = render_certificate_pdf(seed, kind="individual", face=face)
    lines = text_layer_lines(digital)
    assert lines is not None
    source = pdfium.PdfDocument(digital)
    try:
        page = source[0]
        image = page.render(scale=200 / 72).to_pil().convert("L")
    finally:
        source.close()
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=85)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("body", "", face.regular[0])

    def layer() -> None:
        if mode == "invisible":
            pdf.text_mode = TextMode.INVISIBLE
        for line in lines:
            for word in line.words:
                text = word.text
                if misread is not None:
                    text = text.replace(*misread)
                pdf.set_font("body", "", word.height / _SCALE * 0.8)
                # Where the digital page printed it (the layer's origin is its first letter).
                pdf.text(
                    40 + word.left / _SCALE,
                    40 + word.top / _SCALE + word.height / _SCALE * 0.8,
                    text,
                )
        pdf.text_mode = TextMode.FILL

    if mode in ("under", "mark"):
        layer()
    if mode == "mark":
        # A see-through picture laid over the whole page (a "사본" mark): hides nothing.
        with pdf.local_context(fill_opacity=0.15):
            pdf.image(jpeg, x=0, y=0, w=pdf.w, h=pdf.h)
    else:
        pdf.image(jpeg, x=0, y=0, w=pdf.w, h=pdf.h)
    if mode not in ("under", "mark"):
        layer()
    return bytes(pdf.output()), truth


def _trade_name(truth: dict[str, object]) -> str:
    fields = truth["fields"]
    assert isinstance(fields, dict)
    return str(fields["trade_name"])


@pytest.mark.parametrize("mode", ["invisible", "under"])
def test_hidden_text_on_a_scan_is_not_read_as_the_document(mode: str) -> None:
    data, truth = _scanner_pdf(5, mode=mode)
    assert page_texts(data) == [None]  # not a text layer to trust
    lines = scan_layer_lines(data, 0)
    assert lines is not None  # but there, as a second opinion
    assert any("등록번호" in line.hangul for line in lines)
    name = _trade_name(truth)
    assert any(name.replace(" ", "") in line.compact for line in lines)


@pytest.mark.parametrize("mode", ["over", "mark"])
def test_visible_text_with_a_picture_is_a_text_layer(mode: str) -> None:
    """A born-digital page drawn over a full-page picture (a form's background), or under a
    see-through one, is text."""
    data, _ = _scanner_pdf(5, mode=mode)
    assert page_texts(data)[0] is not None
    assert scan_layer_lines(data, 0) is None


def test_a_page_without_hidden_text_has_no_scan_layer() -> None:
    data, _ = render_certificate_pdf(7, face=_faces()[0])
    assert scan_layer_lines(data, 0) is None
    assert scan_layer_lines(data, 3) is None


@needs_tesseract
def test_a_searchable_scan_is_read_from_its_pixels_and_checked_against_its_layer() -> None:
    data, truth = _scanner_pdf(9, misread=("년", "넌"))
    reading = read_certificate(data, "scan.pdf")
    assert reading.source is Source.OCR_LAYER_CHECKED
    fields = truth["fields"]
    assert isinstance(fields, dict)
    # The layer's misread dates never make a date sure unless the pixels read it alike.
    for name in ("open_date", "issue_date", "birth_date"):
        got = reading.fields.get(name)
        if got is not None and got.sure:
            assert got.value == fields[name]
    # The number the two readings share is sure.
    assert reading.fields["reg_no"].value == fields["reg_no"]
    assert reading.fields["reg_no"].sure


def _field(value: str, conf: float = 0.95, flags: tuple[str, ...] = ()) -> FieldReading:
    return FieldReading(value, conf, flags)


def test_two_readings_alike_are_sure_and_settle_a_lexicon_correction() -> None:
    merged = merge(_field("늘봄 청과", 0.7, ("corrected",)), _field("늘봄 청과", 1.0))
    assert merged is not None and merged.sure and merged.value == "늘봄 청과"
    # A flag about the value itself stays: two readers agreeing do not make a date plausible.
    kept = merge(_field("2090-01-01", 0.95, ("implausible",)), _field("2090-01-01"))
    assert kept is not None and not kept.sure and "implausible" in kept.flags


def test_a_field_only_the_layer_gives_is_shown_to_check() -> None:
    merged = merge(None, _field("이다은", 1.0))
    assert merged is not None and merged.value == "이다은"
    assert not merged.sure and FLAG_LAYER_ONLY in merged.flags
    assert merged.confidence < SURE_CONFIDENCE
    assert merge(_field("이다은"), None) == _field("이다은")
    assert merge(None, None) is None


@pytest.mark.parametrize(
    ("ocr", "layer", "shown"),
    [
        (_field("이타은", 0.73), _field("이다은", 1.0), "이다은"),  # tesseract unsure
        (_field("이다은", 0.97), _field("이타은", 1.0), "이다은"),  # tesseract sure of it
        (_field("꽃길살롱", 0.95), _field("꽃걸살롱", 1.0, ("unlisted",)), "꽃길살롱"),
        (_field("음식점엽", 0.95, ("unlisted",)), _field("음식점업", 1.0), "음식점업"),
    ],
)
def test_readings_that_differ_are_marked_to_check(
    ocr: FieldReading, layer: FieldReading, shown: str
) -> None:
    merged = merge(ocr, layer)
    assert merged is not None and merged.value == shown
    assert not merged.sure and FLAG_LAYER_DIFFERS in merged.flags


def test_a_space_the_scanner_lost_changes_nothing() -> None:
    ocr = _field("우리동네 통닭", 0.93)
    assert merge(ocr, _field("우리동네통닭", 1.0)) == ocr
