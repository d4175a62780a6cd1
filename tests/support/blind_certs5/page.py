"""The certificate page as drawing operations in millimetres (A4, origin top left), and the
PDF writer that draws them in several ways (set 5's text-layer variety).

Two page layouts, both in the form's field order (domain-facts.md §5):
- ``colon``: the 홈택스 print — justified labels, a colon column, values after it, 성명|생년월일
  (or 개업연월일|법인등록번호) sharing a row, 업태/종목 pairs on their rows.
- ``grid``: the same fields in a ruled table (shaded label cells, values wrapped inside their
  cell, an 업태/종목 sub-table), as some offices and certificate-keeping services print it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image, ImageDraw, ImageFont

from .fonts import Face
from .values import Record

PT = 0.3528  # mm per point
PAGE_W, PAGE_H = 210.0, 297.0
FIXED_DATE = dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=dt.UTC)


@dataclass
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    kind: str = "other"  # label | value | other
    spread: float = 0.0  # > 0: characters justified over this width (labels)


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    gray: int = 235


@dataclass
class Seal:
    x: float
    y: float
    size: float
    text: str
    angle: float = 0.0


@dataclass
class Page:
    ops: list[Text | Line | Box | Seal] = field(default_factory=list)
    face: Face | None = None


@cache
def _pil_font(path: Path) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), 200)


def width(face: Face, text: str, size: float, bold: bool = False) -> float:
    """Advance width in mm of ``text`` at ``size`` pt."""
    font = _pil_font(face.bold if bold else face.regular)
    return font.getlength(text) / 200 * size * PT


def wrap(face: Face, text: str, size: float, limit: float) -> list[str]:
    """Break at spaces so every line fits ``limit`` mm (a single word is never broken)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and width(face, trial, size) > limit:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return lines


def kdate(d: dt.date, tight: bool = False) -> str:
    if tight:
        return f"{d.year}년 {d.month:02d}월 {d.day:02d}일"
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


def _labels(rec: Record) -> list[tuple[str, str]]:
    """(label, value) rows in the form's order, before 사업의 종류 / after it."""
    if rec.corporate:
        return [
            ("법인명(단체명)", rec.trade_name),
            ("대 표 자", rec.representative),
            ("개업연월일", kdate(rec.open_date)),
            ("법인등록번호", rec.corp_reg_no),
            ("사업장 소재지", rec.address),
            ("본점 소재지", rec.hq_address),
        ]
    assert rec.birth_date is not None
    return [
        ("상 호", rec.trade_name),
        ("성 명", rec.representative),
        ("생년월일", kdate(rec.birth_date)),
        ("개업연월일", kdate(rec.open_date)),
        ("사업장 소재지", rec.address),
    ]


def _tail(rec: Record) -> list[tuple[str, str]]:
    rows = [("발급 사유", rec.reason)]
    if not rec.corporate:
        rows.append(("공동사업자", ""))
    return rows


def _header(page: Page, rec: Record, face: Face, rng: random.Random, top: float) -> float:
    ops = page.ops
    ops.append(Text(18, 16, f"발급번호 : {rec.issue_no}", 8))
    title = "사 업 자 등 록 증"
    ops.append(Text(105 - width(face, title, 24, True) / 2, top, title, 24, True))
    sub = f"( {rec.form} )"
    ops.append(Text(105 - width(face, sub, 12) / 2, top + 10, sub, 12))
    reg = f"등록번호 : {rec.reg_no}"
    ops.append(Text(105 - width(face, reg, 14, True) / 2, top + 22, reg, 14, True, "value"))
    return top + 36


def _footer(page: Page, rec: Record, face: Face, rng: random.Random, y: float) -> None:
    ops = page.ops
    date = kdate(rec.issue_date, tight=rng.random() < 0.3)
    ops.append(Text(105 - width(face, date, 13) / 2, y, date, 13, kind="value"))
    chief = rec.tax_office + "장"
    size = 20.0
    w = width(face, chief, size, True)
    x = 105 - w / 2
    ops.append(Text(x, y + 18, chief, size, True, "value"))
    where = rng.random()
    sx = x + w - 10 if where < 0.7 else 105 - 11
    ops.insert(0, Seal(sx, y + 4, 22, chief + "인", rng.uniform(-4, 4)))
    ops.append(
        Text(
            18,
            284,
            "※ 사업자등록증은 국세청 홈택스(www.hometax.go.kr)에서 발급받을 수 있습니다.",
            7.5,
        )
    )


