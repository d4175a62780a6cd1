"""Cheap checks of an upload before anything decodes it: magic bytes, size, pixel count.

The transport calls `check_upload` before queueing OCR, so a Slack login page saved as
`.png` (missing `files:read` scope) or a decompression bomb is refused at once. The
dimensions come from the file header: nothing here allocates pixel buffers.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image

from bot.ocr.errors import CertificateRejected
from bot.ocr.messages import RejectCode

MAX_BYTES = 10 * 1024 * 1024
# 40 MP covers a 600 dpi A4 scan (35 MP) and 12–24 MP phone photos; decoding it costs
# about 120 MB of RGB, which a worker can afford. Beyond that it is a bomb or a mistake.
MAX_PIXELS = 40_000_000
MIN_SIDE = 300


class ImageFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    PDF = "pdf"


@dataclass(frozen=True, slots=True)
class DetectedFormat:
    format: ImageFormat
    width: int | None  # None for PDF: its page is rendered at a size we choose
    height: int | None
    pages: int = 1


_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_TIFF_MAGICS = (b"II*\x00", b"MM\x00*")
_PDF_MAGIC = b"%PDF-"
# SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but don't.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def sniff(data: bytes) -> ImageFormat | None:
    """The format the magic bytes announce, whatever the file is called."""
    if data.startswith(_PNG_MAGIC):
        return ImageFormat.PNG
    if data.startswith(_JPEG_MAGIC):
        return ImageFormat.JPEG
    if data.startswith(_TIFF_MAGICS):
        return ImageFormat.TIFF
    # Some PDF writers put junk before the header; readers accept it within the first 1 KB.
    if _PDF_MAGIC in data[:1024]:
        return ImageFormat.PDF
    return None


def _png_size(data: bytes) -> tuple[int, int]:
    # Signature (8), chunk length (4), "IHDR" (4), then width and height, big-endian.
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise CertificateRejected(RejectCode.UNREADABLE, "PNG without IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int]:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise CertificateRejected(RejectCode.UNREADABLE, "JPEG marker expected")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers, no length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SOF:
            if pos + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return int(width), int(height)
        pos += 2 + length
    raise CertificateRejected(RejectCode.UNREADABLE, "JPEG without a frame header")


def _tiff_size(data: bytes) -> tuple[int, int]:
    # Pillow reads only the first IFD here; it decodes nothing until asked.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                n_frames = getattr(img, "n_frames", 1)
                if n_frames > 1:
                    raise CertificateRejected(RejectCode.MULTI_PAGE_TIFF, f"{n_frames} frames")
                return img.size
    except Image.DecompressionBombError as exc:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, str(exc)) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"TIFF header: {exc}") from exc


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = RejectCode.ENCRYPTED_PDF if "password" in str(exc).lower() else RejectCode.UNREADABLE
        raise CertificateRejected(code, f"PDF: {exc}") from exc
    try:
        return len(pdf)
    finally:
        pdf.close()


def check_upload(data: bytes, filename: str | None = None) -> DetectedFormat:
    """Refuse what is not a readable certificate file, cheaply; raise `CertificateRejected`."""
    if not data:
        raise CertificateRejected(RejectCode.EMPTY, filename or "")
    if len(data) > MAX_BYTES:
        raise CertificateRejected(RejectCode.TOO_LARGE, f"{len(data)} bytes")
    fmt = sniff(data)
    if fmt is None:
        raise CertificateRejected(
            RejectCode.NOT_AN_IMAGE, f"{filename or 'upload'} starts with {data[:8]!r}"
        )
    if fmt is ImageFormat.PDF:
        pages = pdf_page_count(data)
        if pages != 1:
            code = RejectCode.MULTI_PAGE_PDF if pages > 1 else RejectCode.UNREADABLE
            raise CertificateRejected(code, f"{pages} pages")
        return DetectedFormat(fmt, None, None, 1)
    sizer = {
        ImageFormat.PNG: _png_size,
        ImageFormat.JPEG: _jpeg_size,
        ImageFormat.TIFF: _tiff_size,
    }[fmt]
    width, height = sizer(data)
    if width * height > MAX_PIXELS:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, f"{width}x{height}")
    if min(width, height) < MIN_SIDE:
        raise CertificateRejected(RejectCode.TOO_SMALL, f"{width}x{height}")
    return DetectedFormat(fmt, width, height)
