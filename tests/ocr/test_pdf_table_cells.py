"""pdf6: a 홈택스-style ruled PDF whose words are placed one by one (no space characters,
every label first, then the values column by column), with two-line label cells ("사업장 /
소재지"), a value wrapped inside its cell and a "업 태 | 종 목" sub-table beside a taller
"사업의 / 종류" cell, is read exactly from its cells; a second page (an English translation
keeping the Korean names) is not taken for the certificate, whichever page comes first."""

from __future__ import annotations

import time

import pytest
from fpdf import FPDF

from bot.ocr import read_certificate
from bot.ocr.extract import extract
from bot.ocr.reading import Source
from bot.ocr.text_layer import page_texts, text_layer_lines
from tests.support.cert_fonts import korean_fonts

TRUTH = {
    "reg_no": "138-10-18162",
    "trade_name": "늘봄 청과",
    "representative": "김하늘",
    "birth_date": "1985-03-02",
    "open_date": "2019-05-01",
    "address": "서울특별시 마포구 와우산로 29, 2층 (서교동)",
    "biz_type": "도매 및 소매업, 숙박 및 음식점업",
    "biz_item": "전자상거래 소매업, 한식 일반 음식점업",
    "issue_date": "2024-01-15",
    "tax_office": "마포세무서",
}

LEFT, LABEL_RIGHT, MID_LABEL, MID_VALUE, RIGHT = 50.0, 141.0, 300.0, 388.0, 545.0
ITEM_X = 340.0  # where the 종목 column starts in the sub-table
ROW = 31.0
SIZE = 9.5


class _Page:
    """Words queued as (x, y, text) and drawn in a chosen order, each a separate object."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.labels: list[tuple[float, float, str]] = []
        self.values: list[tuple[float, float, str]] = []

    def words(self, x: float, y: float, text: str, *, label: bool = False) -> None:
        """Each word of `text` at its own place, a space's width apart (the space itself is
        never drawn)."""
        space = self.pdf.get_string_width(" ")
        for word in text.split(" "):
            (self.labels if label else self.values).append((x, y, word))
            x += self.pdf.get_string_width(word) + space

    def draw(self) -> None:
        # Labels first, then the values column by column (x, then y): not reading order.
        for x, y, word in [*self.labels, *sorted(self.values)]:
            self.pdf.text(x, y, word)


def _face() -> str:
    faces = korean_fonts()
    if not faces:
        pytest.skip("no Korean font installed")
    return faces[0].regular[0]


def _certificate_page(pdf: FPDF, *, ruled: bool = True, open_labels: bool = False) -> None:
    """`open_labels`: the label column draws no rule between "사업의 종류" and "발급 사유" (one
    shaded box holds both labels), as some forms do; the value side keeps its rule."""
    pdf.add_page()
    pdf.set_font("body", "", 20)
    pdf.text(200, 90, "사 업 자 등 록 증")
    pdf.set_font("body", "", 11)
    pdf.text(245, 120, "( 일반과세자 )")
    pdf.text(190, 150, "등록번호 : 138-10-18162")
    pdf.set_font("body", "", SIZE)
    page = _Page(pdf)
    top = 180.0
    # (rows the cell spans, label lines, values: (x, [lines]) per cell of the row)
    rows: list[tuple[list[str], list[tuple[float, list[str]]]]] = [
        (["상 호"], [(LABEL_RIGHT, ["늘봄 청과"])]),
        (["성 명"], [(LABEL_RIGHT, ["김하늘"]), (MID_VALUE, ["1985 년 03 월 02 일"])]),
        (["개업연월일"], [(LABEL_RIGHT, ["2019 년 05 월 01 일"])]),
        (["사업장", "소재지"], [(LABEL_RIGHT, ["서울특별시 마포구 와우산로 29, 2층", "(서교동)"])]),
    ]
    y = top
    shaded: list[tuple[float, float, float, float]] = []
    for labels, cells in rows:
        shaded.append((LEFT, y, LABEL_RIGHT - LEFT, ROW))
        _cell_text(page, LEFT, y, labels, label=True)
        for x, lines in cells:
            _cell_text(page, x, y, lines)
        if len(cells) == 2:
            shaded.append((MID_LABEL, y, MID_VALUE - MID_LABEL, ROW))
            _cell_text(page, MID_LABEL, y, ["생년월일"], label=True)
        y += ROW
    biz_top = y
    sub_rows = [
        (["업 태"], ["종 목"]),
        (["도매 및 소매업"], ["전자상거래 소매업"]),
        (["숙박 및 음식점업"], ["한식 일반", "음식점업"]),
    ]
    shaded.append((LEFT, y, LABEL_RIGHT - LEFT, ROW * (len(sub_rows) + open_labels)))
    _cell_text(page, LEFT, y + ROW * (len(sub_rows) - 1) / 2, ["사업의", "종류"], label=True)
    for types, items in sub_rows:
        _cell_text(page, LABEL_RIGHT, y, types, label=types == ["업 태"])
        _cell_text(page, ITEM_X, y, items, label=items == ["종 목"])
        y += ROW
    if not open_labels:
        shaded.append((LEFT, y, LABEL_RIGHT - LEFT, ROW))
    _cell_text(page, LEFT, y, ["발급 사유"], label=True)
    _cell_text(page, LABEL_RIGHT, y, ["신규"])
    bottom = y + ROW
    if ruled:
        pdf.set_fill_color(225, 225, 225)
        for box in shaded:
            pdf.rect(*box, style="F")
        pdf.set_line_width(0.7)
        for edge in [top, *(top + ROW * (i + 1) for i in range(4)), biz_top, y, bottom]:
            pdf.line(LABEL_RIGHT if open_labels and edge == y else LEFT, edge, RIGHT, edge)
        for i in range(1, len(sub_rows)):
            pdf.line(LABEL_RIGHT, biz_top + ROW * i, RIGHT, biz_top + ROW * i)
        for x in (LEFT, LABEL_RIGHT, RIGHT):
            pdf.line(x, top, x, bottom)
        pdf.line(ITEM_X, biz_top, ITEM_X, y)
        for x in (MID_LABEL, MID_VALUE):
            pdf.line(x, top + ROW, x, top + 2 * ROW)
    page.draw()
    pdf.set_font("body", "", 12)
    pdf.text(220, 560, "2024 년 01 월 15 일")
    pdf.set_font("body", "", 18)
    pdf.text(215, 620, "마포세무서장")
    pdf.set_draw_color(200, 30, 30)
    pdf.rect(310, 596, 44, 44)  # the seal's frame over the office's end


def _cell_text(page: _Page, x: float, y: float, lines: list[str], *, label: bool = False) -> None:
    """Lines of text inside a cell starting at (x, y), centred on its height like a form."""
    step = SIZE * 1.25
    first = y + (ROW - step * len(lines)) / 2 + SIZE
    for i, line in enumerate(lines):
        page.words(x + 6, first + i * step, line, label=label)


def _translation_page(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("body", "", 11)
    for i, line in enumerate(
        [
            "CERTIFICATE OF BUSINESS REGISTRATION (English Translation)",
            "Registration No. 138-10-18162",
            "Trade Name 늘봄 청과",
            "Representative 김하늘",
            "Business Address 서울특별시 마포구 와우산로 29, 2층 (서교동)",
            "Issued by Director of 마포세무서",
            "Date of Issue January 15, 2024",
        ]
    ):
        pdf.text(60, 100 + 24 * i, line)


def _pdf(
    *,
    translation_first: bool = False,
    translation: bool = False,
    ruled: bool = True,
    open_labels: bool = False,
) -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", "", _face())
    if translation_first:
        _translation_page(pdf)
    _certificate_page(pdf, ruled=ruled, open_labels=open_labels)
    if translation:
        _translation_page(pdf)
    return bytes(pdf.output())


def _fields(data: bytes) -> dict[str, str]:
    lines = text_layer_lines(data)
    assert lines is not None
    return {name: f.value for name, f in extract(lines, exact=True).fields.items()}


def test_the_stream_holds_no_spaces_and_labels_come_first() -> None:
    """The shape is really there: no space characters, and the first words drawn are labels."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_pdf())
    try:
        text = pdf[0].get_textpage().get_text_bounded()
    finally:
        pdf.close()
    assert "늘봄 청과" not in text  # the words are not joined by a drawn space


