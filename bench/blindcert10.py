"""Certificate set 10: sixty 사업자등록증 files for a later session (issue 17, item 3).

    .venv/bin/python bench/blindcert10.py generate --out DIR [--count 60] [--seed 2034]
    .venv/bin/python bench/blindcert.py score --dir DIR --aggregate

Written from domain-facts.md §4-5 and the truth keys `bench/blindcert.py score` reads, by a
writer who never saw the reader or any earlier renderer (bench/blindcert10.md). Each
certificate `i` has its own seed `seed * 1000 + i` for `random.Random` and NumPy's
`default_rng`; OpenCV runs on one thread; PDFs are written by hand with a fixed date and no
`/ID`, so `generate` makes the same bytes every time on the same libraries. Frozen once
written: never tune on it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

Arr = NDArray[np.float32]
RGB = tuple[int, int, int]
INK: RGB = (24, 24, 28)
SEAL_RED: RGB = (206, 38, 44)

# --------------------------------------------------------------------------------------------
# Faces: six page faces (regular, bold) and a handwriting face for the corrections.

NOTO_R = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
UN = "/usr/share/fonts/truetype/unfonts-core/"
NANUM = "/usr/share/fonts/truetype/nanum/"
FACES: dict[str, tuple[str, str, str]] = {  # name -> (regular, bold, family in a .ttc)
    "UnGungseo": (UN + "UnGungseo.ttf", UN + "UnGungseo.ttf", ""),
    "Noto Sans Mono CJK KR": (NOTO_R, NOTO_B, "Noto Sans Mono CJK KR"),
    "UnDinaru": (UN + "UnDinaru.ttf", UN + "UnDinaruBold.ttf", ""),
    "NanumSquare": (NANUM + "NanumSquareR.ttf", NANUM + "NanumSquareB.ttf", ""),
    "UnGraphic": (UN + "UnGraphic.ttf", UN + "UnGraphicBold.ttf", ""),
    "Noto Sans CJK KR": (NOTO_R, NOTO_B, "Noto Sans CJK KR"),
}
FACE_DECK = (
    ["UnGungseo"] * 8
    + ["Noto Sans Mono CJK KR"] * 11
    + ["UnDinaru"] * 10
    + ["NanumSquare"] * 11
    + ["UnGraphic"] * 10
    + ["Noto Sans CJK KR"] * 10
)
HAND = UN + "UnPilgi.ttf"
HELV_CHARS = 0.5  # only for the PDF header width estimate

_font_cache: dict[tuple[str, str, int], ImageFont.FreeTypeFont] = {}


def _ttc_index(path: str, family: str) -> int:
    if not family:
        return 0
    for i in range(12):
        f = ImageFont.truetype(path, 20, index=i)
        if f.getname()[0] == family:
            return i
    raise SystemExit(f"{family} not in {path}")


def font(face: str, role: str, px: int) -> ImageFont.FreeTypeFont:
    key = (face, role, px)
    if key not in _font_cache:
        if face == "hand":
            _font_cache[key] = ImageFont.truetype(HAND, px)
        else:
            reg, bold, family = FACES[face]
            path = bold if role == "b" else reg
            _font_cache[key] = ImageFont.truetype(path, px, index=_ttc_index(path, family))
    return _font_cache[key]


def text_mm(face: str, role: str, pt: float, s: str) -> float:
    """Width of `s` in millimetres at `pt` points."""
    return float(font(face, role, 200).getlength(s)) / 200 * pt * 25.4 / 72


def check_faces() -> None:
    missing = [p for r, b, _ in FACES.values() for p in (r, b) if not Path(p).exists()]
    missing += [] if Path(HAND).exists() else [HAND]
    if missing:
        raise SystemExit(f"missing font files: {missing}")


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class District:
    sido: str
    sigungu: str
    roads: tuple[tuple[str, str], ...]  # (road, 법정동)
    office: str


DISTRICTS = (
    District(
        "서울특별시",
        "마포구",
        (("월드컵로", "망원동"), ("양화로", "서교동"), ("독막로", "상수동")),
        "마포세무서",
    ),
    District("서울특별시", "강남구", (("테헤란로", "역삼동"), ("논현로", "역삼동")), "역삼세무서"),
    District(
        "서울특별시", "강남구", (("도산대로", "신사동"), ("압구정로", "신사동")), "강남세무서"
    ),
    District("서울특별시", "송파구", (("송파대로", "가락동"), ("중대로", "가락동")), "송파세무서"),
    District(
        "서울특별시",
        "영등포구",
        (("국제금융로", "여의도동"), ("여의대방로", "여의도동")),
        "영등포세무서",
    ),
    District("서울특별시", "종로구", (("종로", "관철동"), ("삼일대로", "관수동")), "종로세무서"),
    District(
        "서울특별시", "성동구", (("왕십리로", "성수동1가"), ("아차산로", "성수동2가")), "성동세무서"
    ),
    District(
        "서울특별시", "관악구", (("관악로", "봉천동"), ("남부순환로", "신림동")), "관악세무서"
    ),
    District(
        "부산광역시", "부산진구", (("중앙대로", "부전동"), ("서면로", "부전동")), "부산진세무서"
    ),
    District(
        "대구광역시", "수성구", (("달구벌대로", "범어동"), ("동대구로", "범어동")), "수성세무서"
    ),
    District("인천광역시", "남동구", (("인하로", "구월동"), ("예술로", "구월동")), "남동세무서"),
    District(
        "광주광역시", "서구", (("상무중앙로", "치평동"), ("운천로", "치평동")), "서광주세무서"
    ),
    District(
        "대전광역시", "유성구", (("대학로", "궁동"), ("월드컵대로", "봉명동")), "북대전세무서"
    ),
    District("울산광역시", "남구", (("삼산로", "삼산동"), ("번영로", "달동")), "울산세무서"),
    District("세종특별자치시", "", (("한누리대로", "나성동"), ("갈매로", "어진동")), "세종세무서"),
    District(
        "경기도", "성남시 분당구", (("판교역로", "백현동"), ("황새울로", "수내동")), "분당세무서"
    ),
    District(
        "경기도", "수원시 영통구", (("광교중앙로", "하동"), ("봉영로", "영통동")), "동수원세무서"
    ),
    District(
        "경기도", "고양시 일산동구", (("중앙로", "장항동"), ("일산로", "백석동")), "고양세무서"
    ),
    District(
        "강원특별자치도", "춘천시", (("중앙로", "중앙로2가"), ("금강로", "낙원동")), "춘천세무서"
    ),
    District(
        "충청북도", "청주시 상당구", (("상당로", "북문로2가"), ("사직대로", "서문동")), "청주세무서"
    ),
    District(
        "충청남도", "천안시 서북구", (("불당대로", "불당동"), ("번영로", "성정동")), "천안세무서"
    ),
    District(
        "전북특별자치도",
        "전주시 완산구",
        (("팔달로", "중앙동3가"), ("홍산로", "효자동2가")),
        "전주세무서",
    ),
    District("전라남도", "순천시", (("연향번영길", "연향동"), ("중앙로", "남정동")), "순천세무서"),
    District(
        "경상북도", "포항시 북구", (("중앙로", "대흥동"), ("새천년대로", "장성동")), "포항세무서"
    ),
    District(
        "경상남도", "창원시 성산구", (("중앙대로", "용호동"), ("원이대로", "상남동")), "창원세무서"
    ),
    District(
        "제주특별자치도", "제주시", (("중앙로", "이도이동"), ("연북로", "노형동")), "제주세무서"
    ),
)
OLD_SIDO = {
    "강원특별자치도": ("강원도", date(2023, 6, 11)),
    "전북특별자치도": ("전라북도", date(2024, 1, 18)),
}
BUILDINGS = (
    "한빛빌딩",
    "대성타워",
    "우림라이온스밸리",
    "현대프라자",
    "센트럴스퀘어",
    "동아빌딩",
    "미래타워",
    "청원빌딩",
    "스타시티",
    "그린오피스텔",
)

SURNAMES = (
    ("김", 21),
    ("이", 15),
    ("박", 8),
    ("최", 5),
    ("정", 5),
    ("강", 2),
    ("조", 2),
    ("윤", 2),
    ("장", 2),
    ("임", 2),
    ("한", 1),
    ("오", 1),
    ("서", 1),
    ("신", 1),
    ("권", 1),
    ("황", 1),
    ("안", 1),
    ("송", 1),
    ("전", 1),
    ("홍", 1),
    ("유", 1),
    ("고", 1),
    ("문", 1),
    ("양", 1),
    ("손", 1),
    ("배", 1),
    ("백", 1),
    ("허", 1),
    ("노", 1),
    ("심", 1),
    ("하", 1),
    ("곽", 1),
    ("성", 1),
    ("차", 1),
    ("주", 1),
    ("우", 1),
    ("구", 1),
    ("나", 1),
    ("민", 1),
    ("진", 1),
    ("엄", 1),
    ("채", 1),
    ("원", 1),
    ("천", 1),
    ("방", 1),
    ("표", 1),
    ("변", 1),
    ("여", 1),
    ("남궁", 1),
    ("황보", 1),
    ("제갈", 1),
    ("선우", 1),
    ("독고", 1),
    ("사공", 1),
)
GIVEN = (
    "민",
    "서",
    "지",
    "현",
    "준",
    "윤",
    "하",
    "도",
    "예",
    "수",
    "영",
    "진",
    "우",
    "연",
    "은",
    "재",
    "성",
    "호",
    "혜",
    "경",
    "승",
    "태",
    "희",
    "정",
    "나",
    "유",
    "채",
    "주",
    "원",
    "혁",
    "건",
    "다",
    "솔",
    "아",
    "린",
    "빈",
    "규",
    "석",
    "용",
    "철",
    "숙",
    "자",
    "순",
    "미",
    "훈",
)
STEMS = (
    "햇살마루",
    "보늬",
    "다솜",
    "라온",
    "해찬",
    "소담",
    "나린",
    "여울",
    "늘봄",
    "한결",
    "미리내",
    "별하",
    "도담",
    "모아",
    "푸른숲",
    "새벽길",
    "든솔",
    "꽃담",
    "한울",
    "온유",
    "바른손",
    "청솔",
    "새봄",
    "아라",
)
LATIN = ("M&S", "JJ", "The Nine", "Bloom", "K-Pop Lab", "N.ONE", "Urban Farm", "S2")

# (업태, 종목) per form; 면세 only exempt trades
TRADES_GENERAL = (
    ("도매 및 소매업", "전자상거래 소매업"),
    ("음식점업", "한식 일반 음식점업"),
    ("음식점업", "커피 전문점"),
    ("정보통신업", "응용 소프트웨어 개발 및 공급업"),
    ("제조업", "빵류 제조업"),
    ("서비스업", "광고 대행업"),
    ("도매 및 소매업", "의류 소매업"),
    ("숙박 및 음식점업", "제과점업"),
    ("전문, 과학 및 기술 서비스업", "시각 디자인업"),
    ("도매 및 소매업", "화장품 도매업"),
    ("운수 및 창고업", "화물 운송 중개업"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "미용업"),
)
TRADES_SIMPLE = (
    ("음식점업", "분식 및 김밥 전문점"),
    ("소매업", "꽃 소매업"),
    ("음식점업", "치킨 전문점"),
    ("서비스업", "세탁업"),
    ("소매업", "문구용품 소매업"),
    ("음식점업", "커피 전문점"),
    ("도소매", "잡화"),
    ("서비스", "네일아트"),
)
TRADES_EXEMPT = (
    ("교육 서비스업", "일반 교과 학원"),
    ("보건업", "치과 의원"),
    ("보건업", "한의원"),
    ("소매업", "과실 및 채소 소매업"),
    ("소매업", "서적 소매업"),
    ("소매업", "육류 소매업"),
    ("교육 서비스업", "예술 학원"),
)
TRADES_CORP = (
    *TRADES_GENERAL,
    ("제조업", "화장품 제조업"),
    ("정보통신업", "포털 및 기타 인터넷 정보 매개 서비스업"),
    ("건설업", "실내 건축 공사업"),
    ("도매 및 소매업", "무역업"),
)
FORM_DECK = ["일반과세자"] * 18 + ["간이과세자"] * 10 + ["면세사업자"] * 8 + ["법인사업자"] * 24
CAPTURES = (
    "watermark",
    "handfix",
    "far",
    "sleeve",
    "stitched",
    "vignette",
    "bluescan",
    "landscape90",
    "print_pdf",
    "appscan",
)
LAYOUTS = ("banded", "spaced")


def reg_no(rng: random.Random, middle: int) -> str:
    while True:
        d = [*map(int, f"{rng.randint(101, 699):03d}{middle:02d}{rng.randint(1, 9999):04d}")]
        w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
        s = sum(a * b for a, b in zip(d, w, strict=True)) + d[8] * 5 // 10
        d.append((10 - s % 10) % 10)
        n = "".join(map(str, d))
        return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def reg_no_valid(number: str) -> bool:
    d = [int(c) for c in number.replace("-", "")]
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    s = sum(a * b for a, b in zip(d, w, strict=False)) + d[8] * 5 // 10
    return len(d) == 10 and (10 - s % 10) % 10 == d[9]


def corp_no(rng: random.Random, kind: str) -> str:
    office = rng.choice(("1101", "1201", "1301", "1345", "1358", "1401", "1501", "1601", "1811"))
    d = [*map(int, f"{office}{kind}{rng.randint(1, 999999):06d}")]
    s = sum(a * (1 if i % 2 == 0 else 2) for i, a in enumerate(d))
    d.append((10 - s % 10) % 10)
    n = "".join(map(str, d))
    return f"{n[:6]}-{n[6:]}"


def corp_no_valid(number: str) -> bool:
    d = [int(c) for c in number.replace("-", "")]
    s = sum(a * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return len(d) == 13 and (10 - s % 10) % 10 == d[12]


def person(rng: random.Random) -> str:
    sur = rng.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
    n = 1 if rng.random() < 0.03 else 2
    return sur + "".join(rng.choice(GIVEN) for _ in range(n))


def address(rng: random.Random, issued: date) -> tuple[str, District]:
    d = rng.choice(DISTRICTS)
    sido = d.sido
    if sido in OLD_SIDO and issued < OLD_SIDO[sido][1]:
        sido = OLD_SIDO[sido][0]
    road, dong = rng.choice(d.roads)
    num = str(rng.randint(3, 420))
    if rng.random() < 0.25:
        num += f"-{rng.randint(1, 12)}"
    r = rng.random()
    floor = rng.randint(2, 15)
    if r < 0.25:
        detail = f", {floor}층"
    elif r < 0.55:
        detail = f", {floor}층 {floor}{rng.randint(1, 12):02d}호"
    elif r < 0.65:
        detail = f", 지하1층 B1{rng.randint(1, 30):02d}호"
    elif r < 0.75:
        detail = f", {rng.randint(101, 112)}동 {floor}{rng.randint(1, 4):02d}호"
    elif r < 0.85:
        detail = f", {rng.randint(1, 3)}층 일부"
    else:
        detail = f", 1층 {rng.randint(101, 112)}호"
    note = f"({dong}, {rng.choice(BUILDINGS)})" if rng.random() < 0.4 else f"({dong})"
    parts = [sido, d.sigungu, f"{road} {num}{detail}", note]
    return " ".join(p for p in parts if p), d


def trade_name(rng: random.Random, corp: bool, item: str) -> str:
    stem = rng.choice(LATIN) if rng.random() < 0.2 else rng.choice(STEMS)
    ending = {
        "커피": "커피",
        "빵": "베이커리",
        "소프트웨어": "소프트",
        "디자인": "디자인",
        "학원": "학원",
        "치과": "치과의원",
        "한의원": "한의원",
        "꽃": "플라워",
        "치킨": "치킨",
        "미용": "헤어",
        "세탁": "세탁소",
        "화장품": "코스메틱",
    }
    end = next(
        (v for k, v in ending.items() if k in item), rng.choice(("상회", "마켓", "스토어", ""))
    )
    name = stem + (" " if stem in LATIN and end else "") + end
    if not corp:
        if rng.random() < 0.12:
            name += rng.choice((" 본점", " 2호점", " 역점"))
        return name
    style = rng.choice(
        ("주식회사 {}", "{} 주식회사", "(주){}", "㈜{}", "유한회사 {}", "주식회사 {}")
    )
    return style.format(stem + rng.choice(("", "코리아", "랩", "컴퍼니", "테크")))


def make_record(rng: random.Random, form: str) -> dict[str, Any]:
    corp = form == "법인사업자"
    first, last = date(2014, 1, 2), date(2026, 11, 30)
    if rng.random() < 0.45:  # a fresh registration: issued within 20 days of opening
        opened = first + timedelta(days=rng.randint(0, (last - first).days - 20))
        issued = opened + timedelta(days=rng.randint(0, 20))
    else:  # issued again later (정정 / 재발급)
        opened = date(1998, 1, 1) + timedelta(
            days=rng.randint(0, (last - date(1998, 1, 1)).days - 60)
        )
        start = max(first, opened + timedelta(days=31))
        issued = start + timedelta(days=rng.randint(0, (last - start).days))
    reason = "신규" if (issued - opened).days <= 30 else rng.choice(("정정", "재발급"))
    addr, dist = address(rng, issued)
    trades = {
        "일반과세자": TRADES_GENERAL,
        "간이과세자": TRADES_SIMPLE,
        "면세사업자": TRADES_EXEMPT,
        "법인사업자": TRADES_CORP,
    }[form]
    rows = rng.sample(trades, rng.choices((1, 2, 3), (0.35, 0.42, 0.23))[0])
    rep = person(rng)
    middle = {
        "일반과세자": rng.randint(1, 79),
        "간이과세자": rng.randint(1, 79),
        "면세사업자": rng.randint(90, 99),
        "법인사업자": rng.choice((81, 86, 87, 88)),
    }[form]
    name = trade_name(rng, corp, rows[0][1])
    fields: dict[str, str] = {
        "reg_no": reg_no(rng, middle),
        "trade_name": name,
        "representative": rep,
    }
    if corp:
        fields["corp_reg_no"] = corp_no(rng, "14" if name.startswith("유한회사") else "11")
    else:
        born = opened - timedelta(days=rng.randint(21 * 365, 66 * 365))
        fields["birth_date"] = born.isoformat()
    fields["open_date"] = opened.isoformat()
    fields["address"] = addr
    if corp:
        fields["hq_address"] = addr if rng.random() < 0.55 else address(rng, issued)[0]
    fields["biz_type"] = ", ".join(r[0] for r in rows)
    fields["biz_item"] = ", ".join(r[1] for r in rows)
    fields["issue_date"] = issued.isoformat()
    fields["tax_office"] = dist.office
    letters = "abcdefghijklmnopqrstuvwxyz"
    email = ""
    if rng.random() < 0.5:
        user = "".join(rng.choice(letters) for _ in range(rng.randint(4, 8)))
        host = rng.choice(("naver.com", "gmail.com", "daum.net", "hanmail.net"))
        email = f"{user}{rng.randint(1, 99)}@{host}"
    partners = "" if corp or rng.random() < 0.8 else person(rng)
    serial = "-".join(
        str(rng.randint(a, b)) for a, b in ((100, 999), (1000, 9999), (1000, 9999), (100, 999))
    )
    return {
        "kind": "corporate" if corp else "individual",
        "form": form,
        "fields": fields,
        "rows": rows,
        "reason": reason,
        "email": email,
        "partners": partners,
        "serial": serial,
    }


# --------------------------------------------------------------------------------------------
# The page: drawing operations in millimetres on A4


@dataclass
class Page:
    face: str
    ops: list[tuple[Any, ...]] = field(default_factory=list)
    boxes: dict[str, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    ink: list[tuple[float, float, float, float]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    keyed: dict[str, list[str]] = field(default_factory=dict)  # a field's printed lines

    def text(
        self,
        x: float,
        y: float,
        s: str,
        pt: float,
        role: str = "r",
        anchor: str = "ls",
        color: RGB = INK,
        key: str = "",
    ) -> float:
        w = text_mm(self.face, role, pt, s)
        x0 = x - w / 2 if anchor[0] == "m" else (x - w if anchor[0] == "r" else x)
        self.ops.append(("text", x0, y, s, pt, role, color))
        box = (x0, y - pt * 0.3528 * 0.9, x0 + w, y + pt * 0.3528 * 0.25)
        self.ink.append(box)
        self.texts.append(s)
        if key:
            self.boxes.setdefault(key, []).append(box)
            self.keyed.setdefault(key, []).append(s)
        return x0 + w

    def spread(self, x0: float, x1: float, y: float, s: str, pt: float, role: str = "r") -> None:
        chars = [c for c in s if c != " "]
        widths = [text_mm(self.face, role, pt, c) for c in chars]
        gap = (x1 - x0 - sum(widths)) / max(1, len(chars) - 1)
        x = x0
        for c, w in zip(chars, widths, strict=True):
            self.ops.append(("text", x, y, c, pt, role, INK))
            x += w + gap
        self.ink.append((x0, y - pt * 0.32, x1, y + 1))
        self.texts.append(s)

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.25) -> None:
        self.ops.append(("line", x0, y0, x1, y1, w, INK))

    def fill(self, x0: float, y0: float, x1: float, y1: float, color: RGB) -> None:
        self.ops.append(("fill", x0, y0, x1, y1, color))


def wrap(face: str, pt: float, s: str, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and text_mm(face, "r", pt, trial) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return [*lines, cur]


def date_ko(iso: str, tight: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


def lay_out(rec: dict[str, Any], layout: str, face: str, rng: random.Random) -> Page:
    p = Page(face)
    f = rec["fields"]
    corp = rec["kind"] == "corporate"
    pt = rng.choice((10.0, 10.5, 11.0))
    tight = rng.random() < 0.3
    lh = pt * 0.3528 * 1.45
    banded = layout == "banded"
    left, right = 20.0, 190.0
    lab_x1 = 56.0
    val_x = 60.0
    p.text(left, 17, f"발급번호 : {rec['serial']}", 8)
    p.text(105, 36, "사 업 자 등 록 증", 22, "b", "ms")
    p.text(105, 46, f"( {rec['form']} )", 12, "r", "ms")
    p.text(
        105 if banded else left,
        58,
        f"등록번호 : {f['reg_no']}",
        13,
        "b",
        "ms" if banded else "ls",
        key="reg_no",
    )
    y = 66.0
    if banded:
        p.line(left, y, right, y, 0.4)

    def label(y0: float, h: float, s: str, x0: float = left, x1: float = lab_x1) -> None:
        base = y0 + 1.5 + pt * 0.3528 * 0.95  # the first value line's baseline
        if banded:
            p.fill(x0, y0, x1, y0 + h, (232, 234, 236))
            p.spread(x0 + 2.5, x1 - 2.5, base, s, pt)
        else:
            p.spread(x0, x1 - 4, base, s, pt)
            p.text(x1 - 2, base, ":", pt)

    def values(y0: float, s: str, key: str, x0: float, x1: float, size: float = pt) -> float:
        lines = wrap(face, size, s, x1 - x0)
        base = y0 + 1.5 + size * 0.3528 * 0.95
        for ln in lines:
            p.text(x0, base, ln, size, key=key)
            base += lh
        return len(lines) * lh + 3

    def row(lab: str, s: str, key: str) -> None:
        nonlocal y
        h = max(lh + 3, len(wrap(face, pt, s, right - 3 - val_x)) * lh + 3)
        label(y, h, lab)
        values(y, s, key, val_x, right - 3)
        y += h
        if banded:
            p.line(left, y, right, y)

    def pair(l1: str, v1: str, k1: str, l2: str, v2: str, k2: str) -> None:
        nonlocal y
        h = lh + 3
        label(y, h, l1)
        values(y, v1, k1, val_x, 110, pt if text_mm(face, "r", pt, v1) < 49 else pt - 1.5)
        label(y, h, l2, 113, 145)
        values(y, v2, k2, 148, right - 2, pt if text_mm(face, "r", pt, v2) < 41 else pt - 1.5)
        y += h
        if banded:
            p.line(left, y, right, y)

    row("법인명(단체명)" if corp else "상호", f["trade_name"], "trade_name")
    if corp:
        row("대표자", f["representative"], "representative")
        pair(
            "개업연월일",
            date_ko(f["open_date"], tight),
            "open_date",
            "법인등록번호",
            f["corp_reg_no"],
            "corp_reg_no",
        )
    else:
        pair(
            "성명",
            f["representative"],
            "representative",
            "생년월일",
            date_ko(f["birth_date"], tight),
            "birth_date",
        )
        row("개업연월일", date_ko(f["open_date"], tight), "open_date")
    row("사업장 소재지", f["address"], "address")
    if corp:
        row("본점 소재지", f["hq_address"], "hq_address")
    # 사업의 종류: a heading row, then one row per trade
    mid = 123.0
    heights = [
        max(len(wrap(face, pt, a, mid - val_x - 3)), len(wrap(face, pt, b, right - mid - 4))) * lh
        + 3
        for a, b in rec["rows"]
    ]
    head = lh + 2
    total = head + sum(heights)
    label(y, total, "사업의 종류")
    if banded:
        p.fill(lab_x1, y, right, y + head, (244, 244, 246))
        p.text((val_x + mid) / 2, y + head / 2 + 1.4, "업   태", pt - 1, anchor="ms")
        p.text((mid + right) / 2, y + head / 2 + 1.4, "종   목", pt - 1, anchor="ms")
        p.line(lab_x1, y + head, right, y + head, 0.15)
    else:
        p.text(val_x, y + head / 2 + 1.4, "업태", pt - 1)
        p.text(mid + 1, y + head / 2 + 1.4, "종목", pt - 1)
    yy = y + head
    for (a, b), h in zip(rec["rows"], heights, strict=True):
        values(yy, a, "biz_type", val_x, mid - 3)
        values(yy, b, "biz_item", mid + 1, right - 3)
        yy += h
        if banded:
            p.line(lab_x1, yy, right, yy, 0.12)
    if banded:
        p.line(mid - 1, y, mid - 1, yy, 0.15)
    y = yy
    if banded:
        p.line(left, y, right, y)
    row("발급사유", rec["reason"], "")
    if not corp:
        row("공동사업자", rec["partners"] or " ", "")
    y += 2
    p.text(left, y + 4, "사업자 단위 과세 적용사업자 여부 : 여( )   부( V )", pt - 0.5)
    p.text(left, y + 4 + lh + 1, f"전자세금계산서 전용 전자우편주소 : {rec['email']}", pt - 0.5)
    if banded:
        p.line(left, 66, left, y - 2, 0.4)
        p.line(right, 66, right, y - 2, 0.4)
        p.line(left, y - 2, right, y - 2, 0.4)
        p.line(lab_x1, 66, lab_x1, y - 2, 0.15)
    yd = max(y + 30, 212.0)
    p.text(105, yd, date_ko(f["issue_date"], tight), 12, "r", "ms")
    office = f["tax_office"] + "장"
    shown = office if banded else " ".join(office)
    end = p.text(105, yd + 16, shown, 17, "b", "ms", key="tax_office")
    p.ops.append(("seal", end + 4, yd + 13, 21.0, f["tax_office"] + "장인", rng.uniform(-5, 5)))
    p.text(
        105,
        283,
        "국세청 홈택스(www.hometax.go.kr)의 발급문서 진위확인 메뉴에서 확인할 수 있습니다.",
        7.5,
        anchor="ms",
    )
    return p


def attachment(rec: dict[str, Any], face: str, rng: random.Random) -> Page:
    """The sheet stapled behind the certificate: the first page of a shop lease."""
    p = Page(face)
    f = rec["fields"]
    p.text(105, 30, "부동산(상가) 임대차 계약서", 18, "b", "ms")
    p.text(
        20,
        45,
        "임대인과 임차인 쌍방은 아래 표시 부동산에 관하여 다음 계약 내용과 같이 "
        "임대차계약을 체결한다.",
        9,
    )
    p.text(20, 58, "1. 부동산의 표시", 11, "b")
    y = 66.0
    rows = [
        ("소재지", f["address"].split(",")[0]),
        ("토지 지목", "대"),
        ("건물 구조·용도", "철근콘크리트조 / 근린생활시설"),
        ("임대할 부분", rng.choice(("1층 일부", "전체", "2층 전체", "지하1층 일부"))),
        ("보증금", f"금 {rng.choice(('일천만', '이천만', '삼천만', '오천만'))}원정"),
        (
            "차임(월세)",
            f"금 {rng.choice(('일백오십만', '이백만', '구십만', '삼백만'))}원정은 "
            f"매월 {rng.randint(1, 28)}일에 지불한다.",
        ),
        ("임대인 성명", person(rng)),
        ("임대인 주소", address(rng, date(2020, 1, 1))[0]),
        ("임차인 성명", f["representative"]),
    ]
    for lab, val in rows:
        p.text(22, y + 6, lab, 10)
        for ln in wrap(face, 10, val, 125):
            p.text(62, y + 6, ln, 10)
            y += 6
        y += 6
        p.line(20, y, 190, y, 0.2)
    p.text(
        20,
        y + 14,
        "제1조 (목적) 위 부동산의 임대차에 한하여 임대인과 임차인은 합의에 의하여 보증금 및 "
        "차임을 지불하기로 한다.",
        9,
    )
    p.text(
        20,
        y + 22,
        "제2조 (존속기간) 임대인은 위 부동산을 임대차 목적대로 사용할 수 있는 상태로 인도한다.",
        9,
    )
    return p


# --------------------------------------------------------------------------------------------
# Drawing a page


def seal_layer(size_px: int, s: str, face: str) -> Image.Image:
    img = Image.new("L", (size_px, size_px), 0)
    d = ImageDraw.Draw(img)
    b = max(2, size_px // 18)
    d.rectangle((b, b, size_px - b, size_px - b), outline=255, width=b)
    chars = list(s)
    cols = 3 if len(chars) > 6 else 2
    per = math.ceil(len(chars) / cols)
    cell = (size_px - 4 * b) / max(per, cols)
    fnt = font(face, "b", int(cell * 0.86))
    for i, c in enumerate(chars):
        col, r = divmod(i, per)
        x = size_px - 2 * b - (col + 0.5) * (size_px - 4 * b) / cols
        y = 2 * b + (r + 0.5) * (size_px - 4 * b) / per
        d.text((x, y), c, fill=255, font=fnt, anchor="mm")
    return img


def render(page: Page, dpi: int) -> Arr:
    k = dpi / 25.4
    w, h = round(210 * k), round(297 * k)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    seals = []
    for op in page.ops:
        if op[0] == "fill":
            _, x0, y0, x1, y1, c = op
            d.rectangle((round(x0 * k), round(y0 * k), round(x1 * k), round(y1 * k)), fill=c)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, pt, role, c = op
            fnt = page.face if role != "hand" else "hand"
            d.text(
                (x * k, y * k),
                s,
                fill=c,
                font=font(fnt, role, max(4, round(pt / 72 * dpi))),
                anchor="ls",
            )
        elif op[0] == "line":
            _, x0, y0, x1, y1, lw, c = op
            d.line((x0 * k, y0 * k, x1 * k, y1 * k), fill=c, width=max(1, round(lw * k)))
        elif op[0] == "seal":
            seals.append(op)
    out = np.asarray(img, dtype=np.float32)
    for _, cx, cy, size, s, angle in seals:
        px = round(size * k)
        layer = seal_layer(px, s, page.face).rotate(
            angle, resample=Image.Resampling.BICUBIC, expand=True
        )
        a = np.asarray(layer, dtype=np.float32)[..., None] / 255 * 0.88
        x0, y0 = round(cx * k - a.shape[1] / 2), round(cy * k - a.shape[0] / 2)
        region = out[y0 : y0 + a.shape[0], x0 : x0 + a.shape[1]]
        red = np.array(SEAL_RED, dtype=np.float32) / 255
        region *= 1 - a[: region.shape[0], : region.shape[1]] * (1 - red)
    return out


# --------------------------------------------------------------------------------------------
# Captures: numpy float32 RGB 0..255 in, bytes out


def clip8(a: Arr) -> NDArray[np.uint8]:
    return np.clip(np.rint(a), 0, 255).astype(np.uint8)


def jpeg(a: Arr, q: int, grey: bool = False) -> bytes:
    img = Image.fromarray(clip8(a))
    if grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False, dpi=(200, 200))
    return buf.getvalue()


def png(a: Arr, grey: bool = False, dpi: int = 200) -> bytes:
    img = Image.fromarray(clip8(a))
    if grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def tiff(a: Arr, dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(clip8(a)).save(buf, "TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
    return buf.getvalue()


def noise(a: Arr, rng: np.random.Generator, sigma: float) -> Arr:
    n = rng.standard_normal(a.shape[:2], dtype=np.float32) * np.float32(sigma)
    return np.asarray(a + n[..., None], np.float32)


def grid(w: int, h: int, step: int = 8) -> tuple[Arr, Arr]:
    """Coordinates -1..1 on a coarse grid: smooth light maps are drawn small, then enlarged."""
    gx, gy = np.meshgrid(
        np.linspace(-1, 1, w // step + 2, dtype=np.float32),
        np.linspace(-1, 1, h // step + 2, dtype=np.float32),
    )
    return gx, gy


def enlarge(m: Arr, w: int, h: int) -> Arr:
    return np.asarray(cv2.resize(m, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)


def paper(a: Arr, tone: tuple[float, float, float]) -> Arr:
    return np.asarray(a * np.array(tone, dtype=np.float32) / 255, np.float32)


def skew(a: Arr, angle: float, border: tuple[float, float, float]) -> Arr:
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return np.asarray(
        cv2.warpAffine(
            a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
        ),
        dtype=np.float32,
    )


def blur(a: Arr, sigma: float) -> Arr:
    return np.asarray(cv2.GaussianBlur(a, (0, 0), sigma), dtype=np.float32)


def scan(page: Arr, rng: np.random.Generator, r: random.Random, sigma: float = 3.0) -> Arr:
    tone = (r.uniform(243, 252), r.uniform(242, 251), r.uniform(236, 247))
    a = paper(page, tone)
    a = skew(a, r.uniform(-0.9, 0.9), tone)
    a = blur(a, r.uniform(0.5, 0.8))
    return noise(a, rng, sigma)


def background(rng: np.random.Generator, r: random.Random, w: int, h: int) -> tuple[Arr, str]:
    kind = r.choice(("wood", "grey desk", "dark cloth", "white desk"))
    base = {
        "wood": (150, 105, 70),
        "grey desk": (120, 122, 126),
        "dark cloth": (45, 48, 58),
        "white desk": (205, 203, 198),
    }[kind]
    small = rng.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    if kind == "wood":
        small = np.asarray(cv2.GaussianBlur(small, (0, 0), sigmaX=9, sigmaY=0.6), dtype=np.float32)
    else:
        small = np.asarray(cv2.GaussianBlur(small, (0, 0), 2), dtype=np.float32)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    tex = tex / (np.abs(tex).max() + 1e-6)
    a = np.empty((h, w, 3), np.float32)
    for c in range(3):
        a[..., c] = base[c] * (1 + 0.12 * tex)
    return a, kind


def photo(
    page: Arr,
    rng: np.random.Generator,
    r: random.Random,
    frame: tuple[int, int],
    fill: float,
    angle: float,
    keystone: float,
    turn: int = 0,
) -> tuple[Arr, dict[str, Any]]:
    """The page lying on a surface, photographed: perspective, tilt, shadow, light fall-off."""
    w, h = frame
    ph, pw = page.shape[:2]
    if turn:
        page = np.ascontiguousarray(np.rot90(page, k=turn))
        ph, pw = pw, ph
    scale = min(w / pw, h / ph) * fill
    cx = w / 2 + r.uniform(-0.04, 0.04) * w
    cy = h / 2 + r.uniform(-0.04, 0.04) * h
    hw, hh = pw * scale / 2, ph * scale / 2
    corners = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], np.float32)
    side = r.choice((0, 1, 2, 3))  # which edge is far from the camera
    k = keystone
    shrink = [
        np.array([1 - k, 1]),
        np.array([1, 1 - k]),
        np.array([1 - k, 1]),
        np.array([1, 1 - k]),
    ][side]
    for i in ((0, 1), (1, 2), (2, 3), (0, 3))[side]:
        corners[i] = corners[i] * shrink
    t = math.radians(angle)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]], np.float32)
    corners = corners @ rot.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    m = cv2.getPerspectiveTransform(src, corners)
    bg, kind = background(rng, r, w, h)
    tone = (
        np.array((r.uniform(238, 250), r.uniform(236, 248), r.uniform(228, 242)), np.float32) / 255
    )
    warped = cv2.warpPerspective(
        page * tone, m, (w, h), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (w, h), flags=cv2.INTER_LINEAR)
    small = cv2.resize(mask, (w // 8, h // 8), interpolation=cv2.INTER_AREA)
    shadow = enlarge(
        np.asarray(cv2.GaussianBlur(small, (0, 0), max(1.0, w / 1200)), np.float32), w, h
    )
    bg *= (1 - 0.45 * shadow)[..., None]
    out = np.asarray(warped, np.float32)
    out -= bg
    out *= mask[..., None]
    out += bg
    # light falling off across the frame
    gx, gy = grid(w, h)
    lo = r.uniform(0.72, 0.9)
    th = r.uniform(0, 2 * math.pi)
    light = 1 - (1 - lo) * np.clip(0.5 + 0.5 * (gx * math.cos(th) + gy * math.sin(th)), 0, 1) ** 1.5
    out *= enlarge(light.astype(np.float32), w, h)[..., None]
    params = {
        "frame": [w, h],
        "fill": round(fill, 3),
        "angle": round(angle, 2),
        "keystone": round(k, 3),
        "far_edge": ["top", "right", "bottom", "left"][side],
        "surface": kind,
        "light_low": round(lo, 3),
        "turn_ccw_90": turn,
    }
    return np.asarray(out, np.float32), params


def camera(a: Arr, rng: np.random.Generator, r: random.Random) -> Arr:
    a = blur(a, r.uniform(0.6, 1.1))
    a = noise(a, rng, r.uniform(2.5, 5))
    wb = np.array((r.uniform(0.97, 1.04), 1.0, r.uniform(0.92, 1.03)), np.float32)
    return a * wb


# --------------------------------------------------------------------------------------------
# PDF writer (by hand: fixed dates, no /ID)

PDF_DATE = "D:20261207090000+09'00'"


def pdf(
    pages: list[tuple[bytes, int, int, str, float, float, float, float]],
    header: list[tuple[float, float, str]],
    producer: str,
    creator: str,
) -> bytes:
    """One A4 page per image: (jpeg, px_w, px_h, colour space, x, y, w, h in points)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog = add(b"")
    pages_id = add(b"")
    font_id = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for jpg, pw, ph, cs, x, y, w, h in pages:
        img = add(
            f"<< /Type /XObject /Subtype /Image /Width {pw} /Height {ph} /ColorSpace /{cs} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode()
            + jpg
            + b"\nendstream"
        )
        ops = f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /Im0 Do Q\n"
        for tx, ty, s in header:
            ops += f"BT /F1 8 Tf {tx:.2f} {ty:.2f} Td ({s}) Tj ET\n"
        raw = zlib.compress(ops.encode("latin-1"), 9)
        content = add(
            f"<< /Length {len(raw)} /Filter /FlateDecode >>\nstream\n".encode()
            + raw
            + b"\nendstream"
        )
        res = (
            f"/Resources << /XObject << /Im0 {img} 0 R >>"
            + (f" /Font << /F1 {font_id} 0 R >>" if header else "")
            + " >>"
        )
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595.28 841.89] {res} "
                f"/Contents {content} 0 R >>".encode()
            )
        )
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (
        f"<< /Type /Pages /Count {len(kids)} /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
        ">>".encode()
    )
    info = add(
        f"<< /Producer ({producer}) /Creator ({creator}) "
        f"/CreationDate ({PDF_DATE}) /ModDate ({PDF_DATE}) >>".encode()
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --------------------------------------------------------------------------------------------
# The ten captures


def cap_watermark(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    dpi = r.choice((200, 250))
    clean = r.random() < 0.34  # the PDF saved as an image, then watermarked: no scan
    a = render(page, dpi)
    if not clean:
        a = scan(a, rng, r)
    h, w = a.shape[:2]
    phrase = r.choice(
        (
            "전자결제 신청용 사본",
            "PortOne 제출용",
            "사본 - 타 용도 사용 금지",
            "본 사본은 PG 가입 외 용도로 사용할 수 없음",
            "COPY 제출용",
        )
    )
    colour = r.choice(((120, 120, 120), (200, 40, 40), (40, 70, 190)))
    alpha = r.uniform(0.16, 0.32)
    angle = r.uniform(25, 42)
    pt = r.uniform(34, 52)
    tiles = r.random() < 0.5
    layer = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(layer)
    fnt = font("Noto Sans CJK KR", "b", round(pt / 72 * dpi))
    if tiles:
        step_y = round(pt / 72 * dpi * 3.2)
        tw = fnt.getlength(phrase) + pt / 72 * dpi * 2
        for j, yy in enumerate(range(0, h * 2, step_y)):
            x = -(j % 2) * tw / 2
            while x < w * 2:
                d.text((x, yy), phrase, fill=255, font=fnt)
                x += tw
    else:
        d.text(
            (w, h),
            phrase,
            fill=255,
            font=font("Noto Sans CJK KR", "b", round(pt * 1.6 / 72 * dpi)),
            anchor="mm",
        )
    layer = layer.rotate(angle, resample=Image.Resampling.BILINEAR).crop(
        (w // 2, h // 2, w // 2 + w, h // 2 + h)
    )
    m = np.asarray(layer, np.float32)[..., None] / 255 * alpha
    a = np.asarray(a * (1 - m) + np.array(colour, np.float32) * m, np.float32)
    params = {
        "dpi": dpi,
        "scanned": not clean,
        "phrase": phrase,
        "colour": list(colour),
        "alpha": round(alpha, 3),
        "angle": round(angle, 1),
        "pt": round(pt, 1),
        "tiled": tiles,
    }
    if clean:
        return png(a, dpi=dpi), "png", params
    q = r.randint(84, 92)
    params["quality"] = q
    return jpeg(a, q), "jpg", params


HAND_BLUE: RGB = (34, 58, 168)


def hand_notes(page: Page, rec: dict[str, Any], r: random.Random) -> list[dict[str, Any]]:
    """One or two ballpoint notes beside a field, in free space only; the print stays the truth."""

    floor = f"{r.randint(2, 9)}층"
    ideas = {
        "trade_name": [f"간판 : {r.choice(STEMS)}", "← 상호 변경 예정", "(영업중)"],
        "address": [f"→ {floor} 이전", "우편물 : 1층 관리실", "이전 예정"],
        "representative": [
            f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}",
            "대표 본인",
            "← 확인",
        ],
        "biz_item": ["+ 온라인 판매 추가", "업종 추가 신청함", "통신판매업 신고 완료"],
        "open_date": ["확인함", f"({r.randint(2015, 2025)} 양수)"],
        "reg_no": ["확인 V", "번호 맞음"],
    }
    notes: list[dict[str, Any]] = []
    keys = [k for k in ideas if k in page.boxes]
    r.shuffle(keys)
    colour = HAND_BLUE if r.random() < 0.7 else (30, 30, 34)
    target = r.choice((1, 2))
    for key in keys:
        if len(notes) >= target:
            break
        box = page.boxes[key][0]
        s = r.choice(ideas[key])
        pt = r.uniform(11, 14)
        w = text_mm("hand", "r", pt, s)
        x0 = box[2] + r.uniform(3, 6)
        y = box[3] - r.uniform(0.2, 1.2)
        cand = (x0, y - pt * 0.33, x0 + w, y + 1.5)
        clash = cand[2] > 206 or any(
            not (cand[2] < b[0] or cand[0] > b[2] or cand[3] < b[1] or cand[1] > b[3])
            for b in page.ink
        )
        if clash:
            continue
        page.ops.append(("text", x0, y, s, pt, "hand", colour))
        page.ink.append(cand)
        notes.append({"beside": key, "text": s, "pt": round(pt, 1)})
    if not notes:  # fall back to the bottom margin
        s = r.choice(("PG 가입용 사본", "12/07 제출", "원본 대조 필요"))
        page.ops.append(("text", 24, 272, s, 13, "hand", colour))
        notes.append({"beside": "bottom margin", "text": s, "pt": 13})
    return notes


def cap_handfix(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int, rec: dict[str, Any]
) -> tuple[bytes, str, dict[str, Any]]:
    notes = hand_notes(page, rec, r)
    if r.random() < 0.5:
        dpi = r.choice((200, 300))
        a = scan(render(page, dpi), rng, r)
        q = r.randint(84, 92)
        return jpeg(a, q), "jpg", {"how": "scan", "dpi": dpi, "quality": q, "notes": notes}
    a, params = photo(
        render(page, 250),
        rng,
        r,
        (2448, 3264),
        r.uniform(0.84, 0.92),
        r.uniform(-4, 4),
        r.uniform(0.0, 0.05),
    )
    a = camera(a, rng, r)
    q = r.randint(86, 93)
    return jpeg(a, q), "jpg", {"how": "photo", **params, "quality": q, "notes": notes}


def cap_far(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    portrait = r.random() < 0.67
    fw, fh = (675, 900) if portrait else (1200, 900)
    up = 3
    a, params = photo(
        render(page, 120),
        rng,
        r,
        (fw * up, fh * up),
        r.uniform(0.72, 0.9),
        r.uniform(-5, 5),
        r.uniform(0.02, 0.08),
    )
    a = blur(a, r.uniform(0.8, 1.5))
    a = np.asarray(cv2.resize(a, (fw, fh), interpolation=cv2.INTER_AREA), np.float32)
    a = noise(a, rng, r.uniform(2, 4))
    q = r.randint(82, 92)
    page_px = round(fh * params["fill"])
    return (
        jpeg(a, q),
        "jpg",
        {**params, "frame": [fw, fh], "page_height_px_about": page_px, "quality": q},
    )


def cap_sleeve(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    a, params = photo(
        render(page, 250),
        rng,
        r,
        (2448, 3264),
        r.uniform(0.8, 0.9),
        r.uniform(-3, 3),
        r.uniform(0.01, 0.06),
    )
    h, w = a.shape[:2]
    haze = r.uniform(14, 30)
    a = a * (1 - haze / 255) + haze
    gx, gy = np.meshgrid(
        np.arange(0, w + 16, 8, dtype=np.float32), np.arange(0, h + 16, 8, dtype=np.float32)
    )
    bands = []
    glare = np.zeros(gx.shape, np.float32)
    for _ in range(r.randint(1, 3)):
        cx, cy = r.uniform(0.2, 0.8) * w, r.uniform(0.15, 0.85) * h
        th = math.radians(r.uniform(-60, 60))
        long_, short = r.uniform(0.25, 0.6) * w, r.uniform(0.02, 0.07) * w
        u = (gx - cx) * math.cos(th) + (gy - cy) * math.sin(th)
        v = -(gx - cx) * math.sin(th) + (gy - cy) * math.cos(th)
        s = r.uniform(0.55, 0.85)
        glare = np.maximum(glare, s * np.exp(-((u / long_) ** 2 + (v / short) ** 2) * 2))
        bands.append(
            {
                "centre": [round(cx), round(cy)],
                "angle": round(math.degrees(th), 1),
                "strength": round(s, 2),
            }
        )
    g = enlarge(glare, w, h)[..., None]
    a = a * (1 - g) + 252 * g
    # the sleeve's welded edge, a little outside the page
    edge = r.uniform(0.9, 0.97)
    x0, y0 = round(w * (1 - edge) / 2), round(h * (1 - edge) / 2)
    mark = np.zeros((h, w), np.float32)
    cv2.rectangle(mark, (x0, y0), (w - x0, h - y0), 1.0, max(3, w // 600))
    mark = np.asarray(cv2.GaussianBlur(mark, (0, 0), 3), np.float32)
    a = a + 40 * mark[..., None]
    a = camera(a, rng, r)
    q = r.randint(86, 93)
    return jpeg(a, q), "jpg", {**params, "haze": round(haze, 1), "glare": bands, "quality": q}


def cap_stitched(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int, rec: dict[str, Any]
) -> tuple[bytes, str, dict[str, Any]]:
    dpi = r.choice((150, 200))
    grey = r.random() < 0.5
    first = r.random() < 0.67
    cert = scan(render(page, dpi), rng, r, 2.0)
    att = scan(render(attachment(rec, page.face, r), dpi), rng, r, 2.0)
    gap = np.full((round(dpi / 10), cert.shape[1], 3), 255, np.float32)
    a = np.concatenate([cert, gap, att] if first else [att, gap, cert], axis=0)
    params = {
        "dpi": dpi,
        "grey": grey,
        "certificate": "top" if first else "bottom",
        "attached": "상가 임대차 계약서",
    }
    if grey and r.random() < 0.5:  # a grey PNG stays far under 10 MB; a colour one might not
        return png(a, grey, dpi), "png", params
    q = r.randint(82, 92)
    return jpeg(a, q, grey), "jpg", {**params, "quality": q}


def cap_vignette(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    a, params = photo(
        render(page, 250),
        rng,
        r,
        (2448, 3264),
        r.uniform(0.84, 0.94),
        r.uniform(-3, 3),
        r.uniform(0.0, 0.05),
    )
    h, w = a.shape[:2]
    gx, gy = grid(w, h)
    corner = r.uniform(0.18, 0.35)
    rr = np.sqrt(gx**2 + gy**2) / math.sqrt(2)
    v = 1 - (1 - corner) * rr ** r.uniform(1.6, 2.4)
    a = a * enlarge(v.astype(np.float32), w, h)[..., None]
    a = camera(a, rng, r)
    q = r.randint(86, 93)
    return jpeg(a, q), "jpg", {**params, "corner_light": round(corner, 3), "quality": q}


def cap_bluescan(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    dpi = 200
    a = render(page, dpi)
    lum = a.mean(axis=2, keepdims=True) / 255
    blue = np.array((r.uniform(20, 45), r.uniform(40, 80), r.uniform(120, 175)), np.float32)
    tone = np.array((r.uniform(246, 253), r.uniform(246, 253), r.uniform(246, 253)), np.float32)
    a = tone * lum + blue * (1 - lum)
    a = skew(a, r.uniform(-0.8, 0.8), (float(tone[0]), float(tone[1]), float(tone[2])))
    a = blur(a, 0.6)
    params = {"dpi": dpi, "ink": [round(float(b)) for b in blue]}
    if nth % 2 == 0:
        return tiff(np.rint(a).astype(np.float32), dpi), "tif", {**params, "compression": "LZW"}
    a = noise(a, rng, 2.5)
    q = r.randint(84, 92)
    return jpeg(a, q), "jpg", {**params, "quality": q}


def cap_landscape90(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    turn = r.choice((1, 3))
    a, params = photo(
        render(page, 250),
        rng,
        r,
        (3264, 2448),
        r.uniform(0.84, 0.93),
        r.uniform(-4, 4),
        r.uniform(0.0, 0.05),
        turn,
    )
    a = camera(a, rng, r)
    q = r.randint(86, 93)
    return jpeg(a, q), "jpg", {**params, "exif_orientation": "none", "quality": q}


def cap_print_pdf(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    portrait = r.random() < 0.67
    frame = (2448, 3264) if portrait else (3264, 2448)
    fill = r.uniform(0.8, 0.9) if portrait else r.uniform(0.85, 0.95)
    a, params = photo(
        render(page, 250), rng, r, frame, fill, r.uniform(-3, 3), r.uniform(0.0, 0.05)
    )
    a = camera(a, rng, r)
    chrome = nth % 2 == 0
    pw, ph = 595.28, 841.89
    margin = 28.35
    w = pw - 2 * margin
    h = w * frame[1] / frame[0]
    if h > ph - 2 * margin:
        h = ph - 2 * margin
        w = h * frame[0] / frame[1]
    x, y = (pw - w) / 2, ph - margin - h
    day, hour, minute = r.randint(1, 6), r.randint(9, 22), r.randint(0, 59)
    clock = f"{hour:02d}{minute:02d}{r.randint(0, 59):02d}{r.randint(100, 999)}"
    name = f"KakaoTalk_202612{day:02d}_{clock}.jpg"
    if chrome:
        q = r.randint(88, 94)
        img = jpeg(a, q)
        ampm = "PM" if hour >= 12 else "AM"
        when = f"12/{day}/26, {(hour - 1) % 12 + 1}:{min(59, minute + 2):02d} {ampm}"
        header = [
            (margin, ph - 18, when),
            (pw / 2 - len(name) * 8 * HELV_CHARS / 2, ph - 18, name),
            (margin, 14, f"file:///C:/Users/user/Downloads/{name}"),
            (pw - margin - 14, 14, "1/1"),
        ]
        data = pdf(
            [(img, frame[0], frame[1], "DeviceRGB", x, y, w, h)],
            header,
            "Skia/PDF m131",
            "Mozilla/5.0 Chrome/131.0.0.0",
        )
        return (
            data,
            "pdf",
            {
                **params,
                "printer": "browser print to PDF (the photo's own JPEG, header and footer text)",
                "quality": q,
                "text_layer": "header/footer only",
            },
        )
    dpi = r.choice((150, 200))
    k = dpi / 72
    sheet = np.full((round(ph * k), round(pw * k), 3), 255, np.float32)
    small = np.asarray(
        cv2.resize(a, (round(w * k), round(h * k)), interpolation=cv2.INTER_AREA), np.float32
    )
    top = round((ph - y - h) * k)
    left = round(x * k)
    sheet[top : top + small.shape[0], left : left + small.shape[1]] = small
    q = r.randint(75, 85)
    img = jpeg(sheet, q)
    data = pdf(
        [(img, sheet.shape[1], sheet.shape[0], "DeviceRGB", 0, 0, pw, ph)],
        [],
        "Microsoft: Print To PDF",
        "Photos",
    )
    return (
        data,
        "pdf",
        {
            **params,
            "printer": "system print to PDF (the sheet rasterised)",
            "dpi": dpi,
            "quality": q,
            "text_layer": "none",
        },
    )


def cap_appscan(
    page: Page, rng: np.random.Generator, r: random.Random, nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    """A phone scanner app's 'enhanced' output: the page cut out, shading divided, sharpened."""
    a, params = photo(
        render(page, 250), rng, r, (2448, 3264), 0.9, r.uniform(-2, 2), r.uniform(0.0, 0.03)
    )
    a = camera(a, rng, r)
    # the app finds the page imperfectly: crop a box slightly inside / outside the page
    h, w = a.shape[:2]
    pw, ph = 1240, 1754
    mx, my = r.uniform(0.045, 0.075) * w, r.uniform(0.045, 0.075) * h
    src = np.array([[mx, my], [w - mx, my], [w - mx, h - my], [mx, h - my]], np.float32)
    src += np.array([[r.uniform(-12, 12), r.uniform(-12, 12)] for _ in range(4)], np.float32)
    m = cv2.getPerspectiveTransform(src, np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32))
    a = np.asarray(cv2.warpPerspective(a, m, (pw, ph), flags=cv2.INTER_AREA), np.float32)
    grey = r.random() < 0.5
    if grey:
        a = np.repeat(a.mean(axis=2, keepdims=True), 3, axis=2)
    bgest = np.asarray(
        cv2.GaussianBlur(cv2.dilate(a, np.ones((15, 15), np.uint8)), (0, 0), 25), np.float32
    )
    a = np.clip(a / np.maximum(bgest, 1) * 255, 0, 255)
    amount = r.uniform(0.8, 1.6)
    a = a + amount * (a - blur(a, 2.0))
    gamma = r.uniform(1.3, 1.8)
    a = np.asarray(255 * (np.clip(a, 0, 255) / 255) ** gamma, np.float32)
    out = {
        **params,
        "app_size": [pw, ph],
        "grey": grey,
        "sharpen": round(amount, 2),
        "gamma": round(gamma, 2),
    }
    q = r.randint(70, 85)
    if nth % 2 == 0:
        img = jpeg(a, q, grey)
        data = pdf(
            [(img, pw, ph, "DeviceGray" if grey else "DeviceRGB", 0, 0, 595.28, 841.89)],
            [],
            "Mobile Scanner 5.1",
            "Mobile Scanner",
        )
        return data, "pdf", {**out, "quality": q}
    return jpeg(a, q, grey), "jpg", {**out, "quality": q}


# --------------------------------------------------------------------------------------------
# The set


def plan(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    """(form, capture, layout, face) for every certificate, each dealt from its own deck."""
    decks = []
    for n, deck in enumerate(
        (
            FORM_DECK,
            [c for c in CAPTURES for _ in range(6)],
            [lay for lay in LAYOUTS for _ in range(30)],
            FACE_DECK,
        )
    ):
        d = list(deck)
        random.Random(seed * 10 + n).shuffle(d)
        decks.append(d)
    return [
        (decks[0][i % 60], decks[1][i % 60], decks[2][i % 60], decks[3][i % 60])
        for i in range(count)
    ]


def make_one(
    seed: int, i: int, spec: tuple[str, str, str, str], nth: int
) -> tuple[bytes, str, dict[str, Any]]:
    """Certificate `i`; `nth` counts the earlier certificates of the same capture."""
    form, capture, layout, face = spec
    s = seed * 1000 + i
    r = random.Random(s)
    rng = np.random.default_rng(s)
    rec = make_record(r, form)
    page = lay_out(rec, layout, face, r)
    fn = {
        "watermark": cap_watermark,
        "far": cap_far,
        "sleeve": cap_sleeve,
        "vignette": cap_vignette,
        "bluescan": cap_bluescan,
        "landscape90": cap_landscape90,
        "print_pdf": cap_print_pdf,
        "appscan": cap_appscan,
    }
    if capture == "handfix":
        data, ext, params = cap_handfix(page, rng, r, nth, rec)
    elif capture == "stitched":
        data, ext, params = cap_stitched(page, rng, r, nth, rec)
    else:
        data, ext, params = fn[capture](page, rng, r, nth)
    truth = {
        "image": f"blind_{i:04d}.{ext}",
        "kind": rec["kind"],
        "taxpayer_type": form,
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": rec["fields"],
        "capture": params,
        "extras": {"rows": len(rec["rows"])},
        "also_printed": {
            "serial": rec["serial"],
            "reason": rec["reason"],
            "partners": rec["partners"],
            "email": rec["email"],
            "rows": [list(x) for x in rec["rows"]],
        },
        "seed": s,
    }
    return data, ext, truth


def generate(out: Path, count: int, seed: int) -> int:
    check_faces()
    out.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    specs = plan(seed, count)
    for i, spec in enumerate(specs):
        nth = sum(1 for s in specs[:i] if s[1] == spec[1])
        data, _, truth = make_one(seed, i, spec, nth)
        if len(data) >= 10_000_000:
            raise SystemExit(f"blind_{i:04d} is {len(data)} bytes, over 10 MB")
        tj = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode()
        for name, b in ((truth["image"], data), (f"blind_{i:04d}.json", tj)):
            (out / name).write_bytes(b)
            digests[name] = hashlib.sha256(b).hexdigest()
        print(f"{truth['image']:<16} {spec[1]:<12} {len(data) / 1e6:5.2f} MB", flush=True)
    lines = "".join(f"{n} {digests[n]}\n" for n in sorted(digests))
    set_sha = hashlib.sha256(lines.encode()).hexdigest()
    manifest = {
        "seed": seed,
        "count": count,
        "files": dict(sorted(digests.items())),
        "set_sha256": set_sha,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"set_sha256 {set_sha}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the set")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=2034)
    args = parser.parse_args()
    return generate(args.out, args.count, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
