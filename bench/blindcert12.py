"""Certificate set 12: sixty 사업자등록증 files from a renderer written without sight of the reader.

    .venv/bin/python bench/blindcert12.py generate --out DIR [--count 60] [--seed 2036]
    .venv/bin/python bench/blindcert.py score --dir DIR --aggregate

Self-contained (Pillow, NumPy, OpenCV and the installed Korean faces). Certificate ``i`` is drawn
from its own seed ``seed * 1000 + i`` (``random.Random`` and NumPy's ``default_rng``); the decks of
forms, kinds, layouts and faces are shuffled with ``Random(seed * 10 + k + n)`` (k = 1 … 4, n the
deck's round). Every file is written by ``bench.blindcert.write_certificate`` and the set's digest
by ``write_manifest``. No file carries a time stamp, so the same seed gives the same bytes. See
bench/blindcert12.md (FROZEN).
"""

from __future__ import annotations

import io
import itertools
import math
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.blindcert import (  # noqa: E402
    CORPORATE_FIELDS,
    INDIVIDUAL_FIELDS,
    generate_command,
    write_certificate,
    write_manifest,
)

Arr = npt.NDArray[Any]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels (300 dpi)
Forward = Callable[[Arr], Arr]  # page pixel points (N x 2) -> output pixel points

DEFAULT_SEED = 2036
DPI = 300
PAGE_W, PAGE_H = 2480, 3508  # A4 at 300 dpi
LAST_ISSUE = date(2026, 11, 30)
MAX_BYTES = 10_000_000

cv2.setNumThreads(1)


def mm(v: float) -> float:
    return v * DPI / 25.4


# --------------------------------------------------------------------------- numbers


def reg_no_check(first9: str) -> int:
    """사업자등록번호 check digit (domain-facts.md §4a)."""
    d = [int(c) for c in first9]
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    s = sum(a * b for a, b in zip(d, w, strict=True)) + (d[8] * 5) // 10
    return (10 - s % 10) % 10


def reg_no_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 10 and digits.isdigit() and reg_no_check(digits[:9]) == int(digits[9])


def corp_no_check(first12: str) -> int:
    """법인등록번호 check digit (domain-facts.md §4b)."""
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first12))
    return (10 - s % 10) % 10


def corp_no_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 13 and digits.isdigit() and corp_no_check(digits[:12]) == int(digits[12])


# --------------------------------------------------------------------------- values

# (시/도, 시/군/구 or "", 세무서, registry code for 법인등록번호, [(road, 법정동)], buildings)
DISTRICTS: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...] = (
    ("서울특별시", "강남구", "역삼세무서", "1101", (("테헤란로", "역삼동"), ("논현로", "역삼동"))),
    (
        "서울특별시",
        "마포구",
        "마포세무서",
        "1101",
        (("양화로", "서교동"), ("월드컵북로", "성산동")),
    ),
    (
        "서울특별시",
        "송파구",
        "송파세무서",
        "1101",
        (("올림픽로", "잠실동"), ("송파대로", "가락동")),
    ),
    (
        "서울특별시",
        "영등포구",
        "영등포세무서",
        "1101",
        (("당산로", "당산동"), ("선유로", "양평동")),
    ),
    (
        "서울특별시",
        "성동구",
        "성동세무서",
        "1101",
        (("성수이로", "성수동2가"), ("왕십리로", "성수동1가")),
    ),
    (
        "서울특별시",
        "관악구",
        "관악세무서",
        "1101",
        (("관악로", "봉천동"), ("남부순환로", "신림동")),
    ),
    (
        "부산광역시",
        "해운대구",
        "해운대세무서",
        "1801",
        (("센텀중앙로", "우동"), ("해운대로", "중동")),
    ),
    (
        "부산광역시",
        "부산진구",
        "부산진세무서",
        "1801",
        (("중앙대로", "부전동"), ("서면로", "부전동")),
    ),
    (
        "대구광역시",
        "수성구",
        "수성세무서",
        "1701",
        (("달구벌대로", "범어동"), ("동대구로", "범어동")),
    ),
    (
        "인천광역시",
        "부평구",
        "북인천세무서",
        "1201",
        (("부평대로", "부평동"), ("경원대로", "십정동")),
    ),
    (
        "광주광역시",
        "서구",
        "서광주세무서",
        "2001",
        (("상무중앙로", "치평동"), ("무진대로", "광천동")),
    ),
    ("대전광역시", "서구", "서대전세무서", "1601", (("둔산로", "둔산동"), ("대덕대로", "둔산동"))),
    ("울산광역시", "남구", "울산세무서", "2301", (("삼산로", "삼산동"), ("번영로", "달동"))),
    ("세종특별자치시", "", "세종세무서", "1649", (("한누리대로", "나성동"), ("도움1로", "종촌동"))),
    (
        "경기도",
        "성남시 분당구",
        "분당세무서",
        "1311",
        (("판교역로", "백현동"), ("황새울로", "수내동")),
    ),
    (
        "경기도",
        "수원시 영통구",
        "동수원세무서",
        "1358",
        (("광교중앙로", "하동"), ("봉영로", "영통동")),
    ),
    (
        "경기도",
        "고양시 일산동구",
        "고양세무서",
        "2841",
        (("중앙로", "장항동"), ("정발산로", "장항동")),
    ),
    ("강원도", "춘천시", "춘천세무서", "1411", (("퇴계로", "퇴계동"), ("후석로", "후평동"))),
    (
        "충청북도",
        "청주시 상당구",
        "청주세무서",
        "1501",
        (("상당로", "북문로2가"), ("월평로", "용암동")),
    ),
    (
        "충청남도",
        "천안시 서북구",
        "천안세무서",
        "1615",
        (("불당대로", "불당동"), ("번영로", "성정동")),
    ),
    (
        "전라북도",
        "전주시 완산구",
        "전주세무서",
        "2101",
        (("홍산로", "효자동3가"), ("팔달로", "중앙동3가")),
    ),
    ("전라남도", "순천시", "순천세무서", "2045", (("연향번영길", "연향동"), ("중앙로", "장천동"))),
    (
        "경상북도",
        "구미시",
        "구미세무서",
        "1762",
        (("송정대로", "송정동"), ("구미중앙로", "원평동")),
    ),
    (
        "경상남도",
        "창원시 성산구",
        "창원세무서",
        "1941",
        (("중앙대로", "용호동"), ("원이대로", "상남동")),
    ),
    ("제주특별자치도", "제주시", "제주세무서", "2201", (("신대로", "연동"), ("노형로", "노형동"))),
)
BUILDINGS = (
    "한신빌딩",
    "대명타워",
    "미래프라자",
    "신한빌딩",
    "센트럴타워",
    "우림빌딩",
    "그린프라자",
    "동아빌딩",
    "현대오피스텔",
    "삼정타워",
)

SURNAMES: tuple[tuple[str, float], ...] = (
    ("김", 21.5),
    ("이", 14.7),
    ("박", 8.4),
    ("최", 4.7),
    ("정", 4.4),
    ("강", 2.4),
    ("조", 2.1),
    ("윤", 2.1),
    ("장", 2.0),
    ("임", 1.7),
    ("한", 1.5),
    ("오", 1.5),
    ("서", 1.5),
    ("신", 1.5),
    ("권", 1.4),
    ("황", 1.4),
    ("안", 1.4),
    ("송", 1.3),
    ("전", 1.1),
    ("홍", 1.1),
    ("유", 1.1),
    ("고", 0.9),
    ("문", 0.9),
    ("양", 0.9),
    ("손", 0.9),
    ("배", 0.8),
    ("백", 0.8),
    ("허", 0.7),
    ("남", 0.6),
    ("심", 0.5),
    ("노", 0.5),
    ("하", 0.5),
    ("곽", 0.4),
    ("성", 0.4),
    ("차", 0.4),
    ("주", 0.4),
    ("우", 0.4),
    ("구", 0.4),
    ("민", 0.3),
    ("류", 0.3),
    ("나", 0.3),
    ("진", 0.3),
    ("지", 0.3),
    ("엄", 0.3),
    ("채", 0.3),
    ("원", 0.3),
    ("천", 0.2),
    ("방", 0.2),
    ("공", 0.2),
    ("현", 0.2),
    ("함", 0.2),
    ("변", 0.2),
    ("염", 0.2),
    ("여", 0.2),
    ("추", 0.1),
    ("도", 0.1),
    ("석", 0.1),
    ("남궁", 0.05),
    ("황보", 0.05),
    ("선우", 0.02),
    ("제갈", 0.02),
    ("독고", 0.01),
)
GIVEN = (
    "영수",
    "영호",
    "정희",
    "미경",
    "지훈",
    "민준",
    "서연",
    "지은",
    "현우",
    "수빈",
    "은정",
    "성민",
    "동현",
    "혜진",
    "상철",
    "경숙",
    "태호",
    "유진",
    "하은",
    "도윤",
    "예린",
    "재원",
    "승현",
    "소영",
    "민서",
    "준호",
    "진영",
    "선희",
    "광수",
    "명숙",
    "기범",
    "윤아",
    "세훈",
    "다은",
    "병철",
    "순자",
    "정우",
    "채원",
    "용식",
    "보람",
)
GIVEN1 = ("훈", "진", "솔", "결", "란")

# 업태, 종목 per form (KSIC words; 면세 only exempt trades; 간이 small shops)
TRADES: dict[str, tuple[tuple[str, str], ...]] = {
    "일반과세자": (
        ("도매 및 소매업", "전자상거래 소매업"),
        ("소매업", "의류 소매업"),
        ("음식점업", "한식 일반 음식점업"),
        ("음식점업", "커피 전문점"),
        ("제조업", "플라스틱 제품 제조업"),
        ("정보통신업", "응용 소프트웨어 개발 및 공급업"),
        ("서비스업", "광고 대행업"),
        ("전문, 과학 및 기술 서비스업", "시각 디자인업"),
        ("도매업", "가전제품 도매업"),
        ("숙박업", "펜션"),
        ("부동산업", "비주거용 건물 임대업"),
        ("건설업", "실내 건축 공사업"),
        ("운수업", "화물 자동차 운송업"),
        ("예술, 스포츠 및 여가관련 서비스업", "체력 단련시설 운영업"),
    ),
    "간이과세자": (
        ("소매업", "꽃 소매업"),
        ("음식점업", "분식 및 김밥 전문점"),
        ("서비스업", "미용업"),
        ("소매업", "편의점"),
        ("음식점업", "치킨 전문점"),
        ("소매업", "제과점업"),
        ("서비스업", "세탁업"),
        ("소매업", "전자상거래 소매업"),
    ),
    "면세사업자": (
        ("교육 서비스업", "일반 교과 학원"),
        ("보건업", "치과 의원"),
        ("보건업", "한의원"),
        ("소매업", "서적 소매업"),
        ("소매업", "과실 및 채소 소매업"),
        ("소매업", "정육 소매업"),
        ("교육 서비스업", "예술 학원"),
        ("농업", "작물 재배업"),
    ),
    "법인사업자": (
        ("제조업", "전자부품 제조업"),
        ("도매 및 소매업", "전자상거래 소매 중개업"),
        ("정보통신업", "시스템 소프트웨어 개발 및 공급업"),
        ("정보통신업", "포털 및 기타 인터넷 정보 매개 서비스업"),
        ("도매업", "화장품 도매업"),
        ("전문, 과학 및 기술 서비스업", "경영 컨설팅업"),
        ("사업시설 관리, 사업 지원 및 임대 서비스업", "여행사업"),
        ("건설업", "기타 건물 건설업"),
        ("운수 및 창고업", "택배업"),
        ("음식점업", "한식 일반 음식점업"),
        ("교육 서비스업", "온라인 교육 학원"),
        ("출판업", "잡지 및 정기 간행물 발행업"),
    ),
}
STEMS = (
    "미리내",
    "한결",
    "새봄",
    "도란",
    "솔빛",
    "나래",
    "다솜",
    "단비",
    "초롱",
    "별하",
    "이든",
    "모아",
    "청솔",
    "들꽃",
    "보람",
    "알찬",
    "꽃담",
    "바른",
    "든든",
    "한아름",
)
LATIN = ("JY", "DK", "NOVA", "BLUE9", "A1", "J&B", "MOMO", "Urban", "24", "365", "7번가", "K2")
ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("커피", ("커피", "카페")),
    ("치킨", ("치킨",)),
    ("김밥", ("김밥", "분식")),
    ("미용", ("헤어", "헤어살롱")),
    ("세탁", ("세탁소", "크린토피아")),
    ("꽃", ("플라워", "꽃집")),
    ("제과", ("베이커리", "제과")),
    ("편의점", ("마트", "24시 마트")),
    ("학원", ("학원", "수학학원", "아카데미")),
    ("치과", ("치과의원",)),
    ("한의원", ("한의원",)),
    ("서적", ("서점", "책방")),
    ("과실", ("청과", "과일가게")),
    ("정육", ("정육점", "축산")),
    ("펜션", ("펜션", "스테이")),
    ("디자인", ("디자인", "스튜디오")),
    ("소프트웨어", ("소프트", "랩스")),
    ("광고", ("애드", "기획")),
    ("한식", ("식당", "한식당", "밥상")),
    ("의류", ("옷가게", "의류")),
    ("작물", ("농원", "농장")),
    ("체력", ("피트니스", "짐")),
    ("건축", ("인테리어",)),
)
CORP_ENDINGS = (
    "테크",
    "솔루션",
    "코리아",
    "글로벌",
    "홀딩스",
    "물산",
    "푸드",
    "시스템즈",
    "랩",
    "에듀",
    "네트웍스",
    "파트너스",
)
FORMS = ("일반과세자", "간이과세자", "면세사업자", "법인사업자")
FORM_DECK = ("일반과세자",) * 22 + ("간이과세자",) * 10 + ("면세사업자",) * 6 + ("법인사업자",) * 22


