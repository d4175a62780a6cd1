"""One recogniser of misspelt PG names, with how much it forgives as a parameter: picking a PG
(dialogs/selection/typos.py) and reading a support question (knowledge/catalog_query.py)."""

from __future__ import annotations

import pytest

from dialogs.selection.typos import PICKING_TYPOS
from knowledge.catalog_query import QUESTION_TYPOS
from knowledge.typos import Tolerance, misspelt_pgs


def _codes(text: str, tolerance: Tolerance, codes: set[str] | None = None) -> list[str]:
    return [m.value for m in misspelt_pgs(text, tolerance, codes=codes)]


@pytest.mark.parametrize(
    ("text", "picking", "question"),
    [
        # a swap of neighbours is one edit, in either unit
        ("inisis 정기결제", ["inicis"], ["inicis"]),
        ("inicsi", ["inicis"], ["inicis"]),
        # a whole syllable is one letter when picking, three jamo in a question
        ("스마트러로 해 주세요", ["smartro"], []),
        # one jamo off is one edit either way (long enough for a question)
        ("토스페이멘츠 가상계좌", ["tosspayments"], ["tosspayments"]),
        # two words typed apart: picking reads them together, a question does not
        ("toss paymnets", ["tosspayments"], []),
        ("nice paymets", ["nice"], []),
        # two edits on a long name: only when picking
        ("tosspaymnts", ["tosspayments"], ["tosspayments"]),
        ("tospaymnts", ["tosspayments"], []),
    ],
)
def test_the_tolerance_decides(text: str, picking: list[str], question: list[str]) -> None:
    assert _codes(text, PICKING_TYPOS) == picking
    assert _codes(text, QUESTION_TYPOS) == question


@pytest.mark.parametrize("tolerance", [PICKING_TYPOS, QUESTION_TYPOS])
@pytest.mark.parametrize(
    "text",
    [
        "이니시스",  # a name itself is the alias index's, not a typo
        "welcomed",  # an English ending on a name that is a word
        "time payments",  # each word must be close to its own part of the name
        "KSN",  # too short to tell from another name
        "정기결제 되나요",
    ],
)
def test_what_is_no_typo(text: str, tolerance: Tolerance) -> None:
    assert _codes(text, tolerance) == []


def test_a_word_near_two_pgs_names_neither() -> None:
    # "토스페이먼" is one syllable from Toss Payments' "토스페이먼츠" and from Toss Pay's
    # "토스페이": it is one of them only when the other is left out.
    assert _codes("토스페이먼", PICKING_TYPOS) == []
    assert _codes("토스페이먼", PICKING_TYPOS, codes={"tosspayments"}) == ["tosspayments"]


def test_a_question_reads_words_one_by_one() -> None:
    # Picking reads "welcomed by" as "welcome pay" two edits off (it runs only on messages of
    # one or two words); a question never joins words.
    assert _codes("is it welcomed by customers", QUESTION_TYPOS) == []


def test_codes_limit_the_candidates() -> None:
    assert _codes("inisis", PICKING_TYPOS, codes={"kcp"}) == []


def test_the_match_says_what_was_typed_and_which_name() -> None:
    (match,) = misspelt_pgs("니이시스로 할게요", PICKING_TYPOS)
    assert (match.value, match.term, match.alias) == ("inicis", "니이시스", "이니시스")
    assert 0 < match.score < 100
