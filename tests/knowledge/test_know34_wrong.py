"""know34: an answer whose best entry never names a specific concept the message names, while
the second or third entry does, is asked back below a margin (``Rule.missing_concept_reach``,
shipped off: docs/decisions.md, know34)."""

from __future__ import annotations

import pytest

from bench.knowledge_history import Record, missing_tally
from knowledge.confidence import DEFAULT_RULE, Decision, Rule, Signals, decide, missing
from knowledge.faq import Faq, load_faq

ON = Rule(missing_concept_reach=10, missing_concept_margin=0.10)


@pytest.fixture(scope="module")
def faq() -> Faq:
    return load_faq()


def _signals(*, margin: float, rival: int, reach: int) -> Signals:
    return Signals(
        top=0.45,
        runner_up=0.45 - margin,
        coverage=0.7,
        by_concept=True,
        by_name=False,
        out_of_scope=False,
        missing_rival=rival,
        missing_reach=reach,
    )


def test_a_specific_missing_concept_in_a_close_race_is_asked_back() -> None:
    close = _signals(margin=0.08, rival=1, reach=4)
    assert decide(close, DEFAULT_RULE) is Decision.ANSWER  # shipped off
    assert missing(close, ON)
    assert decide(close, ON) is Decision.CLARIFY


@pytest.mark.parametrize(
    ("margin", "rival", "reach"),
    [
        (0.12, 1, 4),  # a clear margin: answered
        (0.08, 1, 40),  # a concept many entries name is no evidence of what is asked
        (0.08, 0, 0),  # the best entry names every concept the message does
    ],
)
def test_otherwise_the_answer_stands(margin: float, rival: int, reach: int) -> None:
    assert decide(_signals(margin=margin, rival=rival, reach=reach), ON) is Decision.ANSWER


def test_the_faq_finds_the_neighbour_that_names_the_missing_concept(faq: Faq) -> None:
    # identity verification is what is asked; the package entry wins on "추천 패키지". (The
    # KCP form of this line stopped being an example when know33 gave identity_verification a
    # question for its NHN KCP fact: that entry now wins it outright.)
    text = "다날 본인인증도 신청해야 되나요? 카드는 추천 패키지로 할게요"
    found = faq.rank(text)
    assert found is not None
    ranked, signals = found
    assert signals.missing_rival > 0 and 0 < signals.missing_reach <= 10
    rival = faq.entries[ranked[signals.missing_rival][1]].id
    off, on = faq.lookup(text), faq.lookup(text, rule=ON)
    assert off.best is not None and off.best.entry_id == faq.entries[ranked[0][1]].id
    assert on.best is None
    assert rival in {hit.entry_id for hit in on.close}


@pytest.mark.parametrize(
    "text",
    [
        "KCP 퀵페이가 뭐예요?",  # every concept is the answer's own
        "which endpoint do I call for a one-time key-in charge in v1?",  # a clear margin
    ],
)
def test_a_sure_answer_is_kept_with_the_rule_on(faq: Faq, text: str) -> None:
    off, on = faq.lookup(text), faq.lookup(text, rule=ON)
    assert off.best is not None and on.best is not None
    assert on.best.entry_id == off.best.entry_id


def test_the_history_replay_turns_only_flagged_answers_into_questions() -> None:
    flagged = Record("b", ("c",), "faq", "a", False, e1="a", e2="b", e3="c", top=0.5, margin=0.05)
    kept = Record("a", (), "faq", "a", True, e1="a", e2="b", e3="c", top=0.5, margin=0.05)
    places = {id(flagged): (1, 3), id(kept): (0, 0)}
    off = missing_tally([flagged, kept], 0, 1.01, places)
    on = missing_tally([flagged, kept], 10, 0.10, places)
    assert (off.right, off.wrong, off.clarified) == (1, 1, 0)
    assert (on.right, on.wrong, on.clarified, on.new_with_right) == (1, 0, 1, 1)
    wide = missing_tally([flagged, kept], 10, 0.04, places)
    assert wide.wrong == 1
