"""know28: the kind of question a message asks decides a tie between two close FAQ entries
only when one side's phrasings ask that kind and the other's (almost) never do
(knowledge/question_kind.py). Sentences written for this test, none from a development set."""

from __future__ import annotations

import pytest

from bench.knowledge import Prediction, Question, _offered
from knowledge import question_kind
from knowledge.close_pairs import decide as decide_pair
from knowledge.question_kind import (
    MATCH_SHARE,
    NOT_SHARE,
    QuestionKind,
    concepts,
    decide,
    entry_concepts,
    entry_ids,
    entry_profile,
    kinds,
    profile,
)

K = QuestionKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("등록증에서 개업일은 어디 나와 있어요?", K.WHERE),
        ("where do I look that up", K.WHERE),
        ("MID는 언제쯤 받아요?", K.WHEN),
        ("when will they call me", K.WHEN),
        ("심사는 보통 며칠 걸리나요", K.HOW_LONG),
        ("얼마나 오래 기다려야 해요?", K.HOW_LONG),
        ("how long is the wait", K.HOW_LONG),
        ("왜 자꾸 틀렸다고 나오죠", K.WHY),
        ("how come it was refused", K.WHY),
        ("담당자는 누구로 적어요?", K.WHO),
        ("whose name goes on the account", K.WHO),
        ("어케 신청해요", K.HOW),  # a chat spelling, folded by knowledge/morph.py
        ("how do I send it", K.HOW),
        ("바로오픈이 뭐에요", K.WHAT_IS),
        ("what does baro open mean", K.WHAT_IS),
        ("둘이 차이가 있나요", K.DIFFERENCE),
        ("메모는 몇 자까지 돼요?", K.HOW_MANY),
    ],
)
def test_interrogatives_in_korean_and_english(text: str, kind: QuestionKind) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["신청 취소 가능해요?", "can I add it later", "서류 꼭 내야 하나요", "the same time next week"],
)
def test_yes_or_no_questions_ask_no_kind(text: str) -> None:
    # a yes-or-no ending is no interrogative: it never decides a tie
    assert kinds(text) == frozenset()


def test_profile_is_the_share_of_phrasings_asking_each_kind() -> None:
    shares = profile(["언제 나와요?", "when is it issued", "뭐예요?", "발급돼요?"])
    assert shares[K.WHEN] == pytest.approx(0.5)
    assert shares[K.WHAT_IS] == pytest.approx(0.25)
    assert K.WHERE not in shares


PROFILES = {
    "place": {K.WHERE: 0.5, K.WHAT_IS: 0.2},
    "reason": {K.WHY: 0.6, K.WHERE: 0.02},
    "both": {K.WHERE: 0.4, K.WHY: 0.4},
}
# every synthetic entry is about subscriptions at a PG (concepts of the packaged faq.yaml)
SUBJECTS = dict.fromkeys(PROFILES, frozenset({"subscription", "pg"}))
SUBJECT = "정기결제 pg"  # names both


def _decide(text: str, close: list[str], profiles: object = PROFILES) -> str | None:
    return decide(f"{SUBJECT} {text}", close, profiles, SUBJECTS)  # type: ignore[arg-type]


def test_one_side_asks_the_kind_and_the_other_never_does() -> None:
    assert _decide("어디서 봐요?", ["place", "reason"]) == "place"
    assert _decide("왜 그래요?", ["place", "reason"]) == "reason"


def test_both_sides_ask_the_kind_keeps_the_question() -> None:
    assert _decide("어디서 봐요?", ["place", "both"]) is None


def test_the_other_side_asks_it_now_and_then_keeps_the_question() -> None:
    shares = {"place": {K.WHERE: 0.5}, "both": {K.WHERE: NOT_SHARE + 0.05}}
    assert _decide("어디서 봐요?", ["place", "both"], shares) is None


def test_a_rare_kind_of_one_side_is_no_match() -> None:
    shares = {"place": {K.WHEN: MATCH_SHARE - 0.1}, "both": {}}
    assert _decide("언제 돼요?", ["place", "both"], shares) is None


def test_no_interrogative_or_not_a_pair_decides_nothing() -> None:
    assert _decide("그거 가능해요?", ["place", "reason"]) is None
    assert _decide("어디서 봐요?", ["place"]) is None


def test_two_kinds_asked_decide_only_if_the_other_side_asks_neither() -> None:
    # "where … and why …": "both" asks each, so no side is clearly another kind
    assert _decide("어디서 보고 왜 그래요?", ["place", "both"]) is None
    assert _decide("어디서 보고 왜 그래요?", ["place", "reason"]) is None


