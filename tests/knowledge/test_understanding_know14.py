"""know14 (issue 15): a Hangul pair taken across a space is no word of the runner-up's own.
Phrasings written for these tests, not taken from any question set."""

import pytest

from bench.knowledge import Prediction, Question, _right
from bot.commands.ask import payload
from knowledge.faq import load_faq
from knowledge.understand import Kind, load_understanding


def test_pairs_across_a_space_are_told_apart_from_pairs_inside_a_word() -> None:
    counts, across = load_faq()._featurizer.features("접수완료 다음 단계")
    assert {"b:료다", "b:음단"} <= across
    assert "b:수완" not in across  # inside "접수완료"
    assert not {"b:접수", "b:완료", "b:다음", "b:단계"} & across
    # the pair across the space still counts in the vector
    assert counts["b:료다"] == 1


def test_spacing_still_does_not_matter_to_the_vector() -> None:
    featurizer = load_faq()._featurizer
    spaced, across = featurizer.features("접수 완료 다음 단계")
    joined, _ = featurizer.features("접수완료 다음 단계")
    assert spaced == joined
    assert "b:수완" in across  # only across a space here


def test_a_pair_inside_a_word_is_not_across() -> None:
    _, across = load_faq()._featurizer.features("완료다음 단계")
    assert "b:료다" not in across
    assert "b:음단" in across


@pytest.mark.parametrize(
    "text",
    [
        "접수완료 다음 단계가 뭐죠",
        "접수완료 다음 단계 알려줘",
    ],
)
def test_a_pair_across_words_does_not_make_a_second_reading(text: str) -> None:
    faq = load_faq()
    found = faq.rank(text)
    assert found is not None
    ranked, signals = found
    assert faq.entries[ranked[0][1]].id == "status_received"
    # "료다" (완료|다음) is the runner-up's word, but not one the question says
    assert signals.own_runner_up == 0.0
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.FAQ
    assert understood.entry_id == "status_received"


def test_a_runner_up_with_a_word_of_its_own_is_still_asked_about() -> None:
    """The runner-up's own words inside a word still count: the first entry's signals for a
    question naming both statuses keep a weight of the runner-up's own."""
    found = load_faq().rank("접수완료랑 계약완료 차이")
    assert found is not None
    _, signals = found
    assert signals.own_runner_up > 0.0


# ---- a catalog answer about several named methods is scored against each of them -----------


def _predicted(text: str) -> Prediction:
    out = payload(text)
    return Prediction(out["kind"], out["entry"], out.get("catalog") or {})


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("토스페이먼츠로 네이버페이랑 페이코 둘 다 받을 수 있어요?", "payco"),
        ("can KCP take both kakao pay and virtual accounts?", "kakaopay"),
    ],
)
def test_a_method_named_among_several_is_answered(text: str, method: str) -> None:
    got = _predicted(text)
    assert got.kind == "catalog"
    assert got.slots["method"] is None
    assert method in str(got.slots["methods"]).split(",")
    assert _right(Question(text, "catalog", {"method": method}), got)


def test_a_method_the_question_does_not_name_is_not_right() -> None:
    text = "토스페이먼츠로 네이버페이랑 페이코 둘 다 받을 수 있어요?"
    got = _predicted(text)
    assert not _right(Question(text, "catalog", {"method": "kakaopay"}), got)


def test_a_family_word_does_not_name_its_methods() -> None:
    """ "간편결제" stands for every easy-pay method: the query's group holds them all, but a label
    naming one of them is not answered by the family's list."""
    text = "이니시스 간편결제 뭐뭐 돼요"
    got = _predicted(text)
    assert got.kind == "catalog"
    assert "kakaopay" in str(got.slots["methods"]).split(",")
    assert not _right(Question(text, "catalog", {"method": "kakaopay"}), got)
