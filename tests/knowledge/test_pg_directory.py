"""The list of every PG, V2-only PGs said to be V2 only, and PGs PortOne lists that the V1
catalog has no table for (issue 15, know5)."""

import pytest

from dialogs.answers.catalog import render
from knowledge.catalog import DATA_DIR, PgKind, load_catalog
from knowledge.catalog_query import asks_pg_list, other_pg, parse, resolve
from knowledge.faq import PARAPHRASE_DIR, load_paraphrases
from knowledge.language import Lang
from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    "text",
    [
        "지원하는 PG사 목록",
        "PG사 목록 보여주세요",
        "어떤 PG사가 있나요?",
        "포트원에서 연동 가능한 PG사 목록 좀 알려주세요",
        "Which PGs can I sign up with?",
        "what PGs do you support?",
        "list of pgs",
        "which payment companies can I sign up with through you guys?",
    ],
)
def test_a_question_for_the_list_gets_every_pg(text: str) -> None:
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.CATALOG
    assert understood.catalog is not None and understood.catalog.query.all_pgs
    said = render(understood.catalog, understood.lang)
    for pg in load_catalog().pgs:
        if not pg.v2_only:
            assert pg.name(understood.lang) in said


@pytest.mark.parametrize(
    "text",
    [
        "어떤 pg사 추천해요?",  # a recommendation, the FAQ's
        "which pg is best for me",
        "정기결제 되는 pg사 목록",  # a payment type: the catalog's filtered list
        "what pgs support keyin",
        "애플페이 되는 PG사 어디어디",  # a method
        "일본 고객 대상 결제는 어떤 pg가 되나요",  # overseas payments, the FAQ's
        "PG사 수수료 비교해 주세요",
        "이미 계약한 PG사가 있는데 어떤 걸 써요?",
        "본인인증은 어느 PG사로 신청해요?",  # a broad method word: its filtered list
        "which pgs does subscribe/payments/onetime support",  # an API's list, the FAQ's
    ],
)
def test_narrower_questions_are_not_the_list(text: str) -> None:
    assert not asks_pg_list(text)
    query = parse(text)
    assert query is None or not query.all_pgs


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_the_list_is_grouped_as_the_docs_group_pgs(lang: Lang) -> None:
    query = parse("지원하는 PG사 목록")
    assert query is not None
    said = render(resolve(query), lang)
    lines = said.splitlines()
    catalog = load_catalog()
    kpn = catalog.pg("kpn")
    for kind in PgKind:
        members = [pg for pg in catalog.pgs if pg.kind is kind and not pg.v2_only]
        group_lines = [
            line for line in lines if line.startswith("•") and members[0].name(lang) in line
        ]
        assert len(group_lines) == 1
        assert all(pg.name(lang) in group_lines[0] for pg in members)
    # KPN is V2 only: not among the groups, named on the V2 line
    v2_lines = [line for line in lines if kpn.name(lang) in line]
    assert len(v2_lines) == 1 and "V2" in v2_lines[0]
    # no "partner easy-pay" tag: the list says which PGs, not how each method is offered
    assert "제휴" not in said and "partner" not in said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("KPN은 뭐 돼요?", Lang.KO),
        ("what does KPN support?", Lang.EN),
        ("KPN 정기결제 되나요?", Lang.KO),
    ],
)
def test_a_v2_only_pg_answer_says_it_is_v2_only(text: str, lang: Lang) -> None:
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.CATALOG and understood.catalog is not None
    assert "V2" in render(understood.catalog, lang)


def test_a_v1_pg_answer_does_not_mention_v2() -> None:
    understood = load_understanding().understand("KCP는 뭐 돼요?")
    assert understood.catalog is not None
    assert "V2" not in render(understood.catalog, Lang.KO)


@pytest.mark.parametrize(
    ("text", "code", "entry"),
    [
        ("페이레터도 돼요?", "payletter_global", "overseas_payments"),
        ("Can I use Payletter?", "payletter_global", "overseas_payments"),
        ("KICC 해외결제 되나요?", "kicc_overseas", "overseas_payments"),
        ("KG이니시스 일본결제 신청 가능해요?", "inicis_jp", "overseas_payments"),
        ("innopay 돼요?", "innopay", "v2_only_pgs"),
    ],
)
def test_a_pg_without_a_v1_table_gets_what_is_known(text: str, code: str, entry: str) -> None:
    found = other_pg(text)
    assert found is not None and found.code == code
    understood = load_understanding().understand(text)
    assert understood.kind is Kind.FAQ and understood.entry_id == entry


@pytest.mark.parametrize(
    "text", ["KICC 정기결제 되나요?", "이니시스 가상계좌 돼요?", "letter of intent"]
)
def test_catalog_pgs_are_not_other_pgs(text: str) -> None:
    assert other_pg(text) is None


def test_no_faq_question_or_paraphrase_reads_as_the_list_or_another_pg() -> None:
    """The list rule and the other-PG rule run before the FAQ: an entry's own phrasings must
    still reach it ("Which PGs can a WooCommerce store choose?" is the WooCommerce entry's)."""
    faq = load_understanding().faq
    paraphrases = load_paraphrases(DATA_DIR / PARAPHRASE_DIR, {e.id for e in faq.entries})
    phrasings = [(e.id, q) for e in faq.entries for q in (*e.questions.ko, *e.questions.en)]
    phrasings += [(entry, q) for entry, found in paraphrases.items() for q in found]
    assert len(phrasings) > 1000
    taken = [q for _, q in phrasings if asks_pg_list(q)]
    taken += [q for entry, q in phrasings if (o := other_pg(q)) is not None and o.entry != entry]
    assert taken == []
