"""Certificate set 9: sixty 사업자등록증 files from a renderer nobody tuned on (issue 17).

    .venv/bin/python bench/blindcert9.py generate --out DIR [--count 60] [--seed 2033]
    .venv/bin/python bench/blindcert.py score --dir DIR --aggregate

Written without seeing the reader or any earlier renderer (bench/blindcert9.md says what was
read). Ten captures no earlier set made this way: pages printed on coloured or recycled paper,
crumpled and flattened under side light, photographed beside an ID card or a card receipt, shown
on a monitor, copied three times over, text turned into vector outlines in a PDF, a two-page scan
PDF whose second page is the certificate, a one-page 200 dpi scan PDF, low-light photos and
photos forwarded by a messenger. Every file is a pure function of (seed, index): the same bytes
on every run on the same libraries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import math
import random
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from fontTools.pens.basePen import BasePen  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)  # one thread: the same pixels whatever the machine's load

Arr = np.ndarray[Any, Any]

# ---------------------------------------------------------------------------------------------
# Numbers (domain-facts.md §4)

BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def bizno_check(first9: str) -> int:
    d = [int(c) for c in first9]
    s = sum(a * b for a, b in zip(d, BIZ_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corpno_check(first12: str) -> int:
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first12))
    return (10 - s % 10) % 10


def make_bizno(rnd: random.Random, form: str) -> str:
    office = rnd.randint(101, 699)
    if form == "면세사업자":
        middle = rnd.randint(90, 99)
    elif form == "법인사업자":
        middle = rnd.choice((81, 86, 87, 88))
    else:
        middle = rnd.randint(1, 79)
    first9 = f"{office:03d}{middle:02d}{rnd.randint(1, 9999):04d}"
    return f"{first9[:3]}-{first9[3:5]}-{first9[5:]}{bizno_check(first9)}"


CORP_OFFICES = ("1101", "1201", "1311", "1345", "1501", "1601", "1701", "1801", "2001", "2201")


def make_corpno(rnd: random.Random, legal: str) -> str:
    kind = "14" if legal == "유한회사" else "11"
    first12 = f"{rnd.choice(CORP_OFFICES)}{kind}{rnd.randint(1, 999999):06d}"
    return f"{first12[:6]}-{first12[6:]}{corpno_check(first12)}"


# ---------------------------------------------------------------------------------------------
# Places: (시/도, 시/군/구 or "", 세무서, ((road, 법정동), ...), (지번 동, ...))

DISTRICTS: tuple[tuple[str, str, str, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    (
        "서울특별시",
        "마포구",
        "마포",
        (("양화로", "서교동"), ("월드컵북로", "성산동"), ("독막로", "상수동")),
        ("망원동", "연남동"),
    ),
    (
        "서울특별시",
        "송파구",
        "송파",
        (("올림픽로", "잠실동"), ("송파대로", "가락동"), ("백제고분로", "석촌동")),
        ("방이동", "문정동"),
    ),
    (
        "서울특별시",
        "영등포구",
        "영등포",
        (("국제금융로", "여의도동"), ("당산로", "당산동")),
        ("문래동", "양평동"),
    ),
    (
        "서울특별시",
        "구로구",
        "구로",
        (("디지털로", "구로동"), ("경인로", "고척동")),
        ("신도림동", "개봉동"),
    ),
    (
        "부산광역시",
        "해운대구",
        "해운대",
        (("센텀중앙로", "우동"), ("해운대해변로", "중동")),
        ("재송동", "반여동"),
    ),
    (
        "부산광역시",
        "부산진구",
        "부산진",
        (("중앙대로", "부전동"), ("서면로", "부전동")),
        ("전포동", "양정동"),
    ),
    (
        "대구광역시",
        "수성구",
        "수성",
        (("달구벌대로", "범어동"), ("동대구로", "범어동")),
        ("만촌동", "황금동"),
    ),
    (
        "인천광역시",
        "연수구",
        "남인천",
        (("컨벤시아대로", "송도동"), ("센트럴로", "송도동")),
        ("옥련동", "동춘동"),
    ),
    (
        "광주광역시",
        "북구",
        "북광주",
        (("첨단과기로", "오룡동"), ("우치로", "용봉동")),
        ("운암동", "문흥동"),
    ),
    (
        "대전광역시",
        "서구",
        "서대전",
        (("둔산대로", "둔산동"), ("대덕대로", "둔산동")),
        ("갈마동", "월평동"),
    ),
    (
        "울산광역시",
        "남구",
        "울산",
        (("삼산로", "삼산동"), ("문수로", "달동")),
        ("신정동", "무거동"),
    ),
    ("세종특별자치시", "", "세종", (("한누리대로", "나성동"), ("도움3로", "종촌동")), ()),
    (
        "경기도",
        "성남시 분당구",
        "분당",
        (("판교역로", "백현동"), ("정자일로", "정자동")),
        ("서현동", "야탑동"),
    ),
    (
        "경기도",
        "고양시 일산동구",
        "고양",
        (("중앙로", "장항동"), ("정발산로", "장항동")),
        ("마두동", "백석동"),
    ),
    ("경기도", "부천시", "부천", (("길주로", "상동"), ("부천로", "심곡동")), ("중동", "춘의동")),
    (
        "충청북도",
        "청주시 흥덕구",
        "서청주",
        (("2순환로", "복대동"), ("직지대로", "복대동")),
        ("가경동", "봉명동"),
    ),
    (
        "전라남도",
        "여수시",
        "여수",
        (("여서로", "여서동"), ("좌수영로", "학동")),
        ("문수동", "미평동"),
    ),
    (
        "충청남도",
        "천안시 서북구",
        "천안",
        (("불당대로", "불당동"), ("번영로", "성정동")),
        ("쌍용동", "백석동"),
    ),
    (
        "전북특별자치도",
        "전주시 완산구",
        "전주",
        (("효자로", "효자동"), ("홍산로", "효자동")),
        ("서신동", "중화산동"),
    ),
    (
        "경상남도",
        "김해시",
        "김해",
        (("김해대로", "부원동"), ("금관대로", "내동")),
        ("삼계동", "어방동"),
    ),
    (
        "경상북도",
        "포항시 남구",
        "포항",
        (("포스코대로", "대도동"), ("희망대로", "송도동")),
        ("해도동", "상도동"),
    ),
    (
        "강원특별자치도",
        "원주시",
        "원주",
        (("서원대로", "단계동"), ("원일로", "일산동")),
        ("무실동", "명륜동"),
    ),
    (
        "제주특별자치도",
        "제주시",
        "제주",
        (("연북로", "연동"), ("중앙로", "이도이동")),
        ("노형동", "아라동"),
    ),
)

BUILDINGS = (
    "메세나빌딩",
    "한빛타워",
    "그린프라자",
    "센트럴빌딩",
    "드림오피스텔",
    "우성아파트",
    "현대상가",
    "에이스테크노타워",
    "스카이뷰",
    "리버파크",
)


def province(name: str, issued: dt.date) -> str:
    # 강원도 became 강원특별자치도 on 2023-06-11 and 전라북도 전북특별자치도 on 2024-01-18; a
    # certificate prints the name in force on its issue date.
    if name == "강원특별자치도" and issued < dt.date(2023, 6, 11):
        return "강원도"
    if name == "전북특별자치도" and issued < dt.date(2024, 1, 18):
        return "전라북도"
    return name


def make_address(rnd: random.Random, district: int, issued: dt.date, jibun: bool) -> str:
    sido, sigungu, _, roads, dongs = DISTRICTS[district]
    head = " ".join(p for p in (province(sido, issued), sigungu) if p)
    if jibun and dongs:
        # a lot-number address: 동, 번지(-부번), then a floor or room without a comma
        lot = f"{rnd.randint(1, 1899)}" + (f"-{rnd.randint(1, 60)}" if rnd.random() < 0.7 else "")
        tail = rnd.choice(
            ("", f" {rnd.randint(1, 5)}층", f" {rnd.randint(1, 4)}0{rnd.randint(1, 9)}호")
        )
        return f"{head} {rnd.choice(dongs)} {lot}{tail}"
    road, dong = rnd.choice(roads)
    number = f"{rnd.randint(2, 320)}" + (f"-{rnd.randint(1, 25)}" if rnd.random() < 0.25 else "")
    detail = rnd.choice(
        (
            "",
            f", {rnd.randint(1, 12)}층",
            f", {rnd.randint(2, 15)}층 {rnd.randint(2, 15)}0{rnd.randint(1, 9)}호",
            f", 지하1층 B1{rnd.randint(1, 30):02d}호",
            f", {rnd.randint(101, 112)}동 {rnd.randint(1, 20)}0{rnd.randint(1, 4)}호",
            f", {rnd.randint(1, 3)}층 일부",
        )
    )
    note = f"({dong}, {rnd.choice(BUILDINGS)})" if rnd.random() < 0.4 else f"({dong})"
    return f"{head} {road} {number}{detail} {note}"


# ---------------------------------------------------------------------------------------------
# People, trades, trade names

SURNAMES = (
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "류",
    "전",
    "홍",
    "고",
    "문",
    "양",
    "손",
    "배",
    "백",
    "허",
    "남",
    "심",
    "노",
    "하",
    "곽",
    "성",
    "차",
    "주",
    "우",
    "구",
    "민",
    "진",
    "지",
    "엄",
    "채",
    "원",
    "천",
    "방",
    "공",
    "현",
    "함",
    "변",
    "염",
    "여",
    "추",
    "도",
    "소",
    "석",
    "선",
    "설",
    "마",
    "길",
    "연",
    "위",
    "표",
    "명",
    "기",
    "반",
    "왕",
    "금",
    "옥",
    "육",
    "인",
    "맹",
    "제",
    "모",
    "탁",
    "남궁",
    "황보",
    "제갈",
    "선우",
    "독고",
)
GIVEN = (
    "민",
    "서",
    "지",
    "현",
    "준",
    "우",
    "윤",
    "하",
    "수",
    "영",
    "진",
    "은",
    "호",
    "성",
    "태",
    "경",
    "연",
    "재",
    "동",
    "혜",
    "미",
    "정",
    "희",
    "석",
    "훈",
    "나",
    "다",
    "유",
    "아",
    "린",
    "예",
    "도",
    "건",
    "채",
    "주",
    "원",
    "승",
    "상",
    "규",
    "혁",
    "소",
    "빈",
    "율",
    "온",
    "별",
)


def make_name(rnd: random.Random) -> str:
    weights = [30 if i < 5 else 8 if i < 20 else 2 for i in range(len(SURNAMES))]
    surname = rnd.choices(SURNAMES, weights)[0]
    given = rnd.choice(GIVEN) + rnd.choice(GIVEN)
    if rnd.random() < 0.03:
        given = given[0]
    return surname + given


TRADES_GENERAL = (
    ("도매 및 소매업", "전자상거래 소매업", "샵"),
    ("도매 및 소매업", "의류 소매업", "옷가게"),
    ("숙박 및 음식점업", "한식 일반 음식점업", "식당"),
    ("숙박 및 음식점업", "커피 전문점", "커피"),
    ("정보통신업", "응용 소프트웨어 개발 및 공급업", "랩"),
    ("전문, 과학 및 기술 서비스업", "광고 대행업", "애드"),
    ("제조업", "빵류 제조업", "베이커리"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "두발 미용업", "헤어"),
    ("건설업", "실내 건축 공사업", "인테리어"),
    ("운수 및 창고업", "용달 화물자동차 운송업", "운송"),
    ("예술, 스포츠 및 여가관련 서비스업", "체력 단련시설 운영업", "피트니스"),
    ("서비스", "광고대행", "기획"),
    ("도소매", "전자상거래", "몰"),
    ("도매 및 소매업", "애완용 동물 및 관련용품 소매업", "펫샵"),
)
TRADES_SMALL = (
    ("숙박 및 음식점업", "분식 및 김밥 전문점", "분식"),
    ("도매 및 소매업", "꽃 소매업", "꽃집"),
    ("숙박 및 음식점업", "치킨 전문점", "치킨"),
    ("도매 및 소매업", "전자상거래 소매업", "스토어"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "세탁업", "세탁"),
    ("도매 및 소매업", "편의점", "마트"),
)
TRADES_EXEMPT = (
    ("교육 서비스업", "일반 교과 학원", "수학학원"),
    ("교육 서비스업", "외국어 학원", "어학원"),
    ("보건업 및 사회복지 서비스업", "치과 의원", "치과의원"),
    ("보건업 및 사회복지 서비스업", "한의원", "한의원"),
    ("도매 및 소매업", "과실 및 채소 소매업", "청과"),
    ("도매 및 소매업", "서적, 신문 및 잡지류 소매업", "서점"),
    ("농업", "작물 재배업", "농장"),
    ("도매 및 소매업", "육류 소매업", "정육점"),
)
TRADES_CORP = (
    *TRADES_GENERAL,
    ("제조업", "전자부품 제조업", "전자"),
    ("정보통신업", "시스템 소프트웨어 개발 및 공급업", "소프트"),
    ("도매 및 소매업", "기타 생활용품 도매업", "유통"),
    ("부동산업", "비주거용 건물 임대업", "개발"),
)
STEMS = (
    "온새미",
    "도란",
    "가온누리",
    "별하",
    "윤슬",
    "라온",
    "모아",
    "새봄",
    "하람",
    "미리내",
    "다솜",
    "한울",
    "누리봄",
    "아라",
    "보듬",
    "이음",
    "나린",
    "소담",
    "해찬",
    "단비",
)
LATIN = ("K-Lab", "JK", "ON&OFF", "B.F", "Studio M", "SJ", "GN", "D&K", "The Blue", "H2")


def make_trade_name(rnd: random.Random, ending: str, corporate: bool) -> str:
    stem = rnd.choice(LATIN) if rnd.random() < 0.25 else rnd.choice(STEMS)
    base = f"{stem}{ending}" if rnd.random() < 0.5 else f"{stem} {ending}"
    if not corporate:
        if rnd.random() < 0.2:
            base += rnd.choice((" 본점", " 2호점", " 역점", " 판교점"))
        return base
    legal = rnd.random()
    if legal < 0.3:
        return f"주식회사 {base}"
    if legal < 0.5:
        return f"{base} 주식회사"
    if legal < 0.7:
        return f"㈜{base}"
    if legal < 0.85:
        return f"(주){base}"
    return f"유한회사 {base}"


# ---------------------------------------------------------------------------------------------
# One certificate's record


@dataclass
class Record:
    form: str  # 일반과세자 / 간이과세자 / 면세사업자 / 법인사업자
    fields: dict[str, str]
    rows: list[tuple[str, str]]
    reason: str
    issue_no: str
    partners: list[str] = field(default_factory=list)
    email: str = ""

    @property
    def kind(self) -> str:
        return "corporate" if self.form == "법인사업자" else "individual"


def rand_date(rnd: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rnd.randint(0, (hi - lo).days))


LAST_ISSUE = dt.date(2026, 11, 30)


def make_record(rnd: random.Random, form: str, jibun: bool) -> Record:
    corporate = form == "법인사업자"
    pool = {"법인사업자": TRADES_CORP, "면세사업자": TRADES_EXEMPT, "간이과세자": TRADES_SMALL}.get(
        form, TRADES_GENERAL
    )
    n_rows = rnd.choices((1, 2, 3), (40, 42, 18))[0]
    picks = rnd.sample(pool, n_rows)
    rows = [(t, i) for t, i, _ in picks]
    # certificates issued before road-name addresses became the legal ones (2014) print 지번
    lo, hi = (
        (dt.date(2009, 1, 5), dt.date(2013, 12, 10)) if jibun else (dt.date(2014, 1, 2), LAST_ISSUE)
    )
    if rnd.random() < 0.45:  # a fresh registration: issued within three weeks of opening
        opened = rand_date(rnd, lo, hi - dt.timedelta(days=20))
        issued = opened + dt.timedelta(days=rnd.randint(0, 20))
    else:  # an older business with a corrected or reissued certificate
        issued = rand_date(rnd, lo + dt.timedelta(days=400), hi)
        opened = rand_date(rnd, dt.date(1996, 1, 2), issued - dt.timedelta(days=31))
    reason = "신규" if (issued - opened).days <= 30 else rnd.choice(("정정", "재발급", "정정"))
    district = (
        rnd.randrange(len(DISTRICTS))
        if not jibun
        else rnd.choice([i for i, d in enumerate(DISTRICTS) if d[4]])
    )
    address = make_address(rnd, district, issued, jibun)
    fields: dict[str, str] = {"reg_no": make_bizno(rnd, form)}
    trade = make_trade_name(rnd, picks[0][2], corporate)
    fields["trade_name"] = trade
    fields["representative"] = make_name(rnd)
    if corporate:
        legal = "유한회사" if trade.startswith("유한회사") else "주식회사"
        fields["corp_reg_no"] = make_corpno(rnd, legal)
    else:
        age = rnd.randint(21, 66)
        fields["birth_date"] = rand_date(
            rnd, dt.date(opened.year - age, 1, 1), dt.date(opened.year - age, 12, 28)
        ).isoformat()
    fields["open_date"] = opened.isoformat()
    fields["address"] = address
    if corporate:
        if rnd.random() < 0.45:
            other = rnd.choice(
                [
                    i
                    for i in range(len(DISTRICTS))
                    if i != district and (DISTRICTS[i][4] or not jibun)
                ]
            )
            fields["hq_address"] = make_address(rnd, other, issued, jibun)
        else:
            fields["hq_address"] = address
    fields["biz_type"] = ", ".join(t for t, _ in rows)
    fields["biz_item"] = ", ".join(i for _, i in rows)
    fields["issue_date"] = issued.isoformat()
    fields["tax_office"] = f"{DISTRICTS[district][2]}세무서"
    partners = (
        [make_name(rnd) for _ in range(rnd.choice((1, 2)))]
        if not corporate and rnd.random() < 0.2
        else []
    )
    email = ""
    if not jibun and rnd.random() < 0.5:
        user = rnd.choice(("tax", "office", "biz", "account", "ceo")) + str(rnd.randint(1, 99))
        email = f"{user}@{rnd.choice(('naver.com', 'gmail.com', 'daum.net', 'hanmail.net'))}"
    parts = (
        rnd.randint(100, 999),
        rnd.randint(100, 999),
        rnd.randint(1000, 9999),
        rnd.randint(100, 999),
    )
    issue_no = "-".join(map(str, parts))
    return Record(form, fields, rows, reason, issue_no, partners, email)


# ---------------------------------------------------------------------------------------------
# Faces

FONT_DIR = Path("/usr/share/fonts/truetype")
FACES: dict[str, tuple[str, str]] = {
    # NanumGothicCoding (a fixed-width gothic) was printed with by no earlier set.
    "NanumGothicCoding": ("nanum/NanumGothicCoding.ttf", "nanum/NanumGothicCodingBold.ttf"),
    "NanumGothic": ("nanum/NanumGothic.ttf", "nanum/NanumGothicBold.ttf"),
    "NanumMyeongjo": ("nanum/NanumMyeongjo.ttf", "nanum/NanumMyeongjoBold.ttf"),
    "UnBatang": ("unfonts-core/UnBatang.ttf", "unfonts-core/UnBatangBold.ttf"),
    "UnDotum": ("unfonts-core/UnDotum.ttf", "unfonts-core/UnDotumBold.ttf"),
    "NanumBarunGothic": ("nanum/NanumBarunGothic.ttf", "nanum/NanumBarunGothicBold.ttf"),
}
FACE_DECK = (
    ("NanumGothicCoding",) * 12
    + ("NanumGothic",) * 10
    + ("NanumMyeongjo",) * 10
    + ("UnBatang",) * 10
    + ("UnDotum",) * 9
    + ("NanumBarunGothic",) * 9
)


def face_path(face: str, bold: bool) -> Path:
    return FONT_DIR / FACES[face][1 if bold else 0]


@cache
def tt(path: Path) -> TTFont:
    return TTFont(str(path), lazy=True)


def text_width(text: str, path: Path, size_pt: float) -> float:
    """Width in mm from the font's own advances (the same for the raster and the PDF)."""
    font = tt(path)
    cmap = font.getBestCmap()
    upm = int(font["head"].unitsPerEm)
    total = 0
    for ch in text:
        if ord(ch) not in cmap:
            raise KeyError(f"{path.name} has no glyph for {ch!r}")
        total += int(font["hmtx"][cmap[ord(ch)]][0])
    return float(total) / upm * size_pt * 25.4 / 72


