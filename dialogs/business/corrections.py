"""Corrections typed in free text: "대표자는 홍길동", "address: …", "개업일 2019.3.15".

A correction is a field label (Korean or English, spaced or not) at the start of the message,
an optional particle or separator, then the value. Longer labels are tried first so that
"대표자 이메일" is not read as "대표자" with the value "이메일 …".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ALIASES: dict[str, tuple[str, ...]] = {
    "reg_no": (
        "사업자등록번호",
        "사업자번호",
        "등록번호",
        "business number",
        "registration number",
        "business registration number",
        "reg no",
    ),
    "business_type": ("사업자구분", "사업자 유형", "business type", "type"),
    "trade_name": ("상호", "법인명", "회사명", "상호명", "trade name", "company name", "company"),
    "representative": (
        "대표자명",
        "대표자",
        "대표",
        "성명",
        "representative",
        "representatives",
        "ceo",
    ),
    "corp_reg_no": (
        "법인등록번호",
        "corporate number",
        "corporate registration number",
        "corp number",
    ),
    "open_date": ("개업연월일", "개업일자", "개업일", "opening date", "open date", "opened"),
    "address": (
        "사업장 소재지",
        "사업장소재지",
        "사업장 주소",
        "주소",
        "소재지",
        "address",
        "business address",
    ),
    "hq_address": (
        "본점 소재지",
        "본점소재지",
        "본점 주소",
        "본점",
        "head office",
        "head office address",
        "hq address",
        "hq",
    ),
    "biz_type": ("업태", "business category", "category"),
    "biz_item": ("종목", "business item", "item"),
    "birth_date": (
        "대표자 생년월일",
        "생년월일",
        "생일",
        "date of birth",
        "birth date",
        "birthday",
        "dob",
    ),
    "rep_phone": (
        "대표자 휴대폰번호",
        "대표자 휴대폰",
        "대표자 전화번호",
        "대표자 연락처",
        "대표 휴대폰",
        "휴대폰번호",
        "휴대폰",
        "핸드폰",
        "representative mobile",
        "representative phone",
        "mobile",
        "phone",
    ),
    "rep_email": (
        "대표자 이메일",
        "대표 이메일",
        "이메일",
        "representative e-mail",
        "representative email",
        "e-mail",
        "email",
    ),
    "contact_name": (
        "담당자 이름",
        "담당자명",
        "담당자",
        "contact name",
        "contact person",
        "contact",
    ),
    "contact_phone": (
        "담당자 휴대폰번호",
        "담당자 휴대폰",
        "담당자 전화번호",
        "담당자 연락처",
        "contact mobile",
        "contact phone",
    ),
    "contact_email": ("담당자 이메일", "contact e-mail", "contact email"),
    "service_name": ("서비스명", "서비스 이름", "서비스", "service name", "service"),
    "service_kind": ("서비스 형태", "서비스형태", "service form", "service kind", "web or app"),
    "service_url": (
        "서비스 url",
        "서비스 주소",
        "url",
        "웹사이트",
        "홈페이지",
        "website",
        "service url",
        "link",
    ),
    "goods": ("판매 품목", "판매품목", "상품", "품목", "what we sell", "goods", "products"),
    "volume": ("월 거래액", "월거래액", "거래액", "monthly volume", "volume"),
    "memo": ("요청 메모", "메모", "요청", "memo", "note", "request"),
}

# Particles and separators between a label and its value.
_JOIN = r"\s*(?:은|는|이|가|을|를|의)?\s*(?::|=|->|→|is|are|should be|to|을|를)?\s*"
# What Korean sentences put after the value: "…입니다", "…로 바꿔 주세요".
_TAIL = re.compile(
    r"\s*(?:(?:으로|로)?\s*(?:바꿔|고쳐|수정|변경)\S*(?:\s*주세요|\s*줘)?|입니다|이에요|예요|이요)"
    r"\s*[.!]?\s*$"
)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _alias_pattern(alias: str) -> str:
    # "사업장 소재지" also matches "사업장소재지" and "사 업 장 소 재 지".
    return r"\s*".join(re.escape(ch) for ch in alias.replace(" ", ""))


_PATTERNS: list[tuple[str, re.Pattern[str]]] = sorted(
    (
        (name, re.compile(rf"^{_alias_pattern(alias)}(?![A-Za-z]){_JOIN}(?P<value>.+)$", re.I))
        for name, aliases in _ALIASES.items()
        for alias in aliases
    ),
    key=lambda item: -len(item[1].pattern),
)


@dataclass(frozen=True)
class Correction:
    field: str
    value: str


# "대표자와 같아요", "대표자랑 똑같아요": the label with a particle that makes it part of a
# sentence about it, not a value given for it.
_NOT_A_VALUE = re.compile(
    r"^(와|과|랑|이랑|하고|도|에|에게|에서|로|으로|만|까지|처럼|보다|한테)(\s|$)"
)
# "the service name is …", "our address: …": a label said with an article.
_ARTICLE = re.compile(r"^(the|our|my)\s+", re.IGNORECASE)


def value_of(text: str) -> str:
    """A value said in a sentence: "하늘몰이에요" -> "하늘몰", quotes taken off."""
    return _TAIL.sub("", _norm(text)).strip(" \"'“”‘’")


def parse_correction(text: str, allowed: set[str] | None = None) -> Correction | None:
    """The field and new value a message asks for, or None when it names no field."""
    message = _ARTICLE.sub("", _norm(text))
    for name, pattern in _PATTERNS:
        if allowed is not None and name not in allowed:
            continue
        match = pattern.match(message)
        if match is None:
            continue
        value = _TAIL.sub("", match.group("value")).strip(" \"'“”‘’")
        if _NOT_A_VALUE.match(value):
            return None  # a sentence about the field (shorter labels would cut its name)
        if value:
            return Correction(name, value)
    return None


# A label followed by ":" starts a field in a message that fills several at once:
# "휴대폰: 010-1234-5678, 이메일: ceo@sky.co.kr, 서비스명: 하늘쇼핑".
_LABEL_STARTS = re.compile(
    r"(?:^|(?<=[\n,;])|(?<=\s))(?:"
    + "|".join(
        sorted(
            (_alias_pattern(alias) for aliases in _ALIASES.values() for alias in aliases),
            key=len,
            reverse=True,
        )
    )
    + r")\s*[:：=]",
    re.IGNORECASE,
)
# What a merchant leaves in a copied form line they do not fill.
_BLANK = {"", "-", "–", "—", "?"}


def parse_corrections(text: str, allowed: set[str] | None = None) -> list[Correction]:
    """Every "label: value" of a message that fills several fields at once (one per line,
    or separated by commas); empty when the message names fewer than two."""
    message = _norm(text)
    starts = [m.start() for m in _LABEL_STARTS.finditer(message)]
    if len(starts) < 2:
        return []
    found: list[Correction] = []
    for begin, end in zip(starts, [*starts[1:], len(message)], strict=True):
        piece = message[begin:end].strip().rstrip(",;").strip()
        _, _, value = piece.partition(":") if ":" in piece else piece.partition("=")
        if value.strip() in _BLANK:
            continue
        correction = parse_correction(piece, allowed)
        if correction is not None and correction.field not in {c.field for c in found}:
            found.append(correction)
    return found
