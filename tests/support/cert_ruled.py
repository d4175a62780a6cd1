"""The ruled-table variant of the 사업자등록증 (domain-facts §5): every label and value sits in
its own cell of a fully ruled table, labels carry the form's item numbers (① ② …) and are
spread across their cell, and 사업의 종류 is written inline, one row per 업태/종목 pair:
"업태 도매 및 소매업 종목 전자상거래 소매업".
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from tests.support.cert_fonts import FontFace
from tests.support.cert_layout import (
    BODY_PX,
    INK,
    PAGE_W,
    Font,
    _barcode,
    _date_ko,
    _font,
    _seal,
    _spaced,
    _spread,
    _wrap,
)
from tests.support.cert_values import TAXPAYER_SUBTITLES, CertificateValues

NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"
TABLE_L, TABLE_R = 130, PAGE_W - 130
LABEL_R = 480
CELL_H = 76
RULE = 3


def _row(draw: ImageDraw.ImageDraw, y: int, n: int, label: str, lines: list[str], f: Font) -> int:
    """One ruled row: number, spread label, value lines; returns the row's bottom."""
    height = CELL_H * max(1, len(lines))
    draw.text((TABLE_L + 14, y + 20), NUMBERS[n], font=f, fill=INK)
    _spread(draw, TABLE_L + 58, y + 20, LABEL_R - TABLE_L - 80, label, f)
    for i, text in enumerate(lines):
        draw.text((LABEL_R + 22, y + 20 + i * CELL_H), text, font=f, fill=INK)
    draw.line((LABEL_R, y, LABEL_R, y + height), fill=INK, width=RULE)
    draw.line((TABLE_L, y + height, TABLE_R, y + height), fill=INK, width=RULE)
    return y + height


