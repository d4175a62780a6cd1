"""The certificate's page in two looks, both in the form's field order (domain-facts.md §5).

`print`: what a merchant prints from 홈택스 — the browser's header and footer lines, a faint
국세청 emblem behind the text, a 2-D code with the 문서확인번호 at the foot.
`counter`: the copy handed over at the tax office — the form's caption line, pale security
waves inside a frame, a bar code under the 발급번호, the paper note at the foot.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from PIL import Image

from . import marks
from .page import PX_PER_MM, WIDTH_MM, Page
from .values import Record

SUBTITLE = {"general": "일반과세자", "simple": "간이과세자", "exempt": "면세사업자",
            "corporate": "법인사업자"}  # fmt: skip
FORM_NO = {"corporate": "[별지 제7호서식(2)]"}
LEFT, RIGHT = 24.0, 187.0
FIELDS_TOP, FIELDS_BOTTOM = 100.0, 224.0


@dataclass(frozen=True)
class Style:
    layout: str  # print | counter
    label: str  # justify | spaced | tight
    colon: str  # ":", "：" or "" (values in a column, no colon)
    date: str  # spaced ("2019 년 03 월 02 일") | tight ("2019년 03월 02일")
    trade: str  # header (업태/종목 headings once) | labelled (every row)
    size: float  # body size in points
    bold_values: bool
    pair_rows: bool  # 성명 | 생년월일 and 개업연월일 | 법인등록번호 share a row
    seal_at: str  # end | middle | date

    @staticmethod
    def draw(rng: random.Random, layout: str) -> Style:
        return Style(
            layout=layout,
            label=rng.choice(("justify", "justify", "spaced", "tight")),
            colon=rng.choice((":", ":", "：", "")),
            date=rng.choice(("spaced", "spaced", "tight")),
            trade=rng.choice(("header", "labelled")),
            size=rng.choice((11.0, 11.5, 12.0, 12.5, 13.0)),
            bold_values=rng.random() < 0.3,
            pair_rows=rng.random() < 0.6,
            seal_at=rng.choices(("end", "middle", "date"), weights=(6, 3, 1))[0],
        )


def date_text(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    if style == "tight":
        return f"{d.year}년 {d.month:02d}월 {d.day:02d}일"
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


class _Fields:
    """Writes label–value rows down the page from FIELDS_TOP with a given line pitch."""

    def __init__(self, page: Page, style: Style, pitch: float) -> None:
        self.page, self.style, self.pitch = page, style, pitch
        self.y = FIELDS_TOP
        self.value_x = LEFT + 42.0

    def label(self, x: float, text: str, span: float = 36.0) -> float:
        """Draw a label at x; return where its value starts."""
        size, page, st = self.style.size, self.page, self.style
        if st.label == "justify" and len(text.replace(" ", "")) <= 6:
            page.spread(x, self.y, text, size, span)
            end = x + span
        elif st.label == "spaced" and len(text.replace(" ", "")) <= 6:
            end = page.text(x, self.y, " ".join(text.replace(" ", "")), size)
        else:
            end = page.text(x, self.y, text, size)
        if st.colon:
            page.text(max(end, x + span) + 1.2, self.y, st.colon, size)
            return max(end, x + span) + 4.5
        return max(end, x + span) + 3.0

    def value(self, x: float, text: str, right: float = RIGHT) -> None:
        lines = self.page.wrap(text, self.style.size, right - x, self.style.bold_values)
        for i, line in enumerate(lines):
            if i:
                self.y += self.pitch * 0.82
            self.page.text(x, self.y, line, self.style.size, bold=self.style.bold_values)

    def row(self, label: str, value: str) -> None:
        start = self.label(LEFT, label)
        self.value(max(start, self.value_x), value)
        self.y += self.pitch

    def _fits(self, x: float, label: str, value: str, right: float, span: float) -> bool:
        size, page = self.style.size, self.page
        label_w = max(span, page.width(" ".join(label), size)) + 4.5
        return x + label_w + page.width(value, size, self.style.bold_values) <= right

    def pair(self, first: tuple[str, str], second: tuple[str, str]) -> None:
        """Two fields on one row when both fit unbroken, else a row each (a date or a number
        is never broken over two lines)."""
        middle = LEFT + 96
        fits = self._fits(LEFT, *first, right=middle - 4, span=36.0) and self._fits(
            middle, *second, right=RIGHT, span=28.0
        )
        if not (self.style.pair_rows and fits):
            self.row(*first)
            self.row(*second)
            return
        start = self.label(LEFT, first[0])
        self.value(max(start, self.value_x), first[1], right=middle - 4)
        start = self.label(middle, second[0], span=28.0)
        self.value(start, second[1])
        self.y += self.pitch

    def trades(self, rows: list[tuple[str, str]]) -> None:
        st, page = self.style, self.page
        start = max(self.label(LEFT, "사업의 종류"), self.value_x)
        type_x, item_x = start, start + (RIGHT - start) * 0.46
        if st.trade == "header":
            page.text(type_x, self.y, "업 태", st.size)
            page.text(item_x, self.y, "종 목", st.size)
            page.line((type_x, self.y + 1.6), (RIGHT, self.y + 1.6), width=0.2)
            self.y += self.pitch * 0.9
        for kind, item in rows:
            tx, ix = type_x, item_x
            if st.trade == "labelled":
                tx = page.text(type_x, self.y, "업태", st.size) + 2.5
                ix = page.text(item_x, self.y, "종목", st.size) + 2.5
            top = self.y
            self.value(tx, kind, right=item_x - 3)
            bottom = self.y
            self.y = top
            self.value(ix, item)
            self.y = max(self.y, bottom) + self.pitch * 0.9
        self.y += self.pitch * 0.1


def _background(page: Page, style: Style, rng: random.Random) -> None:
    if style.layout == "counter":  # security-paper waves inside the frame
        tint = rng.choice(((214, 232, 218), (218, 226, 240), (236, 226, 214)))
        phase = rng.random() * math.tau
        for k in range(46):
            y0 = 32 + k * 5.6
            pts = tuple(
                (x, y0 + 2.2 * math.sin(x / 7.5 + phase + k * 0.35)) for x in range(16, 196, 2)
            )
            page.line(*((float(x), y) for x, y in pts), width=0.18, color=tint)
        return
    grey = (232, 232, 232)  # the 국세청 emblem, faint, in the middle of the page
    cx, cy = WIDTH_MM / 2, 160.0
    ring = tuple((cx + 38 * math.cos(a / 30), cy + 38 * math.sin(a / 30)) for a in range(190))
    page.line(*ring, width=1.6, color=grey)
    page.text(cx, cy + 6, "국 세 청", 40, bold=True, anchor="m", color=grey)
    page.text(cx, cy + 20, "NATIONAL TAX SERVICE", 12, anchor="m", color=grey)


def _head(page: Page, record: Record, style: Style, rng: random.Random) -> None:
    issued = record.issue
    if style.layout == "print":
        hour = rng.randint(9, 17)
        stamp = f"{issued.year}. {issued.month}. {issued.day}. {'오전' if hour < 12 else '오후'} "
        stamp += f"{hour if hour <= 12 else hour - 12}:{rng.randint(0, 59):02d}"
        page.text(8, 8, stamp, 7.5)
        page.text(WIDTH_MM / 2, 8, "국세청 홈택스 - 사업자등록증 발급", 7.5, anchor="m")
        page.text(8, 291, "https://hometax.go.kr/websquare/websquare.html?w2xPath=/ui/pp/a/"
                  "UTERNAAZ34.xml", 7.5)  # fmt: skip
        page.text(202, 291, "1/1", 7.5, anchor="r")
        page.text(LEFT, 26, f"발급번호 : {record.printed['issue_no']}", 9)
    else:
        form_no = FORM_NO.get(record.form, "[별지 제7호서식(1)]")
        page.text(16, 16, f"■ 부가가치세법 시행규칙 {form_no} <개정 2021. 3. 16.>", 7.5)
        page.rect(16, 20, WIDTH_MM - 32, 262, width=0.5)
        page.text(LEFT, 28, f"발급번호 : {record.printed['issue_no']}", 9)
        code = marks.bar_code(rng)
        page.picture(LEFT, 30, 40, 7, code, over=False)
    title_size = rng.choice((26.0, 28.0, 30.0))
    page.text(WIDTH_MM / 2, 52, "사 업 자 등 록 증", title_size, bold=True, anchor="m")
    sub = SUBTITLE[record.form]
    sub_text = f"( {sub} )" if rng.random() < 0.6 else f"({sub})"
    page.text(WIDTH_MM / 2, 64, sub_text, 13, anchor="m")
    page.text(WIDTH_MM / 2, 80, f"등록번호 : {record.reg_no}", 14.5, bold=True, anchor="m")


def _fields(page: Page, record: Record, style: Style, pitch: float) -> float:
    f, p = record.fields, record.printed
    rows = _Fields(page, style, pitch)
    d = style.date
    if record.kind == "corporate":
        rows.row("법인명(단체명)", f["trade_name"])
        rows.row("대 표 자", f["representative"])
        rows.pair(("개업연월일", date_text(f["open_date"], d)), ("법인등록번호", f["corp_reg_no"]))
        rows.row("사업장 소재지", f["address"])
        rows.row("본점 소재지", f["hq_address"])
    else:
        rows.row("상 호", f["trade_name"])
        rows.pair(("성 명", f["representative"]), ("생년월일", date_text(f["birth_date"], d)))
        rows.row("개업연월일", date_text(f["open_date"], d))
        rows.row("사업장 소재지", f["address"])
    rows.trades(record.trades)
    rows.row("발급 사유", p["reason"])
    if record.kind != "corporate":
        rows.row("공동사업자", p.get("partners", ""))
    rows.row("사업자 단위 과세 적용사업자 여부", "여( )  부( V )")
    rows.row("전자세금계산서 전용 전자우편주소", p.get("email", ""))
    return rows.y


def _foot(page: Page, record: Record, style: Style, rng: random.Random) -> None:
    office = record.fields["tax_office"]
    date_y, office_y = 238.0, 256.0
    page.text(WIDTH_MM / 2, date_y, date_text(record.fields["issue_date"], style.date), 13,
              anchor="m")  # fmt: skip
    spaced = " ".join(f"{office}장")
    end = page.text(WIDTH_MM / 2, office_y, spaced, 19, bold=True, anchor="m")
    seal_mm = rng.uniform(21, 26)
    if style.seal_at == "end":
        sx, sy = end - seal_mm * 0.55, office_y - seal_mm * 0.7
    elif style.seal_at == "middle":
        sx, sy = WIDTH_MM / 2 - seal_mm / 2, office_y - seal_mm * 0.65
    else:
        sx, sy = WIDTH_MM / 2 + 8, date_y - seal_mm * 0.6
    sx += rng.uniform(-2, 2)
    stamp = marks.seal(office, page.face, round(seal_mm * PX_PER_MM), rng)
    stamp = stamp.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=False)
    page.picture(sx, sy, seal_mm, seal_mm, stamp, over=True)
    if style.layout == "print":
        code = marks.matrix_code(rng)
        page.picture(LEFT, 266, 17, 17, code, over=False)
        page.text(LEFT + 21, 272, f"문서확인번호 : {record.printed['doc_no']}", 8.5)
        page.text(LEFT + 21, 278, "국세청 홈택스(www.hometax.go.kr)의 [민원증명 원본확인]에서 "
                  "문서확인번호로 진위를 확인할 수 있습니다.", 7.5)  # fmt: skip
    else:
        page.text(WIDTH_MM - 18, 279, "210mm×297mm[백상지 80g/㎡]", 7.5, anchor="r")


def compose(record: Record, style: Style, face: str, rng: random.Random) -> Page:
    """The whole page. The rows are laid out once at the usual pitch; a page with many trade
    rows or long wrapped addresses is laid out again, closer, so it keeps to the form."""
    state = rng.getstate()
    pitch = style.size * 0.3528 * 2.5
    for _ in range(4):
        rng.setstate(state)
        page = Page(face)
        _background(page, style, rng)
        _head(page, record, style, rng)
        bottom = _fields(page, record, style, pitch)
        if bottom <= FIELDS_BOTTOM:
            break
        pitch *= (FIELDS_BOTTOM - FIELDS_TOP) / (bottom - FIELDS_TOP) * 0.98
    _foot(page, record, style, rng)
    return page
