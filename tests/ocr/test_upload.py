"""Files the reader refuses, with a machine code and texts for the merchant."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from bot.ocr import CertificateRejected, ImageFormat, RejectCode, check_upload, read_certificate
from bot.ocr.formats import MAX_BYTES, MAX_PDF_PAGES
from bot.ocr.loading import load_image
from bot.ocr.messages import MESSAGES


def _image_bytes(fmt: str, size: tuple[int, int] = (600, 800), **kw: object) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, fmt, **kw)
    return buf.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height`, with a few KB of zeros as its pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 65536, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def _refused(data: bytes, name: str = "cert.png") -> RejectCode:
    with pytest.raises(CertificateRejected) as caught:
        read_certificate(data, name)
    exc = caught.value
    assert exc.message_ko
    assert exc.message_en
    return exc.code


def test_html_named_png_is_not_an_image() -> None:
    html = b"<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>"
    assert _refused(html, "certificate.png") is RejectCode.NOT_AN_IMAGE


def test_elf_executable_is_not_an_image() -> None:
    assert _refused(b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "cert.png") is RejectCode.NOT_AN_IMAGE


def test_empty_file() -> None:
    assert _refused(b"") is RejectCode.EMPTY


def test_oversized_file() -> None:
    data = _image_bytes("PNG") + b"\x00" * MAX_BYTES
    assert _refused(data) is RejectCode.TOO_LARGE


def test_decompression_bomb_refused_from_its_header() -> None:
    # Only the header: nothing may try to allocate 50000 x 50000 pixels.
    assert _refused(_png_header(50_000, 50_000)) is RejectCode.TOO_MANY_PIXELS


def test_truncated_png_is_unreadable() -> None:
    import random

    rng = random.Random(1)
    img = Image.frombytes(
        "RGB", (600, 800), bytes(rng.getrandbits(8) for _ in range(600 * 800 * 3))
    )
    buf = io.BytesIO()
    img.save(buf, "PNG")
    data = buf.getvalue()
    assert check_upload(data[: len(data) // 2]).format is ImageFormat.PNG  # header is fine
    assert _refused(data[: len(data) // 2]) is RejectCode.UNREADABLE


def test_tiny_image_is_refused() -> None:
    assert _refused(_image_bytes("PNG", (120, 80))) is RejectCode.TOO_SMALL


def test_pdf_of_too_many_pages_is_refused() -> None:
    """A few pages are accepted (the reader finds the certificate, tests/ocr/test_pdf_pages.py);
    more than `MAX_PDF_PAGES` are not."""
    buf = io.BytesIO()
    pages = [Image.new("RGB", (600, 800), "white") for _ in range(MAX_PDF_PAGES + 1)]
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:])
    assert _refused(buf.getvalue(), "cert.pdf") is RejectCode.MULTI_PAGE_PDF
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:2])
    assert check_upload(buf.getvalue(), "cert.pdf").pages == 2


def test_garbage_pdf_is_unreadable() -> None:
    assert _refused(b"%PDF-1.7\n" + b"\x00garbage" * 20, "cert.pdf") is RejectCode.UNREADABLE


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("PNG", ImageFormat.PNG), ("JPEG", ImageFormat.JPEG), ("TIFF", ImageFormat.TIFF)],
)
def test_accepted_formats_and_their_sizes(fmt: str, expected: ImageFormat) -> None:
    detected = check_upload(_image_bytes(fmt, (640, 900)), "x")
    assert detected.format is expected
    assert (detected.width, detected.height) == (640, 900)


def test_single_page_pdf_is_rendered_at_300_dpi() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (827, 1170), "white").save(buf, "PDF", resolution=100.0)
    loaded = load_image(buf.getvalue(), "cert.pdf")
    assert loaded.detected.format is ImageFormat.PDF
    assert abs(loaded.image.width - 2481) <= 3


def test_every_code_has_both_texts() -> None:
    assert set(MESSAGES) == set(RejectCode)
    for ko, en in MESSAGES.values():
        assert ko
        assert en


def test_rejection_serialises() -> None:
    exc = CertificateRejected(RejectCode.TOO_LARGE, "11000000 bytes")
    assert exc.to_json_dict()["code"] == "too_large"