def draw_ruled(values: CertificateValues, face: FontFace, rng: random.Random) -> Image.Image:
    page = Image.new("RGB", (PAGE_W, 2339), "white")
    draw = ImageDraw.Draw(page)
    body = _font(face.regular, BODY_PX)
    f = values.fields
    width = TABLE_R - LABEL_R - 40

    draw.text((130, 100), f"발급번호 : {values.issue_no}", font=_font(face.regular, 20), fill=INK)
    _spaced(draw, PAGE_W // 2, 200, "사업자등록증", _font(face.bold, 70), 42)
    subtitle = "(법인사업자)" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type]
    draw.text((PAGE_W // 2, 325), subtitle, font=_font(face.regular, 34), fill=INK, anchor="mm")
    draw.text(
        (PAGE_W // 2, 410),
        f"등록번호 : {f['reg_no']}",
        font=_font(face.bold, 40),
        fill=INK,
        anchor="mm",
    )

    rows: list[tuple[str, list[str]]]
    if values.kind == "individual":
        rows = [
            ("상 호", [f["trade_name"]]),
            ("성 명", [f["representative"]]),
            ("생 년 월 일", [_date_ko(f["birth_date"])]),
            ("개 업 연 월 일", [_date_ko(f["open_date"])]),
            ("사 업 장 소 재 지", _wrap(draw, f["address"], body, width)),
        ]
    else:
        rows = [
            ("법 인 명 ( 단 체 명 )", [f["trade_name"]]),
            ("대 표 자", [f["representative"]]),
            ("개 업 연 월 일", [_date_ko(f["open_date"])]),
            ("법 인 등 록 번 호", [f["corp_reg_no"]]),
            ("사 업 장 소 재 지", _wrap(draw, f["address"], body, width)),
            ("본 점 소 재 지", _wrap(draw, f["hq_address"], body, width)),
        ]
    biz = [f"업태 {t}  종목 {i}" for t, i in values.biz_rows]
    rows.append(("사 업 의 종 류", [line for b in biz for line in _wrap(draw, b, body, width)]))
    rows.append(("발 급 사 유", [values.reason]))
    if values.kind == "individual":
        rows.append(("공 동 사 업 자", [""]))

    top = 490
    y = top
    draw.line((TABLE_L, y, TABLE_R, y), fill=INK, width=RULE)
    for n, (label, lines) in enumerate(rows):
        y = _row(draw, y, n, label, lines, body)
    draw.line((TABLE_L, top, TABLE_L, y), fill=INK, width=RULE)
    draw.line((TABLE_R, top, TABLE_R, y), fill=INK, width=RULE)

    n = len(rows)
    y += 40
    draw.text(
        (TABLE_L, y),
        f"{NUMBERS[n]} 사업자 단위 과세 적용사업자 여부 : 여(  )  부( √ )",
        font=body,
        fill=INK,
    )
    draw.text(
        (TABLE_L, y + CELL_H),
        f"{NUMBERS[n + 1]} 전자세금계산서 전용 전자우편주소 : {values.email}",
        font=body,
        fill=INK,
    )
    draw.text(
        (PAGE_W // 2, 1720),
        _date_ko(f["issue_date"]),
        font=_font(face.regular, 36),
        fill=INK,
        anchor="mm",
    )
    title = f["tax_office"] + "장"
    right = _spaced(draw, PAGE_W // 2, 1810, title, _font(face.bold, 54), 30)
    _seal(page, right - 40, 1780, f["tax_office"].removesuffix("세무서"), face)
    _barcode(draw, rng, _font(face.regular, 18))
    return page


# The grid variant (ocr7): shaded label cells in a column of their own, long labels on two
# lines centred in their cell ("사업장 / 소재지", "법인명 / (단체명)"), long values wrapped on two
# lines inside their cell, and 사업의 종류 as a label cell beside a sub-table "업 태 | 종 목".
GRID_L, GRID_R, GRID_LABEL_R = 150, PAGE_W - 150, 390
GRID_LINE = 42  # a text line's pitch inside a cell
GRID_SHADE = (234, 234, 234)


def _cell_text(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], lines: list[str], f: Font
) -> None:
    """`lines` centred as a block in the cell's height, left-aligned after a margin."""
    x0, y0, _, y1 = box
    top = (y0 + y1) // 2 - GRID_LINE * len(lines) // 2
    for i, text in enumerate(lines):
        draw.text(
            (x0 + 18, top + i * GRID_LINE + GRID_LINE // 2), text, font=f, fill=INK, anchor="lm"
        )


def _label_cell(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], label: str, f: Font
) -> None:
    """A shaded label cell; "/" splits a label onto lines, each centred."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=GRID_SHADE)
    parts = label.split("/")
    top = (y0 + y1) // 2 - GRID_LINE * len(parts) // 2
    for i, text in enumerate(parts):
        y = top + i * GRID_LINE + GRID_LINE // 2
        draw.text(((x0 + x1) // 2, y), text.strip(), font=f, fill=INK, anchor="mm")


def draw_grid(values: CertificateValues, face: FontFace, rng: random.Random) -> Image.Image:
    page = Image.new("RGB", (PAGE_W, 2339), "white")
    draw = ImageDraw.Draw(page)
    body = _font(face.regular, 29)
    f = values.fields
    value_w = 620  # long addresses wrap onto a second line of their cell
    draw.text(
        (GRID_L, 100), f"발급번호 : {values.issue_no}", font=_font(face.regular, 20), fill=INK
    )
    _spaced(draw, PAGE_W // 2, 200, "사업자등록증", _font(face.bold, 66), 38)
    subtitle = "( 법인사업자 )" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type].replace("(", "( ").replace(")", " )")
    draw.text((PAGE_W // 2, 320), subtitle, font=_font(face.regular, 32), fill=INK, anchor="mm")
    reg = f"등록번호 : {f['reg_no']}"
    draw.text((PAGE_W // 2, 400), reg, font=_font(face.bold, 38), fill=INK, anchor="mm")

    mid = (GRID_LABEL_R + GRID_R) // 2 + 60
    rows: list[tuple[str, list[str], tuple[str, str] | None]]
    if values.kind == "individual":
        rows = [
            ("상 호", [f["trade_name"]], None),
            ("성 명", [f["representative"]], ("생년월일", _date_ko(f["birth_date"]))),
            ("개업연월일", [_date_ko(f["open_date"])], None),
            ("사업장 / 소재지", _wrap(draw, f["address"], body, value_w), None),
        ]
    else:
        rows = [
            ("법인명 / (단체명)", [f["trade_name"]], None),
            ("대 표 자", [f["representative"]], None),
            ("개업연월일", [_date_ko(f["open_date"])], ("법인등록번호", f["corp_reg_no"])),
            ("사업장 / 소재지", _wrap(draw, f["address"], body, value_w), None),
            ("본점 / 소재지", _wrap(draw, f["hq_address"], body, value_w), None),
        ]
    y = 480
    for label, lines, right in rows:
        bottom = y + max(86, GRID_LINE * max(len(lines), len(label.split("/"))) + 34)
        _label_cell(draw, (GRID_L, y, GRID_LABEL_R, bottom), label, body)
        if right is None:
            _cell_text(draw, (GRID_LABEL_R, y, GRID_R, bottom), lines, body)
        else:
            _cell_text(draw, (GRID_LABEL_R, y, mid, bottom), lines, body)
            _label_cell(draw, (mid, y, mid + 230, bottom), right[0], body)
            _cell_text(draw, (mid + 230, y, GRID_R, bottom), [right[1]], body)
            draw.line((mid, y, mid, bottom), fill=INK, width=2)
            draw.line((mid + 230, y, mid + 230, bottom), fill=INK, width=2)
        draw.line((GRID_LABEL_R, bottom, GRID_R, bottom), fill=INK, width=2)
        y = bottom
    # 사업의 종류: a label cell beside the sub-table's head and rows.
    split = (GRID_LABEL_R + GRID_R) // 2
    heights = [76]
    cells = []
    for biz_type, biz_item in values.biz_rows:
        t, i = (
            _wrap(draw, biz_type, body, split - GRID_LABEL_R - 40),
            _wrap(draw, biz_item, body, GRID_R - split - 40),
        )
        cells.append((t, i))
        heights.append(max(86, GRID_LINE * max(len(t), len(i)) + 34))
    block_bottom = y + sum(heights)
    _label_cell(draw, (GRID_L, y, GRID_LABEL_R, block_bottom), "사업의 / 종류", body)
    _cell_text(draw, (GRID_LABEL_R, y, split, y + heights[0]), [], body)
    draw.text(((GRID_LABEL_R + split) // 2, y + 38), "업   태", font=body, fill=INK, anchor="mm")
    draw.text(((split + GRID_R) // 2, y + 38), "종   목", font=body, fill=INK, anchor="mm")
    row_top = y
    for (t, i), height in zip(cells, heights[1:], strict=True):
        row_top += heights[0] if row_top == y else 0
        _cell_text(draw, (GRID_LABEL_R, row_top, split, row_top + height), t, body)
        _cell_text(draw, (split, row_top, GRID_R, row_top + height), i, body)
        row_top += height
        draw.line((GRID_LABEL_R, row_top, GRID_R, row_top), fill=INK, width=2)
    draw.line((GRID_LABEL_R, y + heights[0], GRID_R, y + heights[0]), fill=INK, width=2)
    draw.line((split, y, split, block_bottom), fill=INK, width=2)
    y = block_bottom
    after = [("발급 사유", values.reason)]
    if values.kind == "individual":
        after.append(("공동사업자", ""))
    for label, text in after:
        _label_cell(draw, (GRID_L, y, GRID_LABEL_R, y + 86), label, body)
        _cell_text(draw, (GRID_LABEL_R, y, GRID_R, y + 86), [text] if text else [], body)
        y += 86
        draw.line((GRID_L, y, GRID_R, y), fill=INK, width=2)
    draw.rectangle((GRID_L, 480, GRID_R, y), outline=INK, width=4)
    draw.line((GRID_LABEL_R, 480, GRID_LABEL_R, y), fill=INK, width=2)
    draw.text(
        (GRID_L, y + 40),
        "사업자 단위 과세 적용사업자 여부 : 여 (  )  부 ( V )",
        font=body,
        fill=INK,
    )
    draw.text(
        (PAGE_W // 2, 1900), _date_ko(f["issue_date"]), font=_font(face.regular, 36), fill=INK,
        anchor="mm",
    )  # fmt: skip
    title = f["tax_office"] + "장"
    right_end = _spaced(draw, PAGE_W // 2, 1990, title, _font(face.bold, 54), 30)
    _seal(page, right_end - 40, 1960, f["tax_office"].removesuffix("세무서"), face)
    _barcode(draw, rng, _font(face.regular, 18))
    return page
