"""The worst uploads we can build stay under 500 MB of memory and are read or refused.

Each file is read by `read_certificate` in a fresh Python process, which reports its own
peak RSS (VmHWM, reset when it starts: Linux keeps a process's peak across exec, so it
would otherwise count the test runner's own memory) and the largest of its children's
(tesseract). A child's figure may include its parent's pages at the moment it was spawned,
so the larger of the two is an upper bound.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bot.ocr import CertificateRejected, RejectCode, check_upload
from bot.ocr.formats import MAX_JPEG_PIXELS
from bot.ocr.loading import WORK_PIXELS, load_image
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_image

LIMIT_MB = 500
ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, resource, sys, time
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the peak RSS inherited from the parent
from bot.ocr import CertificateRejected, read_certificate
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
out = {}
try:
    reading = read_certificate(data, sys.argv[1])
    out["fields"] = {k: f.value for k, f in reading.fields.items()}
except CertificateRejected as exc:
    out["rejected"] = str(exc.code)
out["seconds"] = time.perf_counter() - started
status = open("/proc/self/status").read().split("VmHWM:")[1]
own_kb = int(status.split()[0])
children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
out["peak_mb"] = max(own_kb, children_kb) / 1024
print(json.dumps(out))
"""


def _read_in_process(tmp_path: Path, data: bytes, name: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _peak(result: dict[str, object]) -> float:
    peak = result["peak_mb"]
    assert isinstance(peak, float)
    return peak


def tall_png() -> bytes:
    """300 x 133,000: under the old 40 MP cap, 8x larger once scaled to 300 dpi by width."""
    pixels = np.full((133_000, 300), 255, np.uint8)
    pixels[::40, 20:280] = 0
    pixels[1::40, 20:280] = 0
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def huge_pdf(inches: int = 200) -> bytes:
    """A one-page PDF of `inches` x `inches`, a few hundred bytes, written by hand."""
    side = inches * 72
    content = b"BT /F1 24 Tf 100 100 Td (Hi) Tj ET 0 0 m %d %d l S" % (side, side)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (side, side),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


def _saved(image: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **options)
    return buf.getvalue()


def test_a_tall_strip_is_refused_for_its_shape_before_decoding(tmp_path: Path) -> None:
    data = tall_png()
    assert len(data) < 400_000
    result = _read_in_process(tmp_path, data, "strip.png")
    assert result["rejected"] == str(RejectCode.BAD_SHAPE)
    assert _peak(result) < LIMIT_MB


def test_shape_refusal_speaks_both_languages() -> None:
    with pytest.raises(CertificateRejected) as caught:
        check_upload(tall_png(), "strip.png")
    assert caught.value.code is RejectCode.BAD_SHAPE
    assert "사업자등록증" in caught.value.message_ko
    assert "certificate" in caught.value.message_en


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.slow
def test_a_pdf_page_of_200_by_200_inches_is_rendered_within_bounds(tmp_path: Path) -> None:
    data = huge_pdf()
    assert len(data) < 600
    result = _read_in_process(tmp_path, data, "huge.pdf")
    assert "rejected" not in result
    assert _peak(result) < LIMIT_MB
    assert isinstance(result["seconds"], float) and result["seconds"] < 60


def test_a_long_pdf_page_is_refused_for_its_shape() -> None:
    data = huge_pdf().replace(b"/MediaBox [0 0 14400 14400]", b"/MediaBox [0 0 600 14400]")
    with pytest.raises(CertificateRejected) as caught:
        load_image(data, "long.pdf")
    assert caught.value.code is RejectCode.BAD_SHAPE


@pytest.mark.parametrize(
    ("name", "image", "fmt", "options"),
    [
        # The largest file of each kind the header check lets through, compressed to nothing.
        ("rgb.png", ("RGB", (5000, 6400), "white"), "PNG", {}),
        ("rgba.png", ("RGBA", (4000, 4000), (0, 0, 0, 0)), "PNG", {}),
        ("grey.png", ("L", (5000, 8000), 255), "PNG", {}),
        ("float.tif", ("F", (5000, 6400), 0.0), "TIFF", {"compression": "tiff_deflate"}),
        ("photo.jpg", ("RGB", (8000, 8000), "white"), "JPEG", {"progressive": True}),
    ],
)
@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.slow
def test_decompression_bombs_at_the_cap_stay_bounded(
    tmp_path: Path,
    name: str,
    image: tuple[str, tuple[int, int], object],
    fmt: str,
    options: dict[str, object],
) -> None:
    mode, size, colour = image
    data = _saved(Image.new(mode, size, colour), fmt, **options)  # type: ignore[arg-type]
    assert len(data) < 2_000_000
    result = _read_in_process(tmp_path, data, name)
    assert "rejected" not in result
    assert _peak(result) < LIMIT_MB


@pytest.mark.parametrize(
    ("mode", "size"),
    [("RGB", (6000, 6000)), ("RGBA", (5000, 5000)), ("L", (7000, 7000))],
)
def test_decompression_bombs_over_the_cap_are_refused_from_the_header(
    mode: str, size: tuple[int, int]
) -> None:
    data = _saved(Image.new(mode, size), "PNG")
    with pytest.raises(CertificateRejected) as caught:
        check_upload(data, "bomb.png")
    assert caught.value.code is RejectCode.TOO_MANY_PIXELS


def test_a_jpeg_over_its_cap_is_refused() -> None:
    side = int(MAX_JPEG_PIXELS**0.5) + 100
    data = _saved(Image.new("L", (side, side), 255), "JPEG")
    with pytest.raises(CertificateRejected) as caught:
        check_upload(data, "bomb.jpg")
    assert caught.value.code is RejectCode.TOO_MANY_PIXELS


def phone_photo() -> tuple[bytes, dict[str, str]]:
    """A 48 MP (6000 x 8000) JPEG of a certificate on a desk, about 1.3 MB like a phone's."""
    page, truth = render_image(21, kind="individual", variant="clean", font="NanumGothic")
    desk = Image.new("RGB", (6000, 8000), (96, 84, 70))
    width = 5200
    page = page.resize((width, round(width * page.height / page.width)), Image.Resampling.BICUBIC)
    desk.paste(page, ((6000 - page.width) // 2, (8000 - page.height) // 2))
    return _saved(desk, "JPEG", quality=70), truth["fields"]


def test_a_48_megapixel_phone_photo_is_accepted_and_decoded_small() -> None:
    data, _ = phone_photo()
    assert 0.5e6 < len(data) < 3e6
    detected = check_upload(data, "IMG_0001.jpg")
    assert (detected.width, detected.height) == (6000, 8000)
    loaded = load_image(data, "IMG_0001.jpg")
    assert loaded.image.width * loaded.image.height <= WORK_PIXELS


@needs_tesseract
@pytest.mark.tesseract
@pytest.mark.slow
def test_a_48_megapixel_phone_photo_is_read(tmp_path: Path) -> None:
    data, truth = phone_photo()
    result = _read_in_process(tmp_path, data, "IMG_0001.jpg")
    fields = result["fields"]
    assert isinstance(fields, dict)
    assert fields.get("reg_no") == truth["reg_no"]
    assert _peak(result) < LIMIT_MB
