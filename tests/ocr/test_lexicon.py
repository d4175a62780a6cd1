"""Lexicon corrections: spacing restored freely, letters changed only when unambiguous."""

from __future__ import annotations

import pytest

from bot.ocr.engine import Word
from bot.ocr.extract import FLAG_CORRECTED, _address, _biz_names
from bot.ocr.lexicon import (
    BIZ_ITEMS,
    BIZ_TYPES,
    SIDO,
    Fix,
    jamo,
    nearest,
    restore_out_of_model,
)

BIZ = BIZ_TYPES + BIZ_ITEMS


def test_jamo_splits_syllables_only() -> None:
    assert jamo("업") == "ㅇㅓㅂ"
    assert jamo("가(주)") == "ㄱㅏ(ㅈㅜ)"


@pytest.mark.parametrize(
    ("read", "printed", "fix"),
    [
        ("도매 및 소매업", "도매 및 소매업", None),
        ("교육서비스업", "교육 서비스업", Fix.SPACING),
        ("전문, 과학및기술 서비스업", "전문, 과학 및 기술 서비스업", Fix.SPACING),
        ("음식점엽", "음식점업", Fix.CORRECTED),
        ("한식 일반음식점엽", "한식 일반 음식점업", Fix.CORRECTED),
        ("커피 전문정", "커피 전문점", Fix.CORRECTED),
    ],
)
def test_nearest_biz_name(read: str, printed: str, fix: Fix | None) -> None:
    match = nearest(read, BIZ)
    assert match is not None
    assert (match.text, match.fix) == (printed, fix)


@pytest.mark.parametrize("read", ["양봉업", "반도체 설계 용역", "", "주식회사"])
def test_unlisted_text_is_left_alone(read: str) -> None:
    assert nearest(read, BIZ) is None


def test_ambiguous_misreading_is_left_alone() -> None:
    # "?매업" is one letter from both 도매업 and 소매업 ("오매업" is one jamo from each).
    assert nearest("오매업", BIZ) is None


def test_biz_names_report_letter_changes_only() -> None:
    assert _biz_names(["교육서비스업"], BIZ) == (["교육 서비스업"], False, False)
    assert _biz_names(["음식점엽", "양봉업"], BIZ) == (["음식점업", "양봉업"], True, False)


@pytest.mark.parametrize(
    ("read", "printed", "changed"),
    [
        ("푸른네특스", "푸른네트웍스", True),
        ("동행네트으", "동행네트웍스", True),
        ("우리네트워스(주)", "우리네트웍스(주)", True),
        ("네트웍스", "네트웍스", False),
        ("네트워크", "네트워크", False),  # a different word, in the model's alphabet
        ("네이버", "네이버", False),
    ],
)
def test_restore_out_of_model(read: str, printed: str, changed: bool) -> None:
    assert restore_out_of_model(read) == (printed, changed)


def test_address_sido_corrected_with_flag_left_to_caller() -> None:
    assert "서울특별시" in SIDO
    text, corrected = _address("서울특벌시 마포구 양화로 45 (서교동)")
    assert (text, corrected) == ("서울특별시 마포구 양화로 45 (서교동)", True)
    text, corrected = _address("서울특별시 마포구 양화로 45 (서교동)")
    assert corrected is False


def test_corrected_flag_name() -> None:
    assert FLAG_CORRECTED == "corrected"


def _read(*pieces: tuple[str, float]) -> tuple[Word, ...]:
    out, x = [], 100
    for text, conf in pieces:
        out.append(Word(text, x, 100, 40 * len(text), 40, conf, (1, 1, 1)))
        x += 40 * len(text) + 15
    return tuple(out)


def test_a_clearly_read_name_is_not_corrected_into_a_listed_one() -> None:
    # "가전제품 도매업" is a real 종목 one letter from the listed "가전제품 소매업": read at
    # word confidence 0.97, it is what is printed.
    clear = {"가전제품 도매업": _read(("가전제품", 0.96), ("도매업", 0.97))}
    assert _biz_names(["가전제품 도매업"], BIZ, clear) == (["가전제품 도매업"], False, False)
    # The same letters read unsurely: the list may choose.
    unsure = {"가전제품 도매업": _read(("가전제품", 0.96), ("도매업", 0.41))}
    assert _biz_names(["가전제품 도매업"], BIZ, unsure) == (["가전제품 소매업"], True, False)


def test_a_misread_letter_in_an_unsure_word_is_still_corrected() -> None:
    # The misread syllable came at low confidence; the rest of the name was read clearly.
    sources = {"움식점업": _read(("움", 0.45), ("식점업", 0.93))}
    assert _biz_names(["움식점업"], BIZ, sources) == (["음식점업"], True, False)


def test_a_clearly_read_name_with_a_word_no_listed_name_has_is_kept_but_checked() -> None:
    # "음삭점업" read clearly one letter from "음식점업": kept as read (ocr6), and flagged as
    # near a listed name, since no listed name holds the word "음삭점업".
    clear = {"숙박 및 음삭점업": _read(("숙박", 0.95), ("및", 0.96), ("음삭점업", 0.95))}
    assert _biz_names(["숙박 및 음삭점업"], BIZ, clear) == (["숙박 및 음삭점업"], False, True)
