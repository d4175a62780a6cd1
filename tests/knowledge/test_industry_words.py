"""English industry words are whole words of the message: "please" is not a lease."""

from __future__ import annotations

import pytest

from knowledge.documents import Industry, industries_in


@pytest.mark.parametrize(
    "text", ["please", "yes please", "음 please 잠깐만요", "pleased to meet you"]
)
def test_a_word_that_only_contains_an_industry_word_names_no_industry(text: str) -> None:
    assert industries_in(text) == []


@pytest.mark.parametrize(
    "text", ["we do leases", "shared office space", "coworking", "렌탈업이에요", "임대 please"]
)
def test_industry_words_are_found_as_words_or_inside_korean(text: str) -> None:
    assert industries_in(text) == [Industry.RENTAL]
