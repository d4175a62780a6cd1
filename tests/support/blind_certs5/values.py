"""Invented certificate records built from real parts (written fresh for set 5).

Numbers follow /work/shared/domain-facts.md §4: the 사업자등록번호's middle code by form and its
check digit, the 법인등록번호's mod-10 check digit. Districts, roads and the 세무서 serving them
are from the writer's memory of 2026 road addresses; office codes are drawn (the reader must
not rely on the first three digits)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def biz_check_digit(first_nine: str) -> int:
    d = [int(c) for c in first_nine]
    s = sum(a * w for a, w in zip(d, BIZ_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - s % 10) % 10


def corp_check_digit(first_twelve: str) -> int:
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - s % 10) % 10


FORMS = ("일반과세자", "간이과세자", "면세사업자", "법인사업자")

# (시/도, 시/군/구, 세무서, [(road, 법정동), ...])
DISTRICTS: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "서울특별시",
        "마포구",
        "마포",
        (("월드컵북로", "성산동"), ("양화로", "서교동"), ("독막로", "상수동")),
    ),
    (
        "서울특별시",
        "성동구",
        "성동",
        (("왕십리로", "성수동1가"), ("아차산로", "성수동2가"), ("연무장길", "성수동2가")),
    ),
    (
        "서울특별시",
        "강남구",
        "역삼",
        (("테헤란로", "역삼동"), ("논현로", "역삼동"), ("언주로", "도곡동")),
    ),
    (
        "서울특별시",
        "강남구",
        "삼성",
        (("봉은사로", "삼성동"), ("영동대로", "대치동"), ("선릉로", "대치동")),
    ),
    (
        "서울특별시",
        "송파구",
        "송파",
        (("올림픽로", "잠실동"), ("백제고분로", "석촌동"), ("송파대로", "가락동")),
    ),
    (
        "서울특별시",
        "관악구",
        "관악",
        (("관악로", "봉천동"), ("신림로", "신림동"), ("남부순환로", "봉천동")),
    ),
    (
        "서울특별시",
        "은평구",
        "은평",
        (("통일로", "불광동"), ("연서로", "대조동"), ("은평로", "응암동")),
    ),
    (
        "서울특별시",
        "노원구",
        "노원",
        (("동일로", "상계동"), ("노해로", "상계동"), ("공릉로", "공릉동")),
    ),
    (
        "부산광역시",
        "해운대구",
        "해운대",
        (("해운대로", "우동"), ("센텀중앙로", "우동"), ("달맞이길", "중동")),
    ),
    (
        "부산광역시",
        "부산진구",
        "부산진",
        (("중앙대로", "부전동"), ("서면로", "부전동"), ("가야대로", "개금동")),
    ),
    (
        "대구광역시",
        "수성구",
        "수성",
        (("달구벌대로", "범어동"), ("동대구로", "범어동"), ("들안로", "상동")),
    ),
    (
        "인천광역시",
        "연수구",
        "남인천",
        (("컨벤시아대로", "송도동"), ("인천타워대로", "송도동"), ("경원대로", "연수동")),
    ),
    (
        "인천광역시",
        "부평구",
        "북인천",
        (("부평대로", "부평동"), ("경원대로", "십정동"), ("길주로", "삼산동")),
    ),
    (
        "광주광역시",
        "서구",
        "서광주",
        (("상무중앙로", "치평동"), ("무진대로", "광천동"), ("시청로", "치평동")),
    ),
    (
        "대전광역시",
        "유성구",
        "북대전",
        (("대학로", "궁동"), ("엑스포로", "도룡동"), ("유성대로", "봉명동")),
    ),
    (
        "울산광역시",
        "남구",
        "울산",
        (("삼산로", "삼산동"), ("돋질로", "달동"), ("번영로", "신정동")),
    ),
    (
        "세종특별자치시",
        "",
        "세종",
        (("한누리대로", "나성동"), ("도움1로", "종촌동"), ("갈매로", "어진동")),
    ),
    (
        "경기도",
        "성남시 분당구",
        "분당",
        (("판교역로", "백현동"), ("정자일로", "정자동"), ("황새울로", "수내동")),
    ),
    (
        "경기도",
        "수원시 영통구",
        "동수원",
        (("광교중앙로", "이의동"), ("영통로", "영통동"), ("봉영로", "영통동")),
    ),
    (
        "경기도",
        "고양시 일산동구",
        "고양",
        (("중앙로", "장항동"), ("정발산로", "장항동"), ("무궁화로", "장항동")),
    ),
    (
        "경기도",
        "용인시 수지구",
        "용인",
        (("포은대로", "풍덕천동"), ("수지로", "풍덕천동"), ("성복1로", "성복동")),
    ),
    (
        "경기도",
        "화성시",
        "화성",
        (("동탄대로", "영천동"), ("동탄순환대로", "청계동"), ("노작로", "반송동")),
    ),
    (
        "경기도",
        "김포시",
        "김포",
        (("김포한강4로", "장기동"), ("김포대로", "사우동"), ("태장로", "장기동")),
    ),
    (
        "강원특별자치도",
        "춘천시",
        "춘천",
        (("중앙로", "옥천동"), ("후석로", "후평동"), ("퇴계로", "석사동")),
    ),
    (
        "충청북도",
        "청주시 흥덕구",
        "서청주",
        (("직지대로", "복대동"), ("2순환로", "가경동"), ("풍산로", "가경동")),
    ),
    (
        "충청남도",
        "천안시 서북구",
        "천안",
        (("불당대로", "불당동"), ("번영로", "성정동"), ("동서대로", "성정동")),
    ),
    (
        "전북특별자치도",
        "전주시 완산구",
        "전주",
        (("홍산로", "효자동3가"), ("팔달로", "중앙동3가"), ("기린대로", "서노송동")),
    ),
    (
        "전라남도",
        "순천시",
        "순천",
        (("연향번영길", "연향동"), ("중앙로", "장천동"), ("팔마로", "조례동")),
    ),
    (
        "경상북도",
        "포항시 남구",
        "포항",
        (("포스코대로", "대도동"), ("희망대로", "대잠동"), ("중앙로", "상도동")),
    ),
    (
        "경상남도",
        "창원시 성산구",
        "창원",
        (("중앙대로", "용호동"), ("원이대로", "상남동"), ("창원대로", "성주동")),
    ),
    (
        "제주특별자치도",
        "제주시",
        "제주",
        (("연북로", "노형동"), ("중앙로", "이도이동"), ("노연로", "연동")),
    ),
)

BUILDINGS = (
    "대성빌딩", "한마음타워", "스카이파크", "센트럴프라자", "우림라이온스밸리", "더샵센트럴",
    "미래빌딩", "그린오피스텔", "현대프라임", "동아상가", "제일메디컬센터", "솔빛빌딩",
)  # fmt: skip

SURNAMES = (
    ("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 43), ("강", 24), ("조", 21),
    ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 14), ("송", 13), ("전", 11), ("홍", 11), ("유", 10),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("노", 5),
    ("남", 5), ("심", 5), ("하", 5), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4),
    ("구", 4), ("민", 3), ("류", 3), ("나", 3), ("진", 3), ("지", 3), ("엄", 3), ("채", 3),
    ("원", 2), ("천", 2), ("방", 2), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 2),
    ("여", 2), ("추", 1), ("도", 1), ("석", 1), ("선우", 1), ("남궁", 1), ("제갈", 1), ("황보", 1),
)  # fmt: skip
GIVEN_A = "민서지현수영은하도윤예시주준유채다재승혜태성동가우경미정소상영"
GIVEN_B = "준호원민아희빈연진우훈서윤은혁현수영림율안람온솔규석찬건경"

STEMS = (
    "한울", "새벽", "다온", "온누리", "해솔", "가람", "푸른숲", "늘봄", "모아", "별빛", "바른",
    "도담", "마루", "이음", "하람", "초록", "은하수", "든든", "참좋은", "오름", "나래", "우리동네",
    "청담", "봄날", "소담", "해든", "여울", "꽃길", "아라", "미소",
)  # fmt: skip
LATIN = ("K", "JH", "M&S", "GS", "THE", "BY", "N", "ONE", "D&J", "SY")

# (업태, 종목, trade-name endings, forms): 일 일반, 간 간이, 면 면세, 법 법인
TRADES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("도매 및 소매업", "전자상거래 소매업", ("몰", "스토어", "마켓"), "일간법"),
    ("도매 및 소매업", "통신판매업", ("샵", "커머스", "스토어"), "일간법"),
    ("소매업", "의류 소매업", ("옷가게", "부티크", "의류"), "일간"),
    ("도매업", "가전제품 도매업", ("전자", "상사"), "일법"),
    ("숙박 및 음식점업", "한식 일반 음식점업", ("식당", "밥상", "국밥"), "일간"),
    ("숙박 및 음식점업", "커피 전문점", ("커피", "카페", "로스터스"), "일간법"),
    ("음식점업", "제과점업", ("베이커리", "제과"), "일간"),
    ("음식점업", "치킨 전문점", ("치킨", "통닭"), "일간"),
    ("정보통신업", "응용 소프트웨어 개발 및 공급업", ("랩스", "소프트", "테크"), "일법"),
    ("정보통신업", "포털 및 기타 인터넷 정보 매개 서비스업", ("플랫폼", "넷"), "법"),
    ("서비스업", "컴퓨터 프로그래밍 서비스업", ("코딩", "시스템즈"), "일법"),
    ("제조업", "화장품 제조업", ("코스메틱", "뷰티"), "일법"),
    ("제조업", "그 외 기타 식료품 제조업", ("푸드", "식품"), "일법"),
    ("건설업", "실내 건축 공사업", ("인테리어", "디자인"), "일법"),
    ("전문, 과학 및 기술 서비스업", "광고 대행업", ("애드", "컴퍼니", "기획"), "일법"),
    ("전문, 과학 및 기술 서비스업", "시각 디자인업", ("디자인", "스튜디오"), "일간법"),
    ("예술, 스포츠 및 여가관련 서비스업", "체력 단련시설 운영업", ("짐", "피트니스"), "일간"),
    ("협회 및 단체, 수리 및 기타 개인 서비스업", "미용업", ("헤어", "살롱"), "일간"),
    ("운수 및 창고업", "화물자동차 운송업", ("물류", "로지스"), "일법"),
    ("부동산업", "부동산 중개 및 대리업", ("공인중개사사무소", "부동산"), "일간"),
    ("교육 서비스업", "일반 교과 학원", ("수학학원", "영어학원", "학원"), "면"),
    ("교육 서비스업", "예술 학원", ("미술학원", "피아노학원"), "면"),
    ("보건업 및 사회복지 서비스업", "일반 의원", ("의원", "내과의원"), "면"),
    ("보건업", "치과 의원", ("치과의원",), "면"),
    ("소매업", "신선 식품 및 단순 가공식품 소매업", ("청과", "농산"), "면"),
    ("소매업", "육류 소매업", ("정육점", "축산"), "면"),
    ("소매업", "서적, 신문 및 잡지류 소매업", ("책방", "서점", "북스"), "면"),
    ("농업", "작물 재배업", ("농원", "팜"), "면법"),
)
REASONS = ("신규", "신규", "신규", "정정", "재발급")


@dataclass
class Record:
    form: str
    reg_no: str
    trade_name: str
    representative: str
    open_date: dt.date
    issue_date: dt.date
    address: str
    tax_office: str
    rows: list[tuple[str, str]]
    birth_date: dt.date | None = None
    corp_reg_no: str = ""
    hq_address: str = ""
    reason: str = "신규"
    email: str = ""
    issue_no: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def corporate(self) -> bool:
        return self.form == "법인사업자"

    def truth_fields(self) -> dict[str, str]:
        out = {
            "reg_no": self.reg_no,
            "trade_name": self.trade_name,
            "representative": self.representative,
        }
        if self.corporate:
            out["corp_reg_no"] = self.corp_reg_no
        else:
            assert self.birth_date is not None
            out["birth_date"] = self.birth_date.isoformat()
        out["open_date"] = self.open_date.isoformat()
        out["address"] = self.address
        if self.corporate:
            out["hq_address"] = self.hq_address
        out["biz_type"] = ", ".join(r[0] for r in self.rows)
        out["biz_item"] = ", ".join(r[1] for r in self.rows)
        out["issue_date"] = self.issue_date.isoformat()
        out["tax_office"] = self.tax_office
        return out


def _name(rng: random.Random) -> str:
    surname: str = rng.choices([n for n, _ in SURNAMES], [w for _, w in SURNAMES])[0]
    if rng.random() < 0.04:
        return surname + rng.choice(GIVEN_A)
    return surname + rng.choice(GIVEN_A) + rng.choice(GIVEN_B)


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _address(
    rng: random.Random, district: tuple[str, str, str, tuple[tuple[str, str], ...]]
) -> str:
    sido, sigungu, _, roads = district
    road, dong = rng.choice(roads)
    number = str(rng.randint(3, 420))
    if rng.random() < 0.2:
        number += f"-{rng.randint(1, 19)}"
    head = " ".join(p for p in (sido, sigungu, road, number) if p)
    detail = ""
    r = rng.random()
    if r < 0.3:
        detail = f", {rng.randint(1, 12)}층 {rng.randint(1, 12)}{rng.randint(1, 9):02d}호"
    elif r < 0.45:
        detail = f", {rng.randint(2, 6)}층"
    elif r < 0.55:
        detail = f", 지하1층 B{rng.randint(101, 130)}호"
    elif r < 0.65:
        detail = f", {rng.randint(101, 115)}동 {rng.randint(2, 25)}{rng.randint(1, 4):02d}호"
    note = f" ({dong})"
    if rng.random() < 0.4:
        note = f" ({dong}, {rng.choice(BUILDINGS)})"
    return head + detail + note


def _trade_name(rng: random.Random, endings: tuple[str, ...], corporate: bool) -> str:
    stem = rng.choice(STEMS)
    if rng.random() < 0.15:
        stem = rng.choice(LATIN) + rng.choice(("", " "))
    base = stem + rng.choice(("", "", " ")) + rng.choice(endings)
    base = " ".join(base.split())
    if rng.random() < 0.12 and not corporate:
        base += rng.choice((" 본점", " 2호점", " 역점"))
    if not corporate:
        return base
    legal = rng.choices(("주식회사 {}", "{} 주식회사", "(주){}", "㈜{}", "유한회사 {}"),
                        (4, 3, 4, 1, 1))[0]  # fmt: skip
    return legal.format(base.replace(" ", ""))


def make_record(rng: random.Random, form: str) -> Record:
    code = {"일반과세자": "일", "간이과세자": "간", "면세사업자": "면", "법인사업자": "법"}[form]
    trades = [t for t in TRADES if code in t[3]]
    n_rows = rng.choices((1, 2, 3, 4), (50, 30, 15, 5))[0]
    picked = rng.sample(trades, min(n_rows, len(trades)))
    rows = [(t[0], t[1]) for t in picked]
    corporate = form == "법인사업자"
    district = rng.choice(DISTRICTS)
    office = district[2] + "세무서"
    middle = {
        "일반과세자": rng.randint(1, 79),
        "간이과세자": rng.randint(1, 79),
        "면세사업자": rng.randint(90, 99),
        "법인사업자": rng.choice((81, 86, 87, 88)),
    }[form]
    first9 = f"{rng.randint(101, 699):03d}{middle:02d}{rng.randint(1, 9999):04d}"
    reg = first9 + str(biz_check_digit(first9))
    reg_no = f"{reg[:3]}-{reg[3:5]}-{reg[5:]}"
    open_date = _date(rng, dt.date(2006, 1, 2), dt.date(2026, 10, 30))
    issue_date = open_date + dt.timedelta(days=rng.randint(2, 20))
    reason = "신규"
    if rng.random() < 0.35 or issue_date.year < 2015:
        issue_date = _date(rng, max(open_date, dt.date(2015, 1, 5)), dt.date(2026, 11, 27))
        reason = rng.choice(("정정", "재발급"))
    issue_date = min(issue_date, dt.date(2026, 11, 27))
    rec = Record(
        form=form,
        reg_no=reg_no,
        trade_name=_trade_name(rng, picked[0][2], corporate),
        representative=_name(rng),
        open_date=open_date,
        issue_date=issue_date,
        address=_address(rng, district),
        tax_office=office,
        rows=rows,
        reason=reason,
    )
    if corporate:
        registry = rng.choice(("1101", "1301", "1345", "1201", "1601", "2841", "1311", "1748"))
        first12 = registry + rng.choice(("11", "11", "11", "14")) + f"{rng.randint(1, 999999):06d}"
        corp = first12 + str(corp_check_digit(first12))
        rec.corp_reg_no = f"{corp[:6]}-{corp[6:]}"
        rec.hq_address = rec.address if rng.random() < 0.6 else _address(rng, rng.choice(DISTRICTS))
    else:
        born = _date(rng, dt.date(1952, 1, 1), dt.date(2003, 12, 31))
        while (open_date - born).days < 19 * 366:
            born = _date(rng, dt.date(1952, 1, 1), open_date - dt.timedelta(days=20 * 366))
        rec.birth_date = born
    if rng.random() < 0.55:
        user = rng.choice(("tax", "account", "biz", "info", "shop", "admin")) + str(
            rng.randint(1, 99)
        )
        rec.email = f"{user}@{rng.choice(('naver.com', 'gmail.com', 'daum.net', 'kakao.com'))}"
    serial = rng.randint(10**8, 10**9 - 1)
    rec.issue_no = f"{rng.randint(100, 999)}-{issue_date.year}-{rng.randint(1, 9)}-{serial}"
    return rec
