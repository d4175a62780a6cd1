"""`sure`: the reader's own word on whether a field may be shown without asking."""

from __future__ import annotations

from bot.ocr.reading import SURE_CONFIDENCE, FieldReading


def test_confident_and_unflagged_is_sure() -> None:
    field = FieldReading("마포세무서", SURE_CONFIDENCE)
    assert field.sure
    assert field.to_json_dict()["sure"] is True


def test_below_the_threshold_is_not_sure() -> None:
    # 0.89: the "와우산로 2942" for 292 of issue 17 came at this confidence, unmarked.
    field = FieldReading("서울특별시 마포구 와우산로 2942", 0.89)
    assert not field.sure
    assert field.to_json_dict()["sure"] is False


def test_any_flag_makes_a_field_unsure_whatever_its_confidence() -> None:
    for flag in (
        "checksum_failed", "repaired", "corrected", "unlisted", "implausible",
        "merged", "room_floor", "spacing", "reread",
    ):  # fmt: skip
        assert not FieldReading("x", 0.99, (flag,)).sure
