"""Spoken and chat spellings folded to standard ones before matching (knowledge/morph.py)."""

from __future__ import annotations

import pytest

from knowledge.faq import load_faq
from knowledge.morph import fold_spoken


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("수정 어케해요", "수정 어떻게해요"),
        ("신청 되나여?", "신청 되나요?"),
        ("이거 되나용", "이거 되나요"),
        ("취소 해여", "취소 해요"),
        ("첨부터 다시 해야돼요?", "처음부터 다시 해야돼요?"),
        ("쫌 알려주세요", "좀 알려주세요"),
        ("정산 몇일 걸려요", "정산 며칠 걸려요"),
    ],
)
def test_chat_spellings_are_folded(typed: str, standard: str) -> None:
    assert fold_spoken(typed) == standard


@pytest.mark.parametrize(
    "word",
    ["첨부", "첨부파일", "여부", "여권", "사용인감", "용도", "이용"],
)
def test_words_that_only_look_like_chat_are_kept(word: str) -> None:
    assert fold_spoken(word) == word


def test_submitting_is_a_topic_of_this_desk() -> None:
    """A question about what happens after submitting names no payment word; it is still a
    question for this desk, not small talk."""
    ranked = load_faq().rank("제출했는데 연락이 하나도 없어요")
    assert ranked is not None
    assert ranked[1].by_concept
