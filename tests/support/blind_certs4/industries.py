"""업태 / 종목 pairs after the Korean Standard Industrial Classification (KSIC 10th rev.).

업태 is the KSIC section or division name as tax offices print it (sometimes the short old
forms), 종목 the class or sub-class. `EXEMPT` trades are VAT-exempt (면세사업자), `SMALL` ones
are what 간이과세자 usually run.
"""

from __future__ import annotations

import random

WHOLESALE = "도매 및 소매업"
SERVICES_BIZ = "사업시설 관리, 사업 지원 및 임대 서비스업"
PRO = "전문, 과학 및 기술 서비스업"
INFO = "정보통신업"
MAKE = "제조업"
FOOD = "숙박 및 음식점업"
BUILD = "건설업"
EDU = "교육 서비스업"
HEALTH = "보건업 및 사회복지 서비스업"
ARTS = "예술, 스포츠 및 여가관련 서비스업"
REPAIR = "협회 및 단체, 수리 및 기타 개인 서비스업"
TRANSPORT = "운수 및 창고업"
ESTATE = "부동산업"
AGRI = "농업, 임업 및 어업"

GENERAL: tuple[tuple[str, str], ...] = (
    (WHOLESALE, "전자상거래 소매업"), (WHOLESALE, "통신 판매업"),
    (WHOLESALE, "기타 통신 판매업"), (WHOLESALE, "화장품, 비누 및 방향제 소매업"),
    (WHOLESALE, "컴퓨터 및 주변장치, 소프트웨어 도매업"), (WHOLESALE, "가전제품 소매업"),
    (WHOLESALE, "남녀용 겉옷 및 셔츠 도매업"), (WHOLESALE, "스포츠 및 레크레이션 용품 소매업"),
    (WHOLESALE, "가구 소매업"), (WHOLESALE, "애완용 동물 및 관련용품 소매업"),
    (WHOLESALE, "건강보조식품 소매업"), (WHOLESALE, "자동차 신품 부품 및 내장품 판매업"),
    (WHOLESALE, "의약품 도매업"), (WHOLESALE, "문구용품 및 회화용품 소매업"),
    ("도매", "일반 잡화"), ("소매", "전자상거래"), ("도소매", "의류, 잡화"),
    (INFO, "응용 소프트웨어 개발 및 공급업"), (INFO, "시스템 소프트웨어 개발 및 공급업"),
    (INFO, "컴퓨터 프로그래밍 서비스업"), (INFO, "포털 및 기타 인터넷 정보 매개 서비스업"),
    (INFO, "데이터베이스 및 온라인 정보 제공업"), (INFO, "모바일 게임 소프트웨어 개발 및 공급업"),
    (INFO, "영상ㆍ오디오물 제공 서비스업"), (INFO, "광고 영화 및 비디오물 제작업"),
    (PRO, "광고 대행업"), (PRO, "경영 컨설팅업"), (PRO, "시각 디자인업"),
    (PRO, "인테리어 디자인업"), (PRO, "제품 디자인업"), (PRO, "건축 설계 및 관련 서비스업"),
    (PRO, "기타 엔지니어링 서비스업"), (PRO, "사진 촬영업"), (PRO, "시장 조사 및 여론 조사업"),
    (SERVICES_BIZ, "포장 및 충전업"), (SERVICES_BIZ, "사업시설 유지ㆍ관리 서비스업"),
    (SERVICES_BIZ, "전시, 컨벤션 및 행사 대행업"), (SERVICES_BIZ, "여행사업"),
    (SERVICES_BIZ, "콜센터 및 텔레마케팅 서비스업"), (SERVICES_BIZ, "산업용 기계 및 장비 임대업"),
    (MAKE, "화장품 제조업"), (MAKE, "떡, 빵 및 과자류 제조업"), (MAKE, "기타 식품 첨가물 제조업"),
    (MAKE, "플라스틱 포장 용기 제조업"), (MAKE, "인쇄회로기판용 적층판 제조업"),
    (MAKE, "그 외 기타 전자부품 제조업"), (MAKE, "금속 가공제품 제조업"),
    (MAKE, "가정용 직물제품 제조업"), (MAKE, "목재 가구 제조업"), ("제조", "귀금속 및 장신용품"),
    (FOOD, "한식 일반 음식점업"), (FOOD, "커피 전문점"), (FOOD, "제과점업"),
    (FOOD, "치킨 전문점"), (FOOD, "일식 음식점업"), (FOOD, "피자, 햄버거 및 유사 음식점업"),
    (FOOD, "여관업"), (FOOD, "기타 주점업"), ("음식", "분식"), ("음식점업", "한식"),
    (BUILD, "실내 건축 및 건축 마무리 공사업"), (BUILD, "전기 공사업"),
    (BUILD, "배관 및 냉ㆍ난방 공사업"), (BUILD, "도장, 도배 및 내장 공사업"),
    (ARTS, "체력단련시설 운영업"), (ARTS, "골프 연습장 운영업"), (ARTS, "노래연습장 운영업"),
    (ARTS, "그 외 기타 스포츠시설 운영업"), (ARTS, "공연 기획업"),
    (REPAIR, "두발 미용업"), (REPAIR, "피부 미용업"), (REPAIR, "네일아트 및 기타 미용업"),
    (REPAIR, "세탁업"), (REPAIR, "자동차 종합 수리업"), (REPAIR, "컴퓨터 및 주변 기기 수리업"),
    (REPAIR, "예식장업"), (REPAIR, "애완동물 장묘 및 보호 서비스업"),
    (TRANSPORT, "용달 화물자동차 운송업"), (TRANSPORT, "택배업"),
    (TRANSPORT, "그 외 기타 운송 관련 서비스업"), (ESTATE, "비주거용 건물 임대업"),
    (ESTATE, "부동산 중개 및 대리업"), ("서비스", "광고대행"), ("서비스", "소프트웨어 개발"),
)  # fmt: skip

