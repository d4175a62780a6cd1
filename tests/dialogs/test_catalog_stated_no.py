"""A "no" the catalog states with its reason is said as the catalog says it (issue 15, know7):
"discontinued, no new contracts" is the answer, not "our sources do not document it", in both
languages; a method the sources never mention still gets the latter. Phrasings written for
these tests."""

import pytest

from dialogs.answers.catalog import render
from knowledge.catalog_query import parse, resolve
from knowledge.language import Lang


@pytest.mark.parametrize(
    ("text", "lang", "said", "not_said"),
    [
        ("KG이니시스 카드 본인인증 쓸 수 있어요?", Lang.KO, "서비스 중단", "자료에 없어요"),
        ("does KG Inicis offer credit card identity verification?", Lang.EN, "discontinued",
         "do not document"),
        ("블루월넛 정기결제 돼요?", Lang.KO, "지원하지 않습니다", "자료에 없어요"),
        ("can I do key-in with Blue Walnut?", Lang.EN, "does not support", "do not document"),
    ],
)  # fmt: skip
def test_a_stated_no_is_said_as_the_catalog_says_it(
    text: str, lang: Lang, said: str, not_said: str
) -> None:
    query = parse(text)
    assert query is not None
    answer = render(resolve(query), lang)
    assert said in answer
    assert not_said not in answer
    assert answer.startswith(("아니요", "No."))


@pytest.mark.parametrize(
    ("lang", "said"), [(Lang.KO, "자료에 없어요"), (Lang.EN, "do not document")]
)
def test_an_undocumented_method_is_still_not_in_the_data(lang: Lang, said: str) -> None:
    query = parse("이니시스 계좌이체 정기결제 돼요?")
    assert query is not None
    assert said in render(resolve(query), lang)
