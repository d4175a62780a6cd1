"""docs/faq-coverage.md against the FAQ: every entry the coverage table names exists, every row
says where its fact is, and the facts the know10 sweep added are in their entries' answers in
both languages (domain-facts.md §1-§6)."""

import re
from pathlib import Path

import pytest

from bench.knowledge import MERGED_ENTRIES
from knowledge.faq import load_faq
from knowledge.language import Lang

FAQ = load_faq()
IDS = {entry.id for entry in FAQ.entries}
DOC = Path(__file__).resolve().parents[2] / "docs" / "faq-coverage.md"
# snake_case words in a "where" cell are entry ids; a few plain words are ids too
_SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_NOT_IDS = {"pay_method", "pg_provider", "customer_uid", "imp_uid"}


def _rows() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 2 or set(cells[1]) <= {"-"}:
            continue
        if cells == ["fact", "where"]:
            continue
        rows.append((cells[0], cells[1]))
    return rows


def test_the_table_has_a_row_per_fact() -> None:
    assert len(_rows()) >= 100


@pytest.mark.parametrize(("fact", "where"), _rows(), ids=lambda v: str(len(v)))
def test_each_row_names_an_existing_entry_or_says_why_not(fact: str, where: str) -> None:
    where = re.sub(r"catalog \([^)]*\)", "catalog", where)  # a PG code in a catalog note
    named = {w for w in _SNAKE.findall(where) if w not in _NOT_IDS}
    plain = {w for w in re.findall(r"\b[a-z_]+\b", where) if w in IDS}
    unknown = {w for w in named if w not in IDS and w not in MERGED_ENTRIES}
    assert not unknown, f"{fact}: no such entries {unknown}"
    assert named | plain or "catalog" in where or "not merchant-facing" in where, fact


def test_merged_entries_point_at_entries_that_exist() -> None:
    for old, new in MERGED_ENTRIES.items():
        assert old not in IDS
        assert new in IDS


# The facts this sweep added, as words each answer must carry in each language.
ADDED = {
    "invalid_business_number": (["1, 3, 7, 1, 3, 7, 1, 3, 5", "124-81-00998", "122"],
                                ["1, 3, 7, 1, 3, 7, 1, 3, 5", "124-81-00998", "122"]),
    "invalid_corporate_number": (["1, 2, 1, 2", "110111-0062432", "28"],
                                 ["1 and 2", "110111-0062432", "28"]),
    "business_number_format": (["80", "다단계판매원", "89", "종교단체"],
                               ["80", "multi-level", "89", "religious"]),
    "certificate_fields": (["사업자 단위 과세", "전자세금계산서"],
                           ["business-unit taxation", "tax invoices"]),
    "pg_names": (["Kiwoom Pay", "KG Mobilians", "포트원 문서에 영문명이 없어"],
                 ["Kiwoom Pay", "common usage", "Korean only"]),
    "docs_corporate": (["메일로 보내", "추가 요청"], ["e-mails its exact list", "ask for more"]),
    "status_submitted": (["추가 접수"], ["extra details by"]),
    "progress_per_pg": (["신청이 완료되었습니다", "[연동 바로가기]"],
                        ["신청이 완료되었습니다", "[연동"]),
    "pay_method_codes": (["point(베네피아", "NHN KCP 결제창"],
                         ["point (Benepia", "NHN KCP's window"]),
    # know12: what to have ready before applying (domain-facts §3a)
    "how_to_apply": (["사업자등록증 파일", "생년월일", "담당자 정보", "월 거래액"],
                     ["Have ready", "date of birth", "contact person", "monthly volume"]),
}  # fmt: skip


@pytest.mark.parametrize("entry_id", sorted(ADDED))
def test_added_facts_are_in_both_languages(entry_id: str) -> None:
    answer = FAQ.entry(entry_id).answer
    ko_words, en_words = ADDED[entry_id]
    for lang, words in ((Lang.KO, ko_words), (Lang.EN, en_words)):
        text = " ".join(answer.get(lang).split())
        missing = [w for w in words if w not in text]
        assert not missing, f"{entry_id} ({lang.value}) lacks {missing}"


def test_check_digit_examples_in_the_answers_hold() -> None:
    """The worked examples the validity answers quote satisfy the rules they state."""

    def business(number: str) -> tuple[int, bool]:
        d = [int(c) for c in number if c.isdigit()]
        s = sum(x * w for x, w in zip(d[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5], strict=True))
        s += d[8] * 5 // 10
        return s, (10 - s % 10) % 10 == d[9]

    def corporate(number: str) -> tuple[int, bool]:
        d = [int(c) for c in number if c.isdigit()]
        s = sum(x * (1 if i % 2 == 0 else 2) for i, x in enumerate(d[:12]))
        return s, (10 - s % 10) % 10 == d[12]

    assert business("124-81-00998") == (122, True)
    assert corporate("110111-0062432") == (28, True)
    assert business("123-45-67890")[1] is False


# One fact, one entry: these facts are stated by their owner and by no other entry.
ONE_PLACE = [
    ("90~99는 개인 면세사업자", "business_number_format"),
    ("inicis.com/check_card", "card_review_lookup"),
    ("1, 3, 7, 1, 3, 7, 1, 3, 5", "invalid_business_number"),
    ("이니시스 가맹점 관리자", "add_methods_later"),
    ("할부", "inicis_instant_open"),
]


@pytest.mark.parametrize(("words", "owner"), ONE_PLACE)
def test_a_fact_once(words: str, owner: str) -> None:
    holders = [e.id for e in FAQ.entries if words in " ".join(e.answer.ko.split())]
    assert holders == [owner]


def test_canonical_questions_ask_the_same_thing() -> None:
    entry = FAQ.entry("certificate_fields")
    assert "업태" in entry.question(Lang.KO)
    assert "업태" in entry.question(Lang.EN)
