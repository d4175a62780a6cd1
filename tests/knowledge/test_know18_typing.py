"""know18: a lone jamo typed between two syllables is a keyboard slip (knowledge/normalize.py).
Sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.close_pairs import decide
from knowledge.normalize import normalize


@pytest.mark.parametrize(
    ("slip", "meant"),
    [("서류ㄹ를 어디로 보내요", "서류를 어디로 보내요"), ("계약ㅇ이 안 돼요", "계약이 안 돼요")],
)
def test_a_lone_jamo_between_syllables_is_dropped(slip: str, meant: str) -> None:
    assert normalize(slip) == normalize(meant)


def _jamo(text: str) -> int:
    # NFKC turns the compatibility jamo typed into conjoining ones; count either form
    return sum("\u1100" <= c <= "\u11ff" or "\u3131" <= c <= "\u3163" for c in text)


@pytest.mark.parametrize("text", ["빨리 좀 ㅠㅠ", "ㅋㅋ 감사합니다", "신청ㄱ", "ㅎㅎ네"])
def test_runs_and_edges_are_kept(text: str) -> None:
    assert _jamo(normalize(text)) == _jamo(text)


def test_applying_without_a_word_of_cancelling_is_the_application() -> None:
    assert decide("신청하는 버튼이 어디 있어요", ["cancel_application", "how_to_apply"]) == (
        "how_to_apply"
    )
    assert decide("신청 취소 버튼이 어디 있어요", ["cancel_application", "how_to_apply"]) is None
