"""PDFs of several pages (issue 17): the certificate page is found among the first
`text_layer.MAX_PAGES` and read, the reading says which page; a PDF none of whose pages is a
certificate is refused in Korean and English; page-count bombs are still refused at upload."""

from __future__ import annotations

import io
import json

import pytest
from fpdf import FPDF
from PIL import Image

from bot.ocr import CertificateRejected, ImageFormat, RejectCode, check_upload, read_certificate
from bot.ocr.formats import MAX_PDF_PAGES
from bot.ocr.loading import load_image
from bot.ocr.messages import message
from bot.ocr.reading import Source
from bot.ocr.text_layer import MAX_PAGES, certificate_page
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_pdf import VARIANTS, render_certificate_pdf
from tests.support.certificates import render_image


def _faces() -> list[FontFace]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    return faces


def _image_pdf(pages: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=100.0)
    return buf.getvalue()


def _text_pdf(pages: list[list[str]]) -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", "", _faces()[0].regular[0])
    for rows in pages:
        pdf.add_page()
        pdf.set_font("body", "", 12)
        for i, row in enumerate(rows):
            pdf.text(60, 80 + 24 * i, row)
    return bytes(pdf.output())


def test_a_pdf_of_a_few_pages_is_accepted_at_upload() -> None:
    blank = Image.new("RGB", (600, 800), "white")
    detected = check_upload(_image_pdf([blank] * 3), "cert.pdf")
    assert detected.format is ImageFormat.PDF
    assert detected.pages == 3


def test_a_page_count_bomb_is_refused_at_upload() -> None:
    blank = Image.new("RGB", (300, 400), "white")
    with pytest.raises(CertificateRejected) as caught:
        check_upload(_image_pdf([blank] * (MAX_PDF_PAGES + 1)), "cert.pdf")
    assert caught.value.code is RejectCode.MULTI_PAGE_PDF


def test_html_named_pdf_is_still_refused() -> None:
    with pytest.raises(CertificateRejected) as caught:
        check_upload(b"<!DOCTYPE html><html><body>Sign in to Slack</body></html>", "cert.pdf")
    assert caught.value.code is RejectCode.NOT_AN_IMAGE


def test_the_page_asked_for_is_rendered() -> None:
    small = Image.new("RGB", (300, 400), "white")
    large = Image.new("RGB", (827, 1170), "white")
    data = _image_pdf([small, large])
    assert load_image(data, "x.pdf", page=1).image.width > load_image(data, "x.pdf").image.width
    with pytest.raises(CertificateRejected):
        load_image(data, "x.pdf", page=2)


@pytest.mark.parametrize("name", ["cover", "cover_and_attachment", "attachment"])
def test_the_certificate_page_is_read_from_its_text_and_named(name: str) -> None:
    face = _faces()[1 % len(_faces())]
    data, truth = render_certificate_pdf(81, face=face, style=VARIANTS[name])
    reading = read_certificate(data, "issued.pdf")
    assert reading.source is Source.TEXT_LAYER
    expected_page = 2 if VARIANTS[name].cover else 1
    assert reading.page == expected_page
    assert reading.to_json_dict()["page"] == expected_page
    assert {k: f.value for k, f in reading.fields.items()} == truth["fields"]
    found = certificate_page(data)
    assert found is not None and found[0] == expected_page - 1


def test_a_text_pdf_without_a_certificate_page_is_refused_without_ocr() -> None:
    """Pages whose text layer reads fluently and is no certificate are not sent to OCR."""
    data = _text_pdf([["견적서", "품목 : 결제 단말기 임대", "금액 : 120,000원"] * 5] * 2)
    with pytest.raises(CertificateRejected) as caught:
        read_certificate(data, "quote.pdf")
    assert caught.value.code is RejectCode.NO_CERTIFICATE_PAGE
    ko, en = message(RejectCode.NO_CERTIFICATE_PAGE)
    assert "사업자등록증" in ko and "certificate" in en
    assert json.dumps(caught.value.to_json_dict(), ensure_ascii=False)


def test_only_the_first_pages_are_looked_at() -> None:
    face = _faces()[0]
    data, _ = render_certificate_pdf(82, face=face)
    cover = _text_pdf([["안내문", "다음 쪽을 보십시오.", "담당자 홍길동 드림"] * 5] * MAX_PAGES)
    # The certificate placed after MAX_PAGES covering pages is not found.
    import pypdfium2 as pdfium

    joined = pdfium.PdfDocument(cover)
    joined.import_pages(pdfium.PdfDocument(data))
    buf = io.BytesIO()
    joined.save(buf)
    assert certificate_page(buf.getvalue()) is None
    with pytest.raises(CertificateRejected) as caught:
        read_certificate(buf.getvalue(), "many.pdf")
    assert caught.value.code is RejectCode.NO_CERTIFICATE_PAGE


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.slow
def test_a_scanned_certificate_after_a_blank_page_is_read_by_ocr() -> None:
    image, truth = render_image(31, kind="individual", variant="clean", font="NanumGothic")
    blank = Image.new("RGB", image.size, "white")
    data = _image_pdf([blank, image.convert("RGB")])
    reading = read_certificate(data, "scan.pdf")
    assert reading.source is Source.OCR
    assert reading.page == 2
    assert reading.fields["reg_no"].value == truth["fields"]["reg_no"]


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.slow
def test_scanned_pages_none_a_certificate_are_refused() -> None:
    blank = Image.new("RGB", (1240, 1754), "white")
    with pytest.raises(CertificateRejected) as caught:
        read_certificate(_image_pdf([blank, blank]), "blank.pdf")
    assert caught.value.code is RejectCode.NO_CERTIFICATE_PAGE