def layout_colon(rec: Record, face: Face, rng: random.Random) -> Page:
    page = Page(face=face)
    ops = page.ops
    y = _header(page, rec, face, rng, rng.uniform(36, 42))
    lx, lw = 22.0, rng.choice((30.0, 34.0))
    vx = lx + lw + 6
    size = rng.choice((11.0, 11.5, 12.0))
    pitch = rng.uniform(8.6, 10.0)
    vlimit = 188 - vx

    def label(text: str, x: float, yy: float, w: float) -> None:
        ops.append(Text(x, yy, text.replace(" ", ""), size, kind="label", spread=w))
        ops.append(Text(x + w + 1.5, yy, ":", size))

    rows = _labels(rec)
    i = 0
    while i < len(rows):
        name, value = rows[i]
        pair = name in ("성 명", "개업연월일") and i + 1 < len(rows)
        if pair and rec.corporate and name != "개업연월일":
            pair = False
        if pair and not rec.corporate and name != "성 명":
            pair = False
        label(name, lx, y, lw)
        if pair:
            ops.append(Text(vx, y, value, size, kind="value"))
            name2, value2 = rows[i + 1]
            x2 = 118.0
            label(name2, x2, y, 24)
            ops.append(Text(x2 + 30, y, value2, size, kind="value"))
            i += 2
        else:
            for k, part in enumerate(wrap(face, value, size, vlimit)):
                ops.append(Text(vx, y + k * pitch * 0.62, part, size, kind="value"))
                if k:
                    y += pitch * 0.62
            i += 1
        y += pitch
    label("사업의 종류", lx, y, lw)
    tx, ix = vx, vx + 62
    for btype, item in rec.rows:
        ops.append(Text(tx, y, "업태", size * 0.9))
        ops.append(Text(ix, y, "종목", size * 0.9))
        tl = wrap(face, btype, size, 48)
        il = wrap(face, item, size, 188 - ix - 12)
        for k, part in enumerate(tl):
            ops.append(Text(tx + 11, y + k * 5, part, size, kind="value"))
        for k, part in enumerate(il):
            ops.append(Text(ix + 11, y + k * 5, part, size, kind="value"))
        y += pitch * 0.8 + 5 * (max(len(tl), len(il)) - 1)
    y += pitch * 0.4
    for name, value in _tail(rec):
        label(name, lx, y, lw)
        if value:
            ops.append(Text(vx, y, value, size))
        y += pitch
    ops.append(Text(lx, y, "사업자 단위 과세 적용사업자 여부 :  여 (   )   부 ( V )", size * 0.9))
    y += pitch
    ops.append(Text(lx, y, f"전자세금계산서 전용 전자우편주소 : {rec.email}", size * 0.9))
    _footer(page, rec, face, rng, max(y + 16, 232))
    return page


