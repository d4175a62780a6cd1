"""Drawing a 사업자등록증 page at 300 dpi (A4, 2480 x 3508 px) in one of three layouts.

Field order and typography follow /work/shared/domain-facts.md §5: title, (subtitle),
등록번호, the numbered fields in the form's order, the issue date and ○○세무서장 with its seal.
The three layouts differ from each other where real prints do:

- `hometax`: free text as 홈택스 prints it, labels justified to one width with a colon,
  성명 | 생년월일 (개업연월일 | 법인등록번호) sharing a row, 업태/종목 words once on the first
  row and later rows aligned under them, a faint emblem behind the text, a 2-D code and footer.
- `shaded`: a single-ruled table whose label cells are shaded grey, a 업태/종목 sub-table with a
  shaded heading row; date and office below the table.
- `compact`: a smaller face, tight labels with colons, a 1-D barcode with the 발급번호 at the top,
  an unruled 업태/종목 heading with an underline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from tests.support.blind_certs3.fonts import GUNGSEO, SEAL_FACE, Face, font
from tests.support.blind_certs3.values import CertValues

WIDTH, HEIGHT = 2480, 3508
LAYOUTS = ("hometax", "shaded", "compact")
Box = tuple[int, int, int, int]


def korean_date(d: object, tight: bool) -> str:
    from datetime import date

    assert isinstance(d, date)
    if tight:
        return f"{d.year}년 {d.month:02d}월 {d.day:02d}일"
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


@dataclass
class Page:
    face: Face
    rng: random.Random
    ink: tuple[int, int, int] = (28, 28, 30)
    image: Image.Image = field(init=False)
    draw: ImageDraw.ImageDraw = field(init=False)
    box: list[int] = field(default_factory=lambda: [WIDTH, HEIGHT, 0, 0])
    seal_box: Box = (0, 0, 0, 0)
    printed: list[str] = field(default_factory=list)  # every string drawn, in order

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    def font(
        self, size: int, bold: bool = False, face: Face | None = None
    ) -> ImageFont.FreeTypeFont:
        f = face or self.face
        return font(f.bold if bold else f.regular, size, f.index)

    def _grow(self, box: tuple[float, float, float, float]) -> None:
        self.box[0] = min(self.box[0], int(box[0]))
        self.box[1] = min(self.box[1], int(box[1]))
        self.box[2] = max(self.box[2], int(box[2]) + 1)
        self.box[3] = max(self.box[3], int(box[3]) + 1)

    def width(self, text: str, size: int, bold: bool = False, tracking: float = 0) -> float:
        f = self.font(size, bold)
        return sum(f.getlength(c) + tracking for c in text) - (tracking if text else 0)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: int,
        bold: bool = False,
        tracking: float = 0,
        face: Face | None = None,
        fill: tuple[int, int, int] | None = None,
    ) -> float:
        """Draw `text` with its top-left at (x, y); return the x after it."""
        if not text:
            return x
        f = self.font(size, bold, face)
        colour = fill or self.ink
        self.printed.append(text)
        if tracking == 0:
            self.draw.text((x, y), text, font=f, fill=colour)
            self._grow(self.draw.textbbox((x, y), text, font=f))
            return x + f.getlength(text)
        for ch in text:
            if ch != " ":
                self.draw.text((x, y), ch, font=f, fill=colour)
                self._grow(self.draw.textbbox((x, y), ch, font=f))
            x += f.getlength(ch) + tracking
        return x - tracking

    def centred(self, y: float, text: str, size: int, bold: bool = False, tracking: float = 0,
                face: Face | None = None) -> float:  # fmt: skip
        f = self.font(size, bold, face)
        w = sum(f.getlength(c) + tracking for c in text) - tracking
        return self.text((WIDTH - w) / 2, y, text, size, bold, tracking, face)

    def justified(self, x: float, y: float, label: str, width: float, size: int) -> None:
        """Spread a label's characters over `width`, as the form prints "상      호"."""
        chars = [c for c in label if c != " "]
        f = self.font(size)
        if len(chars) == 1:
            self.text(x, y, chars[0], size)
            return
        total = sum(f.getlength(c) for c in chars)
        gap = max(0.0, (width - total) / (len(chars) - 1))
        self.printed.append(label)
        for c in chars:
            self.draw.text((x, y), c, font=f, fill=self.ink)
            self._grow(self.draw.textbbox((x, y), c, font=f))
            x += f.getlength(c) + gap

    def wrap(self, text: str, size: int, max_width: float) -> list[str]:
        """Break `text` at spaces into lines of at most `max_width`. A word longer than the
        width is not broken (it runs on)."""
        f = self.font(size)
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            trial = f"{current} {word}" if current else word
            if current and f.getlength(trial) > max_width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
        return lines

    def wrapped(self, x: float, y: float, text: str, size: int, max_width: float,
                line_gap: float) -> float:  # fmt: skip
        """Draw `text` from (x, y) on as many lines as it needs; return the y below it."""
        for line in self.wrap(text, size, max_width):
            self.text(x, y, line, size)
            y += line_gap
        return y

    def fitted_size(self, text: str, size: int, max_width: float, floor: float = 0.78) -> int:
        """The largest size down to `floor` of `size` at which `text` fits, as print drivers
        shrink an overflowing cell; wrapping takes over below it."""
        s = size
        while s > size * floor and self.width(text, s) > max_width:
            s -= 1
        return s

    def rect(self, box: Box, width: int = 3, fill: tuple[int, int, int] | None = None) -> None:
        self.draw.rectangle(box, outline=self.ink, width=width, fill=fill)
        self._grow(box)

    def line(self, xy: Box, width: int = 3) -> None:
        self.draw.line(xy, fill=self.ink, width=width)
        self._grow(xy)


