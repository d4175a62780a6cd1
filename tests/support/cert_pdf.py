"""A 사업자등록증 as 홈택스 issues it online: a one-page A4 PDF whose letters are text.

Same values and layout as the image renderer (`cert_layout.py`, domain-facts §5): spread
labels, 업태/종목 columns, the tax office title with spaced letters, the seal as a red
square drawn over it. fpdf2 embeds the TrueType font, so pdfium reads the text back.
"""

from __future__ import annotations

import datetime as dt
import logging
import random

from fpdf import FPDF
from fpdf.enums import TextMode

from tests.support.cert_fonts import FontFace
from tests.support.cert_values import TAXPAYER_SUBTITLES, CertificateValues, random_values

PT_PER_PX = 72 / 200  # the image layout is drawn at 200 dpi
# fontTools reports every table it does not subset; the fonts are fine.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
LABEL_X, LABEL_W, VALUE_X, ROW_H = 170, 285, 482, 70


def _date_ko(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


class _Page:
    def __init__(self, face: FontFace, *, invisible: bool = False) -> None:
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.add_page()
        if invisible:
            # What a scanner's OCR writes under its image: text that is there but not drawn.
            self.pdf.text_mode = TextMode.INVISIBLE
        self.pdf.add_font("body", "", face.regular[0])
        self.pdf.add_font("body", "B", face.bold[0])

    def text(self, x: float, y: float, text: str, size: float = 31, bold: bool = False) -> None:
        """`text` with its top-left at (x, y) in 200-dpi pixels, the font size in pixels."""
        self.pdf.set_font("body", "B" if bold else "", size * PT_PER_PX)
        self.pdf.text(x * PT_PER_PX, (y + size * 0.85) * PT_PER_PX, text)

    def width(self, text: str, size: float = 31) -> float:
        self.pdf.set_font("body", "", size * PT_PER_PX)
        return float(self.pdf.get_string_width(text)) / PT_PER_PX

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            candidate = f"{current} {word}".strip()
            if current and self.width(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current]

    def spread(self, x: float, y: float, width: float, label: str) -> None:
        chars = [c for c in label if c != " "]
        step = (width - self.width(chars[-1])) / max(1, len(chars) - 1)
        for i, ch in enumerate(chars):
            self.text(x + i * step, y, ch)

    def centred(self, y: float, text: str, size: float, gap: float = 0, bold: bool = False) -> None:
        widths = [self.width(c, size) for c in text]
        x = 1654 / 2 - (sum(widths) + gap * (len(text) - 1)) / 2
        for ch, w in zip(text, widths, strict=True):
            self.text(x, y, ch, size, bold)
            x += w + gap

    def labelled(self, y: float, label: str, value: str, x: float = LABEL_X) -> None:
        self.spread(x, y, LABEL_W, label)
        self.text(x + LABEL_W + 4, y, ":")
        if value:
            self.text(x + LABEL_W + 27, y, value)


def render_certificate_pdf(
    seed: int, *, kind: str | None = None, face: FontFace, invisible: bool = False
) -> tuple[bytes, dict[str, object]]:
    """(PDF bytes, ground truth) for the values `seed` draws (as `render_certificate`)."""
    rng = random.Random(seed)
    values = random_values(rng, kind)
    page = _Page(face, invisible=invisible)
    _draw(page, values)
    truth: dict[str, object] = {
        "kind": values.kind,
        "taxpayer_type": values.taxpayer_type,
        "fields": dict(values.fields),
        "variant": "text_layer",
        "image": f"digital_{seed:05d}.pdf",
    }
    return bytes(page.pdf.output()), truth


def _draw(page: _Page, values: CertificateValues) -> None:
    f = values.fields
    page.pdf.set_line_width(2)
    page.pdf.rect(80 * PT_PER_PX, 80 * PT_PER_PX, 1494 * PT_PER_PX, 2179 * PT_PER_PX)
    page.text(130, 120, f"발급번호 : {values.issue_no}", 20)
    page.centred(250, "사업자등록증", 70, gap=42, bold=True)
    subtitle = "(법인사업자)" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type]
    page.centred(360, subtitle, 34)
    page.centred(450, f"등록번호 : {f['reg_no']}", 40, bold=True)
    y = 580
    if values.kind == "individual":
        page.labelled(y, "상 호", f["trade_name"])
        page.labelled(y + ROW_H, "성 명", f["representative"])
        page.spread(880, y + ROW_H, 190, "생 년 월 일")
        page.text(1074, y + ROW_H, ":")
        page.text(1097, y + ROW_H, _date_ko(f["birth_date"]))
        page.labelled(y + 2 * ROW_H, "개 업 연 월 일", _date_ko(f["open_date"]))
        page.labelled(y + 3 * ROW_H, "사 업 장 소 재 지", f["address"])
        y += 4 * ROW_H
    else:
        page.labelled(y, "법 인 명 ( 단 체 명 )", f["trade_name"])
        page.labelled(y + ROW_H, "대 표 자", f["representative"])
        page.labelled(y + 2 * ROW_H, "개 업 연 월 일", _date_ko(f["open_date"]))
        label_w = page.width("법인등록번호")
        page.text(880, y + 2 * ROW_H, "법인등록번호")
        page.text(884 + label_w, y + 2 * ROW_H, ":")
        page.text(907 + label_w, y + 2 * ROW_H, f["corp_reg_no"])
        page.labelled(y + 3 * ROW_H, "사 업 장 소 재 지", f["address"])
        page.labelled(y + 4 * ROW_H, "본 점 소 재 지", f["hq_address"])
        y += 5 * ROW_H
    page.labelled(y, "사 업 의 종 류", "")
    for i, (biz_type, biz_item) in enumerate(values.biz_rows):
        if i == 0:
            page.text(VALUE_X, y, "업태")
            page.text(950, y, "종목")
        types, items = page.wrap(biz_type, 330), page.wrap(biz_item, 450)
        for j in range(max(len(types), len(items))):
            if j < len(types):
                page.text(VALUE_X + 90, y, types[j])
            if j < len(items):
                page.text(1040, y, items[j])
            y += ROW_H
    y += ROW_H // 3
    page.labelled(y, "발 급 사 유", values.reason)
    y += ROW_H
    if values.kind == "individual":
        page.labelled(y, "공 동 사 업 자", "")
        y += ROW_H
    page.text(LABEL_X, y, "사업자 단위 과세 적용사업자 여부 : 여(  )  부( √ )")
    page.text(LABEL_X, y + ROW_H, f"전자세금계산서 전용 전자우편주소 : {values.email}")
    page.centred(1690, _date_ko(f["issue_date"]), 36)
    page.centred(1790, f["tax_office"] + "장", 54, gap=30, bold=True)
    page.pdf.set_draw_color(214, 58, 58)
    page.pdf.rect(1100 * PT_PER_PX, 1760 * PT_PER_PX, 150 * PT_PER_PX, 150 * PT_PER_PX)
    page.text(165, 2160, "국세청 홈택스 발급 문서입니다.", 18)