# ---------------------------------------------------------------------------------------------
# The page as drawing operations in millimetres on A4


@dataclass
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float  # pt
    bold: bool = False


@dataclass
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.25


@dataclass
class Seal:
    cx: float
    cy: float
    side: float
    text: str
    angle: float


@dataclass
class Page:
    face: str
    ops: list[Text | Rule | Seal] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False) -> float:
        self.ops.append(Text(x, y, s, size, bold))
        return text_width(s, face_path(self.face, bold), size)

    def width(self, s: str, size: float, bold: bool = False) -> float:
        return text_width(s, face_path(self.face, bold), size)

    def spread(
        self, x: float, y: float, s: str, width: float, size: float, bold: bool = False
    ) -> None:
        """A justified label: each character placed apart so the label fills `width`."""
        chars = [c for c in s if c != " "]
        if len(chars) == 1:
            self.text(x, y, chars[0], size, bold)
            return
        used = sum(self.width(c, size, bold) for c in chars)
        gap = max(0.0, (width - used) / (len(chars) - 1))
        for c in chars:
            x += self.text(x, y, c, size, bold) + gap

    def centre(self, y: float, s: str, size: float, bold: bool = False) -> None:
        self.text(105 - self.width(s, size, bold) / 2, y, s, size, bold)

    def wrap(self, s: str, width: float, size: float) -> list[str]:
        """Break at spaces only, so joining the lines with a space gives the value back."""
        lines: list[str] = []
        for word in s.split(" "):
            if lines and self.width(lines[-1] + " " + word, size) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines


