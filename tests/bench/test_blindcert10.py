"""Certificate set 10's renderer (bench/blindcert10.py): values, page and a few files. No OCR."""

from __future__ import annotations

import hashlib
import io
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import blindcert10 as bc  # noqa: E402
from blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS  # noqa: E402

pytestmark = pytest.mark.skipif(
    not all(Path(p).exists() for r, b, _ in bc.FACES.values() for p in (r, b)),
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
    specs = bc.plan(2034, 60)
    assert Counter(s[0] for s in specs) == Counter(bc.FORM_DECK)
    assert set(Counter(s[1] for s in specs).values()) == {6}
    assert Counter(s[2] for s in specs) == {"banded": 30, "spaced": 30}
    assert Counter(s[3] for s in specs) == Counter(bc.FACE_DECK)


def test_records_and_pages() -> None:
    for i in range(120):
        r = random.Random(900 + i)
        form = bc.FORM_DECK[i % 60]
        rec = bc.make_record(r, form)
        f = rec["fields"]
        keys = CORPORATE_FIELDS if rec["kind"] == "corporate" else INDIVIDUAL_FIELDS
        assert tuple(f) == keys
        assert bc.reg_no_valid(f["reg_no"])
        middle = int(f["reg_no"][4:6])
        if form == "법인사업자":
            assert middle in (81, 86, 87, 88)
            assert bc.corp_no_valid(f["corp_reg_no"])
        elif form == "면세사업자":
            assert 90 <= middle <= 99
        else:
            assert 1 <= middle <= 79
        opened, issued = date.fromisoformat(f["open_date"]), date.fromisoformat(f["issue_date"])
        assert date(2014, 1, 2) <= issued <= date(2026, 11, 30)
        assert opened <= issued
        assert (rec["reason"] == "신규") == ((issued - opened).days <= 30)
        page = bc.lay_out(rec, bc.LAYOUTS[i % 2], bc.FACE_DECK[i % 60], r)
        for key in ("trade_name", "representative", "address", "hq_address", "corp_reg_no"):
            if key in f:
                assert " ".join(page.keyed[key]) == f[key], key
        assert page.keyed["tax_office"][0].replace(" ", "") == f["tax_office"] + "장"
        for n, key in enumerate(("biz_type", "biz_item")):
            assert f[key] == ", ".join(row[n] for row in rec["rows"])
            printed = "".join(page.keyed[key]).replace(" ", "")
            assert printed == "".join(row[n] for row in rec["rows"]).replace(" ", "")
        for key in ("open_date", "issue_date", "birth_date"):
            if key in f:
                y, m, d = f[key].split("-")
                assert any(t.replace(" ", "") == f"{y}년{m}월{d}일" for t in page.texts), key


def _one(capture: str) -> tuple[bytes, str, dict[str, object]]:
    specs = bc.plan(2034, 60)
    i = next(n for n, s in enumerate(specs) if s[1] == capture)
    return bc.make_one(2034, i, specs[i], 0)


def test_quick_captures_are_deterministic() -> None:
    for capture in ("bluescan", "stitched"):
        a, ext, truth = _one(capture)
        b, _, _ = _one(capture)
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest()
        assert truth["image"].endswith(ext)  # type: ignore[union-attr]
        img = Image.open(io.BytesIO(a))
        if capture == "stitched":
            assert img.height > 1.9 * img.width  # two pages, one above the other
