"""Korean particles chosen by the final consonant of the word before them."""

from __future__ import annotations

import pytest

from dialogs.business import texts as business_texts
from dialogs.i18n import T
from dialogs.particles import attach_particles, has_final_consonant, particle
from knowledge.language import Lang


@pytest.mark.parametrize(
    ("word", "final"),
    [
        ("본점 소재지", False),
        ("대표자", False),
        ("상호", False),
        ("사업장 주소", False),
        ("개업일", True),
        ("KG이니시스", False),
        ("토스페이먼츠", False),
        ("카카오페이", False),
        ("신용카드", False),
        ("가상계좌", False),
        ("서비스명", True),
        ("NHN KCP", False),  # 피
        ("KSNET", False),  # 티
        ("Paymentwall", True),  # 월
        ("PAYCO", False),
        ("APP-3", True),  # 삼
        ("APP-2", False),  # 이
        ("URL", True),  # 엘
        ("'토스'", False),
        ("(주)하늘", True),
    ],
)
def test_final_consonant(word: str, final: bool) -> None:
    assert has_final_consonant(word) is final


def test_particle_pairs() -> None:
    assert particle("본점 소재지", "을/를") == "를"
    assert particle("개업일", "을/를") == "을"
    assert particle("서비스명", "은/는") == "은"
    assert particle("대표자", "이/가") == "가"
    assert particle("카드", "와/과") == "와"
    assert particle("계좌", "와/과") == "와"
    assert particle("PG사 목록", "와/과") == "과"
    assert particle("서울", "으로/로") == "로"  # ㄹ takes 로
    assert particle("부산항", "으로/로") == "으로"
    assert particle("카드", "으로/로") == "로"


def test_written_either_way_in_a_text_is_resolved() -> None:
    assert attach_particles("본점 소재지을(를) 고쳤어요.") == "본점 소재지를 고쳤어요."
    assert attach_particles("'토스'은(는) 어느 PG사") == "'토스'는 어느 PG사"
    assert attach_particles("APP-3 (NHN KCP)은(는) 이미") == "APP-3 (NHN KCP)는 이미"
    assert attach_particles("서울(으)로 보내요") == "서울로 보내요"
    assert attach_particles("이것은 그대로예요") == "이것은 그대로예요"


def test_texts_apply_it_to_every_interpolated_name() -> None:
    said = business_texts.CORRECTED(Lang.KO, label="본점 소재지")
    assert said == "본점 소재지를 고쳤어요."
    assert T("{x}을(를)", "{x}")(Lang.EN, x="a") == "a"
