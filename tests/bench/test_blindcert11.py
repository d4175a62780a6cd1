"""Certificate set 11's renderer (bench/blindcert11.py): values, pages and a few files. No OCR."""

from __future__ import annotations

import hashlib
import io
import random
from collections import Counter
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from bench import blindcert11 as bc
from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS

pytestmark = pytest.mark.skipif(
    not all(Path(p).exists() for f in bc.FACES.values() for p in (f.regular, f.bold)),
    reason="the set's faces are not installed",
)


def test_check_digits_match_domain_facts() -> None:
    for good in ("124-81-00998", "220-81-62517", "123-45-67891", "220-88-12340"):
        assert bc.reg_no_valid(good)
    assert not bc.reg_no_valid("123-45-67890")
    assert bc.corp_no_valid("110111-0062432")
    assert bc.corp_no_valid("130111-0006246")
    assert not bc.corp_no_valid("110111-1234567")


def test_plan_shares() -> None:
    specs = bc.plan(2035, 60)
    assert Counter(s[0] for s in specs) == {
        "일반과세자": 18,
        "간이과세자": 9,
        "면세사업자": 8,
        "법인사업자": 25,
    }
    captures = Counter(s[1] for s in specs)
    assert set(captures) == set(bc.CAPTURES)
    assert all(6 <= n <= 8 for n in captures.values())
    assert Counter(s[2] for s in specs) == {"dotted": 30, "circled": 30}
    assert set(Counter(s[3] for s in specs).values()) == {10}
    assert bc.plan(2035, 60) == specs  # the decks are dealt the same way every run


def test_records() -> None:
    forms = Counter()  # type: Counter[str]
    for i in range(240):
        form = bc.FORM_DECK[i % 60]
        rec = bc.make_record(random.Random(7000 + i), form)
        f = rec["fields"]
        forms[rec["reason"]] += 1
        assert tuple(f) == (CORPORATE_FIELDS if form == "법인사업자" else INDIVIDUAL_FIELDS)
        assert bc.reg_no_valid(f["reg_no"])
        middle = int(f["reg_no"][4:6])
        if form == "법인사업자":
            assert middle in (81, 86, 87, 88)
            assert bc.corp_no_valid(f["corp_reg_no"])
            assert f["corp_reg_no"][4:6] == ("14" if f["trade_name"].startswith("유한") else "11")
        elif form == "면세사업자":
            assert 90 <= middle <= 99
        else:
            assert 1 <= middle <= 79
        opened, issued = date.fromisoformat(f["open_date"]), date.fromisoformat(f["issue_date"])
        assert date(2016, 1, 4) <= issued <= date(2026, 11, 30)
        assert date(1996, 1, 1) <= opened <= issued
        assert (rec["reason"] == "신규") == ((issued - opened).days <= 30)
        if "birth_date" in f:
            assert 20 <= opened.year - date.fromisoformat(f["birth_date"]).year <= 64
        # a renamed province carries the name it had on the day of issue
        if "강원" in f["address"].split(" ")[0]:
            assert f["address"].startswith(
                "강원도" if issued < date(2023, 6, 11) else "강원특별자치도"
            )
        assert f["biz_type"] == ", ".join(row[0] for row in rec["rows"])
        assert f["biz_item"] == ", ".join(row[1] for row in rec["rows"])
    assert forms["신규"] > 60 and forms["정정"] + forms["재발급"] > 60


def test_pages_print_the_truth() -> None:
    for i in range(12):
        form = ("일반과세자", "법인사업자", "면세사업자", "간이과세자")[i % 4]
        rec = bc.make_record(random.Random(300 + i), form)
        face = tuple(bc.FACES)[i % 6]
        page = bc.lay_out(rec, bc.LAYOUTS[i % 2], face)
        f = rec["fields"]
        for key in ("trade_name", "representative", "address", "hq_address", "corp_reg_no"):
            if key in f:
                assert " ".join(page.keyed[key]) == f[key], key
        assert page.keyed["reg_no"] == [f"등록번호 : {f['reg_no']}"]
        assert page.keyed["tax_office"] == [f["tax_office"] + "장"]
        assert page.keyed["subtitle"] == [f"( {form} )"]
        for n, key in enumerate(("biz_type", "biz_item")):
            printed = "".join(page.keyed[key]).replace(" ", "")
            assert printed == "".join(row[n] for row in rec["rows"]).replace(" ", "")
        for key in ("open_date", "issue_date", "birth_date"):
            if key in f:
                y, m, d = f[key].split("-")
                assert any(t.replace(" ", "") == f"{y}년{m}월{d}일" for t in page.texts), key
        # every scored value lies on the page, inside the margins
        for x0, y0, x1, y1 in page.keep:
            assert 0 < x0 < x1 < page.img.width and 0 < y0 < y1 < page.img.height


def test_dithered_capture_is_deterministic() -> None:
    cv2.setNumThreads(1)
    specs = bc.plan(2035, 60)
    i = next(n for n, s in enumerate(specs) if s[1] == "dither")
    a, ext, truth = bc.make_one(2035, i, specs[i])
    b, _, _ = bc.make_one(2035, i, specs[i])
    assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest()
    assert str(truth["image"]).endswith(ext) and len(a) < bc.MAX_BYTES
    img = Image.open(io.BytesIO(a))
    assert img.mode == "1"  # 1-bit: the grey of the paper and the seal became dots
    assert 190 <= round(img.info["dpi"][0]) <= 210


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sixteen_bit_png(seed: int) -> None:
    # a small page keeps this fast; the capture does not depend on the page's size
    page = bc.Page(Image.new("RGB", (600, 840), (255, 255, 255)), bc.FACES["UnBatang 9pt"])
    page.text(5, 20, "사업자등록증 123-45-67891", 9)
    a, ext, params = bc.cap_png16(page, random.Random(seed), np.random.default_rng(seed))
    b, _, _ = bc.cap_png16(page, random.Random(seed), np.random.default_rng(seed))
    assert a == b and ext == "png"
    pixels = cv2.imdecode(np.frombuffer(a, np.uint8), cv2.IMREAD_UNCHANGED)
    assert pixels.dtype == np.uint16
    assert pixels.ndim == (3 if params["bits"] == 48 else 2)
    # bit replication of 12-bit values: the low four bits repeat the top four
    assert np.array_equal(pixels & 0xF, pixels >> 12)
    assert pixels.min() < 30000 < pixels.max()  # ink and paper both there


def test_sticky_note_leaves_the_fields_clear() -> None:
    rec = bc.make_record(random.Random(5), "법인사업자")
    page = bc.lay_out(rec, "dotted", "UnBatang 9pt")
    data, ext, params = bc.cap_sticky(page, random.Random(9), np.random.default_rng(9))
    assert ext == "jpg" and len(data) < bc.MAX_BYTES
    x, y = (round(v * bc.MM) for v in params["note_at_mm"])
    w, h = (round(v * bc.MM) for v in params["note_extent_mm"])
    assert w > 38 * bc.MM and h > 38 * bc.MM
    assert not bc._overlaps((x, y, x + w, y + h), page.keep)