def _labels(v: CertValues, spaced: bool) -> dict[str, str]:
    corp = v.kind == "corporate"
    spaced_labels = {
        "name": "법 인 명 (단 체 명)" if corp else "상 호",
        "rep": "대 표 자" if corp else "성 명",
        "birth": "생 년 월 일",
        "open": "개 업 연 월 일",
        "corp": "법 인 등 록 번 호",
        "addr": "사 업 장 소 재 지",
        "hq": "본 점 소 재 지",
        "kind": "사 업 의 종 류",
        "reason": "발 급 사 유",
        "joint": "공 동 사 업 자",
    }
    if spaced:
        return spaced_labels
    return {k: v.replace(" ", "") for k, v in spaced_labels.items()}


def _title(page: Page, v: CertValues, y: int, size: int) -> int:
    page.centred(y, "사업자등록증", size, bold=True, tracking=size * 0.55)
    y += int(size * 1.45)
    sub = f"( {v.taxpayer_type} )" if page.rng.random() < 0.5 else f"({v.taxpayer_type})"
    page.centred(y, sub, int(size * 0.5))
    return y + int(size * 0.95)


def _office_line(page: Page, v: CertValues, y: int, size: int, seal_mode: str) -> None:
    face = GUNGSEO if page.rng.random() < 0.25 else None
    title = f"{v.tax_office}장"
    end = page.centred(y, title, size, bold=face is None, tracking=size * 0.35, face=face)
    side = int(size * page.rng.uniform(2.3, 2.8))
    if seal_mode == "end":
        cx, cy = end - size * 0.3, y + size * 0.55
    elif seal_mode == "after":
        cx, cy = end + side * 0.62, y + size * 0.5
    else:  # "middle": over the office name itself
        cx, cy = WIDTH / 2 + page.rng.uniform(-size, size), y + size * 0.5
    page.seal_box = (int(cx - side / 2), int(cy - side / 2), int(cx + side / 2), int(cy + side / 2))
    page.printed.append(f"{v.tax_office}장인")


def _trade_rows(v: CertValues) -> list[tuple[str, str]]:
    return list(v.trades)


