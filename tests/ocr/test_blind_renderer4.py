"""The renderer of certificate set 4 (tests/support/blind_certs4), never the reader: its truths
must be what the page prints and must be right about the world (check digits, dates, the tax
office of the district), and one seed must always give the same bytes."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS
from knowledge import bizno
from tests.support.blind_certs4 import (
    CAPTURES,
    FORMS,
    available_faces,
    layout,
    numbers,
    places,
    plan,
    render_certificate,
    values,
)
from tests.support.blind_certs4.fonts import FACES
from tests.support.blind_certs4.industries import EXEMPT, GENERAL, SMALL

ALL_FORMS = tuple(FORMS)


def _records(n: int = 160) -> list[values.Record]:
    return [values.draw(random.Random(7000 + i), ALL_FORMS[i % 4]) for i in range(n)]


def test_check_digits_agree_with_the_worked_examples() -> None:
    assert numbers.business_check("124810099") == 8
    assert numbers.business_check("220816251") == 7
    assert numbers.business_check("123456789") == 1
    assert numbers.business_check("220881234") == 0  # needs the final % 10
    assert numbers.corp_check("110111006243") == 2
    assert numbers.corp_check("130111000624") == 6


def test_numbers_are_valid_and_in_the_range_of_their_form() -> None:
    for record in _records():
        digits = record.fields["reg_no"].replace("-", "")
        assert bizno.is_valid_business_number(digits), record.fields["reg_no"]
        middle = int(digits[3:5])
        expected = {
            "general": range(1, 80),
            "simple": range(1, 80),
            "exempt": range(90, 100),
            "corporate": (81, 86, 87, 88),
        }[record.form]
        assert middle in expected
        if record.kind == "corporate":
            corp = record.fields["corp_reg_no"]
            assert bizno.is_valid_corp_number(corp.replace("-", "")), corp
            assert corp[4:6] in ("11", "13", "14")


def test_dates_hold_together() -> None:
    for record in _records():
        f = record.fields
        opened, issued = (
            dt.date.fromisoformat(f["open_date"]),
            dt.date.fromisoformat(f["issue_date"]),
        )
        assert opened <= issued <= values.LATEST_ISSUE
        assert issued >= values.ROAD_ADDRESSES  # road-name addresses are printed
        if record.kind == "individual":
            born = dt.date.fromisoformat(f["birth_date"])
            assert (opened - born).days >= 19 * 365


def test_the_tax_office_serves_the_address_and_the_trades_come_from_the_form() -> None:
    for record in _records():
        f = record.fields
        districts = [d for d in places.DISTRICTS if d.office == f["tax_office"]]
        assert districts
        assert any(
            f["address"].startswith(
                " ".join(
                    p for p in (places.province_name(d.province, f["issue_date"]), d.city) if p
                )
                + " "
            )
            for d in districts
        ), f["address"]
        pool = {"exempt": EXEMPT, "simple": SMALL}.get(record.form, GENERAL)
        assert all(row in pool for row in record.trades)
        assert f["biz_type"] == ", ".join(r[0] for r in record.trades)
        assert f["biz_item"] == ", ".join(r[1] for r in record.trades)


def test_the_page_prints_every_field_of_the_truth() -> None:
    for i, record in enumerate(_records(40)):
        rng = random.Random(i)
        style = layout.Style.draw(rng, ("print", "counter")[i % 2])
        page = layout.compose(record, style, FACES[i % len(FACES)].name, rng)
        printed = "\n".join(page.printed_text)
        compact = "".join(printed.split())
        f = record.fields
        for name in ("reg_no", "trade_name", "representative", "corp_reg_no", "hq_address",
                     "address", "biz_type", "biz_item"):  # fmt: skip
            if name in f:
                # Wrapped lines print the value with a line break where the truth has a space.
                for part in f[name].split(", "):
                    assert "".join(part.split()) in compact, (name, part)
        for name in ("open_date", "birth_date", "issue_date"):
            if name in f:
                assert layout.date_text(f[name], style.date) in printed
        assert " ".join(f"{f['tax_office']}장") in printed


def test_the_plan_deals_the_shares_and_every_face_is_installed() -> None:
    assert sorted(available_faces()) == sorted(f.name for f in FACES)
    items = plan(60, 2028)
    assert Counter(i.form for i in items) == Counter(FORMS)
    assert Counter(i.capture for i in items) == Counter(CAPTURES)
    assert {i.face for i in items} == {f.name for f in FACES}
    assert all(i.layout == "print" and not i.rotation for i in items if i.capture == "digital")
    assert any(i.rotation for i in items)
    assert any(i.crop for i in items)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("form", "capture", "rotation"),
    [("corporate", "digital", 0), ("exempt", "greyscan", 90)],
)
def test_one_seed_gives_the_same_bytes_and_a_scorable_truth(
    form: str, capture: str, rotation: int
) -> None:
    def render() -> tuple[bytes, dict[str, object]]:
        cert = render_certificate(
            424242, form=form, layout="print", face="UnDinaru", capture=capture,
            rotation=rotation, crop=False, name="case",
        )  # fmt: skip
        return cert.data, cert.truth

    first, truth = render()
    again, _ = render()
    assert first == again
    names = CORPORATE_FIELDS if truth["kind"] == "corporate" else INDIVIDUAL_FIELDS
    fields = truth["fields"]
    assert isinstance(fields, dict)
    assert set(fields) == set(names)
    assert truth["image"] == f"case.{'pdf' if capture == 'digital' else truth['image'][-3:]}"
    assert truth["variant"] == capture
