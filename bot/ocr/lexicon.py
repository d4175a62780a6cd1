"""Correcting free text against lists of words the certificate is known to print.

Two lists, written from general knowledge of the forms (not from any renderer):

- 업태 / 종목 names as the tax office prints them: the section and class names of the Korean
  Standard Industrial Classification (한국표준산업분류, KSIC), spaced as KSIC spaces them.
- The 17 first-level administrative units (시/도) that start every road-name address.

And one for a limit of the model itself: `kor.traineddata` cannot output some syllables
common in business names (its character set has no 웍), so "네트웍스" always comes out
misread. Such a word is restored only when the misreading is close to it.

Matching is on Hangul letters decomposed into jamo, so 엽 and 업 differ by one vowel rather
than by a whole syllable. A correction is made only when exactly one entry is nearest; the
caller lowers the field's confidence whenever the letters changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from rapidfuzz.distance import Levenshtein

from bot.ocr import features

_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"

# 업태 (KSIC sections, and the shorter names tax offices also use).
BIZ_TYPES: tuple[str, ...] = (
    "농업, 임업 및 어업",
    "광업",
    "제조업",
    "전기, 가스, 증기 및 공기 조절 공급업",
    "수도, 하수 및 폐기물 처리, 원료 재생업",
    "건설업",
    "도매 및 소매업",
    "도매업",
    "소매업",
    "도소매업",
    "운수 및 창고업",
    "운수업",
    "숙박 및 음식점업",
    "숙박업",
    "음식점업",
    "정보통신업",
    "금융 및 보험업",
    "부동산업",
    "부동산 임대업",
    "전문, 과학 및 기술 서비스업",
    "사업시설 관리, 사업 지원 및 임대 서비스업",
    "교육 서비스업",
    "보건업 및 사회복지 서비스업",
    "예술, 스포츠 및 여가관련 서비스업",
    "협회 및 단체, 수리 및 기타 개인 서비스업",
    "수리 및 기타 개인 서비스업",
    "개인 서비스업",
    "서비스업",
    "통신판매업",
)

# 종목: KSIC classes small merchants commonly register under.
BIZ_ITEMS: tuple[str, ...] = (
    # retail
    "전자상거래 소매업",
    "전자상거래 소매 중개업",
    "기타 통신 판매업",
    "통신 판매업",
    "슈퍼마켓",
    "체인화 편의점",
    "기타 음·식료품 위주 종합 소매업",
    "과실 및 채소 소매업",
    "육류 소매업",
    "수산물 소매업",
    "빵 및 과자류 소매업",
    "건강보조식품 소매업",
    "의복 소매업",
    "남자용 겉옷 소매업",
    "여자용 겉옷 소매업",
    "신발 소매업",
    "가방 및 기타 가죽제품 소매업",
    "화장품, 비누 및 방향제 소매업",
    "화초 및 식물 소매업",
    "가전제품 소매업",
    "컴퓨터 및 주변장치, 소프트웨어 소매업",
    "휴대용 전화기 소매업",
    "서적, 신문 및 잡지류 소매업",
    "문구용품 소매업",
    "운동 및 경기용품 소매업",
    "자전거 및 기타 운송장비 소매업",
    "완구 소매업",
    "애완용 동물 및 관련용품 소매업",
    "안경 및 렌즈 소매업",
    "의약품 및 의료용품 소매업",
    "가구 소매업",
    "철물 및 난방용구 소매업",
    "중고 상품 소매업",
    # wholesale
    "상품 중개업",
    "상품 종합 도매업",
    "수산물 도매업",
    "과실류 도매업",
    "채소류 도매업",
    "육류 도매업",
    "가공식품 도매업",
    "음·식료품 위주 종합 도매업",
    "생활용품 도매업",
    "화장품 및 화장용품 도매업",
    "의약품 도매업",
    "컴퓨터 및 주변장치, 소프트웨어 도매업",
    "기타 생활용품 도매업",
    # food service
    "한식 일반 음식점업",
    "한식 면 요리 전문점",
    "한식 육류 요리 전문점",
    "한식 해산물 요리 전문점",
    "중식 음식점업",
    "일식 음식점업",
    "서양식 음식점업",
    "기타 외국식 음식점업",
    "분식 및 김밥 전문점",
    "치킨 전문점",
    "피자, 햄버거, 샌드위치 및 유사 음식점업",
    "제과점업",
    "커피 전문점",
    "기타 비알코올 음료점업",
    "생맥주 전문점",
    "기타 주점업",
    "출장 및 이동 음식점업",
    "기관 구내식당업",
    # information and communication
    "응용 소프트웨어 개발 및 공급업",
    "시스템 소프트웨어 개발 및 공급업",
    "게임 소프트웨어 개발 및 공급업",
    "컴퓨터 프로그래밍 서비스업",
    "컴퓨터시스템 통합 자문 및 구축 서비스업",
    "기타 정보 기술 및 컴퓨터 운영 관련 서비스업",
    "자료 처리, 호스팅 및 관련 서비스업",
    "포털 및 기타 인터넷 정보 매개 서비스업",
    "데이터베이스 및 온라인 정보 제공업",
    "전자책 출판업",
    "영화, 비디오물 및 방송 프로그램 제작업",
    # professional services
    "광고 대행업",
    "옥외 및 전시 광고업",
    "광고물 작성업",
    "시각 디자인업",
    "인테리어 디자인업",
    "제품 디자인업",
    "경영 컨설팅업",
    "사진 촬영업",
    "번역 및 통역 서비스업",
    "시장 조사 및 여론 조사업",
    # real estate
    "부동산 중개 및 대리업",
    "주거용 건물 임대업",
    "비주거용 건물 임대업",
    "부동산 관리업",
    # education
    "일반 교과 학원",
    "외국어 학원",
    "예술 학원",
    "컴퓨터 학원",
    "온라인 교육 학원",
    "기타 교육지원 서비스업",
    # construction
    "실내 건축 공사업",
    "전기 공사업",
    "건물용 기계 장비 설치 공사업",
    "도장 공사업",
    # manufacturing
    "빵류 제조업",
    "떡류 제조업",
    "과자류 및 코코아 제품 제조업",
    "기타 식사용 가공처리 조리식품 제조업",
    # transport, lodging, leisure
    "일반 화물자동차 운송업",
    "용달 화물자동차 운송업",
    "택배업",
    "일반 호텔업",
    "여관업",
    "민박업",
    "국내 여행사업",
    "체력단련시설 운영업",
    "노래연습장 운영업",
    "컴퓨터 게임방 운영업",
    # personal services
    "미용업",
    "두발 미용업",
    "피부 미용업",
    "기타 미용업",
    "욕탕업",
    "가정용 세탁업",
    "자동차 종합 수리업",
    "반려동물 미용업",
)

SIDO: tuple[str, ...] = (
    "서울특별시",
    "부산광역시",
    "대구광역시",
    "인천광역시",
    "광주광역시",
    "대전광역시",
    "울산광역시",
    "세종특별자치시",
    "경기도",
    "강원특별자치도",
    "충청북도",
    "충청남도",
    "전북특별자치도",
    "전라남도",
    "경상북도",
    "경상남도",
    "제주특별자치도",
    # The names before 강원 (2023-06) and 전북 (2024-01) became 특별자치도: a certificate
    # issued earlier, or an address not re-registered, still prints them. Without them an
    # address in 강원도 was on no list, so never sure.
    "강원도",
    "전라북도",
)

# Words common in trade names that hold a syllable `kor.traineddata` cannot output.
OUT_OF_MODEL: tuple[str, ...] = ("네트웍스",)


class Fix(StrEnum):
    SPACING = "spacing"  # same letters, spaced as printed: not a change of content
    CORRECTED = "corrected"  # letters changed: the caller lowers the confidence


@dataclass(frozen=True, slots=True)
class Match:
    text: str
    fix: Fix | None  # None: already exactly as listed


def jamo(text: str) -> str:
    """Hangul syllables split into their letters; everything else as it is."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_LEADS[code // 588] + _VOWELS[code % 588 // 28] + _TAILS[code % 28].strip())
        else:
            out.append(ch)
    return "".join(out)


