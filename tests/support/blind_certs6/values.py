# ruff: noqa: E501  (tables of places and trades read better one entry a line)
"""Values of certificate set 6, written fresh for this set (not copied from earlier sets).

Numbers follow domain-facts.md §4 (check digits computed here, cross-checked against
``knowledge.bizno`` by the test). Addresses: road-name addresses (도로명주소) on certificates
issued from 2014-01-01, when their use became compulsory; lot-number addresses (지번) on the
`old` layout, issued 2007-2013. 강원도 / 전라북도 print their special-self-governing names on
certificates issued after 2023-06-11 / 2024-01-18. Road–동 and office–district pairs are from
the writer's memory: see bench/blindcert6.md, "unsure".
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

# (시/도, 시/군/구, tax office, [(road, 법정동)], [지번 동], old layout allowed)
DISTRICTS: tuple[tuple[str, str, str, tuple[tuple[str, str], ...], tuple[str, ...], bool], ...] = (
    ("서울특별시", "강남구", "역삼", (("테헤란로", "역삼동"), ("논현로", "역삼동")), ("역삼동",), True),
    ("서울특별시", "종로구", "종로", (("자하문로", "통의동"), ("삼일대로", "관철동")), ("관철동", "통의동"), True),
    ("서울특별시", "마포구", "마포", (("월드컵북로", "성산동"), ("독막로", "합정동")), ("성산동", "합정동"), True),
    ("서울특별시", "송파구", "송파", (("올림픽로", "잠실동"), ("송파대로", "가락동")), ("가락동", "잠실동"), True),
    ("서울특별시", "노원구", "노원", (("동일로", "상계동"), ("노해로", "상계동")), ("상계동",), True),
    ("부산광역시", "해운대구", "해운대", (("센텀중앙로", "우동"), ("해운대해변로", "중동")), ("우동", "중동"), True),
    ("부산광역시", "부산진구", "부산진", (("서면로", "부전동"), ("중앙대로", "부전동")), ("부전동",), True),
    ("대구광역시", "수성구", "수성", (("달구벌대로", "범어동"), ("동대구로", "범어동")), ("범어동", "만촌동"), True),
    ("인천광역시", "남동구", "남동", (("예술로", "구월동"), ("인주대로", "구월동")), ("구월동",), True),
    ("광주광역시", "서구", "서광주", (("상무중앙로", "치평동"), ("상무대로", "치평동")), ("치평동",), True),
    ("대전광역시", "서구", "서대전", (("둔산로", "둔산동"), ("대덕대로", "둔산동")), ("둔산동", "탄방동"), True),
    ("울산광역시", "남구", "울산", (("삼산로", "삼산동"), ("번영로", "달동")), ("삼산동", "달동"), True),
    ("세종특별자치시", "", "세종", (("한누리대로", "나성동"), ("도움6로", "어진동")), (), False),
    ("경기도", "성남시 분당구", "분당", (("판교역로", "백현동"), ("황새울로", "수내동")), ("수내동", "정자동"), True),
    ("경기도", "수원시 영통구", "동수원", (("청명로", "영통동"), ("봉영로", "영통동")), ("영통동",), True),
    ("경기도", "고양시 일산동구", "고양", (("중앙로", "장항동"), ("정발산로", "장항동")), ("장항동", "마두동"), True),
    ("경기도", "파주시", "파주", (("경의로", "금촌동"), ("금정로", "금촌동")), ("금촌동",), True),
    ("강원도", "춘천시", "춘천", (("후석로", "후평동"), ("중앙로", "중앙로2가")), ("후평동",), True),
    ("강원도", "강릉시", "강릉", (("경강로", "임당동"), ("율곡로", "교동")), ("교동", "임당동"), True),
    ("충청북도", "충주시", "충주", (("중앙로", "성내동"), ("충인6길", "충인동")), ("성내동",), True),
    ("충청남도", "천안시 서북구", "천안", (("불당대로", "불당동"), ("번영로", "불당동")), ("불당동", "성정동"), True),
    ("충청남도", "공주시", "공주", (("웅진로", "신관동"), ("봉황로", "반죽동")), ("신관동",), True),
    ("전라북도", "전주시 완산구", "전주", (("팔달로", "중앙동3가"), ("홍산로", "효자동2가")), ("중앙동3가",), True),
    ("전라북도", "군산시", "군산", (("대학로", "나운동"), ("조촌로", "조촌동")), ("나운동", "조촌동"), True),
    ("전라남도", "목포시", "목포", (("영산로", "용당동"), ("옥암로", "옥암동")), ("용당동", "옥암동"), True),
    ("전라남도", "순천시", "순천", (("중앙로", "장천동"), ("왕지로", "왕지동")), ("장천동", "조례동"), True),
    ("경상북도", "경주시", "경주", (("태종로", "노서동"), ("알천북로", "황성동")), ("노서동", "황성동"), True),
    ("경상북도", "구미시", "구미", (("송정대로", "송정동"), ("구미중앙로", "원평동")), ("송정동", "원평동"), True),
    ("경상남도", "김해시", "김해", (("김해대로", "부원동"), ("가야로", "내동")), ("부원동", "내동"), True),
    ("경상남도", "진주시", "진주", (("진주대로", "칠암동"), ("동진로", "상대동")), ("칠암동", "상대동"), True),
    ("제주특별자치도", "제주시", "제주", (("노형로", "노형동"), ("중앙로", "이도이동")), ("노형동", "연동"), True),
)  # fmt: skip

GANGWON_RENAMED = dt.date(2023, 6, 11)
JEONBUK_RENAMED = dt.date(2024, 1, 18)
ROAD_ADDRESSES = dt.date(2014, 1, 1)
SEJONG_OFFICE = dt.date(2017, 1, 1)  # the writer is sure 세종세무서 served 세종 by then
LAST_ISSUE = dt.date(2026, 11, 30)

SURNAMES = (
    ("김", 214), ("이", 147), ("박", 84), ("최", 47), ("정", 44), ("강", 24), ("조", 21),
    ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 14), ("송", 14), ("전", 11), ("홍", 11), ("유", 10),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 7), ("노", 7),
    ("심", 5), ("하", 5), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4), ("구", 4),
    ("민", 3), ("진", 3), ("나", 3), ("지", 3), ("엄", 3), ("채", 2), ("원", 2), ("천", 2),
    ("방", 2), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 2), ("여", 2), ("추", 1),
    ("도", 1), ("석", 1), ("소", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1),
    ("표", 1), ("명", 1), ("기", 1), ("반", 1), ("라", 1), ("왕", 1), ("금", 1), ("옥", 1),
    ("육", 1), ("인", 1), ("맹", 1), ("탁", 1), ("국", 1), ("어", 1), ("은", 1), ("편", 1),
    ("용", 1), ("봉", 1), ("남궁", 1), ("황보", 1), ("제갈", 1), ("사공", 1), ("선우", 1),
)  # fmt: skip
GIVEN_FIRST = "민서지현수영준예하도윤태경혜재승동희성은주정상진용세보채다우시한소"
GIVEN_SECOND = "준호연우민아진원훈희수영빈윤석혁경율린나현규철숙미자옥환범찬결솔"

STEMS = (
    "해솔", "물결", "산들", "차오름", "가온길", "솔빛", "새벽숲", "모아", "이음", "빛고을",
    "너울", "한울타리", "단비", "소담", "여울", "별하", "구름다리", "마루", "푸른들", "바람꽃",
    "온새미", "라온", "미리내", "아라", "늘해랑", "청솔", "금강", "대성", "동방", "신일",
)  # fmt: skip
LATIN = ("KJ", "DS", "BNK", "HM", "W", "ONE", "MK", "T&L", "JY", "SB")

# 업태, 종목, a trade-name ending that suits them
Trade = tuple[str, str, str]
TRADES_GENERAL: tuple[Trade, ...] = (
    ("도매 및 소매업", "전자상거래 소매업", "몰"),
    ("도매 및 소매업", "가전제품 소매업", "전자"),
    ("제조업", "떡, 빵 및 과자류 제조업", "제과"),
    ("숙박 및 음식점업", "한식 일반 음식점업", "식당"),
    ("정보통신업", "응용 소프트웨어 개발 및 공급업", "소프트"),
    ("건설업", "실내 건축 공사업", "인테리어"),
    ("전문, 과학 및 기술 서비스업", "광고 대행업", "애드"),
    ("운수 및 창고업", "일반 화물자동차 운송업", "물류"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "자동차 종합 수리업", "모터스"),
    ("사업시설 관리, 사업 지원 및 임대 서비스업", "사업시설 유지ㆍ관리 서비스업", "시설관리"),
    ("예술, 스포츠 및 여가관련 서비스업", "체력 단련시설 운영업", "짐"),
)
TRADES_SIMPLE: tuple[Trade, ...] = (
    ("숙박 및 음식점업", "커피 전문점", "커피"),
    ("도매 및 소매업", "꽃 소매업", "플라워"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "두발 미용업", "헤어"),
    ("도매 및 소매업", "문구용품 소매업", "문구"),
    ("숙박 및 음식점업", "김밥 및 기타 간이 음식점업", "김밥"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "세탁업", "세탁"),
)
TRADES_EXEMPT: tuple[Trade, ...] = (
    ("교육 서비스업", "일반 교과 학원", "학원"),
    ("교육 서비스업", "음악학원", "음악학원"),
    ("보건업 및 사회복지 서비스업", "한의원", "한의원"),
    ("도매 및 소매업", "과실 및 채소 소매업", "청과"),
    ("도매 및 소매업", "육류 소매업", "정육점"),
    ("농업, 임업 및 어업", "채소작물 재배업", "농원"),
)
TRADES_CORP: tuple[Trade, ...] = (
    ("제조업", "자동차 부품 제조업", ""),
    ("정보통신업", "시스템 소프트웨어 개발 및 공급업", ""),
    ("도매 및 소매업", "기타 산업용 기계 및 장비 도매업", ""),
    ("건설업", "토목 시설물 건설업", ""),
    ("전문, 과학 및 기술 서비스업", "경영 컨설팅업", ""),
    ("운수 및 창고업", "항공 및 육상화물 취급업", ""),
    ("숙박 및 음식점업", "관광 호텔업", ""),
    ("부동산업", "비주거용 건물 임대업", ""),
)
# short 업태/종목 words of older certificates
TRADES_OLD: dict[str, tuple[Trade, ...]] = {
    "general": (("도소매", "전자상거래", "몰"), ("제조", "금속가공", "금속"), ("서비스", "광고대행", "기획"),
                ("음식", "한식", "식당"), ("건설", "인테리어", "인테리어")),
    "simple": (("음식", "분식", "분식"), ("소매", "꽃", "꽃집"), ("서비스", "미용", "미용실")),
    "exempt": (("교육서비스", "입시학원", "학원"), ("소매", "청과물", "청과"), ("보건", "한의원", "한의원")),
    "corporate": (("제조", "전자부품", ""), ("도소매", "산업용기계", ""), ("서비스", "소프트웨어개발", ""),
                  ("건설", "토목공사", "")),
}  # fmt: skip
CORP_REGISTRY = ("1101", "1144", "1301", "1358", "1501", "1601", "1701", "1801", "2001", "2301")
REASONS_NEW = ("신규",)
REASONS_LATER = ("정정", "재발급", "정정(사업장 이전)", "정정(대표자 변경)")
EMAIL_HOSTS = ("naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com")
ROMAN = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Record:
    form: str  # general | simple | exempt | corporate
    reg_no: str
    trade_name: str
    representative: str
    open_date: dt.date
    issue_date: dt.date
    address: str
    tax_office: str
    rows: list[tuple[str, str]]
    birth_date: dt.date | None = None
    corp_reg_no: str | None = None
    hq_address: str | None = None
    branch: bool = False
    partners: list[str] = field(default_factory=list)
    reason: str = "신규"
    email: str = ""
    issue_no: str = ""

    @property
    def kind(self) -> str:
        return "corporate" if self.form == "corporate" else "individual"

    @property
    def taxpayer_type(self) -> str:
        return {"general": "일반과세자", "simple": "간이과세자", "exempt": "면세사업자",
                "corporate": "법인사업자"}[self.form]  # fmt: skip


def business_check_digit(first_nine: str) -> int:
    weights = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    d = [int(c) for c in first_nine]
    s = sum(a * b for a, b in zip(d, weights, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corp_check_digit(first_twelve: str) -> int:
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - s % 10) % 10


def business_number(rng: random.Random, form: str, branch: bool = False) -> str:
    office = rng.randint(101, 699)
    if form == "exempt":
        middle = rng.randint(90, 99)
    elif form == "corporate":
        middle = 85 if branch else rng.choice((81, 81, 86, 87, 88))
    else:
        middle = rng.randint(1, 79)
    first = f"{office:03d}{middle:02d}{rng.randint(1, 9999):04d}"
    digits = first + str(business_check_digit(first))
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def corp_number(rng: random.Random) -> str:
    first = rng.choice(CORP_REGISTRY) + "11" + f"{rng.randint(1, 999999):06d}"
    digits = first + str(corp_check_digit(first))
    return f"{digits[:6]}-{digits[6:]}"


def person(rng: random.Random) -> str:
    names, weights = zip(*SURNAMES, strict=True)
    surname = str(rng.choices(names, weights)[0])
    if rng.random() < 0.04:
        return surname + rng.choice(GIVEN_SECOND)
    return surname + rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND)


def _date_between(rng: random.Random, low: dt.date, high: dt.date) -> dt.date:
    return low + dt.timedelta(days=rng.randint(0, max(0, (high - low).days)))


def _province(sido: str, issued: dt.date) -> str:
    if sido == "강원도" and issued >= GANGWON_RENAMED:
        return "강원특별자치도"
    if sido == "전라북도" and issued >= JEONBUK_RENAMED:
        return "전북특별자치도"
    return sido


def address(rng: random.Random, district: int, issued: dt.date, old: bool) -> str:
    sido, sigungu, _office, roads, lots, _ok = DISTRICTS[district]
    head = " ".join(p for p in (_province(sido, issued), sigungu) if p)
    unit = rng.choice(("", "", f"{rng.randint(2, 12)}층", f"{rng.randint(2, 9)}층 "
                       f"{rng.randint(2, 9)}0{rng.randint(1, 9)}호", f"지하1층 B{rng.randint(101, 112)}호",
                       f"{rng.randint(101, 115)}동 {rng.randint(1, 19)}0{rng.randint(1, 4)}호"))  # fmt: skip
    if old:
        lot = f"{rng.randint(1, 1999)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
        return f"{head} {rng.choice(lots)} {lot}" + (f" {unit}" if unit else "")
    road, dong = rng.choice(roads)
    number = f"{rng.randint(1, 480)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
    building = rng.choice(("", "", "", f", {rng.choice(STEMS)}빌딩", f", {rng.choice(STEMS)}타워"))
    note = f"({dong}{building})"
    return f"{head} {road} {number}" + (f", {unit}" if unit else "") + f" {note}"


def _trade_name(rng: random.Random, form: str, ending: str, branch: bool, sigungu: str) -> str:
    stem = rng.choice(STEMS) if rng.random() < 0.8 else rng.choice(LATIN)
    if form == "corporate":
        body = stem + rng.choice(
            ("산업", "테크", "홀딩스", "글로벌", "엔지니어링", "물산", "시스템즈")
        )
        style = rng.random()
        if style < 0.35:
            name = f"주식회사 {body}"
        elif style < 0.6:
            name = f"{body} 주식회사"
        elif style < 0.8:
            name = f"(주){body}"
        elif style < 0.9:
            name = f"㈜{body}"
        else:
            name = f"{body} 유한회사"
        if branch:
            place = (sigungu.rsplit(maxsplit=1)[-1] if sigungu else "세종")[:-1] or "세종"
            name += f" {place}지점"
        return name
    name = stem + (" " if rng.random() < 0.3 else "") + ending
    if rng.random() < 0.12:
        name += rng.choice((" 본점", " 2호점", " 신관점"))
    return name


def draw_record(
    rng: random.Random, form: str, old: bool, branch: bool = False, joint: bool = False
) -> Record:
    """One certificate's values. ``old``: issued 2007–2013 with lot-number addresses and the
    short trade words of that time; ``branch``: a corporation's 지점 (middle code 85) whose
    본점 is in another district; ``joint``: an individual business with 공동사업자."""
    candidates = [i for i, d in enumerate(DISTRICTS) if d[5] or not old]
    district = rng.choice(candidates)
    sido, sigungu, office, *_ = DISTRICTS[district]
    born = _date_between(rng, dt.date(1952, 1, 1), dt.date(1989 if old else 1999, 12, 31))
    earliest_open = max(born.replace(year=born.year + 20), dt.date(1995, 1, 1))
    if old:
        opened = _date_between(rng, max(earliest_open, dt.date(2003, 1, 1)), dt.date(2013, 6, 30))
        issued = _date_between(rng, max(opened, dt.date(2007, 1, 1)), dt.date(2013, 12, 31))
    else:
        opened = _date_between(rng, earliest_open, dt.date(2026, 10, 31))
        low = max(opened, ROAD_ADDRESSES, SEJONG_OFFICE if sido.startswith("세종") else opened)
        issued = (
            opened if opened >= low and rng.random() < 0.6 else _date_between(rng, low, LAST_ISSUE)
        )
    reason = "신규" if issued == opened else rng.choice(REASONS_LATER)
    if form == "corporate":
        pool = TRADES_OLD["corporate"] if old else TRADES_CORP
    elif old:
        pool = TRADES_OLD[form]
    else:
        pool = {"general": TRADES_GENERAL, "simple": TRADES_SIMPLE, "exempt": TRADES_EXEMPT}[form]
    count = rng.choices((1, 2, 3), (55, 33, 12))[0]
    picked = rng.sample(pool, min(count, len(pool)))
    rows = [(t[0], t[1]) for t in picked]
    record = Record(
        form=form,
        reg_no=business_number(rng, form, branch),
        trade_name=_trade_name(rng, form, picked[0][2], branch, sigungu),
        representative=person(rng),
        open_date=opened,
        issue_date=issued,
        address=address(rng, district, issued, old),
        tax_office=f"{office}세무서",
        rows=rows,
        reason=reason,
    )
    if form == "corporate":
        record.corp_reg_no = corp_number(rng)
        if branch:
            others = [i for i in candidates if DISTRICTS[i][2] != office]
            record.hq_address = address(rng, rng.choice(others), issued, old)
            record.branch = True
        else:
            record.hq_address = record.address
    else:
        record.birth_date = born
        if joint:
            record.partners = [person(rng) for _ in range(rng.randint(1, 3))]
    if not old and rng.random() < 0.5:
        user = "".join(rng.choice(ROMAN) for _ in range(rng.randint(4, 9)))
        record.email = f"{user}{rng.randint(1, 99)}@{rng.choice(EMAIL_HOSTS)}"
    record.issue_no = (
        f"{rng.randint(100, 999)}-{issued.year}-{rng.randint(1, 9)}-{rng.randint(0, 999999):06d}"
    )
    return record


def truth_fields(record: Record) -> dict[str, str]:
    """The scored fields in the reader's formats (bench/blindcert.py)."""
    fields: dict[str, str] = {
        "reg_no": record.reg_no,
        "trade_name": record.trade_name,
        "representative": record.representative,
    }
    if record.kind == "corporate":
        assert record.corp_reg_no is not None and record.hq_address is not None
        fields["corp_reg_no"] = record.corp_reg_no
    else:
        assert record.birth_date is not None
        fields["birth_date"] = record.birth_date.isoformat()
    fields["open_date"] = record.open_date.isoformat()
    fields["address"] = record.address
    if record.kind == "corporate":
        assert record.hq_address is not None
        fields["hq_address"] = record.hq_address
    fields["biz_type"] = ", ".join(r[0] for r in record.rows)
    fields["biz_item"] = ", ".join(r[1] for r in record.rows)
    fields["issue_date"] = record.issue_date.isoformat()
    fields["tax_office"] = record.tax_office
    return fields
