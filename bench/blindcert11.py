"""Certificate set 11: a blind set of 사업자등록증 files from a renderer of its own (issue 17).

    .venv/bin/python bench/blindcert11.py generate --out DIR [--count 60] [--seed 2035]

Writes `blind_NNNN.<ext>` (JPEG, PNG or TIFF: formats `onboard ocr` accepts) and
`blind_NNNN.json` (the truth `bench/blindcert.py score` reads) per certificate, and
`manifest.json` with every file's SHA-256 and `set_sha256`. Score it with
`bench/blindcert.py score --dir DIR`. The set is frozen: see bench/blindcert11.md.

Everything here is written fresh from domain-facts.md §4–5: the values, the two page layouts
(`dotted`, `circled`), the six faces used in ways no earlier set used them (명조 faces at 9 pt,
gothic faces condensed), and nine kinds of capture no earlier set made (motion blur, a hand's
hard shadow, coffee or water stains, a toner-starved print, a dithered 1-bit scan, show-through
of the back side, colour-laser misregistration, 16-bit PNG scans, a sticky note).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS  # noqa: E402

Arr = npt.NDArray[Any]

DPI = 300  # every page is drawn at 300 dpi, then each capture resamples it
MM = DPI / 25.4  # pixels per millimetre
PAGE_W, PAGE_H = 210.0, 297.0  # A4 in mm
MAX_BYTES = 10 * 1024 * 1024  # `onboard ocr`'s upload limit: a file this big is refused
INK = (24, 24, 26)
SEAL_RED = (206, 38, 44)

# --------------------------------------------------------------------------- faces

NANUM = "/usr/share/fonts/truetype/nanum/"
UN = "/usr/share/fonts/truetype/unfonts-core/"
NOTO = "/usr/share/fonts/opentype/noto/"


@dataclass(frozen=True)
class Face:
    """A face as this set prints it: small 명조 at 9 pt, or a gothic squeezed sideways.

    Condensing is done to the rendered run (as a printer driver's "condensed" setting does),
    so every glyph keeps its height and loses width.
    """

    regular: str
    bold: str
    index: int  # face index inside a .ttc collection
    body_pt: float
    condense: float  # horizontal scale of every run, 1.0 = as designed


FACES: dict[str, Face] = {
    "NanumMyeongjo 9pt": Face(NANUM + "NanumMyeongjo.ttf", NANUM + "NanumMyeongjoBold.ttf", 0,
                              9.0, 1.0),
    "UnBatang 9pt": Face(UN + "UnBatang.ttf", UN + "UnBatangBold.ttf", 0, 9.0, 1.0),
    "Noto Serif CJK KR 9pt": Face(NOTO + "NotoSerifCJK-Regular.ttc", NOTO + "NotoSerifCJK-Bold.ttc",
                                  1, 9.0, 1.0),
    "UnDotum condensed 84%": Face(UN + "UnDotum.ttf", UN + "UnDotumBold.ttf", 0, 10.5, 0.84),
    "NanumBarunGothic condensed 80%": Face(NANUM + "NanumBarunGothic.ttf",
                                           NANUM + "NanumBarunGothicBold.ttf", 0, 10.5, 0.80),
    "NanumSquare condensed 86%": Face(NANUM + "NanumSquareR.ttf", NANUM + "NanumSquareB.ttf", 0,
                                      10.0, 0.86),
}  # fmt: skip
HAND = UN + "UnPilgi.ttf"  # only for the sticky note's handwriting, never a field


@lru_cache(maxsize=64)
def _font(path: str, index: int, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px, index=index)


# --------------------------------------------------------------------------- numbers


def reg_no_check(d9: str) -> int:
    """The 사업자등록번호 check digit (domain-facts §4a), the final `% 10` included."""
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    d = [int(c) for c in d9]
    s = sum(a * b for a, b in zip(d, w, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def reg_no_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 10 and digits.isdigit() and reg_no_check(digits[:9]) == int(digits[9])


def corp_no_check(d12: str) -> int:
    """The 법인등록번호 check digit (domain-facts §4b): weights 1,2,1,2… then 10 − s % 10."""
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


def corp_no_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 13 and digits.isdigit() and corp_no_check(digits[:12]) == int(digits[12])


# --------------------------------------------------------------------------- values

# (시/도 before a rename, after it, rename day or None, 시/군/구, 세무서, registry code, roads)
# Roads are paired with a 법정동 they run through, the "(동)" printed after the number.
Region = tuple[str, str, date | None, str, str, str, tuple[tuple[str, str], ...]]
REGIONS: tuple[Region, ...] = (
    ("서울특별시", "서울특별시", None, "강남구", "역삼세무서", "1101",
     (("테헤란로", "역삼동"), ("논현로", "역삼동"))),
    ("서울특별시", "서울특별시", None, "송파구", "송파세무서", "1101",
     (("올림픽로", "잠실동"), ("송파대로", "가락동"))),
    ("서울특별시", "서울특별시", None, "마포구", "마포세무서", "1101",
     (("양화로", "서교동"), ("월드컵북로", "성산동"))),
    ("서울특별시", "서울특별시", None, "종로구", "종로세무서", "1101",
     (("율곡로", "안국동"), ("종로", "관철동"))),
    ("서울특별시", "서울특별시", None, "관악구", "관악세무서", "1101",
     (("관악로", "봉천동"), ("남부순환로", "신림동"))),
    ("서울특별시", "서울특별시", None, "영등포구", "영등포세무서", "1101",
     (("선유로", "양평동"), ("영등포로", "당산동"))),
    ("부산광역시", "부산광역시", None, "해운대구", "해운대세무서", "1801",
     (("센텀중앙로", "재송동"), ("해운대로", "우동"))),
    ("부산광역시", "부산광역시", None, "부산진구", "부산진세무서", "1801",
     (("서면로", "부전동"), ("중앙대로", "부전동"))),
    ("대구광역시", "대구광역시", None, "수성구", "수성세무서", "1701",
     (("달구벌대로", "범어동"), ("동대구로", "범어동"))),
    ("인천광역시", "인천광역시", None, "남동구", "남인천세무서", "1201",
     (("인하로", "구월동"), ("남동대로", "간석동"))),
    ("광주광역시", "광주광역시", None, "북구", "북광주세무서", "2001",
     (("서암대로", "용봉동"), ("무등로", "신안동"))),
    ("대전광역시", "대전광역시", None, "서구", "서대전세무서", "1601",
     (("둔산로", "둔산동"), ("계룡로", "갈마동"))),
    ("울산광역시", "울산광역시", None, "남구", "울산세무서", "2301",
     (("삼산로", "삼산동"), ("번영로", "달동"))),
    ("세종특별자치시", "세종특별자치시", None, "", "세종세무서", "1649",
     (("한누리대로", "나성동"), ("도움6로", "어진동"))),
    ("경기도", "경기도", None, "수원시 팔달구", "수원세무서", "1358",
     (("권광로", "인계동"), ("중부대로", "인계동"))),
    ("경기도", "경기도", None, "성남시 분당구", "분당세무서", "1311",
     (("판교역로", "백현동"), ("황새울로", "서현동"))),
    ("경기도", "경기도", None, "부천시", "부천세무서", "1245",
     (("길주로", "중동"), ("부천로", "심곡동"))),
    ("강원도", "강원특별자치도", date(2023, 6, 11), "원주시", "원주세무서", "1436",
     (("원일로", "일산동"), ("능라동길", "명륜동"))),
    ("충청북도", "충청북도", None, "청주시 상당구", "청주세무서", "1501",
     (("상당로", "북문로2가"), ("중앙로", "남문로1가"))),
    ("충청남도", "충청남도", None, "천안시 서북구", "천안세무서", "1615",
     (("불당대로", "불당동"), ("번영로", "성정동"))),
    ("전라북도", "전북특별자치도", date(2024, 1, 18), "전주시 완산구", "전주세무서", "2101",
     (("홍산로", "효자동3가"), ("팔달로", "중앙동3가"))),
    ("전라남도", "전라남도", None, "순천시", "순천세무서", "2046",
     (("연향번영길", "연향동"), ("중앙로", "장천동"))),
    ("경상북도", "경상북도", None, "포항시 남구", "포항세무서", "1771",
     (("포스코대로", "대도동"), ("희망대로", "대잠동"))),
    ("경상남도", "경상남도", None, "창원시 성산구", "창원세무서", "1941",
     (("중앙대로", "용호동"), ("원이대로", "상남동"))),
    ("제주특별자치도", "제주특별자치도", None, "제주시", "제주세무서", "2201",
     (("연북로", "노형동"), ("중앙로", "이도이동"))),
)  # fmt: skip

BUILDINGS = ("한빛타워", "센트럴빌딩", "우성빌딩", "그린프라자", "동원빌딩", "미래타워",
             "다온스퀘어", "성지하이츠", "KT&G빌딩", "에이스테크노타워")  # fmt: skip

# (업태, 종목, endings a shop of that trade puts after its name)
Trade = tuple[str, str, tuple[str, ...]]
TRADES: dict[str, tuple[Trade, ...]] = {
    "일반과세자": (
        ("도매 및 소매업", "전자상거래 소매업", ("몰", "마켓", "스토어")),
        ("도매 및 소매업", "생활용품 도매업", ("상사", "유통")),
        ("정보통신업", "응용 소프트웨어 개발 및 공급업", ("랩", "소프트")),
        ("숙박 및 음식점업", "비알코올 음료점업", ("커피", "로스터스")),
        ("숙박 및 음식점업", "한식 육류요리 전문점", ("식당", "갈비")),
        ("제조업", "떡류 제조업", ("떡집", "방앗간")),
        ("전문, 과학 및 기술 서비스업", "인테리어 디자인업", ("디자인", "스튜디오")),
        ("협회 및 단체, 수리 및 기타 개인 서비스업", "두발 미용업", ("헤어", "살롱")),
        ("운수 및 창고업", "용달 화물자동차 운송업", ("용달", "익스프레스")),
        ("예술, 스포츠 및 여가관련 서비스업", "체력단련시설 운영업", ("짐", "피트니스")),
    ),
    "간이과세자": (
        ("소매", "화초 및 식물", ("꽃방", "플라워")),
        ("음식", "분식", ("분식", "김밥")),
        ("서비스", "네일아트", ("네일",)),
        ("소매", "통신판매", ("샵", "마켓")),
        ("음식", "커피 전문점", ("카페",)),
        ("서비스", "세탁", ("세탁소", "크리닝")),
        ("소매", "수공예품", ("공방",)),
    ),
    "면세사업자": (
        ("교육 서비스업", "일반 교과 학원", ("학원", "수학교실")),
        ("교육 서비스업", "외국어 학원", ("어학원",)),
        ("보건업", "치과의원", ("치과의원",)),
        ("보건업", "한의원", ("한의원",)),
        ("도매 및 소매업", "채소 및 과실 소매업", ("청과", "농산")),
        ("도매 및 소매업", "수산물 소매업", ("수산",)),
        ("교육 서비스업", "미술 학원", ("미술학원", "아틀리에")),
    ),
    "법인사업자": (
        ("정보통신업", "시스템 소프트웨어 개발 및 공급업", ("소프트", "테크")),
        ("정보통신업", "포털 및 기타 인터넷 정보 매개 서비스업", ("플랫폼", "네트웍스")),
        ("도매 및 소매업", "화장품 및 화장용품 도매업", ("코스메틱", "뷰티")),
        ("제조업", "기타 식품 첨가물 제조업", ("푸드", "바이오")),
        ("전문, 과학 및 기술 서비스업", "경영 컨설팅업", ("파트너스", "컨설팅")),
        ("건설업", "실내 건축 및 건축 마무리 공사업", ("건설", "인테리어")),
        ("도매 및 소매업", "가전제품 소매업", ("전자", "일렉트릭")),
        ("운수 및 창고업", "일반 창고업", ("물류", "로지스")),
        ("사업시설 관리, 사업 지원 및 임대 서비스업", "일반 및 국외 여행사업", ("투어", "트래블")),
    ),
}
STEMS = ("한빛", "다온", "새봄", "바른", "늘품", "푸른숲", "가온", "해솔", "온누리", "미래로",
         "청담", "동백", "소담", "라온", "별빛", "너울", "초록", "고운", "하늘채",
         "단비")  # fmt: skip
LATIN_STEMS = ("Lumi ", "Mono ", "B&Co ", "Haru ", "Daily ", "ON.SE ")  # a space before the ending

# Surnames weighted roughly by how common they are; the rare two-syllable ones stay rare.
SURNAMES = (("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 43), ("강", 24), ("조", 21),
            ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 14),
            ("권", 14), ("황", 13), ("안", 13), ("송", 13), ("전", 11), ("홍", 11), ("유", 10),
            ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("남", 5),
            ("심", 5), ("노", 4), ("하", 4), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4),
            ("구", 4), ("민", 3), ("진", 3), ("나", 3), ("지", 3), ("엄", 3), ("채", 2), ("원", 2),
            ("천", 2), ("방", 2), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 2), ("여", 2),
            ("추", 1), ("도", 1), ("석", 1), ("선", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1),
            ("남궁", 1), ("황보", 1), ("제갈", 1), ("선우", 1), ("독고", 1))  # fmt: skip
GIVEN = ("민", "서", "준", "지", "현", "수", "영", "진", "호", "우", "연", "은", "혜", "윤", "성",
         "재", "희", "경", "태", "아", "정", "하", "도", "유", "승", "나", "상", "인", "규", "철",
         "숙", "미", "훈", "빈", "율", "찬", "결", "솔", "봄", "람")  # fmt: skip
EMAIL_WORDS = ("sunny", "daon", "mirae", "haesol", "office", "shop", "biz", "store", "hello")
EMAIL_HOSTS = ("naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com")
FIRST_ISSUE, LAST_ISSUE = date(2016, 1, 4), date(2026, 11, 30)


def _person(r: random.Random) -> str:
    surname: str = r.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
    given = r.choice(GIVEN) if r.random() < 0.03 else r.choice(GIVEN) + r.choice(GIVEN)
    return surname + given


def _address(r: random.Random, region: Region, issued: date) -> str:
    old, new, renamed, district, _, _, roads = region
    province = old if renamed and issued < renamed else new
    road, dong = r.choice(roads)
    floor = r.randint(2, 12)
    number = str(r.randint(3, 420)) + (f"-{r.randint(1, 30)}" if r.random() < 0.22 else "")
    detail = r.choice(
        (
            "",
            "",
            f", {r.randint(2, 9)}층",
            f", {floor}층 {floor}0{r.randint(1, 9)}호",
            f", 지하1층 B1{r.randint(1, 30):02d}호",
            f", 1{r.randint(0, 2)}{r.randint(1, 9)}동 {r.randint(2, 19)}0{r.randint(1, 4)}호",
            f", {r.randint(2, 6)}층 일부",
        )
    )
    tail = f"({dong}, {r.choice(BUILDINGS)})" if r.random() < 0.4 else f"({dong})"
    head = " ".join(p for p in (province, district) if p)
    return f"{head} {road} {number}{detail} {tail}"


def _shop_name(r: random.Random, form: str, first: Trade) -> str:
    stem = r.choice(LATIN_STEMS) if r.random() < 0.12 else r.choice(STEMS)
    name = stem + r.choice(first[2])
    if form != "법인사업자":
        return name
    pattern = r.choices(("주식회사 {}", "{} 주식회사", "(주){}", "유한회사 {}"), (5, 3, 3, 1))[0]
    return pattern.format(name)


def _issue_no(r: random.Random) -> str:
    parts = (r.randint(1000, 9999), r.randint(100, 999), r.randint(1000, 9999), r.randint(100, 999))
    return "-".join(str(p) for p in parts)


def _middle_code(r: random.Random, form: str) -> int:
    """Digits 4–5 of the 사업자등록번호 by form (domain-facts §4a)."""
    if form == "면세사업자":
        return r.randint(90, 99)
    if form == "법인사업자":
        return r.choice((81, 86, 87, 88))
    return r.randint(1, 79)  # 개인 과세사업자, 일반 and 간이 alike


def make_record(r: random.Random, form: str) -> dict[str, Any]:
    """One certificate's values: consistent numbers, dates, places and trades."""
    corporate = form == "법인사업자"
    region = r.choice(REGIONS)
    issued = FIRST_ISSUE + timedelta(days=r.randint(0, (LAST_ISSUE - FIRST_ISSUE).days))
    if r.random() < 0.45:  # a fresh registration: the certificate comes within days
        opened = issued - timedelta(days=r.randint(0, 24))
        reason = "신규"
    else:  # issued again later (a correction or a lost copy)
        opened = issued - timedelta(days=r.randint(45, min(9000, (issued - date(1996, 1, 2)).days)))
        reason = r.choice(("정정", "재발급", "정정", "재발급", "정정(사업장 이전)"))
    if (issued - opened).days <= 30:
        reason = "신규"  # 신규 exactly when the certificate follows the opening within 30 days
    count = r.choices((1, 2, 3), (55, 33, 12))[0]
    rows = r.sample(TRADES[form], count)
    middle = _middle_code(r, form)
    d9 = f"{r.randint(101, 899):03d}{middle:02d}{r.randint(1, 9999):04d}"
    reg_no = f"{d9[:3]}-{d9[3:5]}-{d9[5:]}{reg_no_check(d9)}"
    name = _shop_name(r, form, rows[0])
    person = _person(r)
    address = _address(r, region, issued)
    fields: dict[str, str] = {"reg_no": reg_no, "trade_name": name, "representative": person}
    if corporate:
        kind_code = "14" if name.startswith("유한회사") else "11"
        d12 = f"{region[5]}{kind_code}{r.randint(1, 999999):06d}"
        fields["corp_reg_no"] = f"{d12[:6]}-{d12[6:]}{corp_no_check(d12)}"
        fields["open_date"] = opened.isoformat()
        fields["address"] = address
        hq = address if r.random() < 0.62 else _address(r, r.choice(REGIONS), issued)
        fields["hq_address"] = hq
    else:
        age = r.randint(21, 63)
        born = date(opened.year - age, r.randint(1, 12), r.randint(1, 28))
        fields["birth_date"] = born.isoformat()
        fields["open_date"] = opened.isoformat()
        fields["address"] = address
    fields["biz_type"] = ", ".join(t[0] for t in rows)
    fields["biz_item"] = ", ".join(t[1] for t in rows)
    fields["issue_date"] = issued.isoformat()
    fields["tax_office"] = region[4]
    order = CORPORATE_FIELDS if corporate else INDIVIDUAL_FIELDS
    email = ""
    if r.random() < 0.5:
        email = f"{r.choice(EMAIL_WORDS)}{r.randint(1, 999)}@{r.choice(EMAIL_HOSTS)}"
    partner = _person(r) if not corporate and r.random() < 0.12 else ""
    return {
        "kind": "corporate" if corporate else "individual",
        "taxpayer_type": form,
        "fields": {k: fields[k] for k in order},
        "rows": [[t[0], t[1]] for t in rows],
        "reason": reason,
        "issue_no": _issue_no(r),
        "email": email,
        "partner": partner,
        "tight_dates": r.random() < 0.3,
    }


# --------------------------------------------------------------------------- page


@dataclass
class Page:
    """A drawn certificate and what was printed on it, for the truth and the tests."""

    img: Image.Image
    face: Face
    texts: list[str] = field(default_factory=list)  # every run drawn, in order
    keyed: dict[str, list[str]] = field(default_factory=dict)  # a field's printed pieces
    keep: list[tuple[int, int, int, int]] = field(default_factory=list)  # px boxes to keep clear

    def text(
        self,
        x: float,
        y: float,
        s: str,
        pt: float,
        *,
        bold: bool = False,
        align: str = "l",
        key: str | None = None,
        colour: tuple[int, int, int] = INK,
        condense: float | None = None,
    ) -> float:
        """Draw `s` with its baseline at (x, y) mm; returns its width in mm."""
        face = self.face
        sx = face.condense if condense is None else condense
        font = _font(face.bold if bold else face.regular, face.index, round(pt / 72 * DPI))
        asc, desc = font.getmetrics()
        width = max(1, math.ceil(font.getlength(s))) + 4
        mask = Image.new("L", (width, asc + desc + 4), 0)
        ImageDraw.Draw(mask).text((2, 2), s, font=font, fill=255)
        if sx != 1.0:
            size = (max(1, round(width * sx)), mask.height)
            mask = mask.resize(size, Image.Resampling.LANCZOS)
        w_mm = (mask.width - 4 * sx) / MM
        x0 = x - (w_mm if align == "r" else w_mm / 2 if align == "c" else 0.0)
        left, top = round(x0 * MM - 2 * sx), round(y * MM) - asc - 2
        self.img.paste(colour, (left, top), mask)
        self.texts.append(s)
        if key is not None:
            self.keyed.setdefault(key, []).append(s)
            self.keep.append((left, top, left + mask.width, top + mask.height))
        return w_mm

    def width(self, s: str, pt: float, bold: bool = False) -> float:
        font = _font(self.face.bold if bold else self.face.regular, self.face.index,
                     round(pt / 72 * DPI))  # fmt: skip
        return font.getlength(s) * self.face.condense / MM

    def spread(self, x: float, y: float, s: str, pt: float, span: float) -> None:
        """A label justified across `span` mm, one character at a time, as the form prints it."""
        chars = [c for c in s if c != " "]
        if len(chars) == 1:
            self.text(x, y, chars[0], pt)
            return
        widths = [self.width(c, pt) for c in chars]
        gap = max(0.0, (span - sum(widths)) / (len(chars) - 1))
        for c, w in zip(chars, widths, strict=True):
            self.text(x, y, c, pt)
            x += w + gap
        self.texts.append(s)

    def wrap(self, s: str, pt: float, span: float) -> list[str]:
        """Break a value at spaces so each line fits `span` mm (a word longer stays whole)."""
        lines: list[str] = []
        for word in s.split(" "):
            if lines and self.width(lines[-1] + " " + word, pt) <= span:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.25) -> None:
        ImageDraw.Draw(self.img).rectangle(
            (round(x0 * MM), round(y0 * MM), round(x1 * MM), round(y1 * MM)),
            outline=INK,
            width=max(1, round(w * MM)),
        )

    def dots(self, x0: float, y0: float, x1: float, y1: float, step: float = 0.9) -> None:
        """A dotted rule: round dots `step` mm apart, as a form's inner rules are printed."""
        draw = ImageDraw.Draw(self.img)
        n = max(1, round(math.hypot(x1 - x0, y1 - y0) / step))
        rad = 0.13 * MM
        for i in range(n + 1):
            cx, cy = (x0 + (x1 - x0) * i / n) * MM, (y0 + (y1 - y0) * i / n) * MM
            draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=(60, 60, 62))


