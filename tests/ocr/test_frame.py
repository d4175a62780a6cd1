"""ocr14: a certificate that is only part of the image (bot/ocr/frame.py).

A phone's screenshot of a viewer shows the page as an axis-aligned rectangle among the
viewer's bars, maybe inverted in dark mode; an A3 scan may hold the certificate beside
another paper. The page is cut out before reading; a page that fills its image (a scan, a
rendered page, a photo of a page on a desk) is left alone.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from bot.ocr import features, read_certificate
from bot.ocr.frame import cut_out as _cut_out
from bot.ocr.frame import screen_page, side_by_side
from bot.ocr.loading import load_image
from tests.ocr.conftest import needs_tesseract
from tests.support.cert_frames import big_scan, screenshot
from tests.support.certificates import DEGRADATIONS, render_certificate, render_image

# The status bar and a title bar are at least this tall on the generated screens, the
# toolbar at least 150 px.
BARS = 200
TOOLBAR = 150
# Pixels of a page's edge the cut may miss: less than the blank margin kept round the print.
MARGIN = 30


def cut_out(rgb: Image.Image, dpi: float | None) -> tuple[Image.Image, float | None, str | None]:
    """`frame.cut_out` given the image's grey, as `prepare` makes it."""
    return _cut_out(rgb, dpi, np.asarray(rgb.convert("L"), dtype=np.uint8))


def _screen(seed: int, mode: str) -> tuple[bytes, dict[str, list[int]], dict[str, str]]:
    page, truth = render_image(seed, variant="clean", font="NanumGothic")
    data, _, params = screenshot(page, random.Random(seed), mode=mode, jpeg=False)
    return data, params, truth["fields"]


def _landscape_scan(seed: int) -> tuple[bytes, str, dict[str, list[int]], dict[str, str]]:
    """The first A3 sheet from `seed` on that holds the certificate beside a memo."""
    page, truth = render_image(seed, variant="clean", font="NanumGothic")
    for draw in range(seed, seed + 50):
        data, ext, params = big_scan(page, random.Random(draw), dpi=200)
        if params["sheet"] == "A3 landscape":
            return data, f"scan.{ext}", params, truth["fields"]
    raise AssertionError("no landscape sheet drawn")


@pytest.mark.parametrize("mode", ["light", "dark", "inverted"])
def test_the_viewers_page_is_cut_out_of_its_bars(mode: str) -> None:
    for seed in (3, 4):
        data, params, _ = _screen(seed, mode)
        gray = np.asarray(Image.open(io.BytesIO(data)).convert("L"))
        box = screen_page(gray)
        if box is None:
            continue  # a white page under white bars: read whole, as before
        x, y, w, h = params["page_px"]
        left, top, right, bottom = box
        # The status bar's time, the title and the toolbar's labels are out ...
        assert top >= BARS and bottom <= gray.shape[0] - TOOLBAR
        # ... and the page is in, but for a sliver of its blank margin (the search is made
        # on the screen shrunk to a third).
        assert left <= x + MARGIN and right >= x + w - MARGIN
        assert top <= y + MARGIN and bottom >= y + h - MARGIN
        return
    pytest.fail("no page found on either screen")


def test_an_inverted_page_is_turned_back_to_dark_print_on_light_paper() -> None:
    data, _, _ = _screen(5, "inverted")
    page, dpi, step = cut_out(Image.open(io.BytesIO(data)).convert("RGB"), None)
    assert step is not None and step.endswith("+invert")
    assert dpi is None  # a screen has none: the page's width in the crop tells it
    assert np.median(np.asarray(page.convert("L"))) > 200


def test_a_certificate_beside_a_memo_on_an_a3_sheet_is_cut_to_its_half() -> None:
    data, name, params, _ = _landscape_scan(6)
    loaded = load_image(data, name)
    found = side_by_side(np.asarray(loaded.image.convert("L")))
    assert found is not None
    scale = loaded.image.width / round(16.54 * params["dpi"])  # a shrunk load
    x, _, w, _ = params["page_px"]
    assert found[0] <= x * scale + 40 and found[1] >= (x + w) * scale - 40
    assert found[1] - found[0] < 0.7 * loaded.image.width  # the memo's half is out


def test_the_sheet_cut_is_its_own_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    data, name, _params, _ = _landscape_scan(6)
    image = load_image(data, name).image
    step = cut_out(image, 200.0)[2]
    assert step is not None and step.startswith("frame(x")  # on in production
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.FRAME_SHEET})
    assert cut_out(image, 200.0)[2] is None  # a scanner's file, left whole


def test_a_page_lying_on_its_side_is_not_cut_between_its_rows() -> None:
    page, _ = render_image(7, variant="clean")
    turned = np.asarray(page.convert("L").transpose(Image.Transpose.ROTATE_90))
    assert side_by_side(np.ascontiguousarray(turned)) is None


@pytest.mark.parametrize("variant", ["clean", *DEGRADATIONS])
def test_a_page_that_fills_its_image_is_left_alone(variant: str) -> None:
    cert = render_certificate(21, variant=variant)
    loaded = load_image(cert.data, cert.filename)
    for dpi in (loaded.dpi, None):  # with its resolution, and as a file without one
        image, out_dpi, step = cut_out(loaded.image, dpi)
        assert step is None and image is loaded.image and out_dpi == dpi


def _right(fields: dict[str, str], got: dict[str, str]) -> int:
    norm = "".join
    return sum(norm(got.get(k, "").split()) == norm(v.split()) for k, v in fields.items())


@needs_tesseract
def test_an_inverted_screenshot_reads_with_the_rule_and_not_without(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _, fields = _screen(8, "inverted")
    with_rule = read_certificate(data, "screen.png")
    got = {k: f.value for k, f in with_rule.fields.items()}
    assert _right(fields, got) >= len(fields) - 1
    assert any(step.startswith("frame") for step in with_rule.steps)
    monkeypatch.setattr(features, "ENABLED", features.ENABLED - {features.FRAME})
    without = read_certificate(data, "screen.png")
    assert _right(fields, {k: f.value for k, f in without.fields.items()}) < _right(fields, got)


@needs_tesseract
def test_no_value_comes_from_the_viewers_bars() -> None:
    data, _, fields = _screen(9, "dark")
    reading = read_certificate(data, "screen.png")
    got = {k: f.value for k, f in reading.fields.items()}
    assert _right(fields, got) >= len(fields) - 1
    for value in got.values():
        assert "%" not in value and ".pdf" not in value and "홈택스" not in value


def test_a_panel_between_two_folds_is_no_screens_page() -> None:
    """A page folded in three and photographed flat: the outer panels a shade darker, with
    straight steps across the whole page. The steps are straight like a viewer's edges, but
    the middle panel holds a third of the print, so the page is not cut to it."""
    page, _ = render_image(5, variant="clean", font="NanumGothic")
    gray = np.asarray(page.convert("L"), dtype=np.int16)
    third = gray.shape[0] // 3
    shaded = gray.copy()
    shaded[:third] -= 40
    shaded[2 * third :] -= 40
    folded = Image.fromarray(np.clip(shaded, 0, 255).astype(np.uint8)).convert("RGB")
    assert cut_out(folded, None)[2] is None
