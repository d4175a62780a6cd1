"""What a typed message asks of the selection journey beyond naming methods and PGs.

The knowledge matcher finds methods and PGs; it has no notion of "remove", "done" or
"subscription", so this module keeps those few words, Korean and English, with a test each.
Matching is on the NFKC-casefolded text with spaces removed for Korean (particles and spacing
vary: "빼 주세요", "빼주세요") and on word edges for English ("no" must not fire on "now").
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from knowledge.catalog import MethodCategory, PaymentType


class Intent(StrEnum):
    REMOVE = "remove"
    ADD = "add"
    CHANGE = "change"
    DONE = "done"
    CONFIRM = "confirm"
    NONE = "none"  # "no subscription, thanks", "없어요"
    YES = "yes"
    NO = "no"
    TABLE = "table"
    RECOMMENDED = "recommended"


_KO: dict[Intent, tuple[str, ...]] = {
    Intent.REMOVE: ("빼", "제외", "삭제", "지워", "취소해", "필요없", "안할", "안 할"),
    Intent.ADD: ("추가", "더해", "넣어", "도 신청", "도신청", "도 할", "도할"),
    Intent.CHANGE: ("바꿔", "바꿀", "변경", "바꾸", "수정", "다른 pg", "다른pg"),
    Intent.DONE: (
        "다골랐",
        "다 골랐",
        "선택완료",
        "선택 완료",
        "완료",
        "다음",
        "끝",
        "이게 다",
        "이거면",
        "됐어",
        "됐습니다",
        "다 했",
        "다했",
    ),
    Intent.CONFIRM: (
        "신청할게",
        "신청해",
        "신청하기",
        "제출",
        "확인했",
        "맞아",
        "맞습니다",
        "좋아요",
        "진행해",
        "진행할게",
        "이대로",
    ),
    Intent.NONE: (
        "없어",
        "없음",
        "없습니다",
        "필요 없",
        "필요없",
        "일반결제만",
        "안 써",
        "안써",
        "안해도",
    ),
    Intent.YES: ("네", "예", "응", "그래", "맞아", "좋아"),
    Intent.NO: ("아니", "아뇨", "아니요"),
    Intent.TABLE: (
        "전체",
        "모두 보기",
        "모든 결제대행사",
        "모든 pg",
        "표로",
        "표 보",
        "전부 보기",
        "다 보여",
        "비교",
    ),
    Intent.RECOMMENDED: ("추천",),
}
_EN: dict[Intent, tuple[str, ...]] = {
    Intent.REMOVE: ("remove", "drop", "delete", "take out", "without", "don't need", "no longer"),
    Intent.ADD: ("add", "also", "plus", "as well", "include"),
    Intent.CHANGE: ("change", "switch", "replace", "different pg", "another pg"),
    Intent.DONE: (
        "done",
        "that's all",
        "thats all",
        "that is all",
        "finished",
        "next",
        "continue",
        "that's it",
        "thats it",
    ),
    Intent.CONFIRM: (
        "confirm",
        "submit",
        "apply",
        "looks good",
        "go ahead",
        "file it",
        "correct",
        "that's right",
    ),
    Intent.NONE: (
        "none",
        "no thanks",
        "not needed",
        "general only",
        "only general",
        "one-time only",
        "one-time payments only",
        "one-time payment only",
        "only one-time",
        "neither",
        "don't need",
    ),
    Intent.YES: ("yes", "yeah", "yep", "sure", "ok", "okay", "right"),
    Intent.NO: ("no", "nope", "not that"),
    Intent.TABLE: (
        "view all",
        "show all",
        "all pgs",
        "whole table",
        "table",
        "compare",
        "every pg",
        "all of them",
    ),
    Intent.RECOMMENDED: ("recommend", "recommended", "suggest", "your pick"),
}

_TYPES_KO = {
    PaymentType.SUBSCRIPTION: (
        "정기결제",
        "정기 결제",
        "정기",
        "구독",
        "빌링",
        "자동결제",
        "자동 결제",
    ),
    PaymentType.KEYIN: ("수기결제", "수기 결제", "수기", "키인", "키 인", "비인증"),
}
_TYPES_EN = {
    PaymentType.SUBSCRIPTION: (
        "subscription",
        "subscriptions",
        "billing",
        "recurring",
        "billing key",
        "auto-pay",
        "autopay",
    ),
    PaymentType.KEYIN: (
        "key-in",
        "keyin",
        "key in",
        "manual entry",
        "manual card",
        "card-not-present",
        "mail order",
    ),
}

_CATEGORIES = {
    MethodCategory.GENERAL: ("일반결제", "일반 결제", "general", "general payments"),
    MethodCategory.EASY_PAY: (
        "간편결제",
        "간편 결제",
        "easy pay",
        "easy-pay",
        "easy pays",
        "easy payments",
        "simple pay",
    ),
    MethodCategory.OVERSEAS: (
        "해외결제",
        "해외 결제",
        "overseas",
        "overseas payments",
        "international",
        "global",
    ),
    MethodCategory.IDENTITY: (
        "본인인증",
        "본인 인증",
        "identity verification",
        "identity",
        "verification",
        "kyc",
    ),
}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _has(text: str, ko: tuple[str, ...], en: tuple[str, ...]) -> bool:
    norm = _norm(text)
    flat = norm.replace(" ", "")
    if any(word.replace(" ", "") in flat for word in ko):
        return True
    return any(re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", norm) for word in en)


def says(text: str, intent: Intent) -> bool:
    """Whether the text expresses ``intent`` anywhere in it."""
    if intent in (Intent.YES, Intent.NO):
        return is_answer(text, intent)
    return _has(text, _KO[intent], _EN[intent])


def is_answer(text: str, intent: Intent) -> bool:
    """A short yes or no: the whole message, give or take punctuation and politeness."""
    norm = re.sub(r"[\s.!~,?]+", " ", _norm(text)).strip()
    norm = re.sub(r"(요|please|thanks|thank you)$", "", norm).strip()
    words = _KO[intent] + _EN[intent]
    return any(norm == word or norm == word + "요" for word in words)


def payment_types(text: str) -> list[PaymentType]:
    return [t for t in _TYPES_KO if _has(text, _TYPES_KO[t], _TYPES_EN[t])]


def category(text: str) -> MethodCategory | None:
    """The method tab the whole message names ("간편결제", "overseas"), else None."""
    norm = re.sub(r"[\s.!~,?]+", " ", _norm(text)).strip()
    flat = norm.replace(" ", "")
    for cat, names in _CATEGORIES.items():
        if any(flat == name.replace(" ", "") for name in names):
            return cat
    return None
