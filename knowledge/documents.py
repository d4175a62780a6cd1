"""The documents a PG contract asks of a merchant: the common set by business type (개인 /
법인), one contract per PG, and extras some industries need (docs/domain.md, "Documents a
contract needs").

Each PG mails its own exact list and its review may ask for more, so this is what to have
ready, not a promise that nothing else is asked. Pure data and functions: the documents
journey shows it, and a reminder can reuse ``checklist``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from knowledge.fields import BusinessType
from knowledge.language import Lang

# Sources, by key (each document names one).
SOURCES: dict[str, str] = {
    "help-documents": (
        "PortOne help center, procedure/pg-application/content54.md "
        "(계약서 및 구비서류 작성; copied in portone-io/mcp-server assets/docs/help)"
    ),
    "payapp": "https://payappcafe.com/pgContProce (a third-party list that agrees on the core)",
}


@dataclass(frozen=True)
class Bilingual:
    ko: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang is Lang.KO else self.en


class Industry(StrEnum):
    LIQUOR = "liquor"
    DONATION = "donation"
    MOBILE_GIFT_CARDS = "mobile_gift_cards"
    SPORTS_FACILITY = "sports_facility"
    RENTAL = "rental"


@dataclass(frozen=True)
class Document:
    """One document to prepare. ``holder``: in whose name it must be; ``original``: the
    original paper, not a copy; ``issued_within_days``: how recent the issue date must be;
    ``only_if``: when it is needed at all (None: always)."""

    id: str
    name: Bilingual
    copies: int = 1
    original: bool = False
    holder: Bilingual | None = None
    issued_within_days: int | None = None
    note: Bilingual | None = None
    only_if: Bilingual | None = None
    # The PGs this document is for, one each (the contract); empty: once for all PGs.
    pgs: tuple[str, ...] = ()
    source: str = "help-documents"


_REPRESENTATIVE = Bilingual("대표자 명의", "in the representative's name")
_CORPORATION = Bilingual("법인 명의", "in the corporation's name")
_THREE_MONTHS = 90

_CONTRACT = Document(
    "contract",
    Bilingual("PG사 계약서", "The PG's contract"),
    copies=2,
    note=Bilingual("PG사가 보내 드려요", "the PG sends it to you"),
)
_CERTIFICATE = Document(
    "business_certificate",
    Bilingual("사업자등록증 사본", "Copy of the business registration certificate"),
)
_ID_CARD = Document(
    "id_card",
    Bilingual("대표자 신분증 사본", "Copy of the representative's ID"),
    note=Bilingual(
        "외국인은 외국인등록증, 없으면 여권",
        "foreigners: residence card, or a passport without one",
    ),
)
_SURETY = Document(
    "surety_insurance",
    Bilingual("보증보험증권", "Surety insurance policy"),
    only_if=Bilingual("PG사 심사에서 요청할 때", "if the PG's review asks for it"),
)

# The common set per business type, in the order a merchant gathers them.
_COMMON: dict[BusinessType, tuple[Document, ...]] = {
    BusinessType.INDIVIDUAL: (
        _CONTRACT,
        _CERTIFICATE,
        Document(
            "bankbook",
            Bilingual("정산 통장 사본", "Copy of the settlement bankbook"),
            holder=_REPRESENTATIVE,
        ),
        _ID_CARD,
        Document(
            "seal_certificate",
            Bilingual("대표자 인감증명서", "The representative's seal certificate (인감증명서)"),
            original=True,
            holder=_REPRESENTATIVE,
            issued_within_days=_THREE_MONTHS,
            note=Bilingual(
                "주민등록번호 뒤 7자리는 가려 주세요",
                "mask the last 7 digits of the resident registration number",
            ),
        ),
        Document(
            "beneficial_owner",
            Bilingual(
                "고객거래확인서 (실제 소유자 확인)",
                "Customer due-diligence form (beneficial owner)",
            ),
        ),
        _SURETY,
    ),
    BusinessType.CORPORATE: (
        _CONTRACT,
        _CERTIFICATE,
        Document(
            "bankbook",
            Bilingual("정산 통장 사본", "Copy of the settlement bankbook"),
            holder=_CORPORATION,
        ),
        _ID_CARD,
        Document(
            "seal_certificate",
            Bilingual("법인인감증명서", "The corporate seal certificate (법인인감증명서)"),
            original=True,
            issued_within_days=_THREE_MONTHS,
            note=Bilingual(
                "공동대표라면 대표자 모두의 것",
                "with co-representatives, one for each",
            ),
        ),
        Document(
            "corporate_registry",
            Bilingual(
                "법인등기부등본", "Certified copy of the corporate register (법인등기부등본)"
            ),
            original=True,
            issued_within_days=_THREE_MONTHS,
        ),
        Document(
            "beneficial_owner",
            Bilingual("실제 소유자 확인 서류", "Beneficial-owner documents"),
            note=Bilingual(
                "주주명부, 정관 등 — 비영리법인은 정관과 설립허가서",
                "shareholder register, articles, … — non-profits: articles and founding permit",
            ),
        ),
        _SURETY,
        Document(
            "seal_usage",
            Bilingual("사용인감계", "Seal-usage declaration (사용인감계)"),
            only_if=Bilingual(
                "등록된 법인인감 대신 사용인감을 쓸 때",
                "if you sign with a seal other than the registered one",
            ),
        ),
    ),
}

# What some industries add, and the words that name each industry in a message or in the
# certificate's 종목 (matched after folding case and width, spaces removed).
_INDUSTRY: dict[Industry, tuple[Bilingual, tuple[str, ...], tuple[Document, ...]]] = {
    Industry.LIQUOR: (
        Bilingual("주류 판매", "Selling liquor"),
        # Not "술" alone: it is in 기술 (technology).
        ("주류", "와인", "맥주", "전통주", "소주", "양주", "liquor", "alcohol", "wine", "beer"),
        (
            Document(
                "liquor_licence",
                Bilingual(
                    "주류 판매 면허 또는 통신판매 신고증",
                    "Liquor licence or mail-order registration",
                ),
            ),
        ),
    ),
    Industry.DONATION: (
        Bilingual("기부금 모금", "Collecting donations"),
        ("기부", "후원", "donation", "charity"),
        (
            Document(
                "donation_body",
                Bilingual("지정기부금단체 증빙", "Proof of designation as a donation body"),
            ),
        ),
    ),
    Industry.MOBILE_GIFT_CARDS: (
        Bilingual("모바일상품권 판매", "Selling mobile gift cards"),
        ("상품권", "기프티콘", "giftcard", "giftcertificate", "voucher"),
        (
            Document(
                "stamp_duty",
                Bilingual("인지세 납부 증빙", "Proof of stamp-duty payment"),
            ),
            Document(
                "consignment_contract",
                Bilingual("위탁판매계약서", "Consignment sales contract"),
            ),
        ),
    ),
    Industry.SPORTS_FACILITY: (
        Bilingual("체육시설 운영", "Running a sports facility"),
        ("체육시설", "헬스장", "피트니스", "골프장", "수영장", "gym", "fitness", "sportsfacility"),
        (
            Document(
                "facility_permit",
                Bilingual("체육시설업 영업필증", "Sports-facility business permit"),
            ),
        ),
    ),
    Industry.RENTAL: (
        Bilingual("공유오피스·임대", "Shared offices or rentals"),
        ("공유오피스", "임대", "렌탈", "sharedoffice", "coworking", "rental", "lease"),
        (
            Document(
                "rental_registration",
                Bilingual("임대사업자 등록증", "Rental business registration"),
            ),
            Document("lease", Bilingual("임대차계약서", "Lease contract")),
            Document(
                "building_register", Bilingual("건축물대장", "Building register (건축물대장)")
            ),
        ),
    ),
}


def industry_label(industry: Industry) -> Bilingual:
    return _INDUSTRY[industry][0]


def industries_in(text: str) -> list[Industry]:
    """Industries a message or a 종목 names ("와인 파는데요", "전자상거래 / 주류 소매")."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    folded = "".join(normal.split())
    latin = re.findall(r"[a-z]+", normal)
    return [
        industry
        for industry, (_, words, _) in _INDUSTRY.items()
        if any(_latin_word_in(latin, w) if w.isascii() else w in folded for w in words)
    ]


def _latin_word_in(words: list[str], keyword: str) -> bool:
    """Whether an English keyword starts a word of the message ("leases", "shared office" for
    "sharedoffice"), so that "please" is not read as "lease"; Korean words are matched inside
    the spaceless text instead, since particles attach to them."""
    for start in range(len(words)):
        joined = ""
        for word in words[start : start + 3]:
            joined += word
            if joined.startswith(keyword):
                return True
            if not keyword.startswith(joined):
                break
    return False


def checklist(
    business_type: BusinessType,
    pgs: Sequence[str] = (),
    industries: Collection[Industry] = (),
) -> list[Document]:
    """What to prepare for contracts with ``pgs`` (catalog codes, in order; the contract is
    one per PG) as a business of ``business_type`` in ``industries``."""
    items: list[Document] = []
    for document in _COMMON[business_type]:
        per_pg = document.id == _CONTRACT.id and bool(pgs)
        items.append(replace(document, pgs=tuple(dict.fromkeys(pgs))) if per_pg else document)
    for industry in Industry:
        if industry in industries:
            items.extend(_INDUSTRY[industry][2])
    return items
