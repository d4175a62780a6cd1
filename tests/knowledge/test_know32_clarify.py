"""know32: what a clarifying question offers (a third entry when it is as close as the second)
and when two subjects in a close race are asked back rather than answered
(knowledge/faq.py, knowledge/confidence.py, knowledge/close_pairs.py). Sentences written for
this test, none from a development set or a held-out file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge.close_pairs import decide as decide_pair
from knowledge.confidence import DEFAULT_RULE, Decision, Rule, Signals, decide
from knowledge.faq import load_faq
from knowledge.understand import Kind, load_understanding

# Vague complaints that tie three entries: a third button is worth its place.
VAGUE = ["심사가 너무 오래 걸려요", "상태가 이상해요"]


@pytest.mark.parametrize("text", VAGUE)
def test_a_third_entry_close_to_the_second_is_offered(text: str) -> None:
    faq = load_faq()
    result = faq.lookup(text)
    assert result.best is None
    assert len(result.close) == 3
    found = faq.rank(text)
    assert found is not None
    ranked = found[0]
    second, third = ranked[1][0], ranked[2][0]
    assert third >= second - DEFAULT_RULE.third_option_gap
    assert [h.entry_id for h in result.close] == [faq.entries[i].id for _, i in ranked[:3]]


@pytest.mark.parametrize("text", VAGUE)
def test_without_the_gap_only_two_are_offered(text: str) -> None:
    result = load_faq().lookup(text, rule=replace(DEFAULT_RULE, third_option_gap=-1.0))
    assert len(result.close) == 2


def test_a_third_entry_far_behind_is_not_offered() -> None:
    faq = load_faq()
    text = "대표자 신분증 사본은 누구 걸로 내요"
    result = faq.lookup(text)
    assert result.best is None
    found = faq.rank(text)
    assert found is not None
    ranked = found[0]
    assert ranked[2][0] < ranked[1][0] - DEFAULT_RULE.third_option_gap
    assert len(result.close) == 2


def test_the_merchant_gets_the_three_options() -> None:
    understood = load_understanding().understand("심사가 너무 오래 걸려요")
    assert understood.kind is Kind.CLARIFY
    assert "timeline" in [h.entry_id for h in understood.clarify]
    assert len(understood.clarify) == 3


def test_the_pair_cues_read_the_two_best_of_three() -> None:
    text = "기존에 쓰던 상점아이디 그대로 연결돼요?"
    pair = ["mid_reuse", "existing_contract"]
    assert decide_pair(text, pair) == "mid_reuse"
    assert decide_pair(text, [*pair, "what_is_mid"]) == "mid_reuse"
    assert decide_pair(text, [pair[0]]) is None


def _race(same_topic: bool, margin: float = 0.05, coverage: float = 0.35) -> Signals:
    return Signals(
        top=0.55,  # sure enough that no margin is needed (Rule.sure_score)
        runner_up=0.55 - margin,
        coverage=coverage,
        by_concept=True,
        by_name=False,
        out_of_scope=False,
        own_top=0.3,
        own_runner_up=0.1,
        same_topic=same_topic,
    )


def test_two_subjects_in_a_close_race_are_asked_back_when_the_rule_is_on() -> None:
    on = Rule(topic_split_margin=0.10, topic_split_coverage=0.45)
    assert decide(_race(same_topic=False), on) is Decision.CLARIFY
    # one subject's neighbours, a clear margin or a well-covered question: answered
    assert decide(_race(same_topic=True), on) is Decision.ANSWER
    assert decide(_race(same_topic=False, margin=0.12), on) is Decision.ANSWER
    assert decide(_race(same_topic=False, coverage=0.6), on) is Decision.ANSWER


def test_the_two_subjects_rule_ships_off() -> None:
    assert decide(_race(same_topic=False), DEFAULT_RULE) is Decision.ANSWER


def test_the_signals_say_whether_the_two_best_share_a_topic() -> None:
    faq = load_faq()
    for text in ["서류 뭐 내요", "how long does the review take"]:
        found = faq.rank(text)
        assert found is not None
        ranked, signals = found
        one, two = faq.entries[ranked[0][1]], faq.entries[ranked[1][1]]
        assert signals.same_topic is (one.topic == two.topic)