def layout_grid(rec: Record, face: Face, rng: random.Random) -> Page:
    page = Page(face=face)
    ops = page.ops
    y = _header(page, rec, face, rng, rng.uniform(34, 38))
    x0, x1 = 18.0, 192.0
    lw = 32.0
    size = rng.choice((10.5, 11.0))
    line_h = 5.2

    def cell_label(text: str, x: float, yy: float, w: float, h: float) -> None:
        ops.append(Box(x, yy, w, h, rng.choice((232, 238, 242))))
        lines = text.split("\n")
        for k, part in enumerate(lines):
            by = yy + h / 2 + (k - (len(lines) - 1) / 2) * line_h + size * PT * 0.35
            tw = width(face, part, size * 0.95)
            ops.append(Text(x + (w - tw) / 2, by, part, size * 0.95, kind="label"))

    def cell_value(text: str, x: float, yy: float, w: float) -> float:
        lines = wrap(face, text, size, w - 5)
        h = max(11.0, 4 + line_h * len(lines) + 1.5)
        for k, part in enumerate(lines):
            by = yy + h / 2 + (k - (len(lines) - 1) / 2) * line_h + size * PT * 0.35
            ops.append(Text(x + 2.5, by, part, size, kind="value"))
        return h

    def hline(yy: float) -> None:
        ops.append(Line(x0, yy, x1, yy, 0.25))

    table_top = y
    ops.append(Line(x0, y, x1, y, 0.6))
    rows = _labels(rec)
    pairs = {"성 명": "생년월일", "개업연월일": "법인등록번호"}
    i = 0
    while i < len(rows):
        name, value = rows[i]
        nice = name.replace("사업장 소재지", "사업장\n소재지").replace(
            "법인명(단체명)", "법인명\n(단체명)"
        )
        if name in pairs and i + 1 < len(rows) and rows[i + 1][0] == pairs[name]:
            mid = (x0 + x1) / 2
            h = max(cell_value(value, x0 + lw, y, mid - x0 - lw), 11.0)
            name2, value2 = rows[i + 1]
            cell_value(value2, mid + lw, y, x1 - mid - lw)
            cell_label(nice, x0, y, lw, h)
            cell_label(name2, mid, y, lw, h)
            ops.append(Line(mid, y, mid, y + h, 0.25))
            ops.append(Line(mid + lw, y, mid + lw, y + h, 0.25))
            i += 2
        else:
            h = cell_value(value, x0 + lw, y, x1 - x0 - lw)
            cell_label(nice, x0, y, lw, h)
            i += 1
        ops.append(Line(x0 + lw, y, x0 + lw, y + h, 0.25))
        y += h
        hline(y)
    # 사업의 종류: a label cell spanning the sub-table
    top = y
    mid = x0 + lw + (x1 - x0 - lw) * 0.45
    ops.append(Text(x0 + lw + (mid - x0 - lw) / 2 - 5, y + 7, "업  태", size * 0.95, kind="label"))
    ops.append(Text(mid + (x1 - mid) / 2 - 5, y + 7, "종  목", size * 0.95, kind="label"))
    y += 10
    ops.append(Line(x0 + lw, y, x1, y, 0.25))
    for btype, item in rec.rows:
        h1 = cell_value(btype, x0 + lw, y, mid - x0 - lw)
        h2 = cell_value(item, mid, y, x1 - mid)
        h = max(h1, h2, 9.0)
        y += h
        ops.append(Line(x0 + lw, y, x1, y, 0.25))
    cell_label("사업의\n종류", x0, top, lw, y - top)
    ops.append(Line(x0 + lw, top, x0 + lw, y, 0.25))
    ops.append(Line(mid, top, mid, y, 0.25))
    for name, value in _tail(rec):
        h = cell_value(value, x0 + lw, y, x1 - x0 - lw)
        cell_label(name, x0, y, lw, h)
        ops.append(Line(x0 + lw, y, x0 + lw, y + h, 0.25))
        y += h
        hline(y)
    cell_label("전자우편", x0, y, lw, 11)
    cell_value(rec.email, x0 + lw, y, x1 - x0 - lw)
    ops.append(Line(x0 + lw, y, x0 + lw, y + 11, 0.25))
    y += 11
    ops.append(Line(x0, y, x1, y, 0.6))
    ops.append(Line(x0, table_top, x0, y, 0.6))
    ops.append(Line(x1, table_top, x1, y, 0.6))
    ops.append(
        Text(x0, y + 7, "사업자 단위 과세 적용사업자 여부 :  여 (   )   부 ( V )", size * 0.9)
    )
    _footer(page, rec, face, rng, max(y + 22, 236))
    return page