def korean_date(iso: str, tight: bool = False) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


FIELD_SIZE = 10.5
LINE = 5.2


def lay_out(rec: Record, face: str, layout: str, rnd: random.Random) -> Page:
    """`boxed`: a frame with rules between rows and a ruled 업태/종목 table; `open`: no rules,
    labels tight with colons, the words 업태/종목 on each trade row."""
    page = Page(face)
    boxed = layout == "boxed"
    f = rec.fields
    page.text(20, 17, f"발급번호 : {rec.issue_no}", 8)
    if boxed:
        page.ops += [
            Rule(16, 26, 194, 26, 0.6),
            Rule(194, 26, 194, 272, 0.6),
            Rule(16, 272, 194, 272, 0.6),
            Rule(16, 26, 16, 272, 0.6),
        ]
    page.centre(44, "사 업 자 등 록 증", 22, True)
    page.centre(54, f"( {rec.form} )", 12)
    page.centre(66, f"등록번호 : {f['reg_no']}", 13, True)
    lx, lw = 22.0, 33.0
    vx, vend = 60.0, 188.0
    y = 82.0

    def label(y: float, s: str, x: float = lx, w: float = lw) -> None:
        if boxed:
            page.spread(x, y, s, w, FIELD_SIZE)
            page.text(x + w + 1.5, y, ":", FIELD_SIZE)
        else:
            page.text(x, y, f"{s.replace(' ', '')} :", FIELD_SIZE)

    def row_rule(y: float) -> None:
        if boxed:
            page.ops.append(Rule(20, y, 190, y, 0.15))

    def value(y: float, s: str, x: float = vx, end: float = vend) -> float:
        lines = page.wrap(s, end - x, FIELD_SIZE) if s else [""]
        for k, line in enumerate(lines):
            if line:
                page.text(x, y + k * LINE, line, FIELD_SIZE)
        return y + (len(lines) - 1) * LINE

    def single(y: float, name: str, s: str) -> float:
        label(y, name)
        last = value(y, s)
        row_rule(last + 4)
        return last + 10.5

    corporate = rec.kind == "corporate"
    y = single(y, "법인명(단체명)" if corporate else "상 호", f["trade_name"])
    if corporate:
        y = single(y, "대 표 자", f["representative"])
        label(y, "개업연월일")
        value(y, korean_date(f["open_date"]), vx, 120)
        label(y, "법인등록번호", 122, 24)
        value(y, f["corp_reg_no"], 151, vend)
        row_rule(y + 4)
        y += 10.5
        y = single(y, "사업장 소재지", f["address"])
        y = single(y, "본점 소재지", f["hq_address"])
    else:
        label(y, "성 명")
        value(y, f["representative"], vx, 120)
        label(y, "생년월일", 122, 24)
        value(y, korean_date(f["birth_date"]), 151, vend)
        row_rule(y + 4)
        y += 10.5
        y = single(y, "개업연월일", korean_date(f["open_date"]))
        y = single(y, "사업장 소재지", f["address"])
    # 사업의 종류
    label(y, "사업의 종류")
    split = 116.0
    if boxed:
        top = y - 4.5
        page.spread(vx + 14, y, "업태", 12, FIELD_SIZE)
        page.spread(split + 28, y, "종목", 12, FIELD_SIZE)
        page.ops += [
            Rule(vx - 1, top, vend + 1, top),
            Rule(vx - 1, y + 2, vend + 1, y + 2),
            Rule(split - 1, top, split - 1, y + 2),
        ]
        y += 7.5
        for t, i in rec.rows:
            a = value(y, t, vx, split - 3)
            b = value(y, i, split + 1, vend)
            y = max(a, b) + 6.5
            page.ops.append(Rule(vx - 1, y - 4.5, vend + 1, y - 4.5))
        page.ops += [
            Rule(vx - 1, top, vx - 1, y - 4.5),
            Rule(vend + 1, top, vend + 1, y - 4.5),
            Rule(split - 1, top, split - 1, y - 4.5),
        ]
        y += 4.0
    else:
        for t, i in rec.rows:
            page.text(vx, y, "업태", FIELD_SIZE)
            page.text(split - 2, y, "종목", FIELD_SIZE)
            a = value(y, t, vx + 12, split - 4)
            b = value(y, i, split + 10, vend)
            y = max(a, b) + LINE + 1.5
        y += 3.5
    row_rule(y - 6.5)
    y = single(y, "발급사유", rec.reason)
    if not corporate:
        y = single(y, "공동사업자", " ".join(rec.partners))
    page.text(lx, y, "사업자 단위 과세 적용사업자 여부 :  여(   )  부( V )", FIELD_SIZE)
    y += 9
    page.text(lx, y, f"전자세금계산서 전용 전자우편주소 : {rec.email}", FIELD_SIZE)
    y = max(y + 16, 232.0)
    page.centre(y, korean_date(f["issue_date"], tight=rnd.random() < 0.3), 12)
    office = f["tax_office"] + "장"
    y += 15
    spaced = " ".join(office) if not boxed else office
    size = 17.0
    w = page.width(spaced, size, True)
    x0 = 105 - w / 2
    page.text(x0, y, spaced, size, True)
    page.ops.append(
        Seal(
            x0 + w - 2 + rnd.uniform(-3, 6),
            y - 3 + rnd.uniform(-2, 2),
            19,
            office + "인",
            rnd.uniform(-5, 5),
        )
    )
    if boxed:
        page.text(
            20,
            279,
            "국세청 홈택스(www.hometax.go.kr)의 발급문서확인 메뉴에서 진위를 확인할 수 있습니다.",
            7,
        )
    return page


