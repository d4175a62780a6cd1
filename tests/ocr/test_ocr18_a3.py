"""ocr18: an A3 sheet holding an A4 certificate beside another paper (bot/ocr/frame.py).

A scanner's file states its resolution, so the sheet's size is known. An A3 sheet laid
landscape is two A4 pages wide: its papers are at their own size, and the one with more ink
may be the other paper (a consent form dense with print). There the certificate is the part
whose print spans a page; when both do, the sheet is read whole. A copier's two-up puts two
pages at half size on a sheet of one page's size: there the part with more ink is still cut
out, as ocr14 made it (certificate set 4's two-up scans).
"""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from bot.ocr import features, read_certificate
from bot.ocr.frame import cut_out, full_pages, side_by_side
from bot.ocr.loading import load_image
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_frames import _font, big_scan
from tests.support.certificates import render_image

A4_IN = (8.27, 11.69)
PAGE_DPI = 200  # the dev renderer's


def _grey(rgb: Image.Image) -> np.ndarray:
    return np.asarray(rgb.convert("L"), dtype=np.uint8)


def _dense_form(dpi: int, rows: int = 0) -> Image.Image:
    """An A4 paper printed edge to edge with 10-pt text: more ink than a certificate. With
    `rows`, only so many rows, spread from the top margin to the bottom one (a form that
    still spans a page, with fewer words for tesseract)."""
    page = Image.new("RGB", (round(A4_IN[0] * dpi), round(A4_IN[1] * dpi)), "white")
    draw = ImageDraw.Draw(page)
    size = round(10 / 72 * dpi)
    font = _font(size)
    line = "개인정보 수집 및 이용에 동의합니다 성명 주소 연락처 보유 기간 " * 3
    margin = round(0.8 * dpi)
    draw.text((margin, margin), "개인정보 수집ㆍ이용 동의서", fill=0, font=_font(2 * size))
    y = margin + 4 * size
    step = (page.height - margin - y) // rows if rows else round(1.6 * size)
    while y < page.height - margin:
        draw.text((margin, y), line, fill=0, font=font)
        y += step
    return page


def _sheet(
    certificate: Image.Image, other: Image.Image, size_in: tuple[float, float], dpi: int
) -> Image.Image:
    """The certificate on the left half of a landscape sheet, the other paper on the right."""
    sheet = Image.new("RGB", (round(size_in[0] * dpi), round(size_in[1] * dpi)), (246,) * 3)
    half = sheet.width // 2
    for x0, paper in ((0, certificate), (half, other)):
        fit = min(half / paper.width, sheet.height / paper.height, 1.0)
        shown = paper.resize((round(paper.width * fit), round(paper.height * fit)))
        sheet.paste(shown, (x0 + (half - shown.width) // 2, (sheet.height - shown.height) // 2))
    return sheet


def _a3_with_form(dpi: int, rows: int = 0) -> Image.Image:
    page, _ = render_image(11, variant="clean", font="NanumGothic")
    page = page.resize((round(page.width * dpi / PAGE_DPI), round(page.height * dpi / PAGE_DPI)))
    return _sheet(page, _dense_form(dpi, rows), (16.54, 11.69), dpi)


def test_a_sheet_two_pages_wide_by_its_stated_resolution_is_full_pages() -> None:
    for dpi in (150, 200, 300):
        assert full_pages(round(16.54 * dpi), dpi)  # A3 landscape
        assert not full_pages(round(11.69 * dpi), dpi)  # A4 landscape: a two-up
        assert not full_pages(round(14.33 * dpi), dpi)  # B4 landscape holds no two A4
    assert not full_pages(3307, None)  # no resolution: its size is not known


def test_the_paper_with_more_ink_is_not_taken_on_an_a3_sheet() -> None:
    sheet = _a3_with_form(150)
    gray = _grey(sheet)
    # What ocr14's cut chose: the dense form's half (the certificate is on the left).
    found = side_by_side(gray)
    assert found is not None and found[0] > 0
    image, dpi, step = cut_out(sheet, 150.0, gray)
    assert step is None and image is sheet and dpi == 150.0  # read whole


def test_a_memo_beside_the_certificate_on_an_a3_sheet_is_left_out() -> None:
    """A dozen lines of a memo span no page: the certificate's part is cut out, as before."""
    page, _ = render_image(6, variant="clean", font="NanumGothic")
    for draw in range(6, 56):
        data, ext, params = big_scan(page, random.Random(draw), dpi=200)
        if params["sheet"] == "A3 landscape" and params["file_dpi"]:
            break
    loaded = load_image(data, f"scan.{ext}")
    assert loaded.dpi is not None and full_pages(loaded.image.width, loaded.dpi)
    _, _, step = cut_out(loaded.image, loaded.dpi, _grey(loaded.image))
    assert step is not None and step.startswith("frame(x")
    left, right = (int(v) for v in step[len("frame(x") : -1].split("-"))
    x, _, w, _ = params["page_px"]
    scale = loaded.image.width / round(16.54 * 200)
    assert left <= x * scale + 40 and right >= (x + w) * scale - 40


def test_the_a3_rule_is_its_own_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = _a3_with_form(150)
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.FRAME_A3})
    step = cut_out(sheet, 150.0, _grey(sheet))[2]
    assert step is not None and step.startswith("frame(x")


def test_a_two_up_of_half_size_pages_is_still_cut() -> None:
    """Two pages at half size on an A4 landscape sheet (a copier's two-up), the certificate
    beside a bankbook copy: its half is cut out, with the file's resolution or without."""
    dpi = 300
    page, _ = render_image(12, variant="clean", font="NanumGothic")
    bankbook = Image.new("RGB", (round(3.4 * dpi), round(1.9 * dpi)), "white")
    draw = ImageDraw.Draw(bankbook)
    draw.rectangle((0, 0, bankbook.width - 1, bankbook.height - 1), outline=(40, 60, 120), width=4)
    for i, text in enumerate(("우리은행", "보통예금 통장", "계좌번호 114-345775-52-515")):
        draw.text((60, 60 + i * 110), text, fill=(30, 30, 30), font=_font(48))
    sheet = _sheet(page, bankbook, (11.69, 8.27), dpi)
    gray = _grey(sheet)
    for stated in (float(dpi), None):
        _, _, step = cut_out(sheet, stated, gray)
        assert step is not None and step.startswith("frame(x0-")  # the left half


@needs_tesseract
def test_a_certificate_beside_a_form_on_an_a3_scan_is_read_whole() -> None:
    """Read whole, as before ocr14: the certificate's fields are read, but a row of the form
    level with the certificate's open 업태/종목 row may join it (left: reading each paper
    apart, docs/decisions.md "ocr18"); cut to the form, nothing would be read."""
    # A sparser form than above, still spanning its page: tesseract reads the whole sheet,
    # the form's words too (a form printed edge to edge takes it tens of seconds on a busy
    # machine).
    dpi = 150
    sheet = _a3_with_form(dpi, rows=12)
    buf = io.BytesIO()
    sheet.save(buf, "JPEG", quality=90, dpi=(dpi, dpi))
    assert load_image(buf.getvalue(), "a3.jpg").dpi == dpi
    _, truth = render_image(11, variant="clean", font="NanumGothic")
    reading = read_certificate(buf.getvalue(), "a3.jpg")
    assert not any(step.startswith("frame") for step in reading.steps)
    got = {k: f.value for k, f in reading.fields.items()}
    for name, value in truth["fields"].items():
        if name not in ("biz_type", "biz_item"):
            assert "".join(got.get(name, "").split()) == "".join(value.split()), name
