"""know20: a request for the whole PG list that also asks an FAQ entry's question (the FAQ answers
the message, and what is left without the list words, with that entry) is asked back: "Did you
mean the PG list, or <entry>?", in both languages; plain list requests stay the list."""

from __future__ import annotations

import pytest

from knowledge import catalog_query, pg_list
from knowledge.catalog_query import CatalogQuery
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("which PGs can I use? when do I get my MID?", "what_is_mid"),
        ("PG사 목록 알려주시고 MID는 언제 나와요?", "what_is_mid"),
    ],
)
def test_pg_list_and_another_question_ask_which(text: str, entry: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.CLARIFY
    assert [hit.entry_id for hit in got.clarify] == [entry]
    assert [facts.query.all_pgs for facts in got.catalog_options] == [True]
    assert not got.answered


@pytest.mark.parametrize(
    "text",
    [
        "which PGs do you support?",
        "which payment companies can I sign up with through you guys?",
        "list of pgs",
        "PG사 어디어디 있어요?",
        "PG사 목록 보여주세요",
        "포트원에서 연동 가능한 PG사 목록 좀 알려주세요",
    ],
)
def test_a_plain_list_request_is_answered_with_the_list(text: str) -> None:
    # the FAQ may lean to an entry for the whole message ("list of pgs": the PG contacts),
    # but nothing is left to ask once the list words are gone
    got = load_understanding().understand(text)
    assert got.kind is Kind.CATALOG
    assert got.catalog is not None and got.catalog.query.all_pgs


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("which payment companies can I sign up with through you guys?", "can i guys"),
        ("Which PGs exist only in V2?", "exist only in v2"),
        ("포트원에서 연동 가능한 PG사 목록 좀 알려주세요", "에서 좀 알려주세요"),
        ("PG사 목록 알려주시고 MID는 언제 나와요?", "알려주시고 mid는 언제 나와요"),
    ],
)
def test_the_remainder_is_what_the_list_question_leaves(text: str, left: str) -> None:
    assert pg_list.remainder(text) == left


def test_the_list_button_round_trips() -> None:
    key = catalog_query.encode(CatalogQuery(all_pgs=True))
    assert catalog_query.decode(key) == CatalogQuery(all_pgs=True)
    # a reading with slots is unchanged by the list flag
    slots = CatalogQuery(pg="kcp", payment_type=None, method="card")
    assert catalog_query.decode(catalog_query.encode(slots)) == slots
