"""When is the FAQ's best entry an answer? A decision over a few signals, not one score.

A retrieval score alone is not calibrated: on questions the FAQ was not written from, a wrong
entry sits above any threshold often enough to make one answer in eight confidently wrong. So
an answer needs every one of:

- a domain signal: a payment-domain concept (not only a generic word like "when" or "change"),
  or a PG, a method or "결제" with a higher score; and no out-of-scope topic (tax, other
  marketplaces, marketing, hiring: see ``out_of_scope`` in faq.yaml);
- an absolute score, and a margin over the runner-up (or a score so high no margin is needed);
- coverage: most of the question's weight must be words the chosen entry knows. A question
  about VAT filing shares "신고"/"언제" with an entry but most of its weight is words no entry
  has, and that is the signature of a question the FAQ does not answer.

The thresholds are chosen by cross-validation (``bench/knowledge.py --cv``): calibrated on one
half of the labelled questions, measured on the other, so the figures reported are for
questions the rule was not fitted on. Not sure means clarify or offer a person: a confidently
wrong answer about documents or cancellation costs a merchant far more than one more click.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Signals:
    """What the FAQ lookup saw: the two best scores (0-1) and the evidence for the domain."""

    top: float
    runner_up: float
    coverage: float  # share of the question's weight on features of the best entry (0-1)
    by_concept: bool  # a payment-domain concept is named
    by_name: bool  # only a PG, a method or a payment word is named
    out_of_scope: bool  # a near-domain topic the FAQ does not cover (tax, other platforms…)
    # The best entry against its neighbours (faq.Faq._neighbour_signals). The rule does not
    # read them: checks on them were measured and did no better held out (see the docstring);
    # bench/knowledge_cv.py --forms measures them again after a matcher change.
    topic_runner_up: float = 0.0  # the best score of an entry of another topic
    distinct: float = 1.0  # question weight the best entry knows and the runner-up does not
    family_lead: float = 1.0  # min over concepts / words of (best - runner-up) dot product
    english: bool = False  # no Hangul in the question

    @property
    def margin(self) -> float:
        return self.top - self.runner_up


@dataclass(frozen=True, slots=True)
class Rule:
    # Chosen by leaving one development set out (bench/knowledge_cv.py; module docstring).
    min_score: float = 0.22
    min_margin: float = 0.07
    sure_score: float = 0.50  # above this the margin no longer matters
    min_coverage: float = 0.30
    names_only_score: float = 0.30  # on topic only by a PG/method name or "결제"
    verbatim_score: float = 0.70  # a near-copy of a FAQ question needs no domain concept
    clarify_score: float = 0.25  # two entries this similar and this close: ask "A or B?"


DEFAULT_RULE = Rule()


class Decision(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    NONE = "none"


def on_topic(signals: Signals, rule: Rule) -> bool:
    if signals.out_of_scope:
        return False
    if signals.by_concept or signals.top >= rule.verbatim_score:
        return True
    return signals.by_name and signals.top >= rule.names_only_score


def decide(signals: Signals, rule: Rule = DEFAULT_RULE) -> Decision:
    if not on_topic(signals, rule):
        return Decision.NONE
    covered = signals.coverage >= rule.min_coverage
    clear = signals.margin >= rule.min_margin or signals.top >= rule.sure_score
    if covered and clear and signals.top >= rule.min_score:
        return Decision.ANSWER
    # Asking "A or B?" is never a wrong answer, so it does not need the coverage.
    if signals.top >= rule.clarify_score and signals.margin < rule.min_margin:
        return Decision.CLARIFY
    return Decision.NONE
