"""The values printed on certificate set 7, written fresh for this set.

Every number has a valid check digit (domain-facts.md §4); dates follow §5's form. Pages in the
``legacy`` layout were issued before 2014, when the 지번 address was still the address printed;
``current`` pages print road-name addresses and are issued from 2014 on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

FORMS = ("general", "simple", "exempt", "corporate")
SUBTITLES = {
    "general": "일반과세자",
    "simple": "간이과세자",
    "exempt": "면세사업자",
    "corporate": "법인사업자",
}

# (시/도, 시/군/구, road, building numbers, 법정동, 지번 동/리, 세무서): one or more per 시/도.
PLACES: tuple[tuple[str, str, str, tuple[int, int], str, str, str], ...] = (
    ("서울특별시", "성동구", "왕십리로", (80, 330), "성수동1가", "성수동1가", "성동세무서"),
    ("서울특별시", "강서구", "공항대로", (200, 640), "마곡동", "등촌동", "강서세무서"),
    ("서울특별시", "노원구", "동일로", (1300, 1700), "상계동", "상계동", "노원세무서"),
    ("부산광역시", "해운대구", "센텀중앙로", (30, 120), "우동", "우동", "수영세무서"),
    ("부산광역시", "사하구", "낙동대로", (150, 560), "하단동", "하단동", "서부산세무서"),
    ("대구광역시", "수성구", "달구벌대로", (2300, 2700), "범어동", "범어동", "수성세무서"),
    ("인천광역시", "남동구", "인주대로", (500, 900), "구월동", "구월동", "남인천세무서"),
    ("광주광역시", "서구", "상무중앙로", (40, 110), "치평동", "치평동", "서광주세무서"),
    ("대전광역시", "유성구", "대학로", (60, 290), "궁동", "궁동", "북대전세무서"),
    ("울산광역시", "남구", "삼산로", (100, 320), "삼산동", "삼산동", "울산세무서"),
    ("세종특별자치시", "", "한누리대로", (200, 480), "나성동", "나성동", "세종세무서"),
    ("경기도", "성남시 분당구", "판교역로", (100, 240), "삼평동", "삼평동", "분당세무서"),
    ("경기도", "고양시 일산동구", "중앙로", (1100, 1300), "장항동", "장항동", "고양세무서"),
    ("경기도", "화성시", "동탄대로", (500, 700), "오산동", "반송동", "동화성세무서"),
    ("강원특별자치도", "원주시", "시청로", (10, 160), "무실동", "무실동", "원주세무서"),
    ("충청북도", "충주시", "국원대로", (20, 150), "연수동", "연수동", "충주세무서"),
    ("충청남도", "천안시 서북구", "불당대로", (100, 280), "불당동", "불당동", "천안세무서"),
    (
        "전북특별자치도",
        "전주시 완산구",
        "홍산로",
        (200, 320),
        "효자동3가",
        "효자동3가",
        "전주세무서",
    ),
    ("전라남도", "순천시", "연향번영길", (10, 120), "연향동", "연향동", "순천세무서"),
    ("경상북도", "구미시", "송정대로", (20, 110), "송정동", "송정동", "구미세무서"),
    ("경상남도", "김해시", "김해대로", (2200, 2600), "내동", "내동", "김해세무서"),
    ("제주특별자치도", "서귀포시", "중앙로", (30, 180), "서귀동", "서귀동", "서귀포세무서"),
)
# The old names printed before the special self-governing provinces were made.
OLD_SIDO = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도"}
RENAMED = {"강원특별자치도": date(2023, 6, 11), "전북특별자치도": date(2024, 1, 18)}

BUILDINGS = ("파크뷰", "한결빌딩", "누리타워", "솔내프라자", "더블유스퀘어", "청운빌딩", "미래관")
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
    "전",
    "홍",
    "유",
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
    "독고",
    "사공",
)
GIVEN = (
    "서윤",
    "지후",
    "하람",
    "도윤",
    "예린",
    "시우",
    "은채",
    "건우",
    "나경",
    "태민",
    "소율",
    "주원",
    "채아",
    "현서",
    "민찬",
    "다온",
    "유진",
    "재혁",
    "수아",
    "승호",
    "가람",
    "지안",
    "영식",
    "경자",
    "말순",
    "병철",
    "순례",
    "동혁",
    "미숙",
    "정훈",
)
STEMS = (
    "온새미",
    "다솜",
    "해찬",
    "별하",
    "라온",
    "가온",
    "미리내",
    "한울",
    "초롱",
    "푸른솔",
    "바른",
    "새봄",
    "모아",
    "든든",
    "참빛",
    "여울",
    "다올",
    "그린",
)
LATIN = ("JK", "S&B", "ONE", "BLUE", "K-", "MJ", "DAY")

# (업태, 종목, trade-name endings) per form; 면세 only exempt trades.
TRADES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "general": (
        ("도매 및 소매업", "전자상거래 소매업", ("몰", "스토어", "마켓")),
        ("숙박 및 음식점업", "한식 일반 음식점업", ("식당", "밥상", "국밥")),
        ("제조업", "플라스틱 사출 성형 제품 제조업", ("산업", "테크")),
        ("정보통신업", "응용 소프트웨어 개발 및 공급업", ("랩", "소프트")),
        ("건설업", "실내 건축 공사업", ("인테리어", "건설")),
        ("운수 및 창고업", "용달 화물자동차 운송업", ("물류", "익스프레스")),
        ("전문, 과학 및 기술 서비스업", "시각 디자인업", ("디자인", "스튜디오")),
    ),
    "simple": (
        ("숙박 및 음식점업", "커피 전문점", ("커피", "카페")),
        ("도매 및 소매업", "꽃집", ("플라워", "꽃방")),
        ("협회 및 단체, 수리 및 기타 개인 서비스업", "두발 미용업", ("헤어", "미용실")),
        ("숙박 및 음식점업", "분식 및 김밥 전문점", ("분식", "김밥")),
        ("도매 및 소매업", "과자류 및 당류 소매업", ("제과", "베이커리")),
    ),
    "exempt": (
        ("교육 서비스업", "외국어학원", ("어학원", "영어학원")),
        ("보건업 및 사회복지 서비스업", "한의원", ("한의원",)),
        ("도매 및 소매업", "수산물 소매업", ("수산", "횟감")),
        ("농업", "채소작물 재배업", ("농원", "팜")),
        ("교육 서비스업", "미술학원", ("미술학원", "아트")),
    ),
    "corporate": (
        ("제조업", "자동차 부품 제조업", ("오토텍", "모빌리티")),
        ("정보통신업", "시스템 소프트웨어 개발 및 공급업", ("시스템즈", "테크놀로지")),
        ("도매 및 소매업", "의료기기 도매업", ("메디칼", "헬스케어")),
        ("건설업", "토목 시설물 건설업", ("건설", "종합건설")),
        ("전문, 과학 및 기술 서비스업", "경영 컨설팅업", ("컨설팅", "파트너스")),
        ("부동산업", "비주거용 건물 임대업", ("개발", "자산관리")),
    ),
}
CORP_WRAPS = ("주식회사 {}", "{} 주식회사", "(주){}", "㈜{}", "유한회사 {}")


def business_check(first_nine: str) -> int:
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    d = [int(c) for c in first_nine]
    s = sum(a * b for a, b in zip(d, w, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corp_check(first_twelve: str) -> int:
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - s % 10) % 10


@dataclass
class Record:
    form: str
    legacy: bool
    fields: dict[str, str]
    trades: list[tuple[str, str]]
    printed: dict[str, str] = field(default_factory=dict)

    @property
    def corporate(self) -> bool:
        return self.form == "corporate"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _iso(d: date) -> str:
    return d.isoformat()


def _day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _address(
    rng: random.Random,
    place: tuple[str, str, str, tuple[int, int], str, str, str],
    legacy: bool,
    issued: date,
) -> str:
    sido, sigungu, road, (lo, hi), dong, jibun_dong, _ = place
    if sido in RENAMED and issued < RENAMED[sido]:
        sido = OLD_SIDO[sido]
    head = f"{sido} {sigungu}".replace("  ", " ").strip() if sigungu else sido
    unit = rng.choice(
        (
            "",
            f" {rng.randint(1, 9)}층",
            f" {rng.randint(1, 5)}층 {rng.randint(101, 512)}호",
            f" 지하1층 B{rng.randint(101, 120)}호",
            f" {rng.randint(101, 112)}동 {rng.randint(101, 1804)}호",
        )
    )
    if legacy:
        main = f"{rng.randint(1, 1500)}" + (f"-{rng.randint(1, 40)}" if rng.random() < 0.7 else "")
        return f"{head} {jibun_dong} {main}{unit}".replace("  ", " ")
    number = f"{rng.randint(lo, hi)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.3 else "")
    note = rng.choice((f" ({dong})", f" ({dong}, {rng.choice(BUILDINGS)})", ""))
    sep = "," if unit and rng.random() < 0.6 else ""
    return f"{head} {road} {number}{sep}{unit}{note}".replace("  ", " ")


def _trade_name(rng: random.Random, form: str, ending: str) -> str:
    r = rng.random()
    if r < 0.2:
        base = rng.choice(LATIN) + ending
    elif r < 0.45:
        base = f"{rng.choice(STEMS)} {ending}"
    else:
        base = rng.choice(STEMS) + ending
    if form == "corporate":
        return rng.choice(CORP_WRAPS).format(base.replace(" ", ""))
    if rng.random() < 0.12:
        base += rng.choice((" 본점", " 2호점", " 역점"))
    return base


def draw_record(rng: random.Random, form: str, legacy: bool) -> Record:
    """One certificate's values: printed truth fields plus what is printed but not scored."""
    place = rng.choice(PLACES)
    pool = TRADES[form]
    first = rng.choice(pool)
    rows = [first, *rng.sample([t for t in pool if t != first], k=rng.choice((0, 0, 1, 1, 2)))]
    trades = [(t[0], t[1]) for t in rows]
    if legacy:
        issued = _day(rng, date(2008, 3, 1), date(2013, 12, 20))
        opened = _day(rng, date(1998, 1, 1), issued)
    else:
        opened = _day(rng, date(2003, 1, 1), date(2026, 11, 20))
        issued = _day(rng, max(opened, date(2014, 1, 2)), date(2026, 11, 27))
    born = _day(rng, date(1945, 1, 1), date(opened.year - 20, 12, 31))
    mid = {"general": (1, 79), "simple": (1, 79), "exempt": (90, 99), "corporate": (81, 88)}[form]
    code = rng.randint(*mid)
    if form == "corporate":
        code = rng.choice((81, 86, 87, 88))
    nine = f"{rng.randint(101, 699)}{code:02d}{rng.randint(1, 9999):04d}"
    reg = f"{nine}{business_check(nine)}"
    f: dict[str, str] = {"reg_no": f"{reg[:3]}-{reg[3:5]}-{reg[5:]}"}
    f["trade_name"] = _trade_name(rng, form, rng.choice(first[2]))
    f["representative"] = _name(rng)
    if form == "corporate":
        twelve = f"{rng.choice(('1101', '1201', '1301', '1345', '1611', '1801', '2011', '2301'))}"
        twelve += f"{rng.choice(('11', '11', '14'))}{rng.randint(1, 999999):06d}"
        f["corp_reg_no"] = f"{twelve[:6]}-{twelve[6:]}{corp_check(twelve)}"
    else:
        f["birth_date"] = _iso(born)
    f["open_date"] = _iso(opened)
    f["address"] = _address(rng, place, legacy, issued)
    if form == "corporate":
        if rng.random() < 0.55:
            f["hq_address"] = _address(rng, rng.choice(PLACES), legacy, issued)
        else:
            f["hq_address"] = f["address"]
    f["biz_type"] = ", ".join(t[0] for t in trades)
    f["biz_item"] = ", ".join(t[1] for t in trades)
    f["issue_date"] = _iso(issued)
    f["tax_office"] = place[6]
    printed = {
        "reason": "신규"
        if issued - opened < timedelta(days=40)
        else rng.choice(("정정", "재발급")),
        "issue_no": f"{rng.randint(100, 999)}-{issued.year}-{rng.randint(1, 9)}-"
        f"{rng.randint(100000, 999999)}",
        "email": (
            f"{rng.choice(('tax', 'acct', 'biz', 'office'))}{rng.randint(1, 99)}@"
            f"{rng.choice(('naver.com', 'daum.net', 'gmail.com', 'kakao.com'))}"
        )
        if rng.random() < 0.5
        else "",
        "partners": "",
    }
    if form != "corporate" and rng.random() < 0.35:
        n = rng.randint(1, 2)
        printed["partners"] = ", ".join(_name(rng) for _ in range(n))
    return Record(form, legacy, f, trades, printed)