def _surname(r: random.Random) -> str:
    names, weights = zip(*SURNAMES, strict=True)
    return str(r.choices(names, weights=weights)[0])


def person(r: random.Random) -> str:
    given = r.choice(GIVEN1) if r.random() < 0.03 else r.choice(GIVEN)
    return _surname(r) + given


def _day(r: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=r.randrange((end - start).days + 1))


def province(name: str, issued: date) -> str:
    """강원도 and 전라북도 print their new names on certificates issued after the renaming."""
    if name == "강원도" and issued >= date(2023, 6, 11):
        return "강원특별자치도"
    if name == "전라북도" and issued >= date(2024, 1, 18):
        return "전북특별자치도"
    return name


def address(r: random.Random, district: tuple[Any, ...], issued: date) -> str:
    sido, sigungu, _office, _reg, roads = district
    road, dong = r.choice(roads)
    number = str(r.randint(2, 420))
    if r.random() < 0.25:
        number += f"-{r.randint(1, 29)}"
    parts = [province(sido, issued)] + ([sigungu] if sigungu else []) + [f"{road} {number}"]
    text = " ".join(parts)
    roll = r.random()
    floor = r.randint(2, 15)
    if roll < 0.25:
        text += f", {floor}층"
    elif roll < 0.55:
        text += f", {floor}층 {floor}{r.randint(1, 12):02d}호"
    elif roll < 0.65:
        text += f", 지하1층 B1{r.randint(1, 30):02d}호"
    elif roll < 0.78:
        text += f", {r.randint(101, 112)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    elif roll < 0.85:
        text += f", {floor}층 일부"
    note = dong if r.random() < 0.6 else f"{dong}, {r.choice(BUILDINGS)}"
    return f"{text} ({note})"


def trade_name(r: random.Random, form: str, item: str) -> str:
    stem = r.choice(STEMS)
    if r.random() < 0.2:
        stem = r.choice(LATIN)
    if form == "법인사업자":
        base = stem + r.choice(CORP_ENDINGS)
        legal = r.random()
        if legal < 0.3:
            return f"주식회사 {base}"
        if legal < 0.55:
            return f"{base} 주식회사"
        if legal < 0.75:
            return f"(주){base}"
        if legal < 0.9:
            return f"㈜{base}"
        return f"유한회사 {base}"
    endings = next((e for key, e in ENDINGS if key in item), ("상사", "스토어", "컴퍼니"))
    ending = r.choice(endings)
    name = f"{stem}{ending}" if r.random() < 0.6 else f"{stem} {ending}"
    if r.random() < 0.12:
        name += " " + r.choice(("본점", "2호점", "역점", "판교점"))
    return name


def reg_number(r: random.Random, form: str) -> str:
    office = r.randint(101, 799)
    if form == "법인사업자":
        middle = r.choice((81, 81, 81, 86, 87, 88))
    elif form == "면세사업자":
        middle = r.randint(90, 99)
    else:
        middle = r.randint(1, 79)
    first9 = f"{office:03d}{middle:02d}{r.randint(1, 9999):04d}"
    return f"{first9[:3]}-{first9[3:5]}-{first9[5:]}{reg_no_check(first9)}"


def corp_number(r: random.Random, registry: str, limited: bool) -> str:
    first12 = f"{registry}{14 if limited else 11}{r.randint(1, 999999):06d}"
    return f"{first12[:6]}-{first12[6:]}{corp_no_check(first12)}"


@dataclass
class Record:
    form: str
    kind: str
    fields: dict[str, str]
    rows: list[tuple[str, str]]
    reason: str
    issue_no: str
    email: str
    partner: str


def make_record(r: random.Random, form: str) -> Record:
    district = r.choice(DISTRICTS)
    rows_n = r.choices((1, 2, 3), weights=(55, 30, 15))[0]
    rows = r.sample(TRADES[form], rows_n)
    if r.random() < 0.45:  # a fresh registration, issued on or soon after opening
        opened = _day(r, date(2015, 1, 5), date(2026, 11, 10))
        issued = min(opened + timedelta(days=r.randint(0, 20)), LAST_ISSUE)
    else:
        issued = _day(r, date(2015, 1, 5), LAST_ISSUE)
        opened = issued - timedelta(days=r.randint(45, 24 * 365))
        opened = max(opened, date(1998, 1, 5))
    born = opened - timedelta(days=r.randint(20 * 365 + 10, 64 * 365))
    reason = (
        "신규"
        if (issued - opened).days <= 30
        else r.choice(("정정", "재발급", "정정(사업장 이전)"))
    )
    name = trade_name(r, form, rows[0][1])
    fields: dict[str, str] = {
        "reg_no": reg_number(r, form),
        "trade_name": name,
        "representative": person(r),
    }
    addr = address(r, district, issued)
    if form == "법인사업자":
        fields["corp_reg_no"] = corp_number(r, district[3], name.startswith("유한회사"))
        fields["open_date"] = opened.isoformat()
        fields["address"] = addr
        fields["hq_address"] = address(r, r.choice(DISTRICTS), issued) if r.random() < 0.4 else addr
    else:
        fields["birth_date"] = born.isoformat()
        fields["open_date"] = opened.isoformat()
        fields["address"] = addr
    fields["biz_type"] = ", ".join(t for t, _ in rows)
    fields["biz_item"] = ", ".join(i for _, i in rows)
    fields["issue_date"] = issued.isoformat()
    fields["tax_office"] = district[2]
    order = CORPORATE_FIELDS if form == "법인사업자" else INDIVIDUAL_FIELDS
    fields = {k: fields[k] for k in order}
    issue_no = (
        f"{r.randint(100, 999)}-{issued.year}-{r.randint(1, 9)}-{r.randint(10**7, 10**8 - 1)}"
    )
    email = (
        f"{r.choice(('info', 'shop', 'tax', 'admin', 'hello', 'biz'))}{r.randint(1, 99)}@"
        f"{r.choice(('naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net'))}"
        if r.random() < 0.55
        else ""
    )
    partner = person(r) + " 외 1명" if form != "법인사업자" and r.random() < 0.1 else ""
    kind = "corporate" if form == "법인사업자" else "individual"
    return Record(form, kind, fields, rows, reason, issue_no, email, partner)