def _date(iso: str, tight: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


def _header(page: Page, rec: dict[str, Any], centred_number: bool) -> float:
    """발급번호, the spaced title, the subtitle and the 등록번호 line; returns the y below."""
    f = rec["fields"]
    page.text(20, 15, f"발급번호 : {rec['issue_no']}", 7.5)
    page.text(105, 33, "사 업 자 등 록 증", 21, bold=True, align="c", key="title")
    page.text(105, 42, f"( {rec['taxpayer_type']} )", 12, align="c", key="subtitle")
    line = f"등록번호 : {f['reg_no']}"
    page.text(105 if centred_number else 22, 53, line, 12.5, bold=True,
              align="c" if centred_number else "l", key="reg_no")  # fmt: skip
    return 59.0


def _rows_of(rec: dict[str, Any], tight: bool) -> list[tuple[str, str, str]]:
    """(label, value, truth key) in the form's order (domain-facts §5); '' key = not scored."""
    f = rec["fields"]
    if rec["kind"] == "corporate":
        return [
            ("법인명(단체명)", f["trade_name"], "trade_name"),
            ("대표자", f["representative"], "representative"),
            ("개업연월일", _date(f["open_date"], tight), "open_date"),
            ("법인등록번호", f["corp_reg_no"], "corp_reg_no"),
            ("사업장 소재지", f["address"], "address"),
            ("본점 소재지", f["hq_address"], "hq_address"),
        ]
    return [
        ("상호", f["trade_name"], "trade_name"),
        ("성명", f["representative"], "representative"),
        ("생년월일", _date(f["birth_date"], tight), "birth_date"),
        ("개업연월일", _date(f["open_date"], tight), "open_date"),
        ("사업장 소재지", f["address"], "address"),
    ]


# Rows that share a line on the form: the second one sits at the right half.
PAIRED = {"representative": "birth_date", "open_date": "corp_reg_no"}


def _footer(
    page: Page, rec: dict[str, Any], y: float, pt: float, tight: bool, x: float = 22.0
) -> None:
    """The 과세 line, the e-mail line, the issue date, the office line, the seal, a footnote."""
    f = rec["fields"]
    page.text(x, y, "사업자 단위 과세 적용사업자 여부 : 여(   )  부( V )", pt)
    page.text(x, y + pt * 0.62, f"전자세금계산서 전용 전자우편주소 : {rec['email']}", pt)
    yd = max(y + 26, 236.0)
    page.text(105, yd, _date(f["issue_date"], tight), 12, align="c", key="issue_date")
    office = f["tax_office"] + "장"
    w = page.text(105, yd + 15, office, 17, bold=True, align="c", key="tax_office")
    _seal(page, 105 + w / 2 + 4.5, yd + 9.5, f["tax_office"] + "장인")  # over 장's end
    page.text(105, 284, "※ 이 증명은 국세청 홈택스(www.hometax.go.kr)에서 발급 사실을 확인할 수 "
              "있습니다.", 7, align="c")  # fmt: skip


def _seal(page: Page, cx: float, cy: float, words: str) -> None:
    """The office's red square seal, characters in columns read right to left, multiplied."""
    side = round(17 * MM)
    mask = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((4, 4, side - 5, side - 5), outline=255, width=round(0.9 * MM))
    cols = 3
    per = math.ceil(len(words) / cols)
    cell = 0.72 * side / max(cols, per)
    font = _font(page.face.bold, page.face.index, round(cell * 0.92))
    for i, ch in enumerate(words):
        col, row = divmod(i, per)
        x = 0.86 * side - (col + 1) * 0.72 * side / cols  # the first column is the rightmost
        draw.text((x, 0.14 * side + row * cell), ch, font=font, fill=255)
    angle = (hash_unit(words) - 0.5) * 10  # a fixed tilt per office: ±5°
    mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    arr = np.asarray(page.img, dtype=np.float32)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0 * 0.88
    x0, y0 = round(cx * MM) - mask.width // 2, round(cy * MM) - mask.height // 2
    region = arr[y0 : y0 + mask.height, x0 : x0 + mask.width]
    red = np.array(SEAL_RED, dtype=np.float32) / 255.0
    region *= 1.0 - m * (1.0 - red)
    page.img = Image.fromarray(arr.round().astype(np.uint8))


def hash_unit(s: str) -> float:
    """A number in [0, 1) fixed by a string (Python's own hash() changes per process)."""
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16) / 2**32