def _hometax(page: Page, v: CertValues) -> None:
    rng = page.rng
    corp = v.kind == "corporate"
    size = rng.randint(44, 50)
    gap = int(size * rng.uniform(1.9, 2.3))
    left = rng.randint(230, 290)
    right = WIDTH - left
    if v.issue_no:
        page.text(left - 40, 170, f"발급번호 : {v.issue_no}", int(size * 0.72))
    y = _title(page, v, 330, rng.randint(92, 108))
    tight_reg = rng.random() < 0.5
    reg_label = "등록번호 : " if tight_reg else "등 록 번 호 : "
    page.centred(y + 30, reg_label + v.reg_no, int(size * 1.15),
                 bold=rng.random() < 0.6)  # fmt: skip
    y += int(size * 3.4)
    labels = _labels(v, spaced=True)
    label_w = size * (9.2 if corp else 7.6)
    colon_x = left + label_w + size * 0.4
    value_x = colon_x + size * 1.0
    half = left + (right - left) * 0.56

    def row(key: str, value: str, x0: float = left, width: float = label_w) -> None:
        page.justified(x0, y, labels[key], width, size)
        page.text(x0 + width + size * 0.4, y, ":", size)

    def pair(k1: str, v1: str, k2: str, v2: str) -> None:
        row(k1, v1)
        page.text(value_x, y, v1, size)
        second_w = size * (7.6 if k2 != "corp" else 8.6)
        row(k2, v2, half, second_w)
        page.text(half + second_w + size * 1.4, y, v2, size)

    row("name", v.trade_name)
    y = int(page.wrapped(value_x, y, v.trade_name, size, right - value_x, gap * 0.62)) + int(
        gap * 0.38
    )
    if corp:
        row("rep", v.representative)
        page.text(value_x, y, v.representative, size)
        y += gap
        pair("open", korean_date(v.open_date, False), "corp", v.corp_reg_no)
        y += gap
    else:
        assert v.birth_date is not None
        pair("rep", v.representative, "birth", korean_date(v.birth_date, False))
        y += gap
        row("open", "")
        page.text(value_x, y, korean_date(v.open_date, False), size)
        y += gap
    row("addr", v.address)
    y = int(page.wrapped(value_x, y, v.address, size, right - value_x, gap * 0.62)) + int(
        gap * 0.38
    )
    if corp:
        row("hq", v.hq_address)
        y = int(page.wrapped(value_x, y, v.hq_address, size, right - value_x, gap * 0.62))
        y += int(gap * 0.38)
    row("kind", "")
    type_x = value_x + page.width("업태", size) + size * 0.8
    item_label_x = value_x + (right - value_x) * 0.45
    item_x = item_label_x + page.width("종목", size) + size * 0.8
    page.text(value_x, y, "업태", size)
    page.text(item_label_x, y, "종목", size)
    for t, item in _trade_rows(v):
        ts = page.fitted_size(t, size, item_label_x - type_x - size * 0.5)
        is_ = page.fitted_size(item, size, right - item_x)
        y1 = page.wrapped(type_x, y, t, ts, item_label_x - type_x - size * 0.5, gap * 0.6)
        y2 = page.wrapped(item_x, y, item, is_, right - item_x, gap * 0.6)
        y = int(max(y1, y2)) + int(gap * 0.25)
    y += int(gap * 0.4)
    row("reason", "")
    page.text(value_x, y, v.issue_reason, size)
    y += gap
    if not corp:
        row("joint", "")
        page.text(value_x, y, v.joint_owner, size)
        y += gap
    small = int(size * 0.9)
    page.text(left, y, "사업자 단위 과세 적용사업자 여부 :  여(   )  부( V )", small)
    y += int(gap * 0.85)
    page.text(left, y, f"전자세금계산서 전용 전자우편주소 :  {v.email}", small)
    y = max(y + gap * 2, rng.randint(2450, 2750))
    page.centred(y, korean_date(v.issue_date, rng.random() < 0.3), int(size * 1.1))
    _office_line(
        page, v, y + int(size * 2.6), int(size * 1.75), rng.choice(("end", "end", "after"))
    )
    footer_y = HEIGHT - 230
    note = "※ 이 증명서는 홈택스에서 발급되었으며 발급번호로 진위를 확인할 수 있습니다."
    page.text(left - 40, footer_y, note,
              int(size * 0.62))  # fmt: skip
    page.text(right - page.width("210mm×297mm[백상지 80g/㎡]", int(size * 0.6)) + 40, footer_y + 60,
              "210mm×297mm[백상지 80g/㎡]", int(size * 0.6))  # fmt: skip


