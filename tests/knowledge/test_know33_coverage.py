"""know33 (issue 15 item 3): facts of ../shared/domain-facts.md that entries stated only in
passing now have questions of their own, invalid_corporate_number no longer asks "where" (which
certificate_fields answers), and the resident registration number's own check is refused.
Sentences written for these tests, not taken from any question set or paraphrase file."""

import re

import pytest

from knowledge.faq import load_faq
from knowledge.understand import Kind, load_understanding

FAQ = load_faq()
UNDERSTANDING = load_understanding()

# Facts an answer now states in each language (docs/faq-coverage.md, "know33"); the section of
# domain-facts.md is in each comment.
SHARPENED = {
    # §4a: 01-79 are individual taxable businesses, general and simplified alike
    "business_number_format": (
        ["일반과세자와 간이과세자 모두"],
        ["general and simplified taxpayers"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("entry_id", sorted(SHARPENED))
def test_sharpened_facts_are_in_both_languages(entry_id: str) -> None:
    answer = FAQ.entry(entry_id).answer
    ko_words, en_words = SHARPENED[entry_id]
    for word in ko_words:
        assert word in answer.ko, (entry_id, word)
    for word in en_words:
        assert word in answer.en, (entry_id, word)


WHERE = re.compile(r"어디|어느 칸|where|which box", re.IGNORECASE)


def test_corporate_number_entry_does_not_ask_where_it_is_printed() -> None:
    """Where the number is printed is certificate_fields' question; the number's own entry asks
    what the number is and why it fails, so a "where" question is not drawn to it."""
    questions = FAQ.entry("invalid_corporate_number").questions
    asked = [q for q in (*questions.ko, *questions.en) if WHERE.search(q)]
    assert asked == []
    fields = FAQ.entry("certificate_fields").questions
    assert any("법인등록번호" in q and WHERE.search(q) for q in fields.ko)
    assert any("corporate registration number" in q and WHERE.search(q) for q in fields.en)


# A question per fact that had no question of its own, in each language.
ANSWERED = [
    # §5: where the corporate registration number is printed
    ("등록증에서 법인등록번호 칸은 어디쯤 있어요?", "certificate_fields"),
    # §4b: what the first digits of the corporate registration number are
    (
        "what do the first 6 digits of a corporate registration number stand for",
        "invalid_corporate_number",
    ),
    ("법인등록번호 검증번호 계산", "invalid_corporate_number"),
    # §2d: NHN KCP identity verification is applied for separately
    ("KCP 본인인증 별도로 신청하나요?", "identity_verification"),
    ("is NHN KCP identity verification a separate sign-up?", "identity_verification"),
    # §1: the PG code stays as pg_provider on payments
    ("pg_provider 필드에 찍힌 코드는 뭐예요", "pg_codes"),
    ("what is pg_provider in the payment response", "pg_codes"),
    # §3c: the seal certificate's resident number is masked
    ("인감증명서 낼 때 주민번호 뒤 7자리 가려야 하나요", "seal_certificate"),
    ("should the resident number be masked on the seal certificate", "seal_certificate"),
    # §4a: a simplified taxpayer's middle digits
    ("간이과세자 사업자번호 가운데 자리는 몇이에요", "business_number_format"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "entry_id"), ANSWERED)
def test_fact_is_answered_by_its_entry(question: str, entry_id: str) -> None:
    got = UNDERSTANDING.understand(question)
    assert got.kind is Kind.FAQ, (question, got.kind)
    assert got.best is not None and got.best.entry_id == entry_id, (question, got.best)


# §4b note: only the resident registration number uses mod 11; its check is an implementer's
# question about a number no application field asks for, refused with the agent offered.
REFUSED = [
    "주민등록번호 유효성 체크 로직 알려줘",
    "주민번호 뒷자리 검증 어떻게 해요",
    "how do I validate a resident registration number",
]


@pytest.mark.parametrize("question", REFUSED)
def test_resident_number_check_is_refused(question: str) -> None:
    assert UNDERSTANDING.understand(question).kind is Kind.NONE


def test_resident_number_on_documents_is_still_answered() -> None:
    """The refusal names the number's check, not the number: masking it on the seal
    certificate is still seal_certificate's answer."""
    got = UNDERSTANDING.understand("인감증명서에 주민번호 보이게 내도 돼요?")
    assert got.kind is Kind.FAQ
    assert got.best is not None and got.best.entry_id == "seal_certificate"
