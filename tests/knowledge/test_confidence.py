"""The FAQ decision rule: domain, score, margin and coverage must all agree before answering."""

from __future__ import annotations

import pytest

from knowledge.confidence import DEFAULT_RULE, Decision, Signals, decide
from knowledge.understand import Kind, load_understanding


def _signals(**changes: object) -> Signals:
    base: dict[str, object] = {
        "top": 0.6,
        "runner_up": 0.3,
        "coverage": 0.8,
        "by_concept": True,
        "by_name": False,
        "out_of_scope": False,
    }
    base.update(changes)
    return Signals(**base)  # type: ignore[arg-type]


def test_a_clear_covered_on_topic_match_is_an_answer() -> None:
    assert decide(_signals()) is Decision.ANSWER


def test_a_question_mostly_outside_the_entry_is_not_answered() -> None:
    assert decide(_signals(coverage=DEFAULT_RULE.min_coverage - 0.01)) is Decision.NONE


def test_two_close_entries_ask_back() -> None:
    assert decide(_signals(top=0.4, runner_up=0.38)) is Decision.CLARIFY


def test_no_domain_signal_is_no_answer() -> None:
    assert decide(_signals(by_concept=False, top=0.6)) is Decision.NONE


def test_out_of_scope_wins_over_a_perfect_match() -> None:
    assert decide(_signals(top=0.95, out_of_scope=True)) is Decision.NONE


@pytest.mark.parametrize(
    "question",
    [
        "부가세 신고는 언제 해야 돼요?",
        "쿠팡 정산 주기는 어떻게 되나요",
        "PG 수수료 협상하는 방법 알려주세요",
        "결제 연동해줄 개발자 채용하고 싶어요",
        "how do I file my taxes for card sales",
        "what is amazon's settlement cycle",
        "can you help with marketing our shop",
    ],
)
def test_near_domain_questions_are_refused(question: str) -> None:
    understood = load_understanding().understand(question)
    assert understood.kind is Kind.NONE


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("수수료는 얼마예요?", "fees"),
        ("사업자등록증 없는데 신청 가능한가요", "no_certificate"),
        ("can a freelancer without a business apply", "no_certificate"),
    ],
)
def test_in_scope_neighbours_are_still_answered(question: str, entry: str) -> None:
    assert load_understanding().understand(question).entry_id == entry
