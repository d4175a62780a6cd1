"""Digital PDFs (홈택스 / 정부24 issue them with a text layer) are read from their text,
exactly; scans and invisible OCR layers go to OCR."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from fpdf import FPDF

from bot.commands import ocr as ocr_command
from bot.ocr import read_certificate
from bot.ocr.reading import Source
from bot.ocr.text_layer import text_layer_lines
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_pdf import render_certificate_pdf
from tests.support.certificates import render_image


def _faces() -> list[FontFace]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    return faces


@pytest.mark.parametrize("seed", range(6))
def test_a_digital_pdf_is_read_exactly_from_its_text(seed: int) -> None:
    faces = _faces()
    face = faces[seed % len(faces)]
    data, truth = render_certificate_pdf(seed, face=face)
    reading = read_certificate(data, "certificate.pdf")
    assert reading.source is Source.TEXT_LAYER
    assert str(reading.kind) == truth["kind"]
    got = {name: field.value for name, field in reading.fields.items()}
    assert got == truth["fields"]
    assert all(field.sure for field in reading.fields.values())
    assert reading.missing == ()


def test_an_invisible_ocr_layer_is_not_trusted() -> None:
    data, _ = render_certificate_pdf(3, face=_faces()[0], invisible=True)
    assert text_layer_lines(data) is None


def _image_only_pdf() -> tuple[bytes, dict[str, str]]:
    image, truth = render_image(31, kind="individual", variant="clean", font="NanumGothic")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    buf = io.BytesIO()
    image.save(buf, "PNG")
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    fields: dict[str, str] = truth["fields"]
    return bytes(pdf.output()), fields


def test_a_scanned_pdf_has_no_text_layer() -> None:
    data, _ = _image_only_pdf()
    assert text_layer_lines(data) is None


@needs_tesseract
@pytest.mark.tesseract
def test_a_scanned_pdf_is_read_by_ocr() -> None:
    data, truth = _image_only_pdf()
    reading = read_certificate(data, "scan.pdf")
    assert reading.source is Source.OCR
    assert reading.fields["reg_no"].value == truth["reg_no"]


def test_the_cli_says_which_path_was_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, truth = render_certificate_pdf(2, face=_faces()[0])
    path = tmp_path / "hometax.pdf"
    path.write_bytes(data)
    parser = argparse.ArgumentParser(prog="onboard")
    ocr_command.register(parser.add_subparsers(dest="command"))
    assert ocr_command.run(parser.parse_args(["ocr", str(path), "--json"])) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["source"] == "text_layer"
    assert out[0]["page"] == 1
    assert {k: v["value"] for k, v in out[0]["fields"].items()} == truth["fields"]
    assert all(v["sure"] is True for v in out[0]["fields"].values())
