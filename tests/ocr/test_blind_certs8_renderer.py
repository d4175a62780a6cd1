"""Certificate set 8's renderer (tests/support/blind_certs8), checked without any OCR: the
numbers against knowledge.bizno, the truth's keys and dates, each PDF producer's determinism
and text layer, a phone screenshot's size, and the plan's shares."""

from __future__ import annotations

import io
import random
from collections import Counter
from datetime import date

import pypdfium2 as pdfium
import pytest
from PIL import Image

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS
from knowledge.bizno import (
    business_kind,
    is_corporate_kind,
    is_valid_business_number,
    is_valid_corp_number,
)
from tests.support import blind_certs8 as b8
from tests.support.blind_certs8.values import FORMS, business_check, corp_check, draw_record

FACE = "NanumSquareRound"


def _digits(text: str) -> str:
    return text.replace("-", "")


@pytest.mark.parametrize(
    ("number", "ok"),
    [("1248100998", True), ("2208162517", True), ("1234567891", True), ("1234567890", False),
     ("2208812340", True)],
)  # fmt: skip
def test_business_check_digit_matches_the_worked_examples(number: str, ok: bool) -> None:
    assert (business_check(number[:9]) == int(number[9])) is ok


@pytest.mark.parametrize(
    ("number", "ok"), [("1101110062432", True), ("1301110006246", True), ("1101111234567", False)]
)
def test_corp_check_digit_matches_the_worked_examples(number: str, ok: bool) -> None:
    assert (corp_check(number[:12]) == int(number[12])) is ok


def test_drawn_records_have_valid_numbers_dates_and_keys() -> None:
    rng = random.Random(8)
    for i in range(200):
        form = FORMS[i % 4]
        rec = draw_record(rng, form)
        f = rec.fields
        reg = _digits(f["reg_no"])
        assert is_valid_business_number(reg), f["reg_no"]
        middle = int(reg[3:5])
        if form == "corporate":
            assert middle in (81, 86, 87, 88) and is_corporate_kind(business_kind(reg))
            assert is_valid_corp_number(_digits(f["corp_reg_no"]))
            assert tuple(f) == CORPORATE_FIELDS
        else:
            assert not is_corporate_kind(business_kind(reg))
            assert (90 <= middle <= 99) if form == "exempt" else (1 <= middle <= 79)
            assert tuple(f) == INDIVIDUAL_FIELDS
            born = date.fromisoformat(f["birth_date"])
            assert date.fromisoformat(f["open_date"]).year - born.year >= 20
        opened, issued = date.fromisoformat(f["open_date"]), date.fromisoformat(f["issue_date"])
        assert opened <= issued <= date(2026, 11, 26) and issued >= date(2014, 1, 1)
        assert f["tax_office"].endswith("세무서")
        assert f["biz_type"] == ", ".join(t for t, _ in rec.trades)
        assert f["biz_item"] == ", ".join(i for _, i in rec.trades)


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) == 1
        page = doc[0]
        text = str(page.get_textpage().get_text_range())
        page.close()
        return "".join(text.split())
    finally:
        doc.close()


def _assert_every_value_in(text: str, fields: dict[str, str]) -> None:
    for name, printed in fields.items():
        if name.endswith("_date"):
            y, m, d = printed.split("-")
            assert f"{y}년{m}월{d}일" in text, name
        elif name in ("biz_type", "biz_item"):  # rows interleave and wrap in their columns
            for word in printed.replace(",", " ").split():
                assert word in text, (name, word)
        else:
            assert "".join(printed.split()) in text, name


@pytest.mark.parametrize(
    ("capture", "form"),
    [("pdf_tj", "general"), ("pdf_xobject", "corporate"), ("pdf_ocrlayer", "exempt"),
     ("pdf_shuffled", "corporate")],
)  # fmt: skip
def test_pdfs_are_deterministic_and_carry_every_truth_value(capture: str, form: str) -> None:
    one = b8.render_certificate(2032990, form=form, face=FACE, capture=capture)
    two = b8.render_certificate(2032990, form=form, face=FACE, capture=capture)
    assert one.data == two.data and one.truth == two.truth
    assert b"/ID" not in one.data and b"/ToUnicode" in one.data
    truth = one.truth
    assert truth["image"] == one.filename and one.filename.endswith(".pdf")
    assert truth["kind"] == ("corporate" if form == "corporate" else "individual")
    assert tuple(truth["fields"]) == (
        CORPORATE_FIELDS if form == "corporate" else INDIVIDUAL_FIELDS
    )
    text = _text(one.data)
    _assert_every_value_in(text, truth["fields"])
    if capture == "pdf_xobject":
        assert b"/Subtype /Form" in one.data
    if capture == "pdf_ocrlayer":  # the hidden layer repeats the page's lines
        assert text.count(truth["fields"]["reg_no"]) >= 2


def test_phone_screenshot_is_a_1080_by_2400_png() -> None:
    cert = b8.render_certificate(2032991, form="simple", face=FACE, capture="phone_viewer")
    img = Image.open(io.BytesIO(cert.data))
    assert cert.filename.endswith(".png") and img.format == "PNG" and img.size == (1080, 2400)
    assert cert.truth["variant"] == "phone_viewer" and cert.truth["taxpayer_type"] == "간이과세자"


def test_plan_shares_and_faces() -> None:
    items = b8.plan(60, 2032)
    assert [i.index for i in items] == list(range(60))
    assert Counter(i.capture for i in items) == Counter(b8.CAPTURES)
    assert Counter(i.form for i in items) == Counter(b8.FORM_SHARES)
    assert Counter(i.face for i in items) == Counter({f.name: 15 for f in b8.FACES})
    assert all(i.rotation == 0 and not i.crop for i in items)
    assert b8.plan(60, 2032) == items and b8.plan(60, 2031) != items
    assert set(b8.available_faces()) == {f.name for f in b8.FACES}
