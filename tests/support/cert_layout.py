"""Draws a clean 사업자등록증 page (A4 at 200 dpi) in the layout of the official forms
(docs/domain.md, "The business registration certificate").

Individual form ([별지 제7호서식(1)]) and corporate form ([별지 제7호서식(2)]): title with spread
letters, subtitle, 등록번호 line, justified labels with a colon, 업태/종목 columns that wrap,
issue date, the tax office title with a red seal over its last letter, a barcode.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw, ImageFont

from tests.support.cert_fonts import FontFace
from tests.support.cert_values import TAXPAYER_SUBTITLES, CertificateValues

DPI = 200
PAGE_W, PAGE_H = 1654, 2339
LABEL_X, LABEL_W = 170, 285
VALUE_X = 482
ROW_H = 70
BODY_PX = 31
INK = (20, 20, 20)
SEAL_RED = (214, 58, 58)

Font = ImageFont.FreeTypeFont


def _font(face: tuple[str, int], size: int) -> Font:
    return ImageFont.truetype(face[0], size, index=face[1])


def _spread(draw: ImageDraw.ImageDraw, x: int, y: int, width: int, text: str, font: Font) -> None:
    """Justify the characters of a label across `width`, as the form does."""
    chars = [c for c in text if c != " "]
    if len(chars) == 1:
        draw.text((x, y), chars[0], font=font, fill=INK)
        return
    last_w = draw.textlength(chars[-1], font=font)
    step = (width - last_w) / (len(chars) - 1)
    for i, ch in enumerate(chars):
        draw.text((x + i * step, y), ch, font=font, fill=INK)


def _spaced(draw: ImageDraw.ImageDraw, cx: int, y: int, text: str, font: Font, gap: int) -> int:
    """Centre `text` at `cx` with `gap` pixels between letters; returns the right edge."""
    widths = [draw.textlength(c, font=font) for c in text]
    total = sum(widths) + gap * (len(text) - 1)
    x = cx - total / 2
    for ch, w in zip(text, widths, strict=True):
        draw.text((x, y), ch, font=font, fill=INK)
        x += w + gap
    return int(x - gap)


def _date_ko(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def _labelled(
    draw: ImageDraw.ImageDraw,
    y: int,
    label: str,
    value: str,
    font: Font,
    x: int = LABEL_X,
    *,
    plain: bool = False,
    wrap: int = 0,
) -> int:
    """Draw a labelled row; returns the rows it took (a value wider than `wrap` px goes on
    below, aligned with its first line, as a long address does on the real form)."""
    if plain:
        # Older prints: the label's letters one space apart, not justified to a column.
        draw.text((x, y), label, font=font, fill=INK)
    else:
        _spread(draw, x, y, LABEL_W, label, font)
    draw.text((x + LABEL_W + 4, y), ":", font=font, fill=INK)
    lines = _wrap(draw, value, font, wrap) if value and wrap else [value]
    for k, line in enumerate(lines):
        if line:
            draw.text((x + LABEL_W + 27, y + k * ROW_H), line, font=font, fill=INK)
    return len(lines)


def _right_field(draw: ImageDraw.ImageDraw, y: int, label: str, value: str, font: Font) -> None:
    x = 880
    if " " in label:
        _spread(draw, x, y, 190, label, font)
        lx = x + 190
    else:
        draw.text((x, y), label, font=font, fill=INK)
        lx = x + int(draw.textlength(label, font=font))
    draw.text((lx + 4, y), ":", font=font, fill=INK)
    draw.text((lx + 27, y), value, font=font, fill=INK)


def _biz_rows(
    draw: ImageDraw.ImageDraw, y: int, rows: tuple[tuple[str, str], ...], font: Font
) -> int:
    type_x, item_label_x = VALUE_X, 950
    for i, (biz_type, biz_item) in enumerate(rows):
        if i == 0:
            draw.text((type_x, y), "업태", font=font, fill=INK)
            draw.text((item_label_x, y), "종목", font=font, fill=INK)
        type_lines = _wrap(draw, biz_type, font, 330)
        item_lines = _wrap(draw, biz_item, font, 450)
        for j in range(max(len(type_lines), len(item_lines))):
            if j < len(type_lines):
                draw.text((type_x + 90, y), type_lines[j], font=font, fill=INK)
            if j < len(item_lines):
                draw.text((item_label_x + 90, y), item_lines[j], font=font, fill=INK)
            y += ROW_H
    return y


def _biz_table(
    draw: ImageDraw.ImageDraw,
    y: int,
    rows: tuple[tuple[str, str], ...],
    font: Font,
    *,
    ruled: bool = True,
    right: int = PAGE_W - 170,
) -> int:
    """업태/종목 as a small two-column table: a head row, then one row per pair; `ruled`
    draws its lines, without them only the centred heads mark the columns."""
    left, mid = VALUE_X, VALUE_X + 400
    top = y - 12
    draw.text(((left + mid) // 2, y), "업 태", font=font, fill=INK, anchor="ma")
    draw.text(((mid + right) // 2, y), "종 목", font=font, fill=INK, anchor="ma")
    y += ROW_H
    if ruled:
        draw.line((left, y - 12, right, y - 12), fill=INK, width=2)
    for biz_type, biz_item in rows:
        type_lines = _wrap(draw, biz_type, font, 370)
        item_lines = _wrap(draw, biz_item, font, right - mid - 30)
        for j in range(max(len(type_lines), len(item_lines))):
            if j < len(type_lines):
                draw.text((left + 15, y), type_lines[j], font=font, fill=INK)
            if j < len(item_lines):
                draw.text((mid + 15, y), item_lines[j], font=font, fill=INK)
            y += ROW_H
        if ruled:
            draw.line((left, y - 12, right, y - 12), fill=INK, width=2)
    if ruled:
        draw.rectangle((left, top, right, y - 12), outline=INK, width=2)
        draw.line((mid, top, mid, y - 12), fill=INK, width=2)
    return y


def _seal(page: Image.Image, x: int, y: int, office: str, face: FontFace) -> None:
    """The 직인: a red square of the office name plus 장인, over the title's last letter."""
    size = 150
    seal = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    draw.rectangle((4, 4, size - 5, size - 5), outline=(*SEAL_RED, 230), width=6)
    chars = office + "세무서장인"
    font = _font(face.regular, 40)
    cols = [chars[i : i + 3] for i in range(0, min(len(chars), 9), 3)]
    for c, col in enumerate(cols):
        for r, ch in enumerate(col):
            draw.text((size - 50 - c * 45, 12 + r * 44), ch, font=font, fill=(*SEAL_RED, 220))
    page.paste(seal, (x, y), seal)