ENGLISH_TYPES = {
    "도매 및 소매업": "Wholesale and retail trade", "소매업": "Retail trade",
    "도매업": "Wholesale trade", "숙박 및 음식점업": "Accommodation and food service",
    "음식점업": "Food service", "정보통신업": "Information and communication",
    "서비스업": "Services", "제조업": "Manufacturing", "건설업": "Construction",
    "전문, 과학 및 기술 서비스업": "Professional, scientific and technical services",
    "예술, 스포츠 및 여가관련 서비스업": "Arts, sports and recreation",
    "협회 및 단체, 수리 및 기타 개인 서비스업": "Personal services",
    "운수 및 창고업": "Transportation and storage", "부동산업": "Real estate",
    "교육 서비스업": "Education", "보건업 및 사회복지 서비스업": "Health and social work",
    "보건업": "Health", "농업": "Agriculture",
}  # fmt: skip


def english_page(rec: Record, face: Face) -> Page:
    """A translation the merchant attached after the certificate (page 2), in English: the
    Korean names stay Korean (a translator does not invent a romanisation)."""
    page = Page(face=face)
    ops = page.ops
    ops.append(Text(42, 40, "CERTIFICATE OF BUSINESS REGISTRATION", 16, True))
    ops.append(Text(80, 50, "(English Translation)", 11))
    rows = [
        ("Registration No.", rec.reg_no),
        (
            "Type",
            {
                "일반과세자": "General taxpayer",
                "간이과세자": "Simplified taxpayer",
                "면세사업자": "Tax-exempt business",
                "법인사업자": "Corporation",
            }[rec.form],
        ),
        ("Trade Name", rec.trade_name),
        ("Representative", rec.representative),
        ("Date of Opening", rec.open_date.strftime("%B %d, %Y")),
        ("Business Address", rec.address),
        ("Business Type", "; ".join(ENGLISH_TYPES.get(t, t) for t, _ in rec.rows)),
        ("Issued by", f"Director of {rec.tax_office}"),
        ("Date of Issue", rec.issue_date.strftime("%B %d, %Y")),
    ]
    y = 70.0
    for name, value in rows:
        ops.append(Text(25, y, name, 11, True))
        for k, part in enumerate(wrap(face, value, 11, 120)):
            ops.append(Text(68, y + 5.5 * k, part, 11))
            y += 5.5 * (k > 0)
        y += 10
    ops.append(
        Text(
            25, y + 10, "I hereby certify that the above is a true translation of the original.", 10
        )
    )
    ops.append(Text(25, y + 20, "Translator: ____________________", 10))
    return page


def notice_page(rec: Record, face: Face) -> Page:
    """홈택스's 발급 안내 / 진위확인 page printed after the certificate."""
    page = Page(face=face)
    ops = page.ops
    ops.append(Text(70, 35, "민원증명 진위확인 안내", 16, True))
    lines = [
        f"발급번호 : {rec.issue_no}",
        f"문서명 : 사업자등록증 ({rec.form})",
        f"발급일자 : {rec.issue_date.isoformat()}",
        "",
        "이 문서는 국세청 홈택스에서 인터넷으로 발급된 문서입니다.",
        "문서의 위·변조 여부는 홈택스(www.hometax.go.kr) > 민원증명 > 민원증명 원본확인",
        "메뉴에서 발급번호를 입력하여 확인하실 수 있습니다.",
        "",
        "※ 확인 가능 기간: 발급일로부터 90일",
        "※ 이 안내문은 증명서의 일부가 아닙니다.",
    ]
    for k, line in enumerate(lines):
        if line:
            ops.append(Text(25, 60 + 9 * k, line, 11))
    ops.append(Box(25, 170, 40, 40, 255))
    for k in range(9):
        ops.append(Line(25 + 5 * k, 170, 25 + 5 * k, 210, 0.6 + (k % 3) * 0.5))
    return page


