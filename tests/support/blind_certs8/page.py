"""The certificate as drawing operations in millimetres on A4 (origin top left, y the
baseline), in the form's order (domain-facts.md §5): the same operations are written into a
PDF (pdf.py) and every raster capture is that PDF drawn by PDFium, as a viewer draws it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .fonts import Face, metrics
from .values import SUBTITLE, Record

PAGE_W, PAGE_H = 210.0, 297.0
VALUE_X, VALUE_END = 62.0, 188.0


@dataclass(frozen=True)
class Run:
    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    spread: float = 0.0  # > 0: the characters are spread to fill this width (a justified label)
    role: str = "text"  # label, value, title, small: how a producer may group it


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3


@dataclass(frozen=True)
class Seal:
    x: float  # centre
    y: float
    size: float
    text: str
    angle: float


@dataclass
class Page:
    face: Face
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    seal: Seal | None = None

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return metrics(self.face.bold if bold else self.face.regular).width_mm(text, size)


def _date(iso: str, tight: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


def _wrap(page: Page, text: str, size: float, width: float) -> list[str]:
    """Break at spaces so each line fits ``width`` (a word longer than the line stays whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and page.width(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return lines


def build_page(rec: Record, face: Face, rng: random.Random) -> tuple[Page, dict[str, object]]:
    """Lay ``rec`` out; return the page and how it was laid out (for the truth's record)."""
    page = Page(face)
    size = rng.choice((10.5, 11.0, 11.5))
    pitch = size * 0.36 + 5.2
    tight_dates = rng.random() < 0.3
    label_w = 31.0
    colon = rng.choice((":", ":", "："))
    f = rec.fields
    add = page.runs.append
    add(Run(18, 17, f"발급번호 : {rec.also['발급번호']}", 8.5, role="small"))
    title = "사 업 자 등 록 증"
    add(Run((PAGE_W - page.width(title, 22, True)) / 2, 38, title, 22, True, role="title"))
    sub = f"( {SUBTITLE[rec.form]} )"
    add(Run((PAGE_W - page.width(sub, 12)) / 2, 47, sub, 12, role="title"))
    reg = f"등록번호 : {f['reg_no']}"
    add(Run((PAGE_W - page.width(reg, 13.5, True)) / 2, 59, reg, 13.5, True, role="title"))
    page.rules.append(Rule(18, 65, 192, 65, 0.4))
    y = 75.0

    def label(text: str, x: float, yy: float, width: float = label_w) -> None:
        add(Run(x, yy, text, size, spread=width, role="label"))
        add(Run(x + width + 1.2, yy, colon, size, role="label"))

    def value(text: str, x: float, yy: float, end: float = VALUE_END) -> float:
        lines = _wrap(page, text, size, end - x)
        for k, line in enumerate(lines):
            add(Run(x, yy + k * pitch * 0.92, line, size, role="value"))
        return yy + len(lines) * pitch * 0.92 + (pitch - pitch * 0.92)

    def pair(l1: str, v1: str, l2: str, v2: str, yy: float) -> float:
        label(l1, 22, yy)
        add(Run(VALUE_X, yy, v1, size, role="value"))
        label(l2, 110, yy, 24.0)
        add(Run(139, yy, v2, size, role="value"))
        return yy + pitch

    if rec.form == "corporate":
        label("법인명(단체명)", 22, y)
        y = value(f["trade_name"], VALUE_X, y)
        label("대표자", 22, y)
        y = value(f["representative"], VALUE_X, y)
        y = pair("개업연월일", _date(f["open_date"], tight_dates), "법인등록번호",
                 f["corp_reg_no"], y)  # fmt: skip
        label("사업장 소재지", 22, y)
        y = value(f["address"], VALUE_X, y)
        label("본점 소재지", 22, y)
        y = value(f["hq_address"], VALUE_X, y)
    else:
        label("상호", 22, y)
        y = value(f["trade_name"], VALUE_X, y)
        y = pair("성명", f["representative"], "생년월일", _date(f["birth_date"], tight_dates), y)
        label("개업연월일", 22, y)
        y = value(_date(f["open_date"], tight_dates), VALUE_X, y)
        label("사업장 소재지", 22, y)
        y = value(f["address"], VALUE_X, y)
    label("사업의 종류", 22, y)
    for t, i in rec.trades:
        add(Run(VALUE_X, y, "업태", size, role="label"))
        add(Run(124, y, "종목", size, role="label"))
        ya = value(t, VALUE_X + 10, y, 121)
        yb = value(i, 134, y, VALUE_END)
        y = max(ya, yb)
    label("발급사유", 22, y)
    y = value(rec.also["발급사유"], VALUE_X, y)
    if rec.form != "corporate":
        label("공동사업자", 22, y)
        y += pitch
    y += pitch * 0.3
    add(Run(22, y, "사업자 단위 과세 적용사업자 여부 : 여(  )  부( V )", size - 0.5, role="small"))
    y += pitch
    mail = rec.also.get("email", "")
    add(Run(22, y, f"전자세금계산서 전용 전자우편주소 : {mail}".rstrip(), size - 0.5, role="small"))
    y = max(y + pitch * 2.2, 228.0)
    issue = _date(f["issue_date"], tight_dates and rng.random() < 0.5)
    add(Run((PAGE_W - page.width(issue, 12)) / 2, y, issue, 12, role="value"))
    office = f"{f['tax_office']}장"
    boss = office if rng.random() < 0.5 else " ".join(office)
    bw = page.width(boss, 17, True)
    bx = (PAGE_W - bw) / 2 - 6
    add(Run(bx, y + 19, boss, 17, True, role="title"))
    seal_x = bx + bw + rng.uniform(1.0, 9.0)
    page.seal = Seal(seal_x, y + 16, rng.uniform(21, 25), f"{f['tax_office']}장인",
                     rng.uniform(-4, 4))  # fmt: skip
    page.rules.append(Rule(18, 281, 192, 281, 0.2))
    add(Run(18, 286, "본 증명은 국세청 홈택스(www.hometax.go.kr)에서 발급되었습니다.", 7.5,
            role="small"))  # fmt: skip
    return page, {"size_pt": size, "tight_dates": tight_dates, "colon": colon}
