"""The two registration numbers, with their check digits (domain-facts §4).

Written here from the published algorithms rather than imported from `knowledge.bizno`, so
a bug there cannot make this set agree with the reader by accident; the tests check both
implementations against each other.
"""

from __future__ import annotations

import random

_BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def business_check(first_nine: str) -> int:
    """사업자등록번호 검증번호: weighted sum, plus the carry of the ninth digit times five."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _BIZ_WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def corp_check(first_twelve: str) -> int:
    """법인등록번호 오류검색번호: weights 1,2,1,2,… over twelve digits, mod 10."""
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - total % 10) % 10


def business_number(rng: random.Random, office_code: str, middle: int) -> str:
    """`XXX-XX-XXXXX`: the office (or serial) code, the 개인/법인 code, a serial, the check."""
    serial = f"{rng.randint(1, 9999):04d}"
    first_nine = f"{office_code}{middle:02d}{serial}"
    return f"{office_code}-{middle:02d}-{serial}{business_check(first_nine)}"


def corp_number(rng: random.Random, registry_code: str, corp_type: str) -> str:
    """`XXXXXX-XXXXXXX`: 등기관서 (4) + 법인종류 (2), a six-digit serial, the check."""
    serial = f"{rng.randint(1, 999999):06d}"
    first_twelve = f"{registry_code}{corp_type}{serial}"
    return f"{registry_code}{corp_type}-{serial}{corp_check(first_twelve)}"