def seal_image(seal: Seal, dpi: int = 300, seed: int = 0) -> Image.Image:
    """The red square seal (세무서장인) as an RGBA image, text in columns read right to left."""
    rng = random.Random(seed)
    px = int(seal.size / 25.4 * dpi)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 35, 40, 215)
    b = max(3, px // 22)
    d.rectangle((b, b, px - b, px - b), outline=red, width=b)
    chars = list(seal.text)
    cols = 3 if len(chars) > 6 else 2
    per = -(-len(chars) // cols)
    fpath = "/usr/share/fonts/truetype/unfonts-core/UnBatangBold.ttf"
    size = int((px - 4 * b) / per * 0.92)
    font = ImageFont.truetype(fpath, size)
    cw = (px - 4 * b) / cols
    for k, ch in enumerate(chars):
        col, row = divmod(k, per)
        cx = px - 2 * b - cw * (col + 0.5)
        cy = 2 * b + (px - 4 * b) / per * (row + 0.5)
        d.text((cx, cy), ch, font=font, fill=red, anchor="mm")
    for _ in range(40):  # flecks where the ink did not take
        x, y = rng.randrange(px), rng.randrange(px)
        r = rng.randint(1, max(2, px // 60))
        d.ellipse((x - r, y - r, x + r, y + r), fill=(0, 0, 0, 0))
    return img.rotate(seal.angle, resample=Image.Resampling.BICUBIC, expand=False)


class _PDF(FPDF):
    def file_id(self) -> str:  # no /ID: identical bytes every time
        return ""


def _char_positions(face: Face, t: Text) -> list[tuple[float, str]]:
    if t.spread and len(t.text) > 1:
        n = len(t.text)
        cw = width(face, t.text[0], t.size)
        step = (t.spread - cw) / (n - 1)
        return [(t.x + step * k, ch) for k, ch in enumerate(t.text)]
    out = []
    for k, ch in enumerate(t.text):
        if ch != " ":
            out.append((t.x + width(face, t.text[:k], t.size, t.bold), ch))
    return out


def _words(face: Face, t: Text) -> list[tuple[float, str]]:
    if t.spread:
        return _char_positions(face, t)
    out = []
    for m in re.finditer(r"\S+", t.text):
        out.append((t.x + width(face, t.text[: m.start()], t.size, t.bold), m.group()))
    return out


def _spaced(face: Face, t: Text) -> str:
    """A justified label written with space characters (how most writers emit it)."""
    if not t.spread or len(t.text) < 2:
        return t.text
    gap = (t.spread - width(face, t.text, t.size)) / (len(t.text) - 1)
    n = max(1, int(gap / max(width(face, " ", t.size), 0.1)))
    return (" " * n).join(t.text)


def _ordered(
    ops: list[Text | Line | Box | Seal], order: str, rng: random.Random
) -> list[Text | Line | Box | Seal]:
    if order == "read":
        return ops
    texts = [o for o in ops if isinstance(o, Text)]
    other = [o for o in ops if not isinstance(o, Text)]
    if order == "columns":  # a table drawn column by column: x first, then y
        texts.sort(key=lambda t: (round(t.x / 20), t.y))
    elif order == "labels_first":
        texts.sort(key=lambda t: (t.kind != "label", t.kind != "other", round(t.x / 30), t.y))
    elif order == "shuffle":
        rng.shuffle(texts)
    return other + texts


def write_pdf(
    pages: list[Page],
    *,
    style: str = "line",  # line | glyph | word
    order: str = "read",
    rotate: int = 0,
    backgrounds: dict[int, bytes] | None = None,
    invisible: bool = False,
    ocr_noise: float = 0.0,
    seed: int = 0,
    title: str = "사업자등록증",
) -> bytes:
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    rng = random.Random(seed)
    pdf = _PDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_creator(
        rng.choice(("HomeTax", "Hancom PDF 2024", "Microsoft Print to PDF", "CamScanner"))
    )
    pdf.set_auto_page_break(False)
    faces = {p.face.name: p.face for p in pages if p.face}
    for face in faces.values():
        pdf.add_font(face.name, "", str(face.regular))
        pdf.add_font(face.name, "B", str(face.bold))
    for n, page in enumerate(pages):
        assert page.face is not None
        face = page.face
        landscape = bool(rotate)
        pdf.add_page(orientation="L" if landscape else "P")
        stack = contextlib.ExitStack()
        if landscape:
            # the portrait page drawn turned 90° anticlockwise on a landscape sheet, shown
            # upright by the page's /Rotate 90 (as scanner apps and some printers write it):
            # portrait (x, y) lands on landscape (y, 210 - x), a turn about (105, 105)
            stack.enter_context(pdf.rotation(90, x=PAGE_W / 2, y=PAGE_W / 2))
        if backgrounds and n in backgrounds:
            pdf.image(io.BytesIO(backgrounds[n]), x=0, y=0, w=PAGE_W, h=PAGE_H)
        ops = _ordered(page.ops, order, rng)
        for op in ops:
            if isinstance(op, Seal):
                if backgrounds and n in backgrounds:
                    continue
                img = seal_image(op, seed=seed + n)
                buf = io.BytesIO()
                img.save(buf, format="PNG")
                pdf.image(buf, x=op.x, y=op.y, w=op.size, h=op.size)
            elif isinstance(op, Box):
                if backgrounds and n in backgrounds:
                    continue
                pdf.set_fill_color(op.gray)
                pdf.set_draw_color(255)
                pdf.rect(op.x, op.y, op.w, op.h, style="F")
            elif isinstance(op, Line):
                if backgrounds and n in backgrounds:
                    continue
                pdf.set_draw_color(0)
                pdf.set_line_width(op.width)
                pdf.line(op.x1, op.y1, op.x2, op.y2)
        pdf.set_text_color(0)
        if invisible:
            pdf.text_mode = TextMode.INVISIBLE
        for op in ops:
            if not isinstance(op, Text):
                continue
            pdf.set_font(face.name, "B" if op.bold else "", op.size)
            if style == "line":
                text = _spaced(face, op)
                if ocr_noise and op.kind == "value":
                    text = ocr_garble(text, rng, ocr_noise)
                pdf.text(op.x, op.y, text)
            elif style == "glyph":
                for x, ch in _char_positions(face, op):
                    pdf.text(x, op.y, ch)
            else:
                for x, word in _words(face, op):
                    pdf.text(x, op.y, word)
        if invisible:
            pdf.text_mode = TextMode.FILL
        stack.close()
    data = bytes(pdf.output())
    if rotate:
        data = _set_rotate(data, rotate)
    return data


OCR_SWAPS = {
    "0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "층": "충", "로": "르", "동": "둥",
    "호": "흐", "업": "엽", "시": "사", "구": "7", "길": "걸", "원": "윈", "-": "~", "(": "C",
}  # fmt: skip


def ocr_garble(text: str, rng: random.Random, rate: float) -> str:
    """What a scanner's OCR layer makes of a printed value: now and then a lookalike, a lost
    space or two words run together (the print is still the truth)."""
    if rng.random() > rate:
        return text
    chars = list(text)
    spots = [k for k, c in enumerate(chars) if c in OCR_SWAPS or c == " "]
    if not spots:
        return text
    k = rng.choice(spots)
    chars[k] = "" if chars[k] == " " else OCR_SWAPS[chars[k]]
    return "".join(chars)


def _set_rotate(data: bytes, angle: int) -> bytes:
    """Add /Rotate to every page object and rewrite the cross-reference table."""
    data = re.sub(rb"/Type /Page\b(?!s)", b"/Type /Page /Rotate %d" % angle, data)
    offsets = {int(m.group(1)): m.start(1) for m in re.finditer(rb"(?m)^(\d+) 0 obj", data)}
    start = data.rindex(b"\nxref\n") + 1
    body = data[:start]
    size = max(offsets) + 1
    rows = [b"0000000000 65535 f \n"] + [b"%010d 00000 n \n" % offsets[i] for i in range(1, size)]
    trailer = data[data.index(b"trailer", start) :]
    trailer = trailer[: trailer.index(b"startxref")]
    return (
        body
        + b"xref\n0 %d\n" % size
        + b"".join(rows)
        + trailer
        + b"startxref\n%d\n%%%%EOF\n" % start
    )
