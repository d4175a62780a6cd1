"""know24: a message the catalog reads slots from, that asks no capability while an FAQ entry of
its own answers it surely, is asked back ("the catalog's answer, or <entry>?"); a capability
question stays the catalog's answer, and so does one the FAQ answers only with prose about the
catalog's topic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.knowledge_history import Record, tally
from knowledge import catalog_query
from knowledge.confidence import DEFAULT_RULE
from knowledge.understand import CATALOG_PROSE, Kind, load_understanding


@pytest.mark.parametrize(
    "text",
    [
        "Paymentwall billing key: issuing one also charges the card?",
        "페이먼트월 빌링키 발급하면 카드에서 돈 나가요?",
    ],
)
def test_a_process_question_with_catalog_slots_asks_which(text: str) -> None:
    understanding = load_understanding()
    got = understanding.understand(text)
    sure = understanding.faq.lookup(text).best
    assert sure is not None and sure.entry_id not in CATALOG_PROSE
    assert got.kind is Kind.CLARIFY
    assert [hit.entry_id for hit in got.clarify] == [sure.entry_id]
    assert [facts.query for facts in got.catalog_options] == [catalog_query.parse(text)]
    assert not got.answered


def test_a_rival_the_faqs_two_views_dispute_is_no_reading() -> None:
    # "payco = card only?": the catalog reads it, the capability test does not see its shape,
    # and the FAQ's best phrasing (extra fields) is not the entry its vocabulary is closest to
    text = "payco = card only?"
    found = load_understanding().faq.lookup(text)
    assert found.signals is not None and not found.signals.agrees
    assert load_understanding().understand(text).kind is Kind.CATALOG


@pytest.mark.parametrize(
    "text",
    [
        "KCP 정기결제 되나요?",
        "does KCP support subscriptions?",
        "나이스 카카오페이 돼요?",
        "which PGs do key-in?",
        "페이먼트월 빌링키 받으면 바로 결제돼요?",
    ],
)
def test_a_capability_question_stays_the_catalogs(text: str) -> None:
    assert catalog_query.parse(text) is not None
    assert catalog_query.capability_question(text)
    assert load_understanding().understand(text).kind is Kind.CATALOG


# (key-in: subscriptions in general are the subscription PGs' entry since know27)
@pytest.mark.parametrize("text", ["수기결제 pg 어디어디", "key-in PG list"])
def test_prose_about_the_catalogs_topic_is_no_rival(text: str) -> None:
    # The FAQ answers these surely, with an entry that describes in prose what the catalog
    # holds exactly; the catalog's rows are the answer, not a choice between the two.
    understanding = load_understanding()
    sure = understanding.faq.lookup(text).best
    assert sure is not None and sure.entry_id in CATALOG_PROSE
    assert catalog_query.parse(text) is not None
    assert not catalog_query.capability_question(text)
    assert understanding.understand(text).kind is Kind.CATALOG


def _record(**fields: object) -> Record:
    base: dict[str, object] = {
        "text": "Paymentwall billing key: issuing one also charges the card?",
        "expect": "billing_key_first_charge",
        "alts": (),
        "kind": "catalog",
        "entry": "catalog",
        "right": False,
        "faq_sure": "billing_key_first_charge",
        "faq_sure_score": 0.6,
        "e1": "billing_key_first_charge",
        "agrees": True,
        "capability": False,
    }
    base.update(fields)
    return Record(**base)  # type: ignore[arg-type]


def test_the_history_replays_the_rule_on_old_answers() -> None:
    assert _record().catalog_disputed()
    assert not _record(capability=True).catalog_disputed()
    assert not _record(faq_sure=None).catalog_disputed()
    assert not _record(faq_sure="subscription_pgs").catalog_disputed()
    assert not _record(kind="faq", entry="billing_key_api").catalog_disputed()
    assert not _record(agrees=False).catalog_disputed()
    # blind set 4's code had no capability test: today's decides
    assert _record(capability=None).catalog_disputed()
    assert not _record(capability=None, text="does KCP support subscriptions?").catalog_disputed()


def test_a_disputed_wrong_answer_becomes_a_clarifying_question() -> None:
    wrong, right = _record(), _record(expect="catalog", right=True)
    off = tally([wrong, right], 0.0)
    on = tally([wrong, right], 0.0, catalog_rule=True)
    assert (off.right, off.wrong, off.clarified) == (1, 1, 0)
    assert (on.right, on.wrong, on.clarified, on.new_with_right) == (0, 0, 2, 2)
    assert on.utility() > off.utility()


def test_the_rule_has_a_switch() -> None:
    text = "Paymentwall billing key: issuing one also charges the card?"
    off = replace(DEFAULT_RULE, catalog_rival_score=1.01)
    assert load_understanding().understand(text, rule=off).kind is Kind.CATALOG
    sure = load_understanding().faq.lookup(text).best
    assert sure is not None
    above = replace(DEFAULT_RULE, catalog_rival_score=sure.score / 100 + 0.01)
    assert load_understanding().understand(text, rule=above).kind is Kind.CATALOG
    at = replace(DEFAULT_RULE, catalog_rival_score=sure.score / 100 - 0.01)
    assert load_understanding().understand(text, rule=at).kind is Kind.CLARIFY
