import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.language import Lang, detect_lang
from knowledge.normalize import compact, jamo, normalize, strip_particle, tokens


def test_normalize_folds_case_width_punctuation_and_spacing() -> None:
    assert normalize("  ＫＣＰ,  Naver-Pay!! ") == "kcp naver pay"
    assert compact("네이버 페이") == compact("네이버페이") == "네이버페이"


def test_strip_particle_keeps_the_noun() -> None:
    assert strip_particle("카카오페이랑") == "카카오페이"
    assert strip_particle("카드로") == "카드"
    assert strip_particle("kcp로") == "kcp"
    assert strip_particle("페이") == "페이"  # "이" would leave one syllable
    assert tokens("카드, 카카오페이랑 네이버페이도") == ["카드", "카카오페이", "네이버페이"]


def test_jamo_makes_one_vowel_typo_one_character() -> None:
    assert len(jamo("카카오페이")) == 10


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_compact_has_no_spaces(text: str) -> None:
    assert " " not in compact(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what is 업태?", Lang.EN),  # English asking about a Korean word
        ("how do I fill in 종목 and 업태", Lang.EN),
        ("KCP 계약 있나요?", Lang.KO),  # Korean naming a PG
        ("토스페이먼츠 toss payments", Lang.KO),  # names, not an English sentence
        ("Naver Pay KCP 카드", Lang.KO),  # more Latin words, but none says anything in English
        ("카드 정기결제", Lang.KO),
        ("card subscription", Lang.EN),
        ("hello@example.com", None),
        ("010-1234-5678", None),
    ],
)
def test_the_language_a_message_is_said_in(text: str, lang: Lang | None) -> None:
    assert detect_lang(text) is lang
