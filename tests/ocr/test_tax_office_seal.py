"""The tax office when the seal has blacked out the end of its 세무서장 title."""

from __future__ import annotations

from bot.ocr.engine import Word
from bot.ocr.layout import Line
from bot.ocr.tax_office import FLAG_PARTIAL, under_the_seal


def _line(*texts: str, top: int) -> Line:
    return Line(
        tuple(
            Word(text, 100 + 200 * i, top, 150, 40, 0.9, (1, 1, top))
            for i, text in enumerate(texts)
        )
    )


def test_a_listed_office_name_before_se_is_the_title() -> None:
    lines = [
        _line("2004", "년", "03", "월", "30", "일", top=100),
        _line("여수세", "1잼", "「", top=200),
        _line("국세청", "홈택스에서", "발급된", "문서입니다.", top=300),
    ]
    found = under_the_seal(lines, 0)
    assert found is not None
    assert found.value == "여수세무서"
    assert found.flags == (FLAG_PARTIAL,)
    assert not found.sure


def test_the_longest_listed_name_wins_and_the_footer_is_not_a_title() -> None:
    assert (found := under_the_seal([_line("x", top=0), _line("서광주세잼", top=100)], 0))
    assert found.value == "서광주세무서"
    assert under_the_seal([_line("x", top=0), _line("국세청", "홈택스", top=100)], 0) is None
    assert under_the_seal([_line("x", top=0), _line("가나다세", top=100)], 0) is None