def _layout_dotted(page: Page, rec: dict[str, Any]) -> None:
    """Double outer border, dotted inner rules; justified labels in a label column."""
    pt = page.face.body_pt
    tight = rec["tight_dates"]
    lh = pt * 0.3528 * 1.6
    y = _header(page, rec, centred_number=True) + 2
    x0, x1, lab, split = 20.0, 190.0, 38.0, 122.0
    top = y
    rows = _rows_of(rec, tight)
    i = 0
    while i < len(rows):
        label, value, key = rows[i]
        partner = rows[i + 1] if i + 1 < len(rows) and PAIRED.get(key) == rows[i + 1][2] else None
        right = split - 2 if partner else x1 - 3
        lines = page.wrap(value, pt, right - (x0 + lab + 3))
        h = max(len(lines), 1) * lh + 3.6
        page.spread(x0 + 3, y + 2.4 + lh * 0.75, label, pt, lab - 6)
        for n, line in enumerate(lines):
            page.text(x0 + lab + 3, y + 2.4 + lh * 0.75 + n * lh, line, pt, key=key)
        page.dots(x0 + lab, y, x0 + lab, y + h)
        if partner:
            page.dots(split, y, split, y + h)
            page.dots(split + 27, y, split + 27, y + h)
            page.spread(split + 2.5, y + 2.4 + lh * 0.75, partner[0], pt, 22)
            page.text(split + 30, y + 2.4 + lh * 0.75, partner[1], pt, key=partner[2])
            i += 1
        y += h
        page.dots(x0, y, x1, y)
        i += 1
    # 사업의 종류: a label cell beside a 업태 | 종목 sub-table with a heading row
    start = y
    mid = x0 + lab + (x1 - x0 - lab) * 0.42
    page.text((x0 + lab + mid) / 2, y + 2.4 + lh * 0.75, "업  태", pt, align="c")
    page.text((mid + x1) / 2, y + 2.4 + lh * 0.75, "종  목", pt, align="c")
    y += lh + 3.6
    page.dots(x0 + lab, y, x1, y)
    for kind, item in rec["rows"]:
        a = page.wrap(kind, pt, mid - (x0 + lab) - 5)
        b = page.wrap(item, pt, x1 - mid - 5)
        for n, line in enumerate(a):
            page.text(x0 + lab + 2.5, y + 2.4 + lh * 0.75 + n * lh, line, pt, key="biz_type")
        for n, line in enumerate(b):
            page.text(mid + 2.5, y + 2.4 + lh * 0.75 + n * lh, line, pt, key="biz_item")
        y += max(len(a), len(b)) * lh + 3.6
        page.dots(x0 + lab, y, x1, y)
    page.dots(x0 + lab, start, x0 + lab, y)
    page.dots(mid, start, mid, y)
    page.spread(x0 + 3, (start + y) / 2 + lh * 0.3, "사업의 종류", pt, lab - 6)
    page.dots(x0, y, x1, y)
    for label, value in (("발급사유", rec["reason"]), ("공동사업자", rec["partner"]))[
        : 1 if rec["kind"] == "corporate" else 2
    ]:
        page.spread(x0 + 3, y + 2.4 + lh * 0.75, label, pt, lab - 6)
        page.text(x0 + lab + 3, y + 2.4 + lh * 0.75, value, pt)
        page.dots(x0 + lab, y, x0 + lab, y + lh + 3.6)
        y += lh + 3.6
        page.dots(x0, y, x1, y)
    # The double outer border: a heavy rule with a hairline 1 mm inside it.
    page.box(x0 - 1.2, top - 1.2, x1 + 1.2, y + 1.2, 0.5)
    page.box(x0, top, x1, y, 0.18)
    _footer(page, rec, y + 9, pt, tight)


