"""Three page layouts of the 사업자등록증, drawn from the form's field order (domain-facts §5).

- `ruled`: the whole form as a ruled table (label cells, two-column rows, a 업태/종목
  sub-table), inside a double rule.
- `numbered`: free rows with ①②… before letter-spaced labels, colons in a column, some
  rows holding two fields side by side; a double border round the page.
- `plain`: labels with single spaces between letters, a small ruled 업태/종목 table, and
  often security-paper waves behind the text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.support.blind_certs.page import Page, seal, watermark
from tests.support.blind_certs.values import CertificateValues

LAYOUTS = ("ruled", "numbered", "plain")
NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"
SUBTITLES = {"일반": "일반과세자", "간이": "간이과세자", "면세": "면세사업자"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One numbered item of the form; `pair` is drawn beside it in two-column rows."""

    kind: str  # field | trades | unit | email
    label: str
    value: str = ""
    number: int = 0
    pair: Entry | None = None


@dataclass(frozen=True, slots=True)
class Style:
    layout: str
    face: str
    numbered: bool
    two_columns: bool
    spaced_labels: str  # justified | spaced | tight
    seal_at: str  # office_end | office_middle | date
    issue_number: bool
    waves: bool
    spaced_office: bool

    def describe(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}


def korean_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year} 년 {month} 월 {day} 일"


def entries(v: CertificateValues, two_columns: bool) -> list[Entry]:
    f = v.fields
    unit = "여(   )  부( V )" if not v.unit_taxation else "여( V )  부(   )"
    if v.kind == "corporate":
        items = [
            Entry("field", "법인명(단체명)", f["trade_name"]),
            Entry("field", "대표자", f["representative"]),
            Entry("field", "개업연월일", korean_date(f["open_date"])),
            Entry("field", "법인등록번호", f["corp_reg_no"]),
            Entry("field", "사업장소재지", f["address"]),
            Entry("field", "본점소재지", f["hq_address"]),
            Entry("trades", "사업의종류"),
            Entry("field", "발급사유", v.issue_reason),
            Entry("unit", "사업자 단위 과세 적용사업자 여부", unit),
            Entry("email", "전자세금계산서 전용 전자우편주소", v.email),
        ]
        pairs = {2}
    else:
        items = [
            Entry("field", "상호", f["trade_name"]),
            Entry("field", "성명", f["representative"]),
            Entry("field", "생년월일", korean_date(f["birth_date"])),
            Entry("field", "개업연월일", korean_date(f["open_date"])),
            Entry("field", "사업장소재지", f["address"]),
            Entry("trades", "사업의종류"),
            Entry("field", "발급사유", v.issue_reason),
            Entry("field", "공동사업자", v.joint),
            Entry("unit", "사업자 단위 과세 적용사업자 여부", unit),
            Entry("email", "전자세금계산서 전용 전자우편주소", v.email),
        ]
        pairs = {1, 6}
    numbered = [Entry(e.kind, e.label, e.value, i + 1) for i, e in enumerate(items)]
    if not two_columns:
        return numbered
    out: list[Entry] = []
    skip = False
    for i, e in enumerate(numbered):
        if skip:
            skip = False
            continue
        if i in pairs:
            out.append(Entry(e.kind, e.label, e.value, e.number, numbered[i + 1]))
            skip = True
        else:
            out.append(e)
    return out


def choose_style(rng: random.Random, layout: str, face: str) -> Style:
    return Style(
        layout=layout,
        face=face,
        numbered=layout == "numbered" or (layout == "ruled" and rng.random() < 0.4),
        two_columns=layout != "plain" and rng.random() < 0.6,
        spaced_labels="spaced"
        if layout == "plain"
        else rng.choice(("justified", "justified", "tight")),
        seal_at=rng.choices(("office_end", "office_middle", "date"), weights=(70, 15, 15))[0],
        issue_number=rng.random() < 0.7,
        waves=layout == "plain" and rng.random() < 0.7,
        spaced_office=rng.random() < 0.5,
    )


def draw_certificate(v: CertificateValues, style: Style, rng: random.Random, dpi: int) -> Page:
    page = Page(dpi, style.face)
    if style.waves:
        watermark(page, rng)
    margin = page.px(62)
    y = _header(page, v, style, margin)
    items = entries(v, style.two_columns)
    if style.layout == "ruled":
        y = _ruled(page, v, style, items, margin, y)
    else:
        y = _rows(page, v, style, items, margin, y)
    _bottom(page, v, style, rng, y)
    if style.layout == "numbered":
        inset = page.px(24)
        page.double_border((inset, inset, page.width - inset, page.height - inset))
    return page


