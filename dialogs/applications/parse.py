"""What a typed request in the applications journey asks for: "구독 220-81-62517",
"unsubscribe APP-12", "APP-3 취소", "연동 가이드", "subscribe all"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from knowledge.bizno import BusinessNumber, parse_business_number

_APP = re.compile(r"(?<![A-Za-z0-9])app\s*[-#_]?\s*(\d{1,9})(?!\d)", re.IGNORECASE)
# Ten digits, with or without the usual hyphens or spaces (full-width digits folded by NFKC).
_NUMBER = re.compile(r"(?<!\d)\d{3}[-\s]?\d{2}[-\s]?\d{5}(?!\d)")
_LONG_DIGITS = re.compile(r"\d[\d\s-]{7,}\d")


class Intent(StrEnum):
    UNSUBSCRIBE = "unsubscribe"
    SUBSCRIBE = "subscribe"
    CANCEL = "cancel"
    INTEGRATION = "integration"
    ADD = "add"
    LIST = "list"


# Checked in this order: "구독 취소" is an unsubscribe, not a cancel.
_WORDS: tuple[tuple[Intent, tuple[str, ...]], ...] = (
    (
        Intent.UNSUBSCRIBE,
        (
            "unsubscribe",
            "unfollow",
            "구독취소",
            "구독해지",
            "구독 취소",
            "구독 해지",
            "알림 끄기",
            "알림끄기",
            "알림 해지",
            "stop updates",
            "stop following",
        ),
    ),
    (Intent.SUBSCRIBE, ("subscribe", "follow", "구독", "알림 받기", "알림받기", "notify me")),
    (Intent.CANCEL, ("cancel", "withdraw", "취소", "철회")),
    (Intent.INTEGRATION, ("integration", "integrate", "guide", "연동", "가이드", "개발")),
    (Intent.ADD, ("add", "more methods", "추가")),
    (Intent.LIST, ("status", "list", "show", "현황", "상태", "목록", "보기")),
)
_ALL = re.compile(r"(?<![a-z])all(?![a-z])|전체|모든|모두|everything", re.IGNORECASE)


@dataclass(frozen=True)
class Request:
    intent: Intent | None
    application_id: int | None = None
    # The digits of a valid number; ``bad_number`` when digits were given but are not one.
    business_number: str | None = None
    bad_number: bool = False
    everything: bool = False


def parse_app_id(text: str) -> int | None:
    """``APP-12``, ``app 12``, ``APP#12`` -> 12; a bare number -> itself."""
    text = unicodedata.normalize("NFKC", text).strip()
    if text.isdigit() and len(text) <= 9:
        return int(text)
    found = _APP.search(text)
    return int(found.group(1)) if found else None


def parse_request(text: str) -> Request:
    text = unicodedata.normalize("NFKC", text).strip()
    lowered = text.casefold()
    intent = next(
        (intent for intent, words in _WORDS if any(word in lowered for word in words)), None
    )
    app = _APP.search(text)
    number: BusinessNumber | None = None
    bad = False
    rest = _APP.sub(" ", text)
    candidate = _NUMBER.search(rest) or _LONG_DIGITS.search(rest)
    if candidate is not None:
        parsed = parse_business_number(candidate.group(0))
        if isinstance(parsed, BusinessNumber):
            number = parsed
        else:
            bad = True
    return Request(
        intent=intent,
        application_id=int(app.group(1)) if app else None,
        business_number=number.digits if number is not None else None,
        bad_number=bad,
        everything=bool(_ALL.search(lowered)),
    )