# Long labels break in two, the way narrow label columns on printed forms do.
TWO_LINE = {
    "사업장 소재지": ("사업장", "소재지"),
    "본점 소재지": ("본 점", "소재지"),
    "개업연월일": ("개 업", "연월일"),
    "법인명(단체명)": ("법인명", "(단체명)"),
    "법인등록번호": ("법인등록", "번  호"),
    "생년월일": ("생 년", "월 일"),
    "사업의 종류": ("사업의", "종 류"),
    "발급사유": ("발 급", "사 유"),
    "공동사업자": ("공 동", "사업자"),
}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _layout_circled(page: Page, rec: dict[str, Any]) -> None:
    """No rules: ①② numbering, long labels on two lines, a colon column, values beside."""
    pt = page.face.body_pt
    tight = rec["tight_dates"]
    lh = pt * 0.3528 * 1.55
    y = _header(page, rec, centred_number=False) + 7
    xn, xl, xc, xv = 21.0, 27.0, 47.0, 50.0
    number = iter(CIRCLED)

    def label(y0: float, text: str, x: float = xl, colon: float = xc) -> float:
        page.text(x - 6, y0, next(number), pt)
        parts = TWO_LINE.get(text, (text,))
        for n, part in enumerate(parts):
            page.text(x, y0 + n * lh, part, pt)
        page.text(colon, y0, ":", pt)
        return len(parts) * lh

    rows = _rows_of(rec, tight)
    i = 0
    while i < len(rows):
        text, value, key = rows[i]
        partner = rows[i + 1] if i + 1 < len(rows) and PAIRED.get(key) == rows[i + 1][2] else None
        right = 118.0 if partner else 190.0
        lines = page.wrap(value, pt, right - xv - 2)
        used = label(y, text)
        for n, line in enumerate(lines):
            page.text(xv, y + n * lh, line, pt, key=key)
        if partner:
            used = max(used, label(y, partner[0], x=126.0, colon=145.0))
            page.text(148.0, y, partner[1], pt, key=partner[2])
            i += 1
        y += max(used, len(lines) * lh) + lh * 0.7
        i += 1
    used = label(y, "사업의 종류")
    page.text(xv, y, "업태", pt)
    page.text(112.0, y, "종목", pt)
    y += lh * 1.15
    for kind, item in rec["rows"]:
        a = page.wrap(kind, pt, 112.0 - xv - 4)
        b = page.wrap(item, pt, 190.0 - 112.0)
        for n, line in enumerate(a):
            page.text(xv, y + n * lh, line, pt, key="biz_type")
        for n, line in enumerate(b):
            page.text(112.0, y + n * lh, line, pt, key="biz_item")
        y += max(len(a), len(b)) * lh + lh * 0.25
    y += lh * 0.7
    label(y, "발급사유")
    page.text(xv, y, rec["reason"], pt)
    y += 2 * lh + lh * 0.7
    if rec["kind"] == "individual":
        label(y, "공동사업자")
        page.text(xv, y, rec["partner"], pt)
        y += 2 * lh + lh * 0.7
    page.text(xn, y, next(number), pt)
    page.text(xn, y + pt * 0.62, next(number), pt)
    ImageDraw.Draw(page.img).line(
        (round(20 * MM), round((y - lh * 1.2) * MM), round(190 * MM), round((y - lh * 1.2) * MM)),
        fill=INK,
        width=2,
    )
    # The last two numbers stand before the 과세 and e-mail lines, as ⑨ and ⑩ on the form.
    _footer(page, rec, y, pt, tight, x=xl)


