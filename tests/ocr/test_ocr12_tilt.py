"""A page photographed at a slant, or printed crooked on its sheet (ocr12).

A phone held over a page on a desk or a clipboard turns it by 10-20 degrees, and a copy of
a page laid crooked on the glass has its print turned on the sheet. The text rows decide the
deskew, not the sheet's edge, a printed frame or the desk's grain.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

from bot.ocr import read_certificate
from bot.ocr.preprocess import prepare, skew_angle
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _page(seed: int) -> tuple[Image.Image, dict[str, str]]:
    cert = render_certificate(seed, variant="clean", font="NanumGothic")
    return Image.open(io.BytesIO(cert.data)).convert("RGB"), cert.fields


def _desk(width: int, height: int) -> Image.Image:
    """A brown desk with level bands of grain, darker and lighter, as wood has."""
    rows = np.arange(height, dtype=np.float64)
    shade = 110 + 35 * np.sin(rows / 23.0) + 15 * np.sin(rows / 7.0)
    desk = np.empty((height, width, 3), np.uint8)
    desk[..., 0] = np.clip(shade[:, None] + 40, 0, 255)
    desk[..., 1] = np.clip(shade[:, None], 0, 255)
    desk[..., 2] = np.clip(shade[:, None] - 40, 0, 255)
    return Image.fromarray(desk)


def _photo(page: Image.Image, angle: float) -> bytes:
    """The page turned by `angle` degrees on a desk, its foot cut by the photo's edge (so
    no four page corners lie inside the frame), stored as a phone's JPEG."""
    small = page.resize((page.width * 2 // 3, page.height * 2 // 3))
    turned = small.convert("RGBA").rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    photo = _desk(round(turned.width * 1.3), round(turned.height * 0.8))
    photo.paste(turned, ((photo.width - turned.width) // 2, turned.height // 20), turned)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_the_rows_not_a_level_frame_decide_the_angle() -> None:
    # Rows of letter-sized marks turned 9 degrees inside a level printed frame: a print laid
    # crooked on its sheet, the sheet flattened level.
    page = np.full((1400, 1000), 255, np.uint8)
    cv2.rectangle(page, (30, 30), (970, 1370), 0, 4)
    for top in range(200, 1200, 60):
        for left in range(150, 850, 40):
            cv2.rectangle(page, (left, top), (left + 24, top + 24), 0, 3)
    m = cv2.getRotationMatrix2D((500, 700), -9.0, 1.0)
    rows = cv2.warpAffine(255 - page, m, (1000, 1400))
    frame = np.full((1400, 1000), 255, np.uint8)
    cv2.rectangle(frame, (30, 30), (970, 1370), 0, 4)
    crooked = np.minimum(frame, 255 - rows).astype(np.uint8)
    assert abs(skew_angle(crooked) - 9.0) < 0.5


@needs_tesseract
def test_a_page_turned_on_a_desk_and_cut_by_the_frame_is_read() -> None:
    page, fields = _page(121)
    data = _photo(page, 14.0)
    prepared = prepare(Image.open(io.BytesIO(data)).convert("RGB"), None)
    assert "perspective" not in prepared.steps  # the page reaches the photo's edge
    assert any(step.startswith("deskew(-1") for step in prepared.steps), prepared.steps
    reading = read_certificate(data, "IMG_0121.jpg")
    for name in ("reg_no", "representative", "open_date"):
        assert reading.fields[name].value == fields[name], name