def _shaded(page: Page, v: CertValues) -> None:
    rng = page.rng
    corp = v.kind == "corporate"
    size = rng.randint(42, 48)
    left, right = rng.randint(200, 250), WIDTH - rng.randint(200, 250)
    shade = (rng.randint(212, 232),) * 3
    y = _title(page, v, 300, rng.randint(96, 112))
    page.text(left, y + 20, f"등록번호 : {v.reg_no}", int(size * 1.1), bold=True)
    if v.issue_no:
        no = f"발급번호 {v.issue_no}"
        page.text(right - page.width(no, int(size * 0.7)), y + 40, no, int(size * 0.7))
    y += int(size * 2.6)
    labels = _labels(v, spaced=rng.random() < 0.6)
    label_w = int(size * 7.2)
    row_h = int(size * 2.05)
    table_top = y

    def cell_label(x0: int, y0: int, x1: int, y1: int, text: str) -> None:
        page.rect((x0, y0, x1, y1), width=3, fill=shade)
        tw = page.width(text, size)
        page.text(x0 + (x1 - x0 - tw) / 2, y0 + (y1 - y0 - size) / 2 - size * 0.1, text, size)

    def cell_value(x0: int, y0: int, x1: int, y1: int, text: str) -> int:
        """Draw a value cell whose height grows with wrapped lines; return its bottom."""
        s = page.fitted_size(text, size, x1 - x0 - size)
        lines = len(page.wrap(text, s, x1 - x0 - size))
        bottom = max(y1, y0 + int(lines * size * 1.35 + size * 0.7))
        page.rect((x0, y0, x1, bottom), width=3)
        top = y0 + (bottom - y0 - lines * s * 1.35) / 2
        page.wrapped(x0 + size * 0.5, top, text, s, x1 - x0 - size, s * 1.35)
        return bottom

    def full_row(key: str, value: str) -> None:
        nonlocal y
        bottom = cell_value(left + label_w, y, right, y + row_h, value)
        cell_label(left, y, left + label_w, bottom, labels[key])
        y = bottom

    def pair_row(k1: str, v1: str, k2: str, v2: str) -> None:
        nonlocal y
        mid = left + (right - left) // 2
        cell_label(left, y, left + label_w, y + row_h, labels[k1])
        cell_value(left + label_w, y, mid, y + row_h, v1)
        cell_label(mid, y, mid + label_w, y + row_h, labels[k2])
        cell_value(mid + label_w, y, right, y + row_h, v2)
        y += row_h

    full_row("name", v.trade_name)
    if corp:
        full_row("rep", v.representative)
        pair_row("open", korean_date(v.open_date, True), "corp", v.corp_reg_no)
    else:
        assert v.birth_date is not None
        pair_row("rep", v.representative, "birth", korean_date(v.birth_date, True))
        full_row("open", korean_date(v.open_date, False))
    full_row("addr", v.address)
    if corp:
        full_row("hq", v.hq_address)
    # 사업의 종류: a label cell spanning a heading row and one row per trade.
    kind_top = y
    split = left + label_w + int((right - left - label_w) * 0.44)
    page.rect((left + label_w, y, split, y + int(row_h * 0.8)), fill=shade)
    page.rect((split, y, right, y + int(row_h * 0.8)), fill=shade)
    for text, x0, x1 in (("업 태", left + label_w, split), ("종 목", split, right)):
        page.text(
            x0 + (x1 - x0 - page.width(text, size)) / 2, y + row_h * 0.4 - size * 0.6, text, size
        )
    y += int(row_h * 0.8)
    for t, item in _trade_rows(v):
        b1 = cell_value(left + label_w, y, split, y + row_h, t)
        b2 = cell_value(split, y, right, y + row_h, item)
        if b1 != b2:  # redraw the shorter cell to the taller height
            page.rect((left + label_w, y, split, max(b1, b2)), width=3)
            page.rect((split, y, right, max(b1, b2)), width=3)
        y = max(b1, b2)
    cell_label(left, kind_top, left + label_w, y, labels["kind"])
    full_row("reason", v.issue_reason)
    if not corp:
        full_row("joint", v.joint_owner)
    small = int(size * 0.88)
    page.rect((left, y, right, y + row_h), width=3)
    page.text(
        left + size * 0.5,
        y + (row_h - small) / 2,
        "사업자 단위 과세 적용사업자 여부   여(   )   부( V )",
        small,
    )
    y += row_h
    page.rect((left, y, right, y + row_h), width=3)
    page.text(
        left + size * 0.5,
        y + (row_h - small) / 2,
        f"전자세금계산서 전용 전자우편주소   {v.email}",
        small,
    )
    y += row_h
    page.rect((left - 18, table_top - 18, right + 18, y + 18), width=5)  # the outer rule
    y = max(y + int(size * rng.uniform(4, 12)), 2300)
    page.centred(y, korean_date(v.issue_date, False), int(size * 1.15))
    _office_line(
        page, v, y + int(size * 2.5), int(size * 1.8), rng.choice(("end", "middle", "after"))
    )
    page.text(
        left,
        HEIGHT - 200,
        "사업자등록증은 다른 사람에게 빌려주거나 양도할 수 없습니다.",
        int(size * 0.6),
    )


