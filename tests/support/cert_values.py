"""Realistic random contents of a 사업자등록증, from a seeded `random.Random`.

Every number has a valid check digit; names, trade names and addresses are invented but
shaped like real ones so the reader meets the same characters and lengths.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace

from knowledge.bizno import (
    business_check_digit,
    corp_check_digit,
    format_business_number,
    format_corp_number,
)

# (시도, 시군구, [동], [도로명], 세무서 name without 세무서)
_DISTRICTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        "서울특별시",
        "영등포구",
        ("문래동", "당산동", "여의도동"),
        ("국제금융로", "당산로"),
        "영등포",
    ),
    (
        "서울특별시",
        "마포구",
        ("서교동", "합정동", "공덕동"),
        ("와우산로", "양화로", "마포대로"),
        "마포",
    ),
    ("서울특별시", "강남구", ("역삼동", "논현동"), ("테헤란로", "학동로", "논현로"), "역삼"),
    ("서울특별시", "강남구", ("삼성동", "대치동"), ("봉은사로", "영동대로"), "삼성"),
    ("서울특별시", "종로구", ("관철동", "수송동"), ("종로", "삼일대로"), "종로"),
    ("서울특별시", "송파구", ("잠실동", "문정동"), ("올림픽로", "송파대로"), "송파"),
    ("서울특별시", "성동구", ("성수동1가", "성수동2가"), ("성수이로", "아차산로"), "성동"),
    ("부산광역시", "해운대구", ("우동", "중동"), ("해운대로", "센텀중앙로"), "해운대"),
    ("부산광역시", "부산진구", ("부전동", "전포동"), ("중앙대로", "서면로"), "부산진"),
    ("대구광역시", "수성구", ("범어동", "만촌동"), ("달구벌대로", "동대구로"), "수성"),
    ("인천광역시", "남동구", ("구월동", "논현동"), ("인하로", "예술로"), "남인천"),
    ("광주광역시", "서구", ("쌍촌동", "치평동"), ("치평로", "상무대로"), "서광주"),
    ("대전광역시", "유성구", ("봉명동", "궁동"), ("대학로", "계룡로"), "북대전"),
    ("경기도", "성남시 분당구", ("정자동", "삼평동"), ("판교역로", "정자일로"), "분당"),
    ("경기도", "수원시 영통구", ("이의동", "매탄동"), ("광교중앙로", "매영로"), "동수원"),
    ("제주특별자치도", "제주시", ("연동", "노형동"), ("연북로", "신대로"), "제주"),
)
_BUILDINGS = ("스카이빌", "한라빌딩", "센트럴타워", "그린오피스텔", "미래빌딩", "")

_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나"
    "지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_GIVEN = (
    "민서지현준우도윤하은예진수빈태영승호동훈성재은정혜미경아름소라슬기다온"
    "유나가람재희시우건보람나래한결진아상철"
)

_TRADE_STEMS = (
    "온누리",
    "하늘",
    "바른",
    "초록",
    "한빛",
    "새봄",
    "푸른",
    "다온",
    "별빛",
    "K",
    "미소",
    "참좋은",
    "우리",
    "해오름",
    "가온",
    "누리",
    "동행",
    "모두의",
    "스마일",
    "오늘",
)
_TRADE_SUFFIXES_INDIVIDUAL = (
    "식당",
    "커피",
    "상사",
    "무역",
    "디자인",
    "스튜디오",
    "마켓",
    "공방",
    "베이커리",
    "학원",
    "부동산",
    "꽃집",
    "치킨",
    "헤어",
)
_TRADE_SUFFIXES_CORPORATE = (
    "엔지니어링",
    "소프트",
    "테크",
    "물산",
    "네트웍스",
    "푸드",
    "랩스",
    "산업",
)

# 업태 and 종목 as the tax office words them (KSIC names), paired as they co-occur.
BIZ_PAIRS: tuple[tuple[str, str], ...] = (
    ("도매 및 소매업", "전자상거래 소매업"),
    ("소매업", "의복 소매업"),
    ("소매업", "화초 및 식물 소매업"),
    ("음식점업", "치킨 전문점"),
    ("음식점업", "한식 일반 음식점업"),
    ("음식점업", "커피 전문점"),
    ("정보통신업", "응용 소프트웨어 개발 및 공급업"),
    ("정보통신업", "포털 및 기타 인터넷 정보 매개 서비스업"),
    ("전문, 과학 및 기술 서비스업", "광고 대행업"),
    ("전문, 과학 및 기술 서비스업", "시각 디자인업"),
    ("부동산업", "부동산 중개 및 대리업"),
    ("교육 서비스업", "일반 교과 학원"),
    ("도매업", "수산물 도매업"),
    ("제조업", "빵류 제조업"),
    ("건설업", "실내 건축 공사업"),
    ("서비스업", "미용업"),
)

TAXPAYER_SUBTITLES = {"일반": "(일반과세자)", "간이": "(간이과세자)", "면세": "(면세사업자)"}


@dataclass(frozen=True)
class CertificateValues:
    kind: str  # "individual" | "corporate"
    taxpayer_type: str | None  # 일반 / 간이 / 면세 for individuals
    fields: dict[str, str]
    biz_rows: tuple[tuple[str, str], ...]
    issue_no: str
    reason: str
    email: str
    extra: dict[str, str] = field(default_factory=dict)


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _business_number(rng: random.Random, middle: int) -> str:
    serial = rng.randrange(1, 10000)
    first_nine = f"{rng.randrange(101, 1000):03d}{middle:02d}{serial:04d}"
    return format_business_number(first_nine + str(business_check_digit(first_nine)))


def _corp_number(rng: random.Random) -> str:
    office = rng.choice(("1101", "1201", "1301", "1101", "1801", "2001", "2301"))
    first_twelve = f"{office}{rng.choice(('11', '11', '12', '14'))}{rng.randrange(0, 10**6):06d}"
    return format_corp_number(first_twelve + str(corp_check_digit(first_twelve)))


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _address(rng: random.Random) -> tuple[str, str]:
    sido, sigungu, dongs, roads, office = rng.choice(_DISTRICTS)
    road = f"{rng.choice(roads)} {rng.randrange(1, 400)}"
    if rng.random() < 0.3:
        road += f"-{rng.randrange(1, 30)}"
    unit = ""
    if rng.random() < 0.55:
        floor = rng.randrange(1, 16)
        unit = f", {floor}층 {floor}{rng.randrange(1, 12):02d}호"
    building = rng.choice(_BUILDINGS)
    note = rng.choice(dongs) + (f", {building}" if building and not unit else "")
    return f"{sido} {sigungu} {road}{unit} ({note})", office + "세무서"


def _trade_name(rng: random.Random, corporate: bool) -> str:
    stem = rng.choice(_TRADE_STEMS)
    if not corporate:
        return stem + rng.choice(_TRADE_SUFFIXES_INDIVIDUAL)
    name = stem + rng.choice(_TRADE_SUFFIXES_CORPORATE)
    return rng.choice((f"{name}(주)", f"주식회사 {name}", f"(주){name}"))


def _join_unique(values: list[str]) -> str:
    return ", ".join(dict.fromkeys(values))


def random_values(rng: random.Random, kind: str | None = None) -> CertificateValues:
    corporate = (kind == "corporate") if kind else rng.random() < 0.45
    taxpayer = None if corporate else rng.choice(("일반", "일반", "간이", "면세"))
    if corporate:
        middle = rng.choice((81, 86, 87, 88))
    elif taxpayer == "면세":
        middle = rng.randrange(90, 100)
    else:
        middle = rng.randrange(1, 80)
    open_date = _date(rng, dt.date(2001, 1, 1), dt.date(2024, 12, 31))
    issue_date = open_date if rng.random() < 0.3 else _date(rng, open_date, dt.date(2025, 6, 30))
    address, tax_office = _address(rng)
    rows = tuple(rng.sample(BIZ_PAIRS, rng.choice((1, 1, 1, 2, 2, 3))))
    fields: dict[str, str] = {
        "reg_no": _business_number(rng, middle),
        "trade_name": _trade_name(rng, corporate),
        "representative": _person(rng),
    }
    if corporate:
        fields["corp_reg_no"] = _corp_number(rng)
    else:
        birth = _date(rng, dt.date(1950, 1, 1), dt.date(2002, 12, 31))
        fields["birth_date"] = birth.isoformat()
    fields["open_date"] = open_date.isoformat()
    fields["address"] = address
    if corporate:
        fields["hq_address"] = _address(rng)[0] if rng.random() < 0.6 else address
    fields["biz_type"] = _join_unique([t for t, _ in rows])
    fields["biz_item"] = _join_unique([i for _, i in rows])
    fields["issue_date"] = issue_date.isoformat()
    fields["tax_office"] = tax_office
    issue_no = (
        f"{rng.randrange(100, 1000)}-{issue_date.year}-{rng.randrange(1, 10)}-"
        f"{rng.randrange(10**7, 10**8)}"
    )
    return CertificateValues(
        kind="corporate" if corporate else "individual",
        taxpayer_type=taxpayer,
        fields=fields,
        biz_rows=rows,
        issue_no=issue_no,
        reason=rng.choice(("신규", "신규", "정정", "재발급")),
        email=rng.choice(("", f"tax{rng.randrange(100)}@mail.example.kr")),
    )


def with_pairs(values: CertificateValues, rng: random.Random) -> CertificateValues:
    """`values` with 2–4 업태/종목 pairs (a business registered for several lines of trade)."""
    rows = tuple(rng.sample(BIZ_PAIRS, rng.choice((2, 3, 4))))
    fields = dict(values.fields)
    fields["biz_type"] = _join_unique([t for t, _ in rows])
    fields["biz_item"] = _join_unique([i for _, i in rows])
    return replace(values, fields=fields, biz_rows=rows)
