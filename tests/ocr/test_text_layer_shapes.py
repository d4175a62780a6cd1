"""Issue 17, second round: the shapes a second renderer's digital PDFs had that ours lacked,
each checked to be really present in the generated PDF (so the exact reading in
test_text_layer_variants.py proves the rule, not luck), and each rule checked on its own.

- a pale mark printed upright behind the 업태/종목 rows (its letters spliced into the names);
- "업태 … 종목 …" on every row with both names wrapping (the wrapped line read as a row);
- conjoining jamo and ligature glyphs in the text layer (read as syllables and letters);
- letters drawn twice a hair apart (pdfium already keeps one)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from bot.ocr.extract import extract
from bot.ocr.text_layer import _letters, text_layer_lines
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_pdf import VARIANTS, DigitalStyle, render_certificate_pdf


def _faces() -> list[FontFace]:
    faces = list(korean_fonts())
    if not faces:
        pytest.skip("no Korean font installed")
    return faces


def _layer_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        textpage = pdf[0].get_textpage()
        return str(textpage.get_text_range())
    finally:
        pdf.close()


def _fields(data: bytes) -> dict[str, str]:
    lines = text_layer_lines(data)
    assert lines is not None
    return {name: field.value for name, field in extract(lines, exact=True).fields.items()}


@pytest.mark.parametrize("kind", ["individual", "corporate"])
def test_a_pale_mark_behind_the_rows_is_not_read(kind: str) -> None:
    data, truth = render_certificate_pdf(
        61, kind=kind, face=_faces()[0], style=VARIANTS["backdrop"]
    )
    assert "OFFICIAL COPY" in _layer_text(data)  # the mark is in the text layer
    lines = text_layer_lines(data)
    assert lines is not None
    assert not any(w.text in ("OFFICIAL", "COPY") for line in lines for w in line.words)
    assert _fields(data) == truth["fields"]


@pytest.mark.parametrize(("grey", "read"), [(232, False), (210, False), (120, True), (0, True)])
def test_text_is_dropped_by_how_pale_it_is_painted(grey: int, read: bool) -> None:
    """The rule is the paint, not the words: the same mark on the same row is read when it
    is printed dark."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("body", "", _faces()[0].regular[0])
    pdf.set_font("body", "", 11)
    for i in range(4):
        pdf.text(
            60, 100 + 20 * i, f"등록번호 : 123-45-6789{i}  업태 도매 및 소매업  종목 전자상거래"
        )
    pdf.set_text_color(grey, grey, grey)
    pdf.set_font("body", "", 40)
    pdf.text(200, 130, "마크")
    lines = text_layer_lines(bytes(pdf.output()))
    assert lines is not None
    words = [w.text for line in lines for w in line.words]
    assert any("마" in w or "크" in w for w in words) is read
    if not read:
        assert words.count("도매") == 4


def test_wrapped_names_in_both_columns_of_a_labelled_table() -> None:
    """Every row says 업태 and 종목; a long name of each wraps onto one more line without
    them. That line continues both names: it is no row of its own."""
    faces = _faces()
    checked = 0
    for seed in range(70, 90):
        data, truth = render_certificate_pdf(
            seed, face=faces[seed % len(faces)], style=VARIANTS["biz_labels"]
        )
        lines = text_layer_lines(data)
        assert lines is not None
        heads = [w for line in lines for w in line.words if w.text == "종목"]
        assert len(heads) >= 1
        column = heads[0].left
        type_x = min(w.left for line in lines for w in line.words if w.text == "업태")
        both = [
            line
            for line in lines
            if line.words
            and line.words[0].left > type_x + 50
            and any(w.left < column for w in line.words)
            and any(w.left > column for w in line.words)
            and not any(w.text in ("업태", "종목") for w in line.words)
        ]
        checked += bool(both)
        assert _fields(data) == truth["fields"]
    assert checked >= 3  # the shape really occurs in the seeds above


def test_conjoining_jamo_in_the_layer_are_read_as_syllables() -> None:
    faces = [f for f in _faces() if "Noto" in f.regular[0] or "Un" in f.regular[0]]
    if not faces:
        pytest.skip("no font with conjoining jamo glyphs")
    data, truth = render_certificate_pdf(
        63, kind="corporate", face=faces[0], style=VARIANTS["decomposed"]
    )
    assert any(0x1100 <= ord(c) <= 0x11FF for c in _layer_text(data))
    assert _fields(data) == truth["fields"]


def test_letters_are_composed_and_ligatures_spelled_out() -> None:
    assert _letters("\u1112\u1161\u11ab\u1100\u116e\u11a8") == "한국"
    assert _letters("\ufb01le \ufb02ow") == "file flow"
    # Compatibility forms the field rules read stay as printed.
    assert _letters("㈜가온ㆍ１２") == "㈜가온ㆍ１２"


def test_letters_drawn_twice_are_read_once() -> None:
    data, truth = render_certificate_pdf(
        64, face=_faces()[0], style=DigitalStyle(doubled=True, order="reversed")
    )
    assert _fields(data) == truth["fields"]