# ---------------------------------------------------------------------------------------------
# Raster backend

INK = (24, 24, 28)
SEAL_RED = (205, 38, 38)


@cache
def pil_font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


def seal_image(seal: Seal, face: str, scale: float) -> Image.Image:
    """A square red seal, the characters in columns read right to left; alpha is the ink."""
    side = int(seal.side * scale)
    img = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(img)
    border = max(2, int(side * 0.07))
    draw.rectangle(
        (border // 2, border // 2, side - border // 2 - 1, side - border // 2 - 1),
        outline=230,
        width=border,
    )
    chars = list(seal.text)
    ncol = 2 if len(chars) <= 6 else 3
    nrow = math.ceil(len(chars) / ncol)
    inner = side - 4 * border
    cell_w, cell_h = inner / ncol, inner / nrow
    font = pil_font(face_path(face, True), max(6, int(min(cell_w, cell_h) * 0.92)))
    for k, ch in enumerate(chars):
        col = ncol - 1 - k // nrow
        row = k % nrow
        cx = 2 * border + (col + 0.5) * cell_w
        cy = 2 * border + (row + 0.5) * cell_h
        draw.text((cx, cy), ch, fill=230, font=font, anchor="mm")
    return img.rotate(seal.angle, resample=Image.Resampling.BICUBIC, expand=True)


def render(page: Page, dpi: float) -> Image.Image:
    scale = dpi / 25.4
    w, h = round(210 * scale), round(297 * scale)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    seals: list[Seal] = []
    for op in page.ops:
        if isinstance(op, Text):
            font = pil_font(face_path(page.face, op.bold), max(4, round(op.size / 72 * dpi)))
            draw.text((op.x * scale, op.y * scale), op.text, fill=INK, font=font, anchor="ls")
        elif isinstance(op, Rule):
            draw.line(
                (op.x1 * scale, op.y1 * scale, op.x2 * scale, op.y2 * scale),
                fill=INK,
                width=max(1, round(op.width * scale)),
            )
        else:
            seals.append(op)
    arr = np.asarray(img).astype(np.float32)
    for seal in seals:
        s = np.asarray(seal_image(seal, page.face, scale)).astype(np.float32) / 255 * 0.85
        sh, sw = s.shape
        x0, y0 = round(seal.cx * scale - sw / 2), round(seal.cy * scale - sh / 2)
        region = arr[y0 : y0 + sh, x0 : x0 + sw]
        colour = np.array(SEAL_RED, np.float32) / 255
        region *= 1 - s[..., None] * (1 - colour)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# Vector-outline PDF backend: every glyph a filled path, no font, no text layer


class _PathPen(BasePen):  # type: ignore[misc]
    def __init__(self, glyphset: Any, x: float, y: float, scale: float) -> None:
        super().__init__(glyphset)
        self.ops: list[str] = []
        self.x, self.y, self.s = x, y, scale

    def _p(self, pt: tuple[float, float]) -> str:
        return f"{self.x + pt[0] * self.s:.2f} {self.y + pt[1] * self.s:.2f}"

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (fontTools calls these names)
        self.ops.append(f"{self._p(pt)} m")

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (fontTools calls these names)
        self.ops.append(f"{self._p(pt)} l")

    def _curveToOne(  # noqa: N802 (fontTools calls these names)
        self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
    ) -> None:
        self.ops.append(f"{self._p(p1)} {self._p(p2)} {self._p(p3)} c")

    def _qCurveToOne(self, p1: tuple[float, float], p2: tuple[float, float]) -> None:  # noqa: N802 (fontTools calls these names)
        p0 = self._getCurrentPoint()
        c1 = (p0[0] + 2 / 3 * (p1[0] - p0[0]), p0[1] + 2 / 3 * (p1[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (p1[0] - p2[0]), p2[1] + 2 / 3 * (p1[1] - p2[1]))
        self._curveToOne(c1, c2, p2)

    def _closePath(self) -> None:  # noqa: N802 (fontTools calls these names)
        self.ops.append("h")


PT = 72 / 25.4


def _glyph_paths(path: Path, s: str, x_pt: float, y_pt: float, size: float) -> list[str]:
    font = tt(path)
    cmap = font.getBestCmap()
    gs = font.getGlyphSet()
    upm = font["head"].unitsPerEm
    scale = size / upm
    out: list[str] = []
    for ch in s:
        name = cmap[ord(ch)]
        pen = _PathPen(gs, x_pt, y_pt, scale)
        gs[name].draw(pen)
        out += pen.ops
        x_pt += font["hmtx"][name][0] * scale
    return out


def outline_content(page: Page) -> bytes:
    ink = f"{INK[0] / 255:.3f} {INK[1] / 255:.3f} {INK[2] / 255:.3f}"
    out = [f"{ink} rg {ink} RG"]
    seals: list[Seal] = []
    for op in page.ops:
        if isinstance(op, Text):
            paths = _glyph_paths(
                face_path(page.face, op.bold), op.text, op.x * PT, (297 - op.y) * PT, op.size
            )
            if paths:
                out += [*paths, "f"]
        elif isinstance(op, Rule):
            out.append(
                f"{op.width * PT:.2f} w {op.x1 * PT:.2f} {(297 - op.y1) * PT:.2f} m "
                f"{op.x2 * PT:.2f} {(297 - op.y2) * PT:.2f} l S"
            )
        else:
            seals.append(op)
    red = f"{SEAL_RED[0] / 255:.3f} {SEAL_RED[1] / 255:.3f} {SEAL_RED[2] / 255:.3f}"
    for seal in seals:
        a = math.radians(seal.angle)
        cx, cy = seal.cx * PT, (297 - seal.cy) * PT
        side = seal.side * PT
        out.append(
            f"q /Mul gs {math.cos(a):.4f} {math.sin(a):.4f} {-math.sin(a):.4f} {math.cos(a):.4f} "
            f"{cx:.2f} {cy:.2f} cm"
        )
        out.append(
            f"{red} rg {red} RG {side * 0.07:.2f} w {-side * 0.465:.2f} {-side * 0.465:.2f} "
            f"{side * 0.93:.2f} {side * 0.93:.2f} re S"
        )
        chars = list(seal.text)
        ncol = 2 if len(chars) <= 6 else 3
        nrow = math.ceil(len(chars) / ncol)
        inner = side * 0.72
        cw, ch_ = inner / ncol, inner / nrow
        size = min(cw, ch_) * 0.92
        path = face_path(page.face, True)
        for k, c in enumerate(chars):
            col = ncol - 1 - k // nrow
            row = k % nrow
            w = text_width(c, path, size) * PT
            x = -inner / 2 + (col + 0.5) * cw - w / 2
            y = inner / 2 - (row + 0.5) * ch_ - size * 0.35
            out += [*_glyph_paths(path, c, x, y, size), "f"]
        out.append("Q")
    return "\n".join(out).encode("ascii")


# ---------------------------------------------------------------------------------------------
# A PDF written by hand: fixed dates, no /ID, so the same bytes every time

PDF_DATE = "D:20261201090000+09'00'"
A4_PT = (595.28, 841.89)


def write_pdf(
    pages: list[tuple[bytes, dict[str, bytes]]], producer: str, extgstate: bool = False
) -> bytes:
    """pages: (content stream, {name: image XObject dictionary+stream bytes}); objects numbered
    1 catalog, 2 pages, 3 info, then per page: page, content, images."""
    objs: list[bytes] = [b"", b"", b""]
    kids: list[int] = []
    for content, images in pages:
        page_no = len(objs) + 1
        kids.append(page_no)
        objs.append(b"")
        comp = zlib.compress(content, 9)
        objs.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        )
        content_no = len(objs)
        xobj = []
        for name, body in images.items():
            objs.append(body)
            xobj.append(f"/{name} {len(objs)} 0 R")
        res = "<< /ProcSet [/PDF /ImageC /ImageB]"
        if xobj:
            res += " /XObject << " + " ".join(xobj) + " >>"
        if extgstate:
            res += " /ExtGState << /Mul << /Type /ExtGState /BM /Multiply >> >>"
        res += " >>"
        objs[page_no - 1] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4_PT[0]} {A4_PT[1]}] "
            f"/Resources {res} /Contents {content_no} 0 R >>"
        ).encode()
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    objs[2] = (
        f"<< /Producer ({producer}) /CreationDate ({PDF_DATE}) /ModDate ({PDF_DATE}) >>".encode()
    )
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        xref,
    )
    return bytes(out)


