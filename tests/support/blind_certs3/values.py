"""The values printed on a certificate of the third blind set, drawn from one `random.Random`.

Names, trade names and addresses are invented from real parts (surnames, given-name syllables,
districts and roads of `places`, KSIC trades of `industries`); numbers carry valid check digits
computed here from the rules in /work/shared/domain-facts.md §4 (not from `knowledge/`, so the
test can check the two against each other).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.support.blind_certs3.industries import EXEMPT, INDUSTRIES, SMALL_TRADES, exempt_pairs
from tests.support.blind_certs3.places import DISTRICTS, RENAMED_PROVINCES, District, words

BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
CORP_WEIGHTS = (1, 2) * 6


def business_check_digit(first_nine: str) -> int:
    d = [int(c) for c in first_nine]
    s = sum(x * w for x, w in zip(d, BIZ_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corp_check_digit(first_twelve: str) -> int:
    s = sum(int(c) * w for c, w in zip(first_twelve, CORP_WEIGHTS, strict=True))
    return (10 - s % 10) % 10


# Surnames with rough weights (share of the population, in tenths of a percent, rounded up
# so rare ones still appear); two-syllable surnames included.
SURNAMES: tuple[tuple[str, int], ...] = tuple(
    (name, int(w))
    for name, w in (
        pair.split(":")
        for pair in words(
            "김:215 이:147 박:84 최:47 정:44 강:24 조:21 윤:21 장:20 임:17 한:15 오:15 서:15 "
            "신:15 권:14 황:14 안:13 송:13 전:11 홍:11 유:10 고:9 문:9 양:9 손:9 배:8 조:8 "
            "백:8 허:6 노:5 심:5 하:5 곽:4 성:4 차:4 주:4 우:4 구:4 민:3 류:3 나:3 진:3 지:3 "
            "엄:3 채:3 원:3 천:3 방:3 공:2 현:2 함:2 변:2 염:2 여:2 추:2 도:2 소:2 석:2 선:2 "
            "설:2 마:2 길:2 연:2 위:2 표:2 명:2 기:2 반:1 왕:1 금:1 옥:1 육:1 인:1 맹:1 제:1 "
            "모:1 탁:1 국:1 어:1 은:1 편:1 용:1 예:1 경:1 봉:1 사:1 부:1 황보:1 남궁:1 제갈:1 "
            "선우:1 독고:1 사공:1 서문:1 동방:1 빈:1 좌:1 피:1 감:1 음:1 라:1 승:1 견:1"
        )
    )
)
GIVEN_FIRST = words(
    "민 서 지 현 수 영 준 우 하 은 도 윤 예 시 주 진 성 재 태 정 승 혜 유 가 나 다 소 경 동 "
    "상 병 종 광 용 창 철 희 미 선 보 연 채 세 규 범 찬 형 한 석 혁 원 건 인 효 아 여 명 기 "
    "대 호 근 덕 순 옥 숙 춘 봉 필 길 강 두 남 혜 초 슬 루 라 빛 솔 별 온 겸 율"
)
GIVEN_SECOND = words(
    "준 민 서 윤 우 현 호 진 수 영 희 아 은 연 원 빈 훈 혁 석 철 식 남 자 숙 순 옥 정 경 "
    "미 주 린 나 리 율 결 담 온 솔 찬 혜 선 규 범 택 환 욱 균 재 성 태 기 섭 권 열 필 길 "
    "란 화 임 애 실 단 름 별 솜 슬 겸 건 한 하 비 라 음"
)
FOREIGN_NAMES = ("왕웨이", "응우옌반안", "스미스존", "리우옌", "쩐티투", "사토유키", "알리칸")

# Trade-name parts: Korean words merchants use, Latin words and capitals, shop kinds.
NAME_WORDS = words(
    "한빛 다온 새롬 푸른 늘봄 하늘 바다 별빛 햇살 소담 온누리 한울 가람 미소 해밀 나래 "
    "도담 이음 초록 누리 아라 빛고을 동백 솔향 들꽃 참 바른 으뜸 모두의 우리 행복한 "
    "청춘 백년 대한 동방 삼성 태평 제일 신세계 금강 한라 백두 무등 남산"
)
LATIN_WORDS = words(
    "코리아 글로벌 테크 랩 스튜디오 컴퍼니 솔루션 시스템즈 네트웍스 파트너스 디자인 "
    "미디어 커머스 푸드 에듀 헬스케어 라이프 플러스 인터내셔널 홀딩스 엔터테인먼트 "
    "모빌리티 바이오 로지스 트레이딩 메디칼 팜"
)
SHOP_KINDS = words(
    "상회 상사 식당 분식 카페 베이커리 마트 슈퍼 약국 학원 공방 꽃집 정육점 의원 치과 "
    "한의원 미용실 헤어 네일 세탁소 서점 문구 철물 인테리어 스튜디오 펜션 게스트하우스 "
    "치킨 족발 국밥 횟집 떡집 반찬가게 부동산 공인중개사사무소 카센터 피트니스 필라테스 "
    "요가원 태권도장 피아노 수학교실 어학원 기획 광고 디자인 인쇄소 여행사 유통 물류"
)
BRANCHES = words("본점 2호점 3호점 강남점 역삼점 광교점 센텀점 서면점 수성점 송도점 1호점 직영점")
LATIN_CAPS = words("K J H M S W G N B D P T Y AB JK MJ SH WE NK HK GS KB DK")
ENGLISH_BRANDS = words("MOON BLUE ONE DAY GREEN LAB TREE HOUSE CUBE NOVA")

ISSUE_REASONS = (
    "신규",
    "신규",
    "신규",
    "신규",
    "정정",
    "재발급",
    "정정(사업장 이전)",
    "정정(상호 변경)",
)
CORP_FORMS = (
    ("주식회사 {}", "11"), ("{} 주식회사", "11"), ("(주){}", "11"), ("{}(주)", "11"),
    ("㈜{}", "11"), ("유한회사 {}", "14"), ("농업회사법인 {} 주식회사", "11"),
    ("합자회사 {}", "13"),
)  # fmt: skip
# 등기관서 codes (4 digits) for the 법인등록번호's first part; the format is what matters.
REGISTRY_OFFICES = (
    "1101", "1144", "1201", "1311", "1315", "1345", "1348", "1358", "1501", "1601", "1611",
    "1701", "1711", "1801", "1811", "2001", "2011", "2301", "2401", "2501", "2841", "2201",
)  # fmt: skip
EMAIL_DOMAINS = ("naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com")
LAST_ISSUE = date(2026, 11, 30)


@dataclass
class CertValues:
    kind: str  # "individual" | "corporate"
    taxpayer_type: str  # 일반과세자 | 간이과세자 | 면세사업자 | 법인사업자
    reg_no: str
    trade_name: str
    representative: str
    birth_date: date | None
    open_date: date
    corp_reg_no: str
    address: str
    hq_address: str
    trades: list[tuple[str, str]]  # (업태, 종목) rows in print order
    issue_date: date
    tax_office: str  # without "장"
    issue_reason: str
    joint_owner: str  # 공동사업자 line ("" when none)
    email: str
    issue_no: str  # 발급번호 ("" when not printed)
    extra: dict[str, str] = field(default_factory=dict)


def _weighted_surname(rng: random.Random) -> str:
    names = [n for n, _ in SURNAMES]
    weights = [w for _, w in SURNAMES]
    return rng.choices(names, weights)[0]


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.015:
        return rng.choice(FOREIGN_NAMES)
    surname = _weighted_surname(rng)
    roll = rng.random()
    if roll < 0.06:
        given = rng.choice(GIVEN_SECOND)  # one-syllable given name
    elif roll < 0.08:
        given = rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND) + rng.choice(GIVEN_SECOND)
    else:
        given = rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND)
    return surname + given


def _shop_name(rng: random.Random) -> str:
    roll = rng.random()
    word = rng.choice(NAME_WORDS)
    kind = rng.choice(SHOP_KINDS)
    if roll < 0.35:
        name = word + kind
    elif roll < 0.5:
        name = f"{word} {kind}"
    elif roll < 0.62:
        name = rng.choice(LATIN_CAPS) + rng.choice((kind, rng.choice(LATIN_WORDS)))
    elif roll < 0.7:
        name = f"{rng.choice(ENGLISH_BRANDS)} {kind}"
    elif roll < 0.78:
        name = f"{rng.randint(1, 99)}{rng.choice(('번지', '시', '도씨', '년'))} {kind}"
    elif roll < 0.86:
        name = word + rng.choice(LATIN_WORDS) + kind
    else:
        name = rng.choice(NAME_WORDS) + word + kind
    if rng.random() < 0.15:
        name += " " + rng.choice(BRANCHES)
    return name


def _company_core(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(NAME_WORDS) + rng.choice(LATIN_WORDS)
    if roll < 0.45:
        return rng.choice(LATIN_CAPS) + rng.choice(LATIN_WORDS)
    if roll < 0.55:
        return rng.choice(NAME_WORDS) + rng.choice(LATIN_WORDS) + rng.choice(LATIN_WORDS)
    if roll < 0.65:
        return f"{rng.choice(LATIN_CAPS)}&{rng.choice(LATIN_CAPS)[0]} {rng.choice(LATIN_WORDS)}"
    if roll < 0.75:
        return rng.choice(NAME_WORDS) + rng.choice(
            ("산업", "물산", "건설", "식품", "정보통신", "교육")
        )
    if roll < 0.85:
        number = rng.choice(("1", "21", "365", "7"))
        return f"{rng.choice(NAME_WORDS)}{rng.choice(LATIN_WORDS)}{number}"
    return rng.choice(NAME_WORDS) + rng.choice(NAME_WORDS) + rng.choice(LATIN_WORDS)


def _date_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _province(district: District, on: date) -> str:
    renamed = RENAMED_PROVINCES.get(district.province)
    if renamed and on.isoformat() >= renamed[0]:
        return renamed[1]
    return district.province


def address(rng: random.Random, district: District, on: date) -> str:
    """A road-name address: 시/도 시/군/구 [읍/면] road number[, 층/호/동] [(동[, building])]."""
    parts = [_province(district, on)]
    if district.district:
        parts.append(district.district)
    if district.town:
        parts.append(district.town)
    road = rng.choice(district.roads)
    if rng.random() < 0.3:
        road += f"{rng.randint(1, 120)}{district.numbered_road}"
    number = str(rng.randint(1, 480) if rng.random() < 0.8 else rng.randint(481, 1299))
    if rng.random() < 0.15:
        number += f"-{rng.randint(1, 30)}"
    if rng.random() < 0.12:
        number = "지하 " + number
    text = " ".join(parts) + f" {road} {number}"
    roll = rng.random()
    floor = rng.randint(1, 25)
    if roll < 0.2:
        detail = f"{floor}층"
    elif roll < 0.4:
        detail = f"{floor}층 {floor}{rng.randint(1, 12):02d}호"
    elif roll < 0.5:
        detail = f"{rng.randint(101, 120)}동 {floor}{rng.randint(1, 6):02d}호"
    elif roll < 0.58:
        detail = f"지하1층 B{rng.randint(101, 130)}호"
    elif roll < 0.64:
        detail = f"제{floor}층 제{floor}{rng.randint(1, 9):02d}호"
    elif roll < 0.7:
        detail = f"{rng.randint(1, 5)}층 일부"
    elif roll < 0.75:
        detail = f"{floor}층 {floor}{rng.randint(1, 9):02d}, {floor}{rng.randint(10, 19)}호"
    else:
        detail = ""
    if detail:
        text += f", {detail}"
    if not district.town and rng.random() < 0.8:
        dong = rng.choice(district.dongs)
        building = ""
        if rng.random() < 0.3:
            building = rng.choice(NAME_WORDS) + rng.choice(
                ("빌딩", "타워", "프라자", "오피스텔", "아파트", "상가", "센터", "지식산업센터")
            )
        text += f" ({dong}, {building})" if building else f" ({dong})"
    return text


def _business_number(rng: random.Random, taxpayer_type: str) -> str:
    head = rng.randint(101, 899)
    if taxpayer_type == "면세사업자":
        middle = rng.randint(90, 99)
    elif taxpayer_type == "법인사업자":
        middle = rng.choice((81, 81, 81, 86, 87, 88))
    else:
        middle = rng.randint(1, 79)
    serial = rng.randint(1, 9999)
    nine = f"{head:03d}{middle:02d}{serial:04d}"
    ten = nine + str(business_check_digit(nine))
    return f"{ten[:3]}-{ten[3:5]}-{ten[5:]}"


def _corp_number(rng: random.Random, kind_code: str) -> str:
    twelve = rng.choice(REGISTRY_OFFICES) + kind_code + f"{rng.randint(1, 999999):06d}"
    thirteen = twelve + str(corp_check_digit(twelve))
    return f"{thirteen[:6]}-{thirteen[6:]}"


def _trades(rng: random.Random, taxpayer_type: str) -> list[tuple[str, str]]:
    rows = rng.choices((1, 2, 3, 4), (45, 30, 17, 8))[0]
    if taxpayer_type == "면세사업자":
        pairs = exempt_pairs()
        return rng.sample(pairs, min(rows, 2))
    chosen: list[tuple[str, str]] = []
    kinds = list(INDUSTRIES)
    if taxpayer_type == "간이과세자":
        kinds = list(SMALL_TRADES)
    main = rng.choice(kinds)
    while len(chosen) < rows:
        kind = main if rng.random() < 0.6 else rng.choice(kinds)
        item = rng.choice(INDUSTRIES[kind])
        if item in EXEMPT or (kind, item) in chosen:
            continue
        chosen.append((kind, item))
    return chosen


def _issue_number(rng: random.Random, issued: date) -> str:
    style = rng.random()
    if style < 0.4:
        serial = rng.randint(0, 999999999)
        return f"{rng.randint(100, 999)}-{issued.year}-{rng.randint(1, 9)}-{serial:09d}"
    if style < 0.7:
        return "-".join(str(rng.randint(1000, 9999)) for _ in range(4))
    return ""


def _email(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return ""
    user = "".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(rng.randint(4, 9)))
    if rng.random() < 0.4:
        user += str(rng.randint(1, 99))
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


def draw_values(rng: random.Random, taxpayer_type: str) -> CertValues:
    corporate = taxpayer_type == "법인사업자"
    open_date = _date_between(rng, date(1996, 1, 1), date(2026, 10, 31))
    reason = rng.choice(ISSUE_REASONS)
    if reason == "신규" and rng.random() < 0.8:
        issued = open_date + timedelta(days=rng.randint(0, 20))
    else:
        issued = _date_between(rng, open_date + timedelta(days=30), LAST_ISSUE)
    issued = min(issued, LAST_ISSUE)
    district = rng.choice(DISTRICTS)
    biz_address = address(rng, district, issued)
    office = district.office
    representative = person_name(rng)
    birth: date | None = None
    corp_no = hq = joint = ""
    if corporate:
        form, kind_code = rng.choice(CORP_FORMS)
        trade_name = form.format(_company_core(rng))
        corp_no = _corp_number(rng, kind_code)
        # Most companies work at their head office; the rest print a second address.
        same = rng.random() < 0.55
        hq = biz_address if same else address(rng, rng.choice(DISTRICTS), issued)
    else:
        trade_name = _shop_name(rng) if rng.random() < 0.93 else _company_core(rng)
        latest = date(open_date.year - 19, 12, 31)
        birth = _date_between(rng, date(1948, 1, 1), min(latest, date(2005, 12, 31)))
        if rng.random() < 0.1:
            joint = f"{person_name(rng)} 외 {rng.randint(1, 2)}명"
    return CertValues(
        kind="corporate" if corporate else "individual",
        taxpayer_type=taxpayer_type,
        reg_no=_business_number(rng, taxpayer_type),
        trade_name=trade_name,
        representative=representative,
        birth_date=birth,
        open_date=open_date,
        corp_reg_no=corp_no,
        address=biz_address,
        hq_address=hq,
        trades=_trades(rng, taxpayer_type),
        issue_date=issued,
        tax_office=office,
        issue_reason=reason,
        joint_owner=joint,
        email=_email(rng),
        issue_no=_issue_number(rng, issued),
    )


def truth_fields(v: CertValues) -> dict[str, str]:
    """The fields in the reader's names and formats (dates ISO, rows joined by ", ")."""
    fields = {
        "reg_no": v.reg_no,
        "trade_name": v.trade_name,
        "representative": v.representative,
        "open_date": v.open_date.isoformat(),
        "address": v.address,
        "biz_type": ", ".join(t for t, _ in v.trades),
        "biz_item": ", ".join(i for _, i in v.trades),
        "issue_date": v.issue_date.isoformat(),
        "tax_office": v.tax_office,
    }
    if v.kind == "corporate":
        fields["corp_reg_no"] = v.corp_reg_no
        fields["hq_address"] = v.hq_address
    else:
        assert v.birth_date is not None
        fields["birth_date"] = v.birth_date.isoformat()
    return fields
