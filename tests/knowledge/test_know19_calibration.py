"""know19: an answer that the FAQ's two views of a question dispute is asked back ("A or B?")
instead of given; the fuzzy pass scores only the aliases that can reach its cutoff."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from rapidfuzz import fuzz, process

from knowledge.catalog import Text
from knowledge.confidence import DEFAULT_RULE, Decision, Signals, decide
from knowledge.faq import Faq, FaqEntry, FaqQuestions
from knowledge.fuzzy_filter import PieceFilter
from knowledge.normalize import jamo
from knowledge.understand import Kind, load_understanding

# The rule as fitted (0.20, leave-one-set-out); production runs it off (split_margin 0.0,
# knowledge/confidence.py), so these tests name the fitted rule explicitly.
R = replace(DEFAULT_RULE, split_margin=0.20)


def test_production_runs_the_dispute_rule_off() -> None:
    assert DEFAULT_RULE.split_margin == 0.0


def _clear(**changes: object) -> Signals:
    """Covered, on topic, well past the score bar; the margin is set per test."""
    base: dict[str, object] = {
        "top": R.sure_score + 0.05,
        "runner_up": R.sure_score + 0.05 - R.split_margin - 0.05,
        "coverage": 1.0,
        "by_concept": True,
        "by_name": False,
        "out_of_scope": False,
    }
    base.update(changes)
    return Signals(**base)  # type: ignore[arg-type]


def test_a_disputed_answer_needs_the_split_margin() -> None:
    ahead = _clear()
    assert decide(ahead, R) is Decision.ANSWER
    assert decide(replace(ahead, agrees=False), R) is Decision.ANSWER  # far enough ahead
    close = _clear(runner_up=R.sure_score + 0.05 - R.split_margin + 0.01)
    assert decide(close, R) is Decision.ANSWER  # the two views agree: the old rule answers
    assert decide(replace(close, agrees=False), R) is Decision.CLARIFY


def test_a_disputed_answer_too_weak_to_ask_about_is_left_unanswered() -> None:
    weak = _clear(top=R.min_score, runner_up=R.min_score - R.min_margin, agrees=False)
    assert R.min_score < R.clarify_score  # what this test relies on
    assert decide(weak, R) is Decision.NONE
    assert decide(replace(weak, agrees=True), R) is Decision.ANSWER


def test_the_rule_off_answers_as_before() -> None:
    off = replace(R, split_margin=0.0)
    close = _clear(runner_up=R.sure_score + 0.05 - 0.08, agrees=False)
    assert decide(close, off) is Decision.ANSWER
    assert decide(close, R) is Decision.CLARIFY


def _entry(entry_id: str, ko: list[str], en: list[str]) -> FaqEntry:
    return FaqEntry(
        id=entry_id,
        topic=entry_id,
        questions=FaqQuestions(ko=tuple(ko), en=tuple(en)),
        answer=Text(ko="답", en="answer"),
    )


def test_the_vocabulary_view_is_computed_over_every_phrasing() -> None:
    # "refund" has one phrasing that is the question itself and others about other things;
    # "cancel" is asked with the question's words in every phrasing. The closest phrasing wins
    # the score, the whole vocabulary points to "cancel": the two views disagree.
    faq = Faq(
        [
            _entry(
                "refund",
                ["환불"],
                ["refund window card deadline", "bank transfer fee receipt", "tax invoice email"],
            ),
            _entry(
                "cancel",
                ["취소"],
                ["cancel card deadline", "card cancel window", "refund cancel card"],
            ),
            _entry("other", ["기타"], ["shipping address", "logo upload"]),
        ],
        [],
    )
    found = faq.rank("refund window card deadline")
    assert found is not None
    ranked, signals = found
    assert faq.entries[ranked[0][1]].id == "refund"
    assert signals.agrees is False
    same = faq.rank("cancel card deadline")
    assert same is not None
    assert faq.entries[same[0][0][1]].id == "cancel"
    assert same[1].agrees is True


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # answered with the wrong entry before know19; each reads like one entry's phrasing
        # and talks like the other's
        (
            "등록증 사진 찍어서 올렸는데 자동으로 안채워져요",
            "certificate_formats",
            "certificate_ocr",
        ),
        # ("where can I see my application progress" was one too, until know18's close pair
        # "where do I see it" named progress_per_pg outright.)
    ],
)
def test_a_question_between_two_close_entries_offers_both(
    text: str, wrong: str, right: str
) -> None:
    found = load_understanding().faq.rank(text)
    assert found is not None and not found[1].agrees
    got = load_understanding().understand(text, rule=R)
    assert got.kind is Kind.CLARIFY
    assert [hit.entry_id for hit in got.clarify] == [wrong, right]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("정기결제와 수기결제 차이", "subscription_vs_keyin"),
        ("our company is an LLC, which papers are needed", "docs_corporate"),
        ("our ceo is not korean, which id document", "docs_foreigner"),
    ],
)
def test_a_clearly_worded_question_is_still_answered(text: str, entry: str) -> None:
    # each is closer than the split margin to its runner-up, and both views agree
    found = load_understanding().faq.rank(text)
    assert found is not None and found[1].agrees and found[1].margin < R.split_margin
    got = load_understanding().understand(text, rule=R)
    assert got.kind is Kind.FAQ
    assert got.best is not None and got.best.entry_id == entry


def _brute(form: str, forms: list[str], cutoff: float) -> tuple[str, float, int] | None:
    found = process.extractOne(form, forms, scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if found is None else (found[0], found[1], found[2])


@pytest.mark.parametrize("cutoff", [85.0, 88.0, 70.0])
def test_the_piece_filter_never_drops_an_alias_that_reaches_the_cutoff(cutoff: float) -> None:
    rng = random.Random(19)
    alphabet = "abcdeㄱㅏㄴㅓ"
    forms = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 14))) for _ in range(400)]
    filtered = PieceFilter(forms, cutoff)
    for _ in range(600):
        word = rng.choice(forms)
        # a copy with a few random edits, or an unrelated word
        chars = list(word)
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(chars) + 1)
            op = rng.random()
            if op < 0.4 and chars:
                chars.pop(min(at, len(chars) - 1))
            elif op < 0.7:
                chars.insert(at, rng.choice(alphabet))
            elif chars:
                chars[min(at, len(chars) - 1)] = rng.choice(alphabet)
        query = "".join(chars) or "a"
        positions = filtered.candidates(query)
        got = process.extractOne(
            query, [forms[p] for p in positions], scorer=fuzz.ratio, score_cutoff=cutoff
        )
        want = _brute(query, forms, cutoff)
        assert (None if got is None else (got[0], got[1], positions[got[2]])) == want


def test_the_piece_filter_scores_few_aliases_for_an_ordinary_word() -> None:
    forms = [
        jamo(w)
        for w in ("카카오페이", "네이버페이", "토스페이", "페이코", "이니시스", "나이스페이")
    ]
    filtered = PieceFilter(forms, 85.0)
    assert filtered.candidates(jamo("카카오패이")) == [0]
    assert filtered.candidates(jamo("안녕하세요")) == []


def test_the_history_replay_turns_only_disputed_close_answers_into_questions() -> None:
    from bench.knowledge_history import Record, tally

    def answer(right: bool, agrees: bool, margin: float) -> Record:
        best, second = ("a", "b") if right else ("b", "a")  # the label is "a"
        return Record("a", (), "faq", best, right, best, second, 0.5, margin, agrees)

    records = [
        answer(right=True, agrees=False, margin=0.1),  # disputed, right entry offered
        answer(right=False, agrees=False, margin=0.1),  # disputed, wrong: asked, right 2nd
        answer(right=False, agrees=True, margin=0.1),  # undisputed: stays wrong
        answer(right=True, agrees=False, margin=0.3),  # far ahead: stays answered
    ]
    off = tally(records, 0.0)
    assert (off.right, off.wrong, off.clarified) == (2, 2, 0)
    on = tally(records, 0.2)
    assert (on.right, on.wrong, on.clarified, on.new_with_right) == (1, 1, 2, 2)
