"""Certificate set 5's renderer (tests/support/blind_certs5), without OCR: the truth has the
fields `bench/blindcert.py score` reads, the numbers pass knowledge.bizno's checks, the
text-layer PDFs carry what the truth says, and one seed gives the same bytes."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pypdfium2 as pdfium
import pytest

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS
from knowledge.bizno import is_valid_business_number, is_valid_corp_number
from tests.support import blind_certs5
from tests.support.blind_certs5.values import FORMS, biz_check_digit, corp_check_digit, make_record

pytestmark = pytest.mark.skipif(
    len(blind_certs5.available_faces()) < len(blind_certs5.FACES),
    reason="the set's fonts are not installed",
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_check_digits_match_the_worked_examples() -> None:
    # domain-facts.md §4: 124-81-00998, 220-81-62517, 220-88-12340; 110111-0062432
    assert biz_check_digit("124810099") == 8
    assert biz_check_digit("220816251") == 7
    assert biz_check_digit("220881234") == 0
    assert corp_check_digit("110111006243") == 2
    assert corp_check_digit("130111000624") == 6


def test_records_have_valid_numbers_and_plausible_values() -> None:
    rng = random.Random(7)
    for n in range(200):
        form = FORMS[n % 4]
        rec = make_record(rng, form)
        reg = _digits(rec.reg_no)
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", rec.reg_no)
        assert is_valid_business_number(reg), rec.reg_no
        middle = int(reg[3:5])
        if form == "법인사업자":
            assert middle in (81, 86, 87, 88)
            assert re.fullmatch(r"\d{6}-\d{7}", rec.corp_reg_no)
            assert is_valid_corp_number(_digits(rec.corp_reg_no)), rec.corp_reg_no
            assert rec.hq_address
        elif form == "면세사업자":
            assert 90 <= middle <= 99
        else:
            assert 1 <= middle <= 79
        if rec.birth_date is not None:
            assert (rec.open_date - rec.birth_date).days >= 19 * 365
        assert rec.open_date <= rec.issue_date <= dt.date(2026, 11, 30)
        assert rec.tax_office.endswith("세무서") and not rec.tax_office.endswith("장")
        assert 1 <= len(rec.rows) <= 4


def _render(capture: str, form: str, layout: str, seed: int) -> blind_certs5.Certificate:
    return blind_certs5.render_certificate(
        seed, form=form, layout=layout, face="UnGraphic", capture=capture, name="blind_0001"
    )


def _pdf_text(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_one_seed_draws_the_same_page() -> None:
    # the bytes of a whole set are compared by generating it twice (bench/blindcert5.md);
    # here the drawn record and page, which every capture starts from
    from tests.support.blind_certs5.fonts import BY_NAME
    from tests.support.blind_certs5.page import layout_grid

    pages = []
    for _ in range(2):
        rng = random.Random(9100)
        rec = make_record(rng, "법인사업자")
        pages.append((rec, layout_grid(rec, BY_NAME["UnGraphic"], rng).ops))
    assert pages[0] == pages[1]


def test_glyph_pdf_has_every_truth_value_in_its_text_layer() -> None:
    cert = _render("pdf_glyph", "간이과세자", "colon", 9101)
    assert cert.filename == "blind_0001.pdf" and cert.truth["image"] == cert.filename
    truth = cert.truth
    assert truth["kind"] == "individual" and truth["taxpayer_type"] == "간이과세자"
    assert tuple(truth["fields"]) == INDIVIDUAL_FIELDS
    for key in ("variant", "layout", "font"):
        assert truth[key]
    (text,) = _pdf_text(cert.data)
    flat = "".join(text.split())
    f = truth["fields"]
    for name in ("reg_no", "trade_name", "representative", "address", "tax_office"):
        assert "".join(f[name].split()) in flat, name
    for name in ("birth_date", "open_date", "issue_date"):
        y, m, d = f[name].split("-")
        assert f"{y}년{m}월{d}일" in flat, name
    for part in f["biz_item"].split(", "):
        assert "".join(part.split()) in flat


def test_two_page_and_rotated_pdfs() -> None:
    cert = _render("pdf_twopage", "법인사업자", "grid", 9102)
    assert tuple(cert.truth["fields"]) == CORPORATE_FIELDS
    pages = _pdf_text(cert.data)
    assert len(pages) == 2 and cert.truth["extras"]["pages"] == 2
    assert _digits(cert.truth["fields"]["corp_reg_no"]) in _digits(pages[0])
    turned = _render("pdf_rotated", "면세사업자", "colon", 9103)
    doc = pdfium.PdfDocument(turned.data)
    try:
        page = doc[0]
        assert page.get_rotation() == 90
        left, bottom, right, top = page.get_mediabox()
        assert right - left > top - bottom  # a landscape sheet ...
        assert page.get_width() < page.get_height()  # ... shown as a portrait page
    finally:
        doc.close()


def test_plan_shares_for_the_set_of_sixty() -> None:
    items = blind_certs5.plan(60, 2029)
    assert [i.index for i in items] == list(range(60))
    assert Counter(i.capture for i in items) == Counter(blind_certs5.CAPTURES)
    assert Counter(i.form for i in items) == Counter(blind_certs5.FORMS)
    assert sum(1 for i in items if i.capture.startswith("pdf_")) >= 15
    assert len({i.face for i in items}) == 5
    for i in items:
        if i.rotation or i.crop:
            assert i.capture in blind_certs5.PHOTOS
