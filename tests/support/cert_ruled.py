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