def _barcode(page: Page, x: int, y: int, width: int, height: int) -> None:
    rng = page.rng
    cx = x
    while cx < x + width:
        bar = rng.choice((3, 3, 6, 9))
        page.draw.rectangle((cx, y, cx + bar - 1, y + height), fill=page.ink)
        cx += bar + rng.choice((3, 3, 6, 9))
    page._grow((x, y, cx, y + height))


def _code2d(page: Page, x: int, y: int, modules: int, cell: int) -> None:
    rng = page.rng
    for i in range(modules):
        for j in range(modules):
            finder = (
                (i < 7 and j < 7) or (i < 7 and j >= modules - 7) or (i >= modules - 7 and j < 7)
            )
            if finder:
                ri, rj = i % (modules - 7) if i >= 7 else i, j % (modules - 7) if j >= 7 else j
                on = ri in (0, 6) or rj in (0, 6) or (2 <= ri <= 4 and 2 <= rj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                page.draw.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1,
                                     y + (i + 1) * cell - 1), fill=page.ink)  # fmt: skip
    page._grow((x, y, x + modules * cell, y + modules * cell))


def _compact(page: Page, v: CertValues) -> None:
    rng = page.rng
    corp = v.kind == "corporate"
    size = rng.randint(38, 42)
    gap = int(size * rng.uniform(1.75, 2.05))
    left = rng.randint(250, 320)
    right = WIDTH - left
    _barcode(page, right - 620, 190, 600, 90)
    if v.issue_no:
        page.text(right - 620, 300, f"발급번호: {v.issue_no}", int(size * 0.75))
    y = _title(page, v, 420, rng.randint(84, 96))
    page.text(left, y + 20, f"등록번호: {v.reg_no}", int(size * 1.2), bold=True)
    y += int(size * 3.2)
    labels = _labels(v, spaced=False)
    colon = "：" if rng.random() < 0.4 else ":"

    def row(key: str, value: str) -> None:
        nonlocal y
        x = page.text(left, y, f"{labels[key]} {colon} ", size)
        y = int(page.wrapped(x, y, value, size, right - x, gap * 0.62) + gap * 0.38)

    row("name", v.trade_name)
    row("rep", v.representative)
    if corp:
        row("open", korean_date(v.open_date, True))
        row("corp", v.corp_reg_no)
    else:
        assert v.birth_date is not None
        row("birth", korean_date(v.birth_date, True))
        row("open", korean_date(v.open_date, True))
    row("addr", v.address)
    if corp:
        row("hq", v.hq_address)
    page.text(left, y, f"{labels['kind']} {colon}", size)
    y += gap
    type_x = left + size * 1.5
    item_x = left + (right - left) * 0.46
    page.text(type_x, y, "업태", size, tracking=size * 0.8)
    page.text(item_x, y, "종목", size, tracking=size * 0.8)
    page.line((int(type_x), int(y + size * 1.3), int(right), int(y + size * 1.3)), width=2)
    y += int(gap * 0.9)
    for t, item in _trade_rows(v):
        ts = page.fitted_size(t, size, item_x - type_x - size)
        is_ = page.fitted_size(item, size, right - item_x)
        y1 = page.wrapped(type_x, y, t, ts, item_x - type_x - size, gap * 0.58)
        y2 = page.wrapped(item_x, y, item, is_, right - item_x, gap * 0.58)
        y = int(max(y1, y2)) + int(gap * 0.25)
    y += int(gap * 0.3)
    row("reason", v.issue_reason)
    if not corp:
        row("joint", v.joint_owner or " ")
    page.text(left, y, f"사업자 단위 과세 적용사업자 여부 {colon} 여( ) 부(V)", size)
    y += gap
    page.text(left, y, f"전자세금계산서 전용 전자우편주소 {colon} {v.email}", size)
    y = max(y + gap * 2, rng.randint(2400, 2700))
    page.centred(y, korean_date(v.issue_date, rng.random() < 0.5), int(size * 1.15))
    _office_line(
        page, v, y + int(size * 2.8), int(size * 1.9), rng.choice(("end", "after", "middle"))
    )


