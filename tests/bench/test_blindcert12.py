"""Certificate set 12's renderer (bench/blindcert12.py): values, pages, each kind, same bytes.

No OCR. The kinds are exercised on a 150 dpi page (the module's resolution patched down) so the
file stays quick; the set itself is drawn at 300 dpi."""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import blindcert12 as bc  # noqa: E402
from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS  # noqa: E402

pytestmark = pytest.mark.skipif(
    sorted(bc.available_faces()) != sorted(bc.FACES) or not Path(bc.UI_FONT[0]).exists(),
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
    items = bc.plan(60, bc.DEFAULT_SEED)
    assert items == bc.plan(60, bc.DEFAULT_SEED)
    assert items != bc.plan(60, bc.DEFAULT_SEED + 1)
    assert Counter(i.form for i in items) == Counter(bc.FORM_DECK)
    assert Counter(i.form for i in items) == {
        "일반과세자": 22, "간이과세자": 10, "면세사업자": 6, "법인사업자": 22,
    }  # fmt: skip
    assert Counter(i.kind for i in items) == dict.fromkeys(bc.KINDS, 6)
    assert Counter(i.layout for i in items) == {"overprint": 30, "leaders": 30}
    assert Counter(i.face for i in items) == dict.fromkeys(bc.FACES, 10)
    seconds = Counter((i.kind, i.second) for i in items if i.second)
    expected = Counter({(k, s): 0 for k, ranks in bc.SECONDS.items() for s in ranks.values()})
    for kind, ranks in bc.SECONDS.items():
        for second in ranks.values():
            expected[(kind, second)] += 1
    assert seconds == expected
    assert sum(seconds.values()) == 11


def test_records() -> None:
    for i in range(200):
        r = random.Random(7000 + i)
        form = bc.FORM_DECK[(i * 7) % 60]
        rec = bc.make_record(r, form)
        f = rec.fields
        keys = CORPORATE_FIELDS if rec.kind == "corporate" else INDIVIDUAL_FIELDS
        assert tuple(f) == keys
        assert rec.kind == ("corporate" if form == "법인사업자" else "individual")
        assert bc.reg_no_valid(f["reg_no"])
        middle = int(f["reg_no"][4:6])
        if form == "법인사업자":
            assert middle in (81, 86, 87, 88)
            assert bc.corp_no_valid(f["corp_reg_no"])
            assert f["corp_reg_no"][4:6] == (
                "14" if f["trade_name"].startswith("유한회사") else "11"
            )
        elif form == "면세사업자":
            assert 90 <= middle <= 99
        else:
            assert 1 <= middle <= 79
        opened, issued = date.fromisoformat(f["open_date"]), date.fromisoformat(f["issue_date"])
        assert date(2015, 1, 5) <= issued <= bc.LAST_ISSUE
        assert date(1998, 1, 5) <= opened <= issued
        assert (rec.reason == "신규") == ((issued - opened).days <= 30)
        if "birth_date" in f:
            assert (opened - date.fromisoformat(f["birth_date"])).days >= 20 * 365
        assert f["biz_type"] == ", ".join(t for t, _ in rec.rows)
        assert f["biz_item"] == ", ".join(t for _, t in rec.rows)
        assert all(row in bc.TRADES[form] for row in rec.rows)
        assert f["tax_office"].endswith("세무서")
        for key in ("address", "hq_address"):
            if key in f:
                assert ("강원도" in f[key]) <= (issued < date(2023, 6, 11))
                assert ("전라북도" in f[key]) <= (issued < date(2024, 1, 18))


def test_pages_print_the_truth(low_res: None) -> None:
    for i, (layout, face) in enumerate((lay, fc) for lay in bc.LAYOUTS for fc in bc.FACES):
        r = random.Random(8100 + i)
        rec = bc.make_record(r, bc.FORMS[i % 4])
        page = bc.lay_out(rec, layout, face, r)
        f = rec.fields
        for key in ("reg_no", "trade_name", "representative", "address", "hq_address",
                    "corp_reg_no"):  # fmt: skip
            if key in f:
                assert " ".join(page.keyed[key]) == f[key], (layout, face, key)
        assert page.keyed["tax_office"][0].replace(" ", "") == f["tax_office"] + "장"
        for n, key in enumerate(("biz_type", "biz_item")):
            printed = "".join(page.keyed[key]).replace(" ", "")
            assert printed == "".join(row[n] for row in rec.rows).replace(" ", "")
        for key in ("open_date", "issue_date", "birth_date"):
            if key in f:
                y, m, d = f[key].split("-")
                assert any(t.replace(" ", "") == f"{y}년{m}월{d}일" for t in page.texts), key
        assert any(t.replace(" ", "") == f"({rec.form})" for t in page.texts)
        assert {"issue_no", "barcode"} <= set(page.private)


@pytest.fixture(scope="module")
def low_res() -> Iterator[None]:
    """The module drawn at 150 dpi instead of 300: the same code paths, a quarter of the work."""
    mp = pytest.MonkeyPatch()
    mp.setattr(bc, "DPI", 150)
    mp.setattr(bc, "PAGE_W", 1240)
    mp.setattr(bc, "PAGE_H", 1754)
    bc._FONT_CACHE.clear()
    yield
    mp.undo()
    bc._FONT_CACHE.clear()


def _sheet(seed: int, layout: str = "leaders") -> tuple[bc.Sheet, bc.Page]:
    r = random.Random(seed)
    rec = bc.make_record(r, "일반과세자" if seed % 2 else "법인사업자")
    page = bc.lay_out(rec, layout, "UnDotum 12.5pt", r)
    sheet = bc.Sheet(
        np.asarray(page.img).copy(), np.ones((bc.PAGE_H, bc.PAGE_W), np.float32),
        list(page.protect), list(page.lines), dict(page.private),
    )  # fmt: skip
    return sheet, page


def test_paper_kinds_change_the_sheet(low_res: None) -> None:
    r, n = random.Random(1), np.random.default_rng(1)
    sh, _ = _sheet(11)
    before = sh.rgb.copy()
    bc.inkjet(sh, r, n)
    assert (sh.rgb != before).mean() > 0.05
    rows = sh.notes["inkjet"]["clogged_rows"]
    assert 3 <= len(rows) <= 6

    sh, _ = _sheet(12, "overprint")
    bits = bc.halftone(sh, r, n)
    assert bits.dtype == bool and 0.02 < bits.mean() < 0.5
    assert len(np.unique(sh.rgb)) == 2

    sh, _ = _sheet(13)
    bc.punched(sh, r, n)
    holes = sh.alpha < 0.5
    assert holes.any() and not holes[:, int(bc.mm(16)) :].any()
    assert sh.notes["punched"]["holes"] in (2, 4)

    sh, _ = _sheet(14)
    bc.dogear(sh, r, n)
    cut = sh.alpha < 0.5
    assert cut.any() and sh.notes["dogear"]["corner_px"] is not None
    assert not cut[bc.PAGE_H // 3 : 2 * bc.PAGE_H // 3].any()  # only a corner

    sh, _ = _sheet(15)
    bc.torn_taped(sh, r, n)
    lo, hi = (v * bc.mm(1) for v in sh.notes["torn"]["between_mm"])
    assert hi - lo >= bc.mm(3.2) - 1
    tol = bc.mm(0.1)  # the note is rounded to 0.1 mm
    assert not any(b[1] < hi - tol and b[3] > lo + tol for b in sh.lines)  # crosses no print
    assert 1 <= len(sh.notes["torn"]["tape"]) <= 3


def test_captures(low_res: None) -> None:
    r, n = random.Random(2), np.random.default_rng(2)
    sh, _ = _sheet(21)
    img, params, fwd = bc.scan(sh, r, n, dpi=150, grey=False, lid_open=True)
    ring = int(bc.mm(2) * 150 / bc.DPI)
    dark = img.max(axis=2) < 60
    edge = np.concatenate([dark[:ring].ravel(), dark[-ring:].ravel(), dark[:, :ring].ravel(),
                           dark[:, -ring:].ravel()])  # fmt: skip
    assert edge.mean() > 0.15 and params["lid_open"]
    img, params, fwd = bc.scan(sh, r, n, dpi=150, grey=False)
    dark = img.max(axis=2) < 60
    edge = np.concatenate([dark[:ring].ravel(), dark[-ring:].ravel()])
    assert edge.mean() < 0.01 and not params["lid_open"]

    sh, _ = _sheet(22)
    img, params, fwd = bc.adf(sh, r, n, dpi=150, grey=True)
    assert img.ndim == 2 and img.shape[0] > bc.PAGE_H + params["slip"]["band_px"] * 0.1
    assert 1 <= len(params["dust_lines"]) <= 3

    sh, _ = _sheet(23)
    img, params, fwd = bc.inverted(sh, r, n, "a.pdf")
    centre = fwd(np.array([[bc.PAGE_W / 2, bc.PAGE_H / 2]]))[0].astype(int)
    assert img[centre[1] - 40 : centre[1] + 40, centre[0] - 40 : centre[0] + 40].mean() < 110

    sh, _ = _sheet(24)
    img, params, fwd = bc.viewer75(sh, r, n, "a.pdf")
    assert img.shape == (1080, 1920, 3) and params["zoom"] in (75, 80)

    sh, _ = _sheet(25)
    img, params, fwd = bc.framed(sh, r, n)
    corners = fwd(np.array([[0.0, 0.0], [bc.PAGE_W, bc.PAGE_H]]))
    assert img.shape == (3264, 2448, 3)
    assert (corners >= 0).all() and corners[1, 0] < 2448 and corners[1, 1] < 3264


def test_redaction_never_touches_a_scored_value(low_res: None) -> None:
    for seed in range(2):
        r, n = random.Random(seed), np.random.default_rng(seed)
        sh, _ = _sheet(31 + seed, ("leaders", "overprint")[seed % 2])
        img, _, fwd = bc.photo(sh, r, n)
        out, marks = bc.redact(img, fwd, sh, r, n)
        assert marks
        changed = np.abs(out - img.astype(np.float32)).max(axis=2) > 0
        for b in sh.protect:
            q = fwd(np.array([[b[0], b[1]], [b[2], b[3]]], np.float64))
            x0, y0 = np.floor(q.min(axis=0)).astype(int)
            x1, y1 = np.ceil(q.max(axis=0)).astype(int)
            assert not changed[y0:y1, x0:x1].any()


def test_same_seed_same_bytes_and_scorer_truth(low_res: None) -> None:
    items = bc.plan(60, bc.DEFAULT_SEED)
    picks = [next(i for i in items if i.kind == k) for k in ("viewer75", "adf")]
    for item in picks:
        a = bc.render_certificate(4242, item, "blind_0001")
        b = bc.render_certificate(4242, item, "blind_0001")
        assert a.data == b.data and a.truth == b.truth
        t = a.truth
        assert t["image"] == a.filename and a.filename.startswith("blind_0001.")
        assert t["variant"] == item.kind and t["layout"] == item.layout and t["font"] == item.face
        assert t["taxpayer_type"] == item.form
        keys = CORPORATE_FIELDS if t["kind"] == "corporate" else INDIVIDUAL_FIELDS
        assert tuple(t["fields"]) == keys
        assert all(isinstance(v, str) and v for v in t["fields"].values())
