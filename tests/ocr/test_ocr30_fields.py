"""ocr30: a trade name's Latin words in upper and lower case read again with `eng`, a number
from a page read as noise not sure, a doubled digit read once in a registration number."""

from __future__ import annotations

import pytest

from bot.ocr import features
from bot.ocr.engine import Word
from bot.ocr.extract import FLAG_NO_LABELS, extract, trade_name_value
from bot.ocr.latin import _Run, _runs, _verdict, _words_verdict, reread_capitals
from bot.ocr.layout import group_lines
from bot.ocr.numbers import FLAG_REPAIRED, read_business_number, read_corp_number
from knowledge.bizno import is_valid_business_number, is_valid_corp_number
from tests.ocr.conftest import needs_tesseract
from tests.ocr.test_ocr11_latin_runs import _line as _rendered  # the same rendered 상호 row


def _without(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {name})


def _word(text: str, left: int, width: int, *, top: int = 100, space: bool = True) -> Word:
    return Word(text, left, top, width, 40, 0.9, (1, 1, top), space_before=space)


# --- Latin words -------------------------------------------------------------------------


def test_latin_words_in_upper_and_lower_case() -> None:
    assert _words_verdict("The Nine") == "The Nine"
    assert _words_verdict("K-Lab") == "K-Lab"
    assert _words_verdict("Studio M") == "Studio M"
    assert _words_verdict("(Bloom") == "Bloom"
    # A last digit after a word in lower case is the Hangul's first stroke ("Bloom 4" 소프트).
    assert _words_verdict("Bloom 4") == "Bloom"
    # Not a name's Latin words: a lower-case start, marks inside, a lone capital word.
    assert _words_verdict("bloom") is None
    assert _words_verdict("Bl*om") is None
    assert _words_verdict("HM") is None  # capitals alone: `_ENG_READ`'s, as before
    assert _words_verdict("Www") is None  # `eng`'s W read twice: the look alone decides


def _run(text: str) -> _Run:
    return _Run(0, 0, 0, len(text), 0, 100, text)


def test_verdict_takes_words_only_when_sure_and_switched_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _verdict(_run("81000"), "Bloom 4", 0.93) == "Bloom"
    assert _verdict(_run("68106"), "The Nine", 0.96) == "The Nine"
    assert _verdict(_run("68106"), "The Nine", 0.5) is None  # not sure: kept, flagged
    _without(monkeypatch, features.LATIN_WORDS)
    assert _verdict(_run("81000"), "Bloom4", 0.93) is None


def test_a_name_with_no_hangul_is_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    (run,) = _runs((_word("7165", 700, 120),), 40.0)
    assert run.text == "7165"
    # A long run of words is looked at again too ("776\\006" for "The Nine").
    (run,) = _runs((_word("776\\006", 700, 200), _word("테크", 920, 80)), 40.0)
    assert run.text == "776\\006"
    _without(monkeypatch, features.LATIN_WORDS)
    assert _runs((_word("7165", 700, 120),), 40.0) == []
    assert _runs((_word("776\\006", 700, 200), _word("테크", 920, 80)), 40.0) == []


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.parametrize("name", ["Bloom 소프트", "M&S"])
def test_latin_words_read_right(name: str) -> None:
    image, words = _rendered(name)
    value = trade_name_value(words)[0]
    if value != name:  # the Korean model misread them
        found = reread_capitals(image, words, 300)
        assert found is not None and found.words is not None
        value = trade_name_value(found.words)[0]
    assert value == name


# --- a number on a page read as noise ----------------------------------------------------


def _valid_business_number() -> str:
    for n in range(1_000_000_000, 1_000_100_000):
        digits = f"12381{n % 100000:05d}"
        if is_valid_business_number(digits):
            return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    raise AssertionError("no valid number")


def test_a_number_without_its_label_on_a_noise_page_is_not_sure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = _valid_business_number()
    noise = [
        _word(number.replace("-", " "), 100, 400, top=100),
        _word("아오이", 100, 120, top=200),
        _word("시바", 250, 80, top=200),
        _word("고어", 100, 80, top=300),
    ]
    ex = extract(group_lines(noise))
    assert ex.fields["reg_no"].value == number
    assert FLAG_NO_LABELS in ex.fields["reg_no"].flags
    assert not ex.fields["reg_no"].is_sure("reg_no")
    _without(monkeypatch, features.NOISE_NUMBER)
    assert FLAG_NO_LABELS not in extract(group_lines(noise)).fields["reg_no"].flags


