"""knowledge.documents: what a contract needs, by business type, PGs and industry."""

from __future__ import annotations

from knowledge.documents import SOURCES, Document, Industry, checklist, industries_in
from knowledge.fields import BusinessType


def ids(items: list[Document]) -> list[str]:
    return [item.id for item in items]


def test_individuals_and_corporations_differ_where_the_help_center_says() -> None:
    individual = {d.id: d for d in checklist(BusinessType.INDIVIDUAL)}
    corporate = {d.id: d for d in checklist(BusinessType.CORPORATE)}
    assert "corporate_registry" in corporate and "corporate_registry" not in individual
    assert "seal_usage" in corporate and "seal_usage" not in individual
    assert individual["bankbook"].holder != corporate["bankbook"].holder
    for found in (individual, corporate):
        assert found["seal_certificate"].original
        assert found["seal_certificate"].issued_within_days == 90
        assert found["contract"].copies == 2
    assert corporate["corporate_registry"].issued_within_days == 90


def test_one_contract_per_pg_and_nothing_else_changes() -> None:
    plain = checklist(BusinessType.INDIVIDUAL)
    with_pgs = checklist(BusinessType.INDIVIDUAL, ["kcp", "inicis", "kcp"])
    assert ids(plain) == ids(with_pgs)
    contract = next(d for d in with_pgs if d.id == "contract")
    assert contract.pgs == ("kcp", "inicis")
    assert all(d.pgs == () for d in with_pgs if d.id != "contract")


def test_industries_add_their_documents_once_in_a_fixed_order() -> None:
    items = checklist(BusinessType.CORPORATE, industries=[Industry.RENTAL, Industry.LIQUOR])
    extra = ids(items)[len(checklist(BusinessType.CORPORATE)) :]
    assert extra == ["liquor_licence", "rental_registration", "lease", "building_register"]


def test_industries_are_named_in_messages_and_certificates() -> None:
    assert industries_in("전자상거래 / 주류 소매") == [Industry.LIQUOR]
    assert industries_in("We sell wine and rent shared offices") == [
        Industry.LIQUOR,
        Industry.RENTAL,
    ]
    assert industries_in("소프트웨어 개발 및 기술 서비스") == []  # 기술 has 술, not liquor
    assert industries_in("헬스케어 플랫폼") == []


def test_every_document_names_a_known_source() -> None:
    every = [
        *checklist(BusinessType.INDIVIDUAL, industries=list(Industry)),
        *checklist(BusinessType.CORPORATE, industries=list(Industry)),
    ]
    assert {d.source for d in every} <= set(SOURCES)
    assert all(d.name.ko and d.name.en for d in every)
