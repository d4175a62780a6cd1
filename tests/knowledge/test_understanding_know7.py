"""Failure classes of the development sets fixed in know7 (issue 15): phrasings written for
these tests, one group per class."""

import pytest

from knowledge.understand import Kind, load_understanding


@pytest.mark.parametrize(
    "text",
    [
        "the homepage URL input keeps rejecting what I paste",
        "the website field keeps rejecting my address",
        "my shop link gets rejected when I type it in the form",
        "사이트 주소 입력칸이 자꾸 거부해요",
    ],
)
def test_a_field_refusing_input_is_not_an_application_rejection(text: str) -> None:
    got = load_understanding().understand(text)
    assert not (got.kind is Kind.FAQ and got.entry_id == "status_rejected")
    offered = [got.entry_id] if got.kind is Kind.FAQ else [h.entry_id for h in got.clarify]
    assert "service_info" in offered


@pytest.mark.parametrize(
    "text",
    ["the PG rejected our application, what can we do?", "My application got declined, why?"],
)
def test_an_application_rejected_is_still_status_rejected(text: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ and got.entry_id == "status_rejected"


@pytest.mark.parametrize(
    "text", ["what should I forward to cs@portone.io?", "cs@portone.io로 뭘 보내야 돼요?"]
)
def test_the_key_file_address_is_not_the_pg_contact_address(text: str) -> None:
    # cs@portone.io takes the KG INICIS key file; pgs@portone.io is PG correspondence.
    got = load_understanding().understand(text)
    assert got.entry_id != "pg_contact_email"
    offered = [got.entry_id] if got.kind is Kind.FAQ else [h.entry_id for h in got.clarify]
    assert "inicis_specifics" in offered


@pytest.mark.parametrize(
    "text",
    ["pgs@portone.io는 어디로 가는 메일이에요?", "is pgs@portone.io the PG contact address?"],
)
def test_the_pg_contact_address_is_still_pg_contact_email(text: str) -> None:
    got = load_understanding().understand(text)
    assert got.kind is Kind.FAQ and got.entry_id == "pg_contact_email"


@pytest.mark.parametrize(
    "text",
    [
        "신분증 사본은 대표자 걸로 내요 담당자 걸로 내요?",
        "신분증은 누구 명의로 준비해요? 담당자요?",
    ],
)
def test_whose_id_card_is_a_documents_question_not_contact_details(text: str) -> None:
    got = load_understanding().understand(text)
    assert not (got.kind is Kind.FAQ and got.entry_id == "contact_person")


def test_the_contact_persons_details_are_still_contact_person() -> None:
    got = load_understanding().understand("담당자 연락처는 어디에 적어요?")
    assert got.kind is Kind.FAQ and got.entry_id == "contact_person"