LAYOUTS = ("dotted", "circled")


def lay_out(rec: dict[str, Any], layout: str, face_name: str) -> Page:
    page = Page(Image.new("RGB", (round(PAGE_W * MM), round(PAGE_H * MM)), (255, 255, 255)),
                FACES[face_name])  # fmt: skip
    (_layout_dotted if layout == "dotted" else _layout_circled)(page, rec)
    return page


# --------------------------------------------------------------------------- capture tools


def _arr(page: Page) -> Arr:
    out: Arr = np.asarray(page.img, dtype=np.float32)
    return out


def _resize(a: Arr, dpi: float, at: float = DPI) -> Arr:
    """The page (now at `at` dpi) as a scanner or camera at `dpi` sees it (area averaging)."""
    w, h = round(a.shape[1] * dpi / at), round(a.shape[0] * dpi / at)
    out: Arr = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    return out


def _rotate(a: Arr, deg: float, fill: float = 255.0) -> Arr:
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    out: Arr = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=(fill, fill, fill))  # fmt: skip
    return out


def _noise(a: Arr, g: np.random.Generator, sigma: float) -> Arr:
    out: Arr = a + g.normal(0.0, sigma, a.shape).astype(np.float32)
    return out


def _low_freq(g: np.random.Generator, w: int, h: int, cell: int) -> Arr:
    """Smooth noise in [-1, 1]: paper mottle, uneven light, a stain's ragged edge."""
    small = g.uniform(-1.0, 1.0, (h // cell + 3, w // cell + 3)).astype(np.float32)
    out: Arr = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(out, -1.0, 1.0)


def _paper(a: Arr, tone: tuple[float, float, float]) -> Arr:
    out: Arr = a * (np.array(tone, dtype=np.float32) / 255.0)
    return out


def _u8(a: Arr) -> Arr:
    out: Arr = np.clip(a, 0, 255).round().astype(np.uint8)
    return out


def _jpeg(a: Arr, quality: int, subsampling: int = 0) -> bytes:
    buf = io.BytesIO()
    img = Image.fromarray(_u8(a))
    img.save(buf, "JPEG", quality=quality, subsampling=subsampling, optimize=False)
    return buf.getvalue()


def _png(a: Arr, dpi: float | None = None) -> bytes:
    buf = io.BytesIO()
    img = Image.fromarray(_u8(a))
    if dpi:
        img.save(buf, "PNG", compress_level=6, dpi=(dpi, dpi))
    else:
        img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def _grey(a: Arr) -> Arr:
    """Luminance, as a scanner's grey mode takes it (the red seal turns mid-grey)."""
    out: Arr = a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114
    return out


def _surface(g: np.random.Generator, w: int, h: int, kind: str) -> Arr:
    """What a page lies on in a photo: a wood desk, a grey office desk or a dark cloth."""
    base = {"wood": (148, 104, 66), "grey": (132, 134, 138), "cloth": (46, 48, 58)}[kind]
    out = np.empty((h, w, 3), np.float32)
    out[:] = base
    out *= 1.0 + 0.10 * _low_freq(g, w, h, 160)[..., None]
    if kind == "wood":  # grain: long streaks across the board
        y = np.arange(h, dtype=np.float32)[:, None]
        wave = np.sin(y / 9.0 + 6.0 * _low_freq(g, w, h, 400)) * 0.07
        out *= 1.0 + wave[..., None]
    return _noise(out, g, 3.0)


def _photo(
    page: Page,
    g: np.random.Generator,
    frame: tuple[int, int],
    frac: float,
    keystone: float,
    tilt: float,
    surface: str,
) -> tuple[Arr, Arr]:
    """The page put into a phone's frame in perspective; returns (frame, page mask).

    `frac` is the page's height over the frame's, `keystone` how much shorter the far (top)
    edge is, `tilt` the turn in degrees.
    """
    fw, fh = frame
    ph = frac * fh
    pw = ph * PAGE_W / PAGE_H
    a = _resize(_arr(page), DPI * ph / page.img.height)
    h, w = a.shape[:2]
    cx = fw / 2 + g.uniform(-0.03, 0.03) * fw
    cy = fh / 2 + g.uniform(-0.02, 0.02) * fh
    k = keystone * pw / 2
    quad = np.array([(-pw / 2 + k, -ph / 2), (pw / 2 - k, -ph / 2), (pw / 2, ph / 2),
                     (-pw / 2, ph / 2)], np.float32)  # fmt: skip
    t = math.radians(tilt)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]], np.float32)
    dst = (quad @ rot.T + np.array([cx, cy], np.float32)).astype(np.float32)
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped: Arr = cv2.warpPerspective(a, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask: Arr = cv2.warpPerspective(np.ones((h, w), np.float32), m, (fw, fh),
                                    flags=cv2.INTER_LINEAR)  # fmt: skip
    # A soft drop shadow where the sheet lies on the surface.
    shadow: Arr = cv2.GaussianBlur(mask, (0, 0), 14)
    shadow = np.roll(shadow, (12, 9), axis=(0, 1))
    back = _surface(g, fw, fh, surface) * (1.0 - 0.45 * shadow[..., None])
    out = back * (1.0 - mask[..., None]) + warped * mask[..., None]
    return out, mask


def _light(a: Arr, g: np.random.Generator, low: float) -> Arr:
    """Light falling off across the frame to `low` of its brightest, plus a warm/cool cast."""
    h, w = a.shape[:2]
    ang = g.uniform(0, 2 * math.pi)
    xx, yy = np.meshgrid(np.linspace(-1, 1, w, dtype=np.float32),
                         np.linspace(-1, 1, h, dtype=np.float32))  # fmt: skip
    ramp = (xx * math.cos(ang) + yy * math.sin(ang) + 1.42) / 2.84
    gain = low + (1.0 - low) * ramp
    cast = np.array([g.uniform(0.96, 1.03), 1.0, g.uniform(0.9, 1.0)], np.float32)
    out: Arr = a * gain[..., None] * cast
    return out


def _finish_photo(a: Arr, g: np.random.Generator) -> Arr:
    """What the phone adds: a little focus blur, sensor noise, then its sharpening."""
    out: Arr = cv2.GaussianBlur(a, (0, 0), float(g.uniform(0.5, 0.8)))
    out = _noise(out, g, float(g.uniform(2.0, 4.0)))
    soft: Arr = cv2.GaussianBlur(out, (0, 0), 2.0)
    return out + 0.35 * (out - soft)


def _scan(
    a: Arr, g: np.random.Generator, dpi: float, skew: float, tone: float, at: float = DPI
) -> Arr:
    """A flatbed scan: resampled, turned a little on the glass, paper tone, sensor noise."""
    out = _rotate(_resize(a, dpi, at), skew)
    out = _paper(out, (tone, tone - 2, tone - 7))
    return _noise(out, g, 2.2)


# --------------------------------------------------------------------------- captures
# Each returns the file's bytes, its extension and the parameters for the truth.

Capture = tuple[bytes, str, dict[str, Any]]


def cap_motionblur(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A landscape phone photo taken at an angle while the hand moved: blur along one line."""
    frame = (3264, 2448)
    frac, keystone, tilt = r.uniform(0.86, 0.93), r.uniform(0.05, 0.11), r.uniform(-4, 4)
    surface = r.choice(("wood", "grey", "cloth"))
    a, _ = _photo(page, g, frame, frac, keystone, tilt, surface)
    a = _light(a, g, r.uniform(0.72, 0.88))
    length, angle = r.randint(4, 7), r.uniform(0, 180)
    kernel = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
    c = length
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for s in np.linspace(-length / 2, length / 2, length * 4):
        kernel[round(c + s * dy), round(c + s * dx)] = 1.0
    kernel /= kernel.sum()
    a = cv2.filter2D(a, -1, kernel)
    a = _finish_photo(a, g)
    q = r.randint(86, 92)
    params = {"frame": list(frame), "page_height": round(frac, 3), "keystone": round(keystone, 3),
              "tilt": round(tilt, 2), "surface": surface, "blur_px": length,
              "blur_angle": round(angle, 1), "quality": q}  # fmt: skip
    return _jpeg(a, q), "jpg", params


def cap_hardshadow(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A portrait phone photo under a ceiling lamp: the phone and hand cast a hard shadow."""
    frame = (2448, 3264)
    frac, keystone, tilt = r.uniform(0.84, 0.91), r.uniform(0.0, 0.04), r.uniform(-3, 3)
    surface = r.choice(("wood", "grey"))
    a, _ = _photo(page, g, frame, frac, keystone, tilt, surface)
    a = _light(a, g, r.uniform(0.8, 0.92))
    fw, fh = frame
    shade = Image.new("L", frame, 0)
    draw = ImageDraw.Draw(shade)
    # The phone's shadow: a rounded rectangle reaching in from one side, the hand and arm
    # a wider band from it to the frame's edge.
    side = r.choice(("bottom", "right", "left"))
    pw, ph = r.uniform(0.28, 0.36) * fw, r.uniform(0.3, 0.4) * fh
    reach = r.uniform(0.38, 0.55)
    if side == "bottom":
        x = r.uniform(0.2, 0.8) * fw
        box = (x - pw / 2, fh * (1 - reach), x + pw / 2, fh * (1 - reach) + ph)
        arm = [(x - pw * 0.45, box[3] - 20), (x + pw * 0.5, box[3] - 20), (x + pw * 0.9, fh),
               (x - pw * 0.2, fh)]  # fmt: skip
    else:
        y = r.uniform(0.3, 0.75) * fh
        if side == "right":
            box = (fw * (1 - reach), y - pw / 2, fw * (1 - reach) + ph, y + pw / 2)
            arm = [(box[2] - 20, y - pw * 0.45), (box[2] - 20, y + pw * 0.5), (fw, y + pw * 0.9),
                   (fw, y - pw * 0.2)]  # fmt: skip
        else:
            box = (fw * reach - ph, y - pw / 2, fw * reach, y + pw / 2)
            arm = [(box[0] + 20, y - pw * 0.45), (box[0] + 20, y + pw * 0.5), (0, y + pw * 0.9),
                   (0, y - pw * 0.2)]  # fmt: skip
    draw.rounded_rectangle(box, radius=round(0.05 * fw), fill=255)
    draw.polygon(arm, fill=255)
    edge = r.uniform(1.5, 3.0)  # a point light: the shadow's edge stays sharp
    m: Arr = cv2.GaussianBlur(np.asarray(shade, np.float32) / 255.0, (0, 0), edge)
    depth = r.uniform(0.42, 0.56)
    tint = np.array([0.94, 0.97, 1.06], np.float32)  # shadows take the sky's/room's blue
    a = a * (1.0 - m[..., None] * (1.0 - depth * tint))
    a = _finish_photo(a, g)
    q = r.randint(86, 92)
    params = {"frame": list(frame), "page_height": round(frac, 3), "keystone": round(keystone, 3),
              "tilt": round(tilt, 2), "surface": surface, "shadow_from": side,
              "shadow_light": round(depth, 3), "edge_px": round(edge, 2), "quality": q}  # fmt: skip
    return _jpeg(a, q), "jpg", params


def _ring(g: np.random.Generator, h: int, w: int, cx: float, cy: float, rad: float) -> Arr:
    """A drying ring's geometry: distance to a ragged circle, in pixels (inside negative)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = np.arctan2(yy - cy, xx - cx)
    wobble = np.zeros_like(ang)
    for k in range(2, 7):  # a few slow harmonics make the rim ragged, not a drawn circle
        wobble += float(g.uniform(-0.03, 0.03)) * np.cos(k * ang + float(g.uniform(0, 6.3)))
    dist: Arr = np.hypot(xx - cx, yy - cy) - rad * (1.0 + wobble)
    return dist


def cap_coffee(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A flatbed scan of a page a cup stood on: a brown ring (or a water mark) over the text."""
    dpi = r.choice((200, 300))
    a = _resize(_arr(page), dpi)
    h, w = a.shape[:2]
    water = r.random() < 0.2
    colour = np.array((120, 124, 128) if water else (150, 96, 48), np.float32) / 255.0
    stains = []
    for _ in range(r.choice((1, 1, 2))):
        rad = r.uniform(24, 38) * dpi / 25.4
        cx, cy = r.uniform(0.25, 0.75) * w, r.uniform(0.2, 0.6) * h
        d = _ring(g, h, w, cx, cy, rad)
        rim = np.exp(-((d / (0.9 * dpi / 25.4)) ** 2)) * r.uniform(0.38, 0.5)
        inner = (d < 0) * r.uniform(0.07, 0.16) * (1 + 0.4 * _low_freq(g, w, h, 90))
        alpha = np.clip(rim + inner, 0, 0.6)[..., None]
        if water:  # water lifts and greys the paper and softens the ink a little inside
            a = np.where(d[..., None] < 0, cv2.GaussianBlur(a, (0, 0), 0.7), a)
            alpha *= 0.5
        a = a * (1.0 - alpha * (1.0 - colour))
        stains.append({"centre_mm": [round(cx / dpi * 25.4, 1), round(cy / dpi * 25.4, 1)],
                       "radius_mm": round(rad / dpi * 25.4, 1)})  # fmt: skip
    skew = r.uniform(-0.8, 0.8)
    a = _scan(a, g, dpi, skew, r.uniform(236, 248), at=dpi)
    params: dict[str, Any] = {"dpi": dpi, "stain": "water" if water else "coffee",
                              "stains": stains, "skew": round(skew, 2)}  # fmt: skip
    if r.random() < 0.3:  # a lossless scan: saved at 200 dpi so it stays well under 10 MB
        if dpi != 200:
            a = _resize(a, 200, at=dpi)
        params["dpi"], params["format"] = 200, "png"
        return _png(a, 200), "png", params
    q = r.randint(86, 92)
    params["quality"] = q
    return _jpeg(a, q), "jpg", params


def cap_faded(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A print from a laser printer low on toner: pale vertical bands, dots that did not take."""
    a = _arr(page)
    h, w = a.shape[:2]
    ink: Arr = 1.0 - a / 255.0  # how much each channel absorbed
    x = np.arange(w, dtype=np.float32)
    density: Arr = np.full(w, r.uniform(0.78, 0.9), np.float32)
    bands = []
    for _ in range(r.randint(2, 4)):  # where the cartridge ran dry: bands across the page width
        c, width, depth = r.uniform(0.1, 0.9) * w, r.uniform(6, 24) * MM, r.uniform(0.3, 0.45)
        density -= depth * np.exp(-(((x - c) / width) ** 2))
        bands.append([round(c / MM, 1), round(width / MM, 1), round(depth, 2)])
    kept: Arr = np.clip(density, 0.4, 1.0)
    drop = r.uniform(0.06, 0.14)
    keep: Arr = (g.random((h, w)) > drop).astype(np.float32)  # toner dots that never landed
    keep = cv2.GaussianBlur(keep, (0, 0), 0.6)
    ink = ink * kept[None, :, None] * keep[..., None]
    a = 255.0 * (1.0 - ink)
    grey = _grey(a)
    dpi = 300
    skew = r.uniform(-0.7, 0.7)
    out = _rotate(grey[..., None].repeat(3, axis=2), skew)[..., 0]
    out = _noise(out * r.uniform(0.93, 0.97), g, 2.0)
    params: dict[str, Any] = {"dpi": dpi, "bands_mm": bands, "dropout": round(drop, 3),
                              "skew": round(skew, 2)}  # fmt: skip
    if r.random() < 0.45:
        params["format"] = "grey png"
        return _png(out, dpi), "png", params
    q = r.randint(85, 92)
    params["quality"] = q
    return _jpeg(out, q), "jpg", params


def cap_dither(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A scanner's 1-bit mode with error diffusion (Floyd–Steinberg) at 200 dpi: grey is dots."""
    dpi = 200
    grey = _grey(_resize(_arr(page), dpi))
    skew = r.uniform(-1.0, 1.0)
    grey = _rotate(grey[..., None].repeat(3, axis=2), skew)[..., 0]
    h, w = grey.shape
    paper = r.uniform(240, 250)
    grey = grey * (paper / 255.0) * (1.0 + 0.02 * _low_freq(g, w, h, 60))
    grey = _noise(cv2.GaussianBlur(grey, (0, 0), 0.5), g, 3.0)
    img = Image.fromarray(_u8(grey)).convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    buf = io.BytesIO()
    params: dict[str, Any] = {"dpi": dpi, "paper": round(paper, 1), "skew": round(skew, 2)}
    if r.random() < 0.5:
        img.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        params["format"] = "TIFF G4"
        return buf.getvalue(), "tif", params
    img.save(buf, "PNG", dpi=(dpi, dpi))
    params["format"] = "1-bit PNG"
    return buf.getvalue(), "png", params


BACK_LINES = (
    "부동산 임대차 계약서", "임대인과 임차인은 아래 표시 부동산에 관하여 다음 계약 내용과 같이",
    "임대차계약을 체결한다.", "제1조 (목적) 위 부동산의 임대차에 한하여 임대인과 임차인은 합의에",
    "의하여 보증금 및 차임을 아래와 같이 지불하기로 한다.", "제2조 (존속기간) 임대인은 위 부동산을",
    "임대차 목적대로 사용할 수 있는 상태로 인도하며",
    "제3조 (용도변경 및 전대 등) 임차인은 임대인의",
    "동의 없이 위 부동산의 용도나 구조를 변경하거나", "제4조 (계약의 해지) 임차인이 계속하여 2기의",
    "차임액에 달하도록 연체하거나", "특약사항", "1. 관리비는 별도로 한다.", "2. 원상복구 조건이다.",
)  # fmt: skip


def cap_bleed(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A scan of thin paper printed on both sides: the back's text shows through, mirrored."""
    back = Page(Image.new("RGB", page.img.size, (255, 255, 255)), page.face)
    y = r.uniform(28, 40)
    for n, line in enumerate(BACK_LINES):
        pt = 16.0 if n == 0 else r.choice((10.0, 10.5, 11.0))
        back.text(105 if n == 0 else 24, y, line, pt, bold=n == 0, align="c" if n == 0 else "l")
        y += 9.0 if n == 0 else r.uniform(7.5, 11.0)
    # The back page seen through the sheet: mirrored left to right, diffused by the paper.
    mirrored: Arr = 1.0 - _grey(_arr(back))[:, ::-1] / 255.0
    ink: Arr = cv2.GaussianBlur(np.ascontiguousarray(mirrored), (0, 0), r.uniform(2.5, 4.0))
    strength = r.uniform(0.12, 0.22)
    a = _arr(page) * (1.0 - strength * ink[..., None])
    dpi = r.choice((200, 300))
    skew = r.uniform(-0.8, 0.8)
    out = _scan(a, g, dpi, skew, r.uniform(238, 250))
    grey = r.random() < 0.4
    q = r.randint(86, 92)
    params = {"dpi": dpi, "show_through": round(strength, 3), "skew": round(skew, 2),
              "grey": grey, "quality": q, "back": "a lease (임대차 계약서)"}  # fmt: skip
    return _jpeg(_grey(out) if grey else out, q), "jpg", params


def cap_misreg(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A colour laser print whose cyan, magenta and yellow plates do not line up, then scanned.

    Black text is printed as all three colours (a composite black), so each plate's offset
    shows as a coloured fringe; a worn drum also prints each plate a little pale.
    """
    a = _arr(page)
    cmy = 255.0 - a
    offsets, densities = [], []
    for ch in range(3):
        dx, dy = r.randint(-5, 5), r.randint(-4, 4)
        dens = r.uniform(0.74, 0.92)
        cmy[..., ch] = np.roll(cmy[..., ch], (dy, dx), axis=(0, 1)) * dens
        offsets.append([dx, dy])
        densities.append(round(dens, 3))
    a = 255.0 - cmy
    dpi = r.choice((240, 300))
    skew = r.uniform(-0.6, 0.6)
    out = _scan(a, g, dpi, skew, r.uniform(240, 250))
    params: dict[str, Any] = {"dpi": dpi, "plate_offsets_px300": offsets,
                              "plate_density": densities, "skew": round(skew, 2)}  # fmt: skip
    if r.random() < 0.3:
        out = _resize(out, 200 * DPI / dpi)  # a PNG at 200 dpi stays well under 10 MB
        params["dpi"], params["format"] = 200, "png"
        return _png(out, 200), "png", params
    q = r.randint(88, 93)
    params["quality"] = q
    return _jpeg(out, q), "jpg", params


def cap_png16(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A scanner's 16-bit output saved as PNG: 16-bit grey or 48-bit colour (3 × 16 bits)."""
    colour = r.random() < 0.5
    dpi = r.choice((150, 160)) if colour else r.choice((200, 240))
    a = _resize(_arr(page), dpi) / 255.0
    skew = r.uniform(-0.9, 0.9)
    a = _rotate(a, skew, fill=1.0)
    tone = np.array((r.uniform(0.9, 0.96), r.uniform(0.9, 0.95), r.uniform(0.86, 0.92)))
    a = a * tone.astype(np.float32)
    a = a ** r.uniform(0.85, 1.0)  # the scanner's own tone curve, before any 8-bit rounding
    a = _noise(a, g, 0.0015)
    # A 12-bit sensor's values spread over 16 bits by bit replication (v << 4 | v >> 8), the
    # way scanner drivers fill a 16-bit file: the low bits follow the high ones.
    v12 = np.clip(a * 4095.0, 0, 4095).round().astype(np.uint16)
    data = (v12 << 4) | (v12 >> 8)
    if colour:
        ok, enc = cv2.imencode(".png", data[..., ::-1], [cv2.IMWRITE_PNG_COMPRESSION, 6])
    else:
        grey = data[..., 0] * 0.299 + data[..., 1] * 0.587 + data[..., 2] * 0.114
        g12 = (grey / 16).round().astype(np.uint16)
        ok, enc = cv2.imencode(".png", (g12 << 4) | (g12 >> 8), [cv2.IMWRITE_PNG_COMPRESSION, 6])
    if not ok:
        raise RuntimeError("OpenCV could not encode a 16-bit PNG")
    params = {"dpi": dpi, "bits": 48 if colour else 16, "skew": round(skew, 2)}
    return bytes(enc.tobytes()), "png", params


STICKY_NOTES = ("PG 신청용 사본", "원본 반환 요망", "3부 출력해 주세요", "통장사본 같이 제출",
                "대표님 확인 후 발송", "카드사 심사용", "12/3 팩스 완료")  # fmt: skip
STICKY_COLOURS = {"yellow": (255, 236, 128), "pink": (255, 196, 214), "green": (206, 240, 170),
                  "blue": (196, 226, 250)}  # fmt: skip


def _overlaps(box: tuple[int, int, int, int], keep: list[tuple[int, int, int, int]]) -> bool:
    return any(box[0] < k[2] and k[0] < box[2] and box[1] < k[3] and k[1] < box[3] for k in keep)


def cap_sticky(page: Page, r: random.Random, g: np.random.Generator) -> Capture:
    """A flatbed scan with a sticky note left on the page, over print that is not a field."""
    w_mm, h_mm = r.choice(((76, 76), (76, 51), (51, 38)))
    name, colour = r.choice(sorted(STICKY_COLOURS.items()))
    angle = r.uniform(-7, 7)
    note = Image.new("RGBA", (round(w_mm * MM), round(h_mm * MM)), (*colour, 255))
    shade = np.linspace(1.0, 0.9, note.height, dtype=np.float32)  # the curl at the free end
    px = np.asarray(note, np.float32)
    px[..., :3] *= shade[:, None, None]
    note = Image.fromarray(px.round().astype(np.uint8), "RGBA")
    words = r.choice(STICKY_NOTES)
    draw = ImageDraw.Draw(note)
    hand = _font(HAND, 0, round(r.uniform(13, 17) / 72 * DPI))
    draw.text((round(5 * MM), round(h_mm * MM * 0.35)), words, font=hand, fill=(30, 40, 120, 255))
    note = note.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    keep = [(k[0] - 8, k[1] - 8, k[2] + 8, k[3] + 8) for k in page.keep]
    spot = None
    for _ in range(400):  # anywhere on the page that covers no printed field
        x = r.randint(0, page.img.width - note.width)
        y = r.randint(0, page.img.height - note.height)
        if not _overlaps((x, y, x + note.width, y + note.height), keep):
            spot = (x, y)
            break
    if spot is None:
        raise RuntimeError("no place for the sticky note clear of the fields")
    alpha = np.asarray(note, np.float32)[..., 3] / 255.0
    a = _arr(page)
    x, y = spot
    hh, ww = alpha.shape
    # the note's shadow on the glass, a millimetre down and right
    sh: Arr = cv2.GaussianBlur(alpha, (0, 0), 6)
    sy, sx = y + 10, x + 10
    ys, xs = slice(sy, min(sy + hh, a.shape[0])), slice(sx, min(sx + ww, a.shape[1]))
    a[ys, xs] *= 1.0 - 0.35 * sh[: ys.stop - sy, : xs.stop - sx, None]
    region = a[y : y + hh, x : x + ww]
    rgb = np.asarray(note, np.float32)[..., :3]
    region[:] = region * (1 - alpha[..., None]) + rgb * alpha[..., None]
    dpi = r.choice((200, 300))
    skew = r.uniform(-0.8, 0.8)
    out = _scan(a, g, dpi, skew, r.uniform(238, 250))
    q = r.randint(86, 92)
    params = {"dpi": dpi, "note": words, "note_colour": name, "note_mm": [w_mm, h_mm],
              "note_at_mm": [round(x / MM, 1), round(y / MM, 1)],
              "note_extent_mm": [round(ww / MM, 1), round(hh / MM, 1)],
              "note_angle": round(angle, 1), "skew": round(skew, 2), "quality": q}  # fmt: skip
    return _jpeg(out, q), "jpg", params


CAPTURES = {
    "motionblur": cap_motionblur, "hardshadow": cap_hardshadow, "coffee": cap_coffee,
    "faded_print": cap_faded, "dither": cap_dither, "bleed": cap_bleed, "misreg": cap_misreg,
    "png16": cap_png16, "sticky": cap_sticky,
}  # fmt: skip

# --------------------------------------------------------------------------- the set

FORM_DECK = ("일반과세자",) * 18 + ("간이과세자",) * 9 + ("면세사업자",) * 8 + ("법인사업자",) * 25
CAPTURE_DECK = (("motionblur",) * 7 + ("hardshadow",) * 7 + ("coffee",) * 7 + ("faded_print",) * 7
                + ("dither",) * 6 + ("bleed",) * 7 + ("misreg",) * 7 + ("png16",) * 6
                + ("sticky",) * 6)  # fmt: skip
LAYOUT_DECK = ("dotted", "circled") * 30
FACE_DECK = tuple(name for name in FACES for _ in range(10))


def plan(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    """(form, capture, layout, face) per certificate: each dealt from its own shuffled deck."""
    decks = []
    for n, deck in enumerate((FORM_DECK, CAPTURE_DECK, LAYOUT_DECK, FACE_DECK)):
        cards = list(deck)
        random.Random(seed * 10 + n).shuffle(cards)
        decks.append([cards[i % len(cards)] for i in range(count)])
    return list(zip(*decks, strict=True))


def make_one(
    seed: int, i: int, spec: tuple[str, str, str, str]
) -> tuple[bytes, str, dict[str, Any]]:
    """Certificate `i`: its own seed for Python's and NumPy's generators, so any one can be
    remade alone with the same bytes."""
    form, capture, layout, face = spec
    own = seed * 1000 + i
    r = random.Random(own)
    g = np.random.default_rng(own)
    rec = make_record(r, form)
    page = lay_out(rec, layout, face)
    data, ext, params = CAPTURES[capture](page, r, g)
    truth = {
        "image": f"blind_{i:04d}.{ext}",
        "kind": rec["kind"],
        "taxpayer_type": rec["taxpayer_type"],
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": rec["fields"],
        "capture": params,
        "extras": {"rows": rec["rows"]},
        "also_printed": {
            "발급번호": rec["issue_no"],
            "발급사유": rec["reason"],
            "공동사업자": rec["partner"],
            "email": rec["email"],
            "tight_dates": rec["tight_dates"],
        },
        "seed": own,
    }
    return data, ext, truth


def _missing_fonts() -> list[str]:
    paths = {p for f in FACES.values() for p in (f.regular, f.bold)} | {HAND}
    return sorted(p for p in paths if not Path(p).exists())


def generate(out: Path, count: int, seed: int) -> int:
    missing = _missing_fonts()
    if missing:
        print("missing fonts: " + ", ".join(missing))
        return 2
    cv2.setNumThreads(1)  # one thread: the same bytes every run
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for i, spec in enumerate(plan(seed, count)):
        data, _, truth = make_one(seed, i, spec)
        if len(data) >= MAX_BYTES:
            raise SystemExit(f"{truth['image']} is {len(data)} bytes: over the 10 MB limit")
        text = json.dumps(truth, ensure_ascii=False, indent=1).encode("utf-8")
        for name, blob in ((truth["image"], data), (f"blind_{i:04d}.json", text)):
            (out / name).write_bytes(blob)
            manifest[name] = hashlib.sha256(blob).hexdigest()
        print(f"{truth['image']:<16} {spec[1]:<12} {spec[0]:<6} {spec[2]:<8} {spec[3]}")
    lines = "".join(f"{n} {manifest[n]}\n" for n in sorted(manifest))
    digest = hashlib.sha256(lines.encode()).hexdigest()
    doc = {"seed": seed, "count": count, "files": dict(sorted(manifest.items())),
           "set_sha256": digest}  # fmt: skip
    (out / "manifest.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"set_sha256 {digest}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the frozen set")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=2035)
    args = parser.parse_args()
    return generate(args.out, args.count, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