def _header(page: Page, v: CertificateValues, style: Style, margin: int) -> int:
    y = page.px(40)
    if style.issue_number:
        page.text(margin, y, f"발급번호 : {v.issue_number}", 8.5)
    y += page.px(44)
    page.centered(page.width / 2, y, "사 업 자 등 록 증", 25, bold=True)
    y += page.px(40)
    subtitle = "법인사업자" if v.kind == "corporate" else SUBTITLES[v.taxpayer_type or "일반"]
    page.centered(page.width / 2, y, f"( {subtitle} )", 13)
    y += page.px(34)
    label = "등 록 번 호" if style.spaced_labels != "tight" else "등록번호"
    page.centered(page.width / 2, y, f"{label} : {v.fields['reg_no']}", 14, bold=True)
    return y + page.px(40)


def _label_text(style: Style, e: Entry) -> str:
    prefix = f"{NUMBERS[e.number - 1]} " if style.numbered and e.number else ""
    spaced = style.spaced_labels == "spaced" and e.kind not in ("unit", "email")
    return prefix + (" ".join(e.label) if spaced else e.label)


def _draw_label(page: Page, style: Style, e: Entry, x: float, y: float, width: float) -> None:
    size = 11.5
    if style.numbered and e.number:
        mark = NUMBERS[e.number - 1]
        page.text(x, y, mark, size)
        shift = page.width_of(mark + " ", size)
        x, width = x + shift, width - shift
    if style.spaced_labels == "justified":
        page.spread(x, y, e.label, width, size)
    elif style.spaced_labels == "spaced":
        page.text(x, y, " ".join(e.label.replace(" ", "")), size)
    else:
        page.text(x, y, e.label, size)


def _ruled(
    page: Page, v: CertificateValues, style: Style, items: list[Entry], margin: int, y: int
) -> int:
    size = 11.5
    x0, x1 = margin, page.width - margin
    label_w = round((x1 - x0) * 0.24)
    pad = page.px(7)
    line = page.px(size * 1.45)
    top = y
    page.line((x0, y), (x1, y))
    for e in items:
        if e.kind in ("unit", "email"):
            value = e.value if e.kind == "unit" else e.value or ""
            text = f"{_label_text(style, e)} : {value}"
            page.text(x0 + pad, y + pad, text, size - 0.5)
            y += line + 2 * pad
        elif e.kind == "trades":
            y = _ruled_trades(page, v, style, e, x0, x1, label_w, y)
        elif e.pair is not None:
            half = (x1 - x0 - 2 * label_w) // 2
            _draw_label(page, style, e, x0 + pad, y + pad, label_w - 2 * pad)
            page.text(x0 + label_w + pad, y + pad, e.value, size)
            xm = x0 + label_w + half
            _draw_label(page, style, e.pair, xm + pad, y + pad, label_w - 2 * pad)
            page.text(xm + label_w + pad, y + pad, e.pair.value, size)
            page.line((xm, y), (xm, y + line + 2 * pad))
            page.line((xm + label_w, y), (xm + label_w, y + line + 2 * pad))
            page.line((x0 + label_w, y), (x0 + label_w, y + line + 2 * pad))
            y += line + 2 * pad
        else:
            _draw_label(page, style, e, x0 + pad, y + pad, label_w - 2 * pad)
            n = page.wrapped(
                x0 + label_w + pad, y + pad, e.value, x1 - x0 - label_w - 2 * pad, size
            )
            height = n * line + 2 * pad
            page.line((x0 + label_w, y), (x0 + label_w, y + height))
            y += height
        page.line((x0, y), (x1, y))
    inset = page.px(3)
    page.double_border((x0 - inset, top - inset, x1 + inset, y + inset))
    return y