def _emblem(page: Page) -> None:
    """A faint round emblem behind the text, as the security print of an issued page."""
    cx, cy, r = WIDTH // 2, HEIGHT // 2 - 100, page.rng.randint(520, 680)
    tone = (236, 238, 242)
    for k in range(6):
        page.draw.ellipse((cx - r + k * 40, cy - r + k * 40, cx + r - k * 40, cy + r - k * 40),
                          outline=tone, width=6)  # fmt: skip
    f = page.font(220, bold=True)
    w = f.getlength("국세청")
    page.draw.text((cx - w / 2, cy - 130), "국세청", font=f, fill=tone)


def draw_page(v: CertValues, layout: str, face: Face, rng: random.Random) -> Page:
    page = Page(face=face, rng=rng, ink=(rng.randint(10, 40),) * 3)
    if layout == "hometax":
        if rng.random() < 0.7:
            _emblem(page)
        _hometax(page, v)
        if rng.random() < 0.6:
            _code2d(page, 230, HEIGHT - 560, 25, 11)
    elif layout == "shaded":
        _shaded(page, v)
    elif layout == "compact":
        _compact(page, v)
    else:
        raise ValueError(layout)
    return page


def seal_image(page: Page, v: CertValues) -> Image.Image:
    """The red square seal "<office>장인" as an RGBA tile: border and carved-looking columns
    of characters read top-down, right column first."""
    side = page.seal_box[2] - page.seal_box[0]
    rng = page.rng
    tile = Image.new("L", (side, side), 0)
    d = ImageDraw.Draw(tile)
    border = max(6, side // 22)
    d.rectangle((border, border, side - border, side - border), outline=255, width=border)
    text = f"{v.tax_office}장인"
    cols = 2 if len(text) <= 6 else 3
    per_col = -(-len(text) // cols)
    inner = side - 4 * border
    size = int(min(inner / per_col, inner / cols) * 0.92)
    f = font(SEAL_FACE.bold, size)
    col_w = inner / cols
    for i, ch in enumerate(text):
        col, pos = divmod(i, per_col)
        cx = side - 2 * border - col_w * (col + 0.5)
        cy = 2 * border + (inner / per_col) * (pos + 0.5)
        d.text((cx, cy), ch, font=f, fill=255, anchor="mm")
    # Uneven ink: the seal is stamped, not printed.
    import numpy as np

    arr = np.asarray(tile, dtype=np.float32) / 255.0
    nprng = np.random.default_rng(rng.randint(0, 2**31))
    blotch = nprng.uniform(0.55, 1.0, size=(side // 12 + 1, side // 12 + 1)).astype(np.float32)
    blotch_img = Image.fromarray((blotch * 255).astype(np.uint8)).resize(
        (side, side), Image.Resampling.BILINEAR
    )
    alpha = arr * (np.asarray(blotch_img, dtype=np.float32) / 255.0) * rng.uniform(0.75, 0.95)
    rgba = np.zeros((side, side, 4), dtype=np.uint8)
    rgba[..., 0] = rng.randint(200, 228)
    rgba[..., 1] = rng.randint(25, 60)
    rgba[..., 2] = rng.randint(35, 70)
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA").rotate(
        rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC
    )


def stamp_seal(page: Page, v: CertValues) -> Image.Image:
    """The page with its seal multiplied over the ink (a stamp darkens, it does not cover)."""
    import numpy as np

    seal = seal_image(page, v)
    x0, y0 = page.seal_box[0], page.seal_box[1]
    base = np.asarray(page.image, dtype=np.float32) / 255.0
    s = np.asarray(seal, dtype=np.float32) / 255.0
    h, w = s.shape[:2]
    region = base[y0 : y0 + h, x0 : x0 + w]
    a = s[..., 3:4]
    region[:] = region * (1 - a + a * s[..., :3])
    return Image.fromarray((base * 255 + 0.5).clip(0, 255).astype(np.uint8), "RGB")