EXEMPT: tuple[tuple[str, str], ...] = (
    (EDU, "일반 교과 학원"), (EDU, "외국어 학원"), (EDU, "음악학원"), (EDU, "미술학원"),
    (EDU, "컴퓨터 학원"), (EDU, "태권도 및 무술 교육기관"), (EDU, "온라인 교육 학원"),
    (EDU, "기타 기술 및 직업훈련학원"), (HEALTH, "일반 의원"), (HEALTH, "치과 의원"),
    (HEALTH, "한의원"), (HEALTH, "방사선 진단 및 병리 검사 의원"),
    (HEALTH, "물리치료 및 작업치료 서비스업"),
    (HEALTH, "노인 요양 복지시설 운영업"), (HEALTH, "방문 복지 서비스 제공업"),
    (WHOLESALE, "서적, 신문 및 잡지류 소매업"), (WHOLESALE, "채소, 과실 및 뿌리작물 소매업"),
    (WHOLESALE, "육류 소매업"), (WHOLESALE, "수산물 소매업"), (WHOLESALE, "곡물 및 종자 도매업"),
    (INFO, "교과서 및 학습 서적 출판업"), (INFO, "일반 서적 출판업"),
    (INFO, "잡지 및 정기간행물 발행업"), (AGRI, "채소작물 재배업"), (AGRI, "과실작물 재배업"),
    (AGRI, "양봉업"), (AGRI, "내수면 양식 어업"),
    (ARTS, "작가 및 창작 예술가"), ("소매", "정육"), ("소매", "청과"), ("교육서비스", "학원"),
)  # fmt: skip

SMALL: tuple[tuple[str, str], ...] = (
    (FOOD, "한식 일반 음식점업"), (FOOD, "커피 전문점"), (FOOD, "김밥 및 기타 간이 음식점업"),
    (FOOD, "치킨 전문점"), (FOOD, "제과점업"), (FOOD, "분식 및 김밥 전문점"),
    (FOOD, "간이 주점업"), (REPAIR, "두발 미용업"), (REPAIR, "네일아트 및 기타 미용업"),
    (REPAIR, "세탁업"), (REPAIR, "의복 및 기타 가정용 직물제품 수리업"),
    (WHOLESALE, "전자상거래 소매업"), (WHOLESALE, "통신 판매업"), (WHOLESALE, "꽃 및 식물 소매업"),
    (WHOLESALE, "체인화 편의점"), (WHOLESALE, "중고 상품 소매업"),
    (WHOLESALE, "문구용품 및 회화용품 소매업"),
    (PRO, "사진 촬영업"), (ARTS, "노래연습장 운영업"), ("음식", "분식"), ("소매", "전자상거래"),
)  # fmt: skip


def trades(rng: random.Random, pool: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """1–5 distinct rows; a business adds trades over the years, the first is the main one."""
    count = rng.choices((1, 2, 3, 4, 5), weights=(40, 30, 16, 10, 4))[0]
    rows: list[tuple[str, str]] = []
    while len(rows) < count:
        row = rng.choice(pool)
        if row not in rows:
            rows.append(row)
    return rows
