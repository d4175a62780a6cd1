"""Invented but plausible 사업자등록증 values for certificate set 8, written fresh from the
facts of domain-facts.md §4–5: numbers with valid check digits, the middle code by form, the
세무서 serving the district, KSIC-style trades, dates in a sane order."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

FORMS = ("general", "simple", "exempt", "corporate")
SUBTITLE = {"general": "일반과세자", "simple": "간이과세자", "exempt": "면세사업자",
            "corporate": "법인사업자"}  # fmt: skip
LATEST_ISSUE = date(2026, 11, 26)
ROAD_ADDRESSES_FROM = date(2014, 1, 1)  # road-name addresses are the legal address from here

BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
CORP_WEIGHTS = (1, 2) * 6


def business_check(first_nine: str) -> int:
    """The 사업자등록번호 check digit (domain-facts.md §4a, with the final % 10)."""
    d = [int(c) for c in first_nine]
    s = sum(x * w for x, w in zip(d, BIZ_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corp_check(first_twelve: str) -> int:
    """The 법인등록번호 check digit (domain-facts.md §4b)."""
    s = sum(int(c) * w for c, w in zip(first_twelve, CORP_WEIGHTS, strict=True))
    return (10 - s % 10) % 10


# (시/도, 시/군/구 or "", 세무서, ((road, 법정동), ...)) — districts the earlier sets' notes do
# not lean on much; roads are real roads of the district as the writer knows them.
DISTRICTS: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    ("서울특별시", "광진구", "성동세무서", (("능동로", "화양동"), ("아차산로", "자양동"))),
    ("서울특별시", "동대문구", "동대문세무서", (("왕산로", "청량리동"), ("천호대로", "답십리동"))),
    ("서울특별시", "구로구", "구로세무서", (("디지털로", "구로동"), ("경인로", "고척동"))),
    ("서울특별시", "송파구", "송파세무서", (("올림픽로", "잠실동"), ("송파대로", "가락동"))),
    ("서울특별시", "은평구", "은평세무서", (("통일로", "불광동"), ("연서로", "갈현동"))),
    ("부산광역시", "수영구", "수영세무서", (("광안해변로", "광안동"), ("수영로", "남천동"))),
    ("부산광역시", "사하구", "서부산세무서", (("낙동대로", "하단동"), ("다대로", "장림동"))),
    ("대구광역시", "달서구", "서대구세무서", (("달구벌대로", "감삼동"), ("월배로", "진천동"))),
    ("인천광역시", "미추홀구", "남인천세무서", (("인하로", "용현동"), ("경인로", "주안동"))),
    ("광주광역시", "북구", "북광주세무서", (("서암대로", "중흥동"), ("우치로", "용봉동"))),
    ("대전광역시", "중구", "대전세무서", (("중앙로", "은행동"), ("대종로", "대흥동"))),
    ("울산광역시", "남구", "울산세무서", (("삼산로", "삼산동"), ("번영로", "달동"))),
    ("세종특별자치시", "", "세종세무서", (("한누리대로", "나성동"), ("도움8로", "어진동"))),
    ("경기도", "수원시 영통구", "동수원세무서", (("광교로", "이의동"), ("봉영로", "영통동"))),
    ("경기도", "고양시 일산동구", "고양세무서", (("중앙로", "장항동"), ("정발산로", "마두동"))),
    ("경기도", "김포시", "김포세무서", (("김포한강로", "장기동"), ("사우중로", "사우동"))),
    ("충청북도", "충주시", "충주세무서", (("충원대로", "연수동"), ("중앙로", "성내동"))),
    ("충청남도", "아산시", "천안세무서", (("번영로", "모종동"), ("배방로", "배방읍 장재리"))),
    ("전라남도", "여수시", "여수세무서", (("시청로", "학동"), ("좌수영로", "광무동"))),
    ("경상북도", "구미시", "구미세무서", (("송정대로", "송정동"), ("박정희로", "상모동"))),
    ("경상남도", "김해시", "김해세무서", (("가야로", "내동"), ("김해대로", "부원동"))),
    ("제주특별자치도", "서귀포시", "서귀포세무서", (("중정로", "서귀동"), ("일주동로", "토평동"))),
    ("강원", "원주시", "원주세무서", (("원일로", "중앙동"), ("서원대로", "단구동"))),
    ("전북", "익산시", "익산세무서", (("인북로", "영등동"), ("무왕로", "모현동"))),
)  # fmt: skip

SURNAMES = (("김", 21), ("이", 15), ("박", 8), ("최", 5), ("정", 5), ("강", 2), ("조", 2),
            ("윤", 2), ("장", 2), ("임", 2), ("한", 1), ("오", 1), ("서", 1), ("신", 1),
            ("권", 1), ("황", 1), ("안", 1), ("송", 1), ("전", 1), ("홍", 1), ("유", 1),
            ("고", 1), ("문", 1), ("양", 1), ("손", 1), ("배", 1), ("백", 1), ("허", 1),
            ("남", 1), ("심", 1), ("노", 1), ("하", 1), ("곽", 1), ("성", 1), ("차", 1),
            ("주", 1), ("우", 1), ("구", 1), ("민", 1), ("진", 1), ("나", 1), ("엄", 1),
            ("채", 1), ("원", 1), ("천", 1), ("방", 1), ("공", 1), ("현", 1), ("함", 1),
            ("변", 1), ("염", 1), ("여", 1), ("추", 1), ("도", 1), ("소", 1), ("석", 1),
            ("선", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1),
            ("명", 1), ("기", 1), ("반", 1), ("왕", 1), ("금", 1), ("옥", 1), ("육", 1),
            ("인", 1), ("맹", 1), ("제", 1), ("모", 1), ("탁", 1), ("국", 1), ("어", 1),
            ("은", 1), ("편", 1), ("용", 1), ("예", 1), ("경", 1), ("봉", 1), ("사", 1),
            ("부", 1), ("황보", 1), ("남궁", 1), ("제갈", 1), ("선우", 1), ("독고", 1))  # fmt: skip
GIVEN_A = "민서지예수하도윤시은건현준채유승정태재영동상경혜미선희성진우"
GIVEN_B = "준호아윤연원빈우민진영훈수희경숙철환석은율찬별솔담린결"

STEMS = ("온새미", "가람", "마루", "한울", "소담", "다솜", "이룸", "별하", "새롬", "푸른솔",
         "하늬", "라온", "여울", "너울", "단비", "한결", "미르", "아라", "보람", "나래",
         "청담", "무궁", "동백", "솔바람", "참빛", "해오름", "들꽃", "큰길", "금빛",
         "은하")  # fmt: skip
LATIN = ("JK", "DH", "YS", "K", "H&J", "M2", "THE", "SK&P", "BK")

# (업태, 종목, name endings that fit) per family; 면세 only VAT-exempt trades.
TRADES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "shop": (("도매 및 소매업", "전자상거래 소매업", ("몰", "스토어", "마켓")),
             ("소매업", "의류 소매업", ("옷가게", "부티크")),
             ("도매 및 소매업", "가구 소매업", ("가구", "리빙")),
             ("숙박 및 음식점업", "한식 일반 음식점업", ("식당", "국밥", "밥상")),
             ("음식점업", "커피 전문점", ("커피", "카페")),
             ("숙박 및 음식점업", "치킨 전문점", ("치킨",)),
             ("협회 및 단체, 수리 및 기타 개인 서비스업", "미용업", ("헤어", "미용실")),
             ("소매업", "화초 및 식물 소매업", ("꽃집", "플라워"))),
    "exempt": (("교육 서비스업", "일반 교과 학원", ("학원", "수학교실")),
               ("보건업 및 사회복지 서비스업", "치과 의원", ("치과의원",)),
               ("도매 및 소매업", "신선 식품 및 단순 가공식품 소매업", ("청과", "정육점")),
               ("소매업", "서적 소매업", ("서점", "책방")),
               ("교육 서비스업", "예술 학원", ("음악학원", "미술학원"))),
    "corp": (("정보통신업", "응용 소프트웨어 개발 및 공급업", ("소프트", "테크", "랩스")),
             ("제조업", "플라스틱 제품 제조업", ("산업", "화학")),
             ("건설업", "실내 건축 공사업", ("건설", "인테리어")),
             ("전문, 과학 및 기술 서비스업", "광고 대행업", ("애드", "커뮤니케이션즈")),
             ("도매 및 소매업", "기타 산업용 기계 및 장비 도매업", ("상사", "트레이딩")),
             ("운수 및 창고업", "일반 화물 자동차 운송업", ("물류", "로지스")),
             ("사업시설 관리, 사업 지원 및 임대 서비스업", "사업시설 유지ㆍ관리 서비스업",
              ("시설관리", "씨앤에스"))),
}  # fmt: skip
CORP_OFFICE_CODES = ("1101", "1301", "1345", "1201", "1801", "2801", "1501", "1701", "2001")


@dataclass
class Record:
    form: str
    fields: dict[str, str]
    trades: list[tuple[str, str]]
    district: tuple[str, str, str]
    also: dict[str, str] = field(default_factory=dict)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN_A) + rng.choice(GIVEN_B)
    if rng.random() < 0.04:
        given = given[0]
    return _weighted(rng, SURNAMES) + given


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _province(name: str, issued: date) -> str:
    # the special self-governing provinces print their new names once in force
    if name == "강원":
        return "강원특별자치도" if issued >= date(2023, 6, 11) else "강원도"
    if name == "전북":
        return "전북특별자치도" if issued >= date(2024, 1, 18) else "전라북도"
    return name


def address(rng: random.Random, district: tuple[str, str, str, tuple[tuple[str, str], ...]],
            issued: date) -> str:  # fmt: skip
    sido, sigungu, _office, roads = district
    road, dong = rng.choice(roads)
    number = str(rng.randint(2, 380))
    if rng.random() < 0.2:
        number += f"-{rng.randint(1, 29)}"
    head = " ".join(p for p in (_province(sido, issued), sigungu, road, number) if p)
    roll = rng.random()
    if roll < 0.25:
        tail = f", {rng.randint(1, 9)}층"
    elif roll < 0.55:
        floor = rng.randint(1, 15)
        tail = f", {floor}층 {floor}{rng.randint(1, 12):02d}호"
    elif roll < 0.65:
        tail = f", 지하1층 B{rng.randint(101, 120)}호"
    elif roll < 0.75:
        tail = f", {rng.randint(101, 112)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호"
    else:
        tail = ""
    note_dong = dong.split()[-1] if "읍" not in dong else ""
    if note_dong and rng.random() < 0.25:
        note = f" ({note_dong}, {rng.choice(STEMS)}{rng.choice(('빌딩', '타워', '프라자'))})"
    elif note_dong:
        note = f" ({note_dong})"
    else:
        note = ""
    return head + tail + note


def _trades(rng: random.Random, form: str) -> list[tuple[str, str, tuple[str, ...]]]:
    family = {"exempt": "exempt", "corporate": "corp"}.get(form, "shop")
    pool = list(TRADES[family])
    rows = rng.choices((1, 2, 3), (50, 35, 15))[0]
    rng.shuffle(pool)
    return pool[:rows]


def trade_name(rng: random.Random, form: str, endings: tuple[str, ...], owner: str) -> str:
    ending = rng.choice(endings)
    roll = rng.random()
    if roll < 0.15:
        stem = rng.choice(LATIN)
    elif roll < 0.22:
        stem = owner[-2:] + "네"
    else:
        stem = rng.choice(STEMS)
    name = f"{stem}{ending}" if rng.random() < 0.6 else f"{stem} {ending}"
    if form != "corporate":
        if rng.random() < 0.15:
            name += f" {rng.choice(('본점', '2호점', '역전점', '시청점'))}"
        return name
    return rng.choice((f"주식회사 {name}", f"{name} 주식회사", f"(주){name}", f"㈜{name}",
                       f"유한회사 {name}"))  # fmt: skip


def business_number(rng: random.Random, form: str) -> str:
    office = rng.randint(101, 699)
    if form == "corporate":
        middle = rng.choice((81, 81, 86, 87, 88))
    elif form == "exempt":
        middle = rng.randint(90, 99)
    else:
        middle = rng.randint(1, 79)
    first = f"{office:03d}{middle:02d}{rng.randint(1, 9999):04d}"
    digits = first + str(business_check(first))
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def corp_number(rng: random.Random, limited: bool) -> str:
    first = rng.choice(CORP_OFFICE_CODES) + ("14" if limited else "11")
    first += f"{rng.randint(1, 999999):06d}"
    digits = first + str(corp_check(first))
    return f"{digits[:6]}-{digits[6:]}"


def draw_record(rng: random.Random, form: str) -> Record:
    """One certificate's values; ``fields`` has exactly the keys bench/blindcert.py scores."""
    district = rng.choice(DISTRICTS)
    rep = person(rng)
    opened = _day(rng, date(1999, 1, 1), date(2026, 10, 30))
    # an older business shows a reissued certificate (road-name address era)
    if opened < ROAD_ADDRESSES_FROM or rng.random() < 0.3:
        issued = _day(rng, max(opened, ROAD_ADDRESSES_FROM), LATEST_ISSUE)
        reason = rng.choice(("정정", "재발급", "정정(사업장 이전)")) if issued > opened else "신규"
    else:
        issued = opened + timedelta(days=rng.randint(0, 6))
        reason = "신규"
    issued = min(issued, LATEST_ISSUE)
    trades = _trades(rng, form)
    name = trade_name(rng, form, trades[0][2], rep)
    addr = address(rng, district, issued)
    f: dict[str, str] = {"reg_no": business_number(rng, form), "trade_name": name,
                         "representative": rep}  # fmt: skip
    if form == "corporate":
        f["corp_reg_no"] = corp_number(rng, name.startswith("유한회사"))
        f["open_date"] = opened.isoformat()
        f["address"] = addr
        if rng.random() < 0.45:
            other = rng.choice(DISTRICTS)
            f["hq_address"] = address(rng, other, issued)
        else:
            f["hq_address"] = addr
    else:
        born = _day(rng, date(opened.year - 68, 1, 1), date(opened.year - 20, 12, 31))
        f["birth_date"] = born.isoformat()
        f["open_date"] = opened.isoformat()
        f["address"] = addr
    f["biz_type"] = ", ".join(t for t, _, _ in trades)
    f["biz_item"] = ", ".join(i for _, i, _ in trades)
    f["issue_date"] = issued.isoformat()
    f["tax_office"] = district[2]
    also = {"발급사유": reason, "발급번호": f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-"
            f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"}  # fmt: skip
    if rng.random() < 0.5:
        also["email"] = (
            f"{rng.choice(('tax', 'biz', 'acc', 'office'))}{rng.randint(1, 99)}@"
            + rng.choice(("naver.com", "daum.net", "gmail.com", "hanmail.net"))
        )
    return Record(form, f, [(t, i) for t, i, _ in trades], district[:3], also)