def _barcode(draw: ImageDraw.ImageDraw, rng: random.Random, font: Font) -> None:
    x = 180
    while x < 580:
        w = rng.choice((2, 3, 5, 8))
        draw.rectangle((x, 2075, x + w, 2145), fill=INK)
        x += w + rng.choice((3, 4, 6))
    draw.text((165, 2160), "국세청 홈택스 발급 문서입니다.", font=font, fill=INK)


def draw_certificate(
    values: CertificateValues,
    face: FontFace,
    rng: random.Random,
    *,
    plain: bool = False,
    wrapped: bool = False,
) -> Image.Image:
    """The form layout; `plain` prints labels with single spaces (not justified) and
    업태/종목 as a ruled two-column table, as older certificates do; `wrapped` (with
    `plain`) wraps long addresses under their first line and prints 업태/종목 as an unruled
    narrow table whose names wrap within their column."""
    page = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    draw = ImageDraw.Draw(page)
    body = _font(face.regular, BODY_PX)
    small = _font(face.regular, 20)
    f = values.fields
    opened = _date_ko(f["open_date"])

    draw.rectangle((80, 80, PAGE_W - 80, PAGE_H - 80), outline=INK, width=5)
    draw.rectangle((94, 94, PAGE_W - 94, PAGE_H - 94), outline=INK, width=2)
    draw.text((130, 120), f"발급번호 : {values.issue_no}", font=small, fill=INK)

    _spaced(draw, PAGE_W // 2, 250, "사업자등록증", _font(face.bold, 70), 42)
    subtitle = "(법인사업자)" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type]
    sub_font = _font(face.regular, 34)
    draw.text((PAGE_W // 2, 375), subtitle, font=sub_font, fill=INK, anchor="mm")
    draw.text(
        (PAGE_W // 2, 470),
        f"등록번호 : {f['reg_no']}",
        font=_font(face.bold, 40),
        fill=INK,
        anchor="mm",
    )

    y = 580
    # `wrapped`: long addresses go on a second line under the first (value column ~620 px).
    wrap = 620 if wrapped else 0
    if values.kind == "individual":
        _labelled(draw, y, "상 호", f["trade_name"], body, plain=plain)
        _labelled(draw, y + ROW_H, "성 명", f["representative"], body, plain=plain)
        _right_field(draw, y + ROW_H, "생 년 월 일", _date_ko(f["birth_date"]), body)
        _labelled(draw, y + 2 * ROW_H, "개 업 연 월 일", opened, body, plain=plain)
        y += 3 * ROW_H
        y += ROW_H * _labelled(
            draw, y, "사 업 장 소 재 지", f["address"], body, plain=plain, wrap=wrap
        )
    else:
        _labelled(draw, y, "법 인 명 ( 단 체 명 )", f["trade_name"], body, plain=plain)
        _labelled(draw, y + ROW_H, "대 표 자", f["representative"], body, plain=plain)
        _labelled(draw, y + 2 * ROW_H, "개 업 연 월 일", opened, body, plain=plain)
        _right_field(draw, y + 2 * ROW_H, "법인등록번호", f["corp_reg_no"], body)
        y += 3 * ROW_H
        y += ROW_H * _labelled(
            draw, y, "사 업 장 소 재 지", f["address"], body, plain=plain, wrap=wrap
        )
        y += ROW_H * _labelled(
            draw, y, "본 점 소 재 지", f["hq_address"], body, plain=plain, wrap=wrap
        )
    _labelled(draw, y, "사 업 의 종 류", "", body, plain=plain)
    if wrapped:
        # Several pairs in an unruled two-column table, narrow enough that names wrap.
        y = _biz_table(draw, y, values.biz_rows, body, ruled=False, right=VALUE_X + 720)
        y += ROW_H // 3
    elif plain:
        y = _biz_table(draw, y, values.biz_rows, body) + ROW_H // 3
    else:
        y = _biz_rows(draw, y, values.biz_rows, body) + ROW_H // 3
    _labelled(draw, y, "발 급 사 유", values.reason, body, plain=plain)
    y += ROW_H
    if values.kind == "individual":
        _labelled(draw, y, "공 동 사 업 자", "", body, plain=plain)
        y += ROW_H
    draw.text(
        (LABEL_X, y), "사업자 단위 과세 적용사업자 여부 : 여(  )  부( √ )", font=body, fill=INK
    )
    draw.text(
        (LABEL_X, y + ROW_H),
        f"전자세금계산서 전용 전자우편주소 : {values.email}",
        font=body,
        fill=INK,
    )

    draw.text(
        (PAGE_W // 2, 1690),
        _date_ko(f["issue_date"]),
        font=_font(face.regular, 36),
        fill=INK,
        anchor="mm",
    )
    title = f["tax_office"] + "장"
    right = _spaced(draw, PAGE_W // 2, 1790, title, _font(face.bold, 54), 30)
    _seal(page, right - 40, 1760, f["tax_office"].removesuffix("세무서"), face)
    _barcode(draw, rng, _font(face.regular, 18))
    return page
