"""Business and corporate registration number rules (docs/domain.md, "Business numbers")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.bizno import (
    BusinessKind,
    BusinessNumber,
    ParseError,
    business_check_digit,
    business_kind,
    corp_check_digit,
    format_business_number,
    format_corp_number,
    is_valid_business_number,
    is_valid_corp_number,
    normalize_digits,
    parse_business_number,
)

VALID_BUSINESS = ["1248100998", "2208162517", "2208812340", "1234567891"]
VALID_CORP = ["1101110062432", "1301110006246"]


@pytest.mark.parametrize("digits", VALID_BUSINESS)
def test_known_business_numbers_are_valid(digits: str) -> None:
    assert is_valid_business_number(digits)


def test_check_digit_needs_the_final_modulo() -> None:
    # s = 80 here: without the final % 10 the check digit would be 10.
    assert business_check_digit("220881234") == 0


@pytest.mark.parametrize("digits", ["1234567890", "1248100997", "", "12481009", "124810099８"])
def test_invalid_business_numbers(digits: str) -> None:
    assert not is_valid_business_number(digits)


@pytest.mark.parametrize("digits", VALID_CORP)
def test_known_corp_numbers_are_valid(digits: str) -> None:
    assert is_valid_corp_number(digits)


def test_corp_number_from_the_facts_fails() -> None:
    assert not is_valid_corp_number("1101111234567")
    assert corp_check_digit("110111123456") == 9


@pytest.mark.parametrize("digits", VALID_BUSINESS)
def test_any_one_digit_change_of_a_check_digit_fails(digits: str) -> None:
    for d in "0123456789":
        if d != digits[9]:
            assert not is_valid_business_number(digits[:9] + d)


_digits9 = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(_digits9, st.integers(0, 9))
def test_every_single_digit_change_of_a_business_number_fails(first_nine: str, i: int) -> None:
    # True of this algorithm: weights 1, 3, 7 are units mod 10, and digit 9's contribution
    # 5d + floor(5d/10) takes ten different values mod 10 (0,5,1,6,2,7,3,8,4,9).
    valid = first_nine + str(business_check_digit(first_nine))
    for d in "0123456789":
        if d != valid[i]:
            assert not is_valid_business_number(valid[:i] + d + valid[i + 1 :])


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 12))
def test_single_digit_change_of_a_corp_number(first_twelve: str, i: int) -> None:
    valid = first_twelve + str(corp_check_digit(first_twelve))
    for d in "0123456789":
        if d == valid[i]:
            continue
        changed = valid[:i] + d + valid[i + 1 :]
        if i == 12 or i % 2 == 0:
            # Weight 1 (and the check digit): every change moves the sum mod 10.
            assert not is_valid_corp_number(changed)
        else:
            # Weight 2: a change by 5 leaves 2*d mod 10 unchanged, so it is not caught.
            caught = (2 * (int(d) - int(valid[i]))) % 10 != 0
            assert is_valid_corp_number(changed) == (not caught)


def test_formatting() -> None:
    assert format_business_number("1248100998") == "124-81-00998"
    assert format_corp_number("1101110062432") == "110111-0062432"
    with pytest.raises(ValueError, match="ten digits"):
        format_business_number("12481")


def test_normalize_digits_folds_full_width_and_dashes() -> None:
    assert normalize_digits("１２４－８１—００９９８") == "1248100998"
    assert normalize_digits(" 124 81 00998 ") == "1248100998"


@pytest.mark.parametrize(
    ("digits", "kind"),
    [
        ("1234512345", BusinessKind.INDIVIDUAL),
        ("1239512345", BusinessKind.INDIVIDUAL_TAX_EXEMPT),
        ("1248100998", BusinessKind.CORPORATE),
        ("1238612345", BusinessKind.CORPORATE),
        ("1238512345", BusinessKind.CORPORATE_BRANCH),
        ("1238212345", BusinessKind.NON_PROFIT),
        ("1238312345", BusinessKind.PUBLIC),
        ("1238412345", BusinessKind.FOREIGN_CORPORATE),
        ("1238012345", BusinessKind.OTHER),
        ("1238912345", BusinessKind.OTHER),
    ],
)
def test_business_kind_from_digits_4_and_5(digits: str, kind: BusinessKind) -> None:
    assert business_kind(digits) is kind


def test_parse_business_number() -> None:
    assert parse_business_number("124-81-00998") == BusinessNumber("1248100998")
    assert parse_business_number("124-81-00998").formatted == "124-81-00998"  # type: ignore[union-attr]
    assert parse_business_number("") is ParseError.EMPTY
    assert parse_business_number("124-81-0099") is ParseError.WRONG_LENGTH
    assert parse_business_number("123-45-67890") is ParseError.CHECKSUM_FAILED
    assert parse_business_number("099-81-00998") is ParseError.BAD_SERIAL


def test_knowledge_module_is_pure() -> None:
    import ast
    from pathlib import Path

    import knowledge.bizno

    tree = ast.parse(Path(knowledge.bizno.__file__).read_text("utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if m.split(".")[0] in {"bot", "dialogs", "pytesseract"}}
