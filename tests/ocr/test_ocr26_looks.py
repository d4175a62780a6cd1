"""ocr26: the second looks at a page run side by side and land as the sequential reader's."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pytest

from bot.ocr import reader, tax_office
from bot.ocr.engine import Word
from bot.ocr.errors import CertificateRejected
from bot.ocr.extract import CORRECTED_FACTOR, Extraction
from bot.ocr.latin import Reread
from bot.ocr.messages import RejectCode
from bot.ocr.preprocess import Prepared
from bot.ocr.reading import FieldReading


def _word(text: str, left: int, top: int) -> Word:
    return Word(text, left, top, 40 * len(text), 40, 0.9, (1, 1, 1))


def _page() -> tuple[Prepared, Extraction]:
    trade = (_word("치킨", 700, 100),)
    address = (
        _word("서울특별시", 700, 300),
        _word("(남현동,", 960, 300),
        _word("@편한세상)", 1300, 300),
    )
    ex = Extraction(
        fields={
            "trade_name": FieldReading("치킨", 0.95),
            "address": FieldReading("서울특별시 (남현동, @편한세상)", 0.95),
            "tax_office": FieldReading("관악세무서", 0.6),  # unsure: the office is read again
        },
        boxes={"trade_name": trade, "address": address},
    )
    image = np.full((1000, 2000), 255, dtype=np.uint8)
    return Prepared(image, 1.0, 300, []), ex


def _run(prepared: Prepared, ex: Extraction) -> None:
    with ThreadPoolExecutor(max_workers=reader._LOOKS) as pool:
        looks = reader._SecondLooks.start(pool, prepared, [], ex)
        looks.apply(ex, [])


def test_looks_run_at_once_and_land_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each look waits until all three have started: run one after the other, the first
    # would wait in vain and the barrier break.
    started = threading.Barrier(3, timeout=10)

    def office(*_: Any) -> FieldReading:
        started.wait()
        return FieldReading("관악세무서", 0.85)

    def capitals(_image: Any, words: tuple[Word, ...], _dpi: int) -> Reread:
        started.wait()
        k = Word("K", 660, 100, 30, 40, 0.8, (1, 1, 1))
        return Reread((k, *words), 0.8, False)

    def letters(*_: Any) -> tuple[str, str, float]:
        started.wait()
        return "@", "e", 0.9

    monkeypatch.setattr(tax_office, "reread", office)
    monkeypatch.setattr(reader, "reread_capitals", capitals)
    monkeypatch.setattr(reader, "reread_building_letters", letters)
    prepared, ex = _page()
    _run(prepared, ex)
    assert ex.fields["tax_office"] == FieldReading("관악세무서", 0.85)
    trade = ex.fields["trade_name"]
    assert trade.value.startswith("K") and reader.FLAG_LATIN in trade.flags
    assert trade.confidence == pytest.approx(0.8 * CORRECTED_FACTOR)
    address = ex.fields["address"]
    assert address.value == "서울특별시 (남현동, e편한세상)"
    assert reader.FLAG_LATIN in address.flags


def test_office_read_first_is_kept_when_the_second_is_unlisted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tax_office, "reread", lambda *_: FieldReading("가나다라세무서", 0.9))
    monkeypatch.setattr(reader, "reread_capitals", lambda *_: None)
    monkeypatch.setattr(reader, "reread_building_letters", lambda *_: None)
    prepared, ex = _page()
    _run(prepared, ex)
    assert ex.fields["tax_office"] == FieldReading("관악세무서", 0.6)
    assert ex.fields["trade_name"] == FieldReading("치킨", 0.95)


def test_sure_office_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def office(*_: Any) -> FieldReading:
        raise AssertionError("a sure office needs no second look")

    monkeypatch.setattr(tax_office, "reread", office)
    monkeypatch.setattr(reader, "reread_capitals", lambda *_: None)
    monkeypatch.setattr(reader, "reread_building_letters", lambda *_: None)
    prepared, ex = _page()
    ex.fields["tax_office"] = FieldReading("관악세무서", 0.95)
    _run(prepared, ex)
    assert ex.fields["tax_office"] == FieldReading("관악세무서", 0.95)


def test_a_failed_look_refuses_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def office(*_: Any) -> FieldReading:
        raise CertificateRejected(RejectCode.OCR_UNAVAILABLE, "tesseract timed out")

    monkeypatch.setattr(tax_office, "reread", office)
    monkeypatch.setattr(reader, "reread_capitals", lambda *_: None)
    monkeypatch.setattr(reader, "reread_building_letters", lambda *_: None)
    prepared, ex = _page()
    with pytest.raises(CertificateRejected):
        _run(prepared, ex)