def test_a_number_without_its_label_among_labelled_rows_stays_as_it_was() -> None:
    number = _valid_business_number()
    rows = [
        _word(number.replace("-", " "), 100, 400, top=100),
        _word("상호", 100, 80, top=200),
        _word(":", 190, 10, top=200),
        _word("한빛상사", 220, 160, top=200),
        _word("성명", 100, 80, top=300),
        _word(":", 190, 10, top=300),
        _word("김민준", 220, 120, top=300),
        _word("개업연월일", 100, 200, top=400),
        _word(":", 310, 10, top=400),
        _word("2020년 03월 06일", 330, 300, top=400),
    ]
    ex = extract(group_lines(rows))
    assert ex.fields["reg_no"].value == number
    assert FLAG_NO_LABELS not in ex.fields["reg_no"].flags


# --- a doubled digit read once ------------------------------------------------------------


def _corp_numbers_with_a_doubled_digit() -> list[str]:
    """Valid 법인등록번호 whose first group ends "11" (a 주식회사's kind code)."""
    found = []
    for serial in range(100_000, 100_400):
        for check in "0123456789":
            digits = f"110111{serial:06d}{check}"
            if is_valid_corp_number(digits):
                found.append(digits)
    return found


def test_a_doubled_digit_read_once_is_put_back_when_one_reading_passes() -> None:
    repaired = 0
    for digits in _corp_numbers_with_a_doubled_digit():
        printed = f"{digits[:6]}-{digits[6:]}"
        read = f"{digits[:5]}-{digits[6:]}"  # "11" read as "1"
        reading = read_corp_number(read)
        if reading is None:
            continue  # two readings pass: not guessed
        assert reading.flags == (FLAG_REPAIRED,)
        assert reading.value == printed
        repaired += 1
    assert repaired >= 10


def test_a_doubled_digit_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    digits = _corp_numbers_with_a_doubled_digit()
    read = [f"{d[:5]}-{d[6:]}" for d in digits]
    assert any(read_corp_number(r) is not None for r in read)
    _without(monkeypatch, features.DOUBLED_DIGIT)
    assert all(read_corp_number(r) is None for r in read)


def test_a_business_number_with_a_doubled_digit_read_once() -> None:
    repaired = 0
    for serial in range(100, 400):
        for check in "0123456789":
            full = f"33097{serial:03d}1{check}"  # its last group "nnn1c" after "330-97-"
            full = full[:7] + full[7] + full[7:9]  # the third group's second digit doubled
            if not is_valid_business_number(full):
                continue
            read = f"{full[:3]}-{full[3:5]}-{full[5:7]}{full[8:]}"  # the doubled digit once
            reading = read_business_number(read)
            if reading is not None and FLAG_REPAIRED in reading.flags:
                assert reading.value == f"{full[:3]}-{full[3:5]}-{full[5:]}"
                repaired += 1
    assert repaired >= 10


# --- the 개업연월일 row by its place ---------------------------------------------------------


def _row(top: int, *texts: str) -> list[Word]:
    words, left = [], 100
    for text in texts:
        words.append(_word(text, left, 30 * len(text), top=top))
        left += 30 * len(text) + 20
    return words


def _form(open_label: tuple[str, ...], *, birth_row: bool = True) -> list[Word]:
    rep = ("성", "명", ":", "김민준") if birth_row else ("ㄱ", "ㅁ", "김민준")
    birth = ("생년월일", ":", "1980", "년", "03", "월", "06", "일")
    return [
        *_row(100, "상", "호", ":", "한빛상사"),
        *_row(200, *rep, *birth),
        *_row(300, *open_label, "2021", "년", "03", "월", "29", "일"),
        *_row(400, "사업장소재지", ":", "서울특별시", "마포구", "와우산로", "94"),
    ]


def test_the_open_date_row_by_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = group_lines(_form(("게", "입", "인", "엉", "기")))
    ex = extract(lines)
    assert ex.fields["open_date"].value == "2021-03-29"
    assert "by_place" in ex.fields["open_date"].flags
    assert not ex.fields["open_date"].is_sure("open_date")
    _without(monkeypatch, features.OPEN_DATE_PLACE)
    assert "open_date" not in extract(lines).fields


def test_no_open_date_by_place_when_two_rows_hold_a_date() -> None:
    # The 성명 row's label lost too: its 생년월일 is a second date between the rows.
    lines = group_lines(_form(("게", "입", "인", "엉", "기"), birth_row=False))
    ex = extract(lines)
    assert "open_date" not in ex.fields or "by_place" not in ex.fields["open_date"].flags
