"""Issue 15, QA round, defect 4: the selection summary shows the values the merchant gave, in
words a merchant reads. KG INICIS's "website name" is not asked (the service name answers it):
the summary says so plainly, with the service name once given, never a placeholder shown as
if it were a value ("KG이니시스 · 홈페이지명 (서비스명): (사업자 정보의 서비스명)")."""

from __future__ import annotations

import pytest

from dialogs.business.slots import BusinessSlots
from dialogs.selection import extras, texts
from knowledge.language import Lang
from tests.selection.talk import Talk

NOISE = ("(사업자 정보의 서비스명)", "· 홈페이지명", "(the service name from your business")


def _summary(lang: Lang, service_name: str | None) -> str:
    talk = Talk(lang=lang)
    talk.start()
    if service_name is not None:
        BusinessSlots.of(talk.state).fields["service_name"] = service_name
    talk.choose("sel:add:card")
    talk.choose("sel:done")
    talk.choose("sel:types:")
    said = talk.choose("sel:pg:card:inicis")
    assert talk.step == "summary"
    return said


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (Lang.KO, "KG이니시스 신청서의 홈페이지명에는 사업자 정보에서 입력하실 서비스명을 쓸게요."),
        (
            Lang.EN,
            "KG INICIS's application uses your service name from your business information as "
            "its website name.",
        ),
    ],
)
def test_a_field_taken_from_business_information_is_said_in_words(
    lang: Lang, expected: str
) -> None:
    said = _summary(lang, None)
    assert expected in said
    assert not any(n in said for n in NOISE), said


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (Lang.KO, "KG이니시스 신청서의 홈페이지명에는 서비스명 '하늘 쇼핑'을 쓸게요."),
        (
            Lang.EN,
            "KG INICIS's application uses your service name, '하늘 쇼핑', as its website name.",
        ),
    ],
)
def test_once_given_the_service_name_itself_is_shown(lang: Lang, expected: str) -> None:
    said = _summary(lang, "하늘 쇼핑")
    assert expected in said
    assert not any(n in said for n in NOISE), said


def test_every_field_taken_from_business_information_has_its_words() -> None:
    assert set(texts.FROM_BUSINESS) == set(extras.FROM_BUSINESS)