def _ruled_trades(
    page: Page,
    v: CertificateValues,
    style: Style,
    e: Entry,
    x0: int,
    x1: int,
    label_w: int,
    y: int,
) -> int:
    size = 11.5
    pad = page.px(6)
    line = page.px(size * 1.45)
    rows = [v.printed_trade, *v.extra_trades]
    height = (len(rows) + 1) * (line + 2 * pad)
    _draw_label(page, style, e, x0 + page.px(7), y + height // 2 - line // 2, label_w - page.px(14))
    xc = x0 + label_w + round((x1 - x0 - label_w) * 0.42)
    page.line((x0 + label_w, y), (x0 + label_w, y + height))
    page.line((xc, y), (xc, y + height))
    cy = y
    for i, (biz_type, biz_item) in enumerate([("업 태", "종 목"), *rows]):
        page.text(x0 + label_w + pad, cy + pad, biz_type, size)
        page.text(xc + pad, cy + pad, biz_item, size)
        cy += line + 2 * pad
        if i < len(rows):
            page.line((x0 + label_w, cy), (x1, cy), 0.4)
    return y + height


def _rows(
    page: Page, v: CertificateValues, style: Style, items: list[Entry], margin: int, y: int
) -> int:
    size = 11.5
    x0 = margin + page.px(8)
    label_w = page.px(112 if style.spaced_labels != "spaced" else 140)
    colon = x0 + label_w + page.px(6)
    xv = colon + page.px(14)
    right = page.width - margin
    step = page.px(size * 2.05)
    for e in items:
        if e.kind in ("unit", "email"):
            page.text(x0, y, f"{_label_text(style, e)} : {e.value}", size - 0.5)
            y += step
            continue
        _draw_label(page, style, e, x0, y, label_w)
        page.text(colon, y, ":", size)
        if e.kind == "trades":
            y = _row_trades(page, v, style, xv, right, y)
            continue
        if e.pair is not None:
            page.text(xv, y, e.value, size)
            xm = round(page.width * 0.54)
            pw = page.px(92)
            _draw_label(page, style, e.pair, xm, y, pw)
            page.text(xm + pw + page.px(6), y, ":", size)
            page.text(xm + pw + page.px(20), y, e.pair.value, size)
            y += step
            continue
        n = page.wrapped(xv, y, e.value, right - xv, size)
        y += step + (n - 1) * page.px(size * 1.45)
    return y


def _row_trades(page: Page, v: CertificateValues, style: Style, xv: int, right: int, y: int) -> int:
    size = 11.5
    rows = [v.printed_trade, *v.extra_trades]
    step = page.px(size * 1.75)
    if style.layout == "plain":  # a small ruled table under the label
        pad = page.px(5)
        xc = xv + round((right - xv) * 0.42)
        top = y - pad
        for i, (biz_type, biz_item) in enumerate([("업태", "종목"), *rows]):
            page.text(xv + pad, y, biz_type, size)
            page.text(xc + pad, y, biz_item, size)
            y += step
            if i < len(rows):
                page.line((xv, y - pad), (right, y - pad), 0.4)
        page.rect((xv, top, right, y - pad), 0.6)
        page.line((xc, top), (xc, y - pad), 0.6)
        return y + page.px(10)
    item_x = xv + round((right - xv) * 0.45)
    for biz_type, biz_item in rows:
        w = page.text(xv, y, "업태", size)
        page.text(xv + w + page.px(10), y, biz_type, size)
        w = page.text(item_x, y, "종목", size)
        page.text(item_x + w + page.px(10), y, biz_item, size)
        y += step
    return y + page.px(6)


def _bottom(page: Page, v: CertificateValues, style: Style, rng: random.Random, y: int) -> None:
    date_y = max(y + page.px(60), round(page.height * 0.70))
    date = korean_date(v.fields["issue_date"])
    page.centered(page.width / 2, date_y, date, 13)
    office = v.fields["tax_office"] + "장"
    text = " ".join(office) if style.spaced_office else office
    office_y = date_y + page.px(48)
    size = 21
    width = page.width_of(text, size, bold=True)
    x = page.width / 2 - width / 2
    page.text(x, office_y, text, size, bold=True)
    centre_y = office_y + page.px(size * 0.6)
    if style.seal_at == "office_end":
        centre = (x + width - page.px(6), centre_y)
    elif style.seal_at == "office_middle":
        centre = (x + width * rng.uniform(0.45, 0.7), centre_y)
    else:
        centre = (page.width / 2 + page.width_of(date, 13) * 0.3, date_y + page.px(8))
    seal(page, rng, v.fields["tax_office"], centre)
    small = 8
    foot = page.height - page.px(58)
    page.text(page.px(62), foot, "국세청 홈택스(www.hometax.go.kr)에서 발급된 문서입니다.", small)
    note = "210mm×297mm[백상지 80g/㎡]"
    page.text(page.width - page.px(62) - page.width_of(note, small), foot, note, small)
