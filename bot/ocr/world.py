"""Closed lists the certificate's values come from: facts of the world, not of any renderer.

Written from public knowledge (sources below), as data. They are used two ways: a value
one letter off exactly one entry is corrected (and marked for the merchant to check), and a
value on no list is never called sure.

- `TAX_OFFICES`: the 세무서 of 국세청's seven regional offices (서울, 중부, 인천, 대전, 광주,
  대구, 부산지방국세청), as listed on nts.go.kr "기관소개 > 전국 세무관서" (about 130, 2024).
  An office opened or renamed later is missing: it is read as printed, only never "sure".
- `SURNAMES`: Korean family names with at least about 5,000 bearers in the 2015 census
  (통계청 인구주택총조사 성씨·본관), single and two-syllable.
- `DISTRICTS`: 시/군/구 by 시/도 (행정안전부 행정구역 현황, 2024; 강원·전북 특별자치도).
"""

from __future__ import annotations


def _names(text: str) -> tuple[str, ...]:
    """Space-separated names, as written below (easier to read and check than quoted items)."""
    return tuple(text.split())


TAX_OFFICES: tuple[str, ...] = tuple(
    f"{name}세무서"
    for name in _names(
        # 서울지방국세청
        "종로 중부 남대문 용산 서대문 마포 영등포 강서 양천 구로 금천 동작 관악 서초 반포 "
        "삼성 역삼 강남 송파 잠실 강동 성동 광진 동대문 성북 중랑 도봉 노원 강북 은평 "
        # 중부지방국세청 (경기 남부, 강원)
        "수원 동수원 서수원 성남 분당 이천 평택 안산 화성 동화성 용인 기흥 안양 동안양 시흥 "
        "광명 경기광주 여주 안성 오산 춘천 강릉 원주 속초 삼척 영월 홍천 "
        # 인천지방국세청 (인천, 경기 북부·서부)
        "인천 남인천 서인천 북인천 연수 남동 계양 부천 김포 고양 동고양 파주 의정부 구리 남양주 "
        "포천 "
        # 대전지방국세청 (대전, 세종, 충남, 충북)
        "대전 북대전 서대전 세종 천안 아산 공주 논산 보령 서산 예산 홍성 청주 동청주 충주 "
        "제천 영동 서청주 "
        # 광주지방국세청 (광주, 전남, 전북, 제주)
        "광주 서광주 북광주 광산 목포 순천 여수 해남 나주 전주 북전주 익산 군산 남원 정읍 "
        "제주 서귀포 "
        # 대구지방국세청 (대구, 경북)
        "동대구 서대구 남대구 북대구 수성 경산 포항 경주 안동 구미 김천 상주 영주 영덕 "
        # 부산지방국세청 (부산, 울산, 경남)
        "중부산 서부산 부산진 북부산 동래 해운대 수영 금정 부산강서 울산 동울산 창원 마산 "
        "김해 양산 진주 거창 통영 밀양"
    )
)

# 성씨 with at least about 5,000 bearers (2015 census): a rarer one is likelier a misreading
# of a common one (초 for 조) than a real name, so it is not called sure.
SURNAMES: frozenset[str] = frozenset(
    _names(
        "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 "
        "허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
        "소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 "
        "봉 사 부 가 복 태 목 형 계 피 "
        "남궁 황보 제갈 선우 독고 사공"
    )
)

DISTRICTS: dict[str, tuple[str, ...]] = {
    "서울특별시": _names(
        "종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 은평구 "
        "서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 "
        "송파구 강동구"
    ),
    "부산광역시": _names(
        "중구 서구 동구 영도구 부산진구 동래구 남구 북구 해운대구 사하구 금정구 강서구 "
        "연제구 수영구 사상구 기장군"
    ),
    "대구광역시": _names("중구 동구 서구 남구 북구 수성구 달서구 달성군 군위군"),
    "인천광역시": _names("중구 동구 미추홀구 연수구 남동구 부평구 계양구 서구 강화군 옹진군"),
    "광주광역시": _names("동구 서구 남구 북구 광산구"),
    "대전광역시": _names("동구 중구 서구 유성구 대덕구"),
    "울산광역시": _names("중구 남구 동구 북구 울주군"),
    "세종특별자치시": (),
    "경기도": _names(
        "수원시 장안구 권선구 팔달구 영통구 성남시 수정구 중원구 분당구 의정부시 안양시 "
        "만안구 동안구 부천시 광명시 평택시 동두천시 안산시 상록구 단원구 고양시 덕양구 "
        "일산동구 일산서구 과천시 구리시 남양주시 오산시 시흥시 군포시 의왕시 하남시 용인시 "
        "처인구 기흥구 수지구 파주시 이천시 안성시 김포시 화성시 광주시 양주시 포천시 여주시 "
        "연천군 가평군 양평군"
    ),
    "강원특별자치도": _names(
        "춘천시 원주시 강릉시 동해시 태백시 속초시 삼척시 홍천군 횡성군 영월군 평창군 정선군 "
        "철원군 화천군 양구군 인제군 고성군 양양군"
    ),
    "충청북도": _names(
        "청주시 상당구 서원구 흥덕구 청원구 충주시 제천시 보은군 옥천군 영동군 증평군 진천군 "
        "괴산군 음성군 단양군"
    ),
    "충청남도": _names(
        "천안시 동남구 서북구 공주시 보령시 아산시 서산시 논산시 계룡시 당진시 금산군 부여군 "
        "서천군 청양군 홍성군 예산군 태안군"
    ),
    "전북특별자치도": _names(
        "전주시 완산구 덕진구 군산시 익산시 정읍시 남원시 김제시 완주군 진안군 무주군 장수군 "
        "임실군 순창군 고창군 부안군"
    ),
    "전라남도": _names(
        "목포시 여수시 순천시 나주시 광양시 담양군 곡성군 구례군 고흥군 보성군 화순군 장흥군 "
        "강진군 해남군 영암군 무안군 함평군 영광군 장성군 완도군 진도군 신안군"
    ),
    "경상북도": _names(
        "포항시 남구 북구 경주시 김천시 안동시 구미시 영주시 영천시 상주시 문경시 경산시 "
        "의성군 청송군 영양군 영덕군 청도군 고령군 성주군 칠곡군 예천군 봉화군 울진군 "
        "울릉군"
    ),
    "경상남도": _names(
        "창원시 의창구 성산구 마산합포구 마산회원구 진해구 진주시 통영시 사천시 김해시 밀양시 "
        "거제시 양산시 의령군 함안군 창녕군 고성군 남해군 하동군 산청군 함양군 거창군 "
        "합천군"
    ),
    "제주특별자치도": ("제주시", "서귀포시"),
}

# The old names of the two 특별자치도 (also on lexicon.SIDO): the same 시/군/구.
OLD_NAMES: dict[str, str] = {"강원도": "강원특별자치도", "전라북도": "전북특별자치도"}