def _compact(text: str) -> str:
    return re.sub(r"[\s·.]", "", text)


@cache
def _index(entries: tuple[str, ...]) -> dict[str, str]:
    return {_compact(e): e for e in entries}


def _with_spaces_read(entry: str, text: str) -> str:
    """`entry` with a space added wherever `text` (the same letters) has one it lacks.

    ocr20: Korean spelling lets a compound term be written spaced or tight (한글 맞춤법 제49,
    50항: "일반 화물자동차 운송업", "일반 화물 자동차 운송업"), so a list's spacing is one of
    the printed ones, not the printed one. OCR drops spaces far more often than it adds
    them: a space it read stands on the page; one it did not read may have been lost.
    """
    read: set[int] = set()
    at = 0
    for i, ch in enumerate(text):
        if _compact(ch):
            if i and text[i - 1].isspace():
                read.add(at)
            at += 1
    out: list[str] = []
    at = 0
    for ch in entry:
        if _compact(ch):
            if at in read and out and not out[-1].isspace() and _compact(out[-1]):
                out.append(" ")
            at += 1
        out.append(ch)
    return "".join(out)


def _max_distance(letters: int) -> int:
    """Jamo edits tolerated: one per eight letters (about three syllables), at least one."""
    return max(1, letters // 8)


def nearest(text: str, entries: tuple[str, ...]) -> Match | None:
    """The entry `text` is a misreading or a mis-spacing of, if exactly one is near enough."""
    compact = _compact(text)
    if not compact:
        return None
    index = _index(entries)
    if compact in index:
        entry = index[compact]
        if features.on(features.SPACES_READ):
            entry = _with_spaces_read(entry, text)
        return Match(entry, None if entry == text else Fix.SPACING)
    letters = jamo(compact)
    limit = _max_distance(len(letters))
    scored = sorted(
        (Levenshtein.distance(letters, jamo(key), score_cutoff=limit + 1), entry)
        for key, entry in index.items()
    )
    best_distance, best = scored[0]
    if best_distance > limit:
        return None
    if len(scored) > 1 and scored[1][0] <= best_distance:
        return None  # two entries as near: ambiguous, leave the text alone
    return Match(best, Fix.CORRECTED)


# A name cut short keeps at least this many syllables: fewer ("서비") start too many words
# that are no KSIC name ("서비스") for a completion to be the printed one.
_MIN_CUT_SYLLABLES = 6


def completion(text: str, entries: tuple[str, ...]) -> str | None:
    """The one entry `text` is the start of, missing its last one or two syllables: a
    name cut at its cell's right edge or its last word lost in noise ("전문, 과학 및 기술
    서비" for "... 서비스업"). None when the start is too short to tell, or starts several
    entries ("전자상거래 소매" is the start of two)."""
    compact = _compact(text)
    if len(re.findall(r"[가-힣]", compact)) < _MIN_CUT_SYLLABLES or not compact[-1:].isalpha():
        return None
    found = [
        entry
        for key, entry in _index(entries).items()
        if key.startswith(compact) and 1 <= len(key) - len(compact) <= 2
    ]
    others = [key for key in _index(entries) if key.startswith(compact) and len(key) > len(compact)]
    return found[0] if len(found) == 1 and len(others) == 1 else None


def restore_out_of_model(text: str) -> tuple[str, bool]:
    """Put back a listed word the model cannot spell ("네트워스" -> "네트웍스").

    A run of Hangul counts when it starts with the word's first syllable and is within a
    third of the word's letters in jamo edits, and either ends the run with the word's last
    syllable or is the whole run and shorter than the word (a syllable was lost).
    """
    changed = False
    for word in OUT_OF_MODEL:
        target = jamo(word)
        limit = len(target) // 3

        def fix(
            m: re.Match[str], word: str = word, target: str = target, limit: int = limit
        ) -> str:
            nonlocal changed
            run = m.group()
            head, rest = run[: len(word)], run[len(word) :]
            if head == word:
                return run
            if not (head.endswith(word[-1]) or (not rest and len(head) < len(word))):
                return run
            if Levenshtein.distance(jamo(head), target) > limit:
                return run
            changed = True
            return word + rest

        text = re.sub(word[0] + r"[가-힣]+", fix, text)
    return text, changed
