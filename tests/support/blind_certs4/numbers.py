"""Registration numbers with valid check digits (domain-facts.md §4)."""

from __future__ import annotations

import random

_BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def business_check(first_nine: str) -> int:
    """검증번호 of a 사업자등록번호: weights 1,3,7,1,3,7,1,3,5 plus ⌊d9·5/10⌋."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _BIZ_WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def corp_check(first_twelve: str) -> int:
    """오류검색번호 of a 법인등록번호: weights 1,2,1,2,… over twelve digits."""
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - total % 10) % 10


def business_number(rng: random.Random, office: str, middle: int) -> str:
    """`XXX-XX-XXXXX` from a three-digit office code and the 개인·법인 구분코드."""
    head = f"{office}{middle:02d}{rng.randint(1, 9999):04d}"
    return f"{head[:3]}-{head[3:5]}-{head[5:]}{business_check(head)}"


def corp_number(rng: random.Random, registry: str, kind: str) -> str:
    """`XXXXXX-XXXXXXX`: 등기관서 code, 법인종류 code, serial, check digit."""
    head = f"{registry}{kind}{rng.randint(1, 999999):06d}"
    return f"{head[:6]}-{head[6:]}{corp_check(head)}"
