"""The fitted decision rule at its boundaries, and the fit that chooses it: leave one question set
out, fit on the others (bench/knowledge_cv.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.knowledge import Question
from bench.knowledge_cv import (
    Extra,
    Look,
    Near,
    Outcome,
    Trace,
    by_group,
    extended,
    fit,
    leave_one_set_out_grid,
    outcome,
    simulate,
)
from knowledge.confidence import DEFAULT_RULE, Decision, Rule, Signals, decide
from knowledge.understand import Kind

R = DEFAULT_RULE
EPS = 1e-6


def _signals(**changes: object) -> Signals:
    """A clear, covered, on-topic match, well inside every threshold of the default rule."""
    base: dict[str, object] = {
        "top": max(R.min_score, R.sure_score) + 0.05,
        "runner_up": 0.0,
        "coverage": 1.0,
        "by_concept": True,
        "by_name": False,
        "out_of_scope": False,
    }
    base.update(changes)
    return Signals(**base)  # type: ignore[arg-type]


def test_a_clear_match_is_answered() -> None:
    assert decide(_signals()) is Decision.ANSWER


def test_the_score_bar_is_inclusive() -> None:
    bar = R.min_score
    at = _signals(top=bar, runner_up=max(0.0, bar - R.min_margin - 0.1))
    assert decide(at) is Decision.ANSWER
    below = replace(at, top=bar - EPS, runner_up=max(0.0, bar - 0.2))
    assert decide(below) is not Decision.ANSWER


def test_the_margin_bar_below_the_sure_score() -> None:
    top = (max(R.min_score, R.clarify_score) + R.sure_score) / 2
    assert decide(_signals(top=top, runner_up=top - R.min_margin - EPS)) is Decision.ANSWER
    close = decide(_signals(top=top, runner_up=top - R.min_margin + 0.001))
    assert close is not Decision.ANSWER
    # Two entries this close and both plausible: ask "A or B?" rather than guess.
    assert close is Decision.CLARIFY


def test_coverage_bar() -> None:
    if R.min_coverage <= 0:
        pytest.skip("the fitted rule does not check coverage")
    assert decide(_signals(coverage=R.min_coverage)) is Decision.ANSWER
    assert decide(_signals(coverage=R.min_coverage - EPS)) is not Decision.ANSWER


def test_far_below_every_bar_is_no_answer() -> None:
    low = min(R.min_score, R.clarify_score) - 0.05
    assert decide(_signals(top=low, runner_up=low - 0.01)) is Decision.NONE


def test_out_of_scope_and_no_domain_are_never_answered() -> None:
    assert decide(_signals(top=0.99, out_of_scope=True)) is Decision.NONE
    assert decide(_signals(by_concept=False, top=R.verbatim_score - EPS)) is Decision.NONE


@pytest.mark.parametrize(
    ("field", "signal", "value"),
    [
        ("sure_margin", "runner_up", None),
        ("margin_ratio", "runner_up", None),
        ("min_topic_margin", "topic_runner_up", None),
        ("min_distinct", "distinct", 0.0),
        ("min_family_lead", "family_lead", -0.5),
        ("english_score", "english", True),
    ],
)
def test_each_check_tried_can_refuse(field: str, signal: str, value: object) -> None:
    """The checks --forms measured on top of the rule (bench/knowledge_cv.py's Extra)."""
    extra = replace(Extra(), **{field: 0.95 if field == "english_score" else 0.1})
    check = extended(R, extra)
    s, n = _signals(top=0.9), Near()
    assert check(s, n) is Decision.ANSWER
    weak = 0.85 if value is None else value
    if signal == "runner_up":
        s = replace(s, runner_up=weak)
    else:
        n = replace(n, **{signal: weak})
    assert decide(s) is Decision.ANSWER  # the rule in the code alone still answers
    assert check(s, n) is not Decision.ANSWER


# --- the fit ---------------------------------------------------------------------------------


def _rule(s: Signals, n: Near) -> Decision:
    return decide(s)


def _trace(group: str, top: float, right: bool, text: str) -> Trace:
    q = Question(text, "entry_a", {})
    s = _signals(top=top, runner_up=0.0)
    return Trace(group, q, "faq", False, Look(s, "entry_a" if right else "entry_b", top), ())


def test_the_replay_answers_clarifies_and_reads_clauses() -> None:
    answer = _trace("x", 0.9, True, "q1")
    assert simulate(answer, _rule) == (Kind.FAQ, "entry_a")
    nothing = Trace("x", answer.question, "faq", False, None, (answer.main,))
    assert simulate(nothing, _rule) == (Kind.FAQ, "entry_a")  # the last clause
    assert simulate(answer, lambda s, n: Decision.CLARIFY) == (Kind.CLARIFY, None)
    assert outcome(answer, lambda s, n: Decision.NONE) == Outcome(on_topic=1)


def test_leave_one_set_out_fits_without_the_held_out_set() -> None:
    """Set "a": score 0.5 is right; set "b": score 0.5 is wrong. Fitted on everything, one rule
    wins; held out, each set gets the rule its opposite prefers, which only a fit that never
    saw it would choose."""
    a = [_trace("a", 0.5, True, f"a{i}") for i in range(10)]
    b = [_trace("b", 0.5, False, f"b{i}") for i in range(3)]
    grid: dict[str, tuple[float, ...]] = {"min_score": (0.4, 0.6)}
    base = replace(Rule(), sure_score=0.45, clarify_score=1.0)
    in_sample = fit(a + b, base, grid, cost=1.0)
    assert in_sample.min_score == 0.4  # 10 right - 3 wrong beats nothing
    folds = {f.held_out: f.result for f in leave_one_set_out_grid(a + b, base, grid, cost=1.0)}
    assert folds["a"] == Outcome(on_topic=10)  # fitted on b alone: refuse at 0.5
    assert folds["b"] == Outcome(wrong=3, on_topic=3)  # fitted on a alone: answer at 0.5
    per_set = by_group(a + b, lambda s, n: decide(s, in_sample))
    assert per_set["a"].right == 10 and per_set["b"].wrong == 3