def printed_date(iso: str, tight: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


# --------------------------------------------------------------------------- faces

NANUM = "/usr/share/fonts/truetype/nanum/"
UNF = "/usr/share/fonts/truetype/unfonts-core/"
NOTO = "/usr/share/fonts/opentype/noto/"
FontSpec = tuple[str, int]  # path, ttc index


@dataclass(frozen=True)
class Face:
    label: FontSpec
    value: FontSpec
    bold: FontSpec
    pt: float


FACES: dict[str, Face] = {
    # whole page in a bold weight no earlier set printed a body with
    "UnGraphic Bold 10.5pt": Face(
        (UNF + "UnGraphicBold.ttf", 0),
        (UNF + "UnGraphicBold.ttf", 0),
        (UNF + "UnGraphicBold.ttf", 0),
        10.5,
    ),
    "NanumSquareRound Bold 10.5pt": Face(
        (NANUM + "NanumSquareRoundB.ttf", 0),
        (NANUM + "NanumSquareRoundB.ttf", 0),
        (NANUM + "NanumSquareRoundB.ttf", 0),
        10.5,
    ),
    # large print
    "UnDotum 12.5pt": Face(
        (UNF + "UnDotum.ttf", 0), (UNF + "UnDotum.ttf", 0), (UNF + "UnDotumBold.ttf", 0), 12.5
    ),
    "NanumMyeongjo 12.5pt": Face(
        (NANUM + "NanumMyeongjo.ttf", 0),
        (NANUM + "NanumMyeongjo.ttf", 0),
        (NANUM + "NanumMyeongjoBold.ttf", 0),
        12.5,
    ),
    # two families on one page: gothic labels, 명조 values
    "NanumGothic Bold / UnBatang 11pt": Face(
        (NANUM + "NanumGothicBold.ttf", 0),
        (UNF + "UnBatang.ttf", 0),
        (NANUM + "NanumGothicBold.ttf", 0),
        11.0,
    ),
    "UnDotum / Noto Serif CJK KR 11pt": Face(
        (UNF + "UnDotum.ttf", 0),
        (NOTO + "NotoSerifCJK-Regular.ttc", 1),
        (NOTO + "NotoSerifCJK-Bold.ttc", 1),
        11.0,
    ),
}
UI_FONT: FontSpec = (NOTO + "NotoSansCJK-Regular.ttc", 1)
FACE_DECK = tuple(name for name in FACES for _ in range(10))
LAYOUTS = ("overprint", "leaders")

_FONT_CACHE: dict[tuple[str, int, int], ImageFont.FreeTypeFont] = {}


def font(spec: FontSpec, px: float) -> ImageFont.FreeTypeFont:
    key = (spec[0], spec[1], round(px))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(spec[0], round(px), index=spec[1])
    return _FONT_CACHE[key]


def pt_px(pt: float) -> float:
    return pt * DPI / 72


def available_faces() -> list[str]:
    return [
        name
        for name, f in FACES.items()
        if all(Path(p).exists() for p, _ in (f.label, f.value, f.bold))
    ]


# --------------------------------------------------------------------------- page


@dataclass
class Page:
    img: Image.Image
    keyed: dict[str, list[str]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    protect: list[Box] = field(default_factory=list)  # scored values, title, number, office
    lines: list[Box] = field(default_factory=list)  # every text run
    private: dict[str, Box] = field(default_factory=dict)  # what a merchant may hide
    style: dict[str, Any] = field(default_factory=dict)


class Pen:
    """Draws text runs on one layer and remembers where they are."""

    def __init__(self, page: Page, draw: ImageDraw.ImageDraw, ink: tuple[int, int, int]) -> None:
        self.page, self.draw, self.ink = page, draw, ink

    def text(
        self,
        x: float,
        y: float,
        s: str,
        f: ImageFont.FreeTypeFont,
        *,
        key: str = "",
        anchor: str = "ls",
        protect: bool = False,
        fill: tuple[int, int, int] | None = None,
    ) -> Box:
        self.draw.text((x, y), s, font=f, fill=fill or self.ink, anchor=anchor)
        box = self.draw.textbbox((x, y), s, font=f, anchor=anchor)
        b: Box = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
        self.page.texts.append(s)
        self.page.lines.append(b)
        if key:
            self.page.keyed.setdefault(key, []).append(s)
        if protect:
            self.page.protect.append(b)
        return b

    def spread(self, x0: float, x1: float, y: float, s: str, f: ImageFont.FreeTypeFont) -> Box:
        """A label justified across [x0, x1] (one character at a time)."""
        chars = [c for c in s if c != " "]
        if len(chars) == 1:
            return self.text(x0, y, chars[0], f)
        widths = [f.getlength(c) for c in chars]
        gap = max(0.0, (x1 - x0 - sum(widths)) / (len(chars) - 1))
        x = x0
        for c, w in zip(chars, widths, strict=True):
            self.draw.text((x, y), c, font=f, fill=self.ink, anchor="ls")
            x += w + gap
        self.page.texts.append(s)
        b = (x0, y - f.size * 0.9, x1, y + f.size * 0.25)
        self.page.lines.append(b)
        return b


def wrap(s: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if f.getlength(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def seal(office: str, bold: FontSpec, side: float, r: random.Random) -> Image.Image:
    """A red square seal "○○세무서장인", characters in columns read right to left."""
    chars = list(office + "장인")
    cols = math.ceil(len(chars) / 3)
    img = Image.new("RGBA", (int(side), int(side)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (200, 38, 36, 235)
    border = side * 0.06
    d.rectangle(
        (border / 2, border / 2, side - border / 2, side - border / 2),
        outline=red,
        width=int(border),
    )
    cell_w = (side - 2.4 * border) / cols
    cell_h = (side - 2.4 * border) / 3
    f = font(bold, min(cell_w, cell_h) * 0.86)
    for i, c in enumerate(chars):
        col, row = divmod(i, 3)
        cx = side - 1.2 * border - (col + 0.5) * cell_w
        cy = 1.2 * border + (row + 0.5) * cell_h
        d.text((cx, cy), c, font=f, fill=red, anchor="mm")
    return img.rotate(r.uniform(-4, 4), resample=Image.Resampling.BICUBIC)


def multiply(base: Image.Image, top: Image.Image, x: int, y: int) -> None:
    """Multiply an RGBA image over ``base`` (RGB) at (x, y), in place."""
    b = np.asarray(base, dtype=np.float32).copy()
    t = np.asarray(top, dtype=np.float32)
    h, w = t.shape[:2]
    y0, x0 = max(0, y), max(0, x)
    y1, x1 = min(b.shape[0], y + h), min(b.shape[1], x + w)
    tt = t[y0 - y : y1 - y, x0 - x : x1 - x]
    a = tt[..., 3:4] / 255
    region = b[y0:y1, x0:x1]
    b[y0:y1, x0:x1] = region * (1 - a) + region * (tt[..., :3] / 255) * a
    base.paste(Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)))


def _labels(rec: Record) -> list[tuple[str, str]]:
    """(label, key) in the form's order; key "" for a printed-only line."""
    if rec.form == "법인사업자":
        return [
            ("법인명(단체명)", "trade_name"),
            ("대표자", "representative"),
            ("개업연월일", "open_date"),
            ("법인등록번호", "corp_reg_no"),
            ("사업장 소재지", "address"),
            ("본점 소재지", "hq_address"),
            ("사업의 종류", "rows"),
            ("발급사유", "reason"),
        ]
    return [
        ("상호", "trade_name"),
        ("성명", "representative"),
        ("생년월일", "birth_date"),
        ("개업연월일", "open_date"),
        ("사업장 소재지", "address"),
        ("사업의 종류", "rows"),
        ("발급사유", "reason"),
        ("공동사업자", "partner"),
    ]


def _value(rec: Record, key: str, tight: bool) -> str:
    if key in ("birth_date", "open_date"):
        return printed_date(rec.fields[key], tight)
    if key == "reason":
        return rec.reason
    if key == "partner":
        return rec.partner
    return rec.fields[key]


def _header(pen: Pen, rec: Record, face: Face, r: random.Random, form_pen: Pen) -> float:
    small = font(face.value, pt_px(8))
    b = pen.text(mm(20), mm(21), f"발급번호 : {rec.issue_no}", small)
    pen.page.private["issue_no"] = b
    title = font(face.bold, pt_px(24))
    form_pen.text(PAGE_W / 2, mm(40), "사 업 자 등 록 증", title, anchor="ms", protect=True)
    sub = f"( {rec.form} )" if r.random() < 0.6 else f"({rec.form})"
    pen.text(PAGE_W / 2, mm(50), sub, font(face.value, pt_px(12.5)), anchor="ms", protect=True)
    return mm(62)


def _footer_parts(
    pen: Pen,
    rec: Record,
    face: Face,
    y: float,
    r: random.Random,
    tight: bool,
    img: Image.Image,
    form_pen: Pen,
) -> None:
    f = font(face.value, pt_px(12.5))
    issue = printed_date(rec.fields["issue_date"], tight)
    pen.text(PAGE_W / 2, y, issue, f, anchor="ms", key="issue_date", protect=True)
    office = rec.fields["tax_office"] + "장"
    of = font(face.bold, pt_px(19))
    spaced = " ".join(office)
    ob = pen.text(PAGE_W / 2, y + mm(20), spaced, of, anchor="ms", key="tax_office", protect=True)
    side = mm(r.uniform(19, 23))
    s = seal(rec.fields["tax_office"], face.bold, side, r)
    sx = int(ob[2] - side * r.uniform(0.35, 0.6))
    sy = int((ob[1] + ob[3]) / 2 - side / 2)
    multiply(img, s, sx, sy)
    # a bar code for the 발급번호 and the footnote: printed, never scored
    bx, by = mm(22), mm(268)
    d = ImageDraw.Draw(img)
    x = bx
    while x < bx + mm(42):
        w = r.choice((1, 1, 2, 3)) * 4
        d.rectangle((x, by, x + w - 1, by + mm(9)), fill=(20, 20, 20))
        x += w + r.choice((1, 2, 3)) * 4
    pen.page.private["barcode"] = (bx, by, x, by + mm(9))
    note = "국세청 홈택스(www.hometax.go.kr)에서 발급한 문서입니다."
    form_pen.text(mm(22), mm(283), note, font(face.value, pt_px(7.5)))


def lay_out(rec: Record, layout: str, face_name: str, r: random.Random) -> Page:
    face = FACES[face_name]
    tight = r.random() < 0.3
    if layout == "overprint":
        return _overprint(rec, face, r, tight)
    return _leaders(rec, face, r, tight)


def _tail_lines(
    pen: Pen, rec: Record, face: Face, x: float, y: float, pitch: float, page: Page, data_pen: Pen
) -> float:
    f = font(face.label, pt_px(face.pt))
    pen.text(x, y, "사업자 단위 과세 적용사업자 여부 :  여(   )   부(   )", f)
    tick_x = x + f.getlength("사업자 단위 과세 적용사업자 여부 :  여(   )   부( ")
    data_pen.text(tick_x, y, "√", font(face.value, pt_px(face.pt)))
    y += pitch
    label = "전자세금계산서 전용 전자우편주소 : "
    pen.text(x, y, label, f)
    if rec.email:
        b = data_pen.text(x + f.getlength(label), y, rec.email, font(face.value, pt_px(face.pt)))
        page.private["email"] = b
    return y + pitch


def _overprint(rec: Record, face: Face, r: random.Random, tight: bool) -> Page:
    """A pre-printed two-colour form (frame, label cells, title in the form's ink) with the data
    printed over it in black by another printer pass: the data layer sits 0.5–2 mm off the cells
    and turned by up to 0.4°."""
    form_ink = r.choice(((38, 110, 84), (120, 78, 40), (52, 84, 140)))
    tint = tuple(int(255 - (255 - c) * 0.12) for c in form_ink)
    form = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    data = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    page = Page(form)
    fpen = Pen(page, ImageDraw.Draw(form), form_ink)
    dpen = Pen(page, ImageDraw.Draw(data), (18, 18, 18))
    fd = ImageDraw.Draw(form)
    lab = font(face.label, pt_px(face.pt))
    val = font(face.value, pt_px(face.pt))
    bold = font(face.bold, pt_px(14))
    lw = int(mm(0.35))
    fd.rectangle((mm(15), mm(15), mm(195), mm(288)), outline=form_ink, width=int(mm(0.8)))
    fd.rectangle((mm(16.5), mm(16.5), mm(193.5), mm(286.5)), outline=form_ink, width=lw)
    y = _header(dpen, rec, face, r, fpen)
    # 등록번호 cell
    x0, xl, x1 = mm(22), mm(62), mm(188)
    row_h = max(mm(10.5), pt_px(face.pt) * 2.3)
    fd.rectangle((x0, y, x1, y + row_h), outline=form_ink, width=lw)
    fd.rectangle((x0, y, xl, y + row_h), fill=tint, outline=form_ink, width=lw)
    base = y + row_h * 0.68
    fpen.spread(x0 + mm(3), xl - mm(3), base, "등록번호", lab)
    dpen.text(xl + mm(4), base, rec.fields["reg_no"], bold, key="reg_no", protect=True)
    y += row_h + mm(6)
    value_w = x1 - xl - mm(8)
    labels = _labels(rec)
    pairs = (
        {"open_date": "corp_reg_no"}
        if rec.form == "법인사업자"
        else {"representative": "birth_date"}
    )
    skip = set(pairs.values())
    mid_l, mid_v = mm(112), mm(140)
    for label, key in labels:
        if key in skip:
            continue
        if key == "rows":
            y = _overprint_rows(rec, fpen, dpen, fd, face, y, x0, xl, x1, tint, form_ink, lw)
            continue
        text = _value(rec, key, tight)
        lines = wrap(text, val, value_w) if key in ("address", "hq_address") else [text]
        h = max(row_h, len(lines) * pt_px(face.pt) * 1.6 + mm(3.5))
        fd.rectangle((x0, y, x1, y + h), outline=form_ink, width=lw)
        fd.rectangle((x0, y, xl, y + h), fill=tint, outline=form_ink, width=lw)
        first = y + (h - (len(lines) - 1) * pt_px(face.pt) * 1.6) / 2 + pt_px(face.pt) * 0.35
        fpen.spread(x0 + mm(3), xl - mm(3), y + h / 2 + pt_px(face.pt) * 0.35, label, lab)
        protect = key in rec.fields
        for i, line in enumerate(lines):
            if line:
                dpen.text(
                    xl + mm(4),
                    first + i * pt_px(face.pt) * 1.6,
                    line,
                    val,
                    key=key,
                    protect=protect,
                )
        if key == "partner" and rec.partner:
            page.private["partner"] = page.lines[-1]
        if key in pairs:
            other = pairs[key]
            other_label = "생년월일" if other == "birth_date" else "법인등록번호"
            fd.rectangle((mid_l, y, mid_v, y + h), fill=tint, outline=form_ink, width=lw)
            fpen.spread(
                mid_l + mm(2),
                mid_v - mm(2),
                y + h / 2 + pt_px(face.pt) * 0.35,
                other_label,
                font(face.label, pt_px(face.pt * 0.85)),
            )
            dpen.text(mid_v + mm(3), first, _value(rec, other, tight), val, key=other, protect=True)
        y += h
    y += mm(6)
    y = _tail_lines(fpen, rec, face, x0, y + mm(4), pt_px(face.pt) * 2.2, page, dpen)
    y = max(y + mm(10), mm(226))
    # the data printer: shift and turn the data layer, then multiply it over the form
    angle = r.uniform(-0.4, 0.4)
    dx, dy = mm(r.uniform(-2, 2)), mm(r.uniform(-1.5, 1.5))
    _footer_parts(dpen, rec, face, min(y, mm(240)), r, tight, data, fpen)
    m: Arr = cv2.getRotationMatrix2D((PAGE_W / 2, PAGE_H / 2), angle, 1.0)
    m[:, 2] += (dx, dy)
    moved = cv2.warpAffine(
        np.asarray(data), m, (PAGE_W, PAGE_H), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )
    out = np.asarray(form, dtype=np.float32) * (moved.astype(np.float32) / 255)
    page.img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    # a box is kept where it was and where the data layer moved it (form boxes stay put)
    page.protect = [_move_box(b, m) for b in page.protect]
    page.private = {k: _move_box(b, m) for k, b in page.private.items()}
    page.lines = [_move_box(b, m) for b in page.lines]
    page.style = {
        "form_ink": list(form_ink),
        "data_shift_mm": [round(dx / mm(1), 2), round(dy / mm(1), 2)],
        "data_turn_deg": round(angle, 3),
        "tight_dates": tight,
    }
    return page


def _move_box(b: Box, m: Arr) -> Box:
    pts = np.array([[b[0], b[1]], [b[2], b[1]], [b[0], b[3]], [b[2], b[3]]], dtype=np.float64)
    moved = np.vstack([pts, pts @ m[:, :2].T + m[:, 2]])
    return (
        float(moved[:, 0].min()),
        float(moved[:, 1].min()),
        float(moved[:, 0].max()),
        float(moved[:, 1].max()),
    )


def _overprint_rows(
    rec: Record,
    fpen: Pen,
    dpen: Pen,
    fd: ImageDraw.ImageDraw,
    face: Face,
    y: float,
    x0: float,
    xl: float,
    x1: float,
    tint: tuple[int, ...],
    ink: tuple[int, int, int],
    lw: int,
) -> float:
    lab = font(face.label, pt_px(face.pt))
    val = font(face.value, pt_px(face.pt))
    xm = xl + (x1 - xl) * 0.42
    row_h = max(mm(9), pt_px(face.pt) * 2.1)
    n = max(2, len(rec.rows))
    rows_h: list[float] = []
    wrapped: list[tuple[list[str], list[str]]] = []
    for i in range(n):
        t, it = rec.rows[i] if i < len(rec.rows) else ("", "")
        a = wrap(t, val, xm - xl - mm(6)) if t else [""]
        b = wrap(it, val, x1 - xm - mm(6)) if it else [""]
        wrapped.append((a, b))
        rows_h.append(max(row_h, max(len(a), len(b)) * pt_px(face.pt) * 1.55 + mm(3)))
    total = row_h + sum(rows_h)
    fd.rectangle((x0, y, x1, y + total), outline=ink, width=lw)
    fd.rectangle((x0, y, xl, y + total), fill=tint, outline=ink, width=lw)
    fpen.spread(x0 + mm(3), xl - mm(3), y + total / 2 + pt_px(face.pt) * 0.35, "사업의 종류", lab)
    fd.rectangle((xl, y, x1, y + row_h), fill=tint, outline=ink, width=lw)
    fd.line((xm, y, xm, y + total), fill=ink, width=lw)
    fpen.text((xl + xm) / 2, y + row_h * 0.66, "업   태", lab, anchor="ms")
    fpen.text((xm + x1) / 2, y + row_h * 0.66, "종   목", lab, anchor="ms")
    yy = y + row_h
    for (a, b), h in zip(wrapped, rows_h, strict=True):
        fd.line((xl, yy, x1, yy), fill=ink, width=lw)
        for col, lines, x in ((0, a, xl + mm(3)), (1, b, xm + mm(3))):
            key = ("biz_type", "biz_item")[col]
            for i, line in enumerate(lines):
                if line:
                    dpen.text(
                        x,
                        yy + row_h * 0.66 + i * pt_px(face.pt) * 1.55,
                        line,
                        val,
                        key=key,
                        protect=True,
                    )
        yy += h
    return y + total


def _leaders(rec: Record, face: Face, r: random.Random, tight: bool) -> Page:
    """No table: tight labels followed by dot leaders to the value column; every field on a row
    of its own; each 업태/종목 pair stacked as an "업 태" line over a "종 목" line."""
    img = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    page = Page(img)
    d = ImageDraw.Draw(img)
    pen = Pen(page, d, (18, 18, 18))
    lab = font(face.label, pt_px(face.pt))
    val = font(face.value, pt_px(face.pt))
    y = _header(pen, rec, face, r, pen)
    bold = font(face.bold, pt_px(14))
    pen.text(PAGE_W / 2 - mm(28), y + mm(2), "등록번호 :", bold, anchor="rs")
    pen.text(PAGE_W / 2 - mm(25), y + mm(2), rec.fields["reg_no"], bold, key="reg_no", protect=True)
    d.line((mm(20), y + mm(7), mm(190), y + mm(7)), fill=(60, 60, 60), width=int(mm(0.5)))
    d.line((mm(20), y + mm(8.2), mm(190), y + mm(8.2)), fill=(60, 60, 60), width=int(mm(0.2)))
    pitch = max(mm(8.6), pt_px(face.pt) * 2.05)
    y += mm(8.2) + pitch
    xl, xv, x1 = mm(24), mm(68), mm(190)
    dot = mm(r.uniform(1.3, 1.8))

    def leaders(x_from: float, x_to: float, yy: float) -> None:
        x = x_from + mm(1.5)
        rad = mm(0.22)
        while x < x_to - mm(2):
            d.ellipse((x - rad, yy - rad, x + rad, yy + rad), fill=(40, 40, 40))
            x += dot

    for label, key in _labels(rec):
        if key == "rows":
            for j, (t, it) in enumerate(rec.rows):
                for sub, text, k in (("업 태", t, "biz_type"), ("종 목", it, "biz_item")):
                    if j == 0 and k == "biz_type":
                        lb = pen.text(xl, y, label, lab)
                        leaders(lb[2], xv, y - pt_px(face.pt) * 0.3)
                    sx = pen.text(xv, y, sub, lab)[2]
                    lines = wrap(text, val, x1 - sx - mm(4))
                    for i, line in enumerate(lines):
                        pen.text(sx + mm(4), y + i * pitch, line, val, key=k, protect=True)
                    y += pitch * len(lines)
            continue
        text = _value(rec, key, tight)
        lb = pen.text(xl, y, label, lab)
        leaders(lb[2], xv, y - pt_px(face.pt) * 0.3)
        lines = wrap(text, val, x1 - xv) if key in ("address", "hq_address") else [text]
        protect = key in rec.fields
        for i, line in enumerate(lines):
            if line:
                pen.text(xv, y + i * pitch, line, val, key=key, protect=protect)
        if key == "partner" and rec.partner:
            page.private["partner"] = page.lines[-1]
        y += pitch * max(1, len(lines))
    y = _tail_lines(pen, rec, face, xl, y + pitch * 0.4, pitch, page, pen)
    y = max(y + mm(8), mm(226))
    d.line((mm(20), y - mm(8), mm(190), y - mm(8)), fill=(60, 60, 60), width=int(mm(0.2)))
    _footer_parts(pen, rec, face, min(y + mm(4), mm(246)), r, tight, img, pen)
    page.style = {"leader_pitch_mm": round(dot / mm(1), 2), "tight_dates": tight}
    return page


# --------------------------------------------------------------------------- sheets and effects


@dataclass
class Sheet:
    """The printed page as paper: colour at 300 dpi and where there is paper (alpha 0: a hole,
    a tear, a folded-away corner)."""

    rgb: Arr
    alpha: Arr
    protect: list[Box]
    lines: list[Box]
    private: dict[str, Box]
    notes: dict[str, Any] = field(default_factory=dict)


def _poly_mask(shape: tuple[int, int], pts: Sequence[tuple[float, float]]) -> Arr:
    m = np.zeros(shape, np.uint8)
    cv2.fillPoly(
        m, [np.round(np.array(pts) * 4).astype(np.int32)], 255, lineType=cv2.LINE_AA, shift=2
    )
    return m.astype(np.float32) / 255


def _hits(pts: Sequence[tuple[float, float]], boxes: Sequence[Box], pad: float) -> bool:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    bx = (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)
    return any(not (b[2] < bx[0] or b[0] > bx[2] or b[3] < bx[1] or b[1] > bx[3]) for b in boxes)


def inkjet(sh: Sheet, r: random.Random, n: np.random.Generator) -> None:
    """A home inkjet print: clogged nozzles leave thin white lines at the same place in every
    swath of the head, alternate swaths lighter; on half the pages the black cartridge is empty and
    black is printed as a CMY mix (brown, green or purple cast); ink feathers into plain paper."""
    rgb = sh.rgb.astype(np.float32)
    grey = rgb.mean(axis=2)
    sat = rgb.max(axis=2) - rgb.min(axis=2)
    composite = r.random() < 0.5
    ink = np.array(r.choice(((78, 58, 52), (52, 72, 58), (74, 56, 86)))) if composite else None
    darkness = 1 - grey / 255
    darkness = cv2.GaussianBlur(darkness, (0, 0), 0.7) * 1.06
    out = rgb.copy()
    neutral = sat < 40
    base = np.array((22.0, 22.0, 24.0)) if ink is None else ink.astype(np.float32)
    text = 255 - darkness[..., None] * (255 - base)
    out[neutral] = text[neutral]
    swath = int(mm(r.uniform(7, 11)))
    nozzles = sorted(r.sample(range(4, swath - 4), r.randint(3, 6)))
    widths = [r.choice((1, 1, 2)) for _ in nozzles]
    ink_part = 255 - out
    rows = np.ones(PAGE_H, np.float32)
    for s0 in range(0, PAGE_H, swath):
        if (s0 // swath) % 2:
            rows[s0 : s0 + swath] *= r.uniform(0.82, 0.93)
        for nz, w in zip(nozzles, widths, strict=True):
            rows[s0 + nz : s0 + nz + w] *= 0.12
    out = 255 - ink_part * rows[:, None, None]
    sh.rgb = np.clip(out, 0, 255).astype(np.uint8)
    sh.notes["inkjet"] = {
        "composite_black": composite,
        "swath_px": swath,
        "clogged_rows": nozzles,
        "widths": widths,
    }


def halftone(sh: Sheet, r: random.Random, n: np.random.Generator) -> Arr:
    """A copier in photo mode: its optics blur, its curve greys the paper, and the copy is a
    clustered-dot screen (45°, 60–72 lines per inch at 300 dpi), as a newspaper prints. Returns the
    1-bit copy (True = toner) and leaves the toner-on-paper colour in the sheet."""
    grey = sh.rgb.astype(np.float32).mean(axis=2)
    grey = cv2.GaussianBlur(grey, (0, 0), r.uniform(0.6, 0.9))
    base = r.uniform(0.03, 0.07)
    gain = r.uniform(1.05, 1.25)
    dark = np.clip((1 - grey / 255) * gain + base, 0, 1)
    period = r.uniform(4.2, 5.0)
    yy, xx = np.mgrid[0:PAGE_H, 0:PAGE_W].astype(np.float32)
    c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
    u = (xx * c + yy * s) * (2 * math.pi / period)
    v = (-xx * s + yy * c) * (2 * math.pi / period)
    threshold = 0.5 + 0.24 * (np.cos(u) + np.cos(v))
    bits: Arr = dark > threshold
    paper, toner = r.uniform(238, 248), r.uniform(22, 40)
    out = np.where(bits, toner, paper).astype(np.float32)
    sh.rgb = np.repeat(out[..., None], 3, axis=2).astype(np.uint8)
    sh.notes["halftone"] = {
        "period_px": round(period, 2),
        "angle": 45,
        "paper_tone": round(base, 3),
        "gain": round(gain, 3),
    }
    return bits


def punched(sh: Sheet, r: random.Random, n: np.random.Generator) -> None:
    """Filed in a binder and stapled: two (or four) punched holes in the left margin, a staple in
    the top left corner and the two holes of an earlier one."""
    holes = 2 if r.random() < 0.75 else 4
    cx = mm(r.uniform(10, 11.5))
    centres = [PAGE_H / 2 - mm(40), PAGE_H / 2 + mm(40)]
    if holes == 4:
        centres += [PAGE_H / 2 - mm(120), PAGE_H / 2 + mm(120)]
    rad = mm(3)
    alpha = sh.alpha.astype(np.float32)
    for cy in centres:
        angles = np.linspace(0, 2 * math.pi, 72, endpoint=False)
        jag = 1 + n.normal(0, 0.012, 72)
        pts = [
            (cx + rad * j * math.cos(a), cy + rad * j * math.sin(a))
            for a, j in zip(angles, jag, strict=True)
        ]
        alpha = alpha * (1 - _poly_mask(alpha.shape, pts))
    sh.alpha = alpha
    img = Image.fromarray(sh.rgb)
    d = ImageDraw.Draw(img)
    sx, sy = mm(r.uniform(11, 17)), mm(r.uniform(9, 13))
    ang = math.radians(r.uniform(30, 60))
    length = mm(12.5)
    ex, ey = sx + length * math.cos(ang), sy + length * math.sin(ang)
    for i, (w, col) in enumerate(((mm(0.9), (92, 92, 98)), (mm(0.35), (196, 198, 205)))):
        off = -mm(0.15) * i
        d.line((sx + off, sy + off, ex + off, ey + off), fill=col, width=max(1, int(w)))
    for t in (0.0, 1.0):  # the legs' ends, bent under the paper
        px, py = sx + (ex - sx) * t, sy + (ey - sy) * t
        d.ellipse((px - mm(0.5), py - mm(0.5), px + mm(0.5), py + mm(0.5)), fill=(70, 70, 74))
    ox, oy = sx + mm(r.uniform(2, 5)), sy + mm(r.uniform(3, 6))
    oang = math.radians(r.uniform(0, 90))
    for t in (0.0, 1.0):
        px, py = ox + length * math.cos(oang) * t, oy + length * math.sin(oang) * t
        d.ellipse((px - mm(0.35), py - mm(0.35), px + mm(0.35), py + mm(0.35)), fill=(60, 60, 60))
    for k in range(3):  # the paper's wrinkle round the staple
        a0 = ang + math.radians(r.uniform(60, 120))
        rr = mm(r.uniform(5, 9))
        d.line(
            (sx, sy, sx + rr * math.cos(a0), sy + rr * math.sin(a0)), fill=(226, 226, 226), width=2
        )
        _ = k
    sh.rgb = np.asarray(img).copy()
    sh.notes["punched"] = {
        "holes": holes,
        "hole_x_mm": round(cx / mm(1), 1),
        "staple_mm": [round(sx / mm(1), 1), round(sy / mm(1), 1)],
        "staple_deg": round(math.degrees(ang), 1),
    }


def dogear(sh: Sheet, r: random.Random, n: np.random.Generator) -> None:
    """A corner folded over (the flap's back shows, greyer, with a shadow at the fold); the corner
    and flap are placed where they cover nothing scored."""
    corners = [(PAGE_W, 0.0, -1, 1), (PAGE_W, PAGE_H, -1, -1), (0.0, PAGE_H, 1, -1)]
    r.shuffle(corners)
    for leg_mm in (r.uniform(22, 30), 18.0, 14.0):
        leg = mm(leg_mm)
        for cx, cy, sx, sy in corners:
            p1 = (cx + sx * leg, cy)
            p2 = (cx, cy + sy * leg)
            flap = (p1, p2, (p1[0] + p2[0] - cx, p1[1] + p2[1] - cy))
            if _hits(flap, sh.lines, mm(1)):
                continue
            corner = _poly_mask(sh.alpha.shape, [(cx, cy), p1, p2])
            fm = _poly_mask(sh.alpha.shape, flap)
            sh.alpha = sh.alpha.astype(np.float32) * (1 - corner)
            rgb = sh.rgb.astype(np.float32)
            shadow = cv2.GaussianBlur(fm, (0, 0), mm(1.2))
            rgb *= (1 - 0.25 * np.clip(shadow - fm, 0, 1))[..., None]
            back = r.uniform(0.9, 0.95) * 250
            rgb = rgb * (1 - fm[..., None]) + back * fm[..., None]
            sh.rgb = np.clip(rgb, 0, 255).astype(np.uint8)
            sh.notes["dogear"] = {"corner_px": [cx, cy], "leg_mm": round(leg_mm, 1)}
            return
    sh.notes["dogear"] = {"corner_px": None}


def torn_taped(sh: Sheet, r: random.Random, n: np.random.Generator) -> None:
    """Torn across and mended with clear tape: the tear runs between two lines of print, the lower
    part sits a little off and turned, the gap and the torn fibres show, 1–3 strips of tape (a
    slight yellow, visible edges, serrated ends) hold it."""
    spans = sorted((b[1], b[3]) for b in sh.lines if b[1] > mm(62) and b[3] < mm(250))
    merged: list[list[float]] = []
    for a0, a1 in spans:
        if merged and a0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], a1)
        else:
            merged.append([a0, a1])
    gaps = [(a[1], b[0]) for a, b in itertools.pairwise(merged) if b[0] - a[1] >= mm(3.2)]
    lo, hi = r.choice(gaps) if gaps else (mm(150), mm(153))
    margin = mm(0.8)
    xs = np.arange(0, PAGE_W + 8, 8, dtype=np.float32)
    walk = np.cumsum(n.normal(0, mm(0.35), xs.size))
    walk = (walk - walk.min()) / max(1e-6, walk.max() - walk.min())
    ys = lo + margin + walk * (hi - lo - 2 * margin)
    tear = [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
    lower = _poly_mask(sh.alpha.shape, [*tear, (PAGE_W + 8, PAGE_H + 8), (-8, PAGE_H + 8)])
    upper = 1 - lower
    ang = r.uniform(0.15, 0.5) * r.choice((-1, 1))
    m: Arr = cv2.getRotationMatrix2D((0, float(ys[0])), ang, 1.0)
    m[:, 2] += (r.uniform(-4, 4), r.uniform(4, 9))
    moved_rgb = cv2.warpAffine(sh.rgb, m, (PAGE_W, PAGE_H), borderValue=(255, 255, 255))
    moved_a = cv2.warpAffine(sh.alpha.astype(np.float32) * lower, m, (PAGE_W, PAGE_H))
    up_a = sh.alpha.astype(np.float32) * upper
    fibre = cv2.GaussianBlur(upper, (0, 0), 2.0)
    edge = np.clip((1 - fibre) * 2.2, 0, 1) * upper  # a white fringe along the torn edge
    rgb = sh.rgb.astype(np.float32)
    rgb = rgb * (1 - 0.8 * edge[..., None]) + 250 * 0.8 * edge[..., None]
    alpha = np.clip(up_a + moved_a, 0, 1)
    comb = (rgb * up_a[..., None] + moved_rgb.astype(np.float32) * moved_a[..., None]) / np.maximum(
        alpha, 1e-3
    )[..., None]
    strips = []
    horizontal = r.random() < 0.3
    count = 1 if horizontal else r.randint(1, 3)
    tape_mask = np.zeros(alpha.shape, np.float32)
    edges = np.zeros(alpha.shape, np.float32)
    for k in range(count):
        width = mm(r.choice((18, 24)))
        if horizontal:
            length, cxp, ta = mm(r.uniform(120, 170)), PAGE_W / 2 + mm(r.uniform(-15, 15)), 90.0
            cyp = float(ys.mean())
        else:
            length = mm(r.uniform(45, 75))
            cxp = mm(35 + (k + r.uniform(0.1, 0.9)) * 140 / count)
            cyp = float(np.interp(cxp, xs, ys))
            ta = r.uniform(-12, 12)
        t = math.radians(ta)
        ux, uy = math.sin(t), math.cos(t)  # along the strip
        vx, vy = math.cos(t), -math.sin(t)
        half_l, half_w = length / 2, width / 2
        quad = [
            (cxp + ux * sl * half_l + vx * sw * half_w, cyp + uy * sl * half_l + vy * sw * half_w)
            for sl, sw in ((-1, -1), (-1, 1), (1, 1), (1, -1))
        ]
        qm = _poly_mask(alpha.shape, quad)
        tape_mask = np.maximum(tape_mask, qm)
        ring = cv2.dilate(qm, np.ones((3, 3), np.uint8)) - cv2.erode(qm, np.ones((3, 3), np.uint8))
        edges = np.maximum(edges, ring)
        strips.append(
            {
                "centre_mm": [round(cxp / mm(1), 1), round(cyp / mm(1), 1)],
                "deg": round(ta, 1),
                "width_mm": round(width / mm(1)),
            }
        )
    gap_fill = tape_mask * (1 - alpha)
    comb = comb * (1 - gap_fill[..., None]) + 228 * gap_fill[..., None]
    alpha = np.maximum(alpha, tape_mask)
    tint = np.array((0.985, 0.98, 0.955), np.float32)
    comb = comb * (1 - tape_mask[..., None]) + comb * tint * tape_mask[..., None]
    comb = comb * (1 - 0.12 * edges[..., None])
    sh.rgb = np.clip(comb, 0, 255).astype(np.uint8)
    sh.alpha = alpha
    sh.notes["torn"] = {
        "between_mm": [round(lo / mm(1), 1), round(hi / mm(1), 1)],
        "turn_deg": round(ang, 2),
        "tape": strips,
    }


# --------------------------------------------------------------------------- captures


def _noise(img: Arr, n: np.random.Generator, sigma: float) -> Arr:
    return img + n.normal(0, sigma, img.shape).astype(np.float32)


def _u8(img: Arr) -> Arr:
    return np.clip(img, 0, 255).astype(np.uint8)


def _compose(sh: Sheet, background: Arr | float, shade: float) -> Arr:
    """The sheet over what lies behind it; a hole's or tear's edge casts a little shadow."""
    a = sh.alpha.astype(np.float32)
    rgb = sh.rgb.astype(np.float32)
    bg = np.full(rgb.shape, background, np.float32) if isinstance(background, float) else background
    if a.min() < 1:
        sh_a = cv2.GaussianBlur(np.roll(a, (6, 4), axis=(0, 1)), (0, 0), 4)
        bg = bg * (1 - shade * sh_a)[..., None]
    out: Arr = rgb * a[..., None] + bg * (1 - a[..., None])
    return out


def _affine_fwd(m: Arr) -> Forward:
    def fwd(pts: Arr) -> Arr:
        out: Arr = pts @ m[:, :2].T + m[:, 2]
        return out

    return fwd


def scan(
    sh: Sheet,
    r: random.Random,
    n: np.random.Generator,
    *,
    dpi: int,
    grey: bool,
    lid_open: bool = False,
) -> tuple[Arr, dict[str, Any], Forward]:
    """A flatbed scan; with ``lid_open`` the bed beyond the paper is dark (the room), the paper's
    lifted edge is shaded, and on a legal-size bed a long black strip lies below the page."""
    s = dpi / DPI
    tone = r.uniform(0.94, 0.985)
    sheet_rgb = sh.rgb.astype(np.float32) * tone
    if lid_open:
        bed_w, bed_h = (216.0, 356.0) if r.random() < 0.5 else (216.0, 297.0)
        dark = r.uniform(8, 28)
        back: Arr | float = dark
    else:
        bed_w, bed_h = 216.0, 297.0
        back = r.uniform(228, 246)
    comp = _compose(
        Sheet(_u8(sheet_rgb), sh.alpha, [], [], {}), float(back), 0.0 if lid_open else 0.35
    )
    if lid_open:  # the edges off the glass catch less light
        band = mm(r.uniform(3, 8))
        yy, xx = np.mgrid[0:PAGE_H, 0:PAGE_W].astype(np.float32)
        dist = np.minimum.reduce([xx, PAGE_W - xx, PAGE_H - yy])
        comp *= (1 - 0.22 * np.clip(1 - dist / band, 0, 1))[..., None]
    angle = r.uniform(-1.2, 1.2)
    dx, dy = mm(r.uniform(0.5, 4)), mm(r.uniform(0.3, 3 if lid_open else 2))
    out_w, out_h = int(mm(bed_w) * s), int(mm(bed_h) * s)
    m: Arr = cv2.getRotationMatrix2D((0, 0), angle, s)
    m[:, 2] += (dx * s, dy * s)
    border = (float(back),) * 3
    img = cv2.warpAffine(
        comp,
        m,
        (out_w, out_h),
        flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR,
        borderValue=border,
    )
    if lid_open:  # light from the room falls across the open bed
        g = np.linspace(0, 1, out_w, dtype=np.float32)[None, :] * r.uniform(6, 20)
        outside = img.mean(axis=2) < back + 4
        img = np.where(outside[..., None], img + g[..., None], img)
    img = cv2.GaussianBlur(img, (0, 0), r.uniform(0.35, 0.6))
    img = _noise(img, n, r.uniform(1.5, 3.5))
    if grey:
        img = img.mean(axis=2)
    params = {
        "dpi": dpi,
        "grey": grey,
        "skew_deg": round(angle, 2),
        "lid_open": lid_open,
        "bed_mm": [bed_w, bed_h],
    }
    return _u8(img), params, _affine_fwd(m)


def adf(
    sh: Sheet,
    r: random.Random,
    n: np.random.Generator,
    *,
    dpi: int,
    grey: bool,
) -> tuple[Arr, dict[str, Any], Forward]:
    """A sheet-feeder scan: the sheet turned as it fed (skew changing down the page), slipped once
    (a band of rows stretched), and dust on the feeder's glass drew straight lines down the whole
    scan."""
    s = dpi / DPI
    roller = r.uniform(200, 222)
    comp = _compose(sh, roller, 0.3) * r.uniform(0.95, 0.985)
    small = cv2.resize(comp, (int(PAGE_W * s), int(PAGE_H * s)), interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    a0, a1 = math.radians(r.uniform(-0.9, 0.9)), math.radians(r.uniform(-0.9, 0.9))
    y0 = r.uniform(0.3, 0.75) * h
    band = mm(r.uniform(8, 18)) * s
    f = r.uniform(1.12, 1.32)
    extra = band * (f - 1)
    pad = int(mm(4) * s)
    out_h, out_w = int(h + extra + 2 * pad), int(w + 2 * pad)

    def src_y(yo: Arr) -> Arr:
        yy = yo - pad
        res: Arr = np.where(
            yy < y0, yy, np.where(yy < y0 + band * f, y0 + (yy - y0) / f, yy - extra)
        )
        return res

    def shift(ys: Arr) -> Arr:
        res: Arr = math.tan(a0) * ys + (math.tan(a1) - math.tan(a0)) * ys**2 / (2 * h)
        return res

    yo, xo = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    sy = src_y(yo)
    sx = xo - pad - shift(sy) + shift(np.array(h / 2, np.float32))
    img: Arr = cv2.remap(
        small.astype(np.float32),
        sx.astype(np.float32),
        sy.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(roller,) * 3,
    )
    lines = []
    for _ in range(r.randint(1, 3)):
        x = r.randrange(pad + int(mm(10) * s), out_w - pad - int(mm(10) * s))
        width = r.choice((1, 1, 2, 3))
        depth = r.uniform(0.35, 0.7)
        img[:, x : x + width] *= depth
        lines.append({"x_px": x, "width": width, "depth": round(depth, 2)})
    img = _noise(cv2.GaussianBlur(img, (0, 0), 0.5), n, r.uniform(1.5, 3.0))
    if grey:
        img = img.mean(axis=2)

    def fwd(pts: Arr) -> Arr:
        ys = pts[:, 1] * s
        yo_ = np.where(ys < y0, ys, np.where(ys < y0 + band, y0 + (ys - y0) * f, ys + extra)) + pad
        xs = pts[:, 0] * s + pad + shift(ys) - shift(np.array(h / 2, np.float32))
        res: Arr = np.stack([xs, yo_], axis=1)
        return res

    params = {
        "dpi": dpi,
        "grey": grey,
        "skew_top_deg": round(math.degrees(a0), 2),
        "skew_bottom_deg": round(math.degrees(a1), 2),
        "slip": {"at_px": round(y0), "band_px": round(band), "stretch": round(f, 3)},
        "dust_lines": lines,
    }
    return _u8(img), params, fwd


def _surface(r: random.Random, n: np.random.Generator, w: int, h: int, kind: str) -> Arr:
    small: Arr = n.normal(0, 1, (h // 16 + 2, w // 16 + 2)).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 2)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    if kind == "wood":
        base = np.array((150, 106, 70), np.float32) * r.uniform(0.85, 1.1)
        grain = np.sin(np.linspace(0, r.uniform(40, 80), h, dtype=np.float32))[:, None] * 8
        wood: Arr = base + (tex * 10 + grain)[..., None]
        return wood
    if kind == "wall":
        base = np.array(r.choice(((236, 232, 222), (244, 244, 240), (206, 210, 212))), np.float32)
        return base + (tex * 3)[..., None]
    base = np.array(r.choice(((190, 192, 195), (232, 232, 230), (60, 62, 68))), np.float32)
    return base + (tex * 5)[..., None]


def _photo_finish(img: Arr, r: random.Random, n: np.random.Generator) -> tuple[Arr, dict[str, Any]]:
    h, w = img.shape[:2]
    gx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    ax, ay = r.uniform(-1, 1), r.uniform(-1, 1)
    low = r.uniform(0.74, 0.9)
    light = 1 - (1 - low) * np.clip((gx * ax + gy * ay + 1.4) / 2.8, 0, 1)
    wb = np.array([r.uniform(0.95, 1.05), 1.0, r.uniform(0.92, 1.06)], np.float32)
    img = img * light[..., None] * wb
    blur = r.uniform(0.6, 1.1)
    img = cv2.GaussianBlur(img, (0, 0), blur)
    noise = r.uniform(2.5, 5)
    img = _noise(img, n, noise)
    return img, {"light_low": round(low, 2), "blur": round(blur, 2), "noise": round(noise, 1)}


def photo(
    sh: Sheet, r: random.Random, n: np.random.Generator
) -> tuple[Arr, dict[str, Any], Forward]:
    """An ordinary 8 MP phone photo of the sheet on a desk (perspective, tilt, soft shadow)."""
    out_w, out_h = 2448, 3264
    kind = r.choice(("wood", "desk", "desk"))
    bg = _surface(r, n, out_w, out_h, kind)
    fill = r.uniform(0.8, 0.9)
    ph = out_h * fill
    pw = ph * PAGE_W / PAGE_H
    cx, cy = out_w / 2 + r.uniform(-0.04, 0.04) * out_w, out_h / 2 + r.uniform(-0.03, 0.03) * out_h
    tilt = math.radians(r.uniform(-4, 4))
    key = r.uniform(0.0, 0.06)
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * pw / 2 * (1 - key if sy < 0 else 1)
        y = sy * ph / 2
        x += r.uniform(-0.012, 0.012) * pw
        y += r.uniform(-0.012, 0.012) * ph
        corners.append(
            (
                cx + x * math.cos(tilt) - y * math.sin(tilt),
                cy + x * math.sin(tilt) + y * math.cos(tilt),
            )
        )
    k = 0.8  # the page drawn at 240 dpi first, so the warp does not alias
    small = Sheet(
        cv2.resize(sh.rgb, (int(PAGE_W * k), int(PAGE_H * k)), interpolation=cv2.INTER_AREA),
        cv2.resize(
            sh.alpha.astype(np.float32),
            (int(PAGE_W * k), int(PAGE_H * k)),
            interpolation=cv2.INTER_AREA,
        ),
        [],
        [],
        {},
    )
    src = np.array([(0, 0), (PAGE_W, 0), (PAGE_W, PAGE_H), (0, PAGE_H)], np.float32) * k
    hm_small = cv2.getPerspectiveTransform(src, np.array(corners, np.float32))
    img, params = _place(
        small,
        bg,
        hm_small,
        r,
        n,
        {
            "surface": kind,
            "fill": round(fill, 3),
            "keystone": round(key, 3),
            "tilt_deg": round(math.degrees(tilt), 2),
        },
    )
    return img, params, _persp_fwd(hm_small @ np.diag([k, k, 1.0]))


def _persp_fwd(hm: Arr) -> Forward:
    def fwd(pts: Arr) -> Arr:
        res: Arr = cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm)
        return res.reshape(-1, 2)

    return fwd


def _place(
    sh: Sheet, bg: Arr, hm: Arr, r: random.Random, n: np.random.Generator, params: dict[str, Any]
) -> tuple[Arr, dict[str, Any]]:
    h, w = bg.shape[:2]
    rgb = cv2.warpPerspective(
        sh.rgb.astype(np.float32) * r.uniform(0.95, 1.0), hm, (w, h), flags=cv2.INTER_LINEAR
    )
    a = cv2.warpPerspective(sh.alpha.astype(np.float32), hm, (w, h), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(
        np.roll(a, (int(h * 0.008), int(w * 0.006)), axis=(0, 1)), (0, 0), h * 0.006
    )
    bg = bg * (1 - 0.35 * shadow)[..., None]
    img = rgb * a[..., None] + bg * (1 - a[..., None])
    img, finish = _photo_finish(img, r, n)
    return _u8(img), {**params, **finish}


def framed(
    sh: Sheet, r: random.Random, n: np.random.Generator
) -> tuple[Arr, dict[str, Any], Forward]:
    """The certificate framed behind glass on the shop's wall (as the law asks it to be shown),
    photographed from below: moulding, a mat whose window hides the paper's edge, reflections of
    ceiling lights on the glass, the frame's shadow on the wall."""
    s = 200 / DPI
    pg = cv2.resize(
        _compose(sh, 240.0, 0.3), (int(PAGE_W * s), int(PAGE_H * s)), interpolation=cv2.INTER_AREA
    )
    ph, pw = pg.shape[:2]
    px = 200 / 25.4
    mat, mould, lap = mm(r.uniform(14, 26)) * s, mm(r.uniform(12, 22)) * s, 3 * px
    fw, fh = int(pw + 2 * (mat + mould - lap)), int(ph + 2 * (mat + mould - lap))
    obj = np.zeros((fh, fw, 3), np.float32)
    mat_col = np.array(r.choice(((244, 240, 230), (250, 250, 248), (236, 228, 210))), np.float32)
    obj[:] = mat_col
    ox, oy = int(mould + mat - lap), int(mould + mat - lap)
    win = (ox + lap, oy + lap, ox + pw - lap, oy + ph - lap)
    page_part = pg.copy()
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    inner = np.clip(np.minimum(xx - lap, yy - lap) / (3 * px), 0, 1)  # the mat's shadow on the page
    page_part *= (0.82 + 0.18 * inner)[..., None]
    ys, xs = slice(int(win[1]), int(win[3])), slice(int(win[0]), int(win[2]))
    obj[ys, xs] = page_part[
        int(lap) : int(lap) + (ys.stop - ys.start), int(lap) : int(lap) + (xs.stop - xs.start)
    ]
    bevel = int(1.5 * px)
    cv2.rectangle(
        obj,
        (int(win[0]) - bevel, int(win[1]) - bevel),
        (int(win[2]) + bevel, int(win[3]) + bevel),
        (252, 252, 250),
        bevel,
    )
    mcol = np.array(
        r.choice(((185, 150, 72), (32, 30, 30), (96, 62, 36), (172, 172, 178))), np.float32
    )
    mw = int(mould)
    ramp = np.linspace(1.15, 0.7, mw, dtype=np.float32)
    for i in range(mw):
        c = np.clip(mcol * ramp[i], 0, 255)
        cv2.rectangle(obj, (i, i), (fw - 1 - i, fh - 1 - i), c.tolist(), 1)
    # reflections on the glass
    refl = np.zeros((fh, fw), np.float32)
    bands = []
    gy, gx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    for _ in range(r.randint(1, 2)):
        ang = math.radians(r.uniform(-25, 25))
        cx = r.uniform(0.15, 0.85) * fw
        width = r.uniform(0.03, 0.08) * fw
        d = gx - cx - (gy - fh / 2) * math.tan(ang)
        strength = r.uniform(0.22, 0.42)
        refl = np.maximum(refl, strength * np.exp(-((d / width) ** 2)))
        bands.append(
            {
                "x": round(cx / fw, 3),
                "deg": round(math.degrees(ang), 1),
                "strength": round(strength, 2),
            }
        )
    haze = r.uniform(0.03, 0.08)
    glass = np.clip(refl + haze, 0, 0.5)
    obj = obj + (255 - obj) * glass[..., None]
    out_w, out_h = 2448, 3264
    wall = _surface(r, n, out_w, out_h, "wall")
    fill = r.uniform(0.8, 0.9)
    oh = out_h * fill
    ow = oh * fw / fh
    key = r.uniform(0.04, 0.09)  # from below: the top edge is further away
    tilt = math.radians(r.uniform(-2, 2))
    cx, cy = out_w / 2 + r.uniform(-0.03, 0.03) * out_w, out_h / 2
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * ow / 2 * (1 - key if sy < 0 else 1)
        y = sy * oh / 2 + (oh * key * 0.3 if sy < 0 else 0)
        corners.append(
            (
                cx + x * math.cos(tilt) - y * math.sin(tilt),
                cy + x * math.sin(tilt) + y * math.cos(tilt),
            )
        )
    src = np.array([(0, 0), (fw, 0), (fw, fh), (0, fh)], np.float32)
    hm_obj = cv2.getPerspectiveTransform(src, np.array(corners, np.float32))
    frame_sheet = Sheet(_u8(obj), np.ones((fh, fw), np.float32), [], [], {})
    # page pixel (300 dpi) -> object pixel -> photo pixel
    to_obj = np.array([[s, 0, ox], [0, s, oy], [0, 0, 1]], np.float64)
    hm = hm_obj @ to_obj
    img, params = _place(
        frame_sheet,
        wall,
        hm_obj,
        r,
        n,
        {
            "mat_mm": round(mat / px, 1),
            "moulding_mm": round(mould / px, 1),
            "moulding_rgb": mcol.astype(int).tolist(),
            "keystone": round(key, 3),
            "tilt_deg": round(math.degrees(tilt), 2),
            "reflections": bands,
            "haze": round(haze, 3),
        },
    )
    return img, params, _persp_fwd(hm)


def _ui(img: Image.Image) -> ImageDraw.ImageDraw:
    return ImageDraw.Draw(img)


def inverted(
    sh: Sheet,
    r: random.Random,
    n: np.random.Generator,
    name: str,
) -> tuple[Arr, dict[str, Any], Forward]:
    """A phone screenshot of the PDF in a viewer's night mode: the page's colours inverted (white
    print on black, the red seal cyan), dark status bar, app bar and tool bar."""
    sw, sh_ = r.choice(((1080, 2340), (1170, 2532), (1080, 2400)))
    margin = r.randint(0, 18)
    pw = sw - 2 * margin
    s = pw / PAGE_W
    ph = int(PAGE_H * s)
    page = cv2.resize(_compose(sh, 255.0, 0.0), (pw, ph), interpolation=cv2.INTER_AREA)
    lo, hi = r.uniform(0, 26), r.uniform(222, 250)
    inv = lo + (hi - lo) * (255 - page) / 255
    shot = np.full((sh_, sw, 3), r.uniform(8, 20), np.float32)
    top = int(sh_ * 0.12) + r.randint(0, int(sh_ * 0.06))
    shot[top : top + ph, margin : margin + pw] = inv
    im = Image.fromarray(_u8(shot))
    d = _ui(im)
    ui = font(UI_FONT, sw * 0.036)
    small = font(UI_FONT, sw * 0.03)
    bar = (28, 28, 30)
    d.rectangle((0, 0, sw, int(sh_ * 0.04)), fill=(0, 0, 0))
    d.text(
        (sw * 0.06, sh_ * 0.02),
        f"{r.randint(1, 12)}:{r.randint(0, 59):02d}",
        font=small,
        fill=(235, 235, 235),
        anchor="lm",
    )
    d.rectangle((sw * 0.82, sh_ * 0.013, sw * 0.9, sh_ * 0.027), outline=(235, 235, 235), width=3)
    d.rectangle((sw * 0.825, sh_ * 0.016, sw * 0.87, sh_ * 0.024), fill=(235, 235, 235))
    d.rectangle((0, int(sh_ * 0.04), sw, int(sh_ * 0.1)), fill=bar)
    d.text((sw * 0.05, sh_ * 0.07), "←", font=ui, fill=(230, 230, 230), anchor="lm")
    d.text((sw * 0.15, sh_ * 0.07), name, font=ui, fill=(230, 230, 230), anchor="lm")
    d.text((sw * 0.93, sh_ * 0.07), "···", font=ui, fill=(230, 230, 230), anchor="mm")
    d.rectangle((0, int(sh_ * 0.93), sw, sh_), fill=bar)
    for i, label in enumerate(("공유", "검색", "편집", "인쇄")):
        x = sw * (0.14 + i * 0.24)
        d.ellipse(
            (x - sw * 0.025, sh_ * 0.945, x + sw * 0.025, sh_ * 0.945 + sw * 0.05),
            outline=(200, 200, 200),
            width=3,
        )
        d.text((x, sh_ * 0.985), label, font=small, fill=(200, 200, 200), anchor="mm")
    d.rounded_rectangle(
        (sw * 0.42, sh_ * 0.88, sw * 0.58, sh_ * 0.91), radius=sw * 0.03, fill=(60, 60, 62)
    )
    d.text((sw * 0.5, sh_ * 0.895), "1 / 1", font=small, fill=(230, 230, 230), anchor="mm")
    m = np.array([[s, 0, margin], [0, s, top]], np.float64)
    params = {
        "screen": [sw, sh_],
        "page_px": [pw, ph],
        "dpi": round(DPI * s, 1),
        "black": round(lo, 1),
        "white": round(hi, 1),
    }
    return np.asarray(im), params, _affine_fwd(m)


def viewer75(
    sh: Sheet,
    r: random.Random,
    n: np.random.Generator,
    name: str,
) -> tuple[Arr, dict[str, Any], Forward]:
    """A desktop screenshot of a browser's PDF viewer at 75 or 80 % zoom (the page at 72–77
    screen dpi) with the thumbnail side bar open (a second, tiny copy of the page) and the task
    bar at the bottom."""
    sw, sh_ = 1920, 1080
    zoom = r.choice((75, 75, 80))
    pw = round(210 / 25.4 * 96 * zoom / 100)
    s = pw / PAGE_W
    ph = int(PAGE_H * s)
    page = cv2.resize(_compose(sh, 255.0, 0.0), (pw, ph), interpolation=cv2.INTER_AREA)
    shot = np.zeros((sh_, sw, 3), np.float32)
    shot[:] = (82, 86, 89)
    tool, task, side = 56, 48, 232
    im = Image.fromarray(_u8(shot))
    d = _ui(im)
    d.rectangle((0, 0, sw, tool), fill=(50, 54, 57))
    d.rectangle((0, tool, side, sh_ - task), fill=(40, 43, 46))
    ui = font(UI_FONT, 15)
    d.text((20, tool / 2), "≡", font=font(UI_FONT, 22), fill=(240, 240, 240), anchor="lm")
    d.text((60, tool / 2), name, font=ui, fill=(240, 240, 240), anchor="lm")
    d.text((sw / 2 - 90, tool / 2), "1 / 1", font=ui, fill=(240, 240, 240), anchor="mm")
    d.text((sw / 2 + 10, tool / 2), "—", font=ui, fill=(240, 240, 240), anchor="mm")
    d.rectangle((sw / 2 + 30, 14, sw / 2 + 90, tool - 14), fill=(25, 27, 29))
    d.text((sw / 2 + 60, tool / 2), f"{zoom}%", font=ui, fill=(240, 240, 240), anchor="mm")
    d.text((sw / 2 + 110, tool / 2), "+", font=ui, fill=(240, 240, 240), anchor="mm")
    for i in range(3):
        cx = sw - 140 + i * 45.0
        d.ellipse((cx - 9, tool / 2 - 9, cx + 9, tool / 2 + 9), outline=(220, 220, 220), width=2)
    tw = 140
    th = int(tw * PAGE_H / PAGE_W)
    thumb = cv2.resize(_compose(sh, 255.0, 0.0), (tw, th), interpolation=cv2.INTER_AREA)
    tx, ty = (side - tw) // 2, tool + 24
    d.rectangle((tx - 5, ty - 5, tx + tw + 4, ty + th + 4), outline=(138, 180, 248), width=3)
    d.text((side / 2, ty + th + 20), "1", font=ui, fill=(220, 220, 220), anchor="mm")
    d.rectangle((0, sh_ - task, sw, sh_), fill=(32, 32, 32))
    for i in range(6):
        cx = sw / 2 - 150 + i * 60.0
        d.rounded_rectangle(
            (cx - 14, sh_ - task + 10, cx + 14, sh_ - 10),
            radius=5,
            fill=(90 + 20 * i, 120, 170 - 10 * i),
        )
    d.text(
        (sw - 70, sh_ - task / 2),
        f"오후 {r.randint(1, 11)}:{r.randint(0, 59):02d}",
        font=ui,
        fill=(240, 240, 240),
        anchor="mm",
    )
    shot = np.asarray(im).astype(np.float32)
    shot[ty : ty + th, tx : tx + tw] = thumb
    area_w = sw - side
    px0 = side + (area_w - pw) // 2
    py0 = tool + max(4, (sh_ - tool - task - ph) // 2)
    shadow: Arr = np.zeros((sh_, sw), np.float32)
    shadow[py0 + 3 : py0 + ph + 3, px0 + 3 : px0 + pw + 3] = 1
    shadow = cv2.GaussianBlur(shadow, (0, 0), 4)
    shot *= (1 - 0.35 * shadow)[..., None]
    visible = min(ph, sh_ - task - py0)
    shot[py0 : py0 + visible, px0 : px0 + pw] = page[:visible]
    m = np.array([[s, 0, px0], [0, s, py0]], np.float64)
    params = {"zoom": zoom, "page_px": [pw, ph], "dpi": round(DPI * s, 1), "shown_rows": visible}
    return _u8(shot), params, _affine_fwd(m)


# --------------------------------------------------------------------------- redaction


def redact(
    img: Arr,
    fwd: Forward,
    sh: Sheet,
    r: random.Random,
    n: np.random.Generator,
) -> tuple[Arr, list[dict[str, Any]]]:
    """The merchant hides what they think private (the e-mail, the 발급번호, the bar code, a
    partner's name) in the phone's photo editor: pen scribbles, a mosaic or a filled box. Never
    over a scored value: a mark that would touch one is left out."""
    out = img.astype(np.float32)
    h, w = out.shape[:2]
    protected = []
    for b in sh.protect:
        q = fwd(np.array([[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]], np.float64))
        protected.append(q)
    pmask: Arr = np.zeros((h, w), np.uint8)
    for q in protected:
        cv2.fillPoly(pmask, [np.round(q).astype(np.int32)], 1)
    pmask = cv2.dilate(pmask, np.ones((5, 5), np.uint8))
    keys = [k for k in ("email", "issue_no", "barcode", "partner") if k in sh.private]
    r.shuffle(keys)
    chosen = keys[: r.randint(1, min(3, len(keys)))] if keys else []
    done: list[dict[str, Any]] = []
    for key in chosen:
        b = sh.private[key]
        pad = mm(0.8)
        q = fwd(
            np.array(
                [
                    [b[0] - pad, b[1] - pad],
                    [b[2] + pad, b[1] - pad],
                    [b[2] + pad, b[3] + pad],
                    [b[0] - pad, b[3] + pad],
                ],
                np.float64,
            )
        )
        tool = r.choice(("pen", "pen", "mosaic", "box"))
        mask = np.zeros((h, w), np.uint8)
        if tool == "pen":
            height = float(np.linalg.norm(q[3] - q[0]))
            thick = max(3, int(height * 0.45))
            inner = q.copy()
            cy = q.mean(axis=0)
            inner = cy + (inner - cy) * np.array([0.96, 0.55])
            steps = max(6, int(np.linalg.norm(q[1] - q[0]) / max(4.0, thick * 0.7)))
            pts = []
            for i in range(steps + 1):
                t = i / steps
                top = inner[0] + (inner[1] - inner[0]) * t
                bot = inner[3] + (inner[2] - inner[3]) * t
                pts.append(top if i % 2 == 0 else bot)
            cv2.polylines(
                mask,
                [np.round(np.array(pts)).astype(np.int32)],
                False,
                1,
                thick,
                lineType=cv2.LINE_8,
            )
        else:
            cv2.fillPoly(mask, [np.round(q).astype(np.int32)], 1)
        if np.logical_and(mask, pmask).any():
            continue
        sel = mask.astype(bool)
        if tool == "mosaic":
            x0, y0 = int(q[:, 0].min()), int(q[:, 1].min())
            x1, y1 = int(q[:, 0].max()) + 1, int(q[:, 1].max()) + 1
            x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
            block = max(6, int((y1 - y0) * 0.35))
            region = out[y0:y1, x0:x1]
            sm = cv2.resize(
                region,
                (max(1, (x1 - x0) // block), max(1, (y1 - y0) // block)),
                interpolation=cv2.INTER_AREA,
            )
            big = cv2.resize(sm, (x1 - x0, y1 - y0), interpolation=cv2.INTER_NEAREST)
            part = sel[y0:y1, x0:x1]
            region[part] = big[part]
        else:
            colour = np.array(
                r.choice(((20, 20, 20), (20, 20, 20), (30, 40, 150), (200, 30, 30))), np.float32
            )
            out[sel] = colour
        done.append({"what": key, "tool": tool})
    return out, done


# --------------------------------------------------------------------------- files


def jpeg_bytes(img: Arr, q: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    im = Image.fromarray(_u8(img))
    kw: dict[str, Any] = {"quality": q, "subsampling": 2 if q < 90 else 0}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Arr | Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    im = img if isinstance(img, Image.Image) else Image.fromarray(_u8(img))
    kw: dict[str, Any] = {"compress_level": 6}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


def tiff_bytes(im: Image.Image, compression: str, dpi: int) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "TIFF", compression=compression, dpi=(dpi, dpi))
    return buf.getvalue()


def pdf_bytes(img: Arr, dpi: int, q: int) -> bytes:
    """An image-only one-page PDF written by hand (no dates, no /ID): a copier's scan-to-PDF."""
    data = jpeg_bytes(img, q)
    h, w = img.shape[:2]
    grey = img.ndim == 2
    pw, ph = w * 72 / dpi, h * 72 / dpi
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
        f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace "
        f"/{'DeviceGray' if grey else 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode "
        f"/Length {len(data)} >>\nstream\n".encode()
        + data
        + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Producer (Scan2PDF 4.2) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# --------------------------------------------------------------------------- plan and render

KINDS = (
    "framed",
    "lidopen",
    "punched",
    "halftone",
    "adf",
    "inkjet",
    "inverted",
    "torn_taped",
    "redacted",
    "viewer75",
)
# the second degradation some pages get, by the page's rank among its kind's pages
SECONDS: dict[str, dict[int, str]] = {
    "punched": {0: "lidopen", 1: "lidopen"},
    "torn_taped": {0: "lidopen"},
    "framed": {0: "inkjet", 1: "inkjet"},
    "inkjet": {0: "adf"},
    "halftone": {0: "punched"},
    "redacted": {0: "scan", 1: "adf"},
    "lidopen": {0: "dogear", 1: "dogear"},
}
PDF_NAMES = (
    "사업자등록증.pdf",
    "사업자등록증_사본.pdf",
    "scan_0012.pdf",
    "사업자등록증명원.pdf",
    "KakaoTalk_사업자등록증.pdf",
)


@dataclass(frozen=True)
class Item:
    index: int
    form: str
    kind: str
    layout: str
    face: str
    second: str
    rank: int  # the page's rank among its kind's pages


def _deck(items: Sequence[str], count: int, seed: int) -> list[str]:
    out: list[str] = []
    n = 0
    while len(out) < count:
        d = list(items)
        random.Random(seed + n).shuffle(d)
        out += d
        n += 1
    return out[:count]


def plan(count: int, seed: int) -> list[Item]:
    forms = _deck(FORM_DECK, count, seed * 10 + 1)
    kinds = _deck([k for k in KINDS for _ in range(6)], count, seed * 10 + 2)
    layouts = _deck([x for x in LAYOUTS for _ in range(30)], count, seed * 10 + 3)
    faces = _deck(FACE_DECK, count, seed * 10 + 4)
    seen: dict[str, int] = {}
    items = []
    for i in range(count):
        k = kinds[i]
        rank = seen.get(k, 0)
        seen[k] = rank + 1
        items.append(
            Item(i, forms[i], k, layouts[i], faces[i], SECONDS.get(k, {}).get(rank, ""), rank)
        )
    return items


@dataclass
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]


def render_certificate(seed: int, item: Item, name: str) -> Certificate:
    r = random.Random(seed)
    n = np.random.default_rng(seed)
    rec = make_record(r, item.form)
    page = lay_out(rec, item.layout, item.face, r)
    sh = Sheet(
        np.asarray(page.img).copy(),
        np.ones((PAGE_H, PAGE_W), np.float32),
        list(page.protect),
        list(page.lines),
        dict(page.private),
    )
    kind, second = item.kind, item.second
    steps = {kind, second}
    capture: dict[str, Any] = {"kind": kind, "second": second or None}
    bits: Arr | None = None
    if "inkjet" in steps:
        inkjet(sh, r, n)
    if kind == "halftone":
        bits = halftone(sh, r, n)
    if "punched" in steps:
        punched(sh, r, n)
    if "dogear" in steps:
        dogear(sh, r, n)
    if kind == "torn_taped":
        torn_taped(sh, r, n)
    capture.update(sh.notes)
    fwd: Forward
    if (
        kind == "halftone" and item.rank in (1, 2) and bits is not None
    ):  # the copier's own 1-bit file
        angle = r.uniform(-0.8, 0.8)
        m: Arr = cv2.getRotationMatrix2D((PAGE_W / 2, PAGE_H / 2), angle, 1.0)
        one = cv2.warpAffine(
            bits.astype(np.uint8) * 255, m, (PAGE_W, PAGE_H), flags=cv2.INTER_NEAREST, borderValue=0
        )
        if "punched" in steps:
            holes = cv2.warpAffine(
                (sh.alpha < 0.5).astype(np.uint8) * 255,
                m,
                (PAGE_W, PAGE_H),
                flags=cv2.INTER_NEAREST,
            )
            one = np.maximum(one, holes)
        im = Image.fromarray(255 - one).convert("1")
        data, ext = tiff_bytes(im, "group4", 300), "tif"
        capture.update({"file": "1-bit copier scan", "dpi": 300, "skew_deg": round(angle, 2)})
    else:
        if kind in ("framed",):
            img, params, fwd = framed(sh, r, n)
        elif kind == "inverted":
            img, params, fwd = inverted(sh, r, n, r.choice(PDF_NAMES))
        elif kind == "viewer75":
            img, params, fwd = viewer75(sh, r, n, r.choice(PDF_NAMES))
        elif kind == "adf" or second == "adf":
            img, params, fwd = adf(sh, r, n, dpi=200, grey=r.random() < 0.7)
        elif kind == "lidopen" or second == "lidopen":
            img, params, fwd = scan(sh, r, n, dpi=r.choice((200, 300)), grey=False, lid_open=True)
        elif kind == "redacted" and second != "scan":
            img, params, fwd = photo(sh, r, n)
        else:
            grey = kind == "halftone" and r.random() < 0.6
            img, params, fwd = scan(sh, r, n, dpi=r.choice((200, 300)), grey=grey)
        capture.update(params)
        if kind == "redacted":
            img, marks = redact(img, fwd, sh, r, n)
            capture["redactions"] = marks
        data, ext = _encode(kind, img, params, r)
    filename = f"{name}.{ext}"
    if len(data) >= MAX_BYTES:
        raise ValueError(f"{filename} is {len(data)} bytes, over the upload limit")
    truth = {
        "image": filename,
        "kind": rec.kind,
        "taxpayer_type": rec.form,
        "variant": kind,
        "layout": item.layout,
        "font": item.face,
        "fields": dict(rec.fields),
        "capture": capture,
        "page": page.style,
        "extras": {"second": second or None, "rows": len(rec.rows)},
        "also_printed": {
            "issue_no": rec.issue_no,
            "reason": rec.reason,
            "email": rec.email,
            "partner": rec.partner,
            "rows": [list(x) for x in rec.rows],
        },
        "seed": seed,
    }
    return Certificate(filename, data, truth)


def _encode(kind: str, img: Arr, params: dict[str, Any], r: random.Random) -> tuple[bytes, str]:
    dpi = params.get("dpi") if isinstance(params.get("dpi"), int) else None
    roll = r.random()
    if kind in ("inverted", "viewer75"):
        return (
            (png_bytes(img), "png") if roll < 0.7 else (jpeg_bytes(img, r.randint(85, 92)), "jpg")
        )
    if kind == "adf" or (kind in ("inkjet", "redacted") and "slip" in params):
        if kind == "adf" and roll < 0.4:
            return pdf_bytes(img, 200, r.randint(80, 90)), "pdf"
        if kind == "adf" and roll < 0.6:
            im = Image.fromarray(_u8(img))
            return tiff_bytes(im, "tiff_lzw", 200), "tif"
        return jpeg_bytes(img, r.randint(80, 90), dpi), "jpg"
    if kind == "punched":
        if roll < 0.2:
            return tiff_bytes(Image.fromarray(_u8(img)), "tiff_lzw", dpi or 200), "tif"
        if roll < 0.5 and dpi == 200:
            return png_bytes(img, dpi), "png"
        return jpeg_bytes(img, r.randint(84, 92), dpi), "jpg"
    small = dpi is not None and (dpi <= 200 or img.ndim == 2)  # never an 8 MP photo as PNG
    if kind in ("lidopen", "torn_taped", "halftone", "redacted") and roll < 0.3 and small:
        data = png_bytes(img, dpi)
        if len(data) < MAX_BYTES * 0.95:
            return data, "png"
        return jpeg_bytes(img, 90, dpi), "jpg"  # the scanner's PNG was too big to upload
    q = r.randint(86, 93) if kind in ("framed", "redacted") else r.randint(84, 92)
    return jpeg_bytes(img, q, dpi), "jpg"


def generate(out: Path, count: int, seed: int) -> int:
    missing = sorted(set(FACES) - set(available_faces()))
    if missing or not Path(UI_FONT[0]).exists():
        print(f"fonts not installed: {', '.join(missing) or UI_FONT[0]}; the set needs all of them")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    began = time.perf_counter()
    for item in plan(count, seed):
        name = f"blind_{item.index:04d}"
        t0 = time.perf_counter()
        cert = render_certificate(seed * 1000 + item.index, item, name)
        write_certificate(out, name, cert.filename, cert.data, cert.truth, manifest)
        extra = f"+{item.second}" if item.second else ""
        print(
            f"{cert.filename:<16} {item.form:<6} {item.layout:<9} {item.face:<33} "
            f"{item.kind}{extra}  {time.perf_counter() - t0:.1f}s",
            flush=True,
        )
    write_manifest(out, seed, count, manifest)
    print(f"generated in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(generate_command(__doc__ or "", DEFAULT_SEED, generate))