def jpeg_bytes(arr: Arr, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def image_page(arr: Arr, quality: int) -> tuple[bytes, dict[str, bytes]]:
    """A scanner's page: one JPEG filling A4, nothing else."""
    data = jpeg_bytes(arr, quality)
    h, w = arr.shape[:2]
    space = "/DeviceGray" if arr.ndim == 2 else "/DeviceRGB"
    body = (
        (
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n"
        ).encode()
        + data
        + b"\nendstream"
    )
    content = f"q {A4_PT[0]} 0 0 {A4_PT[1]} 0 0 cm /Im0 Do Q".encode()
    return content, {"Im0": body}


# ---------------------------------------------------------------------------------------------
# Image helpers


def to_arr(img: Image.Image) -> Arr:
    return np.asarray(img).astype(np.float32)


def gauss(rng: np.random.Generator, sigma: float, shape: tuple[int, ...]) -> Arr:
    return np.asarray(rng.normal(0, sigma, shape), np.float32)


def u8(arr: Arr) -> Arr:
    return np.clip(arr, 0, 255).astype(np.uint8)


def smooth_noise(rng: np.random.Generator, h: int, w: int, cells: int) -> Arr:
    """Low-frequency noise in [-1, 1]: a coarse random grid upsampled smoothly."""
    gh, gw = max(2, cells * h // max(h, w)), max(2, cells * w // max(h, w))
    grid = rng.uniform(-1, 1, (gh, gw)).astype(np.float32)
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)


def skew(arr: Arr, angle: float, fill: float | tuple[float, ...]) -> Arr:
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = fill if isinstance(fill, tuple) else (fill, fill, fill)
    return cv2.warpAffine(
        arr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def background(rng: np.random.Generator, h: int, w: int, kind: str) -> Arr:
    if kind == "wood":
        base = np.array((150, 105, 70), np.float32)
        grain = smooth_noise(rng, h, w // 8, 40)
        grain = cv2.resize(grain, (w, h))
        stripes = np.sin(np.linspace(0, 60, h)[:, None] + grain * 6) * 0.12
        bg: Arr = base * (1 + stripes[..., None])
    elif kind == "cloth":
        base = np.array(rng.choice([(70, 80, 110), (120, 120, 118), (60, 90, 70)]), np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        weave = (np.sin(xx * 0.9) * np.sin(yy * 0.9)) * 0.06
        bg = base * (1 + weave[..., None])
    else:  # a grey or white desk
        base = np.array(rng.choice([(185, 185, 182), (225, 222, 215), (95, 95, 100)]), np.float32)
        bg = np.broadcast_to(base, (h, w, 3)).copy()
    bg = bg * (1 + smooth_noise(rng, h, w, 6)[..., None] * 0.08)
    return bg.astype(np.float32)


@dataclass
class Shot:
    canvas: tuple[int, int]  # width, height
    fill: float  # page height as a share of the frame height
    tilt: float
    keystone: float
    light_min: float
    light_side: int  # 0 left, 1 right, 2 top, 3 bottom
    blur: float
    noise: float
    bg: str
    cut: str = ""  # "", or the side of the page left outside the frame: left/right/top/bottom


def light_field(h: int, w: int, side: int, lo: float) -> Arr:
    t = np.linspace(lo, 1.0, w if side < 2 else h, dtype=np.float32)
    if side in (1, 3):
        t = t[::-1]
    return np.broadcast_to(t[None, :] if side < 2 else t[:, None], (h, w)).copy()


def quad(
    w: float,
    h: float,
    scale: float,
    angle: float,
    keystone: tuple[float, float],
    centre: tuple[float, float],
) -> list[tuple[float, float]]:
    """Where a w × h picture's corners land: its top edge shortened by keystone[0] (seen from
    below) or its left edge by keystone[1] (seen from the right), scaled, turned, centred."""
    a = math.radians(angle)
    out = []
    for i, (x0, y0) in enumerate(((0, 0), (w, 0), (w, h), (0, h))):
        x, y = x0 - w / 2, y0 - h / 2
        if i < 2:
            x *= 1 - keystone[0]
        if i in (0, 3):
            y *= 1 - keystone[1]
        x, y = x * scale, y * scale
        out.append(
            (
                x * math.cos(a) - y * math.sin(a) + centre[0],
                x * math.sin(a) + y * math.cos(a) + centre[1],
            )
        )
    return out


def photograph(
    page: Arr, rng: np.random.Generator, shot: Shot, ink_mm: tuple[float, float, float, float]
) -> Arr:
    """Place the page (RGB float, A4) in a frame: tilt, keystone, a soft shadow, light falling
    off across the frame, focus blur and sensor noise. With `shot.cut`, the frame is cropped so
    one paper edge is outside it while the ink (ink_mm, a box in mm) stays inside."""
    ph, pw = page.shape[:2]
    cw, chh = shot.canvas
    scale = shot.fill * chh / ph
    corners = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    shift = rng.uniform(-0.015, 0.015) * cw
    dst = quad(pw, ph, scale, shot.tilt, (shot.keystone, 0.0), (cw / 2 + shift, chh / 2))
    hmat = cv2.getPerspectiveTransform(corners, np.array(dst, np.float32))
    warped = cv2.warpPerspective(
        page, hmat, (cw, chh), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(
        np.ones((ph, pw), np.float32), hmat, (cw, chh), flags=cv2.INTER_LINEAR
    )
    bg = background(rng, chh, cw, shot.bg)
    shadow = cv2.GaussianBlur(
        np.roll(mask, (int(0.01 * chh), int(0.008 * cw)), (0, 1)), (0, 0), 0.012 * chh
    )
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    out *= light_field(chh, cw, shot.light_side, shot.light_min)[..., None]
    if shot.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), shot.blur)
    out += gauss(rng, shot.noise, out.shape)
    if shot.cut:
        px = pw / 210  # page pixels per mm
        x0, y0, x1, y1 = ink_mm
        ink = np.array(
            [[x0 * px, y0 * px], [x1 * px, y0 * px], [x1 * px, y1 * px], [x0 * px, y1 * px]],
            np.float32,
        )
        ink_d = cv2.perspectiveTransform(ink[None], hmat)[0]
        pap_d = np.array(dst, np.float32)
        # the frame's edge falls 60 % of the way from the page's outermost point to the ink's
        # outermost point: a strip of paper is lost, never a mark (whatever the tilt)
        axis = 0 if shot.cut in ("left", "right") else 1
        if shot.cut in ("left", "top"):
            paper, ink_end = float(pap_d[:, axis].min()), float(ink_d[:, axis].min())
            c = max(0, int(paper + 0.6 * (ink_end - paper)))
            out = out[:, c:] if axis == 0 else out[c:]
        else:
            paper, ink_end = float(pap_d[:, axis].max()), float(ink_d[:, axis].max())
            c = math.ceil(paper - 0.6 * (paper - ink_end))
            out = out[:, :c] if axis == 0 else out[:c]
    return out


INK_BOX = (15.0, 12.0, 195.0, 283.0)  # every mark on the page lies inside this box (mm)


def scan(
    page: Arr,
    rng: np.random.Generator,
    src_dpi: float,
    dpi: float,
    angle: float,
    noise: float,
    grey: bool,
) -> Arr:
    """A flatbed scan: resampled to `dpi`, a small skew on the lid's white, sensor noise."""
    h, w = page.shape[:2]
    f = dpi / src_dpi
    arr = cv2.resize(page, (round(w * f), round(h * f)), interpolation=cv2.INTER_AREA)
    arr = skew(arr, angle, (250.0, 250.0, 248.0))
    arr = cv2.GaussianBlur(arr, (0, 0), 0.5)
    arr += gauss(rng, noise, arr.shape)
    if grey:
        arr = arr @ np.array([0.299, 0.587, 0.114], np.float32)
    return arr


# ---------------------------------------------------------------------------------------------
# Second documents: an ID card, a card receipt, a bankbook page


def other_doc(kind: str, rnd: random.Random, dpi: float) -> Arr:
    """A small document rendered at `dpi` (RGB float) to sit beside or before the certificate."""
    s = dpi / 25.4
    font = pil_font(face_path("NanumGothic", False), max(6, round(9 / 72 * dpi)))
    bold = pil_font(face_path("NanumGothic", True), max(6, round(12 / 72 * dpi)))
    if kind == "idcard":
        img = Image.new("RGB", (round(85.6 * s), round(54 * s)), (226, 236, 242))
        d = ImageDraw.Draw(img)
        d.text((6 * s, 10 * s), "주민등록증", fill=(20, 30, 60), font=bold, anchor="ls")
        d.text((6 * s, 20 * s), f"{make_name(rnd)}", fill=INK, font=bold, anchor="ls")
        d.text(
            (6 * s, 27 * s),
            f"{rnd.randint(60, 99)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}-"
            f"{rnd.choice('12')}******",
            fill=INK,
            font=font,
            anchor="ls",
        )
        addr = make_address(rnd, rnd.randrange(len(DISTRICTS)), dt.date(2020, 1, 1), False)
        d.text((6 * s, 34 * s), addr[:18], fill=INK, font=font, anchor="ls")
        d.text((6 * s, 39 * s), addr[18:36], fill=INK, font=font, anchor="ls")
        d.text(
            (30 * s, 49 * s),
            f"20{rnd.randint(10, 24)}. {rnd.randint(1, 12)}. {rnd.randint(1, 28)}.",
            fill=INK,
            font=font,
            anchor="ls",
        )
        d.rectangle((60 * s, 8 * s, 80 * s, 34 * s), fill=(170, 175, 180))
        return to_arr(img)
    if kind == "receipt":
        img = Image.new("RGB", (round(72 * s), round(150 * s)), (246, 245, 240))
        d = ImageDraw.Draw(img)
        form = rnd.choice(("일반과세자", "간이과세자"))
        ending = rnd.choice(TRADES_SMALL)[2]
        lines = [
            "[카드 매출전표]",
            "",
            f"상호: {make_trade_name(rnd, ending, False)}",
            f"사업자번호: {make_bizno(rnd, form)}",
            f"대표자: {make_name(rnd)}",
            "----------------------------",
            f"2026-{rnd.randint(1, 11):02d}-{rnd.randint(1, 28):02d} "
            f"{rnd.randint(9, 21)}:{rnd.randint(0, 59):02d}",
        ]
        total = 0
        for _ in range(rnd.randint(2, 5)):
            price = rnd.randint(2, 40) * 500
            total += price
            lines.append(
                f"{rnd.choice(('커피', '김밥', '생수', '볼펜', 'A4용지', '택배비'))}  1  {price:,}"
            )
        lines += [
            "----------------------------",
            f"합계  {total:,}원",
            f"승인번호 {rnd.randint(10000000, 99999999)}",
            "감사합니다",
        ]
        for k, line in enumerate(lines):
            d.text((5 * s, (10 + k * 5.2) * s), line, fill=(40, 40, 48), font=font, anchor="ls")
        return to_arr(img)
    # a bankbook page copied onto A4 (for the two-page PDF)
    img = Image.new("RGB", (round(210 * s), round(297 * s)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((20 * s, 20 * s, 190 * s, 110 * s), outline=INK, width=max(1, round(0.4 * s)))
    d.text(
        (28 * s, 36 * s),
        rnd.choice(("우리은행", "국민은행", "신한은행", "농협은행", "하나은행"))
        + "  보통예금 통장",
        fill=INK,
        font=bold,
        anchor="ls",
    )
    d.text(
        (28 * s, 56 * s),
        f"계좌번호  {rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}-"
        f"{rnd.randint(100000, 999999)}",
        fill=INK,
        font=font,
        anchor="ls",
    )
    d.text((28 * s, 70 * s), f"예 금 주  {make_name(rnd)}", fill=INK, font=font, anchor="ls")
    d.text(
        (28 * s, 84 * s),
        f"개설일  20{rnd.randint(10, 25)}. {rnd.randint(1, 12):02d}. {rnd.randint(1, 28):02d}",
        fill=INK,
        font=font,
        anchor="ls",
    )
    d.text(
        (20 * s, 130 * s),
        "위 통장 사본은 원본과 같음을 확인합니다.",
        fill=INK,
        font=font,
        anchor="ls",
    )
    return to_arr(img)


# ---------------------------------------------------------------------------------------------
# The ten captures. Each returns (file bytes, extension, parameters).

CAPTURES = (
    "coloured_paper",
    "crumpled",
    "beside_doc",
    "monitor",
    "copy3",
    "pdf_outline",
    "pdf_page2",
    "pdf_scan200",
    "lowlight",
    "kakao",
)
PAPERS = {
    "yellow": (250, 241, 198),
    "pink": (250, 226, 228),
    "sky": (222, 236, 250),
    "green": (230, 244, 218),
    "recycled": (224, 218, 203),
}


def cap_coloured_paper(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    paper_name = rnd.choice(sorted(PAPERS))
    paper = np.array(PAPERS[paper_name], np.float32)
    arr = to_arr(render(page, 300)) / 255 * paper  # toner darkens the paper's own colour
    h, w = arr.shape[:2]
    arr *= (1 + smooth_noise(rng, h, w, 30) * 0.025)[..., None]  # uneven dye / pulp
    if paper_name == "recycled":  # flecks and short fibres of recycled pulp
        for _ in range(900):
            x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
            r = int(rng.integers(1, 4))
            shade = float(rng.uniform(0.45, 0.85))
            if rng.random() < 0.75:
                cv2.circle(arr, (x, y), r, tuple(float(c) * shade for c in paper), -1)
            else:
                dx, dy = int(rng.integers(-25, 25)), int(rng.integers(-25, 25))
                cv2.line(arr, (x, y), (x + dx, y + dy), tuple(float(c) * shade for c in paper), 1)
    dpi = rnd.choice((200, 300))
    out = scan(arr, rng, 300, dpi, rnd.uniform(-0.8, 0.8), rnd.uniform(2, 4), False)
    q = rnd.randint(84, 92)
    return jpeg_bytes(u8(out), q), "jpg", {"paper": paper_name, "dpi": dpi, "quality": q}


def crumple(page: Arr, rng: np.random.Generator, side: int, depth: float) -> Arr:
    """Crumpled and flattened: a height field of many small facets and sharp creases; the page
    is displaced along its slopes and shaded by a low light from one side."""
    h, w = page.shape[:2]
    height = smooth_noise(rng, h, w, 14) * 1.0 + smooth_noise(rng, h, w, 40) * 0.25
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(int(rng.integers(12, 20))):  # creases: short ridges that fade at both ends
        a = rng.uniform(0, math.pi)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        across = (xx - cx) * math.sin(a) - (yy - cy) * math.cos(a)
        along = (xx - cx) * math.cos(a) + (yy - cy) * math.sin(a)
        length = rng.uniform(0.12, 0.35) * w
        ridge = np.maximum(0, 1 - np.abs(across) / (0.015 * w)) * np.exp(-((along / length) ** 2))
        height += float(rng.uniform(-0.4, 0.4)) * ridge
    gy, gx = np.gradient(cv2.GaussianBlur(height, (0, 0), 1.5))
    spread = float(np.std(np.hypot(gx, gy))) + 1e-6
    gx, gy = gx / spread, gy / spread  # slopes in units of their typical size
    moved = cv2.remap(
        page, xx + gx * 0.8, yy + gy * 0.8, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    lx, ly = {0: (-1.0, -0.2), 1: (1.0, -0.2), 2: (-0.2, -1.0), 3: (0.2, 1.0)}[side]
    # facets turned to the light brighten, those turned away darken; the ink stays legible
    shade = np.clip(0.95 + depth * 0.22 * (gx * lx + gy * ly), 0.62, 1.08)
    return np.asarray(moved * shade[..., None], np.float32)


def _photo_shot(rnd: random.Random, portrait: bool, cut: str, bg: str | None = None) -> Shot:
    canvas = (3000, 4000) if portrait else (4000, 3000)
    return Shot(
        canvas,
        rnd.uniform(0.78, 0.88) if portrait else 0.9,
        rnd.uniform(-5, 5),
        rnd.uniform(0.0, 0.06),
        rnd.uniform(0.7, 0.88),
        rnd.randrange(4),
        rnd.uniform(0.6, 1.1),
        rnd.uniform(2, 4),
        bg or rnd.choice(("wood", "cloth", "desk")),
        cut,
    )


def cap_crumpled(
    page: Page, rnd: random.Random, rng: np.random.Generator, cut: str
) -> tuple[bytes, str, dict[str, Any]]:
    side = rnd.randrange(2)
    depth = rnd.uniform(0.35, 0.6)
    arr = crumple(to_arr(render(page, 220)), rng, side, depth)
    shot = _photo_shot(rnd, True, cut)
    shot.light_side = side
    out = photograph(arr, rng, shot, INK_BOX)
    q = rnd.randint(86, 93)
    return (
        jpeg_bytes(u8(out), q),
        "jpg",
        {
            "light_from": ("left", "right")[side],
            "depth": round(depth, 3),
            "quality": q,
            "cut": cut,
            "tilt": round(shot.tilt, 2),
        },
    )


def cap_beside_doc(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """The certificate and a second document side by side on a desk, one landscape photo."""
    dpi = 230.0
    s = dpi / 25.4
    cert = to_arr(render(page, dpi))
    other_kind = rnd.choice(("idcard", "receipt"))
    other = other_doc(other_kind, rnd, dpi)
    oh, ow = other.shape[:2]
    ang = rnd.uniform(-12, 12)
    rad = math.radians(ang)
    bw = round(ow * abs(math.cos(rad)) + oh * abs(math.sin(rad)))  # the turned document's box
    bh = round(ow * abs(math.sin(rad)) + oh * abs(math.cos(rad)))
    m = cv2.getRotationMatrix2D((ow / 2, oh / 2), ang, 1.0)
    m[:, 2] += ((bw - ow) / 2, (bh - oh) / 2)
    rot = cv2.warpAffine(other, m, (bw, bh))
    rmask = cv2.warpAffine(np.ones((oh, ow), np.float32), m, (bw, bh))
    ch, cw = cert.shape[:2]
    ox, oy = round(8 * s), round(11 * s)
    gap = round(rnd.uniform(8, 20) * s)  # the two documents never overlap
    sw, sh = ox + cw + gap + bw + round(10 * s), round(320 * s)
    scene = background(rng, sh, sw, rnd.choice(("wood", "desk")))
    scene[oy : oy + ch, ox : ox + cw] = cert
    tx = ox + cw + gap
    ty = rnd.randint(round(10 * s), sh - bh - round(10 * s))
    region = scene[ty : ty + bh, tx : tx + bw]
    region[:] = region * (1 - rmask[..., None]) + rot * rmask[..., None]
    shot = Shot(
        (4000, 3000),
        0.97,
        rnd.uniform(-3, 3),
        rnd.uniform(0.0, 0.05),
        rnd.uniform(0.72, 0.9),
        rnd.randrange(4),
        rnd.uniform(0.5, 1.0),
        rnd.uniform(2, 4),
        "desk",
    )
    out = photograph(scene, rng, shot, INK_BOX)
    q = rnd.randint(86, 93)
    return jpeg_bytes(u8(out), q), "jpg", {"beside": other_kind, "quality": q}


def cap_monitor(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """The PDF open full-height on a QHD monitor, photographed: the screen's sub-pixel stripes
    and black matrix beat against the camera's pixels (moiré), a window's glare, a blue cast."""
    sw, sh = 2560, 1440
    screen = np.full((sh, sw, 3), (58, 58, 62), np.float32)
    screen[:44] = (236, 236, 238)
    ui = Image.fromarray(u8(screen))
    d = ImageDraw.Draw(ui)
    d.text(
        (20, 30),
        f"사업자등록증_{rnd.randint(1, 9)}.pdf - PDF 뷰어",
        fill=(30, 30, 30),
        font=pil_font(face_path("NanumGothic", False), 18),
        anchor="ls",
    )
    screen = to_arr(ui)
    ph = sh - 44 - 40
    dpi = ph / (297 / 25.4)
    pg = to_arr(render(page, dpi))
    pg = cv2.resize(pg, (round(ph * 210 / 297), ph), interpolation=cv2.INTER_AREA)
    x0 = (sw - pg.shape[1]) // 2
    screen[64 : 64 + ph, x0 : x0 + pg.shape[1]] = pg
    # sub-pixels: each screen pixel becomes three columns R, G, B and three rows, the last dim
    rep = np.repeat(u8(screen), 3, axis=0)
    sub = np.zeros((sh * 3, sw * 3, 3), np.uint8)
    for c in range(3):
        sub[:, c::3, c] = rep[..., c]
    sub[2::3] = (sub[2::3].astype(np.uint16) * 2 // 5).astype(np.uint8)
    bezel = 90
    framed = np.zeros((sub.shape[0] + 2 * bezel, sub.shape[1] + 2 * bezel, 3), np.uint8)
    framed[:] = (18, 18, 20)
    framed[bezel:-bezel, bezel:-bezel] = sub
    fh, fw = framed.shape[:2]
    cw, chh = 4000, 3000
    scale = rnd.uniform(0.93, 1.0) * cw / fw
    angle, key = rnd.uniform(-3, 3), rnd.uniform(0.0, 0.05)
    src = np.array([[0, 0], [fw, 0], [fw, fh], [0, fh]], np.float32)
    dst = quad(fw, fh, scale, angle, (0.0, key), (cw / 2, chh / 2))
    hmat = cv2.getPerspectiveTransform(src, np.array(dst, np.float32))
    shot = cv2.warpPerspective(
        framed, hmat, (cw, chh), flags=cv2.INTER_LINEAR, borderValue=(40, 38, 36)
    )
    gain = rnd.uniform(2.5, 2.9)  # the camera exposes for the screen's light
    out: Arr = shot.astype(np.float32) * gain
    out *= np.array((0.9, 0.97, 1.08), np.float32)  # blue cast
    yy, xx = np.mgrid[0:chh, 0:cw].astype(np.float32)
    gx, gy = rnd.uniform(0.2, 0.8) * cw, rnd.uniform(0.2, 0.8) * chh
    glare = np.exp(-(((xx - gx) / (0.22 * cw)) ** 2 + ((yy - gy) / (0.35 * chh)) ** 2))
    strength = rnd.uniform(45, 90)
    out += (glare * strength)[..., None]
    out = 18 + out * (1 - 18 / 255)  # lifted blacks
    out = cv2.GaussianBlur(out, (0, 0), rnd.uniform(0.6, 1.0))
    out += gauss(rng, 3, out.shape)
    q = rnd.randint(85, 92)
    return (
        jpeg_bytes(u8(out), q),
        "jpg",
        {
            "screen": "2560x1440",
            "page_dpi_on_screen": round(dpi, 1),
            "glare": round(strength),
            "quality": q,
        },
    )


def cap_copy3(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A copy of a copy of a copy: each pass grows the strokes, greys the paper, blurs, shifts,
    and repeats the drum's streaks at the same place."""
    arr = to_arr(render(page, 300)) @ np.array([0.299, 0.587, 0.114], np.float32)
    h, w = arr.shape
    streaks = [
        (int(rng.integers(0, w)), int(rng.integers(2, 6)), float(rng.uniform(12, 40)))
        for _ in range(rnd.randint(2, 5))
    ]
    kernel = np.ones((2, 2), np.uint8)
    for gen in range(3):
        arr = skew(arr, rnd.uniform(-0.45, 0.45), 255.0)
        arr = cv2.GaussianBlur(arr, (0, 0), 0.7)
        grown = cv2.erode(arr, kernel)  # dark grows into light: toner spreads on each pass
        arr = 0.55 * arr + 0.45 * grown
        arr = 255 - (255 - arr) * 1.08  # the copier's contrast
        arr = arr * (0.965 - 0.01 * gen) + smooth_noise(rng, h, w, 25) * 5  # grey fill, mottle
        for x, width, depth in streaks:
            along = 0.6 + 0.4 * smooth_noise(rng, h, 1, 30)[:, 0]
            arr[:, x : x + width] -= (depth * along)[:, None]
        specks = rng.random((h, w)) < 0.00025
        arr[specks] = rng.uniform(30, 120)
    arr = cv2.resize(arr, (1654, 2339), interpolation=cv2.INTER_AREA)
    arr += gauss(rng, 3, arr.shape)
    if rnd.random() < 0.34:
        buf = io.BytesIO()
        Image.fromarray(u8(arr), "L").save(buf, "PNG")
        return buf.getvalue(), "png", {"generations": 3, "dpi": 200, "streaks": len(streaks)}
    q = rnd.randint(76, 86)
    return (
        jpeg_bytes(u8(arr), q),
        "jpg",
        {"generations": 3, "dpi": 200, "streaks": len(streaks), "quality": q},
    )


def cap_pdf_outline(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    producer = rnd.choice(("PDF Print Driver 4.2 (outlines)", "Report Writer 7 / text as curves"))
    return (
        write_pdf([(outline_content(page), {})], producer, extgstate=True),
        "pdf",
        {"producer": producer, "text_layer": False},
    )


def cap_pdf_page2(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    """A two-page ADF scan: a bankbook copy first, the certificate second; 200 dpi grey."""
    first = other_doc("bankbook", rnd, 200)
    pages = []
    for arr in (first, to_arr(render(page, 300))):
        src = 200 if arr.shape[1] < 2000 else 300
        pages.append(image_page(u8(scan(arr, rng, src, 200, rnd.uniform(-0.9, 0.9), 3, True)), 82))
    return (
        write_pdf(pages, "Scan2PDF ADF"),
        "pdf",
        {"pages": 2, "certificate_page": 2, "dpi": 200, "text_layer": False},
    )


def cap_pdf_scan200(
    page: Page, rnd: random.Random, rng: np.random.Generator
) -> tuple[bytes, str, dict[str, Any]]:
    grey = rnd.random() < 0.5
    arr = scan(
        to_arr(render(page, 300)), rng, 300, 200, rnd.uniform(-1, 1), rnd.uniform(2, 5), grey
    )
    q = rnd.randint(72, 88)
    return (
        write_pdf([image_page(u8(arr), q)], "MFP Scan to PDF"),
        "pdf",
        {"dpi": 200, "grey": grey, "quality": q, "text_layer": False},
    )


def cap_lowlight(
    page: Page, rnd: random.Random, rng: np.random.Generator, cut: str
) -> tuple[bytes, str, dict[str, Any]]:
    """A dim room under a warm lamp: the sensor's noise, the phone's brightening and smoothing."""
    arr = to_arr(render(page, 220))
    shot = _photo_shot(rnd, True, cut)
    shot.noise = 0.0
    level = rnd.uniform(0.22, 0.35)
    out: Arr = photograph(arr, rng, shot, INK_BOX) * level
    out *= np.array((1.0, 0.86, 0.62), np.float32)  # warm white balance (tungsten)
    out += gauss(rng, rnd.uniform(3, 5), out.shape)
    out += cv2.resize(
        gauss(rng, 2.5, (out.shape[0] // 4, out.shape[1] // 4, 3)),
        (out.shape[1], out.shape[0]),
    )
    out = cv2.GaussianBlur(out * (0.8 / level), (0, 0), 0.9)  # brightened, then smoothed
    q = rnd.randint(84, 92)
    return jpeg_bytes(u8(out), q), "jpg", {"light": round(level, 3), "quality": q, "cut": cut}


def cap_kakao(
    page: Page, rnd: random.Random, rng: np.random.Generator, cut: str
) -> tuple[bytes, str, dict[str, Any]]:
    """A daylight photo sent by KakaoTalk at standard quality: 1280 px long edge, JPEG q60."""
    arr = to_arr(render(page, 220))
    out = photograph(arr, rng, _photo_shot(rnd, True, cut), INK_BOX)
    h, w = out.shape[:2]
    f = 1280 / max(h, w)
    small = cv2.resize(out, (round(w * f), round(h * f)), interpolation=cv2.INTER_AREA)
    return jpeg_bytes(u8(small), 60), "jpg", {"long_edge": 1280, "quality": 60, "cut": cut}


# ---------------------------------------------------------------------------------------------
# The plan and the driver

FORM_DECK = ("일반과세자",) * 18 + ("간이과세자",) * 10 + ("면세사업자",) * 8 + ("법인사업자",) * 24
CUT_KINDS = ("crumpled", "lowlight", "kakao")


def plan(seed: int, count: int) -> list[dict[str, str]]:
    """Form, capture, layout and face each dealt from their own shuffled deck."""
    rnd = random.Random(seed)
    decks: dict[str, list[str]] = {
        "form": list(FORM_DECK),
        "capture": [c for c in CAPTURES for _ in range(6)],
        "layout": ["boxed"] * 30 + ["open"] * 30,
        "face": list(FACE_DECK),
        "era": ["jibun"] * 9 + ["road"] * 51,
    }
    for deck in decks.values():
        rnd.shuffle(deck)
    entries = [{k: v[i % len(v)] for k, v in decks.items()} for i in range(count)]
    cut_sides = ["left", "right", "top", "bottom", "right", "left"]
    cut_index = 0
    for kind in CUT_KINDS:  # two photos of each kind lose one paper edge (margin only)
        for e in [e for e in entries if e["capture"] == kind][:2]:
            e["cut"] = cut_sides[cut_index % len(cut_sides)]
            cut_index += 1
    return entries


def make_certificate(
    index: int, seed: int, entry: dict[str, str]
) -> tuple[bytes, str, dict[str, Any]]:
    cert_seed = seed * 1000 + index
    rnd = random.Random(cert_seed)
    rng = np.random.default_rng(cert_seed)
    rec = make_record(rnd, entry["form"], entry["era"] == "jibun")
    page = lay_out(rec, entry["face"], entry["layout"], rnd)
    capture = entry["capture"]
    cut = entry.get("cut", "")
    if capture in CUT_KINDS:
        data, ext, params = {
            "crumpled": cap_crumpled,
            "lowlight": cap_lowlight,
            "kakao": cap_kakao,
        }[capture](page, rnd, rng, cut)
    else:
        fn = {
            "coloured_paper": cap_coloured_paper,
            "beside_doc": cap_beside_doc,
            "monitor": cap_monitor,
            "copy3": cap_copy3,
            "pdf_outline": cap_pdf_outline,
            "pdf_page2": cap_pdf_page2,
            "pdf_scan200": cap_pdf_scan200,
        }[capture]
        data, ext, params = fn(page, rnd, rng)
    name = f"blind_{index:04d}.{ext}"
    truth: dict[str, Any] = {
        "image": name,
        "kind": rec.kind,
        "taxpayer_type": rec.form,
        "variant": capture,
        "layout": entry["layout"],
        "font": entry["face"],
        "fields": rec.fields,
        "capture": params,
        "extras": {"era": entry["era"], "cut": cut, "rows": len(rec.rows)},
        "also_printed": {
            "issue_no": rec.issue_no,
            "reason": rec.reason,
            "partners": rec.partners,
            "email": rec.email,
            "rows": rec.rows,
        },
        "seed": cert_seed,
    }
    return data, name, truth


def check_faces() -> None:
    missing = [
        str(face_path(f, b)) for f in FACES for b in (False, True) if not face_path(f, b).exists()
    ]
    if missing:
        raise SystemExit(f"faces missing (install fonts-nanum, fonts-unfonts-core): {missing}")


def generate(out: Path, count: int, seed: int, only: Sequence[int] | None = None) -> str:
    """Write the set (or the certificates `only`) and manifest.json; return the set digest:
    SHA-256 over the lines "name sha256" of every file, sorted by name."""
    check_faces()
    out.mkdir(parents=True, exist_ok=True)
    entries = plan(seed, count)
    files: dict[str, str] = {}
    for i in only if only is not None else range(count):
        data, name, truth = make_certificate(i, seed, entries[i])
        body = json.dumps(truth, ensure_ascii=False, indent=1).encode("utf-8")
        for fname, content in ((name, data), (f"blind_{i:04d}.json", body)):
            (out / fname).write_bytes(content)
            files[fname] = hashlib.sha256(content).hexdigest()
        print(f"  {name} {entries[i]['capture']}", file=sys.stderr)
    digest = hashlib.sha256(
        "".join(f"{n} {h}\n" for n, h in sorted(files.items())).encode()
    ).hexdigest()
    manifest = {
        "seed": seed,
        "count": count,
        "files": dict(sorted(files.items())),
        "set_sha256": digest,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return digest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write certificate set 9")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=2033)
    args = parser.parse_args()
    print(f"set_sha256 {generate(args.out, args.count, args.seed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
