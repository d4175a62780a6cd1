"""Gap facts of domain-facts.md that had no entry (issue 15, fifth round): old vs new PG modules,
PG codes (html5_inicis, channelKey), Danal's two codes; and a module word in a bare list of
names does not stop the catalog from reading it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge.catalog_query import parse
from knowledge.confidence import DEFAULT_RULE
from knowledge.faq import load_faq
from knowledge.language import Lang
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("스마트로 구모듈 신모듈 뭐가 다른지 알려주세요", "pg_old_new_modules"),
        ("difference between the legacy and new NICE module?", "pg_old_new_modules"),
        ("do I still pass html5_inicis as the pg code in the SDK?", "pg_codes"),
        ("다날 휴대폰결제랑 카드결제가 따로 나뉘어 있나요?", "danal_codes"),
    ],
)
def test_gap_facts_have_an_entry(question: str, entry: str) -> None:
    # The ranking is what this test is about: know19's check of disputed answers (a clarifying
    # question when the two views of the question disagree) is off here; it has its own tests.
    rule = replace(DEFAULT_RULE, split_margin=0.0)
    assert load_understanding().understand(question, rule=rule).entry_id == entry


def test_a_question_about_a_current_pg_code_answers_or_asks_with_the_codes_entry_first() -> None:
    # Since the legacy-codes entry exists ("chai, payple 같은 건 뭐예요?"), a question about "a pg
    # code like X" is close to both; asking between them is right, as long as the entry that
    # lists the current codes comes first.
    got = load_understanding().understand("kcp_billing 같은 pg 코드는 어디에 쓰는 거예요?")
    if got.kind is Kind.CLARIFY:
        assert [hit.entry_id for hit in got.clarify][:2] == ["pg_codes", "legacy_pg_codes"]
    else:
        assert got.entry_id == "pg_codes"


def test_a_code_question_about_danal_answers_or_asks_between_the_two_code_entries() -> None:
    got = load_understanding().understand("다날 코드가 danal이랑 danal_tpay 두 개던데 왜 그래요")
    if got.kind is Kind.CLARIFY:
        assert {hit.entry_id for hit in got.clarify} == {"danal_codes", "pg_codes"}
    else:
        assert got.entry_id == "danal_codes"


@pytest.mark.parametrize("entry", ["pg_old_new_modules", "pg_codes", "danal_codes"])
def test_gap_answers_state_the_codes_in_both_languages(entry: str) -> None:
    answer = load_faq().entry(entry).answer
    for lang in Lang:
        text = answer.get(lang)
        assert "_v2" in text or "danal_tpay" in text or "html5_inicis" in text


def test_the_danal_answer_does_not_invent_the_contract_count() -> None:
    # domain-facts.md does not say whether the two Danal codes are one contract: the answer
    # sends that to an agent instead of stating it.
    answer = load_faq().entry("danal_codes").answer
    assert "상담원" in answer.ko and "agent" in answer.en


def test_a_module_word_in_a_bare_list_of_names_is_a_catalog_look_up() -> None:
    query = parse("smartro new module kakaopay")
    assert query is not None and query.pg == "smartro" and query.method == "kakaopay"
    got = load_understanding().understand("스마트로 신모듈 카카오페이")
    assert got.kind is Kind.CATALOG


@pytest.mark.parametrize(
    ("entry", "ko", "en"),
    [
        # domain-facts §3: the overseas PGs beside Eximbay, Paymentwall and PayPal
        (
            "overseas_payments",
            ("페이레터", "KICC 해외결제", "일본결제"),
            ("Payletter", "KICC", "Japan"),
        ),
        # domain-facts §4a: every part of the number, and code 83
        (
            "business_number_format",
            ("앞 세 자리", "83", "0001~9999"),
            ("first three", "83", "0001-9999"),
        ),
        # domain-facts §3: the names found only in V2's PG list
        (
            "v2_only_pgs",
            ("INICIS_JP", "PAYLETTER_GLOBAL", "HECTO_GLOBAL"),
            ("INICIS_JP", "TRIPLE_A", "INNOPAY"),
        ),
    ],
)
def test_small_facts_are_in_both_languages(
    entry: str, ko: tuple[str, ...], en: tuple[str, ...]
) -> None:
    answer = load_faq().entry(entry).answer
    for fact in ko:
        assert fact in answer.get(Lang.KO), fact
    for fact in en:
        assert fact in answer.get(Lang.EN), fact


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("사업자등록번호 앞 세 자리는 무슨 뜻이에요?", "business_number_format"),
        ("what do the first three digits of a business number mean?", "business_number_format"),
    ],
)
def test_the_first_digits_of_a_business_number_are_answered(question: str, entry: str) -> None:
    assert load_understanding().understand(question).entry_id == entry
