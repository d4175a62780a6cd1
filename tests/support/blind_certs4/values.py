"""What one certificate says: a consistent record of a business, drawn from a seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import industries, numbers, people, places

LATEST_ISSUE = dt.date(2026, 11, 30)
ROAD_ADDRESSES = dt.date(2014, 1, 1)

_STEMS = ("한빛", "다온", "새봄", "온누리", "푸른숲", "해솔", "가온", "누리", "별빛", "바른",
          "동행", "하늘", "청춘", "미소", "행복한", "달빛", "소담", "정담", "모아", "이음",
          "나눔", "한결", "늘품", "다솜", "보람", "대한", "신성", "삼정", "동양", "태양",
          "한솔", "제일", "오름", "숲속", "초록", "봄날", "맑은", "참좋은", "으뜸",
          "한울")  # fmt: skip
_LATIN = ("K", "JS", "MK", "HNB", "GREEN", "ONE", "THE", "NEXT", "S&P", "BLUE", "AI", "JY",
          "M2", "DH", "IT", "PLUS", "Q", "W")  # fmt: skip
_NUMBERED = ("24시", "365", "1번가", "7번가", "2080", "3040", "5959")
_SHOP = {
    "도매 및 소매업": ("상사", "상회", "유통", "마켓", "스토어", "몰", "커머스", "샵"),
    "정보통신업": ("소프트", "테크", "랩스", "솔루션", "네트웍스", "미디어", "데이터"),
    "전문, 과학 및 기술 서비스업": ("기획", "디자인", "컨설팅", "스튜디오", "엔지니어링", "애드"),
    "제조업": ("산업", "화학", "정밀", "식품", "코스메틱", "공업", "전자"),
    "숙박 및 음식점업": ("식당", "카페", "베이커리", "치킨", "분식", "김밥", "국밥", "커피"),
    "건설업": ("건설", "인테리어", "설비", "전기", "종합건설"),
    "교육 서비스업": ("학원", "어학원", "교습소", "아카데미", "태권도"),
    "보건업 및 사회복지 서비스업": ("의원", "치과의원", "한의원", "요양원", "재활센터"),
    "협회 및 단체, 수리 및 기타 개인 서비스업": ("헤어", "네일", "세탁소", "모터스", "웨딩"),
}
_DEFAULT_SHOP = ("컴퍼니", "코리아", "글로벌", "물산", "상사", "홀딩스", "파트너스")
_CORP_KIND = {"주식회사": "11", "유한회사": "14", "합자회사": "13"}
# 등기관서 codes of the commercial registries (서울중앙, 인천, 수원, 성남, 부산, 대구, 광주,
# 대전, 울산, 창원, 제주, 전주, 청주, 춘천 …); the exact list matters less than its shape.
_REGISTRIES = ("1101", "1201", "1301", "1311", "1346", "1358", "1801", "1701", "2001",
               "1601", "2301", "1941", "2101", "1501", "1401", "1358", "1345")  # fmt: skip
_REASONS = ("신규", "신규", "신규", "정정", "재발급", "정정(사업장 이전)", "정정(상호 변경)",
            "정정(업종 추가)")  # fmt: skip
_MAIL_DOMAINS = ("naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com")


@dataclass
class Record:
    form: str  # general | simple | exempt | corporate
    fields: dict[str, str]
    trades: list[tuple[str, str]]
    reg_no: str
    issue: dt.date
    printed: dict[str, str] = field(default_factory=dict)  # printed but not scored

    @property
    def kind(self) -> str:
        return "corporate" if self.form == "corporate" else "individual"


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _stem(rng: random.Random, trade: tuple[str, str], owner: str) -> str:
    shops = _SHOP.get(trade[0], _DEFAULT_SHOP)
    roll = rng.random()
    if roll < 0.12:
        return f"{rng.choice(_LATIN)}{rng.choice(shops)}"
    if roll < 0.18:
        return f"{rng.choice(_LATIN)} {rng.choice(_STEMS)}{rng.choice(shops)}"
    if roll < 0.23:
        return f"{rng.choice(_NUMBERED)}{rng.choice(shops)}"
    if roll < 0.30 and len(owner) in (3, 4) and owner[0] >= "가":  # named after the owner
        return f"{owner[-2:]}네{rng.choice(shops)}"
    if roll < 0.36:
        return f"{rng.choice(_STEMS)} {rng.choice(shops)}"
    return f"{rng.choice(_STEMS)}{rng.choice(shops)}"


def _trade_name(rng: random.Random, form: str, trade: tuple[str, str], owner: str,
                dong: str) -> tuple[str, str]:  # fmt: skip
    """The name, and for a corporation its legal form (주식회사 …)."""
    stem = _stem(rng, trade, owner)
    if form != "corporate":
        if rng.random() < 0.15:
            area = dong.rstrip("0123456789가")  # 역삼동 -> 역삼점, 성수동2가 -> 성수점
            area = area[:-1] if area.endswith("동") and len(area) > 2 else area
            branch = rng.choice((f"{area}점", "본점", f"{rng.randint(2, 9)}호점"))
            stem = f"{stem} {branch}"
        return stem, ""
    legal = rng.choices(tuple(_CORP_KIND), weights=(86, 11, 3))[0]
    roll = rng.random()
    if legal != "주식회사":
        name = f"{legal} {stem}" if roll < 0.5 else f"{stem} {legal}"
    elif roll < 0.30:
        name = f"(주){stem}"
    elif roll < 0.50:
        name = f"{stem}(주)"
    elif roll < 0.70:
        name = f"주식회사 {stem}"
    elif roll < 0.85:
        name = f"{stem} 주식회사"
    elif roll < 0.93:
        name = f"㈜{stem}"
    else:
        name = f"{stem}㈜"
    if rng.random() < 0.06:
        name = f"농업회사법인 {stem} 주식회사" if legal == "주식회사" else name
    return name, legal


def draw(rng: random.Random, form: str) -> Record:
    district = rng.choice(places.DISTRICTS)
    pool = {"exempt": industries.EXEMPT, "simple": industries.SMALL}.get(form, industries.GENERAL)
    rows = industries.trades(rng, pool)
    owner = people.representative(rng)
    office = district.code if district.code and rng.random() < 0.6 else str(rng.randint(101, 899))
    if form == "corporate":
        opened = _date(rng, dt.date(1988, 1, 1), dt.date(2026, 10, 31))
        born = None
        middle = rng.choice((81, 81, 86, 87, 88))
    else:
        born = _date(rng, dt.date(1948, 1, 1), dt.date(2004, 12, 31))
        adult = born.replace(year=born.year + 19, day=min(born.day, 28))
        opened = _date(rng, max(adult, dt.date(1995, 1, 1)), dt.date(2026, 10, 31))
        middle = rng.randint(90, 99) if form == "exempt" else rng.randint(1, 79)
    # Road-name addresses are printed from 2014: an older business shows a reissued certificate.
    if opened < ROAD_ADDRESSES:
        issued = _date(rng, ROAD_ADDRESSES, LATEST_ISSUE)
    else:
        issued = opened if rng.random() < 0.4 else _date(rng, opened, LATEST_ISSUE)
    reg_no = numbers.business_number(rng, office, middle)
    addr = places.address(rng, district, issued.isoformat())
    dong = addr.rsplit("(", 1)[1].split(",")[0].rstrip(")")
    name, legal = _trade_name(rng, form, rows[0], owner, dong)
    fields = {
        "reg_no": reg_no,
        "trade_name": name,
        "representative": owner,
        "open_date": opened.isoformat(),
        "address": addr,
        "biz_type": ", ".join(r[0] for r in rows),
        "biz_item": ", ".join(r[1] for r in rows),
        "issue_date": issued.isoformat(),
        "tax_office": district.office,
    }
    printed: dict[str, str] = {"reason": rng.choice(_REASONS[3:]) if issued > opened else "신규"}
    if form == "corporate":
        fields["corp_reg_no"] = numbers.corp_number(rng, rng.choice(_REGISTRIES), _CORP_KIND[legal])
        if rng.random() < 0.6:
            fields["hq_address"] = addr
        else:
            elsewhere = rng.choice(places.DISTRICTS)
            fields["hq_address"] = places.address(rng, elsewhere, issued.isoformat())
    else:
        assert born is not None
        fields["birth_date"] = born.isoformat()
        if rng.random() < 0.15:
            partners = [people.korean_name(rng) for _ in range(rng.randint(1, 2))]
            printed["partners"] = ", ".join(partners)
    if rng.random() < 0.55:
        user = "".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(rng.randint(4, 9)))
        printed["email"] = f"{user}{rng.randint(0, 99) if rng.random() < 0.5 else ''}@" + (
            rng.choice(_MAIL_DOMAINS)
        )
    printed["issue_no"] = (
        f"{rng.randint(100, 999)}-{issued.year}-{rng.randint(0, 9999999):07d}"
        if rng.random() < 0.5
        else f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-"
        f"{rng.randint(100, 999)}"
    )
    printed["doc_no"] = "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
    return Record(form, fields, rows, reg_no, issued, printed)
