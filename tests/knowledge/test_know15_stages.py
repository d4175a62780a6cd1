"""know15: a question naming one status by its name is answered by that status's entry, not
by a neighbouring stage's entry that mentions it. Sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.understand import Kind, load_understanding, named_stage

NAMED = [
    ("계약진행 다음은 뭐가 있어요", "status_contract_progress"),
    ("지금 계약 진행 단계인데 다음 단계가 뭔가요", "status_contract_progress"),
    ("계약안내 받고 나서 다음 단계는요", "status_contract_guidance"),
]


@pytest.mark.parametrize(("text", "entry"), NAMED)
def test_the_named_stage_answers(text: str, entry: str) -> None:
    assert named_stage(text) == entry
    got = load_understanding().understand(text)
    assert got.kind is not Kind.FAQ or got.entry_id == entry


def test_two_stages_named_is_no_stage() -> None:
    assert named_stage("계약안내랑 계약진행은 뭐가 달라요") is None
