"""Plausible values for one certificate, drawn from a `random.Random`.

Everything is invented but built from real parts: common surnames with rough weights,
given-name syllables that Korean names actually use, trade names as merchants write them
(a few with a leading Latin capital, a branch name, a company form), road addresses of real
districts, KSIC-style 업태/종목 (and, on some older-looking certificates, the short forms
older certificates carry), and numbers with valid check digits.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from tests.support.blind_certs.numbers import business_number, corp_number
from tests.support.blind_certs.places import APARTMENTS, BUILDINGS, DISTRICTS, District


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


# Weights roughly follow the share of the population (김 ≈ 21 %, 이 ≈ 15 %, 박 ≈ 8 %, …).
_SURNAMES = (
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
    ("남", 1),
    ("심", 1),
    ("노", 1),
    ("하", 1),
    ("곽", 1),
    ("성", 1),
    ("차", 1),
    ("주", 1),
    ("우", 1),
    ("구", 1),
    ("민", 1),
    ("류", 1),
    ("나", 1),
    ("진", 1),
    ("지", 1),
    ("엄", 1),
    ("채", 1),
    ("원", 1),
    ("천", 1),
    ("방", 1),
    ("공", 1),
    ("현", 1),
    ("함", 1),
    ("변", 1),
    ("염", 1),
    ("여", 1),
    ("추", 1),
    ("도", 1),
    ("석", 1),
    ("선", 1),
    ("설", 1),
    ("마", 1),
    ("길", 1),
    ("연", 1),
    ("위", 1),
    ("표", 1),
    ("명", 1),
    ("기", 1),
    ("반", 1),
    ("라", 1),
    ("왕", 1),
    ("금", 1),
    ("옥", 1),
    ("육", 1),
    ("인", 1),
    ("맹", 1),
    ("제", 1),
    ("모", 1),
    ("탁", 1),
    ("국", 1),
    ("어", 1),
    ("경", 1),
    ("봉", 1),
    ("황보", 1),
    ("남궁", 1),
    ("제갈", 1),
    ("선우", 1),
    ("독고", 1),
)
_GIVEN = _words(
    "민 서 준 지 현 우 도 윤 하 은 수 영 진 호 성 재 원 예 연 주 혁 동 훈 경 태 희 정 상 승 "
    "유 채 시 아 소 다 나 리 가 한 결 빈 규 석 철 기 용 환 광 범 명 선 미 숙 자 순 옥 혜 인 "
    "남 길 종 찬 웅 섭 식 근 배 일 국 건 율 온 별 솔 람 란 애 향 덕 봉 창 춘 형 효 휘 흠 "
    "겸 곤 균 근 녕 담 래 록 룡 륜 린 만 묵 백 벽 보 부 빛 산 새 설 세 슬 신 심 양 억 엽 "
    "욱 운 월 응 익 임 잔 장 전 제 조 중 직 집 찬 채 천 청 초 충 치 탁 택 통 판 평 표 필 "
    "학 해 헌 협 홍 화 황 회 후 흥"
)
_STEMS = _words(
    "한결 새봄 푸른숲 다온 해솔 미래 청솔 바른 온새미 가람 누리 별빛 햇살 대성 삼일 동양 우리 "
    "제일 한빛 금성 태평 늘봄 초록 하늘 동백 소나무 은하 나래 참좋은 행복한 두레 아름 금강 "
    "백두 한라 온누리 들꽃 시루 모아 이음 다솜 보람 라온 새빛 진주 목련 청춘 빛고을 달빛"
)
_LATIN = ("K", "J", "S", "H", "M", "W", "G", "N")
_CORP_FORMS = (
    "주식회사 {}",
    "{} 주식회사",
    "(주){}",
    "{}(주)",
    "유한회사 {}",
    "{} 유한회사",
)
_BRANCHES = ("본점", "강남점", "중앙점", "역점", "1호점", "2호점", "시청점", "신촌점")


@dataclass(frozen=True, slots=True)
class Trade:
    """One line of 업태/종목 and the words a trade name built on it ends with."""

    biz_type: str
    biz_item: str
    suffixes: tuple[str, ...]
    exempt: bool = False  # 면세: education, medical care, unprocessed food, books…
    corporate: bool = True  # a trade a company plausibly runs
    old: tuple[str, str] | None = None  # the short form older certificates print


def _t(
    bt: str,
    bi: str,
    suffixes: str,
    *,
    exempt: bool = False,
    corp: bool = True,
    old: tuple[str, str] | None = None,
) -> Trade:
    return Trade(bt, bi, tuple(suffixes.split()), exempt, corp, old)


TRADES: tuple[Trade, ...] = (
    _t(
        "음식점업",
        "한식 일반 음식점업",
        "식당 밥상 한식당 국밥 칼국수",
        corp=False,
        old=("음식", "한식"),
    ),
    _t("음식점업", "커피 전문점", "커피 카페 로스터리 커피하우스", old=("음식", "커피전문점")),
    _t("음식점업", "치킨 전문점", "치킨 통닭", corp=False),
    _t("음식점업", "제과점업", "베이커리 제과 빵집"),
    _t("숙박 및 음식점업", "분식 및 김밥 전문점", "분식 김밥", corp=False),
    _t("소매업", "전자상거래 소매업", "몰 스토어 마켓 샵", old=("도소매", "전자상거래")),
    _t("소매업", "의복 소매업", "의류 부티크 옷가게", corp=False, old=("도소매", "의류")),
    _t("소매업", "문구용품 소매업", "문구 오피스", corp=False),
    _t("도매 및 소매업", "전자상거래 소매업", "커머스 유통 트레이딩"),
    _t("도매업", "가전제품 도매업", "전자 상사 유통"),
    _t("서비스업", "세탁업", "세탁소 클리닝 세탁", corp=False, old=("서비스", "세탁")),
    _t("서비스업", "두발 미용업", "헤어 미용실 헤어살롱", corp=False),
    _t(
        "정보통신업",
        "응용 소프트웨어 개발 및 공급업",
        "소프트 테크 랩스 시스템즈",
        old=("서비스", "소프트웨어개발"),
    ),
    _t("정보통신업", "컴퓨터 프로그래밍 서비스업", "코드 테크 솔루션"),
    _t("건설업", "실내 인테리어 공사업", "인테리어 디자인 건축"),
    _t("부동산업", "부동산 중개 및 대리업", "공인중개사사무소 부동산", corp=False),
    _t("제조업", "떡류 제조업", "떡집 방앗간", corp=False, old=("제조", "떡")),
    _t(
        "전문, 과학 및 기술 서비스업", "광고 대행업", "애드 기획 컴퍼니", old=("서비스", "광고대행")
    ),
    _t("교육 서비스업", "일반 교과 학원", "학원 수학학원 영어학원", exempt=True, corp=False),
    _t("교육 서비스업", "예술 학원", "음악학원 미술학원 피아노", exempt=True, corp=False),
    _t("소매업", "서적, 신문 및 잡지류 소매업", "서점 책방 문고", exempt=True, corp=False),
    _t("소매업", "과실 및 채소 소매업", "청과 과일 농산", exempt=True, corp=False),
    _t("소매업", "육류 소매업", "정육점 축산 정육", exempt=True, corp=False),
    _t("보건업", "치과 의원", "치과의원 치과", exempt=True, corp=False),
)
_ISSUE_REASONS = ("신규", "신규", "신규", "정정", "재발급", "정정(상호변경)")
_CORP_REGISTRY = ("1101", "1201", "1301", "1311", "1801", "1701", "2001", "1601", "2301", "1501")


@dataclass(frozen=True)
class CertificateValues:
    kind: str  # individual | corporate
    taxpayer_type: str | None  # 일반 | 간이 | 면세 (individual only)
    fields: dict[str, str]  # the truth, in the reader's field names and formats
    extra_trades: tuple[tuple[str, str], ...]  # further 업태/종목 rows
    issue_reason: str
    issue_number: str
    email: str
    unit_taxation: bool  # 사업자 단위 과세 적용사업자
    joint: str  # 공동사업자 ("" when none)
    printed_trade: tuple[str, str]  # first 업태/종목 row as printed
    meta: dict[str, str] = field(default_factory=dict)


def person_name(rng: random.Random) -> str:
    names, weights = zip(*_SURNAMES, strict=True)
    surname: str = rng.choices(names, weights=weights)[0]
    length = rng.choices((1, 2, 3), weights=(4, 94, 2))[0]
    if len(surname) == 2:
        length = min(length, 2)
    return surname + "".join(rng.choice(_GIVEN) for _ in range(length))


def trade_name(rng: random.Random, trade: Trade, corporate: bool) -> str:
    stem = rng.choice(_STEMS)
    roll = rng.random()
    if roll < 0.22:
        stem = rng.choice(_LATIN) + (rng.choice(_STEMS) if rng.random() < 0.4 else "")
    elif roll < 0.27:
        stem = rng.choice(_LATIN) + rng.choice(_LATIN)
    name = stem + rng.choice(trade.suffixes)
    if corporate:
        return rng.choice(_CORP_FORMS).format(name)
    if rng.random() < 0.15:
        name += " " + rng.choice(_BRANCHES)
    return name


def road_address(rng: random.Random, district: District) -> str:
    parts = [district.province]
    if district.district:
        parts.append(district.district)
    number = str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1, 2999))))
    if rng.random() < 0.3:
        number += f"-{rng.randint(1, 40)}"
    parts += [rng.choice(district.roads), number]
    address = " ".join(parts)
    dong = rng.choice(district.dongs)
    roll = rng.random()
    if roll < 0.15:  # a flat at home: 동/호 of an apartment block
        block = rng.randint(101, 115)
        unit = rng.randint(1, 25) * 100 + rng.randint(1, 6)
        return f"{address}, {block}동 {unit}호 ({dong}, {rng.choice(APARTMENTS)})"
    detail = ""
    if roll < 0.55:
        floor = rng.randint(1, 22)
        detail = f", {floor}층" + (
            f" {floor}{rng.randint(1, 15):02d}호" if rng.random() < 0.6 else ""
        )
    elif roll < 0.65:
        detail = ", 지하1층"
    elif roll < 0.75:
        detail = f", {rng.randint(1, 3)}{rng.randint(1, 30):02d}호"
    building = f", {rng.choice(BUILDINGS)}" if rng.random() < 0.45 else ""
    return f"{address}{detail} ({dong}{building})"


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _issue_number(rng: random.Random, issued: dt.date) -> str:
    return (
        f"{issued:%Y%m%d}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    )


def random_values(rng: random.Random, kind: str, taxpayer_type: str | None) -> CertificateValues:
    """One certificate's values; `kind`/`taxpayer_type` are chosen by the set's plan."""
    corporate = kind == "corporate"
    exempt = taxpayer_type == "면세"
    trades = [t for t in TRADES if t.exempt == exempt and (t.corporate or not corporate)]
    trade = rng.choice(trades)
    district = rng.choice(DISTRICTS)
    office_code = district.office_code if rng.random() < 0.7 else str(rng.randint(101, 899))
    if corporate:
        middle = rng.choice((81, 86, 87, 88))
    elif exempt:
        middle = rng.randint(90, 99)
    else:
        middle = rng.randint(1, 79)
    opened = _date(rng, dt.date(1998, 1, 1), dt.date(2025, 10, 31))
    issue_reason = rng.choice(_ISSUE_REASONS)
    if issue_reason == "신규":
        issued = opened + dt.timedelta(days=rng.randint(0, 20))
    else:
        issued = _date(rng, opened, dt.date(2026, 11, 30))
    name = trade_name(rng, trade, corporate)
    printed = (trade.biz_type, trade.biz_item)
    if trade.old and opened.year < 2012 and rng.random() < 0.6:
        printed = trade.old  # older certificates carry the short hand-written forms
    fields: dict[str, str] = {
        "reg_no": business_number(rng, office_code, middle),
        "trade_name": name,
        "representative": person_name(rng),
    }
    if corporate:
        corp_type = "14" if "유한회사" in name else "11"  # 유한회사 / 주식회사
        fields["corp_reg_no"] = corp_number(rng, rng.choice(_CORP_REGISTRY), corp_type)
    else:
        born = _date(rng, dt.date(1950, 1, 1), dt.date(min(opened.year - 19, 2005), 12, 31))
        fields["birth_date"] = born.isoformat()
    fields["open_date"] = opened.isoformat()
    fields["address"] = road_address(rng, district)
    if corporate:
        same = rng.random() < 0.5
        fields["hq_address"] = (
            fields["address"] if same else road_address(rng, rng.choice(DISTRICTS))
        )
    fields["biz_type"], fields["biz_item"] = printed
    fields["issue_date"] = min(issued, dt.date(2026, 11, 30)).isoformat()
    fields["tax_office"] = district.tax_office
    extra: list[tuple[str, str]] = []
    for _ in range(rng.choices((0, 1, 2, 3), weights=(45, 30, 17, 8))[0]):
        other = rng.choice([t for t in trades if t.biz_item != printed[1]])
        if (other.biz_type, other.biz_item) not in extra:
            extra.append((other.biz_type, other.biz_item))
    # Several rows are read as one list each, in print order, as `onboard ocr` reports them.
    rows = [printed, *extra]
    fields["biz_type"] = ", ".join(row[0] for row in rows)
    fields["biz_item"] = ", ".join(row[1] for row in rows)
    email_user = rng.choice(("tax", "office", "biz", "account", "info")) + str(rng.randint(1, 99))
    email = ""
    if rng.random() < 0.6:
        email = f"{email_user}@{rng.choice(('naver.com', 'daum.net', 'gmail.com', 'hanmail.net'))}"
    joint = ""
    if not corporate and rng.random() < 0.12:
        joint = person_name(rng)
    return CertificateValues(
        kind=kind,
        taxpayer_type=taxpayer_type,
        fields=fields,
        extra_trades=tuple(extra),
        issue_reason=issue_reason,
        issue_number=_issue_number(rng, dt.date.fromisoformat(fields["issue_date"])),
        email=email,
        unit_taxation=corporate and rng.random() < 0.1,
        joint=joint,
        printed_trade=printed,
    )