def test_a_ruled_word_placed_page_is_read_exactly_from_its_cells() -> None:
    data = _pdf()
    started = time.perf_counter()
    fields = _fields(data)
    elapsed = time.perf_counter() - started
    assert fields == TRUTH
    assert elapsed < 2.0  # ~0.02 s quiet; the bound only catches a pathological slowdown


def test_two_labels_in_one_box_stay_on_their_own_rows() -> None:
    """One shaded box holding "사업의 종류" and, two rows lower, "발급 사유": the box's two
    lines are a blank of several letters apart, so they are two labels, each read with the
    value on its own height (the issue reason is not appended to the 업태)."""
    assert _fields(_pdf(open_labels=True)) == TRUTH
    lines = text_layer_lines(_pdf(open_labels=True))
    assert lines is not None
    reason = [line for line in lines if "발급사유" in line.compact]
    assert [line.compact for line in reason] == ["발급사유신규"]


def test_without_its_rules_the_page_loses_the_split_cells() -> None:
    """The rules are what read the two-line cells: the same words without them do not give
    the wrapped address whole (the test above is no luck of the row grouping)."""
    fields = _fields(_pdf(ruled=False))
    assert fields.get("address") != TRUTH["address"]


def test_a_seal_frame_below_a_row_makes_no_cell() -> None:
    lines = text_layer_lines(_pdf())
    assert lines is not None
    office = [line for line in lines if "마포세무서장" in line.compact]
    assert len(office) == 1
    assert office[0].compact == "마포세무서장"


@pytest.mark.parametrize("translation_first", [False, True])
def test_the_certificate_page_is_found_beside_an_english_translation(
    translation_first: bool,
) -> None:
    data = _pdf(translation_first=translation_first, translation=not translation_first)
    pages = page_texts(data)
    assert len(pages) == 2
    reading = read_certificate(data, "사업자등록증.pdf")
    assert reading.source is Source.TEXT_LAYER
    assert reading.page == (2 if translation_first else 1)
    assert {name: f.value for name, f in reading.fields.items()} == TRUTH
    assert all(f.sure for f in reading.fields.values())
