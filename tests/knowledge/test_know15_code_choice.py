"""know15: a choice between two codes of one PG or one method asks which code to write; the
catalog (does the PG do the method?) does not answer it. Sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.understand import Kind, code_choice, load_understanding

CHOICES = [
    "tosspay or tosspay_v2 for a new integration?",
    "inicis 랑 html5_inicis 중에 뭐 써야돼요",
    "danal or danal_tpay, which code for card payments?",
    "kakaopay vs kakaopay_v2, which one for a new store?",
]

NOT_CHOICES = [
    "KCP 가상계좌 되나요?",
    "Does Danal support phone billing or only cards?",
    "tosspayments 정기결제 되나요",
    "old NICE module only (nice, not nice_v2): is bank transfer there?",
]


@pytest.mark.parametrize("text", CHOICES)
def test_two_codes_of_one_thing_are_a_code_question(text: str) -> None:
    assert code_choice(text)
    assert load_understanding().understand(text).kind is not Kind.CATALOG


@pytest.mark.parametrize("text", NOT_CHOICES)
def test_capability_questions_stay_with_the_catalog(text: str) -> None:
    assert not code_choice(text)