def test_a_message_not_about_the_entrys_subject_decides_nothing() -> None:
    # the kind matches, but one shared concept is not the entry's subject ("신청" only)
    assert decide("지원금 신청 어디서 봐요?", ["place", "reason"], PROFILES, SUBJECTS) is None
    subjects = dict.fromkeys(PROFILES, frozenset({"apply", "subscription"}))
    assert decide("지원금 신청 어디서 봐요?", ["place", "reason"], PROFILES, subjects) is None
    assert decide("정기결제 신청 어디서 봐요?", ["place", "reason"], PROFILES, subjects) == "place"


def test_concepts_are_the_faqs_domain_words() -> None:
    assert {"subscription", "pg"} <= concepts("정기결제 되는 PG사")
    assert "pg" not in concepts("how do I upgrade")  # a Latin term is a whole word
    assert "subscription" in entry_concepts("subscription_pgs")


def test_every_entry_has_a_profile_from_its_own_phrasings() -> None:
    assert len(entry_ids()) > 100
    profiles = {entry: entry_profile(entry) for entry in entry_ids()}
    # a definition is asked "what is", the timeline "how long", the lookup page "where": read
    # from the phrasings, not listed
    assert profiles["what_is_mid"].get(K.WHAT_IS, 0.0) >= MATCH_SHARE
    assert profiles["timeline"].get(K.HOW_LONG, 0.0) >= MATCH_SHARE
    assert profiles["card_review_lookup"].get(K.WHERE, 0.0) >= MATCH_SHARE
    assert profiles["card_review_lookup"].get(K.HOW_LONG, 0.0) <= NOT_SHARE


@pytest.mark.parametrize(
    ("text", "close", "expected"),
    [
        # a who: whose name the account is in, not which documents
        (
            "정산 계좌는 누구 명의로 만들어야 하나요? 개인사업자예요",
            ["settlement_account", "docs_individual"],
            "settlement_account",
        ),
        (
            "whose name must the settlement account be in for a sole proprietor",
            ["docs_individual", "settlement_account"],
            "settlement_account",
        ),
        # the same kind, but naming one of the entry's concepts only: kept as a tie
        (
            "whose name does the payout account have to be in",
            ["docs_individual", "settlement_account"],
            None,
        ),
        # a how long: the card companies' review, not what a signed contract allows
        (
            "카드사 심사 끝나는 데 며칠 걸려요? 계약은 끝났어요",
            ["status_contract_signed", "card_review"],
            "card_review",
        ),
        # a what is: the two kinds of payment explained, not the review they go through
        (
            "비인증결제라는 게 정확히 뭔가요",
            ["subscription_vs_keyin", "subscription_screening"],
            "subscription_vs_keyin",
        ),
        # a yes-or-no question: no kind to decide by, the merchant is asked
        (
            "정산 계좌 개인사업자 통장 사본 내도 돼요?",
            ["settlement_account", "docs_individual"],
            None,
        ),
    ],
)
def test_packaged_faq_ties(text: str, close: list[str], expected: str | None) -> None:
    assert decide(text, close) == expected


def test_close_pairs_asks_the_kind_only_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "정산 계좌는 누구 명의로 만들어야 하나요?"
    close = ["settlement_account", "docs_individual"]
    monkeypatch.setattr(question_kind, "DECIDES_TIES", False)
    assert decide_pair(text, close) is None
    monkeypatch.setattr(question_kind, "DECIDES_TIES", True)
    assert decide_pair(text, close) == "settlement_account"


def test_a_clarify_offers_the_expected_entry_or_catalog_reading() -> None:
    entry = Question("q", "card_review", {})
    assert _offered(entry, Prediction("clarify", None, options=("timeline", "card_review")))
    assert not _offered(entry, Prediction("clarify", None, options=("timeline", "pg_screening")))
    alt = Question("q", "timeline", {}, alts=("card_review",))
    assert _offered(alt, Prediction("clarify", None, options=("card_review", "fees")))
    catalog = Question("q", "catalog", {"pg": "kcp"})
    reading = "catalog?pg=kcp&payment_type=subscription"
    assert _offered(catalog, Prediction("clarify", None, options=("fees", reading)))
    other = "catalog?pg=html5_inicis&payment_type=subscription"
    assert not _offered(catalog, Prediction("clarify", None, options=("fees", other)))
