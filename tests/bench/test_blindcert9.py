"""Certificate set 9's renderer (bench/blindcert9.py), checked without any OCR: the numbers,
the plan, the truth against what is printed, and a few generated files."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from bench import blindcert9 as b9
from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS


def _bizno_ok(number: str) -> bool:
    d = [int(c) for c in number.replace("-", "")]
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    s = sum(x * y for x, y in zip(d, w, strict=False)) + d[8] * 5 // 10
    return (10 - s % 10) % 10 == d[9]


def _corpno_ok(number: str) -> bool:
    d = [int(c) for c in number.replace("-", "")]
    s = sum(x * (1 if i % 2 == 0 else 2) for i, x in enumerate(d[:12]))
    return (10 - s % 10) % 10 == d[12]


@pytest.mark.parametrize("number", ["124-81-00998", "220-81-62517", "123-45-67891", "220-88-12340"])
def test_registration_check_digit_matches_the_worked_examples(number: str) -> None:
    digits = number.replace("-", "")
    assert b9.bizno_check(digits[:9]) == int(digits[9])


def test_check_digits_reject_a_wrong_last_digit() -> None:
    assert b9.bizno_check("123456789") != 0  # 123-45-67890 fails (domain-facts.md §4a)
    assert b9.corpno_check("110111006243") == 2
    assert b9.corpno_check("130111000624") == 6
    assert b9.corpno_check("110111123456") != 7


def _records(n: int) -> list[tuple[b9.Record, bool]]:
    rnd = random.Random(7)
    out = []
    for k in range(n):
        form = b9.FORM_DECK[k % len(b9.FORM_DECK)]
        jibun = k % 5 == 0
        out.append((b9.make_record(rnd, form, jibun), jibun))
    return out


def test_records_are_plausible_certificates() -> None:
    for rec, jibun in _records(200):
        f = rec.fields
        names = CORPORATE_FIELDS if rec.kind == "corporate" else INDIVIDUAL_FIELDS
        assert tuple(f) == names
        assert _bizno_ok(f["reg_no"])
        middle = int(f["reg_no"][4:6])
        if rec.form == "법인사업자":
            assert middle in (81, 86, 87, 88) and _corpno_ok(f["corp_reg_no"])
        elif rec.form == "면세사업자":
            assert 90 <= middle <= 99
        else:
            assert 1 <= middle <= 79
        opened = dt.date.fromisoformat(f["open_date"])
        issued = dt.date.fromisoformat(f["issue_date"])
        assert opened <= issued <= b9.LAST_ISSUE
        assert (issued < dt.date(2014, 1, 1)) == jibun  # 지번 addresses only before 2014
        assert ("로 " in f["address"] or "대로" in f["address"]) != jibun or "(" in f["address"]
        assert ("(" in f["address"]) == (not jibun)
        # a province prints the name in force on the issue date
        assert ("전북특별자치도" in f["address"]) <= (issued >= dt.date(2024, 1, 18))
        assert ("전라북도" in f["address"]) <= (issued < dt.date(2024, 1, 18))
        assert ("강원특별자치도" in f["address"]) <= (issued >= dt.date(2023, 6, 11))
        assert ("강원도" in f["address"]) <= (issued < dt.date(2023, 6, 11))
        if "birth_date" in f:
            assert 20 <= opened.year - dt.date.fromisoformat(f["birth_date"]).year <= 66
        assert (rec.reason == "신규") == ((issued - opened).days <= 30)
        assert f["biz_type"].count(", ") >= len(rec.rows) - 1
        assert f["biz_type"] == ", ".join(t for t, _ in rec.rows)
        assert f["tax_office"].endswith("세무서")


def _printed(page: b9.Page) -> str:
    return "".join(op.text for op in page.ops if isinstance(op, b9.Text)).replace(" ", "")


def test_every_truth_field_is_printed_on_the_page() -> None:
    rnd = random.Random(3)
    for k, (rec, _) in enumerate(_records(40)):
        face = b9.FACE_DECK[k % len(b9.FACE_DECK)]
        page = b9.lay_out(rec, face, ("boxed", "open")[k % 2], rnd)
        printed = _printed(page)
        for name, value in rec.fields.items():
            if name.endswith("_date"):
                y, m, d = value.split("-")
                parts = [f"{y}년{m}월{d}일"]
            elif name in ("biz_type", "biz_item"):
                parts = [t for t, _ in rec.rows] if name == "biz_type" else [i for _, i in rec.rows]
            else:
                parts = [value]
            for part in parts:
                assert part.replace(" ", "") in printed, (name, part)


def test_plan_deals_the_decks() -> None:
    entries = b9.plan(2033, 60)
    assert Counter(e["capture"] for e in entries) == dict.fromkeys(b9.CAPTURES, 6)
    assert Counter(e["form"] for e in entries) == {
        "일반과세자": 18,
        "간이과세자": 10,
        "면세사업자": 8,
        "법인사업자": 24,
    }
    assert Counter(e["face"] for e in entries)["NanumGothicCoding"] == 12
    cut = [e for e in entries if e.get("cut")]
    assert len(cut) == 6 and {e["capture"] for e in cut} == set(b9.CUT_KINDS)


def _first(entries: list[dict[str, str]], capture: str) -> int:
    return next(i for i, e in enumerate(entries) if e["capture"] == capture)


def test_generated_files_match_their_truth(tmp_path: Path) -> None:
    entries = b9.plan(2033, 60)
    picks = [_first(entries, c) for c in ("pdf_outline", "pdf_page2", "copy3")]
    digest = b9.generate(tmp_path / "a", 60, 2033, only=picks)
    b9.generate(tmp_path / "b", 60, 2033, only=picks[:1])
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["set_sha256"] == digest
    name = f"blind_{picks[0]:04d}"
    # the same (seed, index) gives the same bytes
    assert (tmp_path / "a" / f"{name}.pdf").read_bytes() == (
        tmp_path / "b" / f"{name}.pdf"
    ).read_bytes()
    for i in picks:
        truth = json.loads((tmp_path / "a" / f"blind_{i:04d}.json").read_text(encoding="utf-8"))
        assert truth["variant"] == entries[i]["capture"]
        assert truth["font"] == entries[i]["face"] and truth["layout"] == entries[i]["layout"]
        names = CORPORATE_FIELDS if truth["kind"] == "corporate" else INDIVIDUAL_FIELDS
        assert tuple(truth["fields"]) == names
        path = tmp_path / "a" / truth["image"]
        assert manifest["files"][truth["image"]]
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(path)
            try:
                assert len(pdf) == (2 if truth["variant"] == "pdf_page2" else 1)
                for k in range(len(pdf)):  # no text layer: outlines or scans only
                    page = pdf[k]
                    text = page.get_textpage()
                    assert text.get_text_range().strip() == ""
                    text.close()
                    if k == len(pdf) - 1:  # the certificate page has ink on it
                        assert page.render(scale=0.5).to_pil().convert("L").getextrema()[0] < 80
                    page.close()
            finally:
                pdf.close()
        else:
            with Image.open(path) as img:
                assert img.mode == "L" and img.size == (1654, 2339)  # 200 dpi grey copy


@pytest.mark.parametrize("side", ["left", "right", "top", "bottom"])
def test_a_cut_photo_loses_paper_but_no_ink(side: str) -> None:
    page = np.full((297, 210, 3), 250.0, np.float32)  # 1 px per mm
    x0, y0, x1, y1 = (round(v) for v in b9.INK_BOX)
    page[y0:y1, x0:x1] = 0.0  # everything that may carry ink, solid black

    def shoot(cut: str) -> np.ndarray:
        shot = b9.Shot((300, 400), 0.85, 5.0, 0.05, 0.8, 0, 0.0, 0.0, "desk", cut)
        return b9.photograph(page, np.random.default_rng(1), shot, b9.INK_BOX)

    whole, cut = shoot(""), shoot(side)
    assert cut.shape[0] * cut.shape[1] < whole.shape[0] * whole.shape[1]
    dark = (whole.mean(axis=2) < 40).sum()
    assert dark > 1000 and (cut.mean(axis=2) < 40).sum() == dark
    bright = (whole.mean(axis=2) > 150).sum()  # the white margin: some of it left the frame
    assert (cut.mean(axis=2) > 150).sum() < bright
