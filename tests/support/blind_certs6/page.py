"""The page of certificate set 6 as drawing operations in millimetres on A4, in the form's
field order (domain-facts.md §5), drawn by ``raster`` (Pillow) or ``pdfwrite`` (PDF).

Layouts:
- ``modern``: the 홈택스 print after 2014 — labels justified to one width, a colon column,
  성명|생년월일 and 개업연월일|법인등록번호 sharing a row, "업태 … 종목 …" on each trade row,
  발급사유, 공동사업자 (names filled when there are partners), 사업자 단위 과세, e-mail line.
- ``old``: a certificate of 2007–2013 — a double frame, the fields in a ruled table with
  label cells, a 업태 | 종목 sub-table, lot-number addresses, no e-mail line, the issue date
  tight ("2011년 04월 09일").
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .fonts import Face, FontFile, advance_mm
from .values import Record

PAGE_W, PAGE_H = 210.0, 297.0


@dataclass(frozen=True)
class Text:
    x: float  # left end of the baseline, mm
    y: float  # baseline, mm from the top
    text: str
    size: float  # points
    font: FontFile
    spread: float = 0.0  # extra mm between characters (justified labels)
    red: bool = False


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.25


@dataclass(frozen=True)
class Seal:
    x: float  # centre
    y: float
    size: float
    angle: float
    office: str
    seed: int


Op = Text | Line | Seal


def spaced_date(d: dt.date) -> str:
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


def tight_date(d: dt.date) -> str:
    return f"{d.year}년 {d.month:02d}월 {d.day:02d}일"


def wrap(text: str, font: FontFile, size: float, width: float) -> list[str]:
    """Break ``text`` at spaces so each line fits ``width`` mm (a word never breaks)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and advance_mm(font, trial, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return lines


def justified(x: float, y: float, label: str, width: float, size: float, font: FontFile) -> Text:
    """A label spread to ``width`` mm, as the form prints "상       호"."""
    chars = label.replace(" ", "")
    natural = advance_mm(font, chars, size)
    spread = (width - natural) / (len(chars) - 1) if len(chars) > 1 else 0.0
    return Text(x, y, chars, size, font, spread=max(0.0, spread))


def centred(y: float, text: str, size: float, font: FontFile, spread: float = 0.0) -> Text:
    width = advance_mm(font, text, size) + spread * (len(text) - 1)
    return Text((PAGE_W - width) / 2, y, text, size, font, spread=spread)


def layout(record: Record, face: Face, style: str, rng: random.Random) -> list[Op]:
    return _modern(record, face, rng) if style == "modern" else _old(record, face, rng)


def _labels(record: Record) -> list[tuple[str, str]]:
    """(label, key) rows before the trades, in the form's order."""
    if record.kind == "corporate":
        return [("법인명(단체명)", "trade"), ("대표자", "rep"), ("개업연월일", "open"),
                ("사업장 소재지", "addr"), ("본점 소재지", "hq")]  # fmt: skip
    return [("상호", "trade"), ("성명", "rep"), ("개업연월일", "open"), ("사업장 소재지", "addr")]


def _value(record: Record, key: str) -> str:
    return {
        "trade": record.trade_name,
        "rep": record.representative,
        "open": spaced_date(record.open_date),
        "addr": record.address,
        "hq": record.hq_address or "",
    }[key]


def _modern(record: Record, face: Face, rng: random.Random) -> list[Op]:
    ops: list[Op] = []
    lab, val, tit = face.label, face.value, face.title
    size = rng.choice((11.0, 11.5, 12.0))
    ops.append(Text(18, 16, f"발급번호 : {record.issue_no}", 8.5, val))
    ops.append(centred(40, "사업자등록증", 24, tit, spread=rng.uniform(4, 7)))
    ops.append(centred(51, f"( {record.taxpayer_type} )", 13, lab))
    ops.append(centred(64, f"등록번호 : {record.reg_no}", 14.5, tit))
    x_label, label_w = 20.0, 36.0
    x_colon, x_value = x_label + label_w + 2, x_label + label_w + 6
    value_w = 190 - x_value
    step = size * 0.3528 * 1.85
    y = 82.0

    def row(label: str, value: str, width: float = value_w) -> None:
        nonlocal y
        ops.append(justified(x_label, y, label, label_w, size, lab))
        ops.append(Text(x_colon, y, ":", size, lab))
        for k, line in enumerate(wrap(value, val, size, width)):
            ops.append(Text(x_value, y + k * step * 0.8, line, size, val))
            if k:
                y += step * 0.8
        y += step

    for label, key in _labels(record):
        if key == "rep" and record.birth_date is not None:
            ops.append(justified(x_label, y, "성명", label_w, size, lab))
            ops.append(Text(x_colon, y, ":", size, lab))
            ops.append(Text(x_value, y, record.representative, size, val))
            ops.append(justified(118, y, "생년월일", 24, size, lab))
            ops.append(Text(144, y, ":", size, lab))
            ops.append(Text(148, y, spaced_date(record.birth_date), size, val))
            y += step
        elif key == "open" and record.corp_reg_no is not None:
            ops.append(justified(x_label, y, "개업연월일", label_w, size, lab))
            ops.append(Text(x_colon, y, ":", size, lab))
            ops.append(Text(x_value, y, spaced_date(record.open_date), size, val))
            ops.append(justified(122, y, "법인등록번호", 28, size, lab))
            ops.append(Text(151, y, ":", size, lab))
            ops.append(Text(154, y, record.corp_reg_no, size, val))
            y += step
        else:
            row(label, _value(record, key))
    y += step * 0.3
    ops.append(justified(x_label, y, "사업의 종류", label_w, size, lab))
    ops.append(Text(x_colon, y, ":", size, lab))
    for biz_type, biz_item in record.rows:
        ops.append(Text(x_value, y, "업태", size, lab))
        type_lines = wrap(biz_type, val, size, 44)
        item_lines = wrap(biz_item, val, size, 190 - (x_value + 70))
        for k, line in enumerate(type_lines):
            ops.append(Text(x_value + 12, y + k * step * 0.8, line, size, val))
        ops.append(Text(x_value + 58, y, "종목", size, lab))
        for k, line in enumerate(item_lines):
            ops.append(Text(x_value + 70, y + k * step * 0.8, line, size, val))
        y += step + step * 0.8 * (max(len(type_lines), len(item_lines)) - 1)
    y += step * 0.3
    row("발급사유", record.reason)
    if record.kind == "individual":
        row("공동사업자", ", ".join(record.partners))
    ops.append(
        Text(x_label, y, "사업자 단위 과세 적용사업자 여부 :  여( )  부(V)", size - 0.5, lab)
    )
    y += step
    ops.append(
        Text(x_label, y, f"전자세금계산서 전용 전자우편주소 :  {record.email}", size - 0.5, lab)
    )
    y_date = max(y + 22, 236.0)
    ops.append(centred(y_date, spaced_date(record.issue_date), 13, val))
    title = f"{record.tax_office}장"
    signoff = centred(y_date + 17, title, 19, tit, spread=1.2)
    ops.append(signoff)
    width = advance_mm(tit, title, 19) + 1.2 * (len(title) - 1)
    ops.append(Seal(signoff.x + width + rng.uniform(-4, 6), y_date + 13 + rng.uniform(-2, 2), 21,
                    rng.uniform(-5, 5), record.tax_office, rng.randint(0, 2**31)))  # fmt: skip
    ops.append(Text(20, 282, "210mm×297mm[백상지 80g/㎡]", 7.5, val))
    return ops


def _old(record: Record, face: Face, rng: random.Random) -> list[Op]:
    ops: list[Op] = []
    lab, val, tit = face.label, face.value, face.title
    size = 11.0
    for inset, w in ((12.0, 0.7), (13.6, 0.25)):
        far_x, far_y = PAGE_W - inset, PAGE_H - inset
        ops += [
            Line(inset, inset, far_x, inset, w),
            Line(inset, far_y, far_x, far_y, w),
            Line(inset, inset, inset, far_y, w),
            Line(far_x, inset, far_x, far_y, w),
        ]
    ops.append(centred(42, "사업자등록증", 23, tit, spread=rng.uniform(5, 8)))
    ops.append(centred(52, f"({record.taxpayer_type})", 12, lab))
    ops.append(centred(64, f"등록번호  {record.reg_no}", 14, tit))
    left, mid, right = 22.0, 60.0, 188.0
    top = 72.0
    y = top
    ops.append(Line(left, y, right, y, 0.5))

    def cell_row(label: str, lines: list[str]) -> None:
        nonlocal y
        height = 10.0 + 5.2 * (len(lines) - 1)
        ops.append(justified(left + 3, y + 6.6, label, mid - left - 6, size, lab))
        for k, line in enumerate(lines):
            ops.append(Text(mid + 3, y + 6.6 + 5.2 * k, line, size, val))
        y += height
        ops.append(Line(left, y, right, y))

    for label, key in _labels(record):
        if key == "open" and record.corp_reg_no is not None:
            cell_row("개업연월일", [tight_date(record.open_date)])
            cell_row("법인등록번호", [record.corp_reg_no])
        elif key == "rep" and record.birth_date is not None:
            cell_row("성명", [record.representative])
            cell_row("생년월일", [tight_date(record.birth_date)])
        elif key == "open":
            cell_row(label, [tight_date(record.open_date)])
        else:
            cell_row(label, wrap(_value(record, key), val, size, right - mid - 6))
    trade_top = y
    ops.append(Text(mid + 3, y + 6.6, "업       태", size, lab))
    ops.append(Text(mid + 66, y + 6.6, "종       목", size, lab))
    y += 10
    ops.append(Line(mid, y, right, y))
    for biz_type, biz_item in record.rows:
        ops.append(Text(mid + 3, y + 6.6, biz_type, size, val))
        ops.append(Text(mid + 66, y + 6.6, biz_item, size, val))
        y += 10
        ops.append(Line(mid, y, right, y))
    ops.append(
        justified(left + 3, (trade_top + y) / 2 + 2, "사업의종류", mid - left - 6, size, lab)
    )
    ops.append(Line(mid + 63, trade_top, mid + 63, y))
    cell_row("발급사유", [record.reason])
    if record.kind == "individual":
        cell_row("공동사업자", [", ".join(record.partners)])
    ops += [Line(left, top, left, y, 0.5), Line(right, top, right, y, 0.5), Line(mid, top, mid, y)]
    ops.append(Line(left, y, right, y, 0.5))
    y_date = max(y + 28, 228.0)
    ops.append(centred(y_date, tight_date(record.issue_date), 13, val))
    title = f"{record.tax_office}장"
    signoff = centred(y_date + 18, title, 20, tit, spread=2.0)
    ops.append(signoff)
    width = advance_mm(tit, title, 20) + 2.0 * (len(title) - 1)
    ops.append(Seal(signoff.x + width - rng.uniform(0, 8), y_date + 13 + rng.uniform(-2, 2), 22,
                    rng.uniform(-4, 4), record.tax_office, rng.randint(0, 2**31)))  # fmt: skip
    return ops


def printed_text(ops: list[Op]) -> str:
    """Every text run of the page, one per line (what a perfect reader could see)."""
    return "\n".join(op.text for op in ops if isinstance(op, Text))
