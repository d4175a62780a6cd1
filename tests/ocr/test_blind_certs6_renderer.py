"""Certificate set 6's renderer (tests/support/blind_certs6), without OCR: numbers, dates,
truth keys, what is printed, PDF determinism and text layers, EXIF turns, the plan's shares."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS
from knowledge.bizno import (
    business_kind,
    is_corporate_kind,
    is_valid_business_number,
    is_valid_corp_number,
)
from tests.support import blind_certs6
from tests.support.blind_certs6 import captures, values
from tests.support.blind_certs6.fonts import FACE_BY_NAME, FACES

FORMS = ("general", "simple", "exempt", "corporate")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("number", ["124-81-00998", "220-81-62517", "123-45-67891", "220-88-12340"])
def test_business_check_digit_matches_domain_facts_examples(number: str) -> None:
    digits = _digits(number)
    assert values.business_check_digit(digits[:9]) == int(digits[9])


def test_business_check_digit_rejects_the_broken_example() -> None:
    assert values.business_check_digit("123456789") != 0  # 123-45-67890 fails (domain-facts §4a)


@pytest.mark.parametrize("number", ["110111-0062432", "130111-0006246"])
def test_corp_check_digit_matches_domain_facts_examples(number: str) -> None:
    digits = _digits(number)
    assert values.corp_check_digit(digits[:12]) == int(digits[12])


def _records(n: int) -> list[tuple[values.Record, bool]]:
    rng = random.Random(6)
    out = []
    for i in range(n):
        form = FORMS[i % 4]
        old = i % 5 == 0
        record = values.draw_record(
            rng, form, old, branch=form == "corporate" and i % 3 == 0, joint=i % 7 == 0
        )
        out.append((record, old))
    return out


def test_drawn_numbers_pass_knowledge_bizno_and_fit_the_form() -> None:
    for record, _old in _records(200):
        digits = _digits(record.reg_no)
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", record.reg_no)
        assert is_valid_business_number(digits), record.reg_no
        middle = int(digits[3:5])
        kind = business_kind(digits)
        if record.form == "corporate":
            assert is_corporate_kind(kind)
            assert middle == 85 if record.branch else middle in (81, 86, 87, 88)
            assert record.corp_reg_no is not None
            assert re.fullmatch(r"\d{6}-\d{7}", record.corp_reg_no)
            assert is_valid_corp_number(_digits(record.corp_reg_no))
        else:
            assert not is_corporate_kind(kind)
            assert 90 <= middle <= 99 if record.form == "exempt" else 1 <= middle <= 79


def test_drawn_dates_places_and_offices_follow_the_rules() -> None:
    for record, old in _records(200):
        assert record.open_date <= record.issue_date <= values.LAST_ISSUE
        assert (record.reason == "신규") == (record.issue_date == record.open_date)
        if record.birth_date is not None:
            assert record.open_date >= record.birth_date.replace(year=record.birth_date.year + 19)
        if old:  # lot-number addresses only before road-name addresses became compulsory
            assert dt.date(2007, 1, 1) <= record.issue_date < values.ROAD_ADDRESSES
            assert "(" not in record.address
            assert not record.address.startswith(("강원특별자치도", "전북특별자치도", "세종"))
        else:
            assert record.issue_date >= values.ROAD_ADDRESSES
            assert record.address.endswith(")")
        if record.address.startswith(("강원도", "강원특별자치도")):
            renamed = record.issue_date >= values.GANGWON_RENAMED
            assert record.address.startswith("강원특별자치도") == renamed
        if record.address.startswith(("전라북도", "전북특별자치도")):
            renamed = record.issue_date >= values.JEONBUK_RENAMED
            assert record.address.startswith("전북특별자치도") == renamed
        offices = {f"{d[2]}세무서" for d in values.DISTRICTS if record.address.split()[1] in d[1]}
        offices |= {"세종세무서"} if record.address.startswith("세종") else set()
        assert record.tax_office in offices
        if record.form == "corporate" and record.branch:
            assert record.hq_address != record.address
        elif record.form == "corporate":
            assert record.hq_address == record.address
        assert 1 <= len(record.rows) <= 3


def _printed_forms(field: str, value: str) -> list[str]:
    """How a truth value appears on the page (spaces dropped)."""
    if field.endswith("_date"):
        y, m, d = value.split("-")
        return [f"{y}년{m}월{d}일"]
    if field in ("biz_type", "biz_item"):
        return []  # checked row by row below
    return [value.replace(" ", "")]


def test_every_truth_field_is_printed_on_the_page() -> None:
    plan = blind_certs6.plan(60, 2030)
    for item in plan[:40]:
        seed = 2030000 + item.index
        text = blind_certs6.page_text(seed, form=item.form, layout_name=item.layout, face=item.face)
        flat = re.sub(r"\s", "", text)
        record = _record_for(item)  # the same draw render_certificate makes
        for field, value in values.truth_fields(record).items():
            for form in _printed_forms(field, value):
                assert form in flat, (item, field, value)
        for biz_type, biz_item in record.rows:
            assert biz_type.replace(" ", "") in flat and biz_item.replace(" ", "") in flat


def _record_for(item: blind_certs6.PlanItem) -> values.Record:
    rng = random.Random(2030000 + item.index)
    branch = item.form == "corporate" and rng.random() < blind_certs6.BRANCH_SHARE
    joint = item.form != "corporate" and rng.random() < blind_certs6.JOINT_SHARE
    return values.draw_record(rng, item.form, item.layout == "old", branch=branch, joint=joint)


def _render(capture: str, form: str, seed: int) -> blind_certs6.Certificate:
    return blind_certs6.render_certificate(
        seed, form=form, layout="modern", face="UnDinaru Light", capture=capture, name="t"
    )


def _pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        assert len(doc) == 1
        page = doc[0]
        return str(page.get_textpage().get_text_range())
    finally:
        doc.close()


def test_text_pdf_is_deterministic_with_exact_truth_keys_and_a_true_text_layer() -> None:
    first = _render("pdf_cid", "general", 424242)
    second = _render("pdf_cid", "general", 424242)
    assert first.data == second.data
    assert first.filename == "t.pdf" and first.truth["image"] == "t.pdf"
    assert tuple(first.truth["fields"]) == INDIVIDUAL_FIELDS
    assert b"/ID" not in first.data and b"/ToUnicode" in first.data
    flat = re.sub(r"\s", "", _pdf_text(first.data))
    for field, value in first.truth["fields"].items():
        for form in _printed_forms(field, value):
            assert form in flat, (field, value)
    for row in first.truth["also_printed"]["rows"]:
        assert row[0].replace(" ", "") in flat


def test_pdf_without_to_unicode_shows_no_truth_in_its_text_layer() -> None:
    cert = _render("pdf_nomap", "corporate", 515151)
    assert tuple(cert.truth["fields"]) == CORPORATE_FIELDS
    assert b"/ToUnicode" not in cert.data
    flat = re.sub(r"\s", "", _pdf_text(cert.data))
    fields = cert.truth["fields"]
    for field in ("reg_no", "trade_name", "representative", "tax_office"):
        assert fields[field].replace(" ", "") not in flat


def test_exif_turn_is_undone_by_the_orientation_tag() -> None:
    upright = Image.new("RGB", (30, 50), "white")
    upright.putpixel((0, 0), (255, 0, 0))  # a red top-left corner
    for degrees, tag in captures.ORIENTATION_BY_DEGREES.items():
        stored = upright.transpose(captures.STORE[tag])
        if degrees != 180:
            assert stored.size == (50, 30)  # pixels stored sideways
        exif = Image.Exif()
        exif[0x0112] = tag
        stored.info["exif"] = exif.tobytes()
        shown = ImageOps.exif_transpose(stored)
        assert shown.size == (30, 50)
        assert shown.getpixel((0, 0)) == (255, 0, 0)


def test_plan_deals_the_documented_shares() -> None:
    plan = blind_certs6.plan(60, 2030)
    assert plan == blind_certs6.plan(60, 2030)
    assert Counter(p.capture for p in plan) == Counter(blind_certs6.CAPTURES)
    assert Counter(p.form for p in plan) == Counter(blind_certs6.FORMS)
    assert Counter(p.layout for p in plan) == Counter(blind_certs6.LAYOUTS)
    assert Counter(p.face for p in plan) == Counter({f.name: 10 for f in FACES})
    for p in plan:
        if p.capture in blind_certs6.TEXT_PDF:
            assert FACE_BY_NAME[p.face].pdf_ok
        assert (p.rotation in (90, 180, 270)) == (p.capture == "exif_photo")
        assert not p.crop
    assert set(blind_certs6.available_faces()) == {f.name for f in FACES}
