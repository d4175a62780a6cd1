"""Open-vocabulary fields need more confidence to be called sure than fields a check guards."""

from __future__ import annotations

from bot.ocr.reading import (
    OPEN_TEXT_SURE_CONFIDENCE,
    SURE_CONFIDENCE,
    CertificateKind,
    CertificateReading,
    FieldReading,
)


def test_a_trade_name_at_the_general_bar_is_not_sure_but_a_date_is() -> None:
    between = (SURE_CONFIDENCE + OPEN_TEXT_SURE_CONFIDENCE) / 2
    reading = CertificateReading(
        kind=CertificateKind.INDIVIDUAL,
        taxpayer_type=None,
        fields={
            "trade_name": FieldReading("물결 짐", between),
            "open_date": FieldReading("2020-01-02", between),
            "representative": FieldReading("금웅숙", between),
            "address": FieldReading("서울특별시 중구 세종대로 110", OPEN_TEXT_SURE_CONFIDENCE),
        },
    )
    fields = reading.to_json_dict()["fields"]
    assert fields["trade_name"]["sure"] is False
    assert fields["open_date"]["sure"] is True
    assert fields["representative"]["sure"] is False
    assert fields["address"]["sure"] is True


def test_a_field_without_a_name_keeps_the_general_bar() -> None:
    assert FieldReading("x", SURE_CONFIDENCE).sure
    assert not FieldReading("x", SURE_CONFIDENCE).is_sure("trade_name")
    assert not FieldReading("x", 0.99, ("corrected",)).is_sure("open_date")
