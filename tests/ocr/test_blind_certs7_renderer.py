"""Certificate set 7's renderer (tests/support/blind_certs7), checked without any OCR: the
numbers against knowledge.bizno, the truth's keys and dates, one PDF's determinism and text
layer, the EXIF orientation mapping, a fax TIFF's resolution, and the plan's shares."""

from __future__ import annotations

import io
import random
from collections import Counter
from datetime import date

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
from tests.support import blind_certs7 as b7
from tests.support.blind_certs7 import captures
from tests.support.blind_certs7.values import FORMS, business_check, corp_check, draw_record

FACE = "NanumSquare"  # the quickest face to subset


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
    rng = random.Random(7)
    for i in range(200):
        form = FORMS[i % 4]
        legacy = i % 3 == 0
        rec = draw_record(rng, form, legacy)
        f = rec.fields
        reg = _digits(f["reg_no"])
        assert is_valid_business_number(reg), f["reg_no"]
        kind = business_kind(reg)
        middle = int(reg[3:5])
        if form == "corporate":
            assert middle in (81, 86, 87, 88) and is_corporate_kind(kind)
            assert is_valid_corp_number(_digits(f["corp_reg_no"]))
            assert tuple(f) == CORPORATE_FIELDS
        else:
            assert not is_corporate_kind(kind)
            assert (90 <= middle <= 99) if form == "exempt" else (1 <= middle <= 79)
            assert tuple(f) == INDIVIDUAL_FIELDS
            born = date.fromisoformat(f["birth_date"])
            assert date.fromisoformat(f["open_date"]).year - born.year >= 19
        opened, issued = date.fromisoformat(f["open_date"]), date.fromisoformat(f["issue_date"])
        assert opened <= issued <= date(2026, 11, 27)
        # a 지번 address only on a certificate issued before road-name addresses (2014)
        assert (issued < date(2014, 1, 1)) is legacy
        assert f["tax_office"].endswith("세무서")
        assert f["biz_type"] == ", ".join(t for t, _ in rec.trades)
        assert f["biz_item"] == ", ".join(i for _, i in rec.trades)
        if form == "corporate" and f["hq_address"] != f["address"]:
            assert f["hq_address"]


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) == 1
        page = doc[0]
        text = str(page.get_textpage().get_text_range())
        page.close()
        return text
    finally:
        doc.close()


def _squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_is_deterministic_and_carries_every_truth_value() -> None:
    kw = {"form": "corporate", "layout": "current", "face": FACE, "capture": "pdf_cid"}
    one = b7.render_certificate(2031999, **kw)
    two = b7.render_certificate(2031999, **kw)
    assert one.data == two.data and one.truth == two.truth
    assert b"/ID" not in one.data and b"/ToUnicode" in one.data
    truth = one.truth
    assert truth["image"] == one.filename and one.filename.endswith(".pdf")
    assert truth["kind"] == "corporate" and tuple(truth["fields"]) == CORPORATE_FIELDS
    text = _squash(_text(one.data))
    for name, printed in truth["fields"].items():
        value = printed
        if name.endswith("_date"):
            y, m, d = printed.split("-")
            value = f"{y}년{m}월{d}일"
        if name in ("biz_type", "biz_item"):
            for word in value.replace(",", " ").split():
                assert word in text, (name, word)
        else:
            assert _squash(value) in text, name


def test_pdf_without_tounicode_has_no_readable_number() -> None:
    cert = b7.render_certificate(
        2031998, form="general", layout="current", face=FACE, capture="pdf_notounicode"
    )
    assert b"/ToUnicode" not in cert.data
    text = _squash(_text(cert.data))
    assert cert.truth["fields"]["reg_no"] not in text
    assert "사업자등록증" not in text


@pytest.mark.parametrize("tag", sorted(captures.ORIENTATIONS))
def test_exif_orientation_turns_the_stored_pixels_back_upright(tag: int) -> None:
    upright = Image.new("RGB", (30, 40), "white")
    upright.paste((255, 0, 0), (0, 0, 10, 10))  # a mark in the top left corner
    transpose, _ = captures.ORIENTATIONS[tag]
    stored = upright.transpose(transpose)
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=95, exif=captures._photo_exif(tag).tobytes())
    shown = ImageOps.exif_transpose(Image.open(io.BytesIO(buf.getvalue())))
    assert shown is not None and shown.size == upright.size
    r, g, _b = shown.getpixel((4, 4))  # type: ignore[misc]
    assert r > 180 and g < 120
    assert shown.getpixel((25, 35)) == pytest.approx((255, 255, 255), abs=20)


def test_fax_is_one_bit_group4_tiff() -> None:
    rng = random.Random(3)
    rec = draw_record(rng, "simple", False)
    from tests.support.blind_certs7.page import build_page, face_named

    page, _ = build_page(rec, face_named(FACE), "current", rng)
    data, ext, params = captures.fax_tiff(page, rng, stretched=False)
    img = Image.open(io.BytesIO(data))
    assert ext == "tif" and img.mode == "1" and img.info.get("compression") == "group4"
    assert tuple(round(v) for v in img.info["dpi"]) == (200, 100) == tuple(params["dpi"])
    assert img.width / img.height == pytest.approx(2 * 210 / 297, rel=0.01)


def test_plan_shares_and_constraints() -> None:
    items = b7.plan(60, 2031)
    assert [i.index for i in items] == list(range(60))
    assert Counter(i.capture for i in items) == Counter(b7.CAPTURES)
    assert Counter(i.form for i in items) == Counter({"general": 18, "simple": 10, "exempt": 8,
                                                      "corporate": 24})  # fmt: skip
    assert sum(i.layout == "legacy" for i in items) == 18
    truetype = {f.name for f in b7.FACES if f.truetype}
    for i in items:
        if i.capture.startswith("pdf_"):
            assert i.layout == "current" and i.face in truetype
        assert (i.rotation != 0) is (i.capture == "exif_photo")
    faces = Counter(i.face for i in items)
    assert set(faces) == {f.name for f in b7.FACES} and min(faces.values()) >= 10
    assert b7.plan(60, 2031) == items and b7.plan(60, 2032) != items
    assert set(b7.available_faces()) == {f.name for f in b7.FACES}
