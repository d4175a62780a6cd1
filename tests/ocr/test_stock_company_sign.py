"""A 주식회사's ㈜ read as 주 is put back when its 법인등록번호 says 주식회사 (상법 §19)."""

from __future__ import annotations

import pytest

from bot.ocr import checks, features

STOCK = "110111-0062432"  # digits 5-6 "11": 주식회사
LIMITED = "110114-0012345"  # "14": 유한회사


def test_the_sign_read_as_its_letter_is_put_back() -> None:
    assert checks.stock_company_sign(STOCK, "주한빛상사") == "㈜한빛상사"
    assert checks.stock_company_sign(STOCK, "주YS상사") == "㈜YS상사"


@pytest.mark.parametrize(
    "name",
    [
        "주식회사 주원산업",
        "주원산업 주식회사",
        "(주)주원산업",
        "㈜주원산업",
        "한빛상사",
        "주",
        "주 상사",
    ],
)
def test_a_name_stating_a_form_or_not_starting_with_ju_is_left(name: str) -> None:
    assert checks.stock_company_sign(STOCK, name) is None


def test_another_form_or_an_unread_number_changes_nothing() -> None:
    assert checks.stock_company_sign(LIMITED, "주한빛상사") is None
    assert checks.stock_company_sign("110111-006243", "주한빛상사") is None


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.STOCK_SIGN})
    assert checks.stock_company_sign(STOCK, "주한빛상사") is None
